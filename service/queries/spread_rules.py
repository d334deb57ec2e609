"""The pure rules of a story's 传播路径: when the volume jumped, its peak, and which case record is
the first official response. No database here: :mod:`service.queries.spread` reads the rows and
applies these.

**Jump rule** (量级跃升). On the event's hourly item counts (local hours, quiet hours as zeros),
hour *h* is a jump when

* it has at least :data:`JUMP_MIN_ITEMS` (3) items, and
* its count is at least :data:`JUMP_FACTOR` (2) times the median count of the (up to)
  :data:`JUMP_WINDOW` (6) hours before it, counted from the first post's hour.

The first post's own hour has nothing before it and is never a jump (it is the 首发); a steady
flow (3, 3, 3, ...) is not a jump either, and a burst after quiet hours is (six zeros, then 3).
Several jumps in a row are each reported: the volume kept doubling. The thresholds are
deliberately simple so the desk can check them by eye.

**First official response** (官方首次回应) is the earliest 首次发布 (``first_release``) record of the
event's cases, the action the response tracker's timeliness review and its 5-hour rule count
(``tracker.timeliness``: the minimum ``at`` of the case's ``first_release`` actions). A record
that was corrected is replaced by its correction, as the tracker's deadlines do
(``tracker.deadlines.effective_actions``).
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from models.db.cases import CaseAction
from models.enums import CaseActionKind
from models.timeutil import ensure_aware

JUMP_FACTOR = 2.0
JUMP_MIN_ITEMS = 3
JUMP_WINDOW = 6

PeakRelation = Literal["before", "during", "after"]
"""Where a moment falls against the busiest hour: before it began, inside it, or after it ended."""


def jump_hours(counts: Sequence[int]) -> list[int]:
    """Indexes of the hours of ``counts`` (oldest first, one per hour) that are jumps (module doc)."""
    return [
        h
        for h in range(1, len(counts))
        if counts[h] >= JUMP_MIN_ITEMS and counts[h] >= JUMP_FACTOR * jump_baseline(counts, h)
    ]


def jump_baseline(counts: Sequence[int], h: int) -> float:
    """The median count of the (up to) :data:`JUMP_WINDOW` hours before hour ``h`` (``h`` ≥ 1)."""
    return float(statistics.median(counts[max(0, h - JUMP_WINDOW) : h]))


def peak_hour(counts: Sequence[int]) -> int | None:
    """Index of the busiest hour (the earliest of equals); ``None`` when every hour is empty."""
    if not counts or max(counts) == 0:
        return None
    return max(range(len(counts)), key=lambda h: (counts[h], -h))


def peak_relation(at: datetime, peak_start: datetime, peak_end: datetime) -> PeakRelation:
    if at < peak_start:
        return "before"
    return "during" if at < peak_end else "after"


@dataclass(frozen=True)
class Release:
    """One effective 首次发布 record of a case."""

    case_id: int
    at: datetime
    channel: str | None
    url: str | None


def effective(actions: Iterable[CaseAction]) -> list[CaseAction]:
    """``actions`` without the ones a later record corrects (the tracker's rule, module doc)."""
    rows = sorted(actions, key=lambda a: (a.case_id, a.seq))
    corrected = {a.corrects_id for a in rows if a.corrects_id is not None}
    return [a for a in rows if a.id not in corrected]


def first_release(actions: Iterable[CaseAction]) -> Release | None:
    """The earliest effective 首次发布 among ``actions`` (of one or several cases), or ``None``."""
    releases = [a for a in effective(actions) if a.kind == CaseActionKind.FIRST_RELEASE]
    if not releases:
        return None
    first = min(releases, key=lambda a: (ensure_aware(a.at), a.case_id, a.seq))
    details: dict[str, Any] = first.details or {}
    return Release(first.case_id, ensure_aware(first.at), _text(details.get("channel")), _text(details.get("url")))


def _text(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None
