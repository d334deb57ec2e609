"""The timeliness review (回应时效统计): the one result every view reads.

The response tracker computes it (:func:`tracker.timeliness.timeliness`, behind
:class:`models.ports.TimelinessReview`); the ``yuqing report timeliness`` command, the leadership
page, the API and the briefs only present it. Per (lead unit, rule) a :class:`TimelinessRow`
counts the cases the rule applied to and how each was decided; per unit a :class:`UnitSummary`
counts cases, closures, bounces (退单, against the unit that sent the case back) and cases still
open past a deadline, and lists the hours to the first release (首次发布). :class:`OverdueCase`
lists each rule an open case has missed. Superseded and not-yet-started rules are not counted.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any


def percentile(values: list[float], q: float) -> float | None:
    """The ``q`` quantile (0..1) by linear interpolation between closest ranks; None if empty."""
    if not values:
        return None
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q
    lo, hi = math.floor(pos), math.ceil(pos)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


@dataclass
class Tally:
    """How the deadlines of some cases were decided: on time, late, missed, or still running."""

    on_time: int = 0
    late: int = 0
    overdue: int = 0
    pending: int = 0

    @property
    def decided(self) -> int:
        return self.on_time + self.late + self.overdue

    @property
    def rate(self) -> float | None:
        """On-time share of the decided deadlines; None before any is decided."""
        return self.on_time / self.decided if self.decided else None

    def add(self, other: Tally) -> None:
        self.on_time += other.on_time
        self.late += other.late
        self.overdue += other.overdue
        self.pending += other.pending


@dataclass
class TimelinessRow:
    """One rule of one lead unit. ``cases`` also counts rules waived or lapsed (neither on time nor late)."""

    unit: str
    rule_id: str
    rule: str
    unit_name: str = ""
    cases: int = 0
    on_time: int = 0
    late: int = 0
    overdue: int = 0
    open_overdue: int = 0
    pending: int = 0
    on_time_rate: float | None = None
    median_hours: float | None = None
    """From the rule's clock start to the action that met it."""
    p90_hours: float | None = None

    @property
    def tally(self) -> Tally:
        return Tally(self.on_time, self.late, self.overdue, self.pending)


@dataclass
class UnitSummary:
    unit: str
    unit_name: str = ""
    cases: int = 0
    closed: int = 0
    bounced: int = 0
    open_past_deadline: int = 0
    first_release_hours: list[float] = field(default_factory=list)
    """Per case led by the unit with a 首次发布: hours from the clock start to the first one."""

    @property
    def median_first_release_hours(self) -> float | None:
        return percentile(self.first_release_hours, 0.5)

    @property
    def p90_first_release_hours(self) -> float | None:
        return percentile(self.first_release_hours, 0.9)


@dataclass(frozen=True)
class OverdueCase:
    """A rule an open case has missed."""

    case_id: int
    title: str
    unit: str
    unit_name: str
    rule_id: str
    rule: str
    due_at: datetime | None


@dataclass
class TimelinessReport:
    start: datetime
    end: datetime
    now: datetime
    rows: list[TimelinessRow]
    """Sorted by unit id, then rule id."""
    units: list[UnitSummary]
    """Sorted by unit id."""
    rules: dict[str, str] = field(default_factory=dict)
    """Every rule id met in the period with its label, in the order the policies list them."""
    overdue: list[OverdueCase] = field(default_factory=list)
    """Sorted by due time."""
    warnings: list[str] = field(default_factory=list)

    def unit_tally(self, unit: str) -> Tally:
        """Every rule of ``unit`` together."""
        total = Tally()
        for row in self.rows:
            if row.unit == unit:
                total.add(row.tally)
        return total

    def rule_tally(self, rule_id: str) -> Tally:
        """One rule over every unit."""
        total = Tally()
        for row in self.rows:
            if row.rule_id == rule_id:
                total.add(row.tally)
        return total

    @property
    def first_release_hours(self) -> list[float]:
        return [h for u in self.units for h in u.first_release_hours]

    def as_dict(self) -> dict[str, Any]:
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "now": self.now.isoformat(),
            "rows": [asdict(r) for r in self.rows],
            "units": [asdict(u) for u in self.units],
            "rules": dict(self.rules),
            "overdue": [{**asdict(o), "due_at": o.due_at.isoformat() if o.due_at else None} for o in self.overdue],
            "warnings": self.warnings,
        }
