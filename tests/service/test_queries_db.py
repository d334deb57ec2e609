"""Scoped list queries on SQLite and PostgreSQL: unit scope (lead or co-handler), place filter on
Chinese place names, text search, and that LIKE wildcards in a unit id match nothing extra."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from models.db import Case, Item, Unit
from models.enums import Role
from service.auth.principal import Principal
from service.queries.cases import list_cases
from service.queries.filters import ListFilter
from service.queries.items import list_items
from yuqing.db.engine import transaction


def principal(role: Role, unit: str | None = None) -> Principal:
    return Principal(1, "u", role, unit, "x", False)


def test_scoped_queries(any_migrated_db: Any) -> None:
    _engine, factory = any_migrated_db
    now = datetime.now(UTC)
    with transaction(factory) as s:
        for uid in ("hushan", "jiaoyu", "hu_shan"):
            s.add(Unit(id=uid, name=uid))
        s.flush()
        for n, (lead, co, places, title) in enumerate(
            [
                ("hushan", [], ["虎山街道"], "虎山积水"),
                ("jiaoyu", ["hushan"], ["双塔街道"], "学校食堂"),
                ("jiaoyu", [], [], "招生政策 100%"),
                ("hu_shan", [], [], "近似单位"),
                ("hu_shan", [], [], "颱風過境"),
            ]
        ):
            s.add(
                Item(
                    id=f"{n:032x}",
                    source_id="s",
                    source_type="rss",
                    source_tier="other",
                    title=title,
                    text="",
                    published_at=now,
                    collected_at=now,
                    stored_at=now + timedelta(seconds=n),
                    lead_unit=lead,
                    co_units=co,
                    places=places,
                )
            )
            s.add(
                Case(
                    title=title,
                    lead_unit=lead,
                    co_units=co,
                    status="dispatched",
                    anchor_at=now,
                    dispatched_at=now + timedelta(seconds=n),
                    policy={},
                    created_at=now,
                    updated_at=now,
                )
            )
    hushan = principal(Role.UNIT, "hushan")
    desk = principal(Role.DESK)
    with factory() as db:
        titles = lambda rows: sorted(r.title for r in rows[0])  # noqa: E731
        assert titles(list_items(db, hushan, ListFilter())) == ["学校食堂", "虎山积水"]
        assert titles(list_cases(db, hushan, ListFilter(status="open"))) == ["学校食堂", "虎山积水"]
        assert titles(list_items(db, principal(Role.UNIT, "hu%"), ListFilter())) == []
        assert titles(list_items(db, desk, ListFilter(place="虎山街道"))) == ["虎山积水"]
        assert titles(list_items(db, desk, ListFilter(unit="hushan"))) == ["学校食堂", "虎山积水"]
        assert titles(list_items(db, desk, ListFilter(q="100%"))) == ["招生政策 100%"]
        assert titles(list_items(db, desk, ListFilter(q="台风"))) == ["颱風過境"]  # stored as written
        assert titles(list_items(db, hushan, ListFilter(unit="jiaoyu"))) == ["学校食堂"]
        first, more_first = list_items(db, hushan, ListFilter(limit=1))
        second, more_second = list_items(db, hushan, ListFilter(limit=1, offset=1))
        assert [r.title for r in first + second] == ["学校食堂", "虎山积水"] and more_first and not more_second
        page, more = list_items(db, desk, ListFilter(limit=3))
        assert len(page) == 3 and more


def test_unit_scoped_statements_are_cached_and_keep_each_units_value(any_migrated_db: Any) -> None:
    """A co-handler match (a JSON list) is a bound parameter: the statement is compiled once for all
    units (compiling a unit's page took ~15 ms per request), and each unit still gets its own rows."""
    from sqlalchemy import select

    from service.queries.filters import json_list_contains

    _engine, factory = any_migrated_db
    now = datetime.now(UTC)
    with transaction(factory) as s:
        for n, co in enumerate([["hushan"], ["jiaoyu", "hushan"], ["hu%"], []]):
            s.add(
                Item(
                    id=f"{n:032x}", source_id="s", source_type="rss", source_tier="other", title=f"条目{n}", text="",
                    published_at=now, collected_at=now, stored_at=now, co_units=co,
                )
            )  # fmt: skip
    hits = []
    with factory() as db:
        for unit, expected in (("hushan", ["条目0", "条目1"]), ("jiaoyu", ["条目1"]), ("hu%", ["条目2"]), ("x", [])):
            stmt = select(Item.title).where(json_list_contains(Item.co_units, unit)).order_by(Item.id)
            result = db.connection().execute(stmt)
            assert [t for (t,) in result] == expected, unit
            hits.append(result.context.cache_hit.name)
    assert hits[1:] == ["CACHE_HIT"] * 3, hits
