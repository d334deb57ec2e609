"""``yuqing collect --status``: one line per source with its health."""

from __future__ import annotations

from collections.abc import Callable

from collectors.health import HealthStore
from models.db.units import SourceHealth
from models.timeutil import to_local
from yuqing.db.engine import make_engine, make_session_factory
from yuqing.settings import Settings


def status_rows(health: HealthStore, source_ids: list[str]) -> list[tuple[str, ...]]:
    """Rows of (source, last success, last error time, failures, last hour, total, last error or quiet note)."""
    rows = {h.source_id: h for h in health.all()}
    out: list[tuple[str, ...]] = []
    for source_id in dict.fromkeys([*source_ids, *rows]):
        h = rows.get(source_id)
        if h is None:
            out.append((source_id, "never", "-", "0", "0", "0", ""))
            continue
        out.append(
            (
                source_id,
                f"{to_local(h.last_success_at):%m-%d %H:%M:%S}" if h.last_success_at else "never",
                f"{to_local(h.last_error_at):%m-%d %H:%M:%S}" if h.last_error_at else "-",
                str(h.consecutive_failures),
                str(h.items_last_hour),
                str(h.items_total),
                _note(h),
            )
        )
    return out


def _note(h: SourceHealth) -> str:
    """The last error of a failing source, or since when a quiet source has brought nothing new."""
    if h.consecutive_failures:
        return (h.last_error or "")[:80]
    if h.quiet_alerted_at is not None and h.last_new_at is not None:
        return f"quiet: nothing new since {to_local(h.last_new_at):%m-%d %H:%M}"
    return ""


def format_table(rows: list[tuple[str, ...]]) -> str:
    header = ("source", "last success", "last error", "failures", "last hour", "total", "error")
    table = [header, *rows]
    widths = [max(len(r[i]) for r in table) for i in range(len(header) - 1)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r[:-1], widths, strict=True)) + "  " + r[-1] for r in table]
    return "\n".join(line.rstrip() for line in lines)


def print_status(settings: Settings, echo: Callable[[str], None]) -> None:
    from collectors.worker import sources_of

    ids = [s.id for s in sources_of(settings).sources]
    engine = make_engine(settings.effective_database_url)
    try:
        echo(format_table(status_rows(HealthStore(make_session_factory(engine)), ids)))
    finally:
        engine.dispose()
