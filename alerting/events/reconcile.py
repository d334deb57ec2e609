"""Reconciling twins: events two workers created for one incident at the same moment.

Workers share no lock, so two of them can each start an event for one incident when neither sees
the other's before it commits (the items came in on different partitions). Each batch therefore
runs in two transactions: the first stores and groups, the second — before any rule is evaluated
— re-reads the open events (:meth:`~alerting.events.pool.OpenEvents.refresh`) and compares the
events the batch created with the events it had not seen while grouping. Because every worker
commits its new events before it looks, of two workers creating twins at least one sees the other's
event (the later looker sees the earlier's commit), so no pair of twins goes unnoticed.

Twins meet by the grouping rules applied to the events (SimHash within the distance, or similar
fingerprints with compatible places, or two incidents with casualties or a loss naming a place in
common at ``incident_similarity``, in overlapping time windows) and are merged as a desk merge
is (:func:`~alerting.events.merge.merge_events`, recorded with actor ``system``): into the one that
already has alerts (its alerts stay where the desk saw them), else into the older one. Since
alerts are raised only after this check, an incident's twins never both raise the same alert.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from alerting.config import GroupingConfig
from alerting.events.matcher import hamming_matrix
from alerting.events.merge import merge_events
from alerting.events.pool import OpenEvents, pool_vectors, rows_matrix
from alerting.locks import WaitClock, lock_events
from models.db import Alert, Event

ACTOR = "system"


def find_twins(
    pool: OpenEvents, mine: Iterable[int], others: Iterable[int], config: GroupingConfig
) -> list[tuple[int, int]]:
    """Pairs ``(mine, other)`` of mirrored events that meet by the grouping rules."""
    left = [pool.events[i] for i in dict.fromkeys(mine) if i in pool.events]
    right = [pool.events[i] for i in dict.fromkeys(others) if i in pool.events]
    if not left or not right:
        return []
    window = config.window_hours * 3600.0
    width = len(pool.vocab)
    lhs = rows_matrix(pool_vectors(left, config.weighting), width)  # as grouping compares them
    rhs = rows_matrix(pool_vectors(right, config.weighting), width)
    similar = (lhs @ rhs.T).toarray()
    distance = hamming_matrix([e.simhash for e in left], [e.simhash for e in right])
    pairs = []
    bar = min(config.similarity, config.incident_similarity)
    for a, x in enumerate(left):
        for b in np.flatnonzero((similar[a] >= bar) | (distance[a] <= config.simhash_distance)):
            y = right[int(b)]
            if x.id == y.id or x.first > y.last + window or y.first > x.last + window:
                continue
            close = distance[a, b] <= config.simhash_distance
            shared = bool(x.places & y.places)
            incidents_of_one_place = x.graded and y.graded and shared  # the only pair meeting below the bar
            if similar[a, b] < config.similarity and not close and not incidents_of_one_place:
                continue
            if close or not x.places or not y.places or shared:
                pairs.append((x.id, y.id))
    return pairs


def merge_twins(
    session: Session,
    pairs: Sequence[tuple[int, int]],
    now: datetime,
    *,
    bucket_minutes: int,
    waits: WaitClock | None = None,
) -> tuple[dict[int, int], int]:
    """Merge each pair (under row locks, in id order). Returns ``merged id → surviving id`` (also
    for twins another worker merged first) and how many merges this call made."""
    into: dict[int, int] = {}
    made = 0

    def final(event_id: int) -> int:
        while event_id in into:
            event_id = into[event_id]
        return event_id

    for a, b in pairs:
        a, b = final(a), final(b)
        for _ in range(8):  # follow merges made by others meanwhile (a chain is short)
            rows = lock_events(session, (a, b), (Event.merged_into_id,), waits)
            moved = {i: r.merged_into_id for i, r in rows.items() if r.merged_into_id is not None}
            if not moved:
                break
            into.update(moved)
            a, b = final(a), final(b)
        if a == b or len(rows) < 2:
            continue
        alerted = {i for i in session.scalars(select(Alert.event_id).where(Alert.event_id.in_((a, b))).distinct()) if i}
        target = min(alerted) if alerted else min(a, b)
        source = b if target == a else a
        merge_events(session, target, [source], ACTOR, now, bucket_minutes=bucket_minutes, reason="reconcile")
        into[source] = target
        made += 1
    return {source: final(source) for source in into}, made
