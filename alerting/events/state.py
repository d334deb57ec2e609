"""An event as the rules and alerts see it, and where one item of a batch went."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from alerting.store import Incoming
from models.db import Event
from models.enums import IncidentGrade


def grade_severity(grade: str | None) -> int:
    return IncidentGrade(grade).severity if grade else 0


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
