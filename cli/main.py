"""Entry point of the ``yuqing`` command: the top layer, the one place that composes the stages.

Each package contributes its commands through a ``register(app)`` function in its ``cli`` module;
what a stage needs from another (the service's ports, the alert worker's periodic jobs) is passed
in from :mod:`cli.compose`. Heavy imports (scikit-learn, scrapy, uvicorn) happen inside the
commands, so ``yuqing --help`` stays fast.
"""

from __future__ import annotations

import sys

import typer
from sqlalchemy.exc import SQLAlchemyError

import alerting.cli
import classifier.cli
import cli.configs
import cli.infra
import cli.run
import cli.status
import collectors.cli
import service.cli
import tracker.cli
from cli import compose
from yuqing.db.problems import database_problem
from yuqing.errors import YuqingError


def build_app() -> typer.Typer:
    app = typer.Typer(
        name="yuqing",
        help="政务舆情监测与回应服务: collect, classify, alert, track responses, serve the desk.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
    )
    cli.infra.register(app)
    cli.configs.register(app)
    cli.run.register(app)
    cli.status.register(app)
    collectors.cli.register(app)
    classifier.cli.register(app)
    alerting.cli.register(app, job_providers=compose.periodic_jobs)
    tracker.cli.register(app)
    service.cli.register(app, stages=compose.configured_stage_ports)
    return app


def main() -> None:
    app = build_app()
    try:
        app()
    except YuqingError as exc:
        typer.secho(f"error: {exc}", fg=typer.colors.RED, err=True)
        sys.exit(2)
    except SQLAlchemyError as exc:  # down, unreachable or not migrated: said in words, not a traceback
        typer.secho(f"error: {database_problem(exc)}", fg=typer.colors.RED, err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
