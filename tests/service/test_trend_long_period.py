"""A trend over a long period counts every item: a 专题 watched for years (or started at 1970) drew
its first 2,000 days and dropped everything after them, the recent items included, without a word."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import lxml.html

from service.queries.trends import DAY, HOUR, MAX_BUCKETS, StoryItem, bucket_step, trend

NOW = datetime(2026, 12, 2, 4, 0, tzinfo=UTC)


def item(n: int, at: datetime, negative: bool = False, copies: int = 0) -> StoryItem:
    return StoryItem(str(n), f"条目{n}", at, "s", "official", negative, (), copies, None)


def test_every_item_of_a_period_of_years_is_counted() -> None:
    for since in (datetime(1970, 1, 1, tzinfo=UTC), datetime(2015, 3, 1, tzinfo=UTC), NOW - 2001 * DAY):
        items = [item(1, since), item(2, NOW - timedelta(minutes=5), True, 3), item(3, NOW - 400 * DAY)]
        t = trend(items, since, NOW)
        assert len(t.starts) <= MAX_BUCKETS
        assert sum(t.total) == 3 and sum(t.negative) == 1 and sum(t.heat) == 6, since
        assert t.total[-1] == 1  # the newest item is in the last bucket
        assert t.starts[0] <= since and t.starts[-1] + bucket_step(since, NOW) > NOW
        assert t.labels[0].startswith(str(t.starts[0].year))  # buckets of several days name their year


def test_short_periods_keep_hours_and_days() -> None:
    assert bucket_step(NOW - 3 * DAY, NOW) == HOUR
    assert bucket_step(NOW - 30 * DAY, NOW) == DAY
    assert bucket_step(NOW - 1990 * DAY, NOW) == DAY
    t = trend([item(1, NOW - 2 * HOUR)], NOW - DAY, NOW)
    assert len(t.starts) in (24, 25) and sum(t.total) == 1 and t.labels[-1].endswith("时")


def test_a_topic_started_in_1970_charts_todays_items(
    users: dict[str, str], api_login: Any, web_login: Any, seed: Any
) -> None:
    seed()  # a fire in 虎山街道, published now
    made = api_login(users["desk"]).post(
        "/api/v1/topics", json={"name": "全部火灾", "keywords": ["火灾"], "starts_at": "1970-01-01T00:00:00+08:00"}
    )
    assert made.status_code == 201, made.text
    web, _csrf = web_login(users["desk"])
    page = web.get(f"/topics/{made.json()['id']}")
    assert page.status_code == 200
    charts = lxml.html.fromstring(page.text).xpath("//*[@data-option]")
    option = json.loads(charts[0].get("data-option"))
    counted = [s for s in option["series"] if s.get("name") == "条目"]
    assert counted and sum(v or 0 for v in counted[0]["data"]) == 1
