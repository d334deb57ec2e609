"""Commands of the service: ``yuqing serve``, ``yuqing brief`` and ``yuqing user create|set-password|set-name|list``."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from models.ports import StagePorts
    from yuqing.settings import Settings


def register(app: typer.Typer, *, stages: Callable[[], StagePorts]) -> None:
    """Add ``serve``, ``brief`` and the ``user`` command group to ``app``; ``stages()`` builds the
    stages' ports (called when a command runs, so ``yuqing --help`` imports no stage)."""
    users = typer.Typer(help="Manage accounts of the web service.", no_args_is_help=True)
    app.add_typer(users, name="user")

    @app.command()
    def serve(
        host: str = typer.Option(None, help="Listen address (default: YUQING_HTTP_HOST)."),
        port: int = typer.Option(None, help="Listen port (default: YUQING_HTTP_PORT)."),
    ) -> None:
        """Serve the API (docs at /docs) and the web UI."""
        import uvicorn

        from service.app import create_app
        from yuqing.logs import configure_logging
        from yuqing.settings import load_settings

        settings = load_settings()
        configure_logging(settings.log_level, settings.log_json, process="serve")
        _prepare_apart(settings, stages)
        ports = stages()
        uvicorn.run(
            create_app(settings, ports),
            host=host or settings.http_host,
            port=port or settings.http_port,
            log_config=None,
            # create_app believes forwarded headers from YUQING_TRUSTED_PROXIES only; uvicorn's
            # own handling would trust 127.0.0.1 by default.
            proxy_headers=False,
        )

    @app.command()
    def brief(
        kind: str = typer.Option("daily", "--kind", help="daily (日报) or weekly (周报, 7 days ending --day)."),
        day: str = typer.Option(None, "--day", help="Local day YYYY-MM-DD (default: yesterday)."),
        out: str = typer.Option(None, "--out", help="Folder (default: <data_dir>/reports)."),
    ) -> None:
        """Write a daily or weekly brief as docx, xlsx and PDF (for cron, or on demand)."""
        from datetime import date, timedelta
        from pathlib import Path

        from models.timeutil import to_local, utcnow
        from service.reports.jobs import write_brief
        from yuqing.db.engine import make_engine, make_session_factory
        from yuqing.errors import ConfigError
        from yuqing.settings import load_settings

        if kind not in ("daily", "weekly"):
            raise ConfigError("--kind must be daily or weekly")
        now = utcnow()
        try:
            the_day = date.fromisoformat(day) if day else to_local(now).date() - timedelta(days=1)
        except ValueError as exc:
            raise ConfigError("--day must be YYYY-MM-DD") from exc
        settings = load_settings()
        engine = make_engine(settings.effective_database_url)
        try:
            folder = Path(out) if out else settings.data_dir / "reports"
            sessions = make_session_factory(engine)
            review = stages().timeliness
            written = write_brief(
                sessions,
                review,
                kind,  # type: ignore[arg-type]
                the_day,
                folder,
                now,
                settings.jurisdiction_dir,
                settings.public_url,
            )
            for path in written:
                typer.echo(str(path))
        finally:
            engine.dispose()

    @users.command("create")
    def create(
        username: str = typer.Option(..., "--username", help="Login name."),
        role: str = typer.Option(..., "--role", help="desk, unit, leader or admin."),
        unit: str = typer.Option(None, "--unit", help="The unit, by id or full name (required for role unit)."),
        display_name: str = typer.Option(None, "--display-name", help="The person's name shown on pages, e.g. 王芳."),
        password_stdin: bool = typer.Option(False, "--password-stdin", help="Read the password from stdin."),
    ) -> None:
        """Create a user; the password is prompted for (or read from stdin), never an argument."""
        from models.enums import Role
        from models.timeutil import utcnow
        from service.auth.users import create_user
        from yuqing.errors import ConfigError
        from yuqing.settings import load_settings

        try:
            parsed = Role(role)
        except ValueError as exc:
            raise ConfigError(f"--role must be one of {', '.join(r.value for r in Role)}") from exc
        password = _new_password(password_stdin)
        settings = load_settings()
        _sync_units(settings)
        with _accounts(settings) as db:
            user = create_user(
                db,
                username=username,
                password=password,
                role=parsed,
                unit_id=unit,
                now=utcnow(),
                display_name=display_name,
            )
            typer.echo(f"created user {user.username} (id {user.id}, role {parsed.value})")

    @users.command("set-password")
    def set_password_cmd(
        username: str = typer.Option(..., "--username", help="Login name."),
        password_stdin: bool = typer.Option(False, "--password-stdin", help="Read the password from stdin."),
    ) -> None:
        """Give a user a new password (a forgotten one, or after a leak); signs the user out everywhere."""
        from models.timeutil import utcnow
        from service.auth.users import set_password, user_named
        from yuqing.settings import load_settings

        password = _new_password(password_stdin)
        with _accounts(load_settings()) as db:
            set_password(db, user_named(db, username), password, now=utcnow(), actor="cli")
            typer.echo(f"password of {username} changed; its sessions and tokens are signed out")

    @users.command("set-name")
    def set_name_cmd(
        username: str = typer.Option(..., "--username", help="Login name."),
        display_name: str = typer.Option(..., "--display-name", help="The name shown on pages ('' for the login)."),
    ) -> None:
        """Set the name a user is shown by on pages, records and briefs."""
        from models.timeutil import utcnow
        from service.auth.users import set_display_name, user_named
        from yuqing.settings import load_settings

        with _accounts(load_settings()) as db:
            set_display_name(db, user_named(db, username), display_name, now=utcnow(), actor="cli")
            typer.echo(f"{username} is shown as {display_name.strip() or username}")

    @users.command("list")
    def list_cmd() -> None:
        """Every account: login, name shown, role, unit, active."""
        from sqlalchemy import select

        from models.db import Unit, User
        from yuqing.settings import load_settings

        with _accounts(load_settings()) as db:
            units = {row.id: row.name for row in db.execute(select(Unit.id, Unit.name))}
            for user in db.scalars(select(User).order_by(User.username)):
                unit = f"  {units.get(user.unit_id, user.unit_id)}" if user.unit_id else ""
                state = "" if user.active else "  (停用)"
                typer.echo(f"{user.username}  {user.display_name or '-'}  {user.role}{unit}{state}")


def _new_password(from_stdin: bool) -> str:
    """The password from one line of standard input, else prompted for twice (never an argument)."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return str(typer.prompt("Password", hide_input=True, confirmation_prompt=True))


@contextmanager
def _accounts(settings: Settings) -> Iterator[Session]:
    """A transaction on the accounts; an account error (weak password, unknown user or unit) is
    printed in one line and exits 2."""
    from service.errors import ServiceError
    from yuqing.db.engine import make_engine, make_session_factory, transaction

    engine = make_engine(settings.effective_database_url)
    try:
        with transaction(make_session_factory(engine)) as db:
            yield db
    except ServiceError as exc:
        typer.secho(f"error: {exc}", fg=typer.colors.RED, err=True)
        raise typer.Exit(2) from exc
    finally:
        engine.dispose()


def _prepare_apart(settings: Settings, stages: Callable[[], StagePorts]) -> None:
    """Mirror units.yaml and import the changed rule files (:func:`_prepare`) in a process of their
    own, started afresh, before the server starts; its errors are raised here.

    Done in the server's own process, this start-up work (an ORM flush on an engine of its own,
    then disposed) left the process in a state where CPython crashed with a segmentation fault
    after a few dozen to a few hundred page views on SQLite (freed memory used during a later
    garbage collection; not with the collector disabled, not when the same work ran apart). The
    server process now starts from a clean state.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        pool.submit(_prepare, settings, stages).result()


def _prepare(settings: Settings, stages: Callable[[], StagePorts]) -> None:
    from yuqing.logs import configure_logging

    configure_logging(settings.log_level, settings.log_json, process="serve")
    _sync_units(settings)
    _import_rule_files(settings, stages())


def _sync_units(settings: object) -> None:
    """Mirror units.yaml into the units table, so unit users and unit names resolve."""
    from yuqing.db.engine import make_engine, make_session_factory
    from yuqing.directory import sync_units
    from yuqing.settings import Settings

    assert isinstance(settings, Settings)
    engine = make_engine(settings.effective_database_url)
    try:
        sync_units(make_session_factory(engine), settings.jurisdiction_dir)
    finally:
        engine.dispose()


def _import_rule_files(settings: object, ports: StagePorts) -> None:
    """Import the rule files that are new or changed on disk (``yuqing config import``)."""
    from models.timeutil import utcnow
    from yuqing.config_versions import document_checks, import_files
    from yuqing.db.engine import make_engine, make_session_factory
    from yuqing.settings import Settings

    assert isinstance(settings, Settings)
    engine = make_engine(settings.effective_database_url)
    try:
        import_files(
            make_session_factory(engine),
            settings.jurisdiction_dir,
            utcnow(),
            checks=document_checks(ports.documents, settings.jurisdiction_dir),
        )
    finally:
        engine.dispose()
