"""The three jobs in a real headless Chromium against a running service (uvicorn on a free port):
the desk sees a new alert arrive live (SSE) and dispatches it; the unit signs for it and records a
release; leadership sees the unit's on-time rate change. Hostile scraped text runs nothing.
Screenshots of the three main pages go to ``tests/artifacts/``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.kafka,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)"),
]


@pytest.fixture
def settings(live_settings: Any) -> Any:
    return live_settings  # the desk's live stream reads the alerts topic of a real broker


@pytest.fixture
def alerting(live_alerting: Any) -> Any:
    return live_alerting


@pytest.fixture
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        try:
            yield b
        finally:
            b.close()


def csp_refusals(page: Any) -> list[str]:
    """Console messages of the CSP refusing a script, style or image, collected as they come."""
    refused: list[str] = []
    page.on(
        "console", lambda m: refused.append(m.text) if "Refused" in m.text or "Content Security" in m.text else None
    )
    return refused


def cookie_page(browser: Any, base: str, token: str) -> Any:
    """A new page signed in by a session cookie (no login form: the desk's live stream, which
    needs the broker, is not opened); ``page.errors`` collects page errors, ``page.refused`` CSP
    refusals."""
    from service.auth.sessions import COOKIE_NAME

    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
    context.add_cookies([{"name": COOKIE_NAME, "value": token, "url": base}])
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    page.refused = csp_refusals(page)
    return page


def sign_in(browser: Any, base: str, username: str) -> Any:
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("dialog", lambda d: (errors.append(f"dialog: {d.message}"), d.dismiss()))
    page.errors = errors  # type: ignore[attr-defined]
    page.goto(f"{base}/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", "correct-horse-9")
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/(desk|inbox|leader|admin)"))
    return page


def hushan_rate(page: Any) -> str:
    return str(page.locator('#unit-review tr[data-unit="hushan"] td.rate').inner_text()).strip()


def test_desk_unit_leader_in_a_browser(
    users: dict[str, str], server: str, browser: Any, seed: Any, artifacts: Path
) -> None:
    from playwright.sync_api import expect

    # leadership: a first case of 虎山街道 exists, nothing decided yet
    seed(title="虎山街道道路塌陷 交通受阻", text="虎山街道一处道路塌陷。", grade="large", places=("虎山街道",))
    desk = sign_in(browser, server, users["desk"])
    expect(desk.locator("h1")).to_contain_text("值班台")
    expect(desk.locator("#live-status")).to_have_attribute("data-state", "open", timeout=10_000)
    rows_before = desk.locator("#alert-rows tr.alert-row").count()

    # a new alert is raised by the alerting stage's own handler and appears without reload
    title = "虎山街道某小区发生火灾 多人受伤"
    event, alerts = seed(title=title, text="虎山街道某小区发生火灾，消防正在处置，多人受伤送医。")
    assert alerts
    expect(desk.locator("#alert-rows tr.alert-row.new").first).to_be_visible(timeout=10_000)
    expect(desk.locator("#alert-rows")).to_contain_text(title)
    assert desk.locator("#alert-rows tr.alert-row").count() >= rows_before + 1
    desk.screenshot(path=str(artifacts / "desk.png"), full_page=True)

    # dispatch (派单) from the event page
    desk.locator("#alert-rows a", has_text=title).first.click()
    expect(desk.locator("h1")).to_contain_text(f"事件 {event.id}")
    desk.screenshot(path=str(artifacts / "event.png"), full_page=True)
    desk.select_option("#dispatch-form select[name=lead_unit]", "hushan")
    desk.click("#dispatch-form button[type=submit]")
    expect(desk.locator(".flash")).to_contain_text("已派单")

    leader = sign_in(browser, server, users["leader"])
    leader.goto(f"{server}/leader")
    expect(leader.locator('#unit-review tr[data-unit="hushan"]')).to_be_visible()
    before = hushan_rate(leader)
    assert before == "—"

    # the unit signs and records its first release
    unit = sign_in(browser, server, users["hushan"])
    expect(unit.locator("h1")).to_contain_text("虎山街道")
    row = unit.locator("#case-list tr.case-row", has_text=title)
    expect(row).to_be_visible()
    expect(row.locator(".countdown")).to_contain_text("剩余", timeout=5_000)
    unit.screenshot(path=str(artifacts / "inbox.png"), full_page=True)
    row.locator("a").first.click()
    unit.click("#sign-form button[type=submit]")
    expect(unit.locator(".flash")).to_contain_text("签收")
    expect(unit.locator("#case-status")).to_have_text("办理中")
    unit.select_option("#release-form select[name=kind]", "first_release")
    unit.fill("#release-form input[name=url]", "https://www.jiangshan.gov.cn/art/2026/fire.html")
    unit.click("#release-form button[type=submit]")
    expect(unit.locator(".flash")).to_contain_text("首次发布")
    expect(unit.locator("#case-actions")).to_contain_text("https://www.jiangshan.gov.cn/art/2026/fire.html")
    unit.screenshot(path=str(artifacts / "case.png"), full_page=True)

    # leadership sees the rate change
    leader.reload()
    after = hushan_rate(leader)
    assert after != before and after.startswith("100%"), after
    expect(leader.locator("svg").first).to_be_visible()
    leader.screenshot(path=str(artifacts / "leader.png"), full_page=True)

    for page in (desk, unit, leader):
        assert page.errors == [], page.errors  # type: ignore[attr-defined]


def test_hostile_text_runs_nothing_in_the_browser(users: dict[str, str], server: str, browser: Any, seed: Any) -> None:
    from playwright.sync_api import expect

    from tests.service.test_xss import HOSTILE_TEXT, HOSTILE_TITLE

    desk = sign_in(browser, server, users["desk"])
    expect(desk.locator("#live-status")).to_have_attribute("data-state", "open", timeout=10_000)
    event, _alerts = seed(title=HOSTILE_TITLE, text=HOSTILE_TEXT)
    expect(desk.locator("#alert-rows")).to_contain_text("<script>window.__pwned=1</script>", timeout=10_000)
    desk.goto(f"{server}/events/{event.id}")
    desk.locator("table a", has_text="虎山街道火灾").first.click()
    expect(desk.locator("#item-text")).to_contain_text("浓烟")
    desk.hover("#item-text")
    assert desk.evaluate("() => window.__pwned === undefined")
    assert desk.locator("#item-text script, #item-text img, #item-text [onmouseover]").count() == 0
    assert desk.errors == []  # type: ignore[attr-defined]


def test_the_desk_says_when_the_live_feed_is_cut_and_recovers_by_itself(
    users: dict[str, str], db: Any, live_settings: Any, browser: Any
) -> None:
    """The broker away when the desk opens its page: the badge reads 实时中断 (not only a colour),
    with the reason as its tooltip, and turns back to 实时 once the feed can be read, without a reload."""
    import socket

    from playwright.sync_api import expect

    from cli.compose import stage_ports
    from service.app import create_app
    from service.feed import KafkaAlertFeed
    from tests.service.conftest import live_server, open_token

    closed = socket.socket()  # a port held but not listening: connections to it are refused
    closed.bind(("127.0.0.1", 0))
    feed = KafkaAlertFeed(f"127.0.0.1:{closed.getsockname()[1]}", live_settings.kafka_topic_prefix)
    app = create_app(
        live_settings, stage_ports(), sse_poll_seconds=0.1, sse_retry_seconds=0.3, feed_factory=lambda: feed,
        kafka_lag_metrics=False,
    )  # fmt: skip
    try:
        with live_server(app, timeout_graceful_shutdown=1) as base:
            token, _csrf = open_token(db, users["desk"])
            desk = cookie_page(browser, base, token)
            desk.goto(f"{base}/desk")
            badge = desk.locator("#live-status")
            expect(badge).to_have_attribute("data-state", "unavailable", timeout=10_000)
            expect(badge).to_have_text("实时中断")
            assert "正在重试" in (badge.get_attribute("title") or "")
            feed.bootstrap_servers = live_settings.bootstrap_servers  # the broker is back
            expect(badge).to_have_attribute("data-state", "open", timeout=15_000)
            expect(badge).to_have_text("实时")
            assert desk.errors == [] and desk.refused == []
            desk.context.close()
    finally:
        closed.close()
