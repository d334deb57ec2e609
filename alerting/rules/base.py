"""The rule interface: a rule looks at one newly grouped item and its event and may return a hit."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy.orm import Session

from alerting.events.grouping import Assignment
from alerting.events.volume import VolumeWindows


@dataclass(frozen=True)
class RuleContext:
    """What a rule may look at: the item, its event (already updated), the database and ``now``."""

    session: Session
    assignment: Assignment
    bucket_minutes: int
    now: datetime
    memo: dict[Any, Any] = field(default_factory=dict)
    """Shared by every item of one batch: rules cache per-scope results here (one spike query per
    event or topic per batch, not per item)."""
    volumes: VolumeWindows | None = None
    """The batch's event and topic volumes, read once for all its spike checks (None: query each)."""


@dataclass(frozen=True)
class Hit:
    """A rule matched. ``scope_key`` names what the alert is about (``event:12`` or ``topic:交通``);
    ``marker`` distinguishes materially new occurrences (a new spike window) within that scope."""

    rule: str
    rule_name: str
    level: str
    reason: str
    scope_key: str
    marker: str = ""


class Rule(Protocol):
    """A configured rule. ``check`` must not write; an exception counts as no match (logged)."""

    id: str

    def check(self, ctx: RuleContext) -> Hit | None: ...
