"""People see names, never internal ids: the one lookup of topics, units, sources and alert rules.

Every page, chart, export, brief and notification turns ids into names through :class:`Names` (ids
stay in URLs, the API and machine-readable payloads). Names come from the taxonomy in force
(``taxonomy``: topics), the alert rules in force (``alert_rules``: the newest version edited
online, else the file, see :mod:`yuqing.config_versions`) and the ``units`` and ``sources`` tables.
The web service, the alerting stage and the response tracker all use this module (the service
through :mod:`service.names`), so there is one implementation.

:class:`NameBook` keeps the current :class:`Names` and reloads them when they are older than its
time-to-live, or at once after :meth:`NameBook.invalidate` (a rule edited online). An id without a
name is shown as it is (never hidden, never an error).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from models.db import Source, Unit
from models.taxonomy import Taxonomy
from yuqing.config import validate_yaml
from yuqing.config_versions import current, newest_version
from yuqing.errors import ConfigError

log = logging.getLogger(__name__)

MISSING = "—"

BUILTIN_RULES: Mapping[str, str] = {"source_health": "信源异常"}
"""Rules that are not in ``alert_rules.yaml``: raised by the collectors themselves."""


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
        if rule_id and rule_id not in self.rules and rule_id in BUILTIN_RULES:
            return BUILTIN_RULES[rule_id]
        return _lookup(self.rules, rule_id)

    def units_joined(self, unit_ids: Sequence[str] | None, sep: str = "、") -> str:
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


def topic_names(session: Session, jurisdiction_dir: Path) -> dict[str, str]:
    """Topic id → label from the taxonomy in force (``taxonomy``: the newest version edited online,
    else ``taxonomy.yaml``); empty when there is none, and logged when it is unreadable."""
    if not (Path(jurisdiction_dir) / "taxonomy.yaml").is_file() and not newest_version(session, "taxonomy"):
        return {}
    try:
        text = current(session, jurisdiction_dir, "taxonomy").text
        return {t.id: t.label for t in validate_yaml(text, Taxonomy, "taxonomy.yaml").topics}
    except (ConfigError, SQLAlchemyError) as exc:
        log.warning("names: %s", exc)
        return {}


def rule_names(session: Session, jurisdiction_dir: Path) -> dict[str, str]:
    """Alert rule id → name from the alert rules in force (empty, logged, when unreadable)."""
    try:
        text = current(session, jurisdiction_dir, "alert_rules").text
        return {r.id: r.name or r.id for r in validate_yaml(text, _RuleNames, "alert_rules.yaml").rules}
    except (ConfigError, SQLAlchemyError) as exc:
        log.warning("names: %s", exc)
        return {}


def unit_names(session: Session, unit_ids: Sequence[str]) -> list[str]:
    """Names of ``unit_ids`` in order (an unknown id is shown as itself)."""
    if not unit_ids:
        return []
    rows = session.execute(select(Unit.id, Unit.name).where(Unit.id.in_(list(unit_ids))))
    known = {unit_id: name for unit_id, name in rows}
    return [known.get(u, u) for u in unit_ids]


def load_names(session: Session, jurisdiction_dir: Path) -> Names:
    """Read every name now. A missing or invalid YAML file leaves its ids unnamed and is logged."""
    units = {row.id: row.name for row in session.execute(select(Unit.id, Unit.name))}
    sources = {row.id: row.name for row in session.execute(select(Source.id, Source.name))}
    return Names(
        topics=topic_names(session, jurisdiction_dir),
        units=units,
        sources=sources,
        rules=rule_names(session, jurisdiction_dir),
    )


class NameBook:
    """The current :class:`Names` of one process, reloaded after ``ttl_s`` seconds or an invalidation."""

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
                    self._names = self._load(session)
                self._loaded_at = now
            return self._names

    def _load(self, session: Session) -> Names:
        """Read the names (a subclass may read more, as the service's people)."""
        return load_names(session, self._dir)

    def invalidate(self) -> None:
        """Forget the names so the next lookup reads them again (after a change made online)."""
        with self._lock:
            self._names = None
