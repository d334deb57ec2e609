"""The classify worker decides topics with the taxonomy in force: an edit saved online (a new
version in ``config_versions``) applies to the next batch without a restart; a version that would
lose a label of the served model is skipped and the last good taxonomy stays."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from sqlalchemy.orm import Session, sessionmaker

from classifier.engine import load_classifier
from classifier.worker import live_taxonomy, make_handler
from models.messages import RawItem
from tests.classifier.handler_doubles import ListProducer, Rec
from yuqing.config_versions import append
from yuqing.settings import EXAMPLE_JURISDICTION

TAXONOMY = (EXAMPLE_JURISDICTION / "taxonomy.yaml").read_text(encoding="utf-8")


def test_a_keyword_added_online_decides_the_topic_of_the_next_batch(
    migrated_db: tuple[object, sessionmaker[Session]], make_raw_item: Callable[..., RawItem]
) -> None:
    _engine, sessions = migrated_db
    classifier = load_classifier(EXAMPLE_JURISDICTION)
    producer = ListProducer()
    live = live_taxonomy(sessions, classifier, interval_s=0)
    handle = make_handler(classifier, producer, taxonomy=live)  # type: ignore[arg-type]
    item = make_raw_item(
        title="关于申领数字化转型服务券的通知",
        text="各有关企业：数字化转型服务券申领工作现已启动，请符合条件的企业于本月底前提交申请材料。",
    )
    handle([Rec(item)])  # type: ignore[list-item]
    assert producer.sent[-1].classification.topic != "keji"

    edited = TAXONOMY.replace("keywords: [科技创新, ", "keywords: [数字化转型服务券, 科技创新, ", 1)
    assert edited != TAXONOMY
    with sessions() as s:
        append(s, EXAMPLE_JURISDICTION, "taxonomy", edited, author="admin1", now=datetime.now(UTC))
        s.commit()
    handle([Rec(item)])  # type: ignore[list-item]
    after = producer.sent[-1].classification
    assert (after.topic, after.topic_label) == ("keji", "科技创新") and live.version == 2
    assert after.lead_unit == "keji"  # routed by the topic the keyword decided

    # a version written past the check (a hand edit) that drops a topic the model predicts is skipped
    dropped = edited.replace("  - {id: huanbao, label: 环境保护, aliases: [生态环境]}\n", "", 1)
    assert dropped != edited
    with sessions() as s:
        append(s, EXAMPLE_JURISDICTION, "taxonomy", dropped.replace("科技创新", "科技创新（新）", 1), author="x",
               now=datetime.now(UTC))  # fmt: skip
        s.commit()
    handle([Rec(item)])  # type: ignore[list-item]
    assert live.version == 2 and producer.sent[-1].classification.topic_label == "科技创新"
    assert classifier.taxonomy.label_of("huanbao") == "环境保护"


def test_rules_in_force_naming_a_topic_the_taxonomy_lacks_are_logged(
    migrated_db: tuple[object, sessionmaker[Session]],
    make_raw_item: Callable[..., RawItem],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A pair stored before edits were checked against each other (a topic dropped online while the
    routing names it) is told in the log when the worker takes it up, not left to fail silently."""
    _engine, sessions = migrated_db
    classifier = load_classifier(EXAMPLE_JURISDICTION)
    handle = make_handler(classifier, ListProducer(), taxonomy=live_taxonomy(sessions, classifier, interval_s=0))  # type: ignore[arg-type]
    item = make_raw_item(title="路灯不亮", text="小区门口路灯坏了")
    with caplog.at_level(logging.ERROR, logger="classifier.engine"):
        handle([Rec(item)])  # type: ignore[list-item]
    assert not caplog.records
    dropped = TAXONOMY.replace("  - id: keji\n    label: 科技创新\n", "  - id: kechuang\n    label: 科技创新\n", 1)
    assert dropped != TAXONOMY
    with sessions() as s:
        append(s, EXAMPLE_JURISDICTION, "taxonomy", dropped, author="x", now=datetime.now(UTC))
        s.commit()
    with caplog.at_level(logging.ERROR, logger="classifier.engine"):
        handle([Rec(item)])  # type: ignore[list-item]
        handle([Rec(item)])  # type: ignore[list-item]
    (record,) = caplog.records
    assert "未知领域 'keji'（规则 科技创新）" in record.getMessage()
