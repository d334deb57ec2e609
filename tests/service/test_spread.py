"""传播路径 on a real database: the first post, every item by time and tier with its reprints, the
hours the volume jumped, the first official response placed against the spread, a unit user's
scope, and the cap on the listed items; the jump rule alone; the API."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy.orm import Session, sessionmaker

from models.db import Event, Item
from models.db.cases import Case, CaseAction
from models.enums import Role, SourceTier
from models.timeutil import SHANGHAI
from service.auth.principal import Principal
from service.errors import NotFound
from service.names import Names
from service.queries.spread import spread_path
from service.queries.spread_rules import jump_hours
from tests.service.conftest import fold_copies

T0 = datetime(2026, 7, 1, 9, 0, tzinfo=SHANGHAI)
NAMES = Names(sources={"bbs": "江山论坛", "wx": "江山发布圈", "news": "江山日报", "gov": "江山市政府网"})
DESK = Principal(1, "desk1", Role.DESK, None, "x", False)


def unit(uid: str) -> Principal:
    return Principal(2, uid, Role.UNIT, uid, "x", False)


def at(hours: float) -> datetime:
    return T0 + timedelta(hours=hours)


def add_event(s: Session, lead_unit: str = "hushan") -> int:
    times = {"first_seen_at": T0, "last_seen_at": T0, "created_at": T0, "updated_at": T0}
    event = Event(title="虎山街道暴雨内涝", lead_unit=lead_unit, **times)
    s.add(event)
    s.flush()
    return event.id


def add_item(s: Session, event_id: int, ident: str, published: datetime, **fields: Any) -> None:
    values: dict[str, Any] = {
        "id": ident,
        "source_id": "news",
        "source_type": "rss",
        "source_tier": "mainstream",
        "url": f"https://news.example/{ident}",
        "title": f"虎山街道暴雨内涝 {ident}",
        "published_at": published,
        "collected_at": published,
        "stored_at": published,
        "lead_unit": "hushan",
        "event_id": event_id,
    }
    values.update(fields)
    s.add(Item(**values))


def add_case(s: Session, event_id: int, lead_unit: str, releases: list[tuple[datetime, int | None]]) -> int:
    """A case with 首次发布 records ``(at, corrects seq)``; returns its id."""
    case = Case(event_id=event_id, lead_unit=lead_unit, anchor_at=T0, dispatched_at=T0, created_at=T0, updated_at=T0)
    s.add(case)
    s.flush()
    rows: dict[int, CaseAction] = {}
    kinds = [("dispatch", T0, None), *(("first_release", when, fix) for when, fix in releases)]
    for seq, (kind, when, fix) in enumerate(kinds, start=1):
        action = CaseAction(
            case_id=case.id,
            seq=seq,
            kind=kind,
            actor="desk1",
            at=when,
            recorded_at=when,
            corrects_id=rows[fix].id if fix else None,
            details={"url": "https://www.jiangshan.gov.cn/art/1.html", "channel": "www.jiangshan.gov.cn"},
        )
        s.add(action)
        s.flush()
        rows[seq] = action
    return case.id


@pytest.fixture
def story(db: sessionmaker[Session]) -> int:
    """An event: a forum post at 09:10 (and a later-stored one at the same minute), one 自媒体 post
    at 10:20, six items 11:05–11:30 of which three reprint the first post, two official items at
    12:10 and 12:40."""
    with db.begin() as s:
        e = add_event(s)
        # same minute: stored order decides the first post, not the id
        add_item(s, e, "zz-first", at(0.17), source_id="bbs", source_tier="forum", stored_at=at(0.3))
        add_item(s, e, "aa-second", at(0.17), source_id="bbs", source_tier="forum", stored_at=at(0.4))
        add_item(s, e, "wx-1", at(1.33), source_id="wx", source_tier="self_media")
        fold_copies(s, "wx-1", 2)  # the same text at two more addresses: counted, not published
        for k in range(1, 7):
            dup = {"duplicate_of": "zz-first"} if k <= 3 else {}
            add_item(s, e, f"news-{k}", T0.replace(hour=11, minute=5 * k), negative=True, **dup)
            if k <= 3:
                fold_copies(s, f"news-{k}", 3)
        add_item(s, e, "gov-1", at(3.17), source_id="gov", source_tier="official")
        add_item(s, e, "gov-2", at(3.67), source_id="gov", source_tier="official", duplicate_of="not-visible-here")
        add_item(s, add_event(s), "other-event", at(1))  # another event's item: never on this path
        return e


def test_first_post_items_by_time_and_tier_reprints_and_jumps(db: sessionmaker[Session], story: int) -> None:
    with db() as s:
        p = spread_path(s, DESK, story, at(6), names=NAMES)
    assert p.first is not None and p.first.id == "zz-first"
    assert (p.first.source_name, p.first.tier, p.first.page) == ("江山论坛", SourceTier.FORUM, "/items/zz-first")
    assert p.first.url == "https://news.example/zz-first"
    assert [i.id for i in p.items][:3] == ["zz-first", "aa-second", "wx-1"]
    assert [i.published_at for i in p.items] == sorted(i.published_at for i in p.items)
    assert p.total == 11 and not p.truncated
    tiers = ((SourceTier.OFFICIAL, 2), (SourceTier.MAINSTREAM, 6), (SourceTier.SELF_MEDIA, 1), (SourceTier.FORUM, 2))
    assert p.tiers == tiers
    reprints = [i for i in p.items if i.reprint]
    assert p.reprints == 4 and len(reprints) == 4
    assert {i.original_id for i in reprints} == {"zz-first", None}  # an original outside the path is not linked
    assert p.heat == 11 + 2 + 3 * 3
    assert p.hours.labels[:5] == ["07-01 09时", "07-01 10时", "07-01 11时", "07-01 12时"][:5]
    assert p.hours.total == [2, 1, 6, 2]
    assert [(j.label, j.count, j.baseline) for j in p.jumps] == [("07-01 11时", 6, 1.5)]
    assert p.peak is not None and (p.peak.label, p.peak.count) == ("07-01 11时", 6)
    assert p.response is None
    assert p.summary() == "尚无官方首次发布记录：首发已过 5.8 小时，已有 11 条传播。"


@pytest.mark.parametrize(
    ("when", "before", "relation", "sentence"),
    [
        (at(1.5), 3, "before", "官方首次回应在首发后 1.3 小时，此前已有 3 条传播，早于传播高峰（07-01 11时，6 条）。"),
        (
            at(2.75),
            9,
            "during",
            "官方首次回应在首发后 2.6 小时，此前已有 9 条传播，在传播高峰的同一小时内（07-01 11时，6 条）。",
        ),
        (at(5), 11, "after", "官方首次回应在首发后 4.8 小时，此前已有 11 条传播，晚于传播高峰（07-01 11时，6 条）。"),
        (at(-1), 0, "before", "官方首次回应早于首发 1.2 小时，早于传播高峰（07-01 11时，6 条）。"),
    ],
)
def test_first_official_response_before_or_after_the_spread(
    db: sessionmaker[Session], story: int, when: datetime, before: int, relation: str, sentence: str
) -> None:
    with db.begin() as s:
        case_id = add_case(s, story, "hushan", [(when, None)])
    with db() as s:
        r = spread_path(s, DESK, story, at(6), names=NAMES)
    assert r.response is not None
    assert (r.response.case_id, r.response.items_before, r.response.peak) == (case_id, before, relation)
    assert r.response.at == when.astimezone(UTC) and r.response.channel == "www.jiangshan.gov.cn"
    assert r.summary() == sentence


def test_a_story_longer_than_the_hourly_series_is_counted_whole_in_days(db: sessionmaker[Session]) -> None:
    """A 信访 story that runs for months: every item is in the series (by days), the heat counts them
    all, and the peak, the jumps and the response are placed against day-long buckets."""
    with db.begin() as s:
        e = add_event(s)
        add_item(s, e, "first", at(0))
        for k in range(8):
            add_item(s, e, f"late-{k}", at(24 * 120 + k), negative=True)
        fold_copies(s, "late-0", 4)
        add_case(s, e, "hushan", [(at(24 * 120 + 10), None)])
    with db() as s:
        p = spread_path(s, DESK, e, at(24 * 121), names=NAMES)
    assert p.step == timedelta(days=1)
    assert sum(p.hours.total) == 9 and p.heat == 9 + 4
    assert p.hours.labels[0] == "07-01" and p.hours.total[-1] == 8
    assert p.peak is not None and (p.peak.label, p.peak.count) == ("10-29", 8)
    assert p.peak.end - p.peak.start == timedelta(days=1)
    assert [(j.label, j.count) for j in p.jumps] == [("10-29", 8)]
    assert p.response is not None and p.response.peak == "during"
    assert "在传播高峰的同一时段内（10-29，8 条）" in p.summary()


def test_a_corrected_release_counts_from_its_correction_and_the_earliest_case_wins(
    db: sessionmaker[Session], story: int
) -> None:
    with db.begin() as s:
        add_case(s, story, "hushan", [(at(1.5), None), (at(4), 2)])  # 10:30 corrected to 13:00
    with db() as s:
        r = spread_path(s, DESK, story, at(6), names=NAMES).response
    assert r is not None and r.at == at(4) and r.peak == "after"
    with db.begin() as s:
        add_case(s, story, "jiaoyu", [(at(3), None)])  # another unit's case released earlier
    with db() as s:
        desk = spread_path(s, DESK, story, at(6), names=NAMES).response
        hushan = spread_path(s, unit("hushan"), story, at(6), names=NAMES).response
    assert desk is not None and desk.at == at(3)
    assert hushan is not None and hushan.at == at(4), "a unit never sees another unit's case"


def test_a_unit_sees_only_its_own_items_and_nothing_of_an_event_it_cannot_see(
    db: sessionmaker[Session], story: int
) -> None:
    with db.begin() as s:  # routed, not dispatched: 市教育局 is named on two items only
        for ident in ("news-5", "news-6"):
            item = s.get(Item, ident)
            assert item is not None
            item.lead_unit = "jiaoyu"
    with db() as s:
        hushan = spread_path(s, unit("hushan"), story, at(6), names=NAMES)
        with pytest.raises(NotFound):
            spread_path(s, unit("jiaoyu"), story, at(6), names=NAMES)  # the event is routed to 虎山街道
        with pytest.raises(NotFound):
            spread_path(s, DESK, story + 999, at(6), names=NAMES)
    assert hushan.total == 9 and {"news-5", "news-6"}.isdisjoint(i.id for i in hushan.items)
    assert hushan.hours.total == [2, 1, 4, 2]


def test_a_large_event_lists_the_first_items_and_counts_them_all(db: sessionmaker[Session], story: int) -> None:
    with db() as s:
        p = spread_path(s, DESK, story, at(6), names=NAMES, limit=3)
    assert p.truncated and p.limit == 3 and [i.id for i in p.items] == ["zz-first", "aa-second", "wx-1"]
    assert p.total == 11 and p.reprints == 4 and sum(n for _, n in p.tiers) == 11 and sum(p.hours.total) == 11


def test_an_event_without_visible_items(db: sessionmaker[Session]) -> None:
    with db.begin() as s:
        e = add_event(s)
    with db() as s:
        p = spread_path(s, DESK, e, at(1), names=NAMES)
    assert p.first is None and p.items == () and p.total == 0 and p.peak is None and not p.jumps
    assert p.summary() == "暂无可见的传播条目。"


@pytest.mark.parametrize(
    ("counts", "jumps"),
    [
        ([5], []),  # the first post's own hour is the 首发, never a jump
        ([3, 3, 3, 3, 3], []),  # a steady flow
        ([1, 0, 0, 0, 0, 0, 0, 3], [7]),  # a burst after quiet hours
        ([1, 2, 4, 8], [2, 3]),  # the volume kept doubling
        ([2, 1, 6, 2], [2]),
        ([1, 2], []),  # doubled, but fewer than three items
        ([4, 4, 4, 4, 4, 4, 4, 7], []),  # not twice the median
        ([4, 4, 4, 4, 4, 4, 4, 8], [7]),
        ([9, 9, 9, 9, 9, 9, 0, 0, 0, 0, 0, 0, 0, 3], [13]),  # only the six hours before count
    ],
)
def test_the_jump_rule(counts: list[int], jumps: list[int]) -> None:
    assert jump_hours(counts) == jumps


def test_the_spread_api_is_scoped_and_documented(
    users: dict[str, str], api_login: Callable[[str], Any], db: sessionmaker[Session], story: int, app: Any
) -> None:
    with db.begin() as s:
        add_case(s, story, "hushan", [(at(2.75), None)])
    desk = api_login(users["desk"])
    r = desk.get(f"/api/v1/events/{story}/spread", params={"limit": 2})
    assert r.status_code == 200, r.text
    body = r.json()
    first = body["first"]
    assert (first["id"], first["tier"], first["tier_label"], first["source_name"]) == (
        "zz-first",
        "forum",
        "论坛",
        "bbs",
    )
    assert [i["id"] for i in body["items"]] == ["zz-first", "aa-second"] and body["truncated"] and body["total"] == 11
    assert body["jumps"][0]["label"] == "07-01 11时" and "2 倍" in body["jump_rule"]
    assert body["response"]["peak"] == "during" and body["response"]["items_before"] == 9
    assert body["summary"].startswith("官方首次回应在首发后 2.6 小时")
    assert [h["total"] for h in body["hours"]] == [2, 1, 6, 2]
    assert api_login(users["jiaoyu"]).get(f"/api/v1/events/{story}/spread").status_code == 404
    assert api_login(users["hushan"]).get(f"/api/v1/events/{story}/spread").json()["total"] == 11
    assert desk.get(f"/api/v1/events/{story}/spread", params={"limit": 0}).status_code == 422
    documented = app.openapi()["paths"]["/api/v1/events/{event_id}/spread"]["get"]["responses"]
    assert {"200", "401", "404"} <= set(documented)


def test_the_event_page_shows_the_path_to_whom_may_see_it(
    users: dict[str, str], web_login: Callable[[str], Any], db: sessionmaker[Session], story: int
) -> None:
    with db.begin() as s:
        hidden = s.get(Item, "news-6")
        assert hidden is not None
        hidden.title = "另一单位才能看到的条目"
        hidden.lead_unit = "jiaoyu"
        other = add_event(s, lead_unit="jiaoyu")
        add_item(s, other, "jiaoyu-only", at(1), lead_unit="jiaoyu", title="市教育局的另一件事")
    hushan, _ = web_login(users["hushan"])
    html = hushan.get(f"/events/{story}").text  # routed to it, not dispatched: only its own items
    assert "虎山街道暴雨内涝 zz-first" in html and "另一单位才能看到的条目" not in html
    with db.begin() as s:
        add_case(s, story, "hushan", [(at(2.75), None)])
    desk, _ = web_login(users["desk"])
    html = desk.get(f"/events/{story}").text
    assert 'id="spread-summary"' in html and "官方首次回应在首发后 2.6 小时" in html
    assert 'id="chart-spread"' in html and 'id="chart-event-trend"' in html and 'id="chart-event-words"' in html
    assert "另一单位才能看到的条目" in html and html.index("zz-first") < html.index("aa-second")
    assert "column_chart" not in html and "传播趋势（每小时条目数）" not in html  # the old bar chart is gone
    assert "另一单位才能看到的条目" in hushan.get(f"/events/{story}").text  # its case: every item of the event
    jiaoyu, _ = web_login(users["jiaoyu"])
    assert jiaoyu.get(f"/events/{story}").status_code == 404
    page = jiaoyu.get(f"/events/{other}").text
    assert "市教育局的另一件事" in page and "虎山街道暴雨内涝 zz-first" not in page
