"""Portable insert-or-ignore and insert-or-increment (SQLite and PostgreSQL ``ON CONFLICT``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ARRAY, Insert, any_, bindparam
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from alerting.bulk import upsert_increment_many
from yuqing.errors import ConfigError


def dialect_insert(session: Session, table: Any) -> Any:
    """An ``INSERT`` construct of the session's dialect (for ``on_conflict_*``)."""
    name = session.get_bind().dialect.name
    if name == "postgresql":
        return postgresql.insert(table)
    if name == "sqlite":
        return sqlite.insert(table)
    raise ConfigError(f"database {name} is not supported: set YUQING_DATABASE_URL to SQLite or PostgreSQL")


def among(session: Session, column: Any, values: Sequence[Any]) -> Any:
    """``column IN values``; on PostgreSQL as ``= ANY(array)``: one parameter however many values
    (a statement the driver prepares once, not one with a placeholder per value)."""
    if session.get_bind().dialect.name == "postgresql":
        return column == any_(bindparam(None, list(values), type_=ARRAY(column.type)))
    return column.in_(list(values))


def insert_ignore(session: Session, table: Any, rows: Sequence[dict[str, Any]], key: str) -> set[Any]:
    """Insert ``rows``, skipping any whose ``key`` exists; return the keys actually inserted."""
    if not rows:
        return set()
    core = getattr(table, "__table__", table)
    stmt: Insert = dialect_insert(session, core).on_conflict_do_nothing(index_elements=[key])
    result = session.execute(stmt.returning(core.c[key]), list(rows))
    return {row[0] for row in result}


def upsert_increment(
    session: Session, table: Any, rows: Sequence[dict[str, Any]], keys: Sequence[str], *, returning: bool = False
) -> list[tuple[Any, ...]]:
    """Insert ``rows``; where the key exists add the row's ``count`` to the stored count. With
    ``returning``, return ``(*keys, count)`` of every row after the statement (atomic per row, so
    concurrent workers never lose an increment). On PostgreSQL one statement of arrays
    (:mod:`alerting.bulk`), rows applied in the order given."""
    if not rows:
        return []
    core = getattr(table, "__table__", table)
    if session.get_bind().dialect.name == "postgresql":
        return upsert_increment_many(session, core, rows, keys, returning=returning)
    stmt = dialect_insert(session, core)
    stmt = stmt.on_conflict_do_update(index_elements=list(keys), set_={"count": core.c.count + stmt.excluded.count})
    if not returning:
        session.execute(stmt, list(rows))
        return []
    result = session.execute(stmt.returning(*(core.c[k] for k in keys), core.c.count), list(rows))
    return [tuple(row) for row in result]
