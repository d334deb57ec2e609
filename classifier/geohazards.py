"""A geological disaster's danger (地质灾害险情): the people it threatens, graded by its plan.

《国家突发地质灾害应急预案》 (1.4) grades a geological disaster both as a disaster done (灾情: its dead
and direct loss, :data:`classifier.disaster_plans.GEOLOGICAL`) and as a danger (险情): by the people it
threatens who must be moved (受灾害威胁，需搬迁转移人数) — 100 or more 中型 (较大), 500 or more 大型
(重大), 1,000 or more 特大型 (特别重大), fewer 小型 (一般) — or by the loss it may cause (潜在经济损失:
500万元, 5000万元, 1亿元). :func:`threatened` reads the first (``威胁下方12户48人``, ``受威胁群众1200人``,
``需搬迁转移群众300余人``) and :func:`potential_loss` the second.

People moved in general are not read (``全县转移群众2万余人``: a storm's evacuation, not one slope's
threat), nor an inventory of hazards (``全县共有地质灾害隐患点326处，威胁群众1.2万人``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from classifier.disaster_plans import grade_at, shown
from classifier.numbers import NUM, Bound, bound_of, parse_amount
from classifier.sentences import clause_before
from models.enums import THRESHOLD_GRADES, IncidentGrade

__all__ = ["LOSS", "THREATENED", "Danger", "potential_loss", "threatened"]

THREATENED = (1000.0, 500.0, 100.0)
"""People threatened (to be moved) from which a geological danger is 特别重大, 重大 and 较大."""
LOSS = (1e8, 5e7, 5e6)
"""Potential loss in 元 from which it is 特别重大, 重大 and 较大."""

_PEOPLE = r"(?:群众|村民|居民|人员|住户|人口|农户|师生|游客)"
_COUNT = rf"(?P<pre>约|近|超过|逾|共|达|有)?(?P<n>{NUM})(?P<q1>余|多|来)?(?P<wan>万)?(?P<q2>余|多)?号?(?:人|名)"
"""(三百来号人: about three hundred, as people say it)"""
_THREATENED = tuple(
    re.compile(pattern)
    for pattern in (
        # 威胁下方12户48人, 威胁到村民32户126人的生命财产安全, 危及群众200余人 (the households before the people, as
        # many at least: 威胁坡下130余户520余人)
        # (what stands below named first: 威胁坡下村小学、卫生院及312户1350余名群众)
        rf"(?:威胁|危及)(?:着|到)?[^，,。；;！!？?\d]{{0,16}}?(?:{NUM}(?:余|多)?户)?{_PEOPLE}?{_COUNT}",
        # 受威胁群众1200人, 受威胁人数达500余人
        rf"受(?:到)?(?:其)?威胁(?:的)?(?:{_PEOPLE}|人数)(?:{NUM}(?:余|多)?户)?{_COUNT}",
        # 需搬迁转移群众300余人, 需紧急避让村民60户240人
        # (需搬迁避让群众230余人)
        rf"需(?:要)?(?:紧急)?(?:搬迁|转移|避让)(?:转移|安置|避让)?(?:{_PEOPLE})?(?:{NUM}(?:余|多)?户)?{_COUNT}",
        # the people below the slope, counted (坡下两百来号人已连夜转移)
        rf"(?:坡下|坡底下?|坡脚|山脚下?)(?:的)?(?:{NUM}(?:余|多)?户)?"
        rf"{_COUNT.replace('号?(?:人|名)', '(?:口人|号人|人|名)')}",
        # as people tell it, the people first (坡底下四十几户一百六十多口人都有危险)
        rf"(?:{NUM}(?:余|多)?户)?{_COUNT.replace('号?(?:人|名)', '(?:口人|号人|人|名)')}"
        r"(?:都|均|全)?(?:有|面临|处于)(?:生命)?危险",
    )
)
_POTENTIAL = re.compile(
    rf"潜在(?:的)?(?:直接)?经济损失(?P<pre>约|近|超过|逾|达)?(?P<n>{NUM})(?P<q1>余|多)?(?P<unit>亿|万)?元"
)
_INVENTORY = re.compile(
    # (not one named: 该崩塌隐患点危岩体总方量约5万立方米)
    r"(?<!该)(?<!该.)(?<!该..)(?<!此)(?<!这个)(?<!这处)隐患点|隐患[^，,。；;]{0,6}处|共有|共排查|排查出|全[县市省区]|累计"
    r"|汛期以来|今年以来"
)
"""A clause that counts hazards or adds up a period (an inventory, not one slope's danger)."""
_NOT_SO = re.compile(r"未|没有|不会|不致|无|若|如果|一旦|可能|假设|模拟|演练")
_SENTENCE_BACK = re.compile(r"[^。；;！!？?\n]*$")
_REACH = 120
"""How far back from a figure its sentence is read for an inventory's words or a denial."""


@dataclass(frozen=True)
class Danger:
    """A geological danger's people threatened or potential loss, and the grade the plan gives it."""

    grade: IncidentGrade
    value: float
    bound: Bound
    quote: str
    people: bool
    short: bool = False
    """Told as nearly the figure (近500名): fewer, graded just below it."""

    def reason(self) -> str:
        above = {Bound.AT_LEAST: "（下限）", Bound.ABOUT: "（约数）"}.get(self.bound, "")
        criterion = "受威胁需搬迁转移" if self.people else "潜在经济损失"
        thresholds = THREATENED if self.people else LOSS
        unit = "人" if self.people else "元"
        figure = shown(self.value, unit)
        if self.short:
            above = "（近数：不足此数，按不足计，请核实）"  # 近500人: just below what it names
        if self.grade is IncidentGrade.GENERAL:
            band = f"不足{shown(thresholds[-1], unit)}为一般（小型）"
        else:
            size = {IncidentGrade.ESPECIALLY_MAJOR: "特大型", IncidentGrade.MAJOR: "大型", IncidentGrade.LARGE: "中型"}
            low = shown(thresholds[THRESHOLD_GRADES.index(self.grade)], unit)
            band = f"{low}以上为{self.grade.label}（{size[self.grade]}）"
        return f"{criterion}{figure}{above}（地质灾害险情：{criterion}{band}）（原文“{self.quote}”）"


def _bound(m: re.Match[str]) -> Bound:
    if m.group("q1") == "来":
        return Bound.ABOUT  # 三百来号人
    return bound_of(m.group("pre") or "", m.group("q1") or m.groupdict().get("q2") or "")


def _told(text: str, m: re.Match[str]) -> bool:
    """Whether the figure at ``m`` is one danger's: not an inventory's (in its sentence), nor a danger
    denied or imagined (in its clause)."""
    low = max(0, m.start() - _REACH)  # (a run-on sentence is read this far back: each search is bounded)
    sentence = _SENTENCE_BACK.search(text, low, m.start())
    if _INVENTORY.search(text, sentence.start() if sentence else m.start(), m.end()) is not None:
        return False
    return _NOT_SO.search(clause_before(text, m.start(), _REACH)) is None


def threatened(text: str) -> Danger | None:
    """The most people ``text`` says a geological danger threatens (to be moved), or ``None``."""
    if not any(word in text for word in ("威胁", "危及", "需", "危险", "坡下", "坡底", "坡脚", "山脚")):
        return None
    matches = (m for pattern in _THREATENED for m in pattern.finditer(text))
    return _largest(text, matches, _people, THREATENED, people=True)


def _people(m: re.Match[str]) -> float | None:
    value = parse_amount(m.group("n"))
    return value * 10000 if value is not None and m.group("wan") else value


def potential_loss(text: str) -> Danger | None:
    """The potential loss ``text`` says a geological danger may cause (``潜在经济损失约2000万元``), or ``None``."""
    if "潜在" not in text:
        return None
    return _largest(text, _POTENTIAL.finditer(text), _yuan, LOSS, people=False)


def _yuan(m: re.Match[str]) -> float | None:
    return parse_amount(m.group("n") + (m.group("unit") or ""))


def _largest(
    text: str,
    matches: Iterable[re.Match[str]],
    value_of: Callable[[re.Match[str]], float | None],
    thresholds: tuple[float, float, float],
    *,
    people: bool,
) -> Danger | None:
    """The largest figure ``matches`` tell as a danger's (:func:`_told`), graded by ``thresholds``."""
    best: Danger | None = None
    for m in matches:
        value = value_of(m)
        if value is None or not _told(text, m):
            continue
        if best is None or value > best.value:
            # (近500名: fewer than 500, graded just below, as 近百名 poisoned are)
            short = m.group("pre") == "近"
            graded = grade_at(value - 1 if short else value, thresholds)
            best = Danger(graded, value, _bound(m), m.group(), people=people, short=short)
    return best
