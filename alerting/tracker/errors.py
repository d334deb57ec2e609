"""Errors of the response tracker.

::

    TrackerError
    ├── CaseNotFound          no case with that id
    ├── InvalidAction         the action is not allowed in the case's state, or lacks details
    ├── PolicyError           policies.yaml is invalid (wraps ConfigError text)
    └── CalendarUnknownYear   a working-day rule needs a year the calendar does not know and the
                              policy's fallback is ``error``
    ImportProblem             one bad row of an import (row number and reason); collected, not raised
"""

from __future__ import annotations

from dataclasses import dataclass


class TrackerError(Exception):
    """Base of every response-tracker error."""


class CaseNotFound(TrackerError):
    pass


class InvalidAction(TrackerError):
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
