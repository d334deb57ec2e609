"""A 专题 in a real headless Chromium (as ``test_browser.py``), with the demo data: the desk creates
it through the form, and its page draws every chart (volume and heat, negativity, source tiers,
sources, places, words) under the CSP, with no page error. Screenshot: ``tests/artifacts/topic.png``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session, sessionmaker

from tests.service.conftest import open_token
from tests.service.demo_world import DemoWorld, build_demo_world
from tests.service.test_browser import CHROMIUM, browser, cookie_page  # noqa: F401 (fixtures)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)"),
]
KEYWORDS = "火灾 事故 坍塌 倒塌 危险化学品 滑坡 塌方"


def signed_in(browser: Any, db: sessionmaker[Session], base: str, username: str) -> Any:  # noqa: F811
    """A page of ``username``'s session (the login form itself is tested by ``test_browser.py``;
    signing in there would open the desk's live stream, which needs a broker)."""
    token, _csrf = open_token(db, username)
    return cookie_page(browser, base, token)


@pytest.fixture
def demo(db: sessionmaker[Session]) -> DemoWorld:
    return build_demo_world(db)


def test_desk_creates_a_topic_and_its_page_draws_the_charts(
    demo: DemoWorld,
    db: sessionmaker[Session],
    users: dict[str, str],
    server: str,
    browser: Any,  # noqa: F811
    artifacts: Path,
) -> None:
    from playwright.sync_api import expect

    desk = signed_in(browser, db, server, users["desk"])
    desk.goto(f"{server}/topics")
    desk.click("#new-topic")
    desk.fill("input[name=name]", "安全生产")
    desk.fill("textarea[name=keywords]", KEYWORDS)
    desk.fill("textarea[name=exclude]", "演练")
    desk.click("#topic-form button[type=submit]")
    expect(desk.locator(".flash")).to_contain_text("已保存")
    expect(desk.locator("h1")).to_contain_text("专题：安全生产")

    keys = ("volume", "negative", "tiers", "sources", "places", "words")
    for key in keys:
        chart = desk.locator(f"#chart-{key}")
        expect(chart).to_have_attribute("data-rendered", "1", timeout=10_000)
        assert chart.locator("svg").count() == 1, key
    assert desk.locator("#chart-volume svg path").count() > 5  # axes, two lines and their symbols
    assert desk.locator("#chart-tiers svg path").count() >= 1  # at least one bar
    words = desk.locator("#chart-words svg text").all_text_contents()
    assert len(words) >= 3, words
    sources = desk.locator("#chart-sources svg text").all_text_contents()
    assert not any("jiangshan-" in s for s in sources), sources  # names, never ids
    events = desk.locator("#topic-events a")
    assert events.count() >= 1
    assert desk.locator("#topic-items a").count() >= 3
    assert desk.errors == []
    assert not desk.refused, desk.refused
    desk.screenshot(path=str(artifacts / "topic.png"), full_page=True)

    # an event of the 专题 opens its page
    events.first.click()
    expect(desk.locator("h1")).to_contain_text("事件")
