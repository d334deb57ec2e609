"""The desk's merge and split of events, with audit records, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from alerting.errors import AlertingError, EventNotFound
from alerting.events.merge import merge_events, split_event
from alerting.handler import ClassifiedItemHandler
from alerting.store import Incoming
from models.db import AuditRecord, Event, EventVolume, Item
from models.enums import IncidentGrade
from yuqing.db.engine import transaction

NOW = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)


@pytest.fixture
def two_events(any_migrated_db, alerting_config, make_raw_item, make_classified_item):
    sessions = any_migrated_db[1]
    handler = ClassifiedItemHandler(sessions, alerting_config, None, clock=lambda: NOW)
    a = [
        make_raw_item(
            title="贺村镇自来水浑浊发黄",
            text="贺村镇居民反映自来水浑浊发黄，无法饮用。",
            published_at=NOW - timedelta(hours=2),
        ),
        make_raw_item(
            title="贺村镇自来水浑浊发黄 居民无法饮用",
            text="贺村镇自来水浑浊发黄。",
            published_at=NOW - timedelta(hours=1),
        ),
    ]
    b = [make_raw_item(title="贺村镇停水通知引不满", text="突然停水没有提前通知，商户损失严重。", published_at=NOW)]
    handler.process([Incoming(make_classified_item(r, places=("贺村镇",))) for r in a])
    handler.process([Incoming(make_classified_item(r, places=("贺村镇",), grade=IncidentGrade.LARGE)) for r in b])
    with sessions() as s:
        events = list(s.scalars(select(Event).order_by(Event.id)))
    assert [e.item_count for e in events] == [2, 1]
    return sessions, events[0].id, events[1].id, [r.id for r in a]


def test_merge_moves_items_and_recomputes(two_events):
    sessions, first, second, _ = two_events
    with transaction(sessions) as s:
        merge_events(s, first, [second], "desk-wang", NOW)
    with sessions() as s:
        target, source = s.get(Event, first), s.get(Event, second)
        assert target.item_count == 3 and target.grade == "large"
        assert target.last_seen_at == NOW and target.first_seen_at == NOW - timedelta(hours=2)
        assert source.status == "merged" and source.merged_into_id == first
        assert s.scalar(select(func.count()).select_from(Item).where(Item.event_id == first)) == 3
        assert s.scalar(select(func.sum(EventVolume.count)).where(EventVolume.event_id == first)) == 3
        actions = sorted(s.scalars(select(AuditRecord.action)))
        assert actions == ["event.merge", "event.merged_into"]
    with transaction(sessions) as s, pytest.raises(EventNotFound):
        merge_events(s, first, [second], "desk-wang", NOW)


def test_split_moves_items_into_a_new_event(two_events):
    sessions, first, _second, item_ids = two_events
    with transaction(sessions) as s:
        new = split_event(s, first, [item_ids[1]], "desk-li", NOW)
        new_id = new.id
    with sessions() as s:
        assert s.get(Event, first).item_count == 1
        assert s.get(Event, new_id).item_count == 1
        assert s.get(Item, item_ids[1]).event_id == new_id
        record = s.scalar(select(AuditRecord).where(AuditRecord.action == "event.split"))
        assert record.actor == "desk-li" and record.detail["new_event"] == new_id
    with transaction(sessions) as s, pytest.raises(AlertingError):
        split_event(s, first, [item_ids[0]], "desk-li", NOW)  # would leave the event empty
