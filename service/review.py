"""Leadership review of response timeliness, computed from cases and their append-only actions.

Per-rule statuses come from the response tracker's pure ``evaluate(policy, actions, now)``; this
module only aggregates them. A rule counts toward the on-time rate once decided: ``met`` is on
time, ``met_late`` and ``overdue`` are not; ``pending``, ``waived``, ``lapsed``, ``superseded`` and
``waiting`` are not counted.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.db import Unit
from models.db.cases import Case, CaseAction
from models.enums import CaseActionKind
from service.auth.principal import Principal
from service.queries.filters import unit_scope

ON_TIME = "met"
LATE = frozenset({"met_late", "overdue"})


@dataclass
class Rate:
    on_time: int = 0
    late: int = 0
    overdue: int = 0
    pending: int = 0

    @property
    def decided(self) -> int:
        return self.on_time + self.late + self.overdue

    @property
    def rate(self) -> float | None:
        return self.on_time / self.decided if self.decided else None


@dataclass
class UnitReview:
    unit_id: str
    unit_name: str
    cases: int = 0
    bounced: int = 0
    overall: Rate = field(default_factory=Rate)
    per_rule: dict[str, Rate] = field(default_factory=dict)
    first_release_hours: list[float] = field(default_factory=list)

    @property
    def median_first_release_h(self) -> float | None:
        return statistics.median(self.first_release_hours) if self.first_release_hours else None

    @property
    def p90_first_release_h(self) -> float | None:
        data = sorted(self.first_release_hours)
        if not data:
            return None
        return data[min(len(data) - 1, round(0.9 * (len(data) - 1)))]


@dataclass
class Review:
    since: datetime
    until: datetime
    units: list[UnitReview]
    rule_labels: dict[str, str]
    overdue: list[dict[str, Any]]
    first_release_hours: list[float]
    per_rule: dict[str, Rate]


def timeliness(db: Session, principal: Principal, since: datetime, until: datetime, now: datetime) -> Review:
    """Aggregate the cases dispatched in ``[since, until)`` visible to ``principal``."""
    from tracker.deadlines import evaluate

    stmt = select(Case).where(Case.dispatched_at >= since, Case.dispatched_at < until)
    if principal.is_unit:
        stmt = stmt.where(unit_scope(Case.lead_unit, Case.co_units, principal.unit_id or ""))
    cases = list(db.scalars(stmt.order_by(Case.dispatched_at)))
    actions: dict[int, list[CaseAction]] = defaultdict(list)
    ids = [c.id for c in cases]
    for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
        for a in db.scalars(select(CaseAction).where(CaseAction.case_id.in_(chunk))):
            actions[a.case_id].append(a)
    names = {u.id: u.name for u in db.scalars(select(Unit))}
    units: dict[str, UnitReview] = {}
    per_rule: dict[str, Rate] = defaultdict(Rate)
    labels: dict[str, str] = {}
    overdue: list[dict[str, Any]] = []
    all_first: list[float] = []
    for case in cases:
        review = units.setdefault(case.lead_unit, UnitReview(case.lead_unit, names.get(case.lead_unit, case.lead_unit)))
        review.cases += 1
        acts = actions[case.id]
        review.bounced += sum(1 for a in acts if a.kind == CaseActionKind.RETURN.value)
        view = evaluate(case.policy, list(acts), now)
        for rule in view.deadlines:
            labels[rule.rule_id] = rule.label
            for rate in (review.overall, review.per_rule.setdefault(rule.rule_id, Rate()), per_rule[rule.rule_id]):
                _count(rate, rule.status)
            if rule.status == "overdue" and case.status != "closed":
                overdue.append(
                    {
                        "case_id": case.id,
                        "title": case.title,
                        "unit": names.get(case.lead_unit, case.lead_unit),
                        "rule": rule.label,
                        "due_at": rule.due_at,
                    }
                )
        first = min((a.at for a in acts if a.kind == CaseActionKind.FIRST_RELEASE.value), default=None)
        if first is not None:
            hours = max(0.0, (first - case.anchor_at).total_seconds() / 3600)
            review.first_release_hours.append(hours)
            all_first.append(hours)
    return Review(
        since=since,
        until=until,
        units=sorted(units.values(), key=lambda u: u.unit_id),
        rule_labels=labels,
        overdue=sorted(overdue, key=lambda o: o["due_at"] or now),
        first_release_hours=all_first,
        per_rule=dict(per_rule),
    )


def _count(rate: Rate, status: str) -> None:
    if status == ON_TIME:
        rate.on_time += 1
    elif status == "met_late":
        rate.late += 1
    elif status == "overdue":
        rate.overdue += 1
    elif status == "pending":
        rate.pending += 1


def review_as_dict(review: Review) -> dict[str, Any]:
    def rate(r: Rate) -> dict[str, Any]:
        return {"on_time": r.on_time, "late": r.late, "overdue": r.overdue, "pending": r.pending, "rate": r.rate}

    return {
        "since": review.since,
        "until": review.until,
        "rules": review.rule_labels,
        "per_rule": {k: rate(v) for k, v in review.per_rule.items()},
        "units": [
            {
                "unit_id": u.unit_id,
                "unit_name": u.unit_name,
                "cases": u.cases,
                "bounced": u.bounced,
                "overall": rate(u.overall),
                "per_rule": {k: rate(v) for k, v in u.per_rule.items()},
                "median_first_release_h": u.median_first_release_h,
                "p90_first_release_h": u.p90_first_release_h,
            }
            for u in review.units
        ],
        "overdue": review.overdue,
        "first_release_hours": review.first_release_hours,
    }
