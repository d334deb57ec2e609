"""Commands of the collectors: ``yuqing collect``."""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from collectors.runner import SourceOutcome
    from yuqing.settings import Settings


def register(app: typer.Typer) -> None:
    """Add the collector commands to ``app``."""

    @app.command("collect")
    def collect(
        source: Annotated[list[str] | None, typer.Option("--source", help="Only this source id (repeatable).")] = None,
        once: Annotated[bool, typer.Option("--once", help="Poll each source once, then exit.")] = False,
        dry_run: Annotated[bool, typer.Option("--dry-run", help="Fetch --url once and print its items.")] = False,
        url: Annotated[str | None, typer.Option("--url", help="The URL to try (with --dry-run).")] = None,
        type_: Annotated[str, typer.Option("--type", help="rss, web or json_api (with --dry-run).")] = "rss",
        status: Annotated[bool, typer.Option("--status", help="Print each source's health and exit.")] = False,
    ) -> None:
        """Collect from the sources in sources.yaml into items.raw (runs until stopped, or --once)."""
        from yuqing.logs import configure_logging
        from yuqing.settings import load_settings

        settings = load_settings()
        configure_logging(settings.log_level, settings.log_json, "collect")
        logging.getLogger("httpx").setLevel(logging.WARNING)
        if dry_run:
            if not url:
                raise typer.BadParameter("--dry-run needs --url")
            from collectors.dryrun import dry_run as try_source

            result = try_source(url, type_)
            for item in result.items:
                typer.echo(json.dumps(item.model_dump(mode="json"), ensure_ascii=False))
            for note in result.notes:
                typer.echo(note, err=True)
            for error in result.errors:
                typer.secho(f"error: {error}", fg=typer.colors.RED, err=True)
            if result.errors:
                raise typer.Exit(1)
            return
        if status:
            from collectors.health_table import print_status

            print_status(settings, typer.echo)
            return
        _collect(settings, source or [], once)


def _collect(settings: Settings, only: list[str], once: bool) -> None:

    from collectors.worker import build_app, sources_of
    from yuqing.worker import install_stop_signals

    sources = sources_of(settings)
    if only:
        chosen = [sources.get(i) for i in only]
        sources = sources.model_copy(update={"sources": chosen})
    app = build_app(settings, sources)
    try:
        if once:
            for outcome in app.runner.run_once():
                _echo(outcome)
            return
        install_stop_signals(app.stop)
        typer.echo(f"collecting from {len(app.runner.sources)} sources; Ctrl-C to stop")
        app.runner.run_forever(app.stop, on_outcome=_echo)
    finally:
        app.close()


def _echo(outcome: SourceOutcome) -> None:
    if outcome.ok:
        note = "not modified" if outcome.not_modified else f"{outcome.published} new"
        typer.echo(f"{outcome.source_id}: ok, {note} ({outcome.seconds:.1f} s)")
    else:
        typer.secho(f"{outcome.source_id}: FAILED {outcome.error}", fg=typer.colors.RED, err=True)
