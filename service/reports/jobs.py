"""Scheduled briefs: the hook that writes 日报 every morning and 周报 every Monday.

:func:`write_brief` renders one brief (docx + xlsx + PDF) into a folder; :func:`brief_jobs` makes the job
provider the composition root hands ``yuqing alert``'s periodic runner. The job is idempotent: a
brief whose files exist is not written again, and files are written under a temporary name and
renamed, so two processes running the job at once leave one good copy.
"""

from __future__ import annotations

import os
import tempfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from models.enums import Role
from models.ports import TimelinessReview
from models.timeutil import SHANGHAI, to_local
from service.auth.principal import Principal
from service.names import load_names
from service.reports.brief import Kind, build_brief
from yuqing.periodic import JobContext, JobProvider, PeriodicJob

SYSTEM = Principal(user_id=0, username="system", role=Role.ADMIN, unit_id=None, csrf_token="", via_cookie=False)
MORNING = time(8, 0)


def brief_paths(out_dir: Path, kind: Kind, day: date) -> tuple[Path, Path, Path]:
    stem = f"{kind}-{day.isoformat()}"
    return out_dir / f"{stem}.docx", out_dir / f"{stem}.xlsx", out_dir / f"{stem}.pdf"


def write_brief(
    sessions: sessionmaker[Session],
    review: TimelinessReview,
    kind: Kind,
    day: date,
    out_dir: Path,
    now: datetime,
    jurisdiction_dir: Path | None = None,
    public_url: str | None = None,
) -> list[Path]:
    """Write the brief for the local day ``day`` (weekly: the 7 days ending with it); its files.
    Topics and rules are named from ``jurisdiction_dir`` (units and sources from the database).
    Evidence links point at ``public_url``; without it they are relative and the brief says so.
    The PDF is written last: without the CJK font it fails (:class:`~service.reports.pdf.FontMissing`)
    after the docx and xlsx are written."""
    from service.reports.docx import brief_document
    from service.reports.pdf import brief_pdf
    from service.reports.xlsx import brief_workbook

    until = datetime.combine(day + timedelta(days=1), time(0), tzinfo=SHANGHAI)
    with sessions() as db:
        names = load_names(db, jurisdiction_dir) if jurisdiction_dir is not None else None
        brief = build_brief(db, review, SYSTEM, kind, until, now, names)
    out_dir.mkdir(parents=True, exist_ok=True)
    base = (public_url or "").rstrip("/")
    paths = brief_paths(out_dir, kind, day)
    for path, render in zip(paths, (brief_document, brief_workbook, brief_pdf), strict=True):
        data = render(brief, base)
        fd, tmp = tempfile.mkstemp(dir=out_dir, prefix=".brief-")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    return list(paths)


def due_briefs(now: datetime, out_dir: Path) -> list[tuple[Kind, date]]:
    """Briefs that should exist by ``now`` and do not: yesterday's 日报 after 08:00 local, and
    last week's 周报 (ending Sunday) after 08:00 on Monday."""
    local = to_local(now)
    if local.time() < MORNING:
        return []
    yesterday = local.date() - timedelta(days=1)
    wanted: list[tuple[Kind, date]] = [("daily", yesterday)]
    if local.weekday() == 0:
        wanted.append(("weekly", yesterday))
    return [(k, d) for k, d in wanted if not all(p.exists() for p in brief_paths(out_dir, k, d))]


def brief_jobs(review: TimelinessReview) -> JobProvider:
    """The job provider for ``yuqing alert``: checks every 10 minutes for a due brief."""

    def provide(ctx: JobContext) -> list[PeriodicJob]:
        out_dir = Path(ctx.settings.data_dir) / "reports"

        def run(now: datetime) -> None:
            for kind, day in due_briefs(now, out_dir):
                settings = ctx.settings
                write_brief(
                    ctx.session_factory, review, kind, day, out_dir, now, settings.jurisdiction_dir, settings.public_url
                )

        return [PeriodicJob(name="service.briefs", interval_s=600, run=run)]

    return provide
