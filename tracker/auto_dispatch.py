"""Dispatch by policy: clocks that start without waiting for the desk's click.

``auto_dispatch`` in ``policies.yaml`` (:class:`~tracker.policy.AutoDispatchPolicy`, on by default for
重大 and above): an event graded at or above the configured grade is dispatched (派单) to its routed
lead unit and co-handlers, with the main clock anchored at the event's first-seen time (anchor
``first_seen``, stored on the case and in its dispatch record). The desk can still 转派 or record an
occurrence time; 转派 never resets the clock.

:func:`run_auto_dispatch` is the tracker's periodic job inside ``yuqing alert`` (provided by
:func:`tracker.jobs.auto_dispatch_jobs` through ``cli.compose.periodic_jobs``; the alert worker wakes
it whenever grouping raised an alert, so an event just graded 重大 is dispatched at once).
Neither stage imports the other: the job reads events from the database. Each run:

1. finds events graded at or above the policy's grade, seen within ``max_age_hours``, not merged,
   with a routed lead unit, naming a place of the jurisdiction (unless ``require_place`` is off:
   an event naming none may be news from elsewhere) and no case at all (a case the desk made,
   open or closed, wins);
2. dispatches each in its own transaction, the event row locked, as origin ``policy`` with external
   reference ``event:<id>``: ``uq_cases_origin_external_ref`` makes the decision one insert, so two
   alerting workers running the job at once make one case between them;
3. notifies the units of every automatically dispatched case once, on their channels (``notify``:
   the alerting stage's :func:`~alerting.notify.messages.message_sender`, which reaches the units'
   企业微信/钉钉/e-mail contacts and the desk): a :class:`~models.db.cases.CaseMark` (rule
   ``auto_dispatch``, mark ``notice``) is inserted with the notice and committed only after
   ``notify`` returned, so a failed notice is tried again next run and a sent one never twice.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import exists, func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from models.db.cases import Case, CaseMark
from models.db.events import Event
from models.db.units import Unit
from models.enums import AlertKind, IncidentGrade
from models.messages import AlertMessage
from models.timeutil import ensure_aware, to_local
from tracker.cases import dispatch
from tracker.deadlines import evaluate
from tracker.errors import CaseStateConflict, TrackerError
from tracker.policy import PolicySet, current_policies, national_policy
from yuqing.config_versions import newest

log = logging.getLogger(__name__)

ORIGIN = "policy"
"""``Case.origin`` of an automatic dispatch."""
ACTOR = "system:自动派单"
NOTICE_RULE = "auto_dispatch"
NOTICE_MARK = "notice"
BATCH = 100
"""At most this many dispatches and notices per run (the rest follow in the next run)."""

Notify = Callable[[AlertMessage], None]


def external_ref(event_id: int) -> str:
    """The unique reference of the automatic case of an event."""
    return f"event:{event_id}"


@dataclass
class AutoDispatchResult:
    """What one run did."""

    dispatched: list[int] = field(default_factory=list)
    """Ids of the cases this run created."""
    notified: list[int] = field(default_factory=list)
    """Ids of the cases whose units this run notified."""
    failed: list[tuple[str, str]] = field(default_factory=list)
    """(``event:<id>`` or ``case:<id>``, error) for what failed: tried again next run."""


def run_auto_dispatch(
    session_factory: sessionmaker[Session], now: datetime, notify: Notify, policy: PolicySet
) -> AutoDispatchResult:
    """Dispatch the events ``policy`` says to, then notify the units of automatic cases; idempotent."""
    now = ensure_aware(now)
    result = AutoDispatchResult()
    rule = policy.auto_dispatch
    since = now - timedelta(hours=rule.max_age_hours)
    if rule.enabled:
        with session_factory() as session:
            candidates = list(session.scalars(_candidates(rule.grades(), since, rule.require_place)))
        for event_id in candidates:
            try:
                with session_factory() as session, session.begin():
                    case_id = dispatch_event(session, event_id, now, policy)
            except (IntegrityError, OperationalError, TrackerError) as exc:
                # IntegrityError: another worker inserted the case first (unique external ref);
                # OperationalError: SQLite's writer lock was lost to it. Either way, next run decides.
                log.info("automatic dispatch of event %s skipped: %s", event_id, type(exc).__name__)
                result.failed.append((f"event:{event_id}", f"{type(exc).__name__}: {exc}"))
                continue
            if case_id is not None:
                result.dispatched.append(case_id)
    with session_factory() as session:
        pending = list(session.scalars(_unnoticed(since)))
    for case_id in pending:
        try:
            with session_factory() as session, session.begin():
                if _notice(session, case_id, now, notify):
                    result.notified.append(case_id)
        except Exception as exc:  # one failed notice must not stop the others; retried next run
            log.warning("notice of automatically dispatched case %s failed: %s", case_id, exc)
            result.failed.append((f"case:{case_id}", f"{type(exc).__name__}: {exc}"))
    return result


def _candidates(grades: tuple[str, ...], since: datetime, require_place: bool) -> Any:
    has_case = exists(select(Case.id).where(Case.event_id == Event.id))
    query = select(Event.id).where(
        Event.grade.in_(grades),
        Event.merged_into_id.is_(None),
        Event.status != "merged",
        Event.lead_unit.is_not(None),
        Event.last_seen_at >= since,
        ~has_case,
    )
    if require_place:  # a JSON list with something in it (PostgreSQL and SQLite alike)
        query = query.where(func.coalesce(func.json_array_length(Event.places), 0) > 0)
    return query.order_by(Event.first_seen_at, Event.id).limit(BATCH)


def _unnoticed(since: datetime) -> Any:
    noticed = exists(
        select(CaseMark.id).where(
            CaseMark.case_id == Case.id, CaseMark.rule_id == NOTICE_RULE, CaseMark.mark == NOTICE_MARK
        )
    )
    return (
        select(Case.id)
        .where(Case.origin == ORIGIN, Case.dispatched_at >= since, ~noticed)
        .order_by(Case.id)
        .limit(BATCH)
    )


def dispatch_event(session: Session, event_id: int, now: datetime, policy: PolicySet) -> int | None:
    """Dispatch ``event_id`` by policy inside the caller's transaction; the new case's id, or None
    when it no longer qualifies (graded down, merged, no lead unit, no place of the jurisdiction
    when the policy requires one, or it has a case by now)."""
    event = session.get(Event, event_id, with_for_update=True)
    if (
        event is None
        or event.merged_into_id is not None
        or not event.lead_unit
        or not policy.auto_dispatch.applies_to(event.grade)
        or (policy.auto_dispatch.require_place and not event.places)
        or session.scalar(select(Case.id).where(Case.event_id == event_id).limit(1)) is not None
    ):
        return None
    co_units = [u for u in dict.fromkeys(event.co_units or []) if u and u != event.lead_unit]
    try:
        case = dispatch(
            session,
            event_id,
            event.lead_unit,
            co_units,
            ACTOR,
            now,
            policy=policy,
            first_seen_at=event.first_seen_at,
            origin=ORIGIN,
            external_ref=external_ref(event_id),
            note=f"按时限策略自动派单（{IncidentGrade(event.grade).label}及以上）" if event.grade else "",
        )
    except CaseStateConflict:
        return None
    log.info("event %s dispatched automatically to %s (case %s)", event_id, event.lead_unit, case.id)
    return int(case.id)


def _notice(session: Session, case_id: int, now: datetime, notify: Notify) -> bool:
    case = session.get(Case, case_id)
    if case is None:
        return False
    dialect = session.get_bind().dialect.name
    insert: Any = {"postgresql": pg_insert, "sqlite": sqlite_insert}.get(dialect)
    if insert is None:
        raise TrackerError(f"unsupported database {dialect}")
    values = {
        "case_id": case.id,
        "rule_id": NOTICE_RULE,
        "due_at": case.dispatched_at,
        "mark": NOTICE_MARK,
        "created_at": now,
    }
    stmt = insert(CaseMark).values(**values).on_conflict_do_nothing().returning(CaseMark.id)
    if session.execute(stmt).first() is None:
        return False  # another worker sent it
    notify(notice_for(session, case, now))
    return True


def notice_for(session: Session, case: Case, now: datetime) -> AlertMessage:
    """The message telling a case's units (and the desk) that it was dispatched to them by policy,
    with the clock's start and the nearest deadlines, units by name."""
    units = tuple(dict.fromkeys([case.lead_unit, *(case.co_units or [])]))
    names = {row.id: row.name for row in session.execute(select(Unit.id, Unit.name).where(Unit.id.in_(units)))}
    lead = names.get(case.lead_unit, case.lead_unit)
    co = "、".join(names.get(u, u) for u in units[1:]) or "无"
    view = evaluate(case.policy, list(case.actions), now)
    due = sorted(
        (d for d in view.deadlines if d.required and d.due_at is not None and d.status.running),
        key=lambda d: d.due_at or now,
    )
    deadlines = "；".join(f"{d.label} {_local(d.due_at)}" for d in due[:3]) or "无"
    anchor = {"first_seen": "事件首次发现", "occurrence": "事件发生", "dispatch": "派单"}.get(case.anchor_kind, "")
    grade = case.grade if case.grade in IncidentGrade._value2member_map_ else None
    grade_label = IncidentGrade(grade).label if grade else "未定级"
    return AlertMessage(
        id="ad-" + hashlib.sha256(f"{case.id}|{NOTICE_RULE}".encode()).hexdigest()[:40],
        kind=AlertKind.DEADLINE,
        rule=f"tracker.{NOTICE_RULE}",
        level="自动派单",
        title=f"{case.title}：{grade_label}事件已自动派单至{lead}"[:1000],
        summary=(
            f"案件 #{case.id}；牵头单位 {lead}，协办 {co}；计时起点 {_local(case.anchor_at)}（{anchor}）；"
            f"时限：{deadlines}"
        ),
        event_id=case.event_id,
        units=units,
        grade=IncidentGrade(grade) if grade else None,
        created_at=now,
    )


def _local(value: datetime | None) -> str:
    return to_local(value).strftime("%m-%d %H:%M") if value is not None else "—"


def policy_loader(session_factory: sessionmaker[Session], jurisdiction_dir: Path) -> Callable[[], PolicySet]:
    """Reads the policies in force on every call (the newest version edited online, else
    ``policies.yaml``, else the national rules), so an edit takes effect at the next run. The text
    is parsed again only when it changed."""
    path = Path(jurisdiction_dir) / "policies.yaml"
    cached: list[tuple[object, PolicySet]] = []

    def load() -> PolicySet:
        with session_factory() as session:
            row = newest(session, "policies")
            key: object = ("online", row.text) if row is not None else ("file", _read(path))
            if cached and cached[0][0] == key:
                return cached[0][1]
            found = current_policies(session, jurisdiction_dir)
        policy = found[0] if found is not None else national_policy()
        cached[:] = [(key, policy)]
        return policy

    return load


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
