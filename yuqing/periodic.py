"""Periodic jobs and the runner that runs them in one thread (inside ``yuqing alert``).

A job provider is a function ``(JobContext) -> list[PeriodicJob]``. The stages do not find each
other's providers: the composition root (``cli.compose.periodic_jobs``) lists them (the response
tracker's deadline job, the service's briefs) and hands them to the alert worker, which adds its
escalation scheduler. Each job is called as ``job.run(now)`` every ``interval_s`` seconds; a job
that raises is logged and runs again next time. Jobs must be idempotent (claim rows; another
process may run the same job).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from models.messages import AlertMessage
from models.timeutil import Clock, utcnow
from yuqing.settings import Settings

log = logging.getLogger(__name__)

Notify = Callable[[AlertMessage], None]
"""Delivers one alert message through every configured channel; raises when nothing was delivered."""


@dataclass(frozen=True)
class JobContext:
    """What a job provider gets to build its jobs with."""

    settings: Settings
    session_factory: sessionmaker[Session]
    notify: Notify
    clock: Clock = utcnow


@dataclass
class PeriodicJob:
    name: str
    interval_s: float
    run: Callable[[datetime], object]
    next_due: float = field(default=0.0)
    started: float = field(default=float("-inf"))
    """When it last started (``time.monotonic()``)."""
    on_wake: bool = False
    """Also run at once when the runner is woken (an alert was raised: its first notices, an
    automatic dispatch), not only every ``interval_s``. Jobs that do not act on new alerts (deadline
    checks, briefs) keep their interval, so a stream raising alerts every batch does not run them
    every batch."""


JobProvider = Callable[[JobContext], list[PeriodicJob]]


def provided_jobs(ctx: JobContext, providers: tuple[JobProvider, ...] | list[JobProvider]) -> list[PeriodicJob]:
    """The jobs of every provider, in order."""
    return [job for provider in providers for job in provider(ctx)]


class PeriodicRunner:
    """Runs jobs on their intervals in one thread; ``wake()`` runs the ``on_wake`` jobs now."""

    def __init__(
        self, jobs: list[PeriodicJob], *, clock: Clock = utcnow, tick_s: float = 0.5, wake_spacing_s: float = 1.0
    ) -> None:
        self.jobs = jobs
        self.clock = clock
        self.tick_s = tick_s
        self.wake_spacing_s = wake_spacing_s
        """A woken job runs at once unless it ran less than this long ago (then when that has passed):
        a backlog raising alerts every batch runs it about once a second, not every batch."""
        self._wake = threading.Event()

    def wake(self) -> None:
        self._wake.set()

    def run_once(self, force: bool = False, *, woken: bool = False) -> None:
        """Run every job that is due (or all, with ``force``; with ``woken``, the ``on_wake`` ones too)."""
        mono = time.monotonic()
        for job in self.jobs:
            if woken and job.on_wake:
                job.next_due = min(job.next_due, job.started + self.wake_spacing_s)
            if force or mono >= job.next_due:
                job.started = time.monotonic()
                try:
                    job.run(self.clock())
                except Exception:
                    log.exception("periodic job %s failed; it runs again next interval", job.name)
                job.next_due = time.monotonic() + job.interval_s

    def run(self, stop: threading.Event) -> None:
        while not stop.is_set():
            woken = self._wake.is_set()
            self._wake.clear()
            self.run_once(woken=woken)
            self._wake.wait(self.tick_s)
