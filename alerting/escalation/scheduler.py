"""Runs due escalation steps. Safe to run in several processes at once.

Each due alert is claimed with one conditional ``UPDATE`` (only if unclaimed or its claim expired),
so two schedulers never work on the same alert together. Steps are sent first and then recorded
``step_done`` under a unique ``step_key``: a crash in between re-sends (at-least-once), and a
recorded step is never run again.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from alerting.escalation.plan import ACTIVE, LogEntry, plan
from alerting.notify import AlertNotice, DeliveryResult, Dispatcher, Recipients
from alerting.upsert import insert_ignore
from models.db import Alert, AlertLog, Delivery, Unit
from models.timeutil import Clock, utcnow
from yuqing.db.engine import transaction
from yuqing.names import unit_names

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


def recipients_for(session: Session, alert: Alert, target: str, desk: dict[str, Sequence[str]]) -> Recipients:
    """Who ``target`` (desk, units, leaders) is for ``alert``. Unit contacts come from ``units``."""
    if target == "desk":
        return Recipients.from_contacts("值班室", [desk])
    unit_ids = list(alert.units or ())
    units = list(session.scalars(select(Unit).where(Unit.id.in_(unit_ids)))) if unit_ids else []
    if target == "leaders":
        return Recipients.from_contacts("分管领导", [u.leader_contacts or {} for u in units])
    return Recipients.from_contacts("责任单位", [u.contacts or {} for u in units])


class EscalationScheduler:
    """Finds due alerts, claims them, runs their due steps through the dispatcher, records the result."""

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
        """Run every due step of every due alert once; return how many alerts were worked on."""
        now = self.clock()
        with transaction(self.sessions) as session:
            ids = list(
                session.scalars(
                    select(Alert.id)
                    .where(Alert.escalation_state == ACTIVE, Alert.next_step_at <= now)
                    .order_by(Alert.next_step_at)
                    .limit(self.batch)
                )
            )
        worked = 0
        for alert_id in ids:
            if self._claim(alert_id):
                worked += 1
                try:
                    self._run(alert_id)
                finally:
                    self._release(alert_id)
        return worked

    def _claim(self, alert_id: str) -> bool:
        now = self.clock()
        with transaction(self.sessions) as session:
            result = session.execute(
                update(Alert)
                .where(
                    Alert.id == alert_id,
                    Alert.escalation_state == ACTIVE,
                    Alert.next_step_at <= now,
                    or_(Alert.claimed_until.is_(None), Alert.claimed_until < now),
                )
                .values(claimed_by=self.worker_id, claimed_until=now + self.claim_for)
            )
            return bool(result.rowcount)  # type: ignore[attr-defined]

    def _release(self, alert_id: str) -> None:
        with transaction(self.sessions) as session:
            session.execute(
                update(Alert)
                .where(Alert.id == alert_id, Alert.claimed_by == self.worker_id)
                .values(claimed_by=None, claimed_until=None)
            )

    def _run(self, alert_id: str) -> None:
        now = self.clock()
        with transaction(self.sessions) as session:
            alert = session.get(Alert, alert_id)
            if alert is None:
                return
            entries = [
                LogEntry(e.action, e.at, e.step_index)
                for e in session.scalars(select(AlertLog).where(AlertLog.alert_id == alert_id).order_by(AlertLog.id))
            ]
            the_plan = plan(alert.escalation, entries, now)
            steps = alert.escalation.get("steps", [])
            channels = list(alert.escalation.get("channels", []))
            done_notify = [e for e in entries if e.action == "step_done" and e.step_index is not None]
            sends: list[tuple[int, str, AlertNotice, Recipients, list[str]]] = []
            names = unit_names(session, alert.units or [])
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
                sends.append((index, target, notice, recipients_for(session, alert, target, self.desk), use))
        results: list[tuple[int, str, list[DeliveryResult]]] = []
        for index, target, notice, recipients, use in sends:
            results.append((index, target, self.dispatcher.send(notice, recipients, use) if use else []))
        self._record(alert_id, the_plan.due, results, the_plan.next_at, the_plan.state)

    def _record(
        self,
        alert_id: str,
        due: Sequence[int],
        results: Sequence[tuple[int, str, list[DeliveryResult]]],
        next_at: Any,
        state: str,
    ) -> None:
        now = self.clock()
        by_index = {index: (target, res) for index, target, res in results}
        with transaction(self.sessions) as session:
            rows = []
            for index in due:
                target, res = by_index.get(index, (None, []))
                detail: dict[str, Any] = {"target": target} if target else {}
                if res:
                    detail["deliveries"] = {r.channel: r.status for r in res}
                rows.append(
                    {
                        "alert_id": alert_id,
                        "at": now,
                        "action": "step_done",
                        "step_index": index,
                        "step_key": f"{alert_id}:{index}",
                        "actor": self.worker_id,
                        "detail": detail,
                    }
                )
                for r in res:
                    session.add(
                        Delivery(
                            alert_id=alert_id,
                            channel=r.channel,
                            target=target or "",
                            status=r.status,
                            attempts=r.attempts,
                            error=(r.error or None) and r.error[:2000],
                            step_index=index,
                            at=now,
                        )
                    )
                    if r.status == "failed":
                        session.add(
                            AlertLog(
                                alert_id=alert_id,
                                at=now,
                                action="delivery_failed",
                                step_index=index,
                                actor=self.worker_id,
                                detail={"channel": r.channel, "error": r.error, "attempts": r.attempts},
                            )
                        )
                        log.error(
                            "alert %s: channel %s failed after %d attempts: %s",
                            alert_id,
                            r.channel,
                            r.attempts,
                            r.error,
                        )
            insert_ignore(session, AlertLog, rows, key="step_key")
            alert = session.get(Alert, alert_id)
            if alert is not None and alert.escalation_state == ACTIVE:
                alert.next_step_at = next_at
                alert.escalation_state = state
