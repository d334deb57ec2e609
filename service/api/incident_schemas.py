"""Public shapes of the desk's incident cards (one card per event): the API, the live stream and the
desk page all show :class:`IncidentPublic`, built once by :func:`incident_public`."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from models.enums import AlertKind, IncidentGrade
from service.api.types import SaneDatetime
from service.names import Names
from service.queries.incidents import Change, Incident


class RuleChip(BaseModel):
    """A rule the incident met: its id and its name."""

    id: str
    name: str


class IncidentPublic(BaseModel):
    """One incident: its highest 舆情等级, every rule it met, the newest reason, the item count;
    ``acknowledged`` when every alert is; ``changed`` (with ``changes``) when it came back after a
    material change (grade up, new place, new spike)."""

    key: str = Field(description="``event:<id>``, or ``alert:<id>`` for an alert without an event")
    kind: str = Field(description="What raised the newest alert: rule, source_health or deadline")
    event_id: int | None
    title: str
    level: str = Field(description="The highest 舆情等级 of its alerts")
    level_colour: str | None
    grade: str | None
    grade_label: str | None
    places: list[str]
    units: list[str]
    unit_names: list[str]
    rules: list[RuleChip]
    reason: str = Field(description="The newest alert's reason")
    item_count: int
    alert_count: int
    open_alert_count: int
    alert_ids: list[str]
    first_alert_at: datetime
    last_alert_at: datetime
    acknowledged: bool
    acknowledged_at: datetime | None
    acknowledged_by: str | None
    changed: bool
    changes: list[str]


class IncidentsPublic(BaseModel):
    data: list[IncidentPublic]
    count: int
    has_more: bool


class IncidentAckRequest(BaseModel):
    """Acknowledge the incident's alerts raised up to ``upto`` (default: all open ones now): the
    card the desk saw, not an alert that arrived since."""

    upto: SaneDatetime | None = None


class IncidentAckPublic(BaseModel):
    acknowledged: list[str] = Field(description="Ids of the alerts this call acknowledged")
    incident: IncidentPublic


def change_text(change: Change, card: Incident, names: Names) -> str:
    """A change as the desk reads it (names, never ids)."""
    rule = rule_name(card, change.rule, names) if change.rule else ""
    if change.kind == "grade":
        return f"等级升至{_grade_label(change.grade) or '—'}"
    if change.kind == "places":
        return "新地点：" + "、".join(change.places)
    if change.kind == "rule":
        return f"新触发：{rule}"
    return f"再次触发：{rule}" + (f"（{change.reason}）" if change.reason else "")


def _grade_label(grade: str | None) -> str | None:
    return IncidentGrade(grade).label if grade is not None and grade in IncidentGrade._value2member_map_ else grade


def rule_name(card: Incident, rule: str, names: Names) -> str:
    """The rule's name from ``alert_rules.yaml``, else the name its alert carries, else what kind of
    alert it is (信源异常, 时限提醒)."""
    if rule in names.rules:
        return names.rule(rule)
    alert = next(a for a in reversed(card.alerts) if a.rule == rule)
    given = (alert.detail or {}).get("rule_name")
    if given:
        return str(given)
    return AlertKind(alert.kind).label if alert.kind in AlertKind._value2member_map_ else rule


def incident_public(card: Incident, names: Names) -> IncidentPublic:
    acked = card.last_acknowledged
    return IncidentPublic(
        key=card.key,
        kind=card.newest.kind,
        event_id=card.event_id,
        title=card.title,
        level=card.level,
        level_colour=card.level_colour,
        grade=card.grade,
        grade_label=_grade_label(card.grade),
        places=[str(p) for p in card.places],
        units=card.units,
        unit_names=[names.unit(u) for u in card.units],
        rules=[RuleChip(id=r, name=rule_name(card, r, names)) for r in card.rules],
        reason=card.reason,
        item_count=card.item_count,
        alert_count=len(card.alerts),
        open_alert_count=len(card.open_alerts),
        alert_ids=[a.id for a in card.alerts],
        first_alert_at=card.first_at,
        last_alert_at=card.last_at,
        acknowledged=not card.is_open,
        acknowledged_at=acked.acknowledged_at if acked else None,
        acknowledged_by=acked.acknowledged_by if acked else None,
        changed=card.changed,
        changes=[change_text(c, card, names) for c in card.changes],
    )
