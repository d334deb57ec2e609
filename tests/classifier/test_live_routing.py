"""The classify worker routes with the routing table in force: an edit saved online (a new version
in ``config_versions``) applies to the next batch without a restart; an edit it cannot use is
skipped and the last good table stays."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy.orm import Session, sessionmaker

from classifier.engine import load_classifier
from classifier.worker import live_routing, make_handler
from models.messages import RawItem
from tests.classifier.handler_doubles import ListProducer, Rec
from yuqing.config_versions import append
from yuqing.settings import EXAMPLE_JURISDICTION


def test_a_routing_edit_applies_to_the_next_batch(
    migrated_db: tuple[object, sessionmaker[Session]], make_raw_item: Callable[..., RawItem]
) -> None:
    _engine, sessions = migrated_db
    classifier = load_classifier(EXAMPLE_JURISDICTION)
    producer = ListProducer()
    handle = make_handler(classifier, producer, routing=live_routing(sessions, classifier, interval_s=0))  # type: ignore[arg-type]
    item = make_raw_item(title="关于江郎山景区门票预约的咨询", text="请问江郎山景区门票预约流程，节假日是否限流？")
    handle([Rec(item)])  # type: ignore[list-item]
    before = producer.sent[-1].classification.lead_unit
    assert before != "jiaoyu"

    routing = (EXAMPLE_JURISDICTION / "routing.yaml").read_text(encoding="utf-8")
    edited = routing.replace(
        "rules:\n",
        "rules:\n  - name: 景区门票（在线新增）\n    when: {keywords_any: [门票预约]}\n    lead: jiaoyu\n",
        1,
    )
    with sessions() as s:
        append(s, EXAMPLE_JURISDICTION, "routing", edited, author="admin1", now=datetime.now(UTC))
        s.commit()
    handle([Rec(item)])  # type: ignore[list-item]
    after = producer.sent[-1].classification
    assert after.lead_unit == "jiaoyu" and after.routing_rule == "景区门票（在线新增）"

    with sessions() as s:  # a version naming an unknown unit is refused by the worker too
        append(s, EXAMPLE_JURISDICTION, "routing", edited.replace("lead: jiaoyu", "lead: nobody"), author="x",
               now=datetime.now(UTC))  # fmt: skip
        s.commit()
    handle([Rec(item)])  # type: ignore[list-item]
    assert producer.sent[-1].classification.lead_unit == "jiaoyu"
