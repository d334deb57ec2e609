"""The case service: dispatch events, record actions, show deadlines.

This is what the web service and the CLI call. It validates that an action is allowed in the
case's state and carries the details it needs; *who* may take it (the lead unit for unit actions,
the desk for desk actions) is checked by the caller — :data:`UNIT_ACTIONS` and
:data:`DESK_ACTIONS` say which is which. Every call runs inside the caller's transaction and only
inserts action rows; the :class:`~models.db.cases.Case` row is a projection refreshed from them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.db.cases import Case, CaseAction
from models.db.events import Event
from models.enums import OPEN_CASE_STATUSES, CaseStatus, IncidentGrade
from models.enums import CaseActionKind as K
from models.timeutil import ensure_aware, to_local
from tracker.deadlines import CaseView, effective_actions, evaluate, replay
from tracker.errors import CaseNotFound, CaseStateConflict, InvalidAction
from tracker.grade_change import grade_switch
from tracker.policy import PolicySet, national_policy

UNIT_ACTIONS = frozenset({K.SIGN, K.RETURN, K.FIRST_RELEASE, K.PRESS_CONFERENCE, K.FOLLOW_UP, K.RESPONSE, K.CLOSE})
"""Actions taken by the case's lead unit."""
DESK_ACTIONS = frozenset({K.DISPATCH, K.TRANSFER, K.REOPEN, K.GRADE_CHANGE, K.SET_OCCURRENCE, K.SET_CO_UNITS})
"""Actions taken by the desk (值班室)."""

S = CaseStatus
_ALLOWED: dict[str, frozenset[CaseStatus]] = {
    K.SIGN: frozenset({S.DISPATCHED}),
    K.RETURN: frozenset({S.DISPATCHED, S.SIGNED}),
    K.TRANSFER: OPEN_CASE_STATUSES,
    K.FIRST_RELEASE: frozenset({S.DISPATCHED, S.SIGNED}),
    K.PRESS_CONFERENCE: frozenset({S.DISPATCHED, S.SIGNED}),
    K.FOLLOW_UP: frozenset({S.DISPATCHED, S.SIGNED}),
    K.RESPONSE: frozenset({S.DISPATCHED, S.SIGNED}),
    K.CLOSE: frozenset({S.SIGNED}),
    K.REOPEN: frozenset({S.CLOSED}),
    K.GRADE_CHANGE: OPEN_CASE_STATUSES,
    K.SET_OCCURRENCE: OPEN_CASE_STATUSES,
    K.SET_CO_UNITS: OPEN_CASE_STATUSES,
}
_REQUIRED: dict[str, tuple[str, ...]] = {
    K.RETURN: ("reason",),
    K.TRANSFER: ("to_unit",),
    K.FIRST_RELEASE: ("url", "channel"),
    K.PRESS_CONFERENCE: ("held_at", "place", "speaker"),
    K.FOLLOW_UP: ("url", "channel"),
    K.CLOSE: ("result",),
    K.REOPEN: ("reason",),
    K.GRADE_CHANGE: ("grade",),
    K.SET_OCCURRENCE: ("occurred_at",),
    K.SET_CO_UNITS: ("co_units",),
}
CATEGORIES = ("incident", "policy_document", "message")
_FIELD_LABELS = {
    "url": "链接",
    "channel": "渠道",
    "reason": "理由",
    "to_unit": "转至单位",
    "held_at": "时间",
    "place": "地点",
    "speaker": "发布人",
    "result": "办理结果",
    "grade": "等级",
    "occurred_at": "发生时间",
    "co_units": "协办单位",
    "content or url": "内容摘要或链接",
}
"""The details of an action as the people recording it call them (in refusals)."""
_CORRECTABLE = frozenset({K.FIRST_RELEASE, K.PRESS_CONFERENCE, K.FOLLOW_UP, K.RESPONSE, K.CLOSE, K.SET_OCCURRENCE})


def full_snapshot(policy: PolicySet, grade: str | None, category: str) -> dict[str, Any]:
    """The snapshot for a case: the rules for its grade now, plus the rule sets of both grade
    bands, so that a later grade change switches to rules taken from the same snapshot."""
    snap = policy.snapshot(grade, category)
    snap["rules_by_band"] = {
        band: policy.snapshot(sample, category)["rules"] for band, sample in (("major", "major"), ("other", None))
    }
    return snap


def dispatch(
    session: Session,
    event_id: int | None,
    lead_unit: str,
    co_units: list[str] | tuple[str, ...],
    actor: str,
    now: datetime,
    occurred_at: datetime | None = None,
    *,
    policy: PolicySet | None = None,
    category: str = "incident",
    grade: str | None = None,
    title: str | None = None,
    note: str = "",
    first_seen_at: datetime | None = None,
    origin: str = "desk",
    external_ref: str | None = None,
) -> Case:
    """Create a case for ``event_id`` (派单) with the policy snapshot taken now.

    ``category`` is ``incident`` (舆情事件), ``policy_document`` (a published policy: the 政策解读
    rule applies, its clock anchored at the publication time given as ``occurred_at``) or
    ``message`` (a hotline/board message). An event has at most one open case (else
    :class:`CaseStateConflict`: use 转派).

    The main clock starts at ``occurred_at`` if given (else the event's recorded occurrence time),
    else at ``first_seen_at`` (an automatic dispatch passes the event's first-seen time; anchor
    ``first_seen``), otherwise at ``now``. ``grade`` defaults to the event's grade. ``origin`` and
    ``external_ref`` are unique together (``uq_cases_origin_external_ref``): an automatic dispatch
    names the event there, so two workers racing insert one case and the other gets an
    ``IntegrityError``. The event row is locked (PostgreSQL) so a dispatch by the desk and one by
    the policy cannot both pass the open-case check. Raises :class:`InvalidAction` if the event
    does not exist or ``occurred_at`` is in the future.
    """
    now = ensure_aware(now)
    if category not in CATEGORIES:
        raise InvalidAction(f"未知的案件类别 {category!r}（可选：{'、'.join(CATEGORIES)}）", field="category")
    event = session.get(Event, event_id, with_for_update=True) if event_id is not None else None
    if event_id is not None and event is None:
        raise InvalidAction(f"事件不存在（事件 {event_id}）")
    if event_id is not None:
        open_case = session.scalar(
            select(Case.id).where(Case.event_id == event_id, Case.status.in_(OPEN_CASE_STATUSES))
        )
        if open_case is not None:
            raise CaseStateConflict(f"该事件已有未办结的案件（案件 {open_case}），请在案件页转派")
    if occurred_at is None and event is not None and event.occurred_at is not None:
        occurred_at = event.occurred_at
    if occurred_at is not None:
        occurred_at = ensure_aware(occurred_at)
        if occurred_at > now:
            raise InvalidAction("发生时间不能晚于现在", field="occurred_at")
    if first_seen_at is not None:
        first_seen_at = min(ensure_aware(first_seen_at), now)
    anchor_kind, anchor_at = "dispatch", now
    if occurred_at is not None:
        anchor_kind, anchor_at = "occurrence", occurred_at
    elif first_seen_at is not None:
        anchor_kind, anchor_at = "first_seen", first_seen_at
    grade = grade if grade is not None else (event.grade if event is not None else None)
    snapshot = full_snapshot(policy or national_policy(), grade, category)
    case = Case(
        event_id=event_id,
        category=category,
        title=title if title is not None else (event.title if event is not None else ""),
        lead_unit=lead_unit,
        co_units=list(co_units),
        status=CaseStatus.DISPATCHED,
        grade=grade,
        anchor_kind=anchor_kind,
        anchor_at=anchor_at,
        dispatched_at=now,
        policy=snapshot,
        origin=origin,
        external_ref=external_ref,
        created_at=now,
        updated_at=now,
    )
    session.add(case)
    session.flush()
    details: dict[str, Any] = {"lead_unit": lead_unit, "co_units": list(co_units), "grade": grade}
    if occurred_at is not None:
        details["occurred_at"] = occurred_at.isoformat()
    elif first_seen_at is not None:
        details["first_seen_at"] = first_seen_at.isoformat()
    if origin != "desk":
        details["origin"] = origin
    if note:
        details["note"] = note
    session.add(
        CaseAction(
            case_id=case.id,
            seq=1,
            kind=K.DISPATCH,
            actor=actor,
            unit=lead_unit,
            at=now,
            recorded_at=now,
            details=details,
        )
    )
    session.flush()
    session.refresh(case)
    return case


def get_case(session: Session, case_id: int, *, lock: bool = False) -> Case:
    stmt = select(Case).where(Case.id == case_id)
    if lock:
        stmt = stmt.with_for_update()
    case = session.scalars(stmt).one_or_none()
    if case is None:
        raise CaseNotFound(f"case {case_id} does not exist")
    return case


def record_action(
    session: Session,
    case_id: int,
    kind: K | str,
    actor: str,
    now: datetime,
    *,
    at: datetime | None = None,
    corrects: int | None = None,
    details: dict[str, Any] | None = None,
    **more: Any,
) -> CaseAction:
    """Append one action to a case after checking it is allowed; refresh the case projection.

    ``at`` back-dates when it happened (not later than ``now``, not before dispatch); for a press
    conference ``held_at`` is used. ``corrects`` names an earlier action of the same kind that this
    record replaces (the old row stays). Details come as ``details`` and/or keywords:
    退单 ``reason``; 转派 ``to_unit`` (``co_units``); 首次发布/持续发布 ``url`` (``channel``, default
    the URL's host); 新闻发布会 ``place``, ``speaker`` (``held_at``, default ``at``); 回应
    ``content``/``note`` or ``url``; 办结 ``result``; 重开 ``reason``; 调整等级 ``grade``;
    记录发生时间 ``occurred_at``; 调整协办单位 ``co_units`` (the whole new list, possibly empty).
    Raises :class:`CaseNotFound`, :class:`InvalidAction` (missing or
    bad details) or :class:`CaseStateConflict` (not allowed in the case's state).
    """
    now = ensure_aware(now)
    details = {**(details or {}), **more}
    if kind in (K.FIRST_RELEASE, K.FOLLOW_UP) and details.get("url") and not details.get("channel"):
        details["channel"] = urlsplit(str(details["url"])).hostname or "未注明"
    if kind == K.PRESS_CONFERENCE and not details.get("held_at"):
        details["held_at"] = ensure_aware(at or now).isoformat()
    try:
        kind = K(kind)
    except ValueError as exc:
        raise InvalidAction(f"未知的操作 {kind!r}", field="kind") from exc
    if kind == K.DISPATCH:
        raise InvalidAction("案件只派单一次：交给其他单位请用转派", field="kind")
    case = get_case(session, case_id, lock=True)
    actions = list(case.actions)
    state = replay(effective_actions(actions))
    missing = [k for k in _REQUIRED.get(kind, ()) if details.get(k) in (None, "")]
    if kind == K.RESPONSE and not (details.get("content") or details.get("note") or details.get("url")):
        missing.append("content or url")
    if missing:
        named = "、".join(_FIELD_LABELS.get(k, k) for k in missing)
        raise InvalidAction(
            f"{kind.label}需要填写：{named}", field="content" if missing[0] == "content or url" else missing[0]
        )
    corrects_id = _check_correction(actions, kind, corrects) if corrects is not None else None
    if corrects_id is None:
        _check_state(kind, state, actions, details)
    details = _normalise(kind, details, state, case, now)
    when = ensure_aware(at) if at is not None else now
    if kind == K.PRESS_CONFERENCE:
        when = ensure_aware(datetime.fromisoformat(details["held_at"]))
    if when > now:
        raise InvalidAction("办理时间不能晚于现在", field="at")
    if state.dispatched_at and when < state.dispatched_at and kind != K.SET_OCCURRENCE:
        raise InvalidAction(f"办理时间不能早于派单时间（{to_local(state.dispatched_at):%Y-%m-%d %H:%M}）", field="at")
    seq = (session.scalar(select(func.max(CaseAction.seq)).where(CaseAction.case_id == case.id)) or 0) + 1
    action = CaseAction(
        case_id=case.id, seq=seq, kind=kind, actor=actor, unit=state.lead_unit, at=when,
        recorded_at=now, corrects_id=corrects_id, details=details,
    )  # fmt: skip
    session.add(action)
    session.flush()
    session.expire(case, ["actions"])
    _project(case, now)
    return action


def _check_correction(actions: list[CaseAction], kind: K, corrects: int) -> int:
    target = next((a for a in actions if a.id == corrects), None)
    if target is None or target.kind != kind or kind not in _CORRECTABLE:
        raise InvalidAction(f"记录 {corrects} 不是本案件可更正的{kind.label}记录", field="corrects")
    return target.id


def _check_state(kind: K, state: Any, actions: list[CaseAction], details: dict[str, Any]) -> None:
    if state.status not in _ALLOWED[kind]:
        if kind == K.SIGN and state.status is CaseStatus.SIGNED:
            raise CaseStateConflict("该案件已签收")
        raise CaseStateConflict(f"案件{CaseStatus(state.status).label}，不能{kind.label}")
    if kind == K.FIRST_RELEASE and any(a.kind == K.FIRST_RELEASE for a in actions):
        raise CaseStateConflict("已记录过首次发布：请记录持续发布，或更正首次发布", field="kind")
    if kind == K.TRANSFER and details.get("to_unit") == state.lead_unit and state.status is not CaseStatus.RETURNED:
        raise CaseStateConflict("案件已由该单位办理", field="to_unit")


def _normalise(kind: K, details: dict[str, Any], state: Any, case: Case, now: datetime) -> dict[str, Any]:
    out = {k: ensure_aware(v).isoformat() if isinstance(v, datetime) else v for k, v in details.items()}
    for key in ("held_at", "occurred_at"):
        if key in out:
            try:
                out[key] = ensure_aware(datetime.fromisoformat(str(out[key]))).isoformat()
            except ValueError as exc:
                raise InvalidAction(f"{_FIELD_LABELS[key]}不是有效的日期时间：{out[key]!r}", field=key) from exc
    if kind == K.SET_OCCURRENCE and ensure_aware(datetime.fromisoformat(out["occurred_at"])) > now:
        raise InvalidAction("发生时间不能晚于现在", field="occurred_at")
    if kind == K.TRANSFER:
        out["from_unit"] = state.lead_unit
    if kind == K.SET_CO_UNITS:
        units = out["co_units"]
        if not isinstance(units, list) or not all(isinstance(u, str) and u for u in units):
            raise InvalidAction("协办单位须为单位编号的列表", field="co_units")
        if state.lead_unit in units:
            raise InvalidAction("牵头单位不能同时是协办单位", field="co_units")
        out["co_units"] = list(dict.fromkeys(units))
    if kind == K.GRADE_CHANGE:
        out.update(grade_switch(case.policy, state.grade, str(out["grade"]), now))
    return out


def _project(case: Case, now: datetime) -> None:
    state = replay(effective_actions(list(case.actions)))
    case.status = state.status
    case.lead_unit = state.lead_unit or case.lead_unit
    case.co_units = state.co_units
    case.grade = state.grade
    case.anchor_kind = state.anchor_kind
    case.anchor_at = state.anchor_at or case.anchor_at
    case.closed_at = state.closed_at
    case.updated_at = now


def follow_event_grade(
    session: Session, case: Case, now: datetime, actor: str = "system:事件定级"
) -> CaseAction | None:
    """Record a grade change if the case's event has since been graded more severely.

    Only raises are followed (a lower grade never relaxes running deadlines). Returns the new
    record, or None if nothing changed. Called by the deadline job, so a grade the desk or the
    alerting stage sets on the event reaches its open cases within one run.
    """
    if case.event_id is None or case.status not in OPEN_CASE_STATUSES:
        return None
    event = session.get(Event, case.event_id)
    if event is None or not event.grade or event.grade not in IncidentGrade.__members__.values():
        return None
    current = IncidentGrade(case.grade).severity if case.grade and case.grade in IncidentGrade._value2member_map_ else 0
    if IncidentGrade(event.grade).severity <= current:
        return None
    return record_action(session, case.id, K.GRADE_CHANGE, actor, now, grade=event.grade)


def case_view(case: Case, now: datetime) -> CaseView:
    """Deadlines of ``case`` at ``now``: per rule its status, due time, met time and time left."""
    return evaluate(case.policy, list(case.actions), now)
