"""Runs due escalation steps. Safe to run in several processes at once.

Each due alert is claimed with one conditional ``UPDATE`` (only if unclaimed or its claim expired),
so two schedulers never work on the same alert together. Steps are sent first and then recorded
``step_done`` under a unique ``step_key``: a crash in between re-sends (at-least-once), and a
recorded step is never run again.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, cast

from sqlalchemy import Table, bindparam, insert, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from alerting.escalation.plan import ACTIVE, LogEntry, plan
from alerting.notify import AlertNotice, DeliveryResult, Dispatcher, Recipients
from alerting.upsert import insert_ignore
from models.db import Alert, AlertLog, Delivery, Unit
from models.timeutil import Clock, utcnow
from yuqing.db.engine import transaction

log = logging.getLogger(__name__)


def notice_for(alert: Alert, *, step: int, target: str, unit_names: Sequence[str] = ()) -> AlertNotice:
    """The channel-independent notice for ``alert`` at escalation ``step`` to ``target``."""
    return AlertNotice(
        id=alert.id,
        kind=alert.kind,
        rule=(alert.detail or {}).get("rule_name") or alert.rule,
        level=alert.level,
        level_colour=alert.level_colour,
        title=alert.title,
        summary=alert.summary,
        created_at=alert.created_at,
        event_id=alert.event_id,
        units=tuple(alert.units or ()),
        unit_names=tuple(unit_names),
        grade=(alert.detail or {}).get("grade_label") or alert.grade,
        step=step,
        target=target,
        extra={"source_id": alert.source_id, "raw_grade": alert.grade, "rule_id": alert.rule},
    )


def recipients_for(units: Sequence[Unit], target: str, desk: dict[str, Sequence[str]]) -> Recipients:
    """Who ``target`` (desk, units, leaders) is for an alert of ``units`` (its units' rows)."""
    if target == "desk":
        return Recipients.from_contacts("值班室", [desk])
    if target == "leaders":
        return Recipients.from_contacts("分管领导", [u.leader_contacts or {} for u in units])
    return Recipients.from_contacts("责任单位", [u.contacts or {} for u in units])


@dataclass
class _Work:
    """The due steps of one claimed alert: what to send, and the plan's next state."""

    alert_id: str
    due: Sequence[int]
    sends: list[tuple[int, str, AlertNotice, Recipients, list[str]]]
    next_at: Any
    state: str


RECORD_EVERY_S = 1.0
"""While a run sends, what was sent is recorded at least this often (one transaction for all the
alerts sent meanwhile), so a crash re-sends little."""


class EscalationScheduler:
    """Finds due alerts, claims them, runs their due steps through the dispatcher, records the result.

    A run costs a handful of statements whatever the number of alerts due (up to ``batch``): one
    claims them, one transaction reads them with their logs and units, sends are recorded together
    (at least every :data:`RECORD_EVERY_S`), one statement releases them. A storm of alerts (a
    backlog after an outage) is then not a storm of transactions beside the stage's own work."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        dispatcher: Dispatcher,
        *,
        desk_recipients: dict[str, Sequence[str]] | None = None,
        worker_id: str = "alert-worker",
        clock: Clock = utcnow,
        claim_for: timedelta = timedelta(minutes=5),
        batch: int = 50,
    ) -> None:
        self.sessions = session_factory
        self.dispatcher = dispatcher
        self.desk = desk_recipients or {}
        self.worker_id = worker_id
        self.clock = clock
        self.claim_for = claim_for
        self.batch = batch

    def run_due(self) -> int:
        """Run every due step of the due alerts (up to ``batch``) once; return how many alerts were
        worked on. Alerts another scheduler holds are left to it."""
        claimed = self.claim_due()
        if not claimed:
            return 0
        started = time.monotonic()
        worked = 0
        try:
            pending: list[tuple[_Work, list[tuple[int, str, list[DeliveryResult]]]]] = []
            recorded = time.monotonic()
            for work in self._plan(claimed):
                if time.monotonic() - started > self.claim_for.total_seconds() / 2:
                    log.warning(
                        "escalation: sends are slow; %d claimed alerts left to the next run", len(claimed) - worked
                    )
                    break  # the rest is released unrun, before its claim could expire mid-send
                results = [
                    (index, target, self.dispatcher.send(notice, recipients, use) if use else [])
                    for index, target, notice, recipients, use in work.sends
                ]
                pending.append((work, results))
                worked += 1
                if time.monotonic() - recorded >= RECORD_EVERY_S:
                    self._record(pending)
                    pending, recorded = [], time.monotonic()
            self._record(pending)
        finally:
            self._release(claimed)
        return worked

    def claim_due(self) -> list[str]:
        """Claim the due alerts no scheduler holds (up to ``batch``, most overdue first): one
        conditional ``UPDATE``, so two schedulers never claim the same alert. Their ids, in order."""
        now = self.clock()
        claimable = (
            Alert.escalation_state == ACTIVE,
            Alert.next_step_at <= now,
            or_(Alert.claimed_until.is_(None), Alert.claimed_until < now),
        )
        with transaction(self.sessions) as session:
            due = list(
                session.scalars(select(Alert.id).where(*claimable).order_by(Alert.next_step_at).limit(self.batch))
            )
            if not due:
                return []
            taken = set(
                session.scalars(
                    update(Alert)
                    .where(Alert.id.in_(due), *claimable)
                    .values(claimed_by=self.worker_id, claimed_until=now + self.claim_for)
                    .returning(Alert.id),
                    execution_options={"synchronize_session": False},
                )
            )
        return [i for i in due if i in taken]

    def _release(self, alert_ids: Sequence[str]) -> None:
        with transaction(self.sessions) as session:
            session.execute(
                update(Alert)
                .where(Alert.id.in_(list(alert_ids)), Alert.claimed_by == self.worker_id)
                .values(claimed_by=None, claimed_until=None),
                execution_options={"synchronize_session": False},
            )

    def _plan(self, alert_ids: Sequence[str]) -> list[_Work]:
        """The due steps of ``alert_ids`` (claimed), read in one transaction, in their order."""
        now = self.clock()
        with transaction(self.sessions) as session:
            alerts = {a.id: a for a in session.scalars(select(Alert).where(Alert.id.in_(list(alert_ids))))}
            entries: dict[str, list[LogEntry]] = {}
            logs = select(AlertLog).where(AlertLog.alert_id.in_(list(alerts))).order_by(AlertLog.id)
            for e in session.scalars(logs):
                entries.setdefault(e.alert_id, []).append(LogEntry(e.action, e.at, e.step_index))
            wanted = sorted({u for a in alerts.values() for u in a.units or ()})
            units = {u.id: u for u in session.scalars(select(Unit).where(Unit.id.in_(wanted)))} if wanted else {}
            return [self._work(alerts[i], entries.get(i, []), units, now) for i in alert_ids if i in alerts]

    def _work(self, alert: Alert, entries: list[LogEntry], units: dict[str, Unit], now: Any) -> _Work:
        the_plan = plan(alert.escalation, entries, now)
        steps = alert.escalation.get("steps", [])
        channels = list(alert.escalation.get("channels", []))
        done_notify = [e for e in entries if e.action == "step_done" and e.step_index is not None]
        sends: list[tuple[int, str, AlertNotice, Recipients, list[str]]] = []
        own = [units[u] for u in alert.units or () if u in units]
        names = [units[u].name if u in units else u for u in alert.units or ()]
        first_desk = not any(steps[e.step_index].get("target") == "desk" for e in done_notify)
        for index in the_plan.due:
            step = steps[index]
            if step["action"] != "notify":
                continue
            target = step["target"]
            use = list(channels)
            if target == "desk" and first_desk:
                # The consumer publishes a new alert on the desk feed itself; only if that was not
                # confirmed (it crashed first) does this step publish it.
                if alert.feed_published_at is not None:
                    use = [c for c in use if c != "desk_feed"]
                first_desk = False
            elif target != "desk":
                use = [c for c in use if c != "desk_feed"]
            sent_before = sum(1 for e in done_notify if steps[e.step_index].get("target") == target)
            notice = notice_for(alert, step=sent_before, target=target, unit_names=names)
            sends.append((index, target, notice, recipients_for(own, target, self.desk), use))
        return _Work(alert.id, the_plan.due, sends, the_plan.next_at, the_plan.state)

    def _record(self, done: Sequence[tuple[_Work, Sequence[tuple[int, str, list[DeliveryResult]]]]]) -> None:
        """Record what was sent for each alert of ``done`` (its deliveries and failures, then
        ``step_done`` under its unique key) and move its plan on unless it stopped meanwhile
        (acknowledged): one transaction, one statement per table."""
        if not done:
            return
        now = self.clock()
        steps: list[dict[str, Any]] = []
        deliveries: list[dict[str, Any]] = []
        failures: list[dict[str, Any]] = []
        for work, results in done:
            alert_id = work.alert_id
            by_index = {index: (target, res) for index, target, res in results}
            for index in work.due:
                target, res = by_index.get(index, (None, []))
                detail: dict[str, Any] = {"target": target} if target else {}
                if res:
                    detail["deliveries"] = {r.channel: r.status for r in res}
                step_key = f"{alert_id}:{index}"
                steps.append(
                    {"alert_id": alert_id, "at": now, "action": "step_done", "step_index": index,
                     "step_key": step_key, "actor": self.worker_id, "detail": detail}
                )  # fmt: skip
                for r in res:
                    error = (r.error or None) and r.error[:2000]
                    deliveries.append(
                        {"alert_id": alert_id, "channel": r.channel, "target": target or "", "status": r.status,
                         "attempts": r.attempts, "error": error, "step_index": index, "at": now}
                    )  # fmt: skip
                    if r.status == "failed":
                        failures.append(
                            {"alert_id": alert_id, "at": now, "action": "delivery_failed", "step_index": index,
                             "actor": self.worker_id,
                             "detail": {"channel": r.channel, "error": r.error, "attempts": r.attempts}}
                        )  # fmt: skip
                        log.error(
                            "alert %s: channel %s failed after %d attempts: %s", alert_id, r.channel, r.attempts,
                            r.error,
                        )  # fmt: skip
        alerts = cast(Table, Alert.__table__)
        move_on = (
            update(alerts)
            .where(alerts.c.id == bindparam("alert"), alerts.c.escalation_state == ACTIVE)
            .values(next_step_at=bindparam("next_at"), escalation_state=bindparam("state"))
        )
        with transaction(self.sessions) as session:
            if deliveries:
                session.execute(insert(cast(Table, Delivery.__table__)), deliveries)
            if failures:
                session.execute(insert(cast(Table, AlertLog.__table__)), failures)
            insert_ignore(session, AlertLog, steps, key="step_key")
            session.execute(
                move_on, [{"alert": w.alert_id, "next_at": w.next_at, "state": w.state} for w, _results in done]
            )
