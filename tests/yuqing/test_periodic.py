"""The periodic jobs of ``yuqing alert`` and the runner behind them."""

from __future__ import annotations

import time
from datetime import UTC, datetime

from yuqing.periodic import JobContext, PeriodicJob, PeriodicRunner, provided_jobs

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)


def test_runner_runs_due_jobs_and_survives_a_failing_one():
    ran: list[str] = []

    def broken(now: datetime) -> None:
        raise RuntimeError("boom")

    runner = PeriodicRunner(
        [PeriodicJob("broken", 60, broken), PeriodicJob("ok", 60, lambda now: ran.append(now.isoformat()))],
        clock=lambda: NOW,
    )
    runner.run_once()
    runner.run_once()  # not due again for 60 s
    assert ran == [NOW.isoformat()]
    runner.run_once(force=True)
    assert len(ran) == 2


def test_providers_get_the_context_and_add_their_jobs_in_order(make_settings):
    sent: list[object] = []
    ctx = JobContext(make_settings(), session_factory=None, notify=sent.append)  # type: ignore[arg-type]

    def deadlines(c: JobContext) -> list[PeriodicJob]:
        return [PeriodicJob("deadlines", 30, lambda now: c.notify(now))]  # type: ignore[arg-type]

    def briefs(c: JobContext) -> list[PeriodicJob]:
        return [PeriodicJob("daily", 600, lambda now: None), PeriodicJob("weekly", 600, lambda now: None)]

    jobs = provided_jobs(ctx, (deadlines, briefs))
    assert [j.name for j in jobs] == ["deadlines", "daily", "weekly"]
    jobs[0].run(NOW)
    assert sent == [NOW]


def test_a_wake_runs_the_jobs_that_act_on_new_alerts_and_leaves_the_others_to_their_interval():
    ran: list[str] = []
    runner = PeriodicRunner(
        [
            PeriodicJob("escalation", 60, lambda now: ran.append("escalation"), on_wake=True),
            PeriodicJob("deadlines", 60, lambda now: ran.append("deadlines")),
        ],
        clock=lambda: NOW,
        wake_spacing_s=0.2,
    )
    runner.run_once()
    assert ran == ["escalation", "deadlines"]
    time.sleep(0.25)
    runner.run_once(woken=True)  # an alert was raised: its notices go out now, deadlines wait
    assert ran == ["escalation", "deadlines", "escalation"]
    runner.run_once(woken=True)  # woken again at once (the next batch): not again within the spacing ...
    assert ran == ["escalation", "deadlines", "escalation"]
    time.sleep(0.25)
    runner.run_once()  # ... but as soon as it has passed, woken or not
    assert ran == ["escalation", "deadlines", "escalation", "escalation"]
