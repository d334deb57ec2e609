"""Storing items by ``COPY`` (:func:`alerting.store.copy_items`, PostgreSQL) stores what the
insert path (:func:`alerting.store.item_row`) stores, whatever characters the values hold."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from alerting.copytext import text_field
from alerting.store import Incoming, copy_items, item_row
from models.db import Event, Item
from models.enums import IncidentGrade
from models.messages import Engagement

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
AWKWARD = 'tab\there, line\nbreak, return\r, back\\slash, \\N, quote " and \\t literally, 贺村镇'


def test_text_field_escapes_what_the_copy_text_format_needs() -> None:
    assert text_field(None) == "\\N"
    assert text_field("a\tb\nc\rd\\e") == "a\\tb\\nc\\rd\\\\e"
    assert text_field("\\N") == "\\\\N"  # the string, not NULL
    assert text_field("贺村镇 \b\f") == "贺村镇 \b\f"  # other characters stand for themselves


def _stored(item: Item) -> dict[str, Any]:
    return {c.name: getattr(item, c.name) for c in Item.__table__.columns if c.name not in {"stored_at", "event_id"}}


def test_copy_stores_the_same_row_as_the_insert_path(any_migrated_db, make_raw_item, make_classified_item) -> None:
    engine, sessions = any_migrated_db
    if engine.dialect.name != "postgresql":
        pytest.skip("COPY is the PostgreSQL path")
    awkward = make_classified_item(
        make_raw_item(
            title=AWKWARD, text=AWKWARD * 3, author="某\t人", region=None, url=None,
            engagement=Engagement(likes=3, views=None), simhash="ffffffffffffffff", copies=2,
            published_at=NOW + timedelta(days=1),  # in the future: clamped to now
        ),
        places=("贺村镇", 'say "hi"\n'), co_units=("u\\1",), lead_unit="交通局", grade=IncidentGrade.LARGE,
        grade_reasons=(AWKWARD,), urgency=0.125, topic_terms=("a\tb",),
    )  # fmt: skip
    plain = make_classified_item(negative=False, sentiment_score=0.1)
    batch = [Incoming(awkward, NOW - timedelta(seconds=3)), Incoming(plain, None)]
    with sessions() as s, s.begin():
        event = Event(title="事件", first_seen_at=NOW, last_seen_at=NOW, created_at=NOW, updated_at=NOW)
        s.add(event)
        s.flush()
        copy_items(s, batch, {i.message.id: event.id for i in batch}, NOW)
    with sessions() as s:
        got = {i.id: i for i in s.scalars(select(Item))}
        assert {i.event_id for i in got.values()} == {event.id}
        for incoming in batch:
            expected = item_row(incoming, NOW)
            stored = _stored(got[incoming.message.id])
            assert stored == {k: v for k, v in expected.items() if k in stored}
        assert got[awkward.id].published_at == NOW
        assert got[awkward.id].stored_at == NOW
