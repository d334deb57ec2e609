"""The rule interface: a rule looks at one newly grouped item and its event and may return a hit."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import Any, Protocol

from sqlalchemy.orm import Session

from alerting.events.state import Assignment
from alerting.events.volume import VolumeWindows
from yuqing.names import unit_names
from yuqing.traditional import simplified


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

    @cached_property
    def body(self) -> str:
        """The item's title and text, traditional characters simplified (:mod:`yuqing.traditional`:
        a repost's ``颱風`` is a ``台风``), made once for all the rules that read words in it."""
        item = self.assignment.item.message.item
        return simplified(f"{item.title}\n{item.text}")

    def unit_names(self, unit_ids: Sequence[str]) -> list[str]:
        """Names of ``unit_ids`` in order, each read once per batch (a query per item cost the
        stage a fifth of its time)."""
        known: dict[str, str] = self.memo.setdefault("unit_names", {})
        missing = [u for u in dict.fromkeys(unit_ids) if u not in known]
        if missing:
            known.update(zip(missing, unit_names(self.session, missing), strict=True))
        return [known[u] for u in unit_ids]


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
