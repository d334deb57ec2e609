"""A long scraped title or typed note never breaks a PDF: table cells are cut to a page-safe height
(fpdf2 cannot split a row over pages and failed with a 500), the docx keeps the whole text."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from models.timeutil import to_local
from service.reports.pdf import MAX_CELL_LINES, cjk_font, fit_cell
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
    day = to_local(datetime.now(UTC)).date().isoformat()
    for kind in ("daily", "weekly"):
        r = desk.get(f"/api/v1/reports/{kind}.pdf?day={day}")
        assert r.status_code == 200, (kind, r.text[:300])
        assert "虎山街道某小区发生火灾" in pdf_text(r.content)


def test_a_cell_is_cut_to_a_page_safe_height_and_says_so() -> None:
    from fpdf import FPDF
    from fpdf.fonts import TTFFont

    path, index = cjk_font()
    pdf = FPDF(format="A4")
    pdf.add_font("cjk", fname=str(path), collection_font_number=index)
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
        # A document never output keeps its font file open (fpdf2 closes it in output()), and
        # fpdf2's method caches keep the font alive: freed later, in another test, the open file
        # was reported there (a ResourceWarning, an error under this suite's warning filter).
        for font in pdf.fonts.values():
            if isinstance(font, TTFFont):
                font.close()
