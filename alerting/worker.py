"""Composition root of ``yuqing alert``.

One process runs:

* the ``items.classified`` consumer (group ``alerting``): :class:`~alerting.handler.ClassifiedItemHandler`.
  Several workers (processes, machines) in the group share the partitions; no lock is shared by
  all of them (:mod:`alerting.locks`);
* a ``sources.health`` consumer (group ``alerting-external``) storing the collectors' source-health
  reports as alerts, so they reach the desk's feed and escalate like rule alerts (the collectors
  need no notifier of their own). The stage publishes on ``alerts`` (the desk's feed) and reads
  nothing it publishes;
* a periodic-job thread: the escalation scheduler (every second, and at once when an alert was
  raised) plus the jobs of the providers the composition root passes in (``job_providers``: the
  response tracker's deadline job and the service's briefs, see ``cli.compose.periodic_jobs``);
  their notices go out through this process's channels (:func:`alerting.notify.messages.message_sender`).
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from collections.abc import Sequence

from sqlalchemy.orm import Session, sessionmaker

from alerting.config import AlertingConfig, AlertRulesFile, load_alerting_config, parse_alert_rules
from alerting.escalation.scheduler import EscalationScheduler
from alerting.handler import ClassifiedItemHandler, ExternalAlertHandler, WorkerStats
from alerting.notify import build_dispatcher
from alerting.notify.messages import message_sender
from models.topics import ITEMS_CLASSIFIED, SOURCE_HEALTH
from yuqing.bus import BusProducer, StageStats
from yuqing.config_versions import LiveDocument
from yuqing.db.engine import make_engine, make_session_factory
from yuqing.names import NameBook
from yuqing.periodic import JobContext, JobProvider, PeriodicJob, PeriodicRunner, provided_jobs
from yuqing.settings import Settings
from yuqing.worker import install_stop_signals, run_stage, tune_garbage_collector

log = logging.getLogger(__name__)

QUIET_TOPIC_FETCH = {"fetch.min.bytes": 1, "fetch.wait.max.ms": 1000}
"""Fetching from ``sources.health`` (a few messages a day): the broker answers a fetch as soon as
one message is there (so nothing waits for a batch to fill) and otherwise after a second. An empty
fetch costs the broker about 3 ms of CPU on the development machine: at the stages' 100 ms this
idle consumer alone took 3 % of a core from the broker, i.e. from the stages beside it."""


def run_alert_worker(
    settings: Settings,
    *,
    group: str = "alerting",
    worker_id: str | None = None,
    stop: threading.Event | None = None,
    idle_exit_s: float | None = None,
    job_providers: Sequence[JobProvider] = (),
    grouping_stats: WorkerStats | None = None,
) -> StageStats:
    """Run the alert worker until ``stop`` is set (or the consumer was idle for ``idle_exit_s``),
    with the periodic jobs of ``job_providers`` beside the escalation scheduler. ``grouping_stats``
    collects what the ``items.classified`` handler did and waited."""
    stop = stop or threading.Event()
    install_stop_signals(stop)
    worker_id = worker_id or f"{socket.gethostname()}:{os.getpid()}"
    config = load_alerting_config(settings.jurisdiction_dir)
    engine = make_engine(settings.effective_database_url)
    sessions = make_session_factory(engine)
    feed = BusProducer(settings.bootstrap_servers, settings.kafka_topic_prefix, client_id="yuqing-alert-feed")
    dispatcher = build_dispatcher(config.channels, producer=feed)
    scheduler = EscalationScheduler(
        sessions, dispatcher, desk_recipients=dict(config.channels.desk_recipients), worker_id=worker_id
    )
    jobs = [PeriodicJob("escalation", 1.0, lambda _now: scheduler.run_due(), on_wake=True)]
    names = NameBook(sessions, settings.jurisdiction_dir)
    notify = message_sender(sessions, dispatcher, dict(config.channels.desk_recipients), names=names)
    jobs += provided_jobs(JobContext(settings, sessions, notify), list(job_providers))
    runner = PeriodicRunner(jobs)
    background_stop = threading.Event()
    threads = [
        threading.Thread(target=runner.run, args=(background_stop,), name="alert-periodic", daemon=True),
        threading.Thread(
            target=run_stage,
            kwargs={
                "settings": settings,
                "stage": "alert-external",
                "topic": SOURCE_HEALTH,
                "group": f"{group}-external",
                "make_handler": lambda producer: ExternalAlertHandler(
                    sessions, config, producer, on_raised=runner.wake
                ),
                "stop": background_stop,
                **QUIET_TOPIC_FETCH,
            },
            name="alert-external",
            daemon=True,
        ),
    ]
    tune_garbage_collector()
    for thread in threads:
        thread.start()
    try:
        return run_stage(
            settings,
            stage="alert",
            topic=ITEMS_CLASSIFIED,
            group=group,
            make_handler=lambda producer: ClassifiedItemHandler(
                sessions,
                config,
                producer,
                on_raised=runner.wake,
                live_rules=live_alert_rules(sessions, config),
                stats=grouping_stats,
            ),
            stop=stop,
            idle_exit_s=idle_exit_s,
        )
    finally:
        background_stop.set()
        for thread in threads:
            thread.join(timeout=30)
        feed.close()
        engine.dispose()


def live_alert_rules(
    sessions: sessionmaker[Session], config: AlertingConfig, interval_s: float = 2.0
) -> LiveDocument[AlertRulesFile]:
    """The alert rules in force: the newest version edited online (checked every ``interval_s``
    seconds), else the file."""

    def parse(text: str, name: str) -> AlertRulesFile:
        return parse_alert_rules(text, name, config)

    return LiveDocument(sessions, "alert_rules", parse, initial=config.rules, interval_s=interval_s)
