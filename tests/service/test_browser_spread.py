"""The event page's 传播路径 in a real headless Chromium: a demo-like installation whose fire event
started on the forum, spread through a 自媒体 account, reprints and the hotline, jumped in one hour,
and got its 首次发布 after the peak. The timeline, the trend and the word cloud are drawn (SVG with
data), the page reads the sentence and lists the first post first, and the CSP refuses nothing.
Screenshot of the section: ``tests/artifacts/event-spread.png`` and ``docs/screenshots/``."""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from models.db import Event, Item, Source
from models.db.cases import Case, CaseAction
from models.timeutil import to_local
from tests.service.conftest import fold_copies, open_token
from tests.service.demo_world import build_demo_world
from tests.service.test_browser import CHROMIUM, browser, cookie_page  # noqa: F401 (fixture)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)"),
]

DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
UPDATE_DOCS = os.environ.get("YUQING_UPDATE_SCREENSHOTS") == "1"
"""The README's screenshots are rewritten only on request (they carry the day's dates)."""
FIRST_TITLE = "贺村镇化工厂方向冒出大量黑烟 网友称听到爆炸声"


def fire_story(db: sessionmaker[Session]) -> int:
    """The demo world with its fire event grown into a story (module doc); returns the event id.

    Times are laid on whole local hours ``H`` = three hours before the current hour (earlier when
    that would put 首次发布 in the first three hours of a local day): the first post at H:05, the
    jump in hour H+1, the demo's own items and 首次发布 at H+2:10.
    """
    hour = to_local(datetime.now(UTC)).replace(minute=0, second=0, microsecond=0) - timedelta(hours=3)
    release = hour + timedelta(hours=2, minutes=10)
    if release.hour < 3:
        # the demo's own items crowd the minutes after local midnight when its day has just begun
        # (demo_world._spacing), which would make 首次发布's hour the peak: the story ends the day before
        hour -= timedelta(hours=release.hour + 1)
        release = hour + timedelta(hours=2, minutes=10)
    world = build_demo_world(db, now=release.astimezone(UTC))
    extra = [  # minutes after H, source, tier, title, reprint of the first post, copies
        (5, "jiangshan-forum", "forum", FIRST_TITLE, False, 0),
        (40, "jiangshan-wechat", "self_media", "贺村化工厂着火了？现场视频曝光 浓烟几公里外可见", False, 3),
        (70, "jiangshan-web", "mainstream", "网传贺村镇化工厂冒黑烟 附近居民听到爆炸声", True, 4),
        (75, "jiangshan-wechat", "self_media", "转：贺村镇化工厂方向冒出大量黑烟 有人听到爆炸声", True, 6),
        (80, "jiangshan-messages", "hotline", "贺村镇居民询问化工厂火灾是否需要疏散", False, 0),
        (90, "jiangshan-forum", "forum", "贺村化工厂火灾 有没有人知道伤亡情况", False, 1),
        (105, "jiangshan-news", "mainstream", "贺村镇化工厂冒黑烟 网友称听到爆炸声", True, 2),
        (150, "jiangshan-wechat", "self_media", "贺村火灾后续：伤者已送医 现场仍有消防车", False, 2),
        (170, "jiangshan-news", "mainstream", "贺村镇化工企业火灾 市应急管理局通报处置进展", False, 1),
    ]
    with db.begin() as s:
        case = s.get(Case, world.case_id)
        assert case is not None and case.event_id is not None
        assert s.scalar(select(CaseAction.id).where(CaseAction.case_id == case.id, CaseAction.kind == "first_release"))
        s.add(Source(id="jiangshan-wechat", name="江山身边事（公众号）", type="web", tier="self_media"))
        first_id = ""
        for n, (minutes, source, tier, title, reprint, copies) in enumerate(extra):
            at = (hour + timedelta(minutes=minutes)).astimezone(UTC)
            item = Item(
                id=f"spread-{n}",
                source_id=source,
                source_type="web",
                source_tier=tier,
                url=f"http://127.0.0.1:8765/spread/{n}",
                title=title,
                text=title,
                published_at=at,
                collected_at=at,
                stored_at=at,
                duplicate_of=first_id if reprint else None,
                negative=True,
                places=["贺村镇"],
                lead_unit="hushan",
                event_id=case.event_id,
            )
            fold_copies(s, item.id, copies)
            s.add(item)
            first_id = first_id or item.id
        event = s.get(Event, case.event_id)
        assert event is not None
        event.item_count += len(extra)
        return case.event_id


def open_page(chromium: Any, base: str, db: sessionmaker[Session], username: str, path: str) -> Any:
    """``path`` in a new page signed in as ``username`` by its session cookie (straight to the
    event page: the desk's live stream, which needs the broker, is not opened)."""
    token, _csrf = open_token(db, username)
    page = cookie_page(chromium, base, token)
    page.goto(f"{base}{path}")
    return page


def drawn_paths(page: Any, key: str) -> int:
    chart = page.locator(f"#chart-{key}")
    assert chart.get_attribute("data-rendered") == "1", key
    return int(chart.locator("svg path").count())


def test_desk_sees_the_spread_path_of_an_event(
    users: dict[str, str],
    server: str,
    browser: Any,  # noqa: F811
    db: sessionmaker[Session],
    artifacts: Path,
) -> None:
    from playwright.sync_api import expect

    event_id = fire_story(db)
    desk = open_page(browser, server, db, users["desk"], f"/events/{event_id}")
    expect(desk.locator("h1")).to_contain_text(f"事件 {event_id}")
    for key in ("spread", "event-trend", "event-words"):
        expect(desk.locator(f"#chart-{key}")).to_have_attribute("data-rendered", "1", timeout=10_000)

    summary = desk.locator("#spread-summary")
    expect(summary).to_contain_text("官方首次回应在首发后 2.1 小时")
    expect(summary).to_contain_text("晚于传播高峰")
    first = desk.locator("#spread-items tbody tr").first
    expect(first).to_contain_text("首发")
    expect(first).to_contain_text(FIRST_TITLE)
    expect(first).to_contain_text("江山论坛")
    expect(desk.locator("#spread-items tr.official-response")).to_contain_text("官方首次回应")
    assert desk.locator("#spread-items tr.reprint").count() == 3
    expect(desk.locator("#spread-counts")).to_contain_text("量级跃升")

    timeline = desk.locator("#chart-spread svg")
    assert drawn_paths(desk, "spread") > 12  # a symbol per item, the mark line and band, the axes
    for text in ("首发", "官方首次回应", "跃升", "官方", "自媒体", "热线/留言板"):
        assert timeline.locator("text", has_text=text).count() >= 1, text
    assert drawn_paths(desk, "event-trend") > 6
    assert desk.locator("#chart-event-trend svg text", has_text="官方首次回应").count() == 1
    assert desk.locator("#chart-event-words svg text", has_text="贺村").count() >= 1
    assert not desk.errors, desk.errors
    assert not desk.refused, desk.refused  # the CSP refused no script, style or image
    desk.screenshot(path=str(artifacts / "event-page.png"), full_page=True)

    shot = artifacts / "event-spread.png"
    desk.set_viewport_size({"width": 1100, "height": 900})
    desk.locator("#spread-summary").scroll_into_view_if_needed()
    box = desk.locator("#spread").bounding_box()
    chart_box = desk.locator("#figure-spread").bounding_box()
    assert box is not None and chart_box is not None
    bottom = chart_box["y"] + chart_box["height"]  # the sentence and the chart; the list is long
    clip = {"x": box["x"], "y": box["y"], "width": box["width"], "height": bottom - box["y"]}
    desk.screenshot(path=str(shot), clip=clip, full_page=True)
    if UPDATE_DOCS:
        shutil.copyfile(shot, DOCS / "event-spread.png")
