"""Grouping without a lock shared by all workers: twins reconciled before any alert, a batch stored
but never evaluated is evaluated when it comes again, a whole batch is matched as if item by item,
and workers on different incidents never wait for each other."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from typing import Any

import numpy as np
import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from alerting.events.matcher import BatchItem, PoolSide, match_batch
from alerting.events.pool import OpenEvents, Vocabulary, rows_matrix, unit_vector
from alerting.events.similarity import bigram_counts
from alerting.handler import ClassifiedItemHandler
from alerting.store import Incoming
from models.db import Alert, AuditRecord, Event, Item
from models.enums import IncidentGrade
from tests.alerting.test_events_and_rules import FIRE_REPORTS, FOOD_REPORT
from yuqing.errors import RetryableError

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)


def _reports(make_raw_item, make_classified_item, reports, town="虎山街道", **cls) -> list[Incoming]:
    return [
        Incoming(
            make_classified_item(
                make_raw_item(source_id=f"{s}-{i}", title=t, text=x, published_at=NOW - timedelta(minutes=20 - i)),
                places=(town,),
                lead_unit="hushan",
                **cls,
            )
        )
        for i, (s, t, x) in enumerate(reports)
    ]


def _pause_after_first_refresh(handler: ClassifiedItemHandler, barrier: threading.Barrier) -> None:
    """Hold the handler after it read the open events for grouping, until the other one has too:
    neither sees the other's new event before grouping (the race twins come from)."""
    pool: OpenEvents = handler.grouper.pool
    original = pool.refresh
    calls = [0]

    def refresh(session: Any, since: datetime, **kwargs: Any) -> set[int]:
        seen = original(session, since, **kwargs)
        calls[0] += 1
        if calls[0] == 1:
            barrier.wait()
        return seen

    pool.refresh = refresh  # type: ignore[method-assign]


def test_twins_created_at_one_moment_are_merged_before_any_alert(
    any_migrated_db, alerting_config, make_raw_item, make_classified_item
):
    engine, sessions = any_migrated_db
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite runs one writer at a time: twins cannot be created there")
    fire = _reports(make_raw_item, make_classified_item, FIRE_REPORTS[:2], grade=IncidentGrade.LARGE)
    one = ClassifiedItemHandler(sessions, alerting_config, None, clock=lambda: NOW)
    two = ClassifiedItemHandler(sessions, alerting_config, None, clock=lambda: NOW)
    barrier = threading.Barrier(2, timeout=30)
    for handler in (one, two):
        _pause_after_first_refresh(handler, barrier)
    raised: list[str] = []
    errors: list[BaseException] = []

    def run(handler: ClassifiedItemHandler, item: Incoming) -> None:
        try:
            raised.extend(handler.process([item]))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(h, i)) for h, i in ((one, fire[0]), (two, fire[1]))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors
    with sessions() as s:
        events = list(s.scalars(select(Event).order_by(Event.id)))
        assert len(events) == 2, "each worker created an event: twins"
        survivor = next(e for e in events if e.merged_into_id is None)
        assert survivor.item_count == 2
        assert {i.event_id for i in s.scalars(select(Item))} == {survivor.id}
        assert sorted(s.scalars(select(Alert.rule))) == sorted(set(s.scalars(select(Alert.rule))))
        assert list(s.scalars(select(Alert.event_id).distinct())) == [survivor.id]
        merge = s.scalar(select(AuditRecord).where(AuditRecord.action == "event.merge"))
        assert merge is not None and merge.actor == "system" and merge.detail["reason"] == "reconcile"
    assert one.stats.reconciled + two.stats.reconciled == 1
    assert "grade-large" in {r for r in _rules(sessions, raised)}


def _rules(sessions, alert_ids: list[str]) -> list[str]:
    with sessions() as s:
        return list(s.scalars(select(Alert.rule).where(Alert.id.in_(alert_ids))))


def test_a_batch_stored_but_not_evaluated_is_evaluated_when_it_comes_again(
    any_migrated_db, alerting_config, make_raw_item, make_classified_item
):
    """A worker that dies after storing a batch and before evaluating it: the batch is delivered
    again (offsets were not committed), its items are found stored, and its rules are evaluated
    then — once."""
    _engine, sessions = any_migrated_db
    handler = ClassifiedItemHandler(sessions, alerting_config, None, clock=lambda: NOW)
    fire = _reports(make_raw_item, make_classified_item, FIRE_REPORTS[:3], grade=IncidentGrade.LARGE)
    evaluate = handler._evaluate
    handler._evaluate = lambda *a: (_ for _ in ()).throw(OperationalError("SELECT 1", {}, Exception("gone")))  # type: ignore[method-assign]
    with pytest.raises(RetryableError):
        handler.process(fire)
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(Item)) == 3
        assert s.scalar(select(func.count()).select_from(Alert)) == 0
    handler._evaluate = evaluate  # type: ignore[method-assign]
    raised = handler.process(fire)
    assert "grade-large" in _rules(sessions, raised)
    assert handler.process(fire) == [], "evaluated again, nothing is raised twice"
    with sessions() as s:
        assert s.scalar(select(Event.item_count)) == 3


def test_a_batch_is_grouped_as_item_by_item(any_migrated_db, alerting_config, make_raw_item, make_classified_item):
    _engine, sessions = any_migrated_db
    reports = [*FIRE_REPORTS, FOOD_REPORT, *FIRE_REPORTS[:2]]
    items = _reports(make_raw_item, make_classified_item, reports)
    whole = ClassifiedItemHandler(sessions, alerting_config, None, clock=lambda: NOW)
    whole.process(items)
    with sessions() as s:
        grouped = {i.id: i.event_id for i in s.scalars(select(Item))}
    by_batch = _partition([grouped[i.message.id] for i in items])
    assert by_batch == [[0, 1, 2, 3, 4, 6, 7], [5]]  # the fire reports, the food report


def _partition(labels: list[int | None]) -> list[list[int]]:
    groups: dict[int | None, list[int]] = {}
    for k, label in enumerate(labels):
        groups.setdefault(label, []).append(k)
    return sorted(groups.values())


def test_a_grown_events_similarity_is_the_centroids():
    """An event that an earlier item of the batch joined is matched by the cosine with its centroid
    (its stored fingerprint weighted by its item count, plus the new item), exactly."""
    vocab = Vocabulary()
    stored, same, other = (
        unit_vector(vocab, *bigram_counts("", t)) for t in (FIRE_REPORTS[0][2], FIRE_REPORTS[0][2], FIRE_REPORTS[1][2])
    )
    width = len(vocab)
    pool = PoolSide(
        vectors=rows_matrix([stored], width),
        first=np.array([0.0]),
        last=np.array([0.0]),
        places=[frozenset()],
        simhash=[None],
        item_count=np.array([3.0]),
    )
    items = [BatchItem(published=0.0, places=frozenset(), simhash=None) for _ in range(2)]
    matrix = rows_matrix([same, other], width)
    dense = matrix.toarray()
    centroid = 3.0 * pool.vectors.toarray()[0] + dense[0]
    exact = float(dense[1] @ centroid / np.linalg.norm(centroid))
    assert 0.3 < exact < 0.99
    joined = match_batch(items, matrix, pool, similarity=exact - 1e-9, simhash_distance=3, window_s=3600)
    apart = match_batch(items, matrix, pool, similarity=exact + 1e-9, simhash_distance=3, window_s=3600)
    assert joined == [0, 0] and apart == [0, 1]


def test_workers_on_different_incidents_never_wait_for_each_other(
    any_migrated_db, alerting_config, make_raw_item, make_classified_item
):
    engine, sessions = any_migrated_db
    if engine.dialect.name != "postgresql":
        pytest.skip("row locks are PostgreSQL's; SQLite runs one writer at a time")
    towns = ["虎山街道", "双塔街道"]
    handlers = [ClassifiedItemHandler(sessions, alerting_config, None, clock=lambda: NOW) for _ in towns]
    batches = [
        [
            _reports(make_raw_item, make_classified_item, FIRE_REPORTS, town=t, grade=IncidentGrade.LARGE)
            for _ in range(4)
        ]
        for t in towns
    ]
    for handler, first in zip(handlers, batches, strict=True):
        handler.process(first[0])  # each worker's incident exists before the race
    barrier = threading.Barrier(2, timeout=30)
    errors: list[BaseException] = []

    def run(handler: ClassifiedItemHandler, rest: list[list[Incoming]]) -> None:
        try:
            for batch in rest:
                barrier.wait()
                handler.process(batch)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(h, b[1:])) for h, b in zip(handlers, batches, strict=True)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors
    # No event is shared; the only rows both touch are their topic's volume counters, locked for the
    # last statement before each commit.
    assert ["events" in h.grouper.waits.by_table for h in handlers] == [False, False]
    assert [h.stats.retries for h in handlers] == [0, 0]
    with sessions() as s:
        assert sorted(s.scalars(select(Event.item_count))) == [20, 20]
