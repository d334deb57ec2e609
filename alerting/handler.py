"""The ``items.classified`` handler of ``yuqing alert``: store, group, evaluate rules, raise alerts.

Several workers in the consumer group ``alerting`` run this at once, sharing no lock (the topic is
keyed by place, so a worker mostly owns the events of its partitions; :mod:`alerting.locks`). Each
poll batch runs in two transactions:

1. **store and group**: items not stored yet are grouped into events against the worker's mirror of
   the open events (:mod:`alerting.events.grouping`) and stored with their events (on SQLite:
   inserted first, insert-or-ignore, so a redelivered batch stores nothing twice); volumes counted;
2. **reconcile, evaluate, raise**: events two workers created for one incident at the same moment
   are merged (:mod:`alerting.events.reconcile`), then the rules are evaluated for every item of the
   batch and the alerts inserted by de-duplication key. Items of a redelivered batch (a worker died
   between the two) are evaluated again against their event's current state; the dedupe key and the
   quiet period make that raise nothing already raised.

A conflict with another worker (an event merged under the batch, a deadlock) is retried at once.
After the commit, new alerts are published on ``alerts`` for the desk's live feed (the stage
consumer flushes the producer before committing offsets) and the escalation scheduler is woken to
notify the external channels. A new alert is inserted with its first step
:data:`~alerting.raising.FEED_GRACE` in the future; once the broker acknowledged it on the feed it is
marked ``feed_published_at`` and released (``next_step_at = now``). If the process dies in between,
the scheduler picks it up after the grace and its first desk step publishes it on the feed
(at-least-once: the desk de-duplicates by alert id).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from alerting.config import AlertingConfig, AlertRulesFile
from alerting.errors import AlertingError
from alerting.escalation.scheduler import notice_for
from alerting.events.grouping import EventGrouper, Grouped, StaleEvents
from alerting.events.reconcile import find_twins, merge_twins
from alerting.events.state import STATE_COLUMNS, Assignment, EventState, state_of
from alerting.events.volume import VolumeWindows
from alerting.locks import is_sqlite, lock_events, take_write_lock
from alerting.notify.desk import alert_message
from alerting.raising import (
    AlertLedger,
    RaisedAlert,
    alert_row_for_hit,
    external_alert_row,
    insert_alert,
    insert_alerts,
)
from alerting.rules import RuleContext, build_rules, evaluate
from alerting.rules.base import Hit
from alerting.store import (
    Incoming,
    copy_items,
    first_copies,
    insert_new,
    link_events,
    sent_at_from_ms,
    stored_events,
)
from alerting.upsert import among
from models.db import Alert, Event
from models.enums import AlertKind
from models.messages import AlertMessage, ClassifiedItem
from models.timeutil import Clock, utcnow
from models.topics import ALERTS
from yuqing.bus import BusProducer
from yuqing.bus.consumer import Record
from yuqing.config_versions import LiveDocument
from yuqing.db.engine import transaction
from yuqing.errors import RetryableError

log = logging.getLogger(__name__)


MAX_ATTEMPTS = 5
"""Attempts of a batch that meets a conflict with another worker before the stage backs off."""
_CONFLICTS = {"40P01", "40001", "23505", "55P03"}  # deadlock, serialization, unique violation, lock busy


def _conflict(exc: BaseException) -> bool:
    """A conflict with another worker (retry at once), as opposed to the database being away."""
    if isinstance(exc, StaleEvents):
        return True
    code = getattr(getattr(exc, "orig", exc), "sqlstate", None)
    return code in _CONFLICTS


@dataclass
class WorkerStats:
    """What one worker did and how long it waited on others (for ``bench/e2e.py`` and logs)."""

    batches: int = 0
    items: int = 0
    """items this worker stored (first deliveries)"""
    redelivered: int = 0
    busy_s: float = 0.0
    lock_wait_s: float = 0.0
    """time spent waiting for rows another worker held locked"""
    lock_waits: int = 0
    retries: int = 0
    retry_s: float = 0.0
    """time spent in attempts that met a conflict and were retried"""
    reconciled: int = 0
    """twin events merged"""

    def as_dict(self, wall_s: float | None = None) -> dict[str, float | int]:
        waited = self.lock_wait_s + self.retry_s
        out: dict[str, float | int] = {
            "batches": self.batches,
            "items_stored": self.items,
            "redelivered": self.redelivered,
            "busy_s": round(self.busy_s, 3),
            "lock_wait_s": round(self.lock_wait_s, 3),
            "lock_waits": self.lock_waits,
            "retries": self.retries,
            "retry_s": round(self.retry_s, 3),
            "reconciled_events": self.reconciled,
            "wait_share": round(waited / self.busy_s, 4) if self.busy_s else 0.0,
        }
        if wall_s:
            out["busy_share"] = round(self.busy_s / wall_s, 4)
        return out


class ClassifiedItemHandler:
    """Handles batches of ``items.classified`` records (see module docstring)."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        config: AlertingConfig,
        producer: BusProducer | None,
        *,
        clock: Clock = utcnow,
        on_raised: Callable[[], None] | None = None,
        live_rules: LiveDocument[AlertRulesFile] | None = None,
        stats: WorkerStats | None = None,
    ) -> None:
        self.sessions = session_factory
        self.config = config
        self.producer = producer
        self.clock = clock
        self.on_raised = on_raised
        self.live_rules = live_rules
        self.grouper = EventGrouper(config.rules.grouping)
        self.rules = build_rules(config.rules)
        self.stats = stats if stats is not None else WorkerStats()

    def reload_rules(self) -> None:
        """Take the alert rules in force (edited online) before a batch: ``live_rules`` checks the
        version number at most every few seconds and parses a new version once."""
        if self.live_rules is None:
            return
        rules = self.live_rules.current()
        if rules is self.config.rules:
            return
        if rules.grouping != self.config.rules.grouping:
            self.grouper = EventGrouper(rules.grouping)
        self.config = self.config.model_copy(update={"rules": rules})
        self.rules = build_rules(rules)

    def __call__(self, batch: Sequence[Record[ClassifiedItem]]) -> list[tuple[Record[ClassifiedItem], Exception]]:
        incoming = [Incoming(r.message, sent_at_from_ms(r.timestamp_ms)) for r in batch]
        raised = self.process(incoming)
        self.publish(raised)
        return []

    def process(self, incoming: Sequence[Incoming]) -> list[str]:
        """Store and evaluate ``incoming``; return the ids of the alerts raised (committed).

        The alert rules in force are taken first (an online edit applies from this batch). A conflict
        with another worker (an event merged under the batch, a deadlock, an item stored by both) is
        retried at once, up to :data:`MAX_ATTEMPTS` times; a database that is away is a
        :class:`~yuqing.errors.RetryableError` (the stage backs off and the batch is read again)."""
        self.reload_rules()
        started = time.perf_counter()
        waits_before, contended_before = self.grouper.waits.seconds, self.grouper.waits.contended
        try:
            for attempt in range(1, MAX_ATTEMPTS + 1):
                tried = time.perf_counter()
                try:
                    return self._process(incoming)
                except Exception as exc:
                    if not _conflict(exc):
                        raise
                    self.stats.retries += 1
                    self.stats.retry_s += time.perf_counter() - tried
                    log.info("alerting: conflict with another worker (attempt %d), retrying: %s", attempt, exc)
            raise RetryableError(f"alerting: batch still conflicting after {MAX_ATTEMPTS} attempts")
        except (OperationalError, InterfaceError) as exc:
            raise RetryableError(f"database unavailable: {exc}") from exc
        finally:
            self.stats.busy_s += time.perf_counter() - started
            self.stats.lock_wait_s += self.grouper.waits.seconds - waits_before
            self.stats.lock_waits += self.grouper.waits.contended - contended_before

    def _process(self, incoming: Sequence[Incoming]) -> list[str]:
        now = self.clock()
        first = first_copies(incoming)
        grouped = Grouped()
        try:
            with transaction(self.sessions) as session:  # 1: store and group
                if is_sqlite(session):
                    new = insert_new(session, first, now)
                    grouped = self.grouper.assign(session, new, now, lambda e: link_events(session, e))
                else:
                    stored = stored_events(session, [i.message.id for i in first])
                    new = [i for i in first if i.message.id not in stored]
                    grouped = self.grouper.assign(session, new, now, lambda e: copy_items(session, new, e, now))
                self.grouper.record_topic_volume(session, new, now)
            with transaction(self.sessions) as session:  # 2: reconcile twins, evaluate rules, raise
                take_write_lock(session)
                raised = self._evaluate(session, first, grouped, now)
        except BaseException as exc:
            self.grouper.pool.discard(grouped.event_of.values())
            self.grouper.pool.refreshed_at = None  # the next attempt reads what others committed
            if isinstance(exc, StaleEvents):
                self.grouper.pool.discard(exc.ids)
            raise
        self.stats.batches += 1
        self.stats.items += len(new)
        self.stats.redelivered += len(first) - len(new)
        return [a.id for a in raised]

    def _evaluate(
        self, session: Session, first: Sequence[Incoming], grouped: Grouped, now: datetime
    ) -> list[RaisedAlert]:
        event_of = dict(grouped.event_of)
        again = [i.message.id for i in first if i.message.id not in event_of]
        if again:  # redelivered: evaluated again against their event's current state (raises nothing twice)
            event_of.update({i: e for i, e in stored_events(session, again).items() if e is not None})
        if not event_of:
            return []
        pool, cfg = self.grouper.pool, self.config.rules.grouping
        unseen = pool.refresh(session, self.grouper.since(first, now))
        pairs = find_twins(pool, grouped.created, unseen, cfg)
        if again:  # their events may have been created by a run that stopped before this check
            pairs += find_twins(pool, {event_of[i] for i in again if i in event_of}, pool.events, cfg)
        if pairs:
            into, made = merge_twins(session, pairs, now, bucket_minutes=cfg.bucket_minutes, waits=self.grouper.waits)
            self.stats.reconciled += made
            pool.discard([*into, *into.values()])
            event_of = {i: into.get(e, e) for i, e in event_of.items()}
        states = self._states(session, set(event_of.values()))
        event_of = {i: states[e].id for i, e in event_of.items() if e in states}
        created = set(grouped.created)
        assignments = []
        for inc in sorted(first, key=lambda i: i.message.item.published_at):
            event_id = event_of.get(inc.message.id)
            if event_id is not None:
                grade_up, new_places = grouped.changes.get(inc.message.id, (False, ()))
                assignments.append(Assignment(inc, states[event_id], event_id in created, grade_up, new_places))
        volumes = VolumeWindows(
            session,
            event_ids={a.event.id for a in assignments},
            topics={a.item.message.classification.topic for a in assignments},
        )
        memo: dict[object, object] = {}
        hits: list[tuple[Hit, Assignment]] = []
        decided: set[tuple[object, ...]] = set()  # a hit met again in the batch, on the same event state
        for assignment in assignments:
            ctx = RuleContext(session, assignment, cfg.bucket_minutes, now, memo, volumes)
            event = assignment.event
            for hit in evaluate(self.rules, ctx):
                seen = (hit.rule, hit.scope_key, hit.marker, event.grade, tuple(event.places))
                if seen in decided:
                    continue
                decided.add(seen)
                hits.append((hit, assignment))
        if not hits:
            return []
        ledger = self._ledger(session, (a.event.id for a in assignments), hits)
        candidates = [
            (hit, a) for hit, a in hits if alert_row_for_hit(session, hit, a, self.config, now, ledger) is not None
        ]
        if not candidates:
            return []
        # Something new to raise: lock those events and decide again on what is committed now, so
        # a worker raising for the same event at the same moment is seen (quiet period, dedupe).
        touched = {a.event.id for _hit, a in candidates}
        locked = lock_events(session, touched, (Event.merged_into_id,), self.grouper.waits)
        moved = [i for i in touched if i not in locked or locked[i].merged_into_id is not None]
        if moved:
            raise StaleEvents(moved)
        ledger = self._ledger(session, touched, candidates)
        rows = [alert_row_for_hit(session, hit, a, self.config, now, ledger) for hit, a in candidates]
        return insert_alerts(session, [r for r in rows if r is not None], now)

    def _ledger(
        self, session: Session, event_ids: Iterable[int], hits: Sequence[tuple[Hit, Assignment]]
    ) -> AlertLedger:
        """The alerts already raised for ``event_ids`` and, when there is a quiet period, for the
        other scopes of ``hits`` (topics): two queries, not one per scope."""
        ledger = AlertLedger(session, event_ids)
        if self.config.rules.quiet_minutes:
            ledger.load_scopes(hit for hit, _a in hits)
        return ledger

    def _states(self, session: Session, ids: set[int]) -> dict[int, EventState]:
        """The events ``ids`` as the rules see them (committed state); a merged one maps to where it
        went."""
        states: dict[int, EventState] = {}
        wanted, hops = set(ids), 0
        route: dict[int, int] = {}
        while wanted and hops < 8:
            rows = session.execute(select(Event.id, *STATE_COLUMNS).where(among(session, Event.id, sorted(wanted))))
            wanted = set()
            for row in rows:
                event_id = row.id
                if row.merged_into_id is not None:
                    route[event_id] = row.merged_into_id
                    wanted.add(row.merged_into_id)
                else:
                    states[event_id] = state_of(row)
            hops += 1
        for event_id in ids:
            target = event_id
            while target in route:
                target = route[target]
            if target in states:
                states[event_id] = states[target]
        return states

    def publish(self, alert_ids: Sequence[str]) -> None:
        """Publish new alerts on the desk's feed and release them to the escalation scheduler."""
        release_new_alerts(self.sessions, self.producer, alert_ids, self.clock(), self.on_raised)


def release_new_alerts(
    sessions: sessionmaker[Session],
    producer: BusProducer | None,
    alert_ids: Sequence[str],
    now: datetime,
    on_raised: Callable[[], None] | None = None,
) -> None:
    """The delivery handshake of new alerts (module docstring): publish them on the desk's feed
    (``alerts``), flush, then mark them ``feed_published_at`` and due for the escalation scheduler,
    and wake it. Without a producer (tools, tests) they are only released."""
    if not alert_ids:
        return
    values: dict[str, object] = {"next_step_at": now}
    if producer is not None:
        with sessions() as session:
            stored = {a.id: a for a in session.scalars(select(Alert).where(Alert.id.in_(list(alert_ids))))}
            for alert_id in alert_ids:  # in the order they were raised
                if alert_id in stored:
                    producer.publish(ALERTS, alert_message(notice_for(stored[alert_id], step=0, target="desk")))
        producer.flush()
        values["feed_published_at"] = now
    try:
        with transaction(sessions) as session:
            session.execute(
                update(Alert)
                .where(Alert.id.in_(alert_ids), Alert.escalation_state == "active", Alert.claimed_by.is_(None))
                .values(**values)
            )
    except (OperationalError, InterfaceError):
        # Not fatal: after FEED_GRACE the scheduler runs the alert and publishes it on the feed itself.
        log.warning("could not release %d new alerts to the escalation scheduler", len(alert_ids))
    if on_raised is not None:
        on_raised()


class ExternalAlertHandler:
    """Handles ``sources.health``: stores the collectors' source-health reports as alerts, then
    feeds them to the desk and escalates them like rule alerts (the same handshake). A message of
    another kind on that topic is rejected (dead-lettered with the reason)."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        config: AlertingConfig,
        producer: BusProducer | None = None,
        *,
        kinds: frozenset[AlertKind] = frozenset({AlertKind.SOURCE_HEALTH}),
        clock: Clock = utcnow,
        on_raised: Callable[[], None] | None = None,
    ) -> None:
        self.sessions = session_factory
        self.config = config
        self.producer = producer
        self.kinds = kinds
        self.clock = clock
        self.on_raised = on_raised

    def __call__(self, batch: Sequence[Record[AlertMessage]]) -> list[tuple[Record[AlertMessage], Exception]]:
        now = self.clock()
        added: list[str] = []
        rejected: list[tuple[Record[AlertMessage], Exception]] = []
        try:
            with transaction(self.sessions) as session:
                for record in batch:
                    if record.message.kind not in self.kinds:
                        reason = f"{record.message.kind.value} alerts do not come in on this topic"
                        rejected.append((record, AlertingError(reason)))
                        continue
                    if insert_alert(session, external_alert_row(record.message, self.config, now), now):
                        added.append(record.message.id)
        except (OperationalError, InterfaceError) as exc:
            raise RetryableError(f"database unavailable: {exc}") from exc
        release_new_alerts(self.sessions, self.producer, added, self.clock(), self.on_raised)
        return rejected
