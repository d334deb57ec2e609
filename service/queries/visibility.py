"""What a unit user may see, as SQL conditions shared by every query (lists, counts, details,
exports, the live stream). Other roles see everything.

A unit sees
- everything belonging to its cases, as lead unit or co-handler: the case, the case's event, that
  event's items and alerts (a dispatch or a 转派 brings them to the unit that must handle them);
- the events, items and alerts routed to it (as lead or co-handler), each by its own routing,
  that no case has claimed yet (an event page shows a unit only the items it may see);

and nothing of another unit's case: once an event is dispatched it belongs to the units of its
cases, whatever the classifier's routing said.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, or_, select

from models.db import Event, Item
from models.db.alerts import Alert
from models.db.cases import Case
from service.queries.filters import json_list_contains, unit_scope


def case_event_ids(unit_id: str) -> Select[Any]:
    """Ids of the events of the unit's cases (lead or co-handler)."""
    return select(Case.event_id).where(unit_scope(Case.lead_unit, Case.co_units, unit_id), Case.event_id.is_not(None))


def undispatched(event_id: Any) -> ColumnElement[bool]:
    """No case has been made of the event ``event_id`` (true for rows without an event)."""
    return ~exists(select(Case.id).where(Case.event_id == event_id))


def event_branches(unit_id: str) -> list[ColumnElement[bool]]:
    """The event conditions whose union is what the unit sees, each a plain index lookup or
    (anti-)join, for queries that start from a few rows (see :func:`item_branches`)."""
    return [
        and_(unit_scope(Event.lead_unit, Event.co_units, unit_id), undispatched(Event.id)),
        Event.id.in_(case_event_ids(unit_id)),
    ]


def event_visible(unit_id: str) -> ColumnElement[bool]:
    return or_(*event_branches(unit_id))


def item_branches(unit_id: str) -> list[ColumnElement[bool]]:
    """The item conditions whose union is what the unit sees, each servable by one index (the
    lead-unit index, the co-units GIN index, the event index), for page-bounded unions."""
    return [
        and_(Item.lead_unit == unit_id, undispatched(Item.event_id)),
        and_(json_list_contains(Item.co_units, unit_id), undispatched(Item.event_id)),
        Item.event_id.in_(case_event_ids(unit_id)),
    ]


def item_visible(unit_id: str) -> ColumnElement[bool]:
    return or_(*item_branches(unit_id))


def alert_visible(unit_id: str) -> ColumnElement[bool]:
    return or_(
        Alert.event_id.in_(case_event_ids(unit_id)),
        and_(json_list_contains(Alert.units, unit_id), undispatched(Alert.event_id)),
    )
