"""PostgreSQL statements over many rows with one array parameter per column (``unnest``).

SQLAlchemy runs a statement over many rows either as a pipeline of one statement per row (an
``UPDATE``: per-row parameter conversion and a JSON encoding per value) or as one ``INSERT`` with a
placeholder per value, whose text is different for every batch size (the driver parses it again
each time). Passing each column as one array instead gives one short statement whatever the number
of rows, which the driver prepares once. The rows are applied in the order given (``unnest`` keeps
it), so statements that lock rows still lock them in the caller's order.

JSON values are encoded with :func:`json_text`: compact, non-ASCII characters as they are (what
``COPY`` of the items writes too); PostgreSQL stores the same values as before and matches them with
JSONB containment, which does not depend on the encoding. SQLite keeps SQLAlchemy's statements (its
text matching of JSON lists expects ``json.dumps``'s escaped form).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

import pydantic_core
from sqlalchemy import JSON, Table
from sqlalchemy.orm import Session


def json_text(value: Any) -> str:
    """``value`` as compact JSON text, non-ASCII characters unescaped (about 4× faster than
    ``json.dumps`` on an event's fingerprint; the same value when read back)."""
    return pydantic_core.to_json(value).decode("utf-8")


def unnest_rows(
    session: Session,
    table: Table,
    names: Sequence[str],
    rows: Sequence[Mapping[str, Any]],
    *,
    ordinality: bool = False,
) -> tuple[str, dict[str, Any]]:
    """``unnest(…) AS v(names…)`` over ``rows`` and its parameters: one array per column, cast to the
    column's type (JSON values encoded with :func:`json_text`; ``None`` stays SQL ``NULL``). With
    ``ordinality``, ``v`` also has ``ord``: each row's position (from 1)."""
    dialect = session.get_bind().dialect
    arrays, params = [], {}
    for k, name in enumerate(names):
        column = table.c[name]
        values = [row[name] for row in rows]
        if isinstance(column.type, JSON):
            values = [None if v is None else json_text(v) for v in values]
        arrays.append(f"CAST(%(a{k})b AS {column.type.compile(dialect=dialect)}[])")
        params[f"a{k}"] = values
    ordinal = " WITH ORDINALITY" if ordinality else ""
    columns = ", ".join([*names, "ord"] if ordinality else names)
    return f"unnest({', '.join(arrays)}){ordinal} AS v({columns})", params


def insert_many(session: Session, table: Table, rows: Sequence[Mapping[str, Any]], *, returning: str) -> list[Any]:
    """PostgreSQL: insert ``rows`` (each a mapping with the same columns) in one statement; the
    ``returning`` column (a key the database generates) of each row, in the order of ``rows``.

    The rows are inserted in their order (``ORDER BY`` their position), so a serial key is drawn
    in that order: the generated keys, ascending, are the rows' own (other sessions drawing from
    the same sequence meanwhile only leave gaps)."""
    if not rows:
        return []
    names = list(rows[0])
    source, params = unnest_rows(session, table, names, rows, ordinality=True)
    columns = ", ".join(names)
    sql = (  # only the table's own names go into the text; every value is a parameter
        f"INSERT INTO {table.name} ({columns}) SELECT {columns} FROM {source} "  # noqa: S608
        f"ORDER BY v.ord RETURNING {returning}"
    )
    return sorted(value for (value,) in session.connection().exec_driver_sql(sql, params))


def update_many(session: Session, table: Table, key: str, rows: Sequence[Mapping[str, Any]]) -> None:
    """PostgreSQL: set the columns of ``rows`` (each a mapping with ``key`` and the same columns) on
    the rows of ``table`` whose ``key`` matches, in one statement."""
    if not rows:
        return
    names = [key, *(n for n in rows[0] if n != key)]
    source, params = unnest_rows(session, table, names, rows)
    assignments = ", ".join(f"{n} = v.{n}" for n in names if n != key)
    # Only the table's own names go into the text; every value is a parameter.
    sql = f"UPDATE {table.name} SET {assignments} FROM {source} WHERE {table.name}.{key} = v.{key}"  # noqa: S608
    session.connection().exec_driver_sql(sql, params)


def upsert_increment_many(
    session: Session, table: Table, rows: Sequence[Mapping[str, Any]], keys: Sequence[str], *, returning: bool
) -> list[tuple[Any, ...]]:
    """PostgreSQL: :func:`alerting.upsert.upsert_increment` in one statement of arrays."""
    names = [*keys, "count"]
    source, params = unnest_rows(session, table, names, rows)
    columns = ", ".join(names)
    sql = (  # only the table's own names go into the text; every value is a parameter
        f"INSERT INTO {table.name} ({columns}) SELECT {columns} FROM {source} "  # noqa: S608
        f"ON CONFLICT ({', '.join(keys)}) DO UPDATE SET count = {table.name}.count + excluded.count"
    )
    if returning:
        sql += f" RETURNING {columns}"
    result = session.connection().exec_driver_sql(sql, params)
    if not returning:
        return []
    # The driver's times are in the session's time zone; the ORM's columns give UTC (UTCDateTime).
    return [tuple(v.astimezone(UTC) if isinstance(v, datetime) else v for v in row) for row in result]
