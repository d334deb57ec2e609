"""Manual reports (人工报送) validated and published to items.raw."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from pydantic import ValidationError

from collectors.manual import ManualReport, build_manual_item, submit_manual_report
from models.enums import SourceType
from models.topics import ITEMS_RAW
from yuqing.bus import BusProducer

NOW = datetime(2026, 11, 22, 4, 0, tzinfo=UTC)


def test_payload_is_validated() -> None:
    with pytest.raises(ValidationError):
        ManualReport.model_validate({"title": "   ", "text": "x"})
    with pytest.raises(ValidationError):
        ManualReport.model_validate({"title": "t", "likes": -1})
    with pytest.raises(ValidationError):
        ManualReport.model_validate({"title": "t", "password": "x"})
    with pytest.raises(ValidationError):
        ManualReport.model_validate({"title": "t", "url": "javascript:alert(1)"})


def test_item_is_normalised() -> None:
    report = ManualReport(
        title="<b>网传</b>城东菜市场发生踩踏",
        text="<p>网友称城东菜市场今早发生踩踏。</p><script>x()</script>",
        url="https://weibo.test/p/1?utm_source=share#c",
        published_at=datetime(2026, 11, 22, 9, 0),  # naive: Asia/Shanghai
        reporter="desk01",
        default_unit="chengdong",
    )
    item = build_manual_item(report, now=NOW)
    assert item.source_type is SourceType.MANUAL and item.source_id == "manual"
    assert item.title == "网传城东菜市场发生踩踏" and item.text == "网友称城东菜市场今早发生踩踏。"
    assert item.url == "https://weibo.test/p/1"
    assert item.published_at == datetime(2026, 11, 22, 1, 0, tzinfo=UTC)
    assert item.author == "desk01" and item.default_unit == "chengdong" and len(item.simhash or "") == 16
    assert build_manual_item(report, now=NOW).id == item.id  # the same report twice is one item


@pytest.mark.kafka
def test_submit_publishes_to_items_raw(
    kafka_bootstrap: str, topic_prefix: str, topic_reader: Callable[..., list[Any]]
) -> None:
    with BusProducer(kafka_bootstrap, topic_prefix) as producer:
        item = submit_manual_report(
            {"title": "群众来电反映供暖不热", "text": "幸福里小区3栋供暖温度只有14度。", "published_at": None},
            producer,
            clock=lambda: NOW,
        )
        with pytest.raises(ValidationError):
            submit_manual_report({"text": "no title"}, producer)
    (landed,) = topic_reader(ITEMS_RAW)
    assert landed == item and landed.published_at == NOW


def test_control_characters_never_reach_the_item() -> None:
    report = ManualReport(
        title="网传\x02城东\x1b菜市场\x7f踩踏", text="第一段\x00文字\x02。\n第二段", author="网友\x02甲"
    )
    item = build_manual_item(report, now=NOW)
    assert item.title == "网传城东菜市场踩踏"
    assert item.text == "第一段文字。\n第二段" and item.author == "网友甲"
    with pytest.raises(ValidationError):
        ManualReport(title="\x02\x03")


def test_plain_text_survives_intact() -> None:
    report = ManualReport(title="水价 a<b 且 c>d 的说法", text="若 a<b 且 c>d，则 x & y 成立；<<通知>>")
    item = build_manual_item(report, now=NOW)
    assert item.title == "水价 a<b 且 c>d 的说法"
    assert item.text == "若 a<b 且 c>d，则 x & y 成立；<<通知>>"


def test_the_port_refuses_a_report_whose_item_would_be_invalid() -> None:
    """A URL that is valid for the report but too long for the stored item is the reporter's error
    (``Invalid``: the API answers 422), never a broker failure (503)."""
    from collectors.errors import InvalidReport
    from collectors.ports import CollectorPorts

    published: list[object] = []

    class Publisher:
        def publish(self, topic: object, message: object) -> None:
            published.append(message)

        def flush(self) -> None:
            pass

    host = ".".join(["a" * 63] * 32) + ".cn"  # over 2,000 characters: too long for the item, not for HttpUrl
    with pytest.raises(InvalidReport, match="url"):
        CollectorPorts().submit({"title": "路灯不亮", "url": f"https://{host}/"}, Publisher(), now=datetime.now(UTC))
    assert published == []
