"""``yuqing config import|export|history``: the rule documents edited online and their YAML files.

See :mod:`yuqing.config_versions` for what is in force. ``import`` appends each YAML file that
changed on disk since it was last imported (checked by the stage that reads it first); ``yuqing run``
and ``yuqing serve`` do this at start. ``export`` writes the version in force back to the YAML file
(to commit online edits into a deployment's repository); ``history`` lists the versions.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy.exc import SQLAlchemyError

from yuqing.db.problems import database_problem
from yuqing.settings import Settings, load_settings


def import_rule_files(settings: Settings, echo: bool = True) -> None:
    """Import the jurisdiction's rule files that are new or changed on disk (see module docstring)."""
    from cli.compose import stage_ports
    from models.timeutil import utcnow
    from yuqing.config_versions import document_checks, import_files
    from yuqing.db.engine import make_engine, make_session_factory

    engine = make_engine(settings.effective_database_url)
    try:
        results = import_files(
            make_session_factory(engine),
            settings.jurisdiction_dir,
            utcnow(),
            checks=document_checks(stage_ports(settings.model_dir).documents, settings.jurisdiction_dir),
        )
    finally:
        engine.dispose()
    if echo:
        for r in results:
            added = f"version {r.version}" if r.version is not None else "unchanged"
            typer.echo(f"[config] {r.document}.yaml: {added} ({r.reason})")


def _unavailable(exc: SQLAlchemyError) -> typer.Exit:
    typer.secho(f"error: cannot read the rule versions: {database_problem(exc)}", fg=typer.colors.RED, err=True)
    return typer.Exit(2)


def register(app: typer.Typer) -> None:
    config = typer.Typer(
        help="Rule documents edited online (routing, taxonomy, alert_rules, policies).", no_args_is_help=True
    )
    app.add_typer(config, name="config")

    @config.command("import")
    def import_cmd() -> None:
        """Import each YAML file that changed on disk since it was last imported (a new version)."""
        import_rule_files(load_settings())

    @config.command("export")
    def export_cmd(
        document: str = typer.Argument(..., help="routing, taxonomy, alert_rules or policies"),
        out: Annotated[Path | None, typer.Option("--out", help="File to write (default: the YAML file).")] = None,
    ) -> None:
        """Write the version in force to a YAML file."""
        from yuqing.config_versions import current, file_name
        from yuqing.db.engine import make_engine, make_session_factory

        settings = load_settings()
        engine = make_engine(settings.effective_database_url)
        try:
            with make_session_factory(engine)() as session:
                found = current(session, settings.jurisdiction_dir, document)
        except SQLAlchemyError as exc:
            raise _unavailable(exc) from exc
        finally:
            engine.dispose()
        target = out or settings.jurisdiction_dir / file_name(document)
        target.write_text(found.text, encoding="utf-8")
        typer.echo(f"{document} version {found.version} written to {target}")

    @config.command("history")
    def history_cmd(document: str = typer.Argument(..., help="routing, taxonomy, alert_rules or policies")) -> None:
        """List the versions of a document, newest first."""
        from models.timeutil import to_local
        from yuqing.config_versions import history
        from yuqing.db.engine import make_engine, make_session_factory

        settings = load_settings()
        engine = make_engine(settings.effective_database_url)
        try:
            with make_session_factory(engine)() as session:
                rows = history(session, document)
        except SQLAlchemyError as exc:
            raise _unavailable(exc) from exc
        finally:
            engine.dispose()
        for row in rows:
            when = to_local(row.created_at).strftime("%Y-%m-%d %H:%M")
            typer.echo(f"v{row.version}\t{when}\t{row.origin}\t{row.author}\t{row.note}")
        if not rows:
            typer.echo(f"{document}: no version in the database yet (the YAML file is in force)")
