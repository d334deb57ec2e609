"""``yuqing status``: broker, topics, lag, workers, sources and database on one screen."""

from __future__ import annotations

import json

import typer

from yuqing.settings import load_settings


def register(app: typer.Typer) -> None:
    @app.command("status")
    def status(as_json: bool = typer.Option(False, "--json", help="Print one JSON object.")) -> None:
        """One-screen summary of the running installation. Exit 1 if the broker or database is down."""
        from cli.status_screen import gather, render

        report = gather(load_settings())
        if as_json:
            typer.echo(json.dumps(report.__dict__, ensure_ascii=False, default=str))
        else:
            typer.echo(render(report))
        if not report.healthy:
            raise typer.Exit(1)
