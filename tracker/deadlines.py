"""Deadline logic: a pure function of (policy snapshot, actions, now).

:func:`evaluate` replays a case's append-only actions and returns its state and, per rule, the
start of the clock, the due time, when it was met and its status. It reads no clock and touches no
database, so every rule is tested with fixed timestamps.

Clock rules:

* the main clock starts at dispatch, or at the occurrence time the desk recorded (at dispatch or
  later by a ``set_occurrence`` action), or, for an automatic dispatch by policy, at the event's
  first-seen time; 签收 never starts it; 退单 and 转派 never reset it;
* the 签收 clock starts at each (re-)dispatch to a unit and is met by 签收 (or by 退单, which
  also answers that assignment);
* 持续发布 repeats: each release starts the next interval;
* raising the grade into 特别重大/重大 switches the case to the stricter rules carried in the
  ``grade_change`` record: rules new to the case start at that moment; rules the new set drops are
  ``superseded`` unless already decided before the switch;
* hour rules count wall-clock hours; working-day rules use :class:`WorkCalendar`.

Statuses: ``pending`` (not due yet), ``met``, ``met_late``, ``overdue`` (due passed unmet),
``lapsed`` (optional rule passed unmet: never escalated), ``waived`` (case closed before the
deadline), ``superseded``, ``waiting`` (clock not started: 持续发布 before the first release).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol

from models.enums import CaseActionKind as K
from models.enums import CaseStatus, DeadlineState
from models.timeutil import ensure_aware, to_local
from tracker.workdays import WorkCalendar

DECIDED = frozenset(d for d in DeadlineState if d.decided)


class ActionLike(Protocol):
    id: int
    seq: int
    kind: str
    actor: str
    unit: str | None
    at: datetime
    corrects_id: int | None
    details: dict[str, Any]


@dataclass(frozen=True)
class RuleStatus:
    rule_id: str
    label: str
    source: str
    required: bool
    status: DeadlineState
    started_at: datetime | None
    due_at: datetime | None
    met_at: datetime | None = None
    remaining: timedelta | None = None
    """Time left until ``due_at`` (negative once passed); None when decided."""
    elapsed: timedelta | None = None
    """From the clock start to ``met_at``."""
    cycle: int = 0
    """For repeating rules (持续发布): how many releases so far."""
    met_by: str | None = None
    """The kind of action that met it (``sign``; ``return`` when a 退单 answered the assignment)."""


@dataclass
class CaseState:
    status: CaseStatus = CaseStatus.DISPATCHED
    lead_unit: str | None = None
    co_units: list[str] = field(default_factory=list)
    grade: str | None = None
    anchor_kind: str = "dispatch"
    anchor_at: datetime | None = None
    dispatched_at: datetime | None = None
    closed_at: datetime | None = None
    bounces: int = 0
    assigned_at: datetime | None = None


@dataclass(frozen=True)
class CaseView:
    state: CaseState
    deadlines: tuple[RuleStatus, ...]
    warnings: tuple[str, ...] = ()

    def rule(self, rule_id: str) -> RuleStatus:
        return next(r for r in self.deadlines if r.rule_id == rule_id)

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON for an API: times as ISO strings in Beijing time, durations in seconds."""

        def when(value: datetime | None) -> str | None:
            return to_local(value).isoformat() if value is not None else None

        def secs(value: timedelta | None) -> int | None:
            return int(value.total_seconds()) if value is not None else None

        s = self.state
        return {
            "status": s.status,
            "lead_unit": s.lead_unit,
            "co_units": list(s.co_units),
            "grade": s.grade,
            "anchor_kind": s.anchor_kind,
            "anchor_at": when(s.anchor_at),
            "dispatched_at": when(s.dispatched_at),
            "closed_at": when(s.closed_at),
            "bounces": s.bounces,
            "warnings": list(self.warnings),
            "deadlines": [
                {
                    "rule_id": r.rule_id,
                    "label": r.label,
                    "source": r.source,
                    "required": r.required,
                    "status": r.status,
                    "started_at": when(r.started_at),
                    "due_at": when(r.due_at),
                    "met_at": when(r.met_at),
                    "remaining_s": secs(r.remaining),
                    "elapsed_s": secs(r.elapsed),
                    "cycle": r.cycle,
                }
                for r in self.deadlines
            ],
        }


def effective_actions(actions: Sequence[ActionLike]) -> list[ActionLike]:
    """Actions in recording order with corrected ones replaced by their latest correction."""
    ordered = sorted(actions, key=lambda a: a.seq)
    corrected = {a.corrects_id for a in ordered if a.corrects_id is not None}
    return [a for a in ordered if a.id not in corrected]


def replay(actions: Sequence[ActionLike]) -> CaseState:
    """The case's state after its (effective) actions, in recording order."""
    state = CaseState()
    for a in actions:
        at = ensure_aware(a.at)
        d = a.details
        if a.kind == K.DISPATCH:
            state.dispatched_at = state.assigned_at = at
            state.lead_unit = d.get("lead_unit")
            state.co_units = list(d.get("co_units", []))
            state.grade = d.get("grade")
            occurred, first_seen = d.get("occurred_at"), d.get("first_seen_at")
            state.anchor_kind, state.anchor_at = "dispatch", at
            if occurred:
                state.anchor_kind, state.anchor_at = "occurrence", ensure_aware(datetime.fromisoformat(occurred))
            elif first_seen:
                state.anchor_kind, state.anchor_at = "first_seen", ensure_aware(datetime.fromisoformat(first_seen))
        elif a.kind == K.SET_CO_UNITS:
            state.co_units = list(d.get("co_units", []))
        elif a.kind == K.SET_OCCURRENCE:
            state.anchor_kind = "occurrence"
            state.anchor_at = ensure_aware(datetime.fromisoformat(d["occurred_at"]))
        elif a.kind == K.SIGN:
            state.status = CaseStatus.SIGNED
        elif a.kind == K.RETURN:
            state.status = CaseStatus.RETURNED
            state.bounces += 1
        elif a.kind == K.TRANSFER:
            state.status = CaseStatus.DISPATCHED
            state.assigned_at = at
            state.lead_unit = d.get("to_unit", state.lead_unit)
            if "co_units" in d:
                state.co_units = list(d["co_units"])
        elif a.kind == K.CLOSE:
            state.status = CaseStatus.CLOSED
            state.closed_at = at
        elif a.kind == K.REOPEN:
            state.status = CaseStatus.SIGNED
            state.closed_at = None
        elif a.kind == K.GRADE_CHANGE:
            state.grade = d.get("to")
    return state


def _due(rule: dict[str, Any], start: datetime, calendar: WorkCalendar) -> datetime:
    if rule.get("hours") is not None:
        return start + timedelta(hours=float(rule["hours"]))
    return calendar.add_working_days(start, int(rule["working_days"]))


def _phases(policy: dict[str, Any], actions: list[ActionLike]) -> list[tuple[datetime | None, list[dict[str, Any]]]]:
    """Rule sets over time: the dispatch snapshot, then each switch recorded by a grade change."""
    phases: list[tuple[datetime | None, list[dict[str, Any]]]] = [(None, list(policy.get("rules", [])))]
    for a in actions:
        if a.kind == K.GRADE_CHANGE and a.details.get("policy"):
            phases.append((ensure_aware(a.at), list(a.details["policy"].get("rules", []))))
    return phases


def evaluate(policy: dict[str, Any], actions: Sequence[ActionLike], now: datetime) -> CaseView:
    """Replay ``actions`` under ``policy`` (the dispatch snapshot) and judge every rule at ``now``."""
    now = ensure_aware(now)
    acts = effective_actions(actions)
    state = replay(acts)
    calendar = WorkCalendar(policy.get("calendar"))
    results: dict[str, RuleStatus] = {}
    active: dict[str, dict[str, Any]] = {}
    introduced: dict[str, datetime | None] = {}
    for switch_at, rules in _phases(policy, acts):
        ids = {r["id"] for r in rules}
        if switch_at is not None:
            before = [a for a in acts if ensure_aware(a.at) <= switch_at]
            for rid, old_rule in list(active.items()):
                if rid not in ids:
                    judged = _judge(old_rule, introduced[rid], before, replay(before), switch_at, calendar)
                    keep = judged.status in DECIDED
                    gone = RuleStatus(**{**judged.__dict__, "status": DeadlineState.SUPERSEDED})
                    results[rid] = judged if keep else gone
                    results[rid] = RuleStatus(**{**results[rid].__dict__, "remaining": None})
                    del active[rid]
        for rule in rules:
            introduced.setdefault(rule["id"], switch_at)
            active[rule["id"]] = rule
    for rid, rule in active.items():
        results[rid] = _judge(rule, introduced[rid], acts, state, now, calendar)
    order = [r["id"] for _, rules in _phases(policy, acts) for r in rules]
    seen: list[str] = []
    for rid in order:
        if rid not in seen:
            seen.append(rid)
    return CaseView(state, tuple(results[r] for r in seen), tuple(calendar.warnings))


def _judge(
    rule: dict[str, Any],
    switch_at: datetime | None,
    acts: list[ActionLike],
    state: CaseState,
    now: datetime,
    calendar: WorkCalendar,
) -> RuleStatus:
    base = {
        "rule_id": rule["id"],
        "label": rule["label"],
        "source": rule.get("source", ""),
        "required": rule.get("required", True),
    }
    met_by = set(rule["met_by"])
    anchor = rule.get("anchor", "main")
    cycle = 0
    if anchor == "assignment":
        start = state.assigned_at
        after = [a for a in acts if a.kind in (K.DISPATCH, K.TRANSFER)]
        last_seq = after[-1].seq if after else 0
        hits = [a for a in acts if a.seq > last_seq and a.kind in met_by | {K.RETURN}]
    elif anchor == "release":
        releases = [a for a in acts if a.kind in (K.FIRST_RELEASE, K.FOLLOW_UP)]
        cycle = len(releases)
        if not releases:
            return RuleStatus(**base, status=DeadlineState.WAITING, started_at=None, due_at=None)
        start = ensure_aware(releases[-1].at)
        hits = []
    else:
        start = state.anchor_at
        if switch_at is not None and start is not None:
            start = max(start, switch_at)
        hits = [a for a in acts if a.kind in met_by]
    if start is None:
        return RuleStatus(**base, status=DeadlineState.WAITING, started_at=None, due_at=None)
    due = _due(rule, start, calendar)
    if hits:
        met = ensure_aware(hits[0].at)
        status = DeadlineState.MET if met <= due else DeadlineState.MET_LATE
        return RuleStatus(
            **base,
            status=status,
            started_at=start,
            due_at=due,
            met_at=met,
            elapsed=max(met - start, timedelta(0)),
            cycle=cycle,
            met_by=str(hits[0].kind),
        )
    closed = state.closed_at if state.status is CaseStatus.CLOSED else None
    if closed is not None:
        status = DeadlineState.OVERDUE if due <= closed and base["required"] else DeadlineState.WAIVED
        return RuleStatus(**base, status=status, started_at=start, due_at=due, cycle=cycle)
    missed = DeadlineState.OVERDUE if base["required"] else DeadlineState.LAPSED
    status = missed if now >= due else DeadlineState.PENDING
    return RuleStatus(**base, status=status, started_at=start, due_at=due, remaining=due - now, cycle=cycle)
