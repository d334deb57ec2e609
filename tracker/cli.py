"""Commands of the response tracker: ``yuqing report timeliness`` and ``yuqing import replies``."""

from __future__ import annotations

import json
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

REPORT_HELP = "Reports for leadership (回应时效统计 ...)."
IMPORT_HELP = "Import history into the database (留言/答复 ...)."


def _group(app: typer.Typer, name: str, help_text: str) -> typer.Typer:
    """The sub-app ``name`` of ``app``: the one another package registered, else a new one."""
    for info in app.registered_groups:
        if info.name == name and info.typer_instance is not None:
            return info.typer_instance
    group = typer.Typer(help=help_text, no_args_is_help=True)
    app.add_typer(group, name=name)
    return group


def _day(text: str) -> datetime:
    """A ``YYYY-MM-DD`` date as the aware start of that day in Beijing time."""
    from models.timeutil import SHANGHAI, ensure_aware

    try:
        day = datetime.strptime(text, "%Y-%m-%d").date()  # noqa: DTZ007 - a date, made aware below
    except ValueError as exc:
        raise typer.BadParameter(f"{text!r} is not a date YYYY-MM-DD") from exc
    return ensure_aware(datetime.combine(day, time(0), tzinfo=SHANGHAI))


def _unit_id(session: Session, given: str) -> str:
    """The id of the unit ``given`` names (id or full name, or a lead unit imported cases name that
    is not in the directory); a clear error naming the closest units otherwise."""
    from sqlalchemy import select

    from models.db import Case
    from yuqing.directory import find_unit, unit_hint

    unit = find_unit(session, given)
    if unit is None:
        if session.scalar(select(Case.id).where(Case.lead_unit == given).limit(1)) is not None:
            return given
        hint = unit_hint(session, given)
        closest = f"; did you mean {hint}?" if hint else ""
        raise typer.BadParameter(f"no unit {given!r}{closest}", param_hint="--unit")
    return unit.id


def register(app: typer.Typer) -> None:
    """Add ``report timeliness`` and ``import replies`` to ``app``."""
    report = _group(app, "report", REPORT_HELP)
    importer = _group(app, "import", IMPORT_HELP)

    @report.command("timeliness")
    def report_timeliness(
        start: Annotated[str, typer.Option("--from", help="First day (YYYY-MM-DD, Beijing time), by dispatch time.")],
        end: Annotated[str, typer.Option("--to", help="Last day, included (YYYY-MM-DD).")],
        unit: Annotated[str | None, typer.Option(help="Only this lead unit (its id or full name).")] = None,
        xlsx: Annotated[Path | None, typer.Option(help="Also write the report to this .xlsx file.")] = None,
        as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object instead of a table.")] = False,
        markdown: Annotated[bool, typer.Option("--markdown", help="Print a markdown table.")] = False,
    ) -> None:
        """On-time rate, median and P90 time per unit and rule (回应时效统计)."""
        from models.timeutil import utcnow
        from tracker.timeliness import timeliness
        from tracker.timeliness_format import markdown_table, text_table, write_xlsx
        from yuqing.db.engine import make_engine, make_session_factory
        from yuqing.settings import load_settings

        first, last = _day(start), _day(end)
        if last < first:
            raise typer.BadParameter(f"--to {end} is before --from {start}")
        settings = load_settings()
        engine = make_engine(settings.effective_database_url)
        try:
            with make_session_factory(engine)() as session:
                unit_id = _unit_id(session, unit) if unit else None
                result = timeliness(session, first, last + timedelta(days=1), unit_id, now=utcnow())
        finally:
            engine.dispose()
        if xlsx is not None:
            write_xlsx(result, xlsx)
        if as_json:
            typer.echo(json.dumps(result.as_dict(), ensure_ascii=False))
        elif markdown:
            typer.echo(markdown_table(result))
        else:
            typer.echo(text_table(result))
            if xlsx is not None:
                typer.echo(f"written: {xlsx}")

    @importer.command("replies")
    def import_replies_cmd(
        file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="留言/答复 .xlsx file.")],
        unit: Annotated[
            str | None,
            typer.Option(help="Unit for rows without a unit column (default: policies.yaml import_default_unit)."),
        ] = None,
    ) -> None:
        """Load message/reply history as closed cases (派单 = 留言时间, 回应 = 答复时间).

        Rows that cannot be read are skipped and listed; the others are imported (importing the
        file again adds nothing twice). Exit code 1 when any row was skipped, so a script notices.
        """
        from models.timeutil import utcnow
        from tracker.importer import import_replies
        from tracker.policy import load_policies
        from yuqing.db.engine import make_engine, make_session_factory, transaction
        from yuqing.db.migrate import upgrade
        from yuqing.settings import load_settings

        settings = load_settings()
        policy, file_cfg = load_policies(settings.jurisdiction_dir / "policies.yaml")
        url = settings.effective_database_url
        upgrade(url)
        engine = make_engine(url)
        try:
            with transaction(make_session_factory(engine)) as session:
                result = import_replies(session, file, policy, unit or file_cfg.import_default_unit, utcnow())
        finally:
            engine.dispose()
        typer.echo(
            f"rows {result.rows}: imported {result.imported} ({result.open_cases} without reply, left open), "
            f"already imported {result.already}, skipped {len(result.problems)}; unit from {result.unit_source}"
        )
        for problem in result.problems:
            typer.echo(f"  skipped row {problem.row}: {problem.reason}", err=True)
        for note in result.notes:
            typer.echo(f"  note row {note.row}: {note.reason}", err=True)
        if result.problems:
            typer.echo(
                f"error: {len(result.problems)} rows skipped (listed above); fix them and import again", err=True
            )
            raise typer.Exit(1)
