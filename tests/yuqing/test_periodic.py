"""The periodic-job hook of ``yuqing alert``."""

from __future__ import annotations

import sys
import types
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


def test_provider_modules_add_jobs_and_missing_ones_are_skipped(monkeypatch, make_settings):
    module = types.ModuleType("yq_test_jobs")
    module.periodic_jobs = lambda ctx: [PeriodicJob("tracker", 30, lambda now: None)]  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "yq_test_jobs", module)
    ctx = JobContext(make_settings(), session_factory=None, dispatcher=None, config=None)  # type: ignore[arg-type]
    jobs = provided_jobs(ctx, ("yq_test_jobs", "yq_absent_module"))
    assert [j.name for j in jobs] == ["tracker"]
