"""List filters shared by the list endpoints, and the SQL helpers that apply them.

JSON list columns (``places``, ``co_units``, ``units``) are matched with JSONB containment on
PostgreSQL (GIN-indexed) and on their stored JSON text (what ``json.dumps`` wrote) elsewhere.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import Boolean, ColumnElement, String, cast, literal, or_
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.visitors import InternalTraversal

from models.timeutil import ensure_aware
from service.api.types import SaneDatetime, Text
from yuqing.traditional import traditional_forms


class Page(BaseModel):
    limit: int = Field(default=50, ge=1, le=200)
    offset: int = Field(default=0, ge=0, le=100_000)


class ListFilter(Page):
    """Filters and page of the list endpoints; all optional, combined with AND."""

    since: SaneDatetime | None = None
    until: SaneDatetime | None = None
    topic: Text | None = Field(default=None, max_length=100)
    grade: Text | None = Field(default=None, max_length=40)
    unit: Text | None = Field(default=None, max_length=100)
    place: Text | None = Field(default=None, max_length=100)
    status: Text | None = Field(default=None, max_length=40)
    q: Text | None = Field(default=None, max_length=200)

    def bounds(self) -> tuple[datetime | None, datetime | None]:
        return (
            ensure_aware(self.since) if self.since else None,
            ensure_aware(self.until) if self.until else None,
        )


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class JsonListContains(ColumnElement[bool]):
    """``value`` is an element of the JSON list in ``column``.

    PostgreSQL: ``CAST(column AS JSONB) @> '["value"]'`` (served by the GIN indexes of migration
    ``0300_service``); elsewhere a text match on the stored JSON encoding. The value is a bound
    parameter, so statements using it are compiled once and cached like any other (a unit's page
    compiled for ~15 ms on every request before).
    """

    type = Boolean()
    inherit_cache = True
    _traverse_internals = [  # noqa: RUF012 (SQLAlchemy declares it as an instance variable)
        ("column", InternalTraversal.dp_clauseelement),
        ("as_list", InternalTraversal.dp_clauseelement),
        ("as_pattern", InternalTraversal.dp_clauseelement),
    ]

    def __init__(self, column: Any, value: str) -> None:
        self.column = column.__clause_element__() if hasattr(column, "__clause_element__") else column
        self.as_list = literal(json.dumps([value]), String)
        self.as_pattern = literal(f"%{_like_escape(json.dumps(value))}%", String)


@compiles(JsonListContains)
def _contains_text(element: JsonListContains, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(cast(element.column, String).like(element.as_pattern, escape="\\"), **kw))


@compiles(JsonListContains, "postgresql")
def _contains_jsonb(element: JsonListContains, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(cast(element.column, JSONB).op("@>")(cast(element.as_list, JSONB)), **kw))


def json_list_contains(column: Any, value: str) -> ColumnElement[bool]:
    """``value`` is an element of the JSON list in ``column`` (see :class:`JsonListContains`)."""
    return JsonListContains(column, value)


def unit_scope(lead_column: Any, co_column: Any, unit_id: str) -> ColumnElement[bool]:
    """Rows whose lead unit is ``unit_id`` or that name it as a co-handler."""
    return or_(lead_column == unit_id, json_list_contains(co_column, unit_id))


def text_search(columns: list[Any], q: str) -> ColumnElement[bool]:
    """``q`` in any of ``columns`` (Latin letters in any case), in its traditional spellings too:
    text is stored as written, so a search for ``台风`` finds a repost's ``颱風``
    (:func:`yuqing.traditional.traditional_forms`)."""
    patterns = [f"%{_like_escape(w)}%" for w in traditional_forms(q.strip())]
    return or_(*(c.ilike(p, escape="\\") for p in patterns for c in columns))
