"""``yuqing kafka start|stop|status`` and ``yuqing db upgrade``."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from yuqing.broker import KafkaRuntime

from yuqing.settings import Settings, load_settings


def _runtime() -> tuple[Settings, KafkaRuntime]:
    from yuqing.broker import KafkaRuntime

    settings = load_settings()
    return settings, KafkaRuntime(
        data_dir=settings.data_dir,
        cache_dir=settings.cache_dir,
        port=settings.kafka_port,
        heap=settings.kafka_heap,
    )


def register(app: typer.Typer) -> None:
    kafka = typer.Typer(help="Manage the project's own single-node Kafka broker (KRaft, loopback).")
    db = typer.Typer(help="Database schema (Alembic migrations).")
    app.add_typer(kafka, name="kafka")
    app.add_typer(db, name="db")

    @kafka.command("start")
    def kafka_start() -> None:
        """Fetch the Kafka jars (first time only), start the broker, create the topics, print where it runs.

        With YUQING_KAFKA_BOOTSTRAP set, only the topics are created on that cluster.
        """
        from yuqing.broker import ensure_topics

        settings, runtime = _runtime()
        if not settings.managed_kafka:
            created = ensure_topics(settings.bootstrap_servers, settings.kafka_topic_prefix)
            typer.echo(f"external Kafka at {settings.bootstrap_servers}; topics created: {created or 'none'}")
            return
        status = runtime.start(echo=True)
        created = ensure_topics(status.bootstrap, settings.kafka_topic_prefix)
        typer.echo(f"Kafka running: pid {status.pid}, bootstrap {status.bootstrap}")
        typer.echo(f"  data and log: {status.data_dir} ({status.log_file.name})")
        typer.echo(f"  topics created: {', '.join(created) if created else 'all present'}")

    @kafka.command("fetch")
    def kafka_fetch() -> None:
        """Download the Kafka jars from Maven Central into the cache (once), without starting a broker."""
        _, runtime = _runtime()
        lib = runtime.ensure_jars(echo=True)
        typer.echo(f"Kafka jars ready in {lib}")

    @kafka.command("stop")
    def kafka_stop() -> None:
        """Stop the managed broker (SIGTERM, then SIGKILL after 30 s)."""
        _, runtime = _runtime()
        typer.echo("Kafka stopped" if runtime.stop() else "Kafka was not running")

    @kafka.command("status")
    def kafka_status() -> None:
        """Say whether the managed broker runs, where, and which topics it has. Exit 1 if it is down."""
        _, runtime = _runtime()
        status = runtime.status()
        if not status.running:
            typer.echo(f"Kafka is not running (data dir {status.data_dir})")
            raise typer.Exit(1)
        typer.echo(f"Kafka running: pid {status.pid}, bootstrap {status.bootstrap}")
        typer.echo(f"  topics: {', '.join(status.topics) or '(none)'}")

    @db.command("upgrade")
    def db_upgrade(
        revision: str = typer.Option("heads", help="Target revision (default: all heads)."),
    ) -> None:
        """Create or migrate the database schema (SQLite by default, or YUQING_DATABASE_URL)."""
        from yuqing.db.migrate import upgrade

        settings = load_settings()
        upgrade(settings.effective_database_url, revision)
        typer.echo(f"database at {_redact(settings.effective_database_url)} is at {revision}")


def _redact(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)
