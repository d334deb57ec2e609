"""``yuqing run``: every process of the service on one machine; ``yuqing demo-site``: the offline demo."""

from __future__ import annotations

import logging
import sys
import threading
from typing import TYPE_CHECKING

import typer

from yuqing.errors import YuqingError
from yuqing.settings import Settings, load_settings

if TYPE_CHECKING:
    from cli.supervisor import ChildSpec


class StartupError(YuqingError):
    """``yuqing run`` cannot start: a port is taken or the database cannot be migrated (the message says which)."""


STAGES = ("demo-site", "collect", "classify", "alert", "serve")
"""Child commands in start order (stopped in reverse)."""


SCALABLE = ("classify", "alert")
"""Stages that share their input topic's partitions in one consumer group: more than one worker helps."""


def child_specs(stages: tuple[str, ...] = STAGES, workers: dict[str, int] | None = None) -> list[ChildSpec]:
    """One child per stage, each ``python -m cli.main <stage>`` with this interpreter; ``workers``
    asks for several of a scalable stage (``alert``, ``alert-2``, ...)."""
    from cli.supervisor import ChildSpec

    specs = []
    for name in stages:
        for n in range(1, max(1, (workers or {}).get(name, 1)) + 1):
            specs.append(ChildSpec(name if n == 1 else f"{name}-{n}", (sys.executable, "-m", "cli.main", name)))
    return specs


def parse_workers(text: str | None, sqlite: bool) -> dict[str, int]:
    """``alert=2,classify=2`` → ``{"alert": 2, "classify": 2}``; refuses other stages, counts
    outside 1–12 (the partitions a group shares) and several alerting workers on SQLite (one
    writer at a time)."""
    workers: dict[str, int] = {}
    for part in (text or "").split(","):
        if not part.strip():
            continue
        stage, _, count = part.partition("=")
        stage = stage.strip()
        if stage not in SCALABLE:
            raise typer.BadParameter(f"{stage!r} cannot run as several workers; only {', '.join(SCALABLE)}")
        if not count.strip().isdigit() or not 1 <= int(count) <= 12:
            raise typer.BadParameter(f"{stage}={count.strip()}: give a number of workers from 1 to 12")
        workers[stage] = int(count)
    if sqlite and workers.get("alert", 1) > 1:
        raise typer.BadParameter("several alerting workers need PostgreSQL (SQLite has one writer at a time)")
    return workers


def select_stages(only: str | None, no_demo: bool) -> tuple[str, ...]:
    """The stages to run: all (minus the demo site with ``no_demo``), or the comma list ``only``."""
    if only:
        wanted = tuple(s.strip() for s in only.split(",") if s.strip())
        unknown = [s for s in wanted if s not in STAGES]
        if unknown:
            raise typer.BadParameter(f"unknown stage(s) {', '.join(unknown)}; choose from {', '.join(STAGES)}")
        stages = tuple(s for s in STAGES if s in wanted)
    else:
        stages = STAGES
    return tuple(s for s in stages if not (no_demo and s == "demo-site"))


def prepare(settings: Settings, echo: bool = True, *, sync_directory: bool = True) -> bool:
    """Start the managed broker when no external one is configured, create topics, migrate the DB,
    (with ``sync_directory``) mirror the jurisdiction's units into it for the web service, and import
    the rule files that are new or changed on disk (``yuqing config import``).

    Returns whether this call started the broker (so the caller stops it again at the end); if a
    later step fails, a broker this call started is stopped before the error propagates.
    """
    from sqlalchemy.exc import SQLAlchemyError

    from cli.configs import import_rule_files
    from yuqing.broker import ensure_topics, wait_for_group_coordinator
    from yuqing.db.migrate import upgrade

    started = False
    if settings.managed_kafka:
        runtime = _runtime(settings)
        started = runtime.pid() is None
        status = runtime.start(echo=echo)
        if echo:
            how = "started" if started else "already running"
            typer.echo(f"[run] Kafka {how} at {status.bootstrap} (log {status.log_file})")
    elif echo:
        typer.echo(f"[run] using external Kafka at {settings.bootstrap_servers}")
    try:
        created = ensure_topics(settings.bootstrap_servers, settings.kafka_topic_prefix)
        if echo and created:
            typer.echo(f"[run] topics created: {', '.join(created)}")
        wait_for_group_coordinator(settings.bootstrap_servers)
        try:
            upgrade(settings.effective_database_url)
        except SQLAlchemyError as exc:
            raise StartupError(
                f"cannot migrate the database at {_redact(settings.effective_database_url)}: {exc.__class__.__name__}: "
                f"{str(exc).splitlines()[0]} (check YUQING_DATABASE_URL and that the server runs)"
            ) from exc
    except BaseException:
        if started:
            _runtime(settings).stop()
        raise
    if echo:
        typer.echo(f"[run] database migrated: {_redact(settings.effective_database_url)}")
    try:
        if sync_directory:
            _sync_directory(settings, echo)
        import_rule_files(settings, echo)
    except BaseException:
        if started:
            _runtime(settings).stop()
        raise
    return started


def _sync_directory(settings: Settings, echo: bool) -> None:
    from yuqing.db.engine import make_engine, make_session_factory
    from yuqing.directory import sync_units

    engine = make_engine(settings.effective_database_url)
    try:
        count, gone = sync_units(make_session_factory(engine), settings.jurisdiction_dir)
    finally:
        engine.dispose()
    if echo:
        typer.echo(f"[run] unit directory: {count} units" + (f", {gone} deactivated" if gone else ""))


DEMO_ACCOUNTS = (
    ("desk", "desk", None, "值班员"),
    ("leader", "leader", None, "分管领导"),
    ("admin", "admin", None, "系统管理员"),
    ("hushan", "unit", "hushan", "虎山街道舆情联络员"),
)
"""Accounts ``yuqing run`` creates in development when the database has no user yet: login name,
role, unit and the name pages show for the person."""


def create_demo_accounts(settings: Settings) -> list[tuple[str, str, str]]:
    """In development, with no user at all, create one account per role with a random password.

    Returns ``(username, role, password)`` for each account created (printed once, never stored
    in clear); nothing in production or when any user exists.
    """
    import secrets

    from sqlalchemy import func, select

    from models.db import Unit, User
    from models.enums import Role
    from models.timeutil import utcnow
    from service.auth.users import create_user
    from yuqing.db.engine import make_engine, make_session_factory, transaction
    from yuqing.settings import Environment

    if settings.environment is not Environment.DEVELOPMENT:
        return []
    engine = make_engine(settings.effective_database_url)
    created: list[tuple[str, str, str]] = []
    try:
        with transaction(make_session_factory(engine)) as db:
            if db.scalar(select(func.count()).select_from(User)):
                return []
            for username, role, unit, display_name in DEMO_ACCOUNTS:
                if unit and db.get(Unit, unit) is None:
                    continue
                password = secrets.token_urlsafe(9)
                create_user(db, username=username, password=password, role=Role(role), unit_id=unit,
                            display_name=display_name, now=utcnow(),
                            actor="yuqing run (development accounts)")  # fmt: skip
                created.append((username, role, password))
    finally:
        engine.dispose()
    return created


def _check_ports_free(settings: Settings, stages: tuple[str, ...]) -> None:
    """Fail fast, before anything starts, when a stage's listening port is taken by another program."""
    from yuqing.ports import port_taken

    wanted = {"serve": (settings.http_host, settings.http_port, "YUQING_HTTP_PORT")}
    wanted["demo-site"] = ("127.0.0.1", settings.demo_port, "YUQING_DEMO_PORT")
    for stage, (host, port, variable) in wanted.items():
        if stage not in stages:
            continue
        if port_taken(port, host):
            raise StartupError(
                f"port {port} for `{stage}` is already in use by another program: stop it, or set {variable} "
                "to a free port (an earlier `yuqing run` may still be running)"
            )


def _runtime(settings: Settings):  # type: ignore[no-untyped-def]
    from yuqing.broker import KafkaRuntime

    return KafkaRuntime(
        data_dir=settings.data_dir, cache_dir=settings.cache_dir, port=settings.kafka_port, heap=settings.kafka_heap
    )


def _redact(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def register(app: typer.Typer) -> None:
    """Add ``run`` and ``demo-site`` to ``app``."""

    @app.command("run")
    def run(
        no_demo: bool = typer.Option(False, "--no-demo", help="Do not start the built-in demo site."),
        only: str | None = typer.Option(None, help=f"Comma list of stages to run (of {', '.join(STAGES)})."),
        max_restarts: int = typer.Option(5, help="Crashes in a row before a stage is given up and all stop."),
        workers: str | None = typer.Option(
            None,
            help="Several workers of a stage, e.g. alert=2 (two alerting workers share the consumer group's "
            "partitions; PostgreSQL only; README, Performance) or classify=2.",
        ),
    ) -> None:
        """Run the whole service on this machine: broker (unless external), migrations, every stage.

        Ctrl-C stops the stages in reverse order and then the broker, if this command started it.
        A stage that crashes is reported with its last output and restarted with back-off.
        """
        from cli.supervisor import Supervisor
        from yuqing.logs import configure_logging
        from yuqing.worker import install_stop_signals

        settings = load_settings()
        configure_logging(settings.log_level, settings.log_json, process="run")
        logging.getLogger("alembic").setLevel(logging.WARNING)  # one summary line instead of its plugin chatter
        stages = select_stages(only, no_demo)
        if not stages:
            raise typer.BadParameter("no stage selected")
        scale = parse_workers(workers, settings.effective_database_url.startswith("sqlite"))
        _check_ports_free(settings, stages)
        stop = threading.Event()
        install_stop_signals(stop)
        started_broker = prepare(settings, sync_directory="serve" in stages)
        code = 1
        try:
            if stop.is_set():
                code = 0
                return
            if "serve" in stages:
                typer.echo(f"[run] web UI and API: http://{settings.http_host}:{settings.http_port}/")
                accounts = create_demo_accounts(settings)
                for username, role, password in accounts:
                    typer.echo(f"[run] development account: {username} / {password} ({role})")
                if accounts:
                    typer.echo("[run] (shown once; more accounts: yuqing user create --username U --role R)")
                else:
                    typer.echo(
                        f"[run] accounts exist in {_redact(settings.effective_database_url)}: `yuqing user list`; "
                        "a forgotten password: `yuqing user set-password --username U`"
                    )
            if "demo-site" in stages:
                typer.echo(f"[run] demo site: http://127.0.0.1:{settings.demo_port}/")
            typer.echo("[run] press Ctrl-C to stop")
            code = Supervisor(child_specs(stages, scale), max_restarts=max_restarts).run(stop)
        finally:
            if started_broker:
                typer.echo("[run] stopping Kafka")
                _runtime(settings).stop()
            typer.echo("[run] stopped" if code == 0 else "[run] stopped after a stage kept failing")
        raise typer.Exit(code)

    @app.command("demo-site")
    def demo_site(
        port: int | None = typer.Option(None, help="Port on 127.0.0.1 (default: YUQING_DEMO_PORT, 8765)."),
        interval: float = typer.Option(20.0, help="Seconds between newly revealed items."),
    ) -> None:
        """Serve the local demo sources (RSS, GBK RSS, web pages, JSON messages) on 127.0.0.1."""
        from cli.demo.server import serve_forever

        settings = load_settings()
        content = settings.jurisdiction_dir / "demo" / "items.yaml"
        serve_forever("127.0.0.1", port or settings.demo_port, interval_s=interval, content=content)
