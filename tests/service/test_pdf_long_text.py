"""A long scraped title or typed note never breaks a PDF: table cells are cut to a page-safe height
(fpdf2 cannot split a row over pages and failed with a 500), the docx keeps the whole text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from models.timeutil import to_local
from service.reports.blocks import Block, Heading, Para, Run
from service.reports.pdf import MAX_CELL_LINES, cjk_font, close_fonts, fit_cell, new_pdf, render_pdf
from tests.service.test_documents import pdf_text

LONG_TITLE = "虎山街道某小区发生火灾 多人受伤" + "网传现场视频" * 160  # 976 characters: a title may have 1,000
NOTE = "请属地核实情况。" * 250  # 2,000 characters, the most a note may have


def test_the_special_report_and_the_daily_brief_of_an_event_with_a_very_long_title(
    users: dict[str, str], seed: Any, web_login: Any, api_login: Any
) -> None:
    event, _alerts = seed(title=LONG_TITLE)
    desk = api_login(users["desk"])
    r = desk.post(f"/api/v1/events/{event.id}/dispatch", json={"lead_unit": "hushan", "note": NOTE})
    assert r.status_code in (200, 201), r.text
    web, _csrf = web_login(users["hushan"])  # the unit's own 专报, with the desk's long note in its actions
    r = web.get(f"/events/{event.id}/special.pdf")
    assert r.status_code == 200, r.text[:300]
    assert "虎山街道某小区发生火灾" in pdf_text(r.content)
    r = web.get(f"/events/{event.id}/special.docx")
    assert r.status_code == 200
    # the event's own day (a run that crosses midnight in Beijing between the seed and this line
    # must not ask for the next day's brief)
    day = to_local(event.first_seen_at).date().isoformat()
    for kind in ("daily", "weekly"):
        r = desk.get(f"/api/v1/reports/{kind}.pdf?day={day}")
        assert r.status_code == 200, (kind, r.text[:300])
        assert "虎山街道某小区发生火灾" in pdf_text(r.content)


def test_a_cell_is_cut_to_a_page_safe_height_and_says_so() -> None:
    pdf = new_pdf()
    try:
        pdf.set_font("cjk", size=9.5)
        assert fit_cell(pdf, "短标题", 30) == "短标题"
        cut = fit_cell(pdf, LONG_TITLE, 30)
        assert cut.endswith("…") and LONG_TITLE.startswith(cut[:-1]) and len(cut) > 50
        assert pdf.get_string_width(cut) <= 30 * MAX_CELL_LINES
        lines = fit_cell(pdf, "行\n" * 500, 30)  # line breaks count too
        assert lines.count("\n") < MAX_CELL_LINES
        assert fit_cell(pdf, "x" * 100, 0.1) == "…"  # a column too narrow for one character: never a loop
    finally:
        close_fonts(pdf)


def test_a_document_that_fails_half_way_closes_its_font_file() -> None:
    """fpdf2 closes its font file only when the document is output; a brief whose rendering fails
    half-way (here its blocks cannot be read to the end) must not leave the file open."""

    def blocks() -> Iterator[Block]:
        yield Heading("江山市舆情日报", 0)
        yield Para((Run("今日共监测到舆情 12 条。"),))
        raise RuntimeError("数据库连接中断")

    before = font_handles()
    with pytest.raises(RuntimeError, match="数据库连接中断"):
        render_pdf(blocks(), "日报")
    assert font_handles() == before


def font_handles() -> int:
    """How many descriptors of this process are open on the CJK font file."""
    font = str(cjk_font()[0].resolve())
    fds = Path("/proc/self/fd")
    return sum(1 for fd in fds.iterdir() if _target(fd) == font)


def _target(fd: Path) -> str | None:
    try:
        return str(fd.resolve())
    except OSError:  # closed since listed
        return None
