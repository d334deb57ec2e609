"""The desk's 态势 and the leadership page's charts in a real headless Chromium (as
``test_browser.py``), with demo-like data: every chart is drawn by the service's own ECharts (SVG
with data in it), nothing breaks the CSP, the pages print with their figures' tables, and a
jurisdiction's boundary file turns the township bars into a map. Screenshots go to
``tests/artifacts/``; the leadership page's also to ``docs/screenshots/leader.png`` (README)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import exists, select
from sqlalchemy.orm import Session, sessionmaker

from models.db import Event
from models.db.cases import Case
from tests.service.demo_world import DemoWorld, build_demo_world
from tests.service.schematic_map import jurisdiction_with_map, schematic_boundaries
from tests.service.test_browser import CHROMIUM, browser, csp_refusals, sign_in  # noqa: F401 (fixtures)
from tracker.ports import TrackerPorts
from yuqing.settings import EXAMPLE_JURISDICTION, Settings

pytestmark = [
    pytest.mark.browser,
    pytest.mark.kafka,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)"),
]
DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
UPDATE_DOCS = os.environ.get("YUQING_UPDATE_SCREENSHOTS") == "1"
"""The README's screenshots are rewritten only on request (they carry the day's dates)."""
DESK_CHARTS = ("volume", "sentiment", "places", "words")
LEADER_CHARTS = ("ranking", "rules", "first-release", "daily", "topics", "grades")


@pytest.fixture
def jurisdiction(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    if getattr(request, "param", "example") == "schematic":
        from service.geography import townships

        return jurisdiction_with_map(tmp_path, schematic_boundaries(townships(EXAMPLE_JURISDICTION).names))
    return EXAMPLE_JURISDICTION


@pytest.fixture
def settings(
    make_settings: Callable[..., Settings],
    db_url: str,
    db: Any,
    kafka_bootstrap: str,
    topic_prefix: str,
    jurisdiction: Path,
) -> Settings:
    """As ``live_settings`` (the desk's live stream reads a real broker), with ``jurisdiction``."""
    return make_settings(
        database_url=db_url,
        jurisdiction_dir=jurisdiction,
        kafka_bootstrap=kafka_bootstrap,
        kafka_topic_prefix=topic_prefix,
    )


@pytest.fixture
def world(db: sessionmaker[Session], users: dict[str, str]) -> DemoWorld:
    """The demo world plus two older cases (so deadlines are decided): 市应急管理局 released in
    time, 市教育局 did nothing and is overdue."""
    world = build_demo_world(db)
    tracker = TrackerPorts()
    then = datetime.now(UTC) - timedelta(days=3)
    with db() as s:
        without_case = ~exists(select(Case.id).where(Case.event_id == Event.id))  # the world dispatched some
        others = list(s.scalars(select(Event).where(without_case).order_by(Event.id).limit(2)))
        assert len(others) == 2
        for event, unit, released in ((others[0], "yingji", True), (others[1], "jiaoyu", False)):
            policy = tracker.response_policy(EXAMPLE_JURISDICTION, s)
            case = tracker.dispatch(
                s, event_id=event.id, lead_unit=unit, co_units=[], actor="desk1", now=then, policy=policy
            )
            if released:
                tracker.record_action(s, case.id, "sign", actor="desk1", now=then + timedelta(minutes=10))
                tracker.record_action(
                    s,
                    case.id,
                    "first_release",
                    actor="desk1",
                    now=then + timedelta(minutes=50),
                    details={"url": "https://www.jiangshan.gov.cn/art/2.html"},
                )
        s.commit()
    return world


def assert_drawn(page: Any, key: str, min_paths: int = 3) -> None:
    from playwright.sync_api import expect

    chart = page.locator(f"#chart-{key}")
    expect(chart).to_have_attribute("data-rendered", "1", timeout=10_000)
    assert chart.get_attribute("data-chart-error") is None
    paths = chart.locator("svg path").count() + chart.locator("svg text").count()
    assert paths >= min_paths, (key, paths)


def test_the_desk_situation_charts(
    users: dict[str, str],
    server: str,
    browser: Any,  # noqa: F811
    world: DemoWorld,
    artifacts: Path,
) -> None:
    from playwright.sync_api import expect

    desk = sign_in(browser, server, users["desk"])
    refused = csp_refusals(desk)
    desk.goto(f"{server}/desk#situation")
    expect(desk.locator("#live-status")).to_have_attribute("data-state", "open", timeout=10_000)
    for key in DESK_CHARTS:
        assert_drawn(desk, key)
    # the demo jurisdiction has no boundary file: township bars, each labelled with its count
    places = desk.locator("#chart-places svg")
    expect(places).to_contain_text("虎山街道")
    assert desk.locator("#figure-places details.chart-data th[scope=row]").count() >= 2
    expect(desk.locator("#chart-words svg")).to_contain_text("火灾")
    desk.screenshot(path=str(artifacts / "desk-charts.png"), full_page=True)

    desk.click(".spans a:has-text('近7天')")
    expect(desk.locator(".spans a.current")).to_have_text("近7天")
    assert_drawn(desk, "volume")
    assert desk.locator("#chart-volume").get_attribute("data-option").count("-") >= 7  # one label a day
    assert desk.errors == [] and refused == []  # type: ignore[attr-defined]


@pytest.mark.parametrize("jurisdiction", ["schematic"], indirect=True)
def test_the_desk_draws_the_township_map_from_the_boundary_file(
    users: dict[str, str],
    server: str,
    browser: Any,  # noqa: F811
    world: DemoWorld,
    artifacts: Path,
) -> None:
    from playwright.sync_api import expect

    desk = sign_in(browser, server, users["desk"])
    refused = csp_refusals(desk)
    desk.goto(f"{server}/desk#situation")
    assert_drawn(desk, "places", min_paths=20)  # one region per township of units.yaml
    expect(desk.locator("#chart-places svg")).to_contain_text("贺村镇")
    desk.locator("#figure-places").screenshot(path=str(artifacts / "desk-map.png"))
    assert desk.errors == [] and refused == []  # type: ignore[attr-defined]


def test_the_leadership_charts_and_ranking(
    users: dict[str, str],
    server: str,
    browser: Any,  # noqa: F811
    world: DemoWorld,
    artifacts: Path,
) -> None:
    from playwright.sync_api import expect

    leader = sign_in(browser, server, users["leader"])
    refused = csp_refusals(leader)
    leader.goto(f"{server}/leader")
    for key in LEADER_CHARTS:
        assert_drawn(leader, key)
    # 考核: the two units that released in time rank above the one that did not
    ranks = leader.locator("#ranking tbody tr td:nth-child(2)").all_inner_texts()
    assert ranks.index("市教育局") > max(ranks.index("虎山街道"), ranks.index("市应急管理局")), ranks
    expect(leader.locator('#ranking tr[data-unit="jiaoyu"] td.rank')).not_to_have_text("1")
    expect(leader.locator("#chart-ranking svg")).to_contain_text("市应急管理局")
    expect(leader.locator("#ranking-rule")).to_contain_text("并列")
    leader.screenshot(path=str(artifacts / "leader-charts.png"), full_page=True)
    leader.set_viewport_size({"width": 1280, "height": 900})
    leader.locator("#ranking-section").screenshot(path=str(artifacts / "leader-ranking.png"))
    if UPDATE_DOCS:
        shutil.copyfile(artifacts / "leader-ranking.png", DOCS / "leader.png")

    # on paper: the navigation goes, every chart's table is printed under it
    leader.emulate_media(media="print")
    assert not leader.locator("header.top nav").is_visible()
    pdf = leader.pdf(path=str(artifacts / "leader.pdf"), format="A4", print_background=True)
    assert pdf[:4] == b"%PDF" and len(pdf) > 20_000
    assert leader.locator("details.chart-data[open]").count() == len(LEADER_CHARTS)
    leader.screenshot(path=str(artifacts / "leader-print.png"), full_page=True)

    # paper is narrower than the screen the charts were drawn for: each chart is scaled to the
    # page's width, not cut off at its right edge (the page laid out at A4's width here)
    leader.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
    leader.evaluate("() => { document.querySelector('main').style.width = '700px'; }")
    overflow = leader.evaluate(
        """() => { const right = document.querySelector('main').getBoundingClientRect().right;
                 return Array.from(document.querySelectorAll('.echart svg'))
                   .filter(s => s.getBoundingClientRect().right > right + 1)
                   .map(s => s.closest('.echart').id); }"""
    )
    assert overflow == [], overflow
    # back on screen the charts are drawn at their element's size again (no scaling left behind)
    leader.evaluate("() => { document.querySelector('main').style.width = ''; }")
    leader.emulate_media(media="screen")
    leader.evaluate("() => window.dispatchEvent(new Event('afterprint'))")
    assert leader.locator(".echart svg[viewBox], .echart svg.on-paper").count() == 0
    assert leader.errors == [] and refused == []  # type: ignore[attr-defined]
