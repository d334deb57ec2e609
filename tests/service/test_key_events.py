"""重点事件 in the 日报 and 周报: by statutory grade first, every event graded 较大 or above listed
(never cut by the limit), then heat, size and recency; the brief says how many it leaves out.

The day mirrors a user's report: a dozen ungraded complaints with many items each, and the day's
one 重大 event (a tunnel collapse) with few items, which the briefs used to leave out.
"""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from urllib.parse import urlsplit

import lxml.html
import openpyxl
import pytest
from docx import Document
from sqlalchemy.orm import Session, sessionmaker

from cli.compose import stage_ports
from models.db import Event, Item, Source
from models.enums import Role
from models.timeutil import SHANGHAI
from service.auth.principal import Principal
from service.queries.key_events import pick_key_events, severity
from service.reports.brief import build_brief
from tests.service.conftest import fold_copies
from tests.service.test_reports_evidence import docx_links, pdf_text
from yuqing.db.engine import transaction

DAY = date(2024, 5, 10)
LEADER = Principal(user_id=0, username="leader1", role=Role.LEADER, unit_id=None, csrf_token="", via_cookie=False)
TUNNEL = "某隧道施工段发生坍塌 已致11人死亡"
COMPLAINTS = [f"{n}路公交时刻表调整引发投诉" for n in range(1, 7)] + [f"夜间施工噪音扰民投诉{n}" for n in range(1, 7)]


def at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=SHANGHAI).astimezone(UTC)


def add_event(s: Session, title: str, grade: str | None, items: int, hour: int, copies: int = 0) -> Event:
    event = Event(
        title=title, grade=grade, topic="城乡建设", item_count=items, first_seen_at=at(hour), last_seen_at=at(hour, 30),
        created_at=at(hour), updated_at=at(hour, 30),
    )  # fmt: skip
    s.add(event)
    s.flush()
    for n in range(items):
        s.add(
            Item(
                id=f"e{event.id}-{n}", source_id="jiangshan-news", source_type="rss", source_tier="mainstream",
                url=f"https://x.cn/{event.id}/{n}", title=title, text=title, published_at=at(hour),
                collected_at=at(hour), stored_at=at(hour), event_id=event.id,
            )
        )  # fmt: skip
    s.flush()
    fold_copies(s, f"e{event.id}-0", copies)
    return event


@pytest.fixture
def busy_day(db: sessionmaker[Session]) -> dict[str, int]:
    """12 ungraded complaints (30-41 items), one 一般 (4), one 较大 (3), the 重大 tunnel (2)."""
    with transaction(db) as s:
        ids = {title: add_event(s, title, None, 30 + n, 8 + n % 10).id for n, title in enumerate(COMPLAINTS)}
        ids["general"] = add_event(s, "某路口两车剐蹭", "general", 4, 9).id
        ids["large"] = add_event(s, "某化工厂爆炸致3人死亡", "large", 3, 11).id
        ids["tunnel"] = add_event(s, TUNNEL, "major", 2, 15).id
        ids["yesterday"] = add_event(s, "前一日的事件", "major", 1, 10, copies=4).id
        s.flush()
        yesterday = s.get(Event, ids["yesterday"])
        assert yesterday is not None
        yesterday.first_seen_at = yesterday.last_seen_at = at(10, day=DAY - timedelta(days=3))
    return ids


def brief_of(db: sessionmaker[Session], kind: Any = "daily") -> Any:
    until = datetime.combine(DAY + timedelta(days=1), time(0), tzinfo=SHANGHAI)
    with db() as s:
        return build_brief(s, stage_ports().timeliness, LEADER, kind, until, datetime.now(UTC))


def test_grade_comes_first_and_major_events_are_never_cut(db: sessionmaker[Session], busy_day: dict[str, int]) -> None:
    brief = brief_of(db)
    top = [e.id for e in brief.top_events]
    assert top[:3] == [busy_day["tunnel"], busy_day["large"], busy_day["general"]]
    assert len(top) == 10 and brief.top_omitted.count == 5  # 15 events of the day, 10 listed
    ungraded = [e.item_count for e in brief.top_events[3:]]
    assert ungraded == sorted(ungraded, reverse=True) and ungraded[0] == 41
    assert busy_day["yesterday"] not in top  # not active in the period
    weekly = brief_of(db, "weekly")  # the week holds the earlier 重大 event as well: fewer items, more copies
    assert [e.id for e in weekly.top_events][:2] == [busy_day["yesterday"], busy_day["tunnel"]]
    assert len(weekly.top_events) == 10 and weekly.top_omitted.count == 6


def test_every_event_of_grade_large_or_above_is_listed_beyond_the_limit(db: sessionmaker[Session]) -> None:
    with transaction(db) as s:
        majors = [add_event(s, f"较大事故{n}", "large", 1, 8 + n % 10).id for n in range(12)]
        add_event(s, "特别重大事故", "especially_major", 1, 20)
        for n in range(3):
            add_event(s, f"投诉{n}", None, 50, 9)
    brief = brief_of(db)
    assert brief.top_events[0].title == "特别重大事故"
    assert {e.id for e in brief.top_events[1:]} == set(majors)  # 13 listed, none ungraded
    assert brief.top_omitted.count == 3


def test_heat_then_size_then_recency_within_a_grade() -> None:
    class E:
        def __init__(self, i: int, grade: str | None, heat: int, size: int, hour: int) -> None:
            self.i, self.grade, self.heat, self.size, self.last = i, grade, heat, size, at(hour)

    cands = [E(1, None, 9, 9, 9), E(2, "general", 1, 1, 8), E(3, "general", 5, 2, 8), E(4, "general", 5, 3, 8),
             E(5, "general", 5, 3, 12), E(6, "bogus", 99, 99, 9), E(7, "major", 0, 0, 1)]  # fmt: skip
    picked = pick_key_events(
        cands, grade=lambda e: e.grade, heat=lambda e: e.heat, size=lambda e: e.size,
        last_seen=lambda e: e.last, ident=lambda e: e.i, limit=4,
    )  # fmt: skip
    assert [e.i for e in picked.listed] == [7, 5, 4, 3] and picked.omitted == 3
    assert severity("bogus") == severity(None) == 0 < severity("general")


def test_the_daily_documents_list_the_major_event_first_and_say_what_is_left_out(
    busy_day: dict[str, int], users: dict[str, str], api_login: Any, web_login: Any
) -> None:
    leader = api_login(users["leader"])
    docx = leader.get(f"/api/v1/reports/daily.docx?day={DAY.isoformat()}")
    assert docx.status_code == 200
    texts = [p.text for p in Document(io.BytesIO(docx.content)).paragraphs]
    section = texts[texts.index("二、重点事件") + 1 : texts.index("三、超期未办")]
    numbered = [t for t in section if "，热度 " in t]
    assert numbered[0] == f"{TUNNEL}（重大，城乡建设，2 条，热度 2）" and len(numbered) == 10
    assert "另有 5 起本期有动态的一般或未定级事件未列出。" in section
    # "5 起" is evidence too: it opens the list of exactly the events left out, in the brief's order
    left_out = [url for text, url in docx_links(docx.content) if text == "5 起"]
    assert len(left_out) == 1
    browser, _csrf = web_login(users["leader"])
    parts = urlsplit(left_out[0])
    page = browser.get(f"{parts.path}?{parts.query}")
    assert page.status_code == 200
    shown = [int(v) for v in lxml.html.fromstring(page.text).xpath("//tr/@data-event")]
    listed = [busy_day["tunnel"], busy_day["large"], busy_day["general"]]
    listed += [busy_day[t] for t in COMPLAINTS[::-1][:7]]  # the largest complaints
    expected = [busy_day[t] for t in COMPLAINTS[::-1] if busy_day[t] not in listed]
    assert shown == expected  # the 5 smallest complaints, largest first
    assert "重点事件未列出的事件" in page.text

    pdf = leader.get(f"/api/v1/reports/daily.pdf?day={DAY.isoformat()}")
    text = pdf_text(pdf.content)
    assert TUNNEL[:8] in text and text.index(TUNNEL[:8]) < text.index(COMPLAINTS[-1][:6])
    assert "另有 5 起" in text

    xlsx = leader.get(f"/api/v1/reports/daily.xlsx?day={DAY.isoformat()}")
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx.content))["重点事件"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert rows[0][:3] == (busy_day["tunnel"], TUNNEL, "重大")
    note = next(r for r in rows if r[0] == "另有 5 起本期有动态的一般或未定级事件未列出。")
    assert note[1] == "、".join(str(e) for e in expected)  # their ids, as the other sheets give ids


def test_the_topic_digest_lists_the_major_event_first_with_its_grade(
    db: sessionmaker[Session], users: dict[str, str], api_login: Any, web_login: Any
) -> None:
    """The 专题日报 lists at most 50 events: 60 ungraded ones with two matching items each used to
    push out the 重大 event with one."""
    with transaction(db) as s:
        s.add(Source(id="jiangshan-news", name="江山新闻网", type="rss", tier="mainstream"))
        tunnel = add_event(s, TUNNEL, "major", 1, 15).id
        for n in range(60):
            add_event(s, f"夜间施工噪音扰民投诉{n}", None, 2, 8 + n % 10)
    topic = {"name": "施工安全", "keywords": ["施工"], "starts_at": at(0, day=DAY - timedelta(days=5)).isoformat()}
    tid = api_login(users["desk"]).post("/api/v1/topics", json=topic).json()["id"]
    web, _csrf = web_login(users["desk"])
    r = web.get(f"/topics/{tid}/digest.docx?day={DAY.isoformat()}")
    assert r.status_code == 200
    texts = [p.text for p in Document(io.BytesIO(r.content)).paragraphs]
    events = texts[texts.index("二、相关事件") + 1 : texts.index("三、相关条目")]
    numbered = [t for t in events if "其中负面" in t]
    assert numbered[0] == f"{TUNNEL}（重大；城乡建设；当日相关条目 1 条，其中负面 0 条，热度 1）"
    assert len(numbered) == 50 and all("（未定级；" in t for t in numbered[1:])
    assert "另有 11 起一般或未定级的相关事件未列出。" in events
    page = web.get(f"/topics/{tid}?day={DAY.isoformat()}")  # the 专题 page lists the same events first
    assert page.status_code == 200 and f"/events/{tunnel}" in page.text
