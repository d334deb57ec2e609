"""Entry point of the ``yuqing`` command.

Each package contributes its commands through a ``register(app)`` function in its ``cli`` module;
heavy imports (scikit-learn, scrapy, uvicorn) happen inside the commands, so ``yuqing --help``
stays fast.
"""

from __future__ import annotations

import importlib
import sys

import typer

from yuqing.errors import YuqingError

COMMAND_MODULES = (
    "cli.infra",
    "cli.run",
    "cli.status",
    "collectors.cli",
    "classifier.cli",
    "alerting.cli",
    "tracker.cli",
    "service.cli",
)


def build_app() -> typer.Typer:
    app = typer.Typer(
        name="yuqing",
        help="政务舆情监测与回应服务: collect, classify, alert, track responses, serve the desk.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
    )
    for module in COMMAND_MODULES:
        importlib.import_module(module).register(app)
    return app


def main() -> None:
    app = build_app()
    try:
        app()
    except YuqingError as exc:
        typer.secho(f"error: {exc}", fg=typer.colors.RED, err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
