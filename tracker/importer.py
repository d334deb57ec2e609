"""Import message/reply history (留言/答复 spreadsheets) as closed cases for the review.

The layout is the common message-board export: 留言编号, 留言用户, 留言主题, 留言时间, 留言详情,
答复意见, 答复时间 (header names, any column order; extra columns ignored). Each row becomes a
case of category ``message``: 派单 at the message time, 回应 and 办结 at the reply time. The unit is
taken from a unit column (责任单位/承办单位/答复单位/办理单位) when there is one, else from
``default_unit``. The policy snapshot is the jurisdiction's rules for messages, without the 签收
rule (history has no sign-for records). Rows are keyed by 留言编号, so importing the same file again
adds nothing. A row with an unparseable or missing time, or a reply before the message, is
skipped and reported with its spreadsheet row number; a time given as a date only is read as 00:00
and noted; a row without a reply becomes an open case.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.db.cases import Case, CaseAction
from models.enums import CaseActionKind as K
from models.enums import CaseStatus
from models.timeutil import SHANGHAI, ensure_aware
from tracker.cases import full_snapshot
from tracker.errors import ImportProblem, TrackerError
from tracker.policy import PolicySet

ORIGIN = "import:replies"
UNIT_COLUMNS = ("责任单位", "承办单位", "答复单位", "办理单位", "unit")
_FORMATS = (
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y年%m月%d日 %H:%M:%S",
    "%Y年%m月%d日 %H:%M",
    "%Y/%m/%d",
    "%Y-%m-%d",
    "%Y年%m月%d日",
)


@dataclass
class ImportResult:
    rows: int = 0
    imported: int = 0
    open_cases: int = 0
    already: int = 0
    problems: list[ImportProblem] = field(default_factory=list)
    """Rows skipped, with the reason."""
    notes: list[ImportProblem] = field(default_factory=list)
    """Rows imported with a caveat (a time given as a date only, read as 00:00 Beijing time)."""
    unit_source: str = ""
    """Which column the unit came from, or ``default: <unit>``."""


def parse_time(value: Any) -> datetime:
    """A cell value as aware UTC; naive values are Beijing time. Raises ValueError if unreadable."""
    if isinstance(value, datetime):
        return ensure_aware(value)
    if isinstance(value, date):
        return ensure_aware(datetime(value.year, value.month, value.day, tzinfo=SHANGHAI))
    if not isinstance(value, str) or not value.strip():
        raise ValueError("empty")
    text = value.strip()
    for fmt in _FORMATS:
        try:
            return ensure_aware(datetime.strptime(text, fmt))  # noqa: DTZ007 - naive means Beijing time
        except ValueError:
            continue
    try:
        return ensure_aware(datetime.fromisoformat(text))
    except ValueError:
        raise ValueError(f"unreadable time {text[:40]!r}") from None


def _date_only(value: Any) -> bool:
    if isinstance(value, datetime):
        return False
    if isinstance(value, date):
        return True
    text = value.strip() if isinstance(value, str) else ""
    return bool(text) and ":" not in text and any(_parses(text, f) for f in _FORMATS[-3:])


def _parses(text: str, fmt: str) -> bool:
    try:
        datetime.strptime(text, fmt)  # noqa: DTZ007 - only checking the shape
    except ValueError:
        return False
    return True


def read_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(spreadsheet row number, {header: value}) for every data row of the first sheet."""
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise TrackerError(f"{path}: not a readable .xlsx file ({exc})") from exc
    try:
        rows = workbook.worksheets[0].iter_rows(values_only=True)
        header = [str(h).strip() if h is not None else "" for h in next(rows, ())]
        for needed in ("留言编号", "留言时间", "答复时间"):
            if needed not in header:
                raise TrackerError(f"{path}: column {needed} not found (header: {', '.join(header)})")
        for number, values in enumerate(rows, start=2):
            if values and any(v not in (None, "") for v in values):
                yield number, dict(zip(header, values, strict=False))
    finally:
        workbook.close()


def import_replies(session: Session, path: Path, policy: PolicySet, default_unit: str, now: datetime) -> ImportResult:
    """Load ``path`` into cases; see the module docstring. Runs in the caller's transaction."""
    now = ensure_aware(now)
    snapshot = full_snapshot(policy, None, "message")
    snapshot["rules"] = [r for r in snapshot["rules"] if r["anchor"] != "assignment"]
    snapshot["rules_by_band"] = {
        band: [r for r in rules if r["anchor"] != "assignment"] for band, rules in snapshot["rules_by_band"].items()
    }
    result = ImportResult()
    known = set(session.scalars(select(Case.external_ref).where(Case.origin == ORIGIN)))
    for number, row in read_rows(path):
        result.rows += 1
        if not result.unit_source:
            column = next((c for c in UNIT_COLUMNS if c in row), None)
            result.unit_source = f"column {column}" if column else f"default: {default_unit}"
        ref = str(row.get("留言编号") or "").strip()
        if not ref:
            result.problems.append(ImportProblem(number, "留言编号 is empty"))
            continue
        if ref in known:
            result.already += 1
            continue
        for column in ("留言时间", "答复时间"):
            if _date_only(row.get(column)):
                result.notes.append(ImportProblem(number, f"{column} has no time of day; read as 00:00"))
        try:
            asked = parse_time(row.get("留言时间"))
        except ValueError as exc:
            result.problems.append(ImportProblem(number, f"留言时间: {exc}"))
            continue
        replied: datetime | None = None
        if row.get("答复时间") not in (None, ""):
            try:
                replied = parse_time(row.get("答复时间"))
            except ValueError as exc:
                result.problems.append(ImportProblem(number, f"答复时间: {exc}"))
                continue
            if replied < asked:
                result.problems.append(ImportProblem(number, "答复时间 is earlier than 留言时间"))
                continue
        unit = next((str(row[c]).strip() for c in UNIT_COLUMNS if row.get(c)), default_unit)
        _add_case(session, ref, row, unit, asked, replied, snapshot, now)
        known.add(ref)
        result.imported += 1
        result.open_cases += replied is None
    return result


def _add_case(
    session: Session,
    ref: str,
    row: dict[str, Any],
    unit: str,
    asked: datetime,
    replied: datetime | None,
    snapshot: dict[str, Any],
    now: datetime,
) -> None:
    title = str(row.get("留言主题") or "").strip()[:1000]
    case = Case(
        event_id=None, category="message", title=title, lead_unit=unit, co_units=[],
        status=CaseStatus.CLOSED if replied else CaseStatus.DISPATCHED, grade=None, anchor_kind="dispatch",
        anchor_at=asked,
        dispatched_at=asked, closed_at=replied, policy=snapshot, origin=ORIGIN, external_ref=ref,
        created_at=now, updated_at=now,
    )  # fmt: skip
    session.add(case)
    session.flush()
    actor = f"import:{row.get('留言用户') or ''}"[:100]
    actions: list[tuple[K, datetime, dict[str, Any]]] = [
        (K.DISPATCH, asked, {"lead_unit": unit, "co_units": [], "grade": None, "note": "历史留言导入"})
    ]
    if replied is not None:
        reply = str(row.get("答复意见") or "").strip()
        actions.append((K.RESPONSE, replied, {"content": reply[:2000]}))
        actions.append((K.CLOSE, replied, {"result": "已答复"}))
    for seq, (kind, at, details) in enumerate(actions, start=1):
        session.add(
            CaseAction(
                case_id=case.id, seq=seq, kind=kind, actor=actor, unit=unit, at=at, recorded_at=now, details=details
            )
        )
