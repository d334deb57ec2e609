"""Routing as data: an ordered rule list (first match wins, a default last) → lead unit + co-handlers.

``routing.yaml``::

    jurisdiction: 江山市
    rules:
      - name: 安全事故
        when: {event_types: [accident], min_grade: large}
        lead: yingji
        co: [xiaofang, "@township"]
      - name: 默认
        lead: fuban
        co: ["@township"]

Conditions (all given ones must hold): ``topics``, ``event_types``, ``min_grade``,
``keywords_any`` / ``keywords_all`` (substrings of title + text), ``pattern`` (a regular
expression, Python's syntax: an invalid one is refused when the table is loaded or edited, and one
search may take at most :data:`PATTERN_TIMEOUT_S`, so a pattern that backtracks without end on some
text cannot hold up the stage), ``sources`` (source ids), ``source_tiers``, ``townships`` (unit ids named), and
``scope``: ``local`` (the item names exactly one township: 属地管理), ``multi`` (several: it goes
to the higher-level department), ``none`` or ``any``.

Where a keyword must stand, ``keywords_in`` (optional):

* ``anywhere``: any substring of title + text (the behaviour before this option existed);
* ``lead``: the item must be *about* the word, not mention it in passing: a keyword of the rule in
  the headline (for an item without one, in the first :data:`LEAD_CHARS` characters of its text
  after a greeting such as 尊敬的领导：您好！), or the rule's words :data:`REPEATS` times or more
  in the item;
* ``headline``: a keyword of the rule in the headline (or, without one, the lead) only; repeats
  in the body do not count (a rule that would take items from the topic rules after it, such as
  消防安全隐患 before 城乡建设, only when the item is about its matter);
* ``auto`` (the default): ``lead`` for a rule whose keywords alone choose the unit (no ``topics``
  or ``event_types`` condition), ``anywhere`` for one whose keywords only refine a topic or an
  event type the item already has. So "水电费" deep in a complaint about a hospital no longer sends
  it to the power company, while "城乡建设 + 征地" still finds 征地 anywhere.

Unit references are unit ids or ``@township`` (the one township named; nothing when there is not
exactly one). A rule whose lead cannot be resolved does not match. A rule that *fails* while being
evaluated (for instance a ``pattern`` whose search ran out of time) is reported in :attr:`RouteDecision.errors`,
logged, and skipped; the next rule is tried. Unknown unit ids are refused when the table is
loaded against the unit directory (:func:`check_routing`).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

import regex
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from classifier.errors import RoutingError
from classifier.keywords import KeywordSet
from models.directory import UnitDirectory
from models.enums import EventType, IncidentGrade, SourceTier
from yuqing.config import load_yaml, parse_yaml, validate_yaml
from yuqing.errors import ConfigError

log = logging.getLogger(__name__)
TOWNSHIP = "@township"


class Conditions(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    topics: tuple[str, ...] = ()
    event_types: tuple[EventType, ...] = ()
    min_grade: IncidentGrade | None = None
    keywords_any: tuple[str, ...] = ()
    keywords_all: tuple[str, ...] = ()
    pattern: str | None = None
    sources: tuple[str, ...] = ()
    source_tiers: tuple[SourceTier, ...] = ()
    townships: tuple[str, ...] = ()
    scope: Literal["any", "local", "multi", "none"] = "any"
    keywords_in: Literal["auto", "anywhere", "lead", "headline"] = "auto"

    @field_validator("pattern")
    @classmethod
    def _pattern_compiles(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                _compiled(value)
            except regex.error as exc:
                raise ValueError(f"not a valid regular expression: {exc}") from exc
        return value

    @model_validator(mode="after")
    def _keywords_in_needs_keywords(self) -> Conditions:
        if self.keywords_in != "auto" and not (self.keywords_any or self.keywords_all):
            raise ValueError("keywords_in is given but the rule has no keywords_any or keywords_all")
        return self

    @property
    def needs_lead(self) -> bool:
        """Whether this rule's keywords must be salient (title, lead, repeated), not merely present."""
        if not (self.keywords_any or self.keywords_all) or self.keywords_in == "anywhere":
            return False
        return self.keywords_in in ("lead", "headline") or not (self.topics or self.event_types)


LEAD_CHARS = 60
"""How much of a text without a headline counts as its lead."""
_GREETING = re.compile(
    r"\s*(?:尊敬的[^，,。！!：:\n]{0,15}[：:，,]?\s*)?"
    r"(?:[^，,。！!：:\n]{1,8}[：:]\s*(?=[您你]们?好))?(?:[您你]们?好[！!，,。.]?\s*)?"
)
"""A letter's opening (尊敬的领导：您好！, 书记：你好！), which the lead does not count."""
REPEATS = 2
"""A rule's keywords this many times in the item make them what it is about, wherever they stand."""


class RoutingRule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    when: Conditions = Field(default_factory=Conditions)
    lead: str
    co: tuple[str, ...] = ()


class RoutingTable(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    jurisdiction: str = ""
    rules: tuple[RoutingRule, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _default_last(self) -> RoutingTable:
        last = self.rules[-1]
        if last.when != Conditions():
            raise ValueError(f"the last rule ({last.name!r}) must be the default: a rule without conditions")
        return self


@dataclass(frozen=True)
class RouteInput:
    """What routing looks at for one item."""

    text: str
    topic: str
    title: str = ""
    """The headline (``text`` is title, newline, body): what ``keywords_in: lead`` looks at first."""
    event_type: EventType = EventType.OTHER
    grade: IncidentGrade | None = None
    townships: tuple[str, ...] = ()
    source_id: str = ""
    source_tier: SourceTier = SourceTier.OTHER


@dataclass(frozen=True)
class RouteDecision:
    lead: str | None
    co: tuple[str, ...]
    rule: str | None
    errors: tuple[str, ...] = field(default=())


PATTERN_TIMEOUT_S = 0.05
"""Longest one search of a rule's ``pattern`` may take (a pattern such as ``(a+)+$`` can backtrack
for hours on a hostile text); past it the rule is reported and skipped for that item."""


@lru_cache(maxsize=256)
def _compiled(pattern: str) -> regex.Pattern[str]:
    """``pattern`` compiled by the ``regex`` package (Python's ``re`` syntax; searches can time out)."""
    return regex.compile(pattern)


@dataclass(frozen=True, slots=True)
class _Rule:
    """A rule's conditions with what matching derives from them, prepared once per table."""

    c: Conditions
    needs_lead: bool
    words: tuple[str, ...]
    """The rule's keywords, each once (what salience counts)."""
    min_severity: int
    """Severity of ``min_grade``; 0 without one."""

    @classmethod
    def of(cls, c: Conditions) -> _Rule:
        words = tuple(dict.fromkeys((*c.keywords_any, *c.keywords_all)))
        return cls(c, c.needs_lead, words, 0 if c.min_grade is None else c.min_grade.severity)

    def admits(self, topic: str, event_type: EventType) -> bool:
        """Whether the topic and event-type conditions hold (the rest is :meth:`matches`)."""
        c = self.c
        return (not c.topics or topic in c.topics) and (not c.event_types or event_type in c.event_types)

    def matches(self, x: RouteInput, present: set[str], salient: _Salience) -> bool:
        """Whether ``x``, whose topic and event type the rule :meth:`admits`, meets the other
        conditions; ``present`` is the set of the table's keywords in ``x.text``; ``salient`` tells
        whether a rule's keywords are more than words in passing."""
        c = self.c
        if self.min_severity and (x.grade is None or x.grade.severity < self.min_severity):
            return False
        if c.keywords_any and present.isdisjoint(c.keywords_any):
            return False
        if c.keywords_all and not present.issuperset(c.keywords_all):
            return False
        if self.needs_lead and not salient.about(self.words, repeats=c.keywords_in != "headline"):
            return False
        if c.sources and x.source_id not in c.sources:
            return False
        if c.source_tiers and x.source_tier not in c.source_tiers:
            return False
        if c.townships and not set(c.townships) & set(x.townships):
            return False
        n = len(x.townships)
        if (c.scope == "local" and n != 1) or (c.scope == "multi" and n < 2) or (c.scope == "none" and n):
            return False
        return not (c.pattern is not None and _compiled(c.pattern).search(x.text, timeout=PATTERN_TIMEOUT_S) is None)


def _occurrences(text: str, word: str) -> int:
    """How many times ``word`` occurs in ``text``, overlapping occurrences included (``哈哈`` twice in ``哈哈哈``)."""
    if not word:
        return 0
    count, at = 0, text.find(word)
    while at >= 0:
        count += 1
        at = text.find(word, at + 1)
    return count


class _Salience:
    """Whether an item is about a rule's keywords (computed lazily, once per item)."""

    def __init__(self, x: RouteInput, keywords: KeywordSet, present: set[str]) -> None:
        self.x = x
        self._keywords = keywords
        self._present = present
        """The table's keywords in ``x.text``: a word not among them occurs nowhere."""
        self._lead: set[str] | None = None
        self._counts: dict[str, int] = {}

    def about(self, words: tuple[str, ...], repeats: bool = True) -> bool:
        """Whether a keyword of ``words`` (each once) is in the headline or lead, or (``repeats``) they
        occur :data:`REPEATS` times or more in the text (overlapping occurrences each counted)."""
        if self._lead is None:
            if self.x.title:
                lead = self.x.title
            else:
                greeting = _GREETING.match(self.x.text)
                start = greeting.end() if greeting else 0
                lead = self.x.text[start : start + LEAD_CHARS]
            self._lead = self._keywords.found(lead)
        if not self._lead.isdisjoint(words):
            return True
        if not repeats:
            return False
        total = 0
        for word in words:
            count = self._counts.get(word)
            if count is None:
                present = word in self._present
                count = self._counts[word] = _occurrences(self.x.text, word) if present else 0
            total += count
        return total >= REPEATS


_ADMITTED_MAX = 4096
"""Bound on the remembered (topic, event type) pairs (topics come from the model: a handful)."""


def _resolve(ref: str, x: RouteInput) -> str | None:
    if ref == TOWNSHIP:
        return x.townships[0] if len(x.townships) == 1 else None
    return ref


class Router:
    """Evaluates a :class:`RoutingTable`; :meth:`route` never raises for a bad rule."""

    def __init__(self, table: RoutingTable) -> None:
        self.table = table
        words = [k for r in table.rules for k in (*r.when.keywords_any, *r.when.keywords_all)]
        self._keywords = KeywordSet(words)
        """Every keyword of the table, found in a text in one pass instead of one search per keyword."""
        self._rules = tuple((rule, _Rule.of(rule.when)) for rule in table.rules)
        self._admitted: dict[tuple[str, EventType], tuple[tuple[RoutingRule, _Rule], ...]] = {}
        """The rules whose topic and event-type conditions a (topic, event type) meets, in order."""

    def _candidates(self, x: RouteInput) -> tuple[tuple[RoutingRule, _Rule], ...]:
        key = (x.topic, x.event_type)
        rules = self._admitted.get(key)
        if rules is None:
            if len(self._admitted) >= _ADMITTED_MAX:
                self._admitted.clear()
            rules = tuple(r for r in self._rules if r[1].admits(x.topic, x.event_type))
            self._admitted[key] = rules
        return rules

    def route(self, x: RouteInput) -> RouteDecision:
        errors: list[str] = []
        present = self._keywords.found(x.text)
        salient = _Salience(x, self._keywords, present)
        for rule, prepared in self._candidates(x):
            try:
                if not prepared.matches(x, present, salient):
                    continue
            except Exception as exc:  # a broken rule is reported and skipped, never fatal
                message = f"routing rule {rule.name!r} failed and was skipped: {type(exc).__name__}: {exc}"
                log.warning(message)
                errors.append(message)
                continue
            lead = _resolve(rule.lead, x)
            if lead is None:
                continue
            co = [u for u in (_resolve(r, x) for r in rule.co) if u is not None and u != lead]
            return RouteDecision(lead, tuple(dict.fromkeys(co)), rule.name, tuple(errors))
        return RouteDecision(None, (), None, tuple(errors))


def load_routing(path: Path) -> RoutingTable:
    """Read and validate ``routing.yaml`` (``ConfigError`` with file:line on a problem)."""
    return load_yaml(Path(path), RoutingTable)


def check_routing(table: RoutingTable, units: UnitDirectory) -> None:
    """Raise :class:`RoutingError` when a rule names a unit the directory does not have."""
    known = units.ids()
    bad = []
    for rule in table.rules:
        refs = [rule.lead, *rule.co, *rule.when.townships]
        bad += [f"{rule.name}: {r}" for r in refs if r != TOWNSHIP and r not in known]
    if bad:
        raise RoutingError("routing rules name unknown units: " + "; ".join(bad))


def parse_routing(text: str, name: str, units: UnitDirectory) -> RoutingTable:
    """Validate ``routing.yaml`` text as the loader does (``ConfigError`` with line and field), then
    against the unit directory (``ConfigError`` naming the line of each unknown unit)."""
    table = validate_yaml(text, RoutingTable, name)
    _data, lines = parse_yaml(text, name)
    known = units.ids()
    problems = []
    for index, rule in enumerate(table.rules):
        named = [
            ("lead", rule.lead),
            *(("co", u) for u in rule.co),
            *(("when.townships", u) for u in rule.when.townships),
        ]
        for key, ref in named:
            if ref != TOWNSHIP and ref not in known:
                path = ("rules", index, *key.split("."))
                line: int | str = lines.get(path) or lines.get(("rules", index)) or "?"
                problems.append(f"{name}:{line}: rules.{index}.{key}: unknown unit {ref!r} (rule {rule.name})")
    if problems:
        raise ConfigError("\n".join(problems))
    return table
