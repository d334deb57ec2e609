"""One card per incident: the desk's feed groups alerts by their event.

The alerting stage raises one alert per event and rule (and again on a material change: grade up,
a new place, a new spike window), so one fire may raise four alerts at once. The desk sees them as
one :class:`Incident`: its highest 舆情等级, every rule it met, the newest reason, the event's item
count, and whether it is still open (any alert not acknowledged). Events merged into another count
as that event. Alerts without an event (a source's health, a deadline notice) are cards of their
own.

A card comes back to the top when a new alert arrives for it; it is *changed* while it is open and
has alerts newer than the newest one the desk acknowledged (or, never acknowledged, newer than its
first alerts): :attr:`Incident.changes` says what changed, oldest first.

Lists walk the alerts newest first by the ``created_at`` index and stop as soon as a page of cards
is full, so their cost follows the page, not the table. Every read goes through
:func:`~service.queries.alerts.scoped_alerts` (what this user may see).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session, defer

from models.db import Event
from models.db.alerts import Alert
from models.enums import IncidentGrade
from service.auth.principal import Principal
from service.errors import NotFound
from service.levels import highest
from service.queries.alerts import alert_filters, scoped_alerts
from service.queries.filters import ListFilter

CHUNK = 200
"""Alerts read per step while filling a page of cards."""
MAX_CHUNKS = 40
"""A page looks at no more than ``CHUNK * MAX_CHUNKS`` alerts (then it is cut short, ``has_more``)."""


@dataclass(frozen=True)
class Change:
    """One material change of an incident, from one of its later alerts."""

    kind: str
    """``grade`` (graded up), ``places`` (new places), ``rule`` (a rule met for the first time) or
    ``again`` (a rule met again: a new spike window, or the same rule after its quiet period)."""
    at: datetime
    grade: str | None = None
    places: tuple[str, ...] = ()
    rule: str | None = None
    reason: str = ""


@dataclass
class Incident:
    """The alerts of one event (or one alert without an event), as the desk's card."""

    key: str
    """``event:<id>`` or ``alert:<id>``."""
    event: Event | None
    alerts: list[Alert]
    """Oldest first."""
    level_order: tuple[str, ...] = ()
    changes: list[Change] = field(default_factory=list)

    @property
    def event_id(self) -> int | None:
        return self.event.id if self.event is not None else None

    @property
    def newest(self) -> Alert:
        return self.alerts[-1]

    @property
    def title(self) -> str:
        return self.event.title if self.event is not None else self.newest.title

    @property
    def level(self) -> str:
        return highest((a.level for a in self.alerts), self.level_order)

    @property
    def level_colour(self) -> str | None:
        return next((a.level_colour for a in reversed(self.alerts) if a.level == self.level), None)

    @property
    def grade(self) -> str | None:
        grades = [g for g in (self.event.grade if self.event else None, *(a.grade for a in self.alerts)) if g]
        return max(grades, key=_severity, default=None)

    @property
    def places(self) -> list[str]:
        if self.event is not None:
            return list(self.event.places or [])
        return list(dict.fromkeys(p for a in self.alerts for p in a.places or []))

    @property
    def units(self) -> list[str]:
        if self.event is not None and self.event.lead_unit:
            return list(dict.fromkeys([self.event.lead_unit, *(self.event.co_units or [])]))
        return list(dict.fromkeys(u for a in self.alerts for u in a.units or []))

    @property
    def rules(self) -> list[str]:
        """Every rule the incident met, in the order first met."""
        return list(dict.fromkeys(a.rule for a in self.alerts))

    @property
    def reason(self) -> str:
        """The newest alert's reason (its summary when it has none)."""
        return str((self.newest.detail or {}).get("reason") or self.newest.summary or "")

    @property
    def item_count(self) -> int:
        return self.event.item_count if self.event is not None else 0

    @property
    def open_alerts(self) -> list[Alert]:
        return [a for a in self.alerts if a.acknowledged_at is None]

    @property
    def is_open(self) -> bool:
        return bool(self.open_alerts)

    @property
    def changed(self) -> bool:
        return self.is_open and bool(self.changes)

    @property
    def last_acknowledged(self) -> Alert | None:
        acked = [a for a in self.alerts if a.acknowledged_at is not None]
        return max(acked, key=lambda a: a.acknowledged_at or a.created_at, default=None)

    @property
    def first_at(self) -> datetime:
        return self.alerts[0].created_at

    @property
    def last_at(self) -> datetime:
        return self.newest.created_at


def _severity(grade: str | None) -> int:
    return IncidentGrade(grade).severity if grade is not None and grade in IncidentGrade._value2member_map_ else 0


def changes_of(alerts: Sequence[Alert]) -> list[Change]:
    """What changed after the newest alert the desk acknowledged (never acknowledged: after the
    card's first alerts), one entry per material change, oldest first."""
    if not alerts:
        return []
    acked = [a.created_at for a in alerts if a.acknowledged_at is not None]
    baseline = max(acked) if acked else alerts[0].created_at
    out: list[Change] = []
    seen: set[tuple[str, str]] = set()
    for index, alert in enumerate(alerts):
        if alert.created_at <= baseline:
            continue
        prior = [a for a in alerts[:index] if a.created_at < alert.created_at]
        if not prior:
            continue
        found: list[Change] = []
        if _severity(alert.grade) > max((_severity(a.grade) for a in prior), default=0):
            found.append(Change("grade", alert.created_at, grade=alert.grade))
        known_places = {p for a in prior for p in a.places or []}
        new_places = tuple(p for p in alert.places or [] if p not in known_places)
        if new_places:
            found.append(Change("places", alert.created_at, places=new_places))
        if alert.rule not in {a.rule for a in prior}:
            found.append(Change("rule", alert.created_at, rule=alert.rule))
        elif not found:
            reason = str((alert.detail or {}).get("reason") or "")
            found.append(Change("again", alert.created_at, rule=alert.rule, reason=reason))
        for change in found:
            key = (change.kind, f"{change.grade}|{change.places}|{change.rule}|{change.reason}")
            if key not in seen:
                seen.add(key)
                out.append(change)
    return out


# -- merged events ------------------------------------------------------------------------------


def _any_merged(db: Session) -> bool:
    """Whether any event was ever merged into another (one index probe per session): until then
    every event is its own card and the merge lookups are skipped."""
    if "incidents.any_merged" not in db.info:
        probe = select(Event.id).where(Event.merged_into_id.is_not(None)).limit(1)
        db.info["incidents.any_merged"] = db.scalar(probe) is not None
    return bool(db.info["incidents.any_merged"])


def _roots(db: Session, event_ids: Iterable[int]) -> dict[int, int]:
    """Each event id → the event it was (transitively) merged into, or itself."""
    if not _any_merged(db):
        return {event_id: event_id for event_id in event_ids}
    parent: dict[int, int | None] = {}
    frontier = set(event_ids)
    while frontier:
        rows = db.execute(select(Event.id, Event.merged_into_id).where(Event.id.in_(frontier)))
        frontier = set()
        for event_id, into in rows:
            parent[event_id] = into
            if into is not None and into not in parent:
                frontier.add(into)
    out: dict[int, int] = {}
    for start in parent:
        node, hops = start, 0
        while parent.get(node) is not None and hops < 50:
            node, hops = int(parent[node]), hops + 1  # type: ignore[arg-type]
        out[start] = node
    return out


def _members(db: Session, roots: Iterable[int]) -> dict[int, int]:
    """Every event merged (transitively) into one of ``roots`` → its root; the roots themselves too."""
    owner = {root: root for root in roots}
    if not _any_merged(db):
        return owner
    frontier = set(owner)
    while frontier:
        rows = db.execute(select(Event.id, Event.merged_into_id).where(Event.merged_into_id.in_(frontier)))
        frontier = set()
        for event_id, into in rows:
            if event_id not in owner and into is not None:
                owner[event_id] = owner[into]
                frontier.add(event_id)
    return owner


# -- building cards -----------------------------------------------------------------------------


def _cards(db: Session, principal: Principal, keys: Sequence[str], order: tuple[str, ...]) -> dict[str, Incident]:
    """The cards for ``keys`` (``event:<root id>`` / ``alert:<id>``) with all their visible alerts."""
    roots = [int(k.split(":", 1)[1]) for k in keys if k.startswith("event:")]
    lone = [k.split(":", 1)[1] for k in keys if k.startswith("alert:")]
    owner = _members(db, roots) if roots else {}
    events = {}
    if roots:
        events = {e.id: e for e in db.scalars(select(Event).options(defer(Event.terms)).where(Event.id.in_(roots)))}
    grouped: dict[str, list[Alert]] = {}
    conds: list[ColumnElement[bool]] = []
    if owner:
        conds.append(Alert.event_id.in_(list(owner)))
    if lone:
        conds.append(Alert.id.in_(lone))
    if conds:
        stmt = scoped_alerts(principal).options(defer(Alert.escalation)).where(or_(*conds))
        stmt = stmt.order_by(Alert.created_at, Alert.id)
        for alert in db.scalars(stmt):
            key = f"event:{owner[alert.event_id]}" if alert.event_id in owner else f"alert:{alert.id}"
            grouped.setdefault(key, []).append(alert)
    out: dict[str, Incident] = {}
    for key, alerts in grouped.items():
        event = events.get(int(key.split(":", 1)[1])) if key.startswith("event:") else None
        out[key] = Incident(key, event, alerts, order, changes_of(alerts))
    return out


def _keys(db: Session, rows: Sequence[Any]) -> list[str]:
    """The card keys of alert rows (``event_id``, ``id``), in row order, without repeats."""
    roots = _roots(db, {r.event_id for r in rows if r.event_id is not None})
    return list(dict.fromkeys(_key(r.event_id, r.id, roots) for r in rows))


def _key(event_id: int | None, alert_id: str, roots: dict[int, int]) -> str:
    return f"event:{roots.get(event_id, event_id)}" if event_id is not None else f"alert:{alert_id}"


def _wanted(card: Incident, status: str | None) -> bool:
    if status == "open":
        return card.is_open
    if status == "acknowledged":
        return not card.is_open
    return True


def list_incidents(
    db: Session, principal: Principal, f: ListFilter, order: tuple[str, ...]
) -> tuple[list[Incident], bool]:
    """Cards whose alerts match ``f``, the most recently alerted first; ``status``: ``open`` (any
    alert not acknowledged), ``acknowledged`` (all acknowledged) or anything else for all.

    Returns the page and whether more follow. ``order`` is the 舆情等级 order (most urgent first)."""
    walk = scoped_alerts(principal).with_only_columns(Alert.id, Alert.event_id, Alert.created_at)
    walk = walk.where(*alert_filters(f))
    if f.status == "open":
        walk = walk.where(Alert.acknowledged_at.is_(None))
    want = f.offset + f.limit + 1
    cards: list[Incident] = []
    seen: set[str] = set()
    cursor: tuple[datetime, str] | None = None
    truncated = False
    for step in range(MAX_CHUNKS + 1):
        if step == MAX_CHUNKS:
            truncated = True
            break
        stmt = walk
        if cursor is not None:
            stmt = stmt.where(
                or_(Alert.created_at < cursor[0], and_(Alert.created_at == cursor[0], Alert.id < cursor[1]))
            )
        rows = list(db.execute(stmt.order_by(Alert.created_at.desc(), Alert.id.desc()).limit(CHUNK)))
        if not rows:
            break
        cursor = (rows[-1].created_at, rows[-1].id)
        new = [k for k in _keys(db, rows) if k not in seen]
        while new and len(cards) < want:
            # build only as many cards as the page still needs (a chunk may hold hundreds of events)
            batch, new = new[: want - len(cards)], new[want - len(cards) :]
            seen.update(batch)
            built = _cards(db, principal, batch, order)
            cards += [built[k] for k in batch if k in built and _wanted(built[k], f.status)]
        if len(cards) >= want or len(rows) < CHUNK:
            break
    page = cards[f.offset : f.offset + f.limit]
    return page, truncated or len(cards) > f.offset + f.limit


def get_incident(db: Session, principal: Principal, event_id: int, order: tuple[str, ...]) -> Incident:
    """The card of ``event_id`` (or of the event it was merged into): :class:`NotFound` when the user
    sees no alert of it."""
    root = _roots(db, [event_id]).get(event_id)
    if root is None:
        raise NotFound("事件不存在")
    card = _cards(db, principal, [f"event:{root}"], order).get(f"event:{root}")
    if card is None:
        raise NotFound("该事件没有预警")
    return card


def incidents_of(
    db: Session, principal: Principal, alerts: Sequence[Alert], order: tuple[str, ...]
) -> list[tuple[Incident, Alert]]:
    """The cards of ``alerts`` (new alerts, oldest first), each with the newest of ``alerts`` it
    holds, ordered by that alert (for the live stream: a card per event, not per alert)."""
    roots = _roots(db, {a.event_id for a in alerts if a.event_id is not None})
    newest: dict[str, Alert] = {}
    for alert in alerts:
        key = _key(alert.event_id, alert.id, roots)
        newest.pop(key, None)
        newest[key] = alert
    built = _cards(db, principal, list(newest), order)
    return [(built[k], a) for k, a in newest.items() if k in built]
