"""Errors of the response tracker.

::

    YuqingError
    └── TrackerError
        ├── CaseNotFound          no case with that id                                   (NotFound)
        ├── InvalidAction         the action lacks details or has bad ones                (Invalid)
        │   └── CaseStateConflict the action is not allowed in the case's state           (Conflict)
        │                         (e.g. sign a closed case)
        ├── PolicyError           policies.yaml is invalid (wraps ConfigError text)       (Invalid)
        └── CalendarUnknownYear   a working-day rule needs a year the calendar does not   (Invalid)
                                  know and the policy's fallback is ``error``
    ImportProblem             one bad row of an import (row number and reason); collected, not raised

The family in brackets (:mod:`yuqing.errors`) is how a boundary such as the web service answers.
"""

from __future__ import annotations

from dataclasses import dataclass

from yuqing.errors import Conflict, Invalid, NotFound, YuqingError


class TrackerError(YuqingError):
    """Base of every response-tracker error."""


class CaseNotFound(TrackerError, NotFound):
    pass


class InvalidAction(TrackerError, Invalid):
    pass


class CaseStateConflict(InvalidAction, Conflict):
    pass


class PolicyError(TrackerError, Invalid):
    pass


class CalendarUnknownYear(TrackerError, Invalid):
    pass


@dataclass(frozen=True)
class ImportProblem:
    """A row of an imported spreadsheet that was skipped, and why."""

    row: int
    reason: str
