"""Commands of the alerting stage: ``yuqing alert`` (the worker)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from yuqing.periodic import JobProvider


def register(app: typer.Typer, *, job_providers: Callable[[], Sequence[JobProvider]] = tuple) -> None:
    """Add ``alert`` to ``app``; ``job_providers()`` gives the periodic jobs it runs besides escalation
    (called when the command runs, so ``yuqing --help`` imports no stage)."""

    @app.command("alert")
    def alert(
        group: str = typer.Option("alerting", help="Kafka consumer group of the items.classified consumer."),
        worker_id: str = typer.Option("", help="Name of this worker in claims and logs (default: host:pid)."),
        idle_exit: float = typer.Option(0.0, help="Exit after this many idle seconds (0: run until stopped)."),
    ) -> None:
        """Consume items.classified: store items, group events, raise alerts; notify and escalate."""
        import json

        from alerting.handler import WorkerStats
        from alerting.worker import run_alert_worker
        from yuqing.logs import configure_logging
        from yuqing.settings import load_settings

        settings = load_settings()
        configure_logging(settings.log_level, settings.log_json, "alert")
        grouping = WorkerStats()
        stats = run_alert_worker(
            settings,
            group=group,
            worker_id=worker_id or None,
            idle_exit_s=idle_exit or None,
            job_providers=job_providers(),
            grouping_stats=grouping,
        )
        typer.echo(f"alert worker stopped: {stats.processed} items, {stats.dead_lettered} dead-lettered")
        # For operators and bench/e2e.py: items stored, time spent waiting on other workers, retries.
        typer.echo(f"alert worker grouping: {json.dumps(grouping.as_dict())}")
