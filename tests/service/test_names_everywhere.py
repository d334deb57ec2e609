"""No page, export or notification shows an internal id where a name exists.

A demo-like installation (the example jurisdiction's units and sources, the demo site's items
classified by the real classifier and alerted by the real alerting handler, a case with every kind
of action, a source-health alert) is walked as each role: every page reachable from the role's
start pages by links is fetched and its *visible* text (no URLs, no attributes; the YAML source of
the rule editors, marked ``data-config-text``, is configuration and exempt) must contain no topic,
unit, rule or source id. Then the xlsx and docx exports, and the texts of every notification
(企业微信, 钉钉, e-mail, the desk feed) the escalation scheduler and the deadline job send.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urldefrag, urlsplit

import lxml.html
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from alerting.escalation.scheduler import EscalationScheduler
from alerting.notify.base import AlertNotice, Recipients
from alerting.notify.dingtalk import DingTalkNotifier
from alerting.notify.dispatcher import Dispatcher
from alerting.notify.email import EmailNotifier
from alerting.notify.messages import message_sender
from alerting.notify.wecom import WeComNotifier
from models.db import Alert, Event, Item
from models.db.cases import Case
from models.timeutil import to_local
from service.api.routes.stream import alert_event
from service.names import NameBook
from tests.service.demo_world import DemoWorld, build_demo_world
from tracker.enforce import run_due
from yuqing.settings import EXAMPLE_JURISDICTION

SKIP_PREFIXES = ("/api/", "/static/", "/docs", "/logout", "/docs-static/")
DOCUMENTS = (".pdf", ".docx", ".xlsx", ".csv")
"""Downloads are not pages: their texts are checked by the exports test below (a PDF takes ~1 s
to write, and an event page links two)."""
VISIBLE_INPUTS = ("", "text", "search", "url", "email", "tel")


@pytest.fixture
def world(db: sessionmaker[Session], users: dict[str, str]) -> DemoWorld:
    return build_demo_world(db)


def visible_text(html: str) -> str:
    """What a person reads on the page: text nodes (option texts included) and the values of text
    inputs; never attributes, URLs, scripts or the YAML source of a rule editor."""
    doc = lxml.html.fromstring(html)
    for bad in doc.xpath("//script|//style|//head|//*[@data-config-text]"):
        bad.drop_tree()
    parts = [doc.text_content()]
    for field in doc.xpath("//input"):
        if (field.get("type") or "").lower() in VISIBLE_INPUTS and field.get("value"):
            parts.append(field.get("value"))
    return "\n".join(parts)


def links(html: str) -> Iterator[str]:
    for href in lxml.html.fromstring(html).xpath("//a/@href"):
        path = urldefrag(href).url
        page = path.startswith("/") and not path.startswith("//") and not path.startswith(SKIP_PREFIXES)
        if page and not urlsplit(path).path.endswith(DOCUMENTS):
            yield path


def walk(client: Any, start: list[str], limit: int = 400) -> dict[str, str]:
    """Fetch every page reachable from ``start`` (same site, GET, HTML); path → visible text."""
    seen: dict[str, str] = {}
    queue = list(start)
    while queue and len(seen) < limit:
        path = queue.pop(0)
        if path in seen:
            continue
        r = client.get(path)
        if r.status_code in (302, 303):
            seen[path] = ""
            target = urlsplit(r.headers["location"])
            queue.append(target.path + (f"?{target.query}" if target.query else ""))
            continue
        assert r.status_code in (200, 403, 404), (path, r.status_code)
        if not r.headers.get("content-type", "").startswith("text/html"):
            continue
        seen[path] = visible_text(r.text)
        queue.extend(p for p in links(r.text) if p not in seen)
    return seen


@pytest.mark.parametrize("role", ["desk", "hushan", "leader", "admin"])
def test_every_page_names_topics_units_rules_and_sources(
    role: str, world: DemoWorld, users: dict[str, str], web_login: Any, api_login: Any
) -> None:
    since = (datetime.now(UTC) - timedelta(days=30)).isoformat()
    watch = {"name": "街道动态", "keywords": ["街道", "镇", "市"], "places": ["虎山街道"], "starts_at": since}
    made = api_login(users["desk"]).post("/api/v1/topics", json=watch)  # a 专题 page with charts to walk
    assert made.status_code == 201, made.text
    client, _csrf = web_login(users[role])
    start = ["/", "/desk", "/inbox", "/leader", "/manual", "/admin", f"/cases/{world.case_id}", "/topics"]
    start += [f"/cases/{world.auto_case_id}", "/admin/rules"]
    start += [f"/topics/{made.json()['id']}", "/desk?span=7d"]
    start += [f"/events/{e}" for e in world.events] + [f"/items/{i}" for i in world.items]
    pages = walk(client, start)
    assert len([p for p, text in pages.items() if text]) >= 8
    leaks = {path: found for path, text in pages.items() if (found := world.leaks(text))}
    # people by name, never by login: only the administrator's account list shows logins
    # (and the header names the signed-in user by login when no name is recorded: their own login)
    own = f"person:{users[role]}"
    leaks = {p: [x for x in f if x != own] for p, f in leaks.items()}
    leaks = {p: f for p, f in leaks.items() if f and not (p == "/admin" and all(x.startswith("person:") for x in f))}
    assert leaks == {}, leaks
    if role in ("desk", "admin"):  # a person, an automatic dispatch and a manual report, as people read them
        case_page = pages[f"/cases/{world.auto_case_id}"]
        assert "系统（自动派单）" in case_page and "按时限策略自动派单" in case_page, case_page
        assert "事件首次发现" in case_page
        assert "人工报送（报送人：虎山街道）" in "\n".join(pages.values())
    if role == "desk":  # the pages did show the names (so the check above had something to look at)
        everything = "\n".join(pages.values())
        for name in ("安全应急", "虎山街道", "市应急管理局", "江山论坛", "信源异常"):
            assert name in everything, name


def test_the_exports_name_topics_units_and_rules(
    world: DemoWorld, users: dict[str, str], api_login: Any, db: sessionmaker[Session]
) -> None:
    from docx import Document
    from openpyxl import load_workbook

    leader = api_login(users["leader"])
    with db() as s:
        case = s.get(Case, world.case_id)
        assert case is not None
        with_case = case.event_id  # the 专报 of the event with a case: units, actions and rules named
        event = s.get(Event, with_case)
        assert event is not None
        # the briefs' days are Asia/Shanghai days: the world's own day, not the clock's (a run that
        # crosses midnight in Beijing after the seed must not ask for the next day's brief)
        today = to_local(event.first_seen_at).date()
    texts: dict[str, str] = {}
    for path in (
        f"/api/v1/review/timeliness.xlsx?start={(today - timedelta(days=1)).isoformat()}&end={today.isoformat()}",
        f"/api/v1/reports/daily.xlsx?day={today.isoformat()}",
        f"/api/v1/reports/weekly.xlsx?day={today.isoformat()}",
    ):
        r = leader.get(path)
        assert r.status_code == 200, (path, r.text)
        book = load_workbook(io.BytesIO(r.content), read_only=True)
        texts[path] = "\n".join(
            str(v) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for v in row if v
        )
    for path in (f"/api/v1/reports/daily.docx?day={today.isoformat()}", f"/api/v1/reports/weekly.docx?day={today}"):
        r = leader.get(path)
        assert r.status_code == 200, (path, r.text)
        doc = Document(io.BytesIO(r.content))
        cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
        texts[path] = "\n".join([p.text for p in doc.paragraphs] + cells)
    for path in (
        f"/api/v1/reports/daily.pdf?day={today.isoformat()}",
        f"/api/v1/reports/weekly.pdf?day={today.isoformat()}",
        f"/events/{with_case}/special.pdf",
        f"/events/{with_case}/special.docx",
    ):
        r = leader.get(path)
        assert r.status_code == 200, (path, r.text)
        texts[path] = document_text(r.content, path)
    leaks = {path: found for path, text in texts.items() if (found := world.leaks(text))}
    assert leaks == {}, leaks
    assert "虎山街道" in "\n".join(texts.values())
    assert "虎山街道" in texts[f"/events/{with_case}/special.pdf"]
    daily = texts[f"/api/v1/reports/daily.xlsx?day={today.isoformat()}"]
    assert any(name in daily for name in ("安全应急", "交通运输", "城乡建设"))


def document_text(data: bytes, path: str) -> str:
    """What a person reads in a PDF (every page's text, as PDFium extracts it) or a Word file."""
    if path.endswith(".docx"):
        from docx import Document

        doc = Document(io.BytesIO(data))
        cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
        return "\n".join([p.text for p in doc.paragraphs] + cells)
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


class Capture:
    """A channel that keeps what it was asked to send."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.sent: list[tuple[AlertNotice, Recipients]] = []

    def send(self, notice: AlertNotice, recipients: Recipients) -> None:
        self.sent.append((notice, recipients))


def channel_texts(notice: AlertNotice) -> list[str]:
    """What people read of ``notice`` on each channel type (the real formatters)."""
    nobody = Recipients()
    wecom = WeComNotifier("wecom", "http://127.0.0.1/")
    wecom_text = WeComNotifier("wecom", "http://127.0.0.1/", msgtype="text")
    email = EmailNotifier("email", "127.0.0.1", 25, sender="yuqing@example.cn")
    return [
        wecom.payload(notice, nobody)["markdown"]["content"],
        wecom_text.payload(notice, nobody)["text"]["content"],
        DingTalkNotifier("dingtalk", "http://127.0.0.1/").payload(notice, nobody)["markdown"]["text"],
        str(email.message(notice, Recipients(emails=("duty@example.cn",))).get_content()),
    ]


def test_notifications_name_units_rules_and_grades(world: DemoWorld, db: sessionmaker[Session]) -> None:
    capture = Capture("all")
    dispatcher = Dispatcher(
        {n: capture for n in ("desk_feed", "wecom", "dingtalk", "email", "webhook")}, retries=1, sleep=lambda _s: None
    )
    later = datetime.now(UTC) + timedelta(hours=2)
    scheduler = EscalationScheduler(db, dispatcher, clock=lambda: later)
    while scheduler.run_due():
        pass
    alert_notices = len(capture.sent)
    assert alert_notices >= 3
    names = NameBook(db, EXAMPLE_JURISDICTION)
    result = run_due(db, later + timedelta(days=10), message_sender(db, dispatcher, {}, names=names))
    assert result.sent and not result.failed
    assert len(capture.sent) > alert_notices

    leaks = {}
    for notice, _recipients in capture.sent:
        for text in channel_texts(notice):
            if found := world.leaks(text):
                leaks[f"{notice.kind}:{notice.title[:30]}"] = found
    assert leaks == {}, leaks
    every = "\n".join(t for n, _r in capture.sent for t in channel_texts(n))
    assert "虎山街道" in every and "事件等级：重大" in every
    # the machine-readable webhook JSON keeps ids next to the names
    notice = capture.sent[-1][0]
    assert notice.units and len(notice.unit_names) == len(notice.units)

    # the desk's live feed rows (server-sent events) as the browser shows them
    with db() as s:
        alerts = list(s.scalars(select(Alert)))
    for alert in alerts:
        data = json.loads(alert_event(alert, names.current(), 0)["data"])
        shown = "\n".join([data["title"], data["summary"], data["rule_name"], *data["unit_names"], data["level"]])
        assert world.leaks(shown) == [], (alert.rule, shown)


def test_a_manual_report_names_its_reporter_wherever_its_event_lists_it(
    world: DemoWorld, db: sessionmaker[Session], users: dict[str, str], web_login: Any, api_login: Any
) -> None:
    """人工报送 alone does not say who reported: the event's item list and its 传播路径 name the person,
    as the item's page does."""
    with db() as s:
        event_id = s.scalar(select(Item.event_id).where(Item.source_id == "manual"))
    assert event_id is not None
    reporter = "人工报送（报送人：虎山街道）"
    client, _csrf = web_login(users["desk"])
    page = visible_text(client.get(f"/events/{event_id}").text)
    assert page.count(reporter) >= 2, page  # the 传播路径 and the item list
    spread = api_login(users["desk"]).get(f"/api/v1/events/{event_id}/spread").json()
    assert reporter in [i["source_name"] for i in spread["items"]], spread
