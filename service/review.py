"""Leadership review of response timeliness: the service's view of the tracker's one review.

The numbers come from the response tracker's :class:`~models.ports.TimelinessReview` (the same
computation ``yuqing report timeliness`` prints); this module only limits it to what the user may
see (a unit user: the cases its unit leads or co-handles) and reshapes it for the leadership page,
the API, the xlsx export and the briefs. A rule counts toward the on-time rate once decided: on
time, or not (late, overdue); pending, waived, lapsed, superseded and waiting rules are not counted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from models.db.cases import Case
from models.ports import TimelinessReview
from models.timeliness import Tally, TimelinessReport
from service.auth.principal import Principal
from service.queries.filters import unit_scope

Rate = Tally
"""On-time counts and rate of some deadlines (the tracker's :class:`~models.timeliness.Tally`)."""


@dataclass
class UnitReview:
    unit_id: str
    unit_name: str
    cases: int = 0
    bounced: int = 0
    overall: Rate = field(default_factory=Rate)
    per_rule: dict[str, Rate] = field(default_factory=dict)
    median_first_release_h: float | None = None
    p90_first_release_h: float | None = None


@dataclass
class Review:
    since: datetime
    until: datetime
    units: list[UnitReview]
    rule_labels: dict[str, str]
    overdue: list[dict[str, Any]]
    first_release_hours: list[float]
    per_rule: dict[str, Rate]


def timeliness(
    db: Session, review: TimelinessReview, principal: Principal, since: datetime, until: datetime, now: datetime
) -> Review:
    """The review of the cases dispatched in ``[since, until)`` visible to ``principal``."""
    where = unit_scope(Case.lead_unit, Case.co_units, principal.unit_id or "") if principal.is_unit else None
    return view(review.timeliness(db, since, until, now=now, where=where))


def view(report: TimelinessReport) -> Review:
    """``report`` per unit (all rules together and each rule), per rule, and the overdue list."""
    units = []
    for u in report.units:
        per_rule = {row.rule_id: row.tally for row in report.rows if row.unit == u.unit}
        units.append(
            UnitReview(
                unit_id=u.unit,
                unit_name=u.unit_name,
                cases=u.cases,
                bounced=u.bounced,
                overall=report.unit_tally(u.unit),
                per_rule=per_rule,
                median_first_release_h=u.median_first_release_hours,
                p90_first_release_h=u.p90_first_release_hours,
            )
        )
    overdue = [
        {"case_id": o.case_id, "title": o.title, "unit": o.unit_name, "rule": o.rule, "due_at": o.due_at}
        for o in report.overdue
    ]
    return Review(
        since=report.start,
        until=report.end,
        units=units,
        rule_labels=dict(report.rules),
        overdue=overdue,
        first_release_hours=report.first_release_hours,
        per_rule={rule_id: report.rule_tally(rule_id) for rule_id in report.rules},
    )


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
