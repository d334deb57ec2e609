"""The item page shows why the classifier read the item as it did, and says when its topic is a guess."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import lxml.html
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from models.db import Item


def _reading(client: TestClient, item_id: str) -> dict[str, str]:
    r = client.get(f"/items/{item_id}")
    assert r.status_code == 200, r.text[:300]
    card = lxml.html.fromstring(r.text).get_element_by_id("item-reading")
    return {dd.get("id"): re.sub(r"\s+", " ", dd.text_content()).strip() for dd in card.iter("dd")}


def _item_of(db: sessionmaker[Session], event_id: int) -> str:
    with db() as s:
        return s.scalars(select(Item.id).where(Item.event_id == event_id)).one()


def test_the_item_page_shows_the_reasons_of_each_reading(
    seed: Callable[..., Any], db: sessionmaker[Session], web_login: Callable[..., Any], users: dict[str, str]
) -> None:
    event, _ = seed(
        title="贺村镇一化工企业仓库突发火灾 已造成3人死亡",
        topic="anquan",
        topic_confidence=0.93,
        topic_terms=("火灾", "仓库"),
        grade="large",
        grade_reasons=("死亡3人（“已造成3人死亡”）→ 较大",),
        sentiment_terms=("死亡",),
        event_type_terms=("火灾",),
        unit="yingji",
        co_units=("hecun",),
        routing_rule="安全生产",
    )
    desk, _ = web_login(users["desk"])
    reading = _reading(desk, _item_of(db, event.id))
    assert reading["reading-topic"].startswith("安全应急（置信度 93%）")
    assert "依据词：火灾、仓库" in reading["reading-topic"]
    assert "请核对" not in reading["reading-topic"]
    assert reading["reading-grade"] == "较大" + "死亡3人（“已造成3人死亡”）→ 较大"  # the grade, then its reasons
    assert reading["reading-sentiment"].startswith("负面（负面概率 80%）") and "死亡" in reading["reading-sentiment"]
    assert reading["reading-type"].endswith("（火灾）")
    assert "市应急管理局" in reading["reading-units"] and "分派规则：安全生产" in reading["reading-units"]
    assert "yingji" not in " ".join(reading.values())  # names, never ids


def test_a_topic_the_classifier_is_unsure_of_is_marked_for_the_desk_to_check(
    seed: Callable[..., Any], db: sessionmaker[Session], web_login: Callable[..., Any], users: dict[str, str]
) -> None:
    event, _ = seed(
        title="关于公开遴选2026年上半年“模型券”服务商的通知",
        text="为推动人工智能产业发展，现公开遴选模型券服务商。",
        topic="shangmao",
        topic_confidence=0.31,
        grade=None,
        negative=False,
        sentiment_score=0.05,
        places=(),
        event_type="policy_concern",
    )
    desk, _ = web_login(users["desk"])
    reading = _reading(desk, _item_of(db, event.id))
    assert reading["reading-topic"].startswith("商贸旅游（置信度 31%） 把握不大，请核对领域（在事件页更正）")
    page = lxml.html.fromstring(desk.get(f"/items/{_item_of(db, event.id)}").text)
    assert page.xpath("//dd[@id='reading-topic']//a/@href") == [f"/events/{event.id}#labels-form"]
    assert reading["reading-sentiment"].startswith("非负面")
    api = desk.get(f"/api/v1/items/{_item_of(db, event.id)}").json()
    assert api["topic"] == "shangmao" and api["topic_confidence"] == 0.31
