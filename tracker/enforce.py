"""Enforcement: reminders before each deadline, overdue marking at it, escalation to leadership.

:func:`run_due` is called periodically by the alerting process (and by tests with a fixed
``now``). It judges every open case with :func:`~tracker.deadlines.evaluate` and, for each
reminder, overdue mark or escalation now due, inserts a :class:`~models.db.cases.CaseMark` row
(unique per case, rule, due time and mark) and hands an :class:`~models.messages.AlertMessage` of
kind ``deadline`` to ``notify``. Each case is handled in its own transaction and the mark is
committed only after ``notify`` returned. A case whose event was since graded more severely first
gets its grade change recorded (stricter rules from that moment). So:

* running twice, or two schedulers at once, sends nothing twice (the second insert conflicts);
* a ``notify`` that raises rolls the marks back, and the next run tries again (at-least-once);
* a scheduler that was down sends only the nearest reminder it missed, not every stale one.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, sessionmaker

from models.db.cases import Case, CaseMark
from models.enums import OPEN_CASE_STATUSES, AlertKind, DeadlineState, IncidentGrade
from models.messages import AlertMessage
from models.timeutil import ensure_aware, to_local
from tracker.cases import follow_event_grade
from tracker.deadlines import RuleStatus, evaluate
from tracker.errors import TrackerError
from yuqing.names import unit_names

log = logging.getLogger(__name__)

Notify = Callable[[AlertMessage], None]


@dataclass
class RunResult:
    """What one run did."""

    cases: int = 0
    sent: list[AlertMessage] = field(default_factory=list)
    failed: list[tuple[int, str]] = field(default_factory=list)
    """Cases whose notification failed (case id, error): retried next run."""


def run_due(session_factory: sessionmaker[Session], now: datetime, notify: Notify) -> RunResult:
    """Send the reminders, overdue notices and escalations due at ``now``; idempotent."""
    now = ensure_aware(now)
    result = RunResult()
    with session_factory() as session:
        ids = list(session.scalars(select(Case.id).where(Case.status.in_(OPEN_CASE_STATUSES)).order_by(Case.id)))
    for case_id in ids:
        result.cases += 1
        try:
            with session_factory() as session, session.begin():
                result.sent.extend(_run_case(session, case_id, now, notify))
        except Exception as exc:  # one case must not stop the others
            log.warning("deadline notification for case %s failed: %s", case_id, exc)
            result.failed.append((case_id, f"{type(exc).__name__}: {exc}"))
    return result


def _run_case(session: Session, case_id: int, now: datetime, notify: Notify) -> list[AlertMessage]:
    case = session.get(Case, case_id)
    if case is None or case.status not in OPEN_CASE_STATUSES:
        return []
    follow_event_grade(session, case, now)
    view = evaluate(case.policy, list(case.actions), now)
    reminders = sorted({int(m) for m in case.policy.get("reminders_minutes", [])}, reverse=True)
    escalate_after = timedelta(minutes=int(case.policy.get("escalate_after_minutes", 0)))
    sent: list[AlertMessage] = []
    (lead_name,) = unit_names(session, [case.lead_unit])
    for rule in view.deadlines:
        if rule.due_at is None or not rule.required:
            continue
        if rule.status is DeadlineState.PENDING:
            crossed = [m for m in reminders if now >= rule.due_at - timedelta(minutes=m)]
            new = [m for m in crossed if _mark(session, case, rule, f"remind:{m}", now)]
            if crossed and crossed[-1] in new:
                sent.append(_message(case, rule, f"remind:{crossed[-1]}", now, lead_name))
        elif rule.status is DeadlineState.OVERDUE:
            if _mark(session, case, rule, "overdue", now):
                sent.append(_message(case, rule, "overdue", now, lead_name))
            if now >= rule.due_at + escalate_after and _mark(session, case, rule, "escalate", now):
                sent.append(_message(case, rule, "escalate", now, lead_name))
    for message in sent:
        notify(message)
    return sent


def _mark(session: Session, case: Case, rule: RuleStatus, mark: str, now: datetime) -> bool:
    """Insert the mark; False if it was already there (done by an earlier or concurrent run).

    ``INSERT ... ON CONFLICT DO NOTHING`` rather than a savepoint: on SQLite a savepoint opened
    outside an explicit transaction commits on release, which would keep marks whose notice failed.
    """
    assert rule.due_at is not None
    dialect = session.get_bind().dialect.name
    insert: Any = {"postgresql": pg_insert, "sqlite": sqlite_insert}.get(dialect)
    if insert is None:
        raise TrackerError(f"unsupported database {dialect}")
    values = {"case_id": case.id, "rule_id": rule.rule_id, "due_at": rule.due_at, "mark": mark, "created_at": now}
    stmt = insert(CaseMark).values(**values).on_conflict_do_nothing().returning(CaseMark.id)
    return session.execute(stmt).first() is not None


def _message(case: Case, rule: RuleStatus, mark: str, now: datetime, lead_name: str) -> AlertMessage:
    assert rule.due_at is not None
    due = to_local(rule.due_at).strftime("%m-%d %H:%M")
    units = tuple(dict.fromkeys([case.lead_unit, *case.co_units]))
    if mark.startswith("remind:"):
        minutes = int(mark.split(":", 1)[1])
        level, title = "时限提醒", f"{case.title}：{rule.label}将于 {due} 到期（约 {_span(minutes)}后）"
    elif mark == "overdue":
        level, title = "已超时", f"{case.title}：{rule.label}已于 {due} 到期未完成"
    else:
        level = str(case.policy.get("escalation_level", "领导督办"))
        title = f"{case.title}：{rule.label}逾期未完成，请领导督办"
    key = f"{case.id}|{rule.rule_id}|{rule.due_at.isoformat()}|{mark}"
    grade = case.grade if case.grade in IncidentGrade.__members__.values() else None
    return AlertMessage(
        id="dl-" + hashlib.sha256(key.encode()).hexdigest()[:40],
        kind=AlertKind.DEADLINE,
        rule=f"tracker.{rule.rule_id}.{mark.split(':')[0]}",
        level=level,
        title=title[:1000],
        summary=f"案件 #{case.id}，牵头单位 {lead_name}，时限 {due}（{rule.source or '本地规定'}）",
        event_id=case.event_id,
        units=units,
        grade=IncidentGrade(grade) if grade else None,
        created_at=now,
    )


def _span(minutes: int) -> str:
    return f"{minutes // 60} 小时" if minutes % 60 == 0 else f"{minutes} 分钟"
