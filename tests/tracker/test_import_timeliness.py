"""Importing message/reply history and the timeliness review on it (and on live cases)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy.orm import Session, sessionmaker
from typer.testing import CliRunner

from cli.main import build_app
from models.db.events import Event
from models.db.units import Unit
from models.enums import CaseActionKind as K
from models.timeliness import percentile
from tests.tracker.conftest import bj
from tracker.cases import dispatch, record_action
from tracker.importer import import_replies
from tracker.policy import load_policies
from tracker.timeliness import timeliness
from tracker.timeliness_format import markdown_table, text_table, write_xlsx
from yuqing.settings import EXAMPLE_JURISDICTION

HEADER = ["留言编号", "留言用户", "留言主题", "留言时间", "留言详情", "答复意见", "答复时间"]
ROWS: list[list[Any]] = [
    [1, "U1", "道路积水", "2025/1/24 10:00:00", "详情", "已回复", "2025/1/25 09:00:00"],  # 23 h
    [2, "U2", "噪音扰民", "2025/1/24 10:00:00", "详情", "已回复", "2025/2/14 10:00:00"],  # 21 days, 春节 in between
    [3, "U3", "时间坏了", "昨天下午", "详情", "已回复", "2025/1/25 09:00:00"],
    [4, "U4", "答复早于留言", "2025/1/24 10:00:00", "详情", "已回复", "2025/1/23 09:00:00"],
    [5, "U5", "未答复", "2025/3/3 9:00:00", "详情", None, None],
    [6, "U6", "单元格是日期", datetime(2025, 1, 2, 8, 0), "详情", "已回复", "2025-01-03 08:00"],
    [None, None, None, None, None, None, None],
    [None, "U8", "没有编号", "2025/1/24 10:00:00", "详情", "已回复", "2025/1/25 09:00:00"],
]
DATE_ONLY = [9, "U9", "只有日期", "2025/1/24 10:00:00", "详情", "已回复", "2025/1/25"]


def workbook(path: Path, header: list[str] = HEADER, rows: list[list[Any]] = ROWS) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


@pytest.fixture
def jiangshan_policy() -> Any:
    return load_policies(EXAMPLE_JURISDICTION / "policies.yaml")[0]


def test_import_reports_bad_rows_and_is_idempotent(session: Session, tmp_path: Path, jiangshan_policy: Any) -> None:
    path = workbook(tmp_path / "replies.xlsx", rows=[*ROWS, DATE_ONLY])
    result = import_replies(session, path, jiangshan_policy, "12345热线/未分派", bj("2025-03-10 00:00"))
    assert (result.rows, result.imported, result.open_cases, result.already) == (8, 5, 1, 0)
    assert [(n.row, n.reason) for n in result.notes] == [(10, "答复时间 has no time of day; read as 00:00")]
    assert [(p.row, p.reason.split(":")[0]) for p in result.problems] == [
        (4, "留言时间"),
        (5, "答复时间 is earlier than 留言时间"),
        (9, "留言编号 is empty"),
    ]
    assert result.unit_source == "default: 12345热线/未分派"
    again = import_replies(session, path, jiangshan_policy, "12345热线/未分派", bj("2025-03-10 00:00"))
    assert (again.imported, again.already, len(again.problems)) == (0, 5, 3)


def test_review_of_imported_history(session: Session, tmp_path: Path, jiangshan_policy: Any) -> None:
    import_replies(session, workbook(tmp_path / "r.xlsx"), jiangshan_policy, "热线", bj("2025-03-10 00:00"))
    report = timeliness(session, bj("2025-01-01 00:00"), bj("2025-04-01 00:00"), now=bj("2025-03-10 00:00"))
    rows = {r.rule_id: r for r in report.rows}
    assert set(rows) == {"response", "message_reply"}
    response = rows["response"]
    assert (response.cases, response.on_time, response.late, response.overdue, response.open_overdue) == (4, 2, 1, 1, 1)
    assert response.on_time_rate == pytest.approx(0.5)
    assert response.median_hours == pytest.approx(24.0)
    assert response.p90_hours == pytest.approx(24 + 480 * 0.8)
    reply = rows["message_reply"]  # 21 calendar days over 春节 2025 is within 15 working days
    assert (reply.cases, reply.on_time, reply.late, reply.pending, reply.on_time_rate) == (4, 3, 0, 1, 1.0)
    assert [(u.unit, u.cases, u.closed, u.open_past_deadline) for u in report.units] == [("热线", 4, 3, 1)]
    table = text_table(report)
    assert "予以回应" in table and "50.0%" in table and "17.0 天" in table and "24.0 小时" in table
    assert "| 热线 | 留言办理答复 | 4 | 3 | 0 | 0 | 0 | 1 | 100.0% |" in markdown_table(report)
    write_xlsx(report, tmp_path / "out.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx").worksheets[0]
    assert [c.value for c in sheet[3]][:9] == ["热线", "留言办理答复", 4, 3, 0, 0, 0, 1, 1.0]


def test_unit_column_is_used_when_present(session: Session, tmp_path: Path, jiangshan_policy: Any) -> None:
    path = workbook(tmp_path / "u.xlsx", [*HEADER, "责任单位"], [[*ROWS[0], "市住建局"], [*ROWS[1], None]])
    result = import_replies(session, path, jiangshan_policy, "默认单位", bj("2025-03-10 00:00"))
    assert result.unit_source == "column 责任单位"
    report = timeliness(session, bj("2025-01-01 00:00"), bj("2025-04-01 00:00"), now=bj("2025-03-10 00:00"))
    assert {u.unit for u in report.units} == {"市住建局", "默认单位"}


def test_missing_column_is_refused(session: Session, tmp_path: Path, jiangshan_policy: Any) -> None:
    from tracker.errors import TrackerError

    with pytest.raises(TrackerError, match="答复时间"):
        import_replies(
            session, workbook(tmp_path / "x.xlsx", HEADER[:-1], []), jiangshan_policy, "u", bj("2025-03-10 00:00")
        )


def test_review_counts_bounces_against_the_returning_unit(session: Session, make_event: Callable[..., Event]) -> None:
    t0 = bj("2025-03-03 09:00")
    session.add(Unit(id="a", name="市教育局"))
    case = dispatch(session, make_event(grade="general").id, "a", [], "desk", t0)
    record_action(session, case.id, K.RETURN, "a-user", bj("2025-03-03 09:30"), reason="非本单位职责")
    record_action(session, case.id, K.TRANSFER, "desk", bj("2025-03-03 10:00"), to_unit="b")
    record_action(session, case.id, K.SIGN, "b-user", bj("2025-03-03 10:30"))
    record_action(session, case.id, K.RESPONSE, "b-user", bj("2025-03-04 09:00"), content="已回应")
    other = dispatch(session, make_event(grade="general").id, "b", [], "desk", t0)
    record_action(session, other.id, K.SIGN, "b-user", bj("2025-03-03 12:00"))
    report = timeliness(session, bj("2025-03-01 00:00"), bj("2025-04-01 00:00"), now=bj("2025-03-06 00:00"))
    units = {u.unit: u for u in report.units}
    assert units["a"].unit_name == "市教育局" and units["b"].unit_name == "b"
    assert "市教育局：案件 0，办结 0，退单 1" in text_table(report)
    assert (units["a"].bounced, units["a"].cases, units["b"].cases, units["b"].open_past_deadline) == (1, 0, 2, 1)
    rows = {(r.unit, r.rule_id): r for r in report.rows}
    assert (rows[("b", "response")].on_time, rows[("b", "response")].open_overdue) == (1, 1)
    assert (rows[("b", "sign")].on_time, rows[("b", "sign")].late) == (1, 1)
    only_a = timeliness(session, bj("2025-03-01 00:00"), bj("2025-04-01 00:00"), "a", now=bj("2025-03-06 00:00"))
    assert only_a.rows == [] and [(u.unit, u.bounced) for u in only_a.units] == [("a", 1)]


def test_percentile() -> None:
    assert percentile([], 0.5) is None
    assert percentile([5.0], 0.9) == 5.0
    assert percentile([1.0, 2.0, 3.0, 4.0], 0.5) == 2.5


def test_cli_import_and_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("YUQING_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("YUQING_DATABASE_URL", raising=False)
    runner = CliRunner()
    app = build_app()
    path = workbook(tmp_path / "replies.xlsx")
    out = runner.invoke(app, ["import", "replies", str(path)])
    assert out.exit_code == 1, out.output  # rows were skipped: the others are imported, the exit code says so
    assert "imported 4" in out.output and "skipped row 4: 留言时间" in out.output and "12345热线/未分派" in out.output
    assert "error: 3 rows skipped" in out.output
    clean = workbook(
        tmp_path / "clean.xlsx",
        rows=[[10, "U10", "路灯不亮", "2025/1/24 10:00:00", "详情", "已修", "2025/1/25 09:00:00"]],
    )
    out = runner.invoke(app, ["import", "replies", str(clean)])
    assert out.exit_code == 0, out.output
    out = runner.invoke(app, ["report", "timeliness", "--from", "2025-01-01", "--to", "2025-03-31", "--json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert {r["rule_id"]: r["cases"] for r in data["rows"]} == {"response": 5, "message_reply": 5}
    xlsx = tmp_path / "t.xlsx"
    out = runner.invoke(
        app, ["report", "timeliness", "--from", "2025-01-01", "--to", "2025-03-31", "--xlsx", str(xlsx)]
    )
    assert out.exit_code == 0 and "留言办理答复" in out.output and xlsx.exists()
    out = runner.invoke(app, ["report", "timeliness", "--from", "2025-13-01", "--to", "2025-03-31"])
    assert out.exit_code != 0
    out = runner.invoke(app, ["report", "timeliness", "--from", "2025-03-31", "--to", "2025-01-01"])
    assert out.exit_code == 2 and "--to 2025-01-01 is before --from 2025-03-31" in out.output
    period = ["report", "timeliness", "--from", "2025-01-01", "--to", "2025-03-31", "--json"]
    imported = runner.invoke(app, [*period, "--unit", "12345热线/未分派"])  # the import's unit, not in the directory
    assert imported.exit_code == 0 and json.loads(imported.output)["rows"] != []
    out = runner.invoke(app, [*period, "--unit", "虎山街"])
    assert out.exit_code == 2 and "no unit '虎山街'" in out.output


def test_review_in_small_batches_on_every_database(
    any_migrated_db: tuple[object, sessionmaker[Session]],
    tmp_path: Path,
    jiangshan_policy: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import tracker.timeliness as review

    monkeypatch.setattr(review, "BATCH", 2)
    factory = any_migrated_db[1]
    with factory() as s, s.begin():
        import_replies(s, workbook(tmp_path / "r.xlsx"), jiangshan_policy, "热线", bj("2025-03-10 00:00"))
    with factory() as s:
        report = timeliness(s, bj("2025-01-01 00:00"), bj("2025-04-01 00:00"), now=bj("2025-03-10 00:00"))
    rows = {r.rule_id: r for r in report.rows}
    assert (rows["response"].cases, rows["response"].on_time, rows["response"].overdue) == (4, 2, 1)
    assert rows["response"].median_hours == pytest.approx(24.0)


def test_the_xlsx_export_drops_characters_a_sheet_cannot_hold(tmp_path: Path) -> None:
    """A unit name read from an imported file may carry U+FFFE/U+FFFF (no XML may hold them) as
    well as C0 and C1 controls: the workbook is still written, the name without them, as text."""
    from models.timeliness import TimelinessReport, TimelinessRow, UnitSummary

    hostile_name = "=热线\uffff\x02中心\x85"
    now = bj("2025-03-10 00:00")
    report = TimelinessReport(
        start=bj("2025-01-01 00:00"),
        end=now,
        now=now,
        rows=[TimelinessRow(unit="x", rule_id="response", rule="予以回应", unit_name=hostile_name, cases=1)],
        units=[UnitSummary(unit="x", unit_name="热线\ufffe中心", cases=1)],
    )
    write_xlsx(report, tmp_path / "out.xlsx")
    book = openpyxl.load_workbook(tmp_path / "out.xlsx")
    cells = [c for sheet in book.worksheets for row in sheet.iter_rows() for c in row if c.value]
    assert [(c.value, c.data_type) for c in cells if "中心" in str(c.value)] == [("=热线中心", "s"), ("热线中心", "s")]
