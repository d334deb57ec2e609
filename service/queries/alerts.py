"""Alert queries for the desk's feed (newest first) and the live stream (newer than a point)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import ColumnElement, Select, and_, or_, select
from sqlalchemy.orm import Session

from models.db.alerts import Alert
from service.auth.principal import Principal
from service.errors import NotFound
from service.queries.filters import ListFilter, json_list_contains, text_search
from service.queries.visibility import alert_visible


def scoped_alerts(principal: Principal) -> Select[Alert]:
    """Every alert for staff; for a unit user what :mod:`service.queries.visibility` allows."""
    stmt = select(Alert)
    if principal.is_unit:
        stmt = stmt.where(alert_visible(principal.unit_id or ""))
    return stmt


def alert_filters(f: ListFilter) -> list[ColumnElement[bool]]:
    """The conditions of ``f`` on alerts, except ``status`` (shared by the alert and incident lists).

    ``topic`` names an alert rule here."""
    conds: list[ColumnElement[bool]] = []
    since, until = f.bounds()
    if since:
        conds.append(Alert.created_at >= since)
    if until:
        conds.append(Alert.created_at < until)
    if f.grade:
        conds.append(Alert.grade == f.grade)
    if f.unit:
        conds.append(json_list_contains(Alert.units, f.unit))
    if f.place:
        conds.append(json_list_contains(Alert.places, f.place))
    if f.topic:
        conds.append(Alert.rule == f.topic)
    if f.q:
        conds.append(text_search([Alert.title, Alert.summary], f.q))
    return conds


def list_alerts(db: Session, principal: Principal, f: ListFilter) -> tuple[list[Alert], bool]:
    """``status``: ``open`` (not acknowledged) or ``acknowledged``."""
    stmt = scoped_alerts(principal).where(*alert_filters(f))
    if f.status == "open":
        stmt = stmt.where(Alert.acknowledged_at.is_(None))
    elif f.status == "acknowledged":
        stmt = stmt.where(Alert.acknowledged_at.is_not(None))
    stmt = stmt.order_by(Alert.created_at.desc(), Alert.id.desc()).offset(f.offset).limit(f.limit + 1)
    rows = list(db.scalars(stmt))
    return rows[: f.limit], len(rows) > f.limit


def alerts_after(
    db: Session, principal: Principal, created_at: datetime, alert_id: str, limit: int = 100
) -> list[Alert]:
    """Alerts after the cursor ``(created_at, id)``, oldest first (for the live stream)."""
    stmt = (
        scoped_alerts(principal)
        .where(or_(Alert.created_at > created_at, and_(Alert.created_at == created_at, Alert.id > alert_id)))
        .order_by(Alert.created_at, Alert.id)
        .limit(limit)
    )
    return list(db.scalars(stmt))


def alerts_by_id(db: Session, principal: Principal, alert_ids: Sequence[str]) -> dict[str, Alert]:
    """The alerts of ``alert_ids`` this user may see (for the live stream)."""
    if not alert_ids:
        return {}
    return {a.id: a for a in db.scalars(scoped_alerts(principal).where(Alert.id.in_(list(set(alert_ids)))))}


def get_alert(db: Session, principal: Principal, alert_id: str) -> Alert:
    alert = db.scalar(scoped_alerts(principal).where(Alert.id == alert_id))
    if alert is None:
        raise NotFound("预警不存在")
    return alert
