"""Demo-like data for tests that look at everything people see: the example jurisdiction's units and
sources, the demo site's items classified by the real classifier and run through the alerting stage's
own handler, a case with every kind of action, a source-health alert, and the id lists to look for."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from alerting.config import load_alerting_config
from alerting.handler import ClassifiedItemHandler, ExternalAlertHandler
from alerting.store import Incoming
from classifier.engine import load_classifier
from cli.demo.content import load_content
from collectors.config import load_sources
from collectors.health import source_health_alert
from collectors.worker import mirror_sources
from models.db import Event, Item, Source, Unit, User
from models.enums import SourceTier, SourceType
from models.messages import ClassifiedItem, RawItem, item_id_for
from models.taxonomy import Taxonomy
from models.timeutil import to_local
from tracker.auto_dispatch import ACTOR as AUTO_ACTOR
from tracker.cases import dispatch
from tracker.ports import TrackerPorts
from yuqing.bus.consumer import Record
from yuqing.config import load_yaml
from yuqing.config_versions import import_files
from yuqing.directory import sync_units
from yuqing.settings import EXAMPLE_JURISDICTION

CHANNEL_SOURCE = {
    "news": ("jiangshan-news", SourceType.RSS, SourceTier.MAINSTREAM),
    "forum": ("jiangshan-forum", SourceType.RSS, SourceTier.FORUM),
    "web": ("jiangshan-web", SourceType.WEB, SourceTier.MAINSTREAM),
    "messages": ("jiangshan-messages", SourceType.JSON_API, SourceTier.HOTLINE),
}


@dataclass
class DemoWorld:
    events: list[int] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    case_id: int = 0
    auto_case_id: int = 0
    ids: dict[str, set[str]] = field(default_factory=dict)
    """Internal ids by kind (topic, unit, rule, source) that must never be read where a name exists."""

    def leaks(self, text: str) -> list[str]:
        """Every ``kind:id`` that appears in ``text`` as a whole token."""
        found = []
        for kind, ids in self.ids.items():
            for ident in ids:
                if re.search(rf"(?<![A-Za-z0-9_.\-]){re.escape(ident)}(?![A-Za-z0-9_\-])", text):
                    found.append(f"{kind}:{ident}")
        return sorted(found)


ITEM_SPACING = timedelta(minutes=5)
MANUAL_REPORTER = "hushan1"
"""The login of the unit account that reports the manual item (the ``users`` fixture's)."""


def _spacing(now: datetime, count: int) -> timedelta:
    """Five minutes between the items' publication times, closer when the local day (Asia/Shanghai)
    began less than that long before ``now``: every item falls on today, as the briefs and 专题 of
    "today" that tests read expect, whatever the hour the suite runs at."""
    today = to_local(now).replace(hour=0, minute=0, second=0, microsecond=0)
    return min(ITEM_SPACING, (now - today) / (count + 2))


def _raw(entry: Any, n: int, now: datetime, spacing: timedelta) -> RawItem:
    source_id, source_type, tier = CHANNEL_SOURCE[entry.channel.value]
    url = f"http://127.0.0.1:8765/{entry.channel.value}/{n}"
    return RawItem(
        id=item_id_for(source_id, url),
        source_id=source_id,
        source_type=source_type,
        source_tier=tier,
        url=url,
        title=entry.title,
        text=entry.text,
        author=entry.author,
        published_at=now - spacing * n,
        collected_at=now,
    )


def build_demo_world(db: sessionmaker[Session], *, now: datetime | None = None) -> DemoWorld:
    """Fill ``db`` like a day of ``yuqing run`` with the demo site (see module docstring)."""
    now = now or datetime.now(UTC)
    sync_units(db, EXAMPLE_JURISDICTION)
    import_files(db, EXAMPLE_JURISDICTION, now)  # as `yuqing run` does at start: the rule files become version 1
    mirror_sources(db, load_sources(EXAMPLE_JURISDICTION / "sources.yaml", {"demo_port": 8765}))
    classifier = load_classifier(EXAMPLE_JURISDICTION)
    config = load_alerting_config(EXAMPLE_JURISDICTION)
    handler = ClassifiedItemHandler(db, config, producer=None, clock=lambda: now)
    entries = load_content().items
    spacing = _spacing(now, len(entries) + 1)
    raws = [_raw(entry, n, now, spacing) for n, entry in enumerate(entries, start=1)]
    classified = [
        ClassifiedItem(item=raw, classification=c, classified_at=now)
        for raw, c in zip(raws, classifier.classify(raws), strict=True)
    ]
    # an official source's negative report naming a watched unit (the "涉及单位" reason)
    official = RawItem(
        id=hashlib.sha256(b"official-demo").hexdigest()[:32],
        source_id="jiangshan-web",
        source_type=SourceType.WEB,
        source_tier=SourceTier.OFFICIAL,
        url="http://127.0.0.1:8765/web/official",
        title="市应急管理局通报：贺村镇化工厂仓库起火 3人受伤",
        text="贺村镇一化工厂仓库发生火灾，造成3人受伤，群众投诉处置迟缓，市应急管理局已派员赶赴现场。",
        published_at=now - spacing / 5,
        collected_at=now,
    )
    # a citizen's call reported by hand (人工报送) by the unit's liaison
    manual = RawItem(
        id=hashlib.sha256(b"manual-demo").hexdigest()[:32],
        source_id="manual",
        source_type=SourceType.MANUAL,
        source_tier=SourceTier.OTHER,
        url=None,
        title="群众来电：虎山街道某小区路灯不亮",
        text="群众来电反映虎山街道某小区路灯连续三晚不亮。",
        author=MANUAL_REPORTER,
        published_at=now - spacing / 3,
        collected_at=now,
    )
    classified.append(ClassifiedItem(item=manual, classification=classifier.classify([manual])[0], classified_at=now))
    extra = classifier.classify([official])[0]
    classified.append(
        ClassifiedItem(
            item=official,
            classification=extra.model_copy(update={"negative": True, "sentiment_score": 0.9, "lead_unit": "yingji"}),
            classified_at=now,
        )
    )
    handler.process([Incoming(c, None) for c in classified])
    ExternalAlertHandler(db, config, clock=lambda: now)(
        [_record(source_health_alert("jiangshan-forum", 3, "ConnectError: refused", now, name="江山论坛"))]
    )
    world = DemoWorld()
    with db() as s:
        world.items = [c.item.id for c in classified]
        world.events = sorted({e for e in s.scalars(select(Item.event_id)) if e is not None})
        major = s.scalar(select(Event).order_by(Event.item_count.desc(), Event.id).limit(1))
        assert major is not None
        tracker = TrackerPorts()
        case = tracker.dispatch(
            s,
            event_id=major.id,
            lead_unit="hushan",
            co_units=["yingji", "xiaofang"],
            actor="desk1",
            now=now,
            note="请属地核实",
            policy=tracker.response_policy(EXAMPLE_JURISDICTION, s),
        )
        for kind, details in (
            ("return", {"reason": "不属于本街道"}),
            ("transfer", {"to_unit": "hushan"}),
            ("sign", {}),
            ("grade_change", {"grade": "major"}),
            ("first_release", {"url": "https://www.jiangshan.gov.cn/art/1.html"}),
        ):
            tracker.record_action(s, case.id, kind, actor="desk1", now=now, details=details)
        s.commit()
        world.case_id = case.id
        other = s.scalar(select(Event).where(Event.id != major.id).order_by(Event.id).limit(1))
        if other is not None:  # an automatic dispatch (the tracker's policy, anchored at first sight)
            auto = dispatch(
                s, other.id, "hushan", [], AUTO_ACTOR, now, policy=tracker.response_policy(EXAMPLE_JURISDICTION, s),
                grade="major", first_seen_at=other.first_seen_at, origin="policy", external_ref=f"event:{other.id}",
            )  # fmt: skip
            s.commit()
            world.auto_case_id = auto.id
        people = set(s.scalars(select(User.username)))
        world.ids = {
            "topic": {t.id for t in load_yaml(EXAMPLE_JURISDICTION / "taxonomy.yaml", Taxonomy).topics},
            "unit": set(s.scalars(select(Unit.id))),
            "rule": {r.id for r in config.rules.rules} | {"source_health"},
            "source": set(s.scalars(select(Source.id))) | {"manual"},
            "person": people | {AUTO_ACTOR},
            "key": {"first_seen_at", "external_ref", "rules_by_band"},
        }
    return world


def _record(message: Any) -> Record[Any]:
    return Record(message=message, partition=0, offset=0, key=None, value=b"", timestamp_ms=0)


def texts_of(values: Iterable[Any]) -> str:
    return "\n".join(str(v) for v in values if v is not None)
