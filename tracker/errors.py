"""Errors of the response tracker.

::

    YuqingError
    └── TrackerError
        ├── CaseNotFound          no case with that id
        ├── InvalidAction         the action lacks details or has bad ones
        │   └── CaseStateConflict the action is not allowed in the case's state (e.g. sign a closed case)
        ├── PolicyError           policies.yaml is invalid (wraps ConfigError text)
        └── CalendarUnknownYear   a working-day rule needs a year the calendar does not know
                                  and the policy's fallback is ``error``
    ImportProblem             one bad row of an import (row number and reason); collected, not raised
"""

from __future__ import annotations

from dataclasses import dataclass

from yuqing.errors import YuqingError


class TrackerError(YuqingError):
    """Base of every response-tracker error."""


class CaseNotFound(TrackerError):
    pass


class InvalidAction(TrackerError):
    pass


class CaseStateConflict(InvalidAction):
    pass


class PolicyError(TrackerError):
    pass


class CalendarUnknownYear(TrackerError):
    pass


@dataclass(frozen=True)
class ImportProblem:
    """A row of an imported spreadsheet that was skipped, and why."""

    row: int
    reason: str
