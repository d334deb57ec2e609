"""The tracker's periodic job for ``yuqing alert``: deadline reminders, overdue and escalation.

:func:`deadline_jobs` is a job provider (:data:`yuqing.periodic.JobProvider`); the composition root
(``cli.compose.periodic_jobs``) hands it to the alert worker, which runs :func:`~tracker.enforce.run_due`
every ``INTERVAL_S`` seconds. Notices go out through ``JobContext.notify``: the alerting stage's
channels (every configured channel, the desk's live feed on the ``alerts`` topic included),
reminders and overdue notices to the case's units and the desk, escalations to the units' leaders
and the desk.
"""

from __future__ import annotations

from tracker.enforce import run_due
from yuqing.periodic import JobContext, PeriodicJob

INTERVAL_S = 30.0


def deadline_jobs(ctx: JobContext) -> list[PeriodicJob]:
    """The deadline job."""
    return [PeriodicJob("tracker-deadlines", INTERVAL_S, lambda now: run_due(ctx.session_factory, now, ctx.notify))]
