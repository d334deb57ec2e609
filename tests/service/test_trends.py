"""Story figures: items of a period by local hour, negatives, heat with reprints, places and words,
read from the database through the caller's own conditions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from models.db import Item
from models.timeutil import SHANGHAI
from service.queries.trends import (
    StoryItem,
    jurisdiction_terms,
    place_counts,
    story_items,
    tier_counts,
    top_terms,
    trend,
)
from tests.service.conftest import fold_copies

T0 = datetime(2026, 7, 1, 9, 0, tzinfo=SHANGHAI)


def store(db: sessionmaker[Session], n: int, **fields: Any) -> None:
    with db.begin() as s:
        for i in range(n):
            values: dict[str, Any] = {
                "id": f"{fields.get('source_id', 'src')}-{fields.get('title', 't')}-{i}-{len(fields)}",
                "source_id": "src",
                "source_type": "rss",
                "source_tier": "mainstream",
                "title": "江山市虎山街道暴雨内涝 多处道路积水",
                "published_at": T0,
                "collected_at": T0,
                "stored_at": T0,
            }
            values.update(fields)
            s.add(Item(**values))


def test_a_story_by_hour_with_negatives_heat_places_and_words(db: sessionmaker[Session]) -> None:
    store(db, 3, negative=True, places=["虎山街道"])
    with db.begin() as s:
        for i in range(3):
            fold_copies(s, f"src-t-{i}-2", 4)  # the ids store() gave them
    store(
        db,
        1,
        title="虎山街道积水已排除 交通恢复",
        published_at=T0 + timedelta(hours=2),
        negative=False,
        places=["虎山街道", "双塔街道"],
        source_tier="official",
        source_id="gov",
    )
    store(db, 2, title="无关的旧闻", published_at=T0 - timedelta(days=3))  # outside the period
    store(db, 1, title="别的单位的条目", lead_unit="other", published_at=T0)
    since, until = T0 - timedelta(hours=1), T0 + timedelta(hours=4)
    with db() as s:
        got = story_items(s, [Item.lead_unit.is_(None)], since, until)
    assert not got.truncated
    assert len(got.items) == 4 and got.items[0].source_tier == "official"  # newest first
    t = trend(got.items, since, until)
    assert t.labels == ["07-01 08时", "07-01 09时", "07-01 10时", "07-01 11时", "07-01 12时"]
    assert t.total == [0, 3, 0, 1, 0]  # the quiet hours are zeros, not gaps
    assert t.negative == [0, 3, 0, 0, 0]
    assert t.heat == [0, 15, 0, 1, 0]  # three items each reprinted four times
    assert t.negative_share() == [None, 1.0, None, 0.0, None]  # a quiet hour has no share, not 0 %
    assert place_counts(got.items, ["双塔街道", "虎山街道", "贺村镇"]) == [
        ("虎山街道", 4),
        ("双塔街道", 1),
        ("贺村镇", 0),
    ]
    assert tier_counts(got.items) == [("mainstream", 3), ("official", 1)]
    words = [w for w, _ in top_terms(got.items)]
    assert "积水" in words and "暴雨" in words and "恢复" in words


def test_days_for_a_long_period_and_a_limit_that_says_it_cut(db: sessionmaker[Session]) -> None:
    store(db, 5, published_at=datetime(2026, 7, 2, 23, 30, tzinfo=SHANGHAI))  # local day 07-02, UTC 07-02 15:30
    since = datetime(2026, 7, 1, tzinfo=SHANGHAI)
    with db() as s:
        got = story_items(s, [], since, since + timedelta(days=7), limit=3)
    assert got.truncated and len(got.items) == 3
    t = trend(got.items, since, since + timedelta(days=7))
    assert t.labels[:3] == ["07-01", "07-02", "07-03"] and t.total[:3] == [0, 3, 0]
    assert got.items[0].published_at.astimezone(UTC).hour == 15


def test_words_come_from_the_newest_titles_only() -> None:
    def item(n: int, title: str) -> StoryItem:
        return StoryItem(str(n), title, T0, "s", "official", None, (), 0, None)

    newest = [item(n, "防汛抢险 水库泄洪") for n in range(3)]
    oldest = [item(n, "招商引资 签约仪式") for n in range(3, 6)]
    words = [w for w, _ in top_terms([*newest, *oldest], sample=3)]
    assert "泄洪" in words and "招商引资" not in words


def test_no_items_no_words(db: Callable[..., Any]) -> None:
    assert top_terms([]) == []


def test_the_jurisdictions_place_names_stay_whole_in_the_words(tmp_path: Any) -> None:
    """jieba alone does not keep 贺村镇 whole (贺村 + 镇…); the 热词 keep the jurisdiction's place
    and unit names (units.yaml, gazetteer.yaml, userdict.txt) whole, and its stopwords out."""
    from yuqing.settings import EXAMPLE_JURISDICTION

    def item(n: int, title: str) -> StoryItem:
        return StoryItem(str(n), title, T0, "s", "official", None, (), 0, None)

    titles = ["贺村镇一化工企业仓库突发火灾", "贺村镇工业园区附近河水发黑发臭", "峡口镇一民房起火 贺村镇消防出动"]
    items = [item(n, t) for n, t in enumerate(titles)]
    plain = [w for w, _ in top_terms(items)]
    assert "贺村镇" not in plain  # what the clouds showed before
    words = [w for w, _ in jurisdiction_terms(items, EXAMPLE_JURISDICTION)]
    assert "贺村镇" in words and "峡口镇" in words
    assert not {"贺村", "村镇", "峡口"} & set(words)

    (tmp_path / "userdict.txt").write_text("# 词表\n化工企业 3000 n\n", encoding="utf-8")
    (tmp_path / "stopwords.txt").write_text("发臭\n", encoding="utf-8")
    words = [w for w, _ in jurisdiction_terms(items, tmp_path)]
    assert "化工企业" in words and "发臭" not in words
