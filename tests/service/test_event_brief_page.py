"""The 简要信息 facts on the event page and the editable docx draft: over HTTP and in a real browser
(the issue's browser test of the event page; the draft's sentences alone are tested in test_incident_brief.py)."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

# the browser tests' fixtures (a uvicorn server on a free port, Debian's Chromium)
from tests.service.test_browser import CHROMIUM, browser, sign_in  # noqa: F401
from tests.service.test_reports_evidence import docx_links
from yuqing.settings import EXAMPLE_JURISDICTION

TITLE = "贺村镇一化工企业仓库突发火灾 已造成3人死亡12人受伤"
TEXT = (
    "11月23日凌晨2时许，位于贺村镇的一家化工企业仓库突发火灾，火势迅速蔓延至相邻车间。"
    "市消防救援大队调集12辆消防车赶赴现场扑救。截至目前，火灾已造成3人死亡、12人受伤，其中4人伤势较重，"
    "直接经济损失约1500万元。市应急管理局已成立事故调查组。"
)


@pytest.fixture(scope="module")
def engine() -> Any:
    from classifier.engine import load_classifier

    return load_classifier(EXAMPLE_JURISDICTION)


@pytest.fixture
def fire(seed: Callable[..., Any], engine: Any, make_raw_item: Callable[..., Any], db: Any) -> tuple[Any, str]:
    """The fire, classified by the shipped classifier and stored by the alerting stage: (event, item id)."""
    from sqlalchemy import select

    from models.db import Item

    published = datetime(2024, 11, 23, 1, 0, tzinfo=UTC)
    (result,) = engine.classify([make_raw_item(title=TITLE, text=TEXT, published_at=published)])
    assert result.facts, "the classifier reads facts from an accident"
    event, _ = seed(
        title=TITLE,
        text=TEXT,
        unit="hecun",
        grade=result.grade.value,
        places=result.places,
        event_type=result.event_type.value,
        facts=result.facts,
    )
    with db() as s:
        item_id = s.scalar(select(Item.id).where(Item.event_id == event.id))
    return event, item_id


def docx_text(body: bytes) -> tuple[list[str], list[list[str]]]:
    from docx import Document

    doc = Document(io.BytesIO(body))
    rows = [[c.text for c in row.cells] for table in doc.tables for row in table.rows]
    return [p.text for p in doc.paragraphs], rows


def test_event_page_shows_facts_linked_to_their_item(
    fire: tuple[Any, str], users: dict[str, str], web_login: Callable[[str], tuple[TestClient, str]]
) -> None:
    event, item_id = fire
    client, _csrf = web_login(users["desk"])
    html = client.get(f"/events/{event.id}").text
    section = html[html.index('id="brief"') :]
    assert "11月23日凌晨2时许" in section and "贺村镇的一家化工企业仓库" in section
    assert re.search(r'data-fact="deaths"><th>死亡</th><td>3人 <a class="small" href="/items/' + item_id, section)
    assert "市消防救援大队" in section and "市应急管理局" in section and "约1500万元" in section
    assert "关于贺村镇的一家化工企业仓库火灾的简要信息" in section  # the draft in the textarea


def test_brief_draft_docx_prefilled_and_edited(
    fire: tuple[Any, str], users: dict[str, str], web_login: Callable[[str], tuple[TestClient, str]]
) -> None:
    event, _item_id = fire
    client, csrf = web_login(users["desk"])
    response = client.get(f"/events/{event.id}/brief.docx")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/vnd.openxmlformats")
    paragraphs, rows = docx_text(response.content)
    assert paragraphs[0] == "关于贺村镇的一家化工企业仓库火灾的简要信息"
    assert any(p.startswith("11月23日凌晨2时许，贺村镇的一家化工企业仓库发生火灾") for p in paragraphs)
    assert any("3人死亡、12人受伤（其中4人重伤），直接经济损失约1500万元" in p for p in paragraphs)
    assert any("市消防救援大队、市应急管理局已开展处置" in p for p in paragraphs)
    assert rows[[r[0] for r in rows].index("死亡")][:3] == ["死亡", "3人", "3人死亡"]
    assert all(TITLE in r[3] for r in rows[1:]), "every fact names the item it came from"
    links = docx_links(response.content)
    assert links and all(text == url and url.startswith("http") and url in rows[1][3] for text, url in links)

    edited = "关于贺村镇火灾的简要信息\n\n经核实，\x02火灾造成3人死亡。\n报送单位：贺村镇"
    response = client.post(f"/events/{event.id}/brief.docx", data={"draft": edited, "csrf_token": csrf})
    assert response.status_code == 200
    paragraphs, rows = docx_text(response.content)
    assert paragraphs[:3] == ["关于贺村镇火灾的简要信息", "经核实，火灾造成3人死亡。", "报送单位：贺村镇"]
    assert rows, "the evidence is appended to the edited draft"

    forged = client.post(f"/events/{event.id}/brief.docx", data={"draft": edited, "csrf_token": "x"})
    assert forged.status_code == 403
    other_unit, _ = web_login(users["jiaoyu"])
    assert other_unit.get(f"/events/{event.id}/brief.docx").status_code == 404


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)")
def test_brief_in_the_browser(
    fire: tuple[Any, str],
    users: dict[str, str],
    server: str,
    browser: Any,  # noqa: F811 (the imported fixture)
    tmp_path: Path,
    artifacts: Path,
) -> None:
    from playwright.sync_api import expect

    event, item_id = fire
    desk = sign_in(browser, server, users["desk"])
    desk.goto(f"{server}/events/{event.id}")
    facts = desk.locator("#brief table.brief-facts")
    expect(facts.locator('tr[data-fact="when"]')).to_contain_text("11月23日凌晨2时许")
    expect(facts.locator('tr[data-fact="deaths"]')).to_contain_text("3人")
    expect(facts.locator('tr[data-fact="unit"]').first).to_contain_text("市消防救援大队")
    draft = desk.locator("#brief-draft")
    expect(draft).to_have_value(re.compile("^关于贺村镇的一家化工企业仓库火灾的简要信息"))
    desk.screenshot(path=str(artifacts / "event-brief.png"), full_page=True)

    draft.fill(draft.input_value().replace("目前，现场处置", "目前，3名伤者转院治疗，现场处置"))
    with desk.expect_download() as info:
        desk.click("#brief-form button[type=submit]")
    path = tmp_path / "brief.docx"
    info.value.save_as(path)
    paragraphs, rows = docx_text(path.read_bytes())
    assert any(p.startswith("目前，3名伤者转院治疗") for p in paragraphs)
    assert any(r[0] == "死亡" and r[1] == "3人" for r in rows)

    desk.locator('#brief tr[data-fact="deaths"] a').click()
    expect(desk).to_have_url(f"{server}/items/{item_id}")
    assert desk.errors == []  # type: ignore[attr-defined]


def test_a_corrected_figure_is_shown_so_and_the_draft_asks_to_review_the_grade(
    seed: Callable[..., Any],
    engine: Any,
    make_raw_item: Callable[..., Any],
    users: dict[str, str],
    web_login: Callable[[str], tuple[TestClient, str]],
) -> None:
    """经核实，死亡人数由11人核减为9人: the event page marks the figure 经核减, and the draft, whose event was
    proposed 重大 on the 11, says the grade is to be reviewed against it."""
    title = "贺村镇化工厂爆炸事故死亡人数核减为9人"
    text = "11月23日凌晨，贺村镇一化工厂发生爆炸。经核实，死亡人数由11人核减为9人。"
    published = datetime(2024, 11, 23, 6, 0, tzinfo=UTC)
    (result,) = engine.classify([make_raw_item(title=title, text=text, published_at=published)])
    event, _ = seed(
        title=title,
        text=text,
        unit="hecun",
        grade="major",
        places=result.places,
        event_type="accident",
        facts=result.facts,
    )
    client, _csrf = web_login(users["desk"])
    html = client.get(f"/events/{event.id}").text
    section = html[html.index('id="brief"') :]
    assert re.search(r'data-fact="deaths"><th>死亡</th><td>9人（经核减）', section), section[:2000]
    assert "事件等级初判为重大；据最新通报，死亡9人（经核减），等级请据此复核" in section
