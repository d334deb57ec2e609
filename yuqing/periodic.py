"""Periodic jobs run inside ``yuqing alert`` (the escalation scheduler, the tracker's deadline checks).

Registering a job: a package provides a function ``periodic_jobs(ctx: JobContext) -> list[PeriodicJob]``
and its dotted module path is listed in :data:`JOB_PROVIDERS`. The response tracker's provider is
``tracker.jobs`` (deadline reminders); the service's is ``service.reports.jobs`` (daily and
weekly briefs). A listed module that does not exist is skipped. Each job is called as ``job.run(now)``
every ``interval_s`` seconds; a job that raises is logged and runs again next time. Jobs must be
idempotent (claim rows; another process may run the same job).
"""

from __future__ import annotations

import importlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from alerting.config import AlertingConfig
from alerting.notify import Dispatcher
from models.timeutil import Clock, utcnow
from yuqing.settings import Settings

log = logging.getLogger(__name__)

JOB_PROVIDERS: tuple[str, ...] = ("tracker.jobs", "service.reports.jobs")
"""Modules whose ``periodic_jobs(ctx)`` adds jobs to ``yuqing alert`` (missing modules are skipped)."""


@dataclass(frozen=True)
class JobContext:
    """What a job provider gets to build its jobs with."""

    settings: Settings
    session_factory: sessionmaker[Session]
    dispatcher: Dispatcher
    config: AlertingConfig
    clock: Clock = utcnow


@dataclass
class PeriodicJob:
    name: str
    interval_s: float
    run: Callable[[datetime], object]
    next_due: float = field(default=0.0)


def provided_jobs(ctx: JobContext, providers: tuple[str, ...] = JOB_PROVIDERS) -> list[PeriodicJob]:
    """Jobs from every provider module that exists."""
    jobs: list[PeriodicJob] = []
    for path in providers:
        try:
            module = importlib.import_module(path)
        except ModuleNotFoundError as exc:
            if exc.name == path:
                continue
            raise
        factory = getattr(module, "periodic_jobs", None)
        if factory is not None:
            jobs.extend(factory(ctx))
    return jobs


class PeriodicRunner:
    """Runs jobs on their intervals in one thread; ``wake()`` makes every job due now."""

    def __init__(self, jobs: list[PeriodicJob], *, clock: Clock = utcnow, tick_s: float = 0.5) -> None:
        self.jobs = jobs
        self.clock = clock
        self.tick_s = tick_s
        self._wake = threading.Event()

    def wake(self) -> None:
        self._wake.set()

    def run_once(self, force: bool = False) -> None:
        """Run every job that is due (or all, with ``force``)."""
        mono = time.monotonic()
        for job in self.jobs:
            if force or mono >= job.next_due:
                try:
                    job.run(self.clock())
                except Exception:
                    log.exception("periodic job %s failed; it runs again next interval", job.name)
                job.next_due = time.monotonic() + job.interval_s

    def run(self, stop: threading.Event) -> None:
        while not stop.is_set():
            woken = self._wake.is_set()
            self._wake.clear()
            self.run_once(force=woken)
            self._wake.wait(self.tick_s)
