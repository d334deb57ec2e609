"""An event as the rules and alerts see it, and where one item of a batch went."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from alerting.store import Incoming
from models.db import Event
from models.enums import IncidentGrade

_SEVERITY = {grade.value: grade.severity for grade in IncidentGrade}
"""statutory grade value → :attr:`~models.enums.IncidentGrade.severity` (looked up several times per item)"""


def grade_severity(grade: str | None) -> int:
    """The severity of a stored grade value (0 for none); a value that is no grade is a ``ValueError``."""
    if not grade:
        return 0
    try:
        return _SEVERITY[grade]
    except KeyError:
        raise ValueError(f"{grade!r} is not a valid IncidentGrade") from None


@dataclass
class EventState:
    """An event as the rules and alerts see it (its committed state, read under its row lock)."""

    id: int
    title: str
    grade: str | None
    places: list[str]
    lead_unit: str | None
    co_units: list[str]
    sources: list[str]
    item_count: int


STATE_COLUMNS = (
    Event.title,
    Event.grade,
    Event.places,
    Event.lead_unit,
    Event.co_units,
    Event.sources,
    Event.item_count,
    Event.merged_into_id,
)


def state_of(row: Any) -> EventState:
    return EventState(row.id, row.title, row.grade, list(row.places or []), row.lead_unit,
                      list(row.co_units or []), list(row.sources or []), row.item_count)  # fmt: skip


@dataclass
class Assignment:
    """Where one item went, and what materially changed about its event."""

    item: Incoming
    event: EventState
    created: bool
    grade_up: bool = False
    new_places: tuple[str, ...] = ()
