"""Documents built from untrusted text: spreadsheet cells stay text (no formula injection) in every
xlsx the product writes, and control characters never break a docx or xlsx brief."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from docx import Document

from cli.compose import stage_ports
from service.app import create_app
from service.reports.jobs import write_brief
from tests.service.conftest import TestClient, open_token
from yuqing.settings import EXAMPLE_JURISDICTION, Settings

FORMULA = '=HYPERLINK("http://evil.example/steal","点击查看详情")'
CONTROL = "虎山街道\x02某小区\x1b火灾\x7f 多人受伤"
CLEAN = "虎山街道某小区火灾 多人受伤"


def cells(data: bytes) -> Iterator[Any]:
    book = openpyxl.load_workbook(io.BytesIO(data))
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            yield from row


def assert_text_only(data: bytes, expected: str) -> None:
    """No formula anywhere, and ``expected`` is there as a plain string."""
    found = list(cells(data))
    assert [c.coordinate for c in found if c.data_type == "f"] == []
    assert any(c.value == expected and c.data_type == "s" for c in found), [c.value for c in found]


def pdf_text(data: bytes) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


@pytest.fixture
def clock() -> list[datetime]:
    return [datetime.now(UTC)]


@pytest.fixture
def timed_client(
    make_settings: Callable[..., Settings], db_url: str, db: Any, clock: list[datetime]
) -> Callable[[str], TestClient]:
    """API clients of an app whose clock the test moves (to make a case overdue)."""
    settings = make_settings(database_url=db_url, jurisdiction_dir=EXAMPLE_JURISDICTION)
    app = create_app(settings, stage_ports(), clock=lambda: clock[0], kafka_lag_metrics=False)

    def make(username: str) -> TestClient:
        c = TestClient(app)
        c.headers["Authorization"] = f"Bearer {open_token(db, username)[0]}"
        return c

    return make


def test_brief_and_review_spreadsheets_keep_formulas_as_text(
    users: dict[str, str], seed: Any, timed_client: Callable[[str], TestClient], clock: list[datetime]
) -> None:
    event, _alerts = seed(title=FORMULA)
    desk, leader = timed_client(users["desk"]), timed_client(users["leader"])
    for kind in ("daily", "weekly"):
        r = leader.get(f"/api/v1/reports/{kind}.xlsx")
        assert r.status_code == 200
        assert_text_only(r.content, FORMULA)
    assert desk.post(f"/api/v1/events/{event.id}/dispatch", json={"lead_unit": "hushan"}).status_code == 200
    clock[0] += timedelta(hours=6)  # the 5-hour first release is overdue: the case is listed
    start = (clock[0] - timedelta(days=5)).date().isoformat()
    r = leader.get("/api/v1/review/timeliness.xlsx", params={"start": start})
    assert r.status_code == 200
    assert_text_only(r.content, FORMULA)


def test_control_characters_do_not_break_briefs(
    users: dict[str, str], seed: Any, api_login: Any, db: Any, tmp_path: Path
) -> None:
    seed(title=CONTROL)
    leader = api_login(users["leader"])
    for kind in ("daily", "weekly"):
        docx = leader.get(f"/api/v1/reports/{kind}.docx")
        assert docx.status_code == 200, docx.text
        text = "\n".join(p.text for p in Document(io.BytesIO(docx.content)).paragraphs)
        assert CLEAN in text
        xlsx = leader.get(f"/api/v1/reports/{kind}.xlsx")
        assert xlsx.status_code == 200
        assert_text_only(xlsx.content, CLEAN)
        pdf = leader.get(f"/api/v1/reports/{kind}.pdf")
        assert pdf.status_code == 200, pdf.text
        assert CLEAN in pdf_text(pdf.content)
    # the scheduled brief writes both files as well
    written = write_brief(db, stage_ports().timeliness, "daily", datetime.now(UTC).date(), tmp_path, datetime.now(UTC))
    assert [p.suffix for p in written] == [".docx", ".xlsx", ".pdf"] and all(p.stat().st_size > 0 for p in written)


def test_timeliness_export_of_the_command_keeps_text_as_text(tmp_path: Path) -> None:
    from models.timeliness import TimelinessReport, TimelinessRow, UnitSummary
    from tracker.timeliness_format import write_xlsx

    now = datetime.now(UTC)
    report = TimelinessReport(
        start=now - timedelta(days=30),
        end=now,
        now=now,
        rows=[TimelinessRow(unit="x", rule_id="response", rule="予以回应", unit_name=FORMULA, cases=1)],
        units=[UnitSummary(unit="x", unit_name="江山\x02市\x1b教育局", cases=1)],
    )
    path = tmp_path / "t.xlsx"
    write_xlsx(report, path)
    data = path.read_bytes()
    assert_text_only(data, FORMULA)
    assert_text_only(data, "江山市教育局")


def test_downloads_are_saved_under_chinese_names(users: dict[str, str], api_login: Any) -> None:
    """A leader's downloads say what they are (舆情日报, 舆情周报, 回应时效统计 and the period), with an
    ASCII name for clients that read only ``filename``."""
    from urllib.parse import unquote

    leader = api_login(users["leader"])

    def saved_as(r: Any) -> str:
        assert r.status_code == 200, r.text
        disposition = r.headers["content-disposition"]
        assert disposition.startswith('attachment; filename="') and disposition.split('"')[1].isascii()
        return unquote(disposition.split("filename*=UTF-8''")[1])

    day = "2026-11-30"
    assert saved_as(leader.get("/api/v1/reports/daily.docx", params={"day": day})) == f"舆情日报-{day}.docx"
    assert saved_as(leader.get("/api/v1/reports/weekly.pdf", params={"day": day})) == f"舆情周报-{day}.pdf"
    review = leader.get("/api/v1/review/timeliness.xlsx", params={"start": "2026-11-01", "end": day})
    assert saved_as(review) == f"回应时效统计-2026-11-01至{day}.xlsx"


def test_a_quiet_period_is_said_in_words_not_empty_tables(users: dict[str, str], api_login: Any) -> None:
    """A day without events or cases: the brief says so, it does not print tables of headings only."""
    leader = api_login(users["leader"])
    for kind in ("daily", "weekly"):
        r = leader.get(f"/api/v1/reports/{kind}.docx", params={"day": "2026-01-05"})
        assert r.status_code == 200, r.text
        document = Document(io.BytesIO(r.content))
        text = "\n".join(p.text for p in document.paragraphs)
        assert "本期新增事件 0 起" in text and "本期无派单案件。" in text
        assert [t for t in document.tables if len(t.rows) <= 1] == []


def test_an_edited_brief_draft_loses_only_what_a_document_cannot_hold(
    users: dict[str, str], seed: Any, web_login: Any
) -> None:
    """The 简要信息 draft is typed on the page: a pasted U+FFFE/U+FFFF (XML refuses them, as it
    does C0 controls) is dropped, not a 500."""
    event, _alerts = seed(title=CLEAN)
    client, csrf = web_login(users["desk"])
    draft = "关于\ufffe火灾的简要信息\n经核实，\uffff火灾\x02造成3人死亡\x1b。"
    r = client.post(f"/events/{event.id}/brief.docx", data={"draft": draft, "csrf_token": csrf})
    assert r.status_code == 200, r.text
    paragraphs = [p.text for p in Document(io.BytesIO(r.content)).paragraphs]
    assert paragraphs[:2] == ["关于火灾的简要信息", "经核实，火灾造成3人死亡。"]
