"""Statements over many rows (:mod:`alerting.bulk`, :func:`alerting.upsert.upsert_increment`) against a
real (migrated) database."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import cast

import pytest
from sqlalchemy import Table, select

from alerting.bulk import insert_many, json_text, update_many
from alerting.upsert import upsert_increment
from models.db import Event, EventVolume

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)


def _event(title: str) -> Event:
    return Event(title=title, first_seen_at=NOW, last_seen_at=NOW, created_at=NOW, updated_at=NOW)


def test_json_text_reads_back_as_the_same_value() -> None:
    value = {"居民": 0.1234, "ab": 1.0, "x": [1, "贺村镇", None, True]}
    assert json.loads(json_text(value)) == value
    assert "贺村镇" in json_text(value)  # unescaped, compact
    assert " " not in json_text(["a", "b"])


def test_update_many_sets_every_column_of_every_row(any_migrated_db) -> None:
    engine, sessions = any_migrated_db
    if engine.dialect.name != "postgresql":
        pytest.skip("update_many is the PostgreSQL statement (SQLite keeps SQLAlchemy's)")
    with sessions() as s, s.begin():
        events = [_event("一"), _event("二"), _event("三")]
        s.add_all(events)
        s.flush()
        ids = [e.id for e in events]
    rows = [
        {"id": ids[0], "grade": "large", "places": ["贺村镇", "石门镇"], "terms": {"河水": 0.5, "发黑": 0.25},
         "peak_at": NOW + timedelta(minutes=10), "item_count": 3, "co_units": ['say "hi"', "a,b{c}"]},
        {"id": ids[2], "grade": None, "places": [], "terms": {}, "peak_at": None, "item_count": 1, "co_units": []},
    ]  # fmt: skip
    with sessions() as s, s.begin():
        update_many(s, cast(Table, Event.__table__), "id", rows)
    with sessions() as s:
        got = {e.id: e for e in s.scalars(select(Event))}
    assert (got[ids[0]].grade, got[ids[0]].places) == ("large", ["贺村镇", "石门镇"])
    assert got[ids[0]].terms == {"河水": 0.5, "发黑": 0.25}
    assert got[ids[0]].peak_at == NOW + timedelta(minutes=10)
    assert (got[ids[0]].item_count, got[ids[0]].co_units) == (3, ['say "hi"', "a,b{c}"])
    assert (got[ids[2]].grade, got[ids[2]].places, got[ids[2]].peak_at, got[ids[2]].item_count) == (None, [], None, 1)
    assert (got[ids[1]].grade, got[ids[1]].item_count, got[ids[1]].title) == (None, 0, "二")  # untouched


def test_insert_many_returns_each_rows_key_in_the_order_of_the_rows(any_migrated_db) -> None:
    engine, sessions = any_migrated_db
    if engine.dialect.name != "postgresql":
        pytest.skip("insert_many is the PostgreSQL statement (SQLite keeps SQLAlchemy's)")
    titles = [f"事件{n:03d}" for n in range(120, 0, -1)]  # not in the order of any column
    rows = [
        {"title": t, "status": "open", "places": ["贺村镇"] if n % 2 else [], "terms": {"河水": 0.5} if n % 3 else {},
         "co_units": [], "sources": ["江山融媒"], "item_count": n, "negative_count": 0, "peak_volume": 1,
         "first_seen_at": NOW, "last_seen_at": NOW,
         "peak_at": None, "created_at": NOW, "updated_at": NOW + timedelta(seconds=n)}
        for n, t in enumerate(titles)
    ]  # fmt: skip
    with sessions() as s, s.begin():
        s.add(_event("先有的"))  # the sequence does not start at 1
        s.flush()
        ids = insert_many(s, cast(Table, Event.__table__), rows, returning="id")
    with sessions() as s:
        got = {e.id: e for e in s.scalars(select(Event).where(Event.id.in_(ids)))}
    assert len(ids) == len(set(ids)) == len(rows)
    assert [got[i].title for i in ids] == titles
    assert [got[i].item_count for i in ids] == list(range(len(rows)))
    assert got[ids[1]].places == ["贺村镇"] and got[ids[0]].places == []
    assert got[ids[1]].terms == {"河水": 0.5} and got[ids[3]].terms == {}
    assert got[ids[5]].updated_at == NOW + timedelta(seconds=5)


def test_upsert_increment_adds_and_returns_the_counts_in_utc(any_migrated_db) -> None:
    _engine, sessions = any_migrated_db
    with sessions() as s, s.begin():
        event = _event("一")
        s.add(event)
        s.flush()
        event_id = event.id
    buckets = [NOW, NOW + timedelta(minutes=10)]
    rows = [{"event_id": event_id, "bucket_start": b, "count": n} for b, n in zip(buckets, (2, 1), strict=True)]
    with sessions() as s, s.begin():
        first = upsert_increment(s, EventVolume, rows, keys=("event_id", "bucket_start"), returning=True)
    with sessions() as s, s.begin():
        again = upsert_increment(s, EventVolume, rows[:1], keys=("event_id", "bucket_start"), returning=True)
        assert upsert_increment(s, EventVolume, rows[1:], keys=("event_id", "bucket_start")) == []
    assert sorted(first) == [(event_id, buckets[0], 2), (event_id, buckets[1], 1)]
    assert again == [(event_id, buckets[0], 4)]
    assert again[0][1].utcoffset() == timedelta(0)
    with sessions() as s:
        stored = {b: n for b, n in s.execute(select(EventVolume.bucket_start, EventVolume.count))}
    assert stored == {buckets[0]: 4, buckets[1]: 2}
