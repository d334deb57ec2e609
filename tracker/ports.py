"""The response tracker's service layer, in one import for the web service and the CLI.

* :func:`dispatch` — 派单: create a case with the policy snapshot; returns the ``Case``.
* :func:`record_action` — append an action after validating the case's state and the details.
* :func:`case_view` — deadlines of a case at ``now`` (pure; no database access beyond loaded rows);
  ``CaseView.as_dict()`` gives plain JSON (Beijing times, seconds) for an API.
* :func:`follow_event_grade` — record a grade change when the event was since graded more severely.
* :func:`timeliness` — the leadership review per unit and rule over a period.
* :func:`run_due` — reminders, overdue marks and escalation; idempotent; call periodically.
"""

from __future__ import annotations

from tracker.cases import (
    CATEGORIES,
    DESK_ACTIONS,
    UNIT_ACTIONS,
    case_view,
    dispatch,
    follow_event_grade,
    get_case,
    record_action,
)
from tracker.deadlines import CaseView, RuleStatus
from tracker.enforce import run_due
from tracker.timeliness import TimelinessRow, timeliness

__all__ = [
    "CATEGORIES",
    "DESK_ACTIONS",
    "UNIT_ACTIONS",
    "CaseView",
    "RuleStatus",
    "TimelinessRow",
    "case_view",
    "dispatch",
    "follow_event_grade",
    "get_case",
    "record_action",
    "run_due",
    "timeliness",
]
