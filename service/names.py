"""People see names, never internal ids: one lookup for topics, units, sources and alert rules.

Every page, chart, export, brief and notification the service makes turns ids into names here
(ids stay in URLs and the API). Names come from the jurisdiction's ``taxonomy.yaml`` (topics) and
``alert_rules.yaml`` (rules) and from the ``units`` and ``sources`` tables. :class:`NameBook` keeps
the current :class:`Names` and reloads them when they are older than its time-to-live, or at once
after :meth:`NameBook.invalidate` (a rule edited online), so running services pick up changes
without a restart. An id without a name is shown as it is (never hidden, never an error).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from models.db import Source, Unit
from models.taxonomy import Taxonomy
from yuqing.config import load_yaml
from yuqing.errors import ConfigError

log = logging.getLogger(__name__)

MISSING = "—"


@dataclass(frozen=True)
class Names:
    """Names by id; each lookup returns the id itself when it has no name, and ``—`` for none."""

    topics: Mapping[str, str] = field(default_factory=dict)
    units: Mapping[str, str] = field(default_factory=dict)
    sources: Mapping[str, str] = field(default_factory=dict)
    rules: Mapping[str, str] = field(default_factory=dict)

    def topic(self, topic_id: str | None) -> str:
        return _lookup(self.topics, topic_id)

    def unit(self, unit_id: str | None) -> str:
        return _lookup(self.units, unit_id)

    def source(self, source_id: str | None) -> str:
        return _lookup(self.sources, source_id)

    def rule(self, rule_id: str | None) -> str:
        return _lookup(self.rules, rule_id)

    def units_joined(self, unit_ids: list[str] | tuple[str, ...] | None, sep: str = "、") -> str:
        return sep.join(self.unit(u) for u in unit_ids or ()) or MISSING


def _lookup(names: Mapping[str, str], key: str | None) -> str:
    if not key:
        return MISSING
    return names.get(key, key)


class _RuleName(BaseModel):
    model_config = ConfigDict(extra="ignore")
    id: str
    name: str = ""


class _RuleNames(BaseModel):
    """The part of ``alert_rules.yaml`` that names rules (the alerting stage validates the rest)."""

    model_config = ConfigDict(extra="ignore")
    rules: list[_RuleName] = []


def load_names(session: Session, jurisdiction_dir: Path) -> Names:
    """Read every name now. A missing or invalid YAML file leaves its ids unnamed and is logged."""
    topics: dict[str, str] = {}
    rules: dict[str, str] = {}
    taxonomy_path = jurisdiction_dir / "taxonomy.yaml"
    rules_path = jurisdiction_dir / "alert_rules.yaml"
    try:
        if taxonomy_path.is_file():
            topics = {t.id: t.label for t in load_yaml(taxonomy_path, Taxonomy).topics}
        if rules_path.is_file():
            rules = {r.id: r.name or r.id for r in load_yaml(rules_path, _RuleNames).rules}
    except ConfigError as exc:
        log.warning("names: %s", exc)
    units = {row.id: row.name for row in session.execute(select(Unit.id, Unit.name))}
    sources = {row.id: row.name for row in session.execute(select(Source.id, Source.name))}
    return Names(topics=topics, units=units, sources=sources, rules=rules)


class NameBook:
    """The current :class:`Names` of one app, reloaded after ``ttl_s`` seconds or an invalidation."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        jurisdiction_dir: Path,
        *,
        ttl_s: float = 30.0,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._sessions = sessions
        self._dir = jurisdiction_dir
        self._ttl = ttl_s
        self._monotonic = monotonic
        self._lock = threading.Lock()
        self._names: Names | None = None
        self._loaded_at = 0.0

    def current(self) -> Names:
        with self._lock:
            now = self._monotonic()
            if self._names is None or now - self._loaded_at >= self._ttl:
                with self._sessions() as session:
                    self._names = load_names(session, self._dir)
                self._loaded_at = now
            return self._names

    def invalidate(self) -> None:
        """Forget the names so the next lookup reads them again (after a change made online)."""
        with self._lock:
            self._names = None
