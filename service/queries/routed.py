"""The 舆情 routed to a unit: events and items naming it as lead unit (牵头) or co-handler (协办),
with what the unit did about them (签收, a reroute request) and why they came to it.

Every read keeps to what this user may see at all (:func:`~service.queries.events.scoped_events` /
:func:`~service.queries.items.scoped_items`, or for lists the same rules as the branches of
:mod:`service.queries.visibility`) and adds "routed to this unit", so the unit's isolation is the
one the rest of the service enforces: a unit user's lists and counts hold only its own unit's rows,
and any other id answers like a missing one.

Order: not yet signed first, then the most severe statutory grade, then the newest. Lists look at
the last :data:`DEFAULT_DAYS` days unless ``since`` is given (a unit's attention list, not its
archive), which also bounds their cost.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Literal

from pydantic import Field
from sqlalchemy import ColumnElement, String, and_, case, cast, exists, func, or_, select, true, union
from sqlalchemy.orm import Session, defer

from models.db import Event, Item
from models.db.cases import Case
from models.db.routed import RerouteRequest, RoutedSign
from models.enums import OPEN_CASE_STATUSES, IncidentGrade
from service.api.types import SaneDatetime
from service.auth.principal import Principal
from service.errors import InvalidInput, NotFound
from service.queries.events import scoped_events
from service.queries.filters import Page, json_list_contains, text_search, unit_scope
from service.queries.items import scoped_items
from service.queries.visibility import event_branches, item_branches

DEFAULT_DAYS = 30
Kind = Literal["event", "item"]


class RoutedFilter(Page):
    """``status``: ``unsigned`` (waiting for the unit's 签收: not signed and not in an open case of
    the unit, which has a 签收 of its own), ``signed`` or all; ``unit``: whose list (staff only; a
    unit user always gets its own)."""

    status: Literal["unsigned", "signed", "all"] = "all"
    since: SaneDatetime | None = None
    q: str | None = Field(default=None, max_length=200)
    unit: str | None = Field(default=None, max_length=100)


@dataclass
class RoutedRow:
    """One event or item routed to ``unit``."""

    kind: Kind
    unit: str
    event: Event | None = None
    item: Item | None = None
    rules: list[str] = field(default_factory=list)
    """The routing rules that named the unit (empty: the desk chose it)."""
    signed: RoutedSign | None = None
    request: RerouteRequest | None = None
    """The unit's latest reroute request for it."""
    case_id: int | None = None
    """The open case of its event that the unit is on, if any."""

    @property
    def target_id(self) -> str:
        if self.item is not None:
            return self.item.id
        assert self.event is not None
        return str(self.event.id)

    @property
    def lead(self) -> bool:
        row = self.item if self.item is not None else self.event
        return bool(row is not None and row.lead_unit == self.unit)


def unit_of(principal: Principal, wanted: str | None) -> str | None:
    """Whose routed list: a unit user's own unit (``None`` when it asks for another: nothing to
    see); staff name the unit (else :class:`InvalidInput`)."""
    if principal.is_unit:
        own = principal.unit_id or ""
        return own if wanted in (None, "", own) else None
    if not wanted:
        raise InvalidInput("请指定单位（unit）")
    return wanted


def routed_to(unit: str, lead: Any, co: Any) -> ColumnElement[bool]:
    return unit_scope(lead, co, unit)


def _severity(grade: Any) -> Any:
    return case(*((grade == g.value, g.severity) for g in IncidentGrade), else_=0)


def _signed(unit: str, kind: Kind, target: Any) -> Any:
    return exists(
        select(RoutedSign.id).where(
            RoutedSign.unit_id == unit, RoutedSign.target_type == kind, RoutedSign.target_id == target
        )
    )


def _in_open_case(unit: str, event_id: Any) -> Any:
    """Whether the row's event has an open case the unit is on: the case is where it is handled
    then (its own 签收 and clock), so the row waits for no 签收 of the routed list."""
    return exists(
        select(Case.id).where(
            Case.event_id == event_id,
            Case.status.in_(OPEN_CASE_STATUSES),
            unit_scope(Case.lead_unit, Case.co_units, unit),
        )
    )


def _since(f: RoutedFilter, now: datetime) -> datetime:
    return f.since if f.since is not None else now - timedelta(days=DEFAULT_DAYS)


def _routed_ids(
    visible: Sequence[ColumnElement[bool]], key: Any, lead: Any, co: Any, when: Any, unit: str, since: datetime
) -> Any:
    """Ids of the rows routed to ``unit`` since ``since`` that this user may see: the union, over
    the lead-unit and the co-handler match (each servable by its own index: ``(lead_unit, time)``
    and the co-units GIN index on PostgreSQL) and over the branches of what the user may see
    (``visible``), of simple selects, so the cost follows the unit's rows, not the table."""
    matches = (lead == unit, json_list_contains(co, unit))
    branches = [select(key.label("id")).where(v, match, when >= since) for v in visible for match in matches]
    return union(*branches).subquery()


def _visible(principal: Principal, branches: Callable[[str], list[ColumnElement[bool]]]) -> list[ColumnElement[bool]]:
    """What this user may see as a union of conditions: a unit user the branches
    :mod:`service.queries.visibility` gives for its unit (the rules of ``scoped_events`` and
    ``scoped_items``), staff everything."""
    return branches(principal.unit_id or "") if principal.is_unit else [true()]


def _events_stmt(principal: Principal, unit: str, f: RoutedFilter, now: datetime) -> Any:
    signed = _signed(unit, "event", cast(Event.id, String))
    visible = _visible(principal, event_branches)
    ids = _routed_ids(visible, Event.id, Event.lead_unit, Event.co_units, Event.last_seen_at, unit, _since(f, now))
    stmt = select(Event).join(ids, Event.id == ids.c.id).where(Event.merged_into_id.is_(None))
    if f.status == "signed":
        stmt = stmt.where(signed)
    elif f.status == "unsigned":
        stmt = stmt.where(~signed, ~_in_open_case(unit, Event.id))
    if f.q:
        stmt = stmt.where(text_search([Event.title], f.q))
    return stmt, signed


def _items_stmt(principal: Principal, unit: str, f: RoutedFilter, now: datetime) -> Any:
    signed = _signed(unit, "item", Item.id)
    visible = _visible(principal, item_branches)
    ids = _routed_ids(visible, Item.id, Item.lead_unit, Item.co_units, Item.stored_at, unit, _since(f, now))
    stmt = select(Item).join(ids, Item.id == ids.c.id)
    if f.status == "signed":
        stmt = stmt.where(signed)
    elif f.status == "unsigned":
        stmt = stmt.where(~signed, ~_in_open_case(unit, Item.event_id))
    if f.q:
        stmt = stmt.where(text_search([Item.title, Item.text], f.q))
    return stmt, signed


def routed_events(
    db: Session, principal: Principal, unit: str, f: RoutedFilter, now: datetime
) -> tuple[list[RoutedRow], bool]:
    """Events routed to ``unit``: unsigned first, most severe, newest."""
    stmt, signed = _events_stmt(principal, unit, f, now)
    stmt = stmt.options(defer(Event.terms)).order_by(
        signed.asc(), _severity(Event.grade).desc(), Event.last_seen_at.desc(), Event.id.desc()
    )
    events = list(db.scalars(stmt.offset(f.offset).limit(f.limit + 1)))
    rows = [RoutedRow("event", unit, event=e) for e in events[: f.limit]]
    _annotate(db, unit, rows)
    return rows, len(events) > f.limit


def routed_items(
    db: Session, principal: Principal, unit: str, f: RoutedFilter, now: datetime
) -> tuple[list[RoutedRow], bool]:
    """Items routed to ``unit``: unsigned first, most severe, newest."""
    stmt, signed = _items_stmt(principal, unit, f, now)
    stmt = stmt.options(defer(Item.text)).order_by(
        signed.asc(), _severity(Item.grade).desc(), Item.stored_at.desc(), Item.id.desc()
    )
    items = list(db.scalars(stmt.offset(f.offset).limit(f.limit + 1)))
    rows = [RoutedRow("item", unit, item=i) for i in items[: f.limit]]
    _annotate(db, unit, rows)
    return rows, len(items) > f.limit


def unsigned_count(db: Session, principal: Principal, unit: str, kind: Kind, now: datetime) -> int:
    """How many routed events (or items) of the last :data:`DEFAULT_DAYS` days wait for the unit's
    签收 (not signed, and not handled in an open case of the unit)."""
    f = RoutedFilter(status="unsigned")
    stmt, _ = (_events_stmt if kind == "event" else _items_stmt)(principal, unit, f, now)
    key = Event.id if kind == "event" else Item.id
    return int(db.scalar(select(func.count()).select_from(stmt.with_only_columns(key).subquery())) or 0)


def get_routed_event(db: Session, principal: Principal, unit: str, event_id: int) -> Event:
    """An event routed to ``unit`` that this user may see, else :class:`NotFound`."""
    event = db.scalar(
        scoped_events(principal).where(Event.id == event_id, routed_to(unit, Event.lead_unit, Event.co_units))
    )
    if event is None:
        raise NotFound("没有转给本单位的这个事件")
    return event


def get_routed_item(db: Session, principal: Principal, unit: str, item_id: str) -> Item:
    """An item routed to ``unit`` that this user may see, else :class:`NotFound`."""
    item = db.scalar(scoped_items(principal).where(Item.id == item_id, routed_to(unit, Item.lead_unit, Item.co_units)))
    if item is None:
        raise NotFound("没有转给本单位的这条信息")
    return item


def _annotate(db: Session, unit: str, rows: Sequence[RoutedRow]) -> None:
    """Fill each row's routing rules, 签收, latest reroute request and the unit's open case."""
    if not rows:
        return
    kind = rows[0].kind
    targets = [r.target_id for r in rows]
    signs = db.scalars(
        select(RoutedSign).where(
            RoutedSign.unit_id == unit, RoutedSign.target_type == kind, RoutedSign.target_id.in_(targets)
        )
    )
    by_target = {s.target_id: s for s in signs}
    requests = db.scalars(
        select(RerouteRequest)
        .where(
            RerouteRequest.unit_id == unit,
            RerouteRequest.target_type == kind,
            RerouteRequest.target_id.in_(targets),
        )
        .order_by(RerouteRequest.requested_at, RerouteRequest.id)
    )
    latest = {r.target_id: r for r in requests}
    event_ids = {r.event.id for r in rows if r.event is not None} | {
        r.item.event_id for r in rows if r.item is not None and r.item.event_id is not None
    }
    open_cases = db.execute(
        select(Case.event_id, Case.id).where(
            Case.event_id.in_(event_ids),
            Case.status.in_(OPEN_CASE_STATUSES),
            unit_scope(Case.lead_unit, Case.co_units, unit),
        )
    )
    case_of = {event_id: case_id for event_id, case_id in open_cases}
    rule = Item.classification["routing_rule"].as_string()
    rules: dict[int, list[str]] = {}
    if kind == "event":
        routed = db.execute(
            select(Item.event_id, rule)
            .where(
                Item.event_id.in_(event_ids),
                or_(Item.lead_unit == unit, json_list_contains(Item.co_units, unit)),
            )
            .distinct()
        )
        for event_id, name in routed:
            if name:
                rules.setdefault(event_id, []).append(str(name))
    for row in rows:
        row.signed = by_target.get(row.target_id)
        row.request = latest.get(row.target_id)
        if row.event is not None:
            row.rules = sorted(rules.get(row.event.id, []))
            row.case_id = case_of.get(row.event.id)
        elif row.item is not None:
            name = (row.item.classification or {}).get("routing_rule")
            row.rules = [str(name)] if name else []
            row.case_id = case_of.get(row.item.event_id) if row.item.event_id is not None else None


def open_request(db: Session, unit: str, kind: Kind, target_id: str) -> RerouteRequest | None:
    return db.scalar(
        select(RerouteRequest).where(
            and_(
                RerouteRequest.unit_id == unit,
                RerouteRequest.target_type == kind,
                RerouteRequest.target_id == target_id,
                RerouteRequest.status == "open",
            )
        )
    )


def list_reroute_requests(
    db: Session, principal: Principal, status: str | None, page: Page
) -> tuple[list[RerouteRequest], bool]:
    """Reroute requests, oldest open first for the desk (``status`` ``open`` by default; ``all``);
    a unit user sees only its own unit's."""
    stmt = select(RerouteRequest)
    if principal.is_unit:
        stmt = stmt.where(RerouteRequest.unit_id == (principal.unit_id or ""))
    if status and status != "all":
        stmt = stmt.where(RerouteRequest.status == status)
    if status == "open":
        stmt = stmt.order_by(RerouteRequest.requested_at, RerouteRequest.id)
    else:
        stmt = stmt.order_by(RerouteRequest.requested_at.desc(), RerouteRequest.id.desc())
    rows = list(db.scalars(stmt.offset(page.offset).limit(page.limit + 1)))
    return rows[: page.limit], len(rows) > page.limit


def get_reroute_request(db: Session, principal: Principal, request_id: int) -> RerouteRequest:
    request = db.get(RerouteRequest, request_id)
    if request is None or (principal.is_unit and request.unit_id != principal.unit_id):
        raise NotFound("改派申请不存在")
    return request


def request_targets(db: Session, requests: Sequence[RerouteRequest]) -> dict[tuple[str, str], Event | Item]:
    """The event or item each request is about, by ``(target_type, target_id)``."""
    event_ids = [int(r.target_id) for r in requests if r.target_type == "event" and r.target_id.isdigit()]
    item_ids = [r.target_id for r in requests if r.target_type == "item"]
    out: dict[tuple[str, str], Event | Item] = {}
    if event_ids:
        out.update({("event", str(e.id)): e for e in db.scalars(select(Event).where(Event.id.in_(event_ids)))})
    if item_ids:
        out.update({("item", i.id): i for i in db.scalars(select(Item).where(Item.id.in_(item_ids)))})
    return out
