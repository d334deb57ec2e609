"""Exact and near-duplicate detection, persisted across store instances (restarts)."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from collectors.dedupe import DedupeStore
from models.db.collected import CollectedItem
from models.messages import RawItem

STORY = (
    "青川市石桥镇新街片区居民反映，连日来自来水发黄，烧开后有明显沉淀，供水公司称正在检修管网，"
    "但未告知恢复时间。居民希望有关部门尽快查明原因，公布水质检测结果，并在检修期间安排送水车。"
)
REPOST = (
    "据青川论坛消息，青川市石桥镇新街片区居民反映：连日来自来水发黄，烧开后有明显沉淀，供水公司称正在检修管网，"
    "但未告知恢复时间。居民希望有关部门尽快查明原因，公布水质检测结果，并在检修期间安排送水车！（网友爆料）"
)
OTHER = (
    "青川市教育局发布通知，今年秋季学期中小学招生工作将于下月启动，家长可通过政务服务网报名，"
    "具体安排请关注官方公告，咨询电话将在报名开始前一周公布。"
)


def _publish(store: DedupeStore, items: list[RawItem]) -> list[RawItem]:
    verdict = store.judge(items)
    store.commit(verdict)
    return verdict.publish


def test_same_url_same_text_and_near_duplicates(
    any_migrated_db: tuple[Engine, sessionmaker[Session]], make_raw_item: Callable[..., RawItem]
) -> None:
    _, factory = any_migrated_db
    store = DedupeStore(factory)
    first = make_raw_item(url="http://a.test/1.html", text=STORY)
    other = make_raw_item(url="http://a.test/2.html", text=OTHER)
    published = _publish(store, [first, other, first])
    assert [i.id for i in published] == [first.id, other.id]
    assert published[0].copies == 1 and published[0].duplicate_of is None
    assert len(published[0].simhash or "") == 16 and published[0].content_hash

    # A restarted collector (new store) agrees on what was published.
    store = DedupeStore(factory)
    again = make_raw_item(url="http://a.test/1.html", text=STORY)
    same_text = make_raw_item(url="http://b.test/copy.html", text=STORY)
    repost = make_raw_item(url="http://c.test/repost.html", text=REPOST)
    verdict = store.judge([again, same_text, repost])
    assert [i.id for i in verdict.known] == [again.id]
    assert [(i.id, orig) for i, orig in verdict.copies] == [(same_text.id, first.id)]
    assert len(verdict.publish) == 1
    linked = verdict.publish[0]
    assert linked.id == repost.id and linked.duplicate_of == first.id
    store.commit(verdict)

    with factory() as session:
        original = session.get(CollectedItem, first.id)
        assert original is not None and original.copies == 3  # itself, the exact copy, the repost
        assert session.scalar(select(CollectedItem.published).where(CollectedItem.id == same_text.id)) is False

    third = make_raw_item(url="http://d.test/3.html", text=REPOST.replace("网友爆料", "记者 李明"))
    (published3,) = _publish(DedupeStore(factory), [third])
    assert published3.duplicate_of == first.id and published3.copies == 4


def test_short_texts_on_one_topic_are_not_merged(
    any_migrated_db: tuple[Engine, sessionmaker[Session]], make_raw_item: Callable[..., RawItem]
) -> None:
    _, factory = any_migrated_db
    store = DedupeStore(factory)
    a = make_raw_item(title="道路积水", text="城南路积水严重，请尽快处理。")
    b = make_raw_item(title="道路积水", text="城北路积水严重，请尽快处理。")
    published = _publish(store, [a, b])
    assert [i.duplicate_of for i in published] == [None, None]
