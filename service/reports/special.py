"""The 专报 of one event, from stored data only: summary, 传播路径, facts, responses, timeliness.

:func:`build_special` reads what the user may see of the event (its items through
:func:`~service.queries.events.event_items`, its cases through ``scoped_cases``) and gathers:

- the summary (title, grade, places, lead and co units by name, first seen, item counts);
- the 传播路径 as the event page shows it (:func:`~service.queries.spread.spread_path`: the first
  post, the items by time and source tier, the jumps, the first official response);
- the facts the classifier stored with the items (:func:`~service.reports.incident_brief.event_facts`);
- the case actions so far (派单, 签收, 首次发布, 新闻发布会, ...), with times, units and the address
  an action recorded (a 首次发布's release);
- each case's deadlines from the response tracker (:func:`~service.queries.cases.deadlines_of`,
  the same evaluation as the case page), never recomputed here.

Nothing is written that the records do not hold.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from models.db import Event
from models.db.cases import Case, CaseAction
from models.enums import CaseActionKind
from models.facts import EventFacts
from models.ports import CaseDesk
from models.timeutil import ensure_aware
from service.auth.principal import Principal
from service.names import Names
from service.queries.cases import case_actions, deadlines_of, scoped_cases
from service.queries.events import event_items
from service.queries.spread import SpreadPath, spread_path
from service.reports.incident_brief import event_facts

MAX_ITEMS = 2000
"""Items read for one 专报 (the 传播路径 and the counts)."""


@dataclass(frozen=True)
class Response:
    """A case action so far (派单, 签收, 首次发布, ...)."""

    case_id: int
    kind: str
    at: datetime
    unit: str | None
    url: str | None = None
    """The address the action recorded (a 首次发布's release, a follow-up), if any."""


@dataclass
class Special:
    event: Event
    generated_at: datetime
    items: int
    negative: int
    reprints: int
    spread: SpreadPath
    facts: EventFacts
    cases: list[Case]
    responses: list[Response]
    deadlines: dict[int, list[dict[str, Any]]] = field(default_factory=dict)
    """Per case id: its deadlines as the case page shows them."""


RESPONSE_KINDS = frozenset(
    {
        CaseActionKind.DISPATCH,
        CaseActionKind.SIGN,
        CaseActionKind.RETURN,
        CaseActionKind.TRANSFER,
        CaseActionKind.FIRST_RELEASE,
        CaseActionKind.PRESS_CONFERENCE,
        CaseActionKind.FOLLOW_UP,
        CaseActionKind.RESPONSE,
        CaseActionKind.CLOSE,
        CaseActionKind.REOPEN,
    }
)


def _url(action: CaseAction) -> str | None:
    url = (action.details or {}).get("url")
    return str(url) if url else None


def build_special(
    db: Session,
    desk: CaseDesk,
    principal: Principal,
    event: Event,
    now: datetime,
    *,
    names: Names,
) -> Special:
    """The 专报 of ``event`` (already checked visible to ``principal``) as of ``now``."""
    items = event_items(db, principal, event.id, limit=MAX_ITEMS)
    cases = list(db.scalars(scoped_cases(principal).where(Case.event_id == event.id).order_by(Case.id)))
    actions: dict[int, list[CaseAction]] = {c.id: case_actions(db, c.id) for c in cases}
    responses = sorted(
        (
            Response(c.id, a.kind, ensure_aware(a.at), a.unit, _url(a))
            for c in cases
            for a in actions[c.id]
            if a.kind in RESPONSE_KINDS
        ),
        key=lambda r: (r.at, r.case_id),
    )
    path = spread_path(db, principal, event.id, now, names=names)
    return Special(
        event=event,
        generated_at=now,
        items=len(items),
        negative=sum(1 for i in items if i.negative),
        reprints=path.reprints + path.heat - path.total,
        spread=path,
        facts=event_facts(items),
        cases=cases,
        responses=responses,
        deadlines={c.id: deadlines_of(desk, c, actions[c.id], now) for c in cases},
    )
