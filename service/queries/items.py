"""Item queries for the desk, the unit inbox and the API."""

from __future__ import annotations

from sqlalchemy import ColumnElement, Select, select, union
from sqlalchemy.orm import Session

from models.db import Item
from service.auth.principal import Principal
from service.errors import NotFound
from service.queries.filters import ListFilter, json_list_contains, text_search, unit_scope
from service.queries.visibility import item_branches, item_visible


def scoped_items(principal: Principal) -> Select[Item]:
    """Every item for staff; for a unit user what :mod:`service.queries.visibility` allows."""
    stmt = select(Item)
    if principal.is_unit:
        stmt = stmt.where(item_visible(principal.unit_id or ""))
    return stmt


def list_items(db: Session, principal: Principal, f: ListFilter) -> tuple[list[Item], bool]:
    """Newest items first (by storage time); returns the page and whether more follow.

    A unit-scoped list (a unit user, or the ``unit`` filter: what that unit sees) is the union of
    index-ordered branches (:func:`~service.queries.visibility.item_branches`: items led by the
    unit, items naming it as a co-handler, items of its cases' events, items of events routed to
    it), each cut at the page end: its cost does not grow with the table, however few items the
    unit has.
    """
    conds: list[ColumnElement[bool]] = []
    since, until = f.bounds()
    if since:
        conds.append(Item.stored_at >= since)
    if until:
        conds.append(Item.stored_at < until)
    if f.topic:
        conds.append(Item.topic == f.topic)
    if f.grade:
        conds.append(Item.grade == f.grade)
    if f.place:
        conds.append(json_list_contains(Item.places, f.place))
    if f.q:
        conds.append(text_search([Item.title, Item.text], f.q))
    scope = principal.unit_id if principal.is_unit else f.unit
    if principal.is_unit and f.unit:
        conds.append(unit_scope(Item.lead_unit, Item.co_units, f.unit))
    if scope:
        end = f.offset + f.limit + 1
        branches = [
            select(Item.id, Item.stored_at).where(match, *conds).order_by(Item.stored_at.desc()).limit(end).subquery()
            for match in item_branches(scope)
        ]
        ids = union(*(select(b.c.id, b.c.stored_at) for b in branches)).subquery()
        stmt = select(Item).join(ids, Item.id == ids.c.id)
    else:
        stmt = select(Item).where(*conds)
    stmt = stmt.order_by(Item.stored_at.desc(), Item.id.desc()).offset(f.offset).limit(f.limit + 1)
    rows = list(db.scalars(stmt))
    return rows[: f.limit], len(rows) > f.limit


def get_item(db: Session, principal: Principal, item_id: str) -> Item:
    """One item, or :class:`NotFound` if it does not exist or is not visible to this user."""
    item = db.scalar(scoped_items(principal).where(Item.id == item_id))
    if item is None:
        raise NotFound("条目不存在")
    return item
