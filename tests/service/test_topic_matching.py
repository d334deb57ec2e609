"""What a 专题 matches, in SQL, on SQLite and PostgreSQL: any keyword in title or text (Latin
letters in any case), no exclusion, one of its places (with the villages the gazetteer ties to a
township), inside its period; ``%`` and ``_`` in a word are literal."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from models.db import Item, SpecialTopic, Unit
from models.timeutil import SHANGHAI
from service.queries import special_topics as q
from service.queries.trends import story_items
from service.special_topics import place_names
from yuqing.settings import EXAMPLE_JURISDICTION

pytestmark = pytest.mark.postgres
T0 = datetime(2026, 7, 1, 9, 0, tzinfo=SHANGHAI)


def add(s: Session, key: str, title: str, text: str = "", at: datetime = T0, **fields: Any) -> None:
    s.add(
        Item(
            id=key, source_id="src", source_type="rss", source_tier="mainstream", title=title, text=text,
            published_at=at, collected_at=at, stored_at=at, **fields,
        )
    )  # fmt: skip


def topic(**fields: Any) -> SpecialTopic:
    values: dict[str, Any] = {
        "name": "防汛", "keywords": ["暴雨"], "exclude": [], "places": [], "starts_at": T0 - timedelta(days=1),
        "ends_at": None, "created_by": "desk1", "created_at": T0, "updated_at": T0, "active": True,
    }  # fmt: skip
    values.update(fields)
    return SpecialTopic(**values)


def matched(factory: sessionmaker[Session], t: SpecialTopic, now: datetime = T0 + timedelta(days=1)) -> set[str]:
    with factory() as s:
        since, until = q.period(t, now)
        conds = q.matching(t, place_names(s, EXAMPLE_JURISDICTION, [str(p) for p in t.places]))
        return {i.id for i in story_items(s, conds, since, until).items}


def test_keywords_exclusions_places_period_and_literal_wildcards(
    any_migrated_db: tuple[Engine, sessionmaker[Session]],
) -> None:
    _engine, factory = any_migrated_db
    with factory.begin() as s:
        s.add(Unit(id="nianbadu", name="廿八都镇", kind="township"))
        s.add(Unit(id="hushan", name="虎山街道", kind="township"))
        add(s, "title", "江山暴雨 道路积水")
        add(s, "text", "道路积水", "昨夜一场暴雨")
        add(s, "latin", "APP 上报积水", "")
        add(s, "other", "交通拥堵", "早高峰")
        add(s, "drill", "防汛暴雨演练", "本次为演练")
        add(s, "pct", "降雨量增加50%", "")
        add(s, "pct-no", "降雨量增加500毫米", "")
        add(s, "under", "编号a_b水位", "")
        add(s, "under-no", "编号axb水位", "")
        add(s, "slash", "路径c:\\d盘", "")
        add(s, "slash-no", "路径c:d盘", "")
        add(s, "village", "暴雨致枫溪村停电", places=["枫溪村"])
        add(s, "town", "廿八都镇暴雨", places=["廿八都镇"])
        add(s, "elsewhere", "虎山街道暴雨", places=["虎山街道"])
        add(s, "early", "暴雨预警", at=T0 - timedelta(days=3))
        add(s, "late", "暴雨过后", at=T0 + timedelta(days=5))

    assert matched(factory, topic(keywords=["暴雨"])) >= {"title", "text", "drill", "village", "town"}
    assert "other" not in matched(factory, topic(keywords=["暴雨"]))
    assert "latin" in matched(factory, topic(keywords=["app"]))  # Latin letters in any case
    assert "drill" not in matched(factory, topic(keywords=["暴雨"], exclude=["演练"]))
    assert matched(factory, topic(keywords=["50%"])) == {"pct"}  # % is literal
    assert matched(factory, topic(keywords=["a_b"])) == {"under"}  # _ is literal
    assert matched(factory, topic(keywords=["c:\\d"])) == {"slash"}  # so is the escape character
    assert matched(factory, topic(keywords=["暴雨"], places=["廿八都镇"])) == {"village", "town"}
    # the period: [start, end), and up to now for a running 专题
    window = topic(keywords=["暴雨"], starts_at=T0 - timedelta(days=4), ends_at=T0 - timedelta(days=2))
    assert matched(factory, window) == {"early"}
    assert "late" not in matched(factory, topic(keywords=["暴雨"]), now=T0 + timedelta(days=1))
    assert "late" in matched(factory, topic(keywords=["暴雨"]), now=T0 + timedelta(days=6))


def test_a_future_topic_has_an_empty_period() -> None:
    t = topic(starts_at=datetime(2030, 1, 1, tzinfo=UTC))
    since, until = q.period(t, T0)
    assert since == until


def test_keywords_and_exclusions_match_text_stored_in_traditional_characters(
    any_migrated_db: tuple[Engine, sessionmaker[Session]],
) -> None:
    _engine, factory = any_migrated_db
    with factory.begin() as s:
        add(s, "hk", "颱風過境 多區水浸", "")
        add(s, "tw-drill", "颱風應變演練", "")
        add(s, "mixed", "台風吹倒路樹", "")
        add(s, "plain", "台风过境", "")
    assert matched(factory, topic(keywords=["台风"])) == {"hk", "tw-drill", "mixed", "plain"}
    assert matched(factory, topic(keywords=["台风"], exclude=["演练"])) == {"hk", "mixed", "plain"}
