"""Briefs with evidence: the 日报 (docx, PDF, xlsx) and the 专报 of one event.

Every link in the Word file and the PDF is requested against the app with a signed-in client and
must open a page showing the record (an event, item or case page with its title, or a listing page
with exactly the records the figure counted); the PDF's first page is drawn and read back; the xlsx
ids exist; the 专报 carries exactly the stored facts; a unit user cannot download another unit's.
"""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import lxml.html
import openpyxl
import pypdfium2 as pdfium
import pytest
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE
from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from cli.compose import stage_ports
from models.db import Event, Item
from models.db.cases import Case
from models.enums import Role
from models.timeutil import SHANGHAI, to_local
from service.auth.principal import Principal
from service.names import load_names
from service.queries.events import event_items
from service.queries.spread import spread_path
from service.reports.brief import Brief, build_brief
from service.reports.incident_brief import event_facts, sourced_facts
from service.reports.jobs import write_brief
from service.reports.pdf import FontMissing, cjk_font
from tests.service.demo_world import DemoWorld, build_demo_world
from yuqing.settings import EXAMPLE_JURISDICTION

RELEASE_URL = "https://www.jiangshan.gov.cn/art/1.html"
"""Where the demo case's 首次发布 was published (``demo_world``)."""
LEADER = Principal(user_id=0, username="leader1", role=Role.LEADER, unit_id=None, csrf_token="", via_cookie=False)


@pytest.fixture
def world(db: sessionmaker[Session], users: dict[str, str]) -> DemoWorld:
    return build_demo_world(db)


def the_brief(db: sessionmaker[Session]) -> Brief:
    """The 日报 of today as the API builds it for the leader."""
    now = datetime.now(UTC)
    until = datetime.combine(to_local(now).date() + timedelta(days=1), time(0), tzinfo=SHANGHAI)
    with db() as s:
        names = load_names(s, EXAMPLE_JURISDICTION)
        return build_brief(s, stage_ports().timeliness, LEADER, "daily", until, now, names)


def docx_links(data: bytes) -> list[tuple[str, str]]:
    """(link text, target) of every hyperlink in a .docx."""
    doc = Document(io.BytesIO(data))
    rels = {r.rId: r.target_ref for r in doc.part.rels.values() if r.reltype == RELATIONSHIP_TYPE.HYPERLINK}
    ns = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    out = []
    for link in doc.element.body.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}hyperlink"):
        text = "".join(
            t.text or "" for t in link.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t")
        )
        out.append((text, rels[link.get(ns)]))
    return out


def pdf_links(data: bytes) -> list[str]:
    """The ``/URI`` of every link of every page: a link wrapped onto the next line is drawn as one
    annotation per line, counted once (see :func:`one_per_link`)."""
    found = []
    for page in PdfReader(io.BytesIO(data)).pages:
        for annot in page.get("/Annots") or []:
            a = annot.get_object()
            assert a["/Subtype"] == "/Link"
            found.append(str(a["/A"]["/URI"]))
    return one_per_link(found)


def one_per_link(urls: list[str]) -> list[str]:
    """``urls`` with runs of the same address counted once (the lines of one wrapped link)."""
    return [u for k, u in enumerate(urls) if k == 0 or urls[k - 1] != u]


def pdf_text(data: bytes) -> str:
    doc = pdfium.PdfDocument(data)
    try:
        return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()


def first_page_ink(data: bytes) -> float:
    """The share of the first page's pixels that are not white, drawn at 72 dpi."""
    doc = pdfium.PdfDocument(data)
    try:
        image = doc[0].render(scale=1).to_pil().convert("L")
    finally:
        doc.close()
    histogram = image.histogram()
    return sum(histogram[:200]) / sum(histogram)


def check_link(client: Any, db: sessionmaker[Session], url: str, expected: dict[str, set[int]]) -> str:
    """GET ``url``'s path as the signed-in user: 200, and the page shows the record(s)."""
    parts = urlsplit(url)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    r = client.get(path)
    assert r.status_code == 200, (path, r.status_code)
    page = lxml.html.fromstring(r.text)
    with db() as s:
        if m := re.fullmatch(r"/events/(\d+)", parts.path):
            event = s.get(Event, int(m.group(1)))
            assert event is not None and event.title in r.text
        elif m := re.fullmatch(r"/items/([^/]+)", parts.path):
            item = s.get(Item, m.group(1))
            assert item is not None and item.title in page.text_content()
        elif m := re.fullmatch(r"/cases/(\d+)", parts.path):
            case = s.get(Case, int(m.group(1)))
            assert case is not None and case.title in page.text_content()
        elif parts.path in ("/briefs/events", "/briefs/omitted"):
            shown = {int(v) for v in page.xpath("//tr/@data-event")}
            assert shown == expected[path], path
        elif parts.path == "/briefs/cases":
            shown = {int(v) for v in page.xpath("//tr/@data-case")}
            assert shown == expected[path], path
        else:
            raise AssertionError(f"a link to no known page: {url}")
    return parts.path


def expected_records(brief: Brief) -> dict[str, set[int]]:
    figures = [brief.events, *brief.by_grade, *brief.by_topic, *brief.unit_cases.values(), brief.top_omitted]
    return {f.path: set(f.ids) for f in figures}


def test_every_link_of_the_daily_brief_opens_its_records(
    world: DemoWorld, users: dict[str, str], api_login: Any, web_login: Any, db: sessionmaker[Session]
) -> None:
    leader = api_login(users["leader"])
    browser, _csrf = web_login(users["leader"])
    brief = the_brief(db)
    assert brief.events.count >= 2 and brief.unit_cases  # the demo day has events and a case
    expected = expected_records(brief)

    docx = leader.get("/api/v1/reports/daily.docx")
    assert docx.status_code == 200
    links = docx_links(docx.content)
    assert (f"{brief.events.count} 起", f"http://testserver{brief.events.path}") in links
    kinds = {check_link(browser, db, url, expected) for _text, url in links}
    assert kinds >= {"/briefs/events", "/briefs/cases", f"/events/{brief.top_events[0].id}"}

    pdf = leader.get("/api/v1/reports/daily.pdf")
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    uris = pdf_links(pdf.content)
    assert sorted(uris) == sorted(one_per_link([url for _text, url in links]))  # the same evidence as the Word file
    for url in uris:
        check_link(browser, db, url, expected)


def test_the_pdf_shows_chinese_text_and_figures(
    world: DemoWorld, users: dict[str, str], api_login: Any, db: Any
) -> None:
    brief = the_brief(db)
    pdf = api_login(users["leader"]).get("/api/v1/reports/daily.pdf").content
    assert first_page_ink(pdf) > 0.01
    text = pdf_text(pdf)
    assert "舆情日报" in text
    assert f"本期新增事件 {brief.events.count} 起。" in text
    for figure in brief.by_grade:
        assert figure.label in text
    top = brief.top_events[0]
    assert top.title[:10] in text
    fonts = [f.get_object() for page in PdfReader(io.BytesIO(pdf)).pages for f in page["/Resources"]["/Font"].values()]
    assert fonts and all("NotoSansCJK" in str(f["/BaseFont"]) for f in fonts)  # embedded, not substituted
    assert all("/FontFile3" in f["/DescendantFonts"][0].get_object()["/FontDescriptor"] for f in fonts)


def test_xlsx_evidence_ids_exist(world: DemoWorld, users: dict[str, str], api_login: Any, db: Any) -> None:
    r = api_login(users["leader"]).get("/api/v1/reports/daily.xlsx")
    assert r.status_code == 200
    book = openpyxl.load_workbook(io.BytesIO(r.content))
    brief = the_brief(db)
    events = [int(row[0]) for row in book["新增事件"].iter_rows(min_row=2, values_only=True)]
    assert sorted(events) == sorted(brief.events.ids)
    top = [row[0] for row in book["重点事件"].iter_rows(min_row=2, values_only=True) if isinstance(row[0], int)]
    cases = [int(i) for row in book["单位案件"].iter_rows(min_row=2, values_only=True) for i in str(row[2]).split("、")]
    per_grade = [
        int(i)
        for row in book["概况"].iter_rows(min_row=5, values_only=True)
        if isinstance(row[1], int)
        for i in str(row[2]).split("、")
    ]
    assert top and cases and per_grade
    assert book["概况"]["B2"].value == brief.events.count
    with db() as s:
        named = {*events, *top, *per_grade}
        assert set(s.scalars(select(Event.id).where(Event.id.in_(named)))) == named
        assert set(s.scalars(select(Case.id).where(Case.id.in_(cases)))) == set(cases)


def test_the_special_report_of_one_event(
    world: DemoWorld, users: dict[str, str], web_login: Any, db: sessionmaker[Session]
) -> None:
    desk, _csrf = web_login(users["desk"])
    with db() as s:
        case = s.get(Case, world.case_id)
        assert case is not None and case.event_id is not None
        event = s.get(Event, case.event_id)
        assert event is not None
        facts = sourced_facts(event_facts(event_items(s, LEADER, event.id, limit=2000)))
    assert facts  # the demo's major event has extracted facts
    assert f"/events/{event.id}/special.pdf" in desk.get(f"/events/{event.id}").text

    r = desk.get(f"/events/{event.id}/special.docx")
    assert r.status_code == 200
    doc = Document(io.BytesIO(r.content))
    assert doc.paragraphs[0].text == f"舆情专报：{event.title}"
    fact_table = next(t for t in doc.tables if t.rows[0].cells[0].text == "要素")
    shown = [tuple(c.text for c in row.cells) for row in fact_table.rows[1:]]
    assert shown == [(f.fact.kind.label, f.fact.value, f.fact.quote or "—", f.item_title) for f in facts]
    responses = next(t for t in doc.tables if t.rows[0].cells[0].text == "时间")
    actions = [row.cells[2].text for row in responses.rows[1:]]
    assert actions[0] == "派单" and "签收" in actions and "首次发布" in actions
    timeliness = next(t for t in doc.tables if t.rows[0].cells[1].text == "时限")
    assert len(timeliness.rows) > 1
    with db() as s:  # the 传播路径 is the event page's: the same first post and the same sentence
        path = spread_path(s, LEADER, event.id, datetime.now(UTC), names=load_names(s, EXAMPLE_JURISDICTION))
    assert path.first is not None
    texts = [p.text for p in doc.paragraphs]
    assert any(t.startswith(f"首发：{path.first.title}（{path.first.source_name}") for t in texts)
    assert path.summary().split("小时")[0] in "\n".join(texts)  # the response placed against the spread
    tiers = next(t for t in doc.tables if t.rows[0].cells[0].text == "来源类型")
    assert [(r.cells[0].text, r.cells[1].text) for r in tiers.rows[1:]] == [(t.label, f"{n} 条") for t, n in path.tiers]
    # the first official release (首次发布) with the address it was published at, as a link
    assert path.response is not None and path.response.url == RELEASE_URL
    summary = {row.cells[0].text: row.cells[1].text for row in doc.tables[0].rows}
    assert summary["首次发布"].startswith(to_local(path.response.at).strftime("%Y-%m-%d %H:%M"))
    assert summary["首次发布链接"] == RELEASE_URL
    links = docx_links(r.content)
    assert (RELEASE_URL, RELEASE_URL) in links
    release_rows = [row.cells[4].text for row in responses.rows[1:] if row.cells[2].text == "首次发布"]
    assert RELEASE_URL in release_rows
    for _text, url in links:
        if url != RELEASE_URL:
            check_link(desk, db, url, {})

    pdf = desk.get(f"/events/{event.id}/special.pdf")
    assert pdf.status_code == 200
    assert first_page_ink(pdf.content) > 0.01
    text = pdf_text(pdf.content)
    assert "舆情专报" in text and "传播路径" in text and facts[0].fact.value in text
    assert RELEASE_URL in pdf_links(pdf.content)
    for url in pdf_links(pdf.content):
        if url != RELEASE_URL:
            check_link(desk, db, url, {})


def test_a_unit_user_gets_only_its_own_special_reports_and_records(
    world: DemoWorld, users: dict[str, str], web_login: Any, db: sessionmaker[Session]
) -> None:
    with db() as s:
        case = s.get(Case, world.case_id)
        assert case is not None
        other = s.scalar(select(Event).where(Event.id != case.event_id, Event.lead_unit != "hushan"))
        assert other is not None
    hushan, _ = web_login(users["hushan"])
    jiaoyu, _ = web_login(users["jiaoyu"])
    assert hushan.get(f"/events/{case.event_id}/special.pdf").status_code == 200
    for fmt in ("docx", "pdf"):
        assert jiaoyu.get(f"/events/{case.event_id}/special.{fmt}").status_code in (403, 404)
    brief = the_brief(db)
    r = jiaoyu.get(brief.events.path)
    assert r.status_code == 200
    shown = {int(v) for v in lxml.html.fromstring(r.text).xpath("//tr/@data-event")}
    assert case.event_id not in shown and shown < set(brief.events.ids)
    cases_path = brief.unit_cases["hushan"].path
    assert lxml.html.fromstring(jiaoyu.get(cases_path).text).xpath("//tr/@data-case") == []


def test_scheduled_briefs_link_to_the_public_url_or_say_their_links_are_relative(
    world: DemoWorld, db: sessionmaker[Session], tmp_path: Path
) -> None:
    now = datetime.now(UTC)
    today = to_local(now).date()
    plain = write_brief(db, stage_ports().timeliness, "daily", today, tmp_path / "a", now)
    assert [p.suffix for p in plain] == [".docx", ".xlsx", ".pdf"]
    links = [url for _t, url in docx_links(plain[0].read_bytes())]
    assert links and all(url.startswith("/") for url in links)
    assert "YUQING_PUBLIC_URL" in "\n".join(p.text for p in Document(str(plain[0])).paragraphs)
    assert "YUQING_PUBLIC_URL" in pdf_text(plain[2].read_bytes())
    public = write_brief(
        db, stage_ports().timeliness, "daily", today, tmp_path / "b", now, public_url="https://yq.example.cn/"
    )
    assert all(url.startswith("https://yq.example.cn/") for url in pdf_links(public[2].read_bytes()))
    assert "YUQING_PUBLIC_URL" not in "\n".join(p.text for p in Document(str(public[0])).paragraphs)


def test_a_missing_cjk_font_names_the_debian_package(tmp_path: Path) -> None:
    with pytest.raises(FontMissing, match="fonts-noto-cjk"):
        cjk_font([tmp_path])
    path, index = cjk_font()
    assert path.exists() and index in (0, 2)
