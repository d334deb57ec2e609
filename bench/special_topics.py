"""专题 benchmark: a 专题 page's figures over N stored items in SQLite (the embedded database).

Fills a throwaway SQLite database with ``--items`` items over 30 days (titles of 4 and texts of
150 words drawn from 14, so about 2 KB of text per item, six places, three tiers, two units), then
times :func:`service.topic_story.topic_story` (the page's and the digest's figures: the SQL match,
the trend, tiers, sources, places, words, events) for a common keyword (half the items), three
keywords with two exclusions, and a rare phrase, as the desk and as a unit, over the 30 days and
over one day (a digest). Keyword matching is ``LIKE '%word%'``: a scan of the period's rows, so the
time grows with the period's text volume. Usage: ``python bench/special_topics.py [--items N]``.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import insert

from models.db import Item, SpecialTopic
from models.enums import Role
from service.auth.principal import Principal
from service.names import Names
from service.queries.trends import _tfidf
from service.topic_story import topic_story
from yuqing.db.engine import make_engine, make_session_factory
from yuqing.db.migrate import upgrade
from yuqing.settings import EXAMPLE_JURISDICTION

WORDS = [
    "暴雨", "积水", "交通", "学校", "医院", "火灾", "养老金",
    "噪音", "停水", "招生", "道路", "小区", "投诉", "补偿",
]  # fmt: skip
PLACES = ["虎山街道", "双塔街道", "贺村镇", "枫溪村", "石门镇", "四都镇"]


def fill(factory: Any, n: int, now: datetime) -> None:
    rng = random.Random(1)
    rows = []
    for i in range(n):
        at = now - timedelta(minutes=rng.randrange(0, 60 * 24 * 30))
        rows.append(
            {
                "id": f"i{i}", "source_id": f"s{i % 40}", "source_type": "web",
                "source_tier": rng.choice(["official", "mainstream", "forum"]),
                "title": "".join(rng.choice(WORDS) for _ in range(4)) + f" 第{i}号",
                "text": ("江山市" + "".join(rng.choice(WORDS) for _ in range(30))) * 5,
                "published_at": at, "collected_at": at, "stored_at": at, "negative": rng.random() < 0.3,
                "places": [rng.choice(PLACES)], "copies": rng.randrange(0, 3),
                "lead_unit": rng.choice(["hushan", "jiaoyu"]),
            }
        )  # fmt: skip
    with factory.begin() as s:
        for k in range(0, n, 5000):
            s.execute(insert(Item), rows[k : k + 5000])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=100_000)
    args = parser.parse_args()
    url = f"sqlite:///{tempfile.mkdtemp(prefix='yq-topics-')}/bench.db"
    upgrade(url)
    factory = make_session_factory(make_engine(url))
    now = datetime.now(UTC)
    fill(factory, args.items, now)
    _tfidf()  # loaded once per process in a running service
    people = (Principal(1, "desk", Role.DESK, None, "-", False), Principal(2, "u", Role.UNIT, "hushan", "-", False))
    cases = (("common keyword", ["暴雨"], []), ("3 kw + 2 excl", ["暴雨", "火灾", "停水"], ["学校", "招生"]),
             ("rare phrase", ["养老金补偿投诉"], []))  # fmt: skip
    for label, keywords, exclude in cases:
        topic = SpecialTopic(id=1, name=label, keywords=keywords, exclude=exclude, places=[],
                             starts_at=now - timedelta(days=30), ends_at=None)  # fmt: skip
        for who in people:
            for days in (30, 1):
                with factory() as s:
                    t0 = time.perf_counter()
                    story = topic_story(
                        s, who, topic, now - timedelta(days=days), now, jurisdiction_dir=EXAMPLE_JURISDICTION,
                        names=Names(),
                    )  # fmt: skip
                    took = time.perf_counter() - t0
                print(f"{label:16} {who.role.value:5} {days:2} d  matched {story.total:6}  {took:.2f} s")


if __name__ == "__main__":
    main()
