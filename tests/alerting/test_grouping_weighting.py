"""Grouping on citizens' complaints: common wording does not make one event of many matters, and a
matter that keeps coming back for days stays one event."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest
from sqlalchemy import select

from alerting.config import AlertingConfig, GroupingConfig
from alerting.events.matcher import BatchItem, PoolSide, match_batch
from alerting.events.pool import TermRarity, rows_matrix
from alerting.events.similarity import IDF_FULL_AT, rarity
from alerting.handler import ClassifiedItemHandler
from alerting.store import Incoming
from models.db import Item

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
ESTATE_CHARS = "金银丽华锦绣翠湖嘉禾恒泰明珠天悦御景星河蓝湾紫郡云顶碧桂"
PROBLEMS = [
    "电梯频繁故障困人",
    "地下车库漏水严重",
    "物业擅自提高停车费",
    "楼下烧烤店油烟直排",
    "开发商延期交房",
    "小区绿化被改成停车位",
    "楼顶违建阳光房",
    "二次供水水质发黄",
    "消防通道被长期占用",
    "外墙瓷砖脱落砸坏车辆",
]
COMMON = "我们小区的业主多次向物业和有关部门反映，至今没有得到解决，业主们苦不堪言，希望政府尽快处理，给我们一个答复。"


def estates(n: int) -> list[str]:
    pairs = itertools.permutations(ESTATE_CHARS, 2)
    return [f"{a}{b}苑" for a, b in itertools.islice(pairs, n)]


def complaint(make_raw_item, make_classified_item, k: int, title: str, text: str, at: datetime) -> Incoming:
    raw = make_raw_item(
        source_id="wz", url=f"https://wz.example.cn/{k}", title=title, text=text, published_at=at, collected_at=at
    )
    return Incoming(make_classified_item(raw, places=(), lead_unit="zhujian"))


def handler_for(any_migrated_db, alerting_config: AlertingConfig, grouping: GroupingConfig, now: datetime):
    config = alerting_config.model_copy(
        update={"rules": alerting_config.rules.model_copy(update={"grouping": grouping})}
    )
    _engine, sessions = any_migrated_db
    return ClassifiedItemHandler(sessions, config, None, clock=lambda: now)


def test_terms_many_events_share_weigh_less_and_a_few_events_weigh_all_alike() -> None:
    mirror = TermRarity()
    for k in range(1, IDF_FULL_AT + 1):  # column 0 in every event, one column of its own in each
        mirror.add(np.array([0, k]))
    weights = rarity(mirror.held(np.array([0, 1, 10_000])), mirror.docs)
    assert weights[0] == pytest.approx(1.0)
    assert weights[1] > 4 * weights[0]
    assert weights[2] > weights[1]  # a term no event holds
    mirror.add(np.array([0, 1]), -1)  # an event leaves the mirror
    assert mirror.held(np.array([0, 1])).tolist() == [IDF_FULL_AT - 1, 0]
    few = rarity(np.array([2, 1]), 2)
    assert few[1] / few[0] < 1.01  # two events say little about which terms are common


@pytest.mark.parametrize("weighting", ["idf", "counts"])
def test_common_complaint_wording_makes_no_event_of_many_matters(
    any_migrated_db, alerting_config, make_raw_item, make_classified_item, weighting
):
    names = estates(240)
    items = [
        complaint(
            make_raw_item, make_classified_item, k,
            f"{name}{PROBLEMS[k % len(PROBLEMS)]}",
            f"{name}{PROBLEMS[k % len(PROBLEMS)]}。{COMMON}",
            NOW - timedelta(hours=24) + timedelta(minutes=k),
        )
        for k, name in enumerate(names)
    ]  # fmt: skip
    handler = handler_for(any_migrated_db, alerting_config, GroupingConfig(weighting=weighting), NOW)
    for start in range(0, len(items), 60):
        handler.process(items[start : start + 60])
    _e, sessions = any_migrated_db
    with sessions() as s:
        rows = s.execute(select(Item.event_id, Item.title)).all()
    problems: dict[int, set[str]] = {}
    for event_id, title in rows:
        problems.setdefault(event_id, set()).update(p for p in PROBLEMS if p in title)
    mixed = sum(len(found) > 1 for found in problems.values())
    if weighting == "idf":
        assert mixed == 0  # no event holds two different problems
    else:  # by counts the shared wording outweighs what tells the matters apart
        assert mixed > 0


def test_a_matter_that_comes_back_every_few_days_stays_one_event(
    any_migrated_db, alerting_config, make_raw_item, make_classified_item
):
    reports = [
        ("丽华苑旁边新建搅拌站噪音扰民", "丽华苑小区旁边新建了一个混凝土搅拌站，晚上也在施工，噪音和粉尘很大。"),
        ("投诉丽华苑附近搅拌站粉尘污染", "丽华苑附近的搅拌站粉尘太大了，窗户都不敢开，孩子咳嗽，请环保部门查处。"),
        ("丽华苑搅拌站半夜施工扰民", "搅拌站半夜还在作业，丽华苑的居民根本睡不着，希望有关部门管一管。"),
        ("再次反映丽华苑旁搅拌站问题", "丽华苑旁的搅拌站问题反映多次，噪音粉尘依旧，请问搅拌站是否合法？"),
    ]
    gaps = [0, 4, 9, 14]  # days: never more than five days without a complaint, two weeks in all
    items = [
        complaint(make_raw_item, make_classified_item, k, title, text, NOW + timedelta(days=gaps[k]))
        for k, (title, text) in enumerate(reports)
    ]
    other = complaint(
        make_raw_item, make_classified_item, 99,
        "丽华苑电梯频繁故障困人", "丽华苑小区三号楼电梯这个月已经困人三次，物业只是简单维修。",
        NOW + timedelta(days=10),
    )  # fmt: skip
    for item in [*items[:3], other, items[3]]:
        at = item.message.item.published_at
        handler_for(any_migrated_db, alerting_config, GroupingConfig(), at + timedelta(minutes=1)).process([item])
    _e, sessions = any_migrated_db
    with sessions() as s:
        event_of = dict(s.execute(select(Item.url, Item.event_id)).all())
    matter = {event_of[f"https://wz.example.cn/{k}"] for k in range(len(reports))}
    assert len(matter) == 1
    assert event_of["https://wz.example.cn/99"] not in matter


def _one_event_and_a_report(item_graded: bool, item_places: frozenset[str], event_graded: bool, cosine: float):
    """An open event (naming 贺村镇) and a new report whose fingerprint has ``cosine`` with it."""
    event = (np.array([0], np.int32), np.array([1.0]))
    report = (np.array([0, 1], np.int32), np.array([cosine, np.sqrt(1 - cosine * cosine)]))
    pool = PoolSide(
        vectors=rows_matrix([event], 2),
        first=np.array([0.0]),
        last=np.array([0.0]),
        places=[frozenset({"贺村镇"})],
        simhash=[None],
        item_count=np.array([1.0]),
        graded=[event_graded],
    )
    item = BatchItem(published=3600.0, places=item_places, simhash=None, graded=item_graded)
    return [item], rows_matrix([report], 2), pool


@pytest.mark.parametrize(
    ("item_graded", "places", "event_graded", "joins"),
    [
        (True, frozenset({"贺村镇"}), True, True),  # a follow-up of the accident, in other words
        (False, frozenset({"贺村镇"}), True, False),  # no casualties or loss of its own: the usual bar
        (True, frozenset({"石门镇"}), True, False),  # an accident elsewhere
        (True, frozenset(), True, False),  # names no place: nothing ties it to the accident
        (True, frozenset({"贺村镇"}), False, False),  # the township's event is no incident
    ],
)
def test_a_graded_report_joins_a_graded_event_of_its_place_at_the_incident_bar(
    item_graded: bool, places: frozenset[str], event_graded: bool, joins: bool
) -> None:
    items, matrix, pool = _one_event_and_a_report(item_graded, places, event_graded, cosine=0.25)
    slots = match_batch(
        items, matrix, pool, similarity=0.3, simhash_distance=3, window_s=7 * 86400, incident_similarity=0.2
    )
    assert slots == ([0] if joins else [1])
    without = match_batch(items, matrix, pool, similarity=0.3, simhash_distance=3, window_s=7 * 86400)
    assert without == [1]  # below the usual bar
