"""Item queries for the desk, the unit inbox and the API."""

from __future__ import annotations

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from models.db import Item
from service.auth.principal import Principal
from service.errors import NotFound
from service.queries.filters import ListFilter, json_list_contains, text_search, unit_scope


def scoped_items(principal: Principal) -> Select[tuple[Item]]:
    """All items this user may see: every item for staff, only its unit's for a unit user."""
    stmt = select(Item)
    if principal.is_unit:
        stmt = stmt.where(unit_scope(Item.lead_unit, Item.co_units, principal.unit_id or ""))
    return stmt


def list_items(db: Session, principal: Principal, f: ListFilter) -> tuple[list[Item], bool]:
    """Newest items first (by storage time); returns the page and whether more follow."""
    stmt = scoped_items(principal)
    since, until = f.bounds()
    if since:
        stmt = stmt.where(Item.stored_at >= since)
    if until:
        stmt = stmt.where(Item.stored_at < until)
    if f.topic:
        stmt = stmt.where(Item.topic == f.topic)
    if f.grade:
        stmt = stmt.where(Item.grade == f.grade)
    if f.unit:
        stmt = stmt.where(unit_scope(Item.lead_unit, Item.co_units, f.unit))
    if f.place:
        stmt = stmt.where(json_list_contains(Item.places, f.place))
    if f.q:
        stmt = stmt.where(text_search([Item.title, Item.text], f.q))
    stmt = stmt.order_by(Item.stored_at.desc(), Item.id.desc()).offset(f.offset).limit(f.limit + 1)
    rows = list(db.scalars(stmt))
    return rows[: f.limit], len(rows) > f.limit


def get_item(db: Session, principal: Principal, item_id: str) -> Item:
    """One item, or :class:`NotFound` if it does not exist or is not visible to this user."""
    item = db.scalar(scoped_items(principal).where(Item.id == item_id))
    if item is None:
        raise NotFound("条目不存在")
    return item
