"""The tracker's periodic jobs for ``yuqing alert``: deadline reminders, overdue and escalation, and
automatic dispatch by policy.

:func:`deadline_jobs` and :func:`auto_dispatch_jobs` are job providers
(:data:`yuqing.periodic.JobProvider`); the composition root (``cli.compose.periodic_jobs``) hands
them to the alert worker, which runs :func:`~tracker.enforce.run_due` every ``INTERVAL_S`` seconds
and :func:`~tracker.auto_dispatch.run_auto_dispatch` every ``AUTO_DISPATCH_INTERVAL_S`` seconds
(and at once whenever it raised an alert). Notices go out through ``JobContext.notify``: the
alerting stage's channels (every configured channel, the desk's live feed on the ``alerts`` topic
included), reminders, overdue notices and automatic dispatches to the case's units and the desk,
escalations to the units' leaders and the desk.
"""

from __future__ import annotations

import logging
from datetime import datetime

from tracker.auto_dispatch import AutoDispatchResult, policy_loader, run_auto_dispatch
from tracker.enforce import run_due
from tracker.errors import PolicyError
from yuqing.periodic import JobContext, PeriodicJob

log = logging.getLogger(__name__)

INTERVAL_S = 30.0
AUTO_DISPATCH_INTERVAL_S = 10.0


def deadline_jobs(ctx: JobContext) -> list[PeriodicJob]:
    """The deadline job."""
    return [PeriodicJob("tracker-deadlines", INTERVAL_S, lambda now: run_due(ctx.session_factory, now, ctx.notify))]


def auto_dispatch_jobs(ctx: JobContext) -> list[PeriodicJob]:
    """The automatic-dispatch job, with the policies in force read at every run (online edits
    included; an invalid one is logged and the run skipped: nothing is dispatched on a guess)."""
    load = policy_loader(ctx.session_factory, ctx.settings.jurisdiction_dir)

    def run(now: datetime) -> AutoDispatchResult | None:
        try:
            policy = load()
        except PolicyError as exc:
            log.error("automatic dispatch skipped: %s", exc)
            return None
        return run_auto_dispatch(ctx.session_factory, now, ctx.notify, policy)

    return [PeriodicJob("tracker-auto-dispatch", AUTO_DISPATCH_INTERVAL_S, run, on_wake=True)]
