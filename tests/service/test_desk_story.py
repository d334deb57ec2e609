"""The desk's 态势: the period switch, items per township (a map with the jurisdiction's boundary
file, bars without, bars and a clear error with a broken one), the boundary file's validation, and
a unit user's figures limited to its own items."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session, sessionmaker

from models.db import Item
from models.enums import Role
from models.timeutil import SHANGHAI
from service.auth.principal import Principal
from service.boundaries import BoundaryError, load_boundaries, validate
from service.errors import InvalidInput
from service.geography import stopwords, townships
from service.queries.trends import StoryItem
from service.web.desk_story import desk_story, place_chart, story_period, township_counts
from tests.service.schematic_map import jurisdiction_with_map, schematic_boundaries
from yuqing.settings import EXAMPLE_JURISDICTION, Settings

TOWNS = townships(EXAMPLE_JURISDICTION)
NOW = datetime(2026, 7, 1, 10, 30, tzinfo=SHANGHAI)


def story_item(places: tuple[str, ...], n: int = 0) -> StoryItem:
    return StoryItem(f"i{n}", "标题", NOW, "src", "mainstream", False, places, 0, None)


def test_the_period_switch() -> None:
    day = story_period(NOW.astimezone(UTC), "24h")
    assert day.since == datetime(2026, 6, 30, 11, 0, tzinfo=SHANGHAI) and day.until == NOW
    week = story_period(NOW, "7d")
    assert week.since == datetime(2026, 6, 25, 0, 0, tzinfo=SHANGHAI) and week.label == "近7天"
    assert story_period(NOW, "30d").since == datetime(2026, 6, 2, 0, 0, tzinfo=SHANGHAI)
    with pytest.raises(InvalidInput, match="未知的时间范围"):
        story_period(NOW, "1y")


def test_places_count_for_the_township_they_lie_in() -> None:
    items = [
        story_item(("江郎山",), 1),  # a scenic spot of 石门镇 (gazetteer)
        story_item(("石门镇", "清漾村"), 2),  # the town and its village: once
        story_item(("虎山",), 3),  # a short name
        story_item(("火星",), 4),  # not in the jurisdiction
    ]
    counts = dict(township_counts(items, TOWNS))
    assert counts["石门镇"] == 2 and counts["虎山街道"] == 1
    assert "火星" not in counts and len(counts) == len(TOWNS.names)  # every township, even at zero


def test_map_with_boundaries_and_bars_without(tmp_path: Path) -> None:
    counts = [("石门镇", 2), ("虎山街道", 1), ("双塔街道", 0)]
    bars = place_chart(counts, None)
    assert bars.option["series"][0]["type"] == "bar"
    assert bars.rows == [("石门镇", "2"), ("虎山街道", "1")]  # bars name only the townships with items

    # the file may name a township by its alias; the map's regions keep the file's names
    directory = jurisdiction_with_map(tmp_path, schematic_boundaries(["石门镇", "虎山", "双塔街道"]))
    boundaries = load_boundaries(directory, TOWNS.aliases)
    assert boundaries is not None and boundaries.townships["虎山"] == "虎山街道"
    chart = place_chart(counts, boundaries)
    series = chart.option["series"][0]
    assert series["type"] == "map" and series["map"] == chart.option["mapSource"]["name"]
    assert chart.option["mapSource"]["url"] == "/desk/boundaries.geojson"
    assert series["data"] == [
        {"name": "石门镇", "value": 2.0},
        {"name": "虎山", "value": 1.0},
        {"name": "双塔街道", "value": 0.0},
    ]
    assert chart.rows == [("石门镇", "2"), ("虎山", "1"), ("双塔街道", "0")]


def feature(name: Any, geometry: Any = None) -> dict[str, Any]:
    square = [[118.5, 28.7], [118.6, 28.7], [118.6, 28.6], [118.5, 28.6], [118.5, 28.7]]
    return {
        "type": "Feature",
        "properties": {"name": name} if name is not None else {},
        "geometry": geometry or {"type": "Polygon", "coordinates": [square]},
    }


def fc(*features: Any) -> dict[str, Any]:
    return {"type": "FeatureCollection", "features": list(features)}


def polygon(*ring: list[float]) -> dict[str, Any]:
    return {"type": "Polygon", "coordinates": [list(ring)]}


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ([], "FeatureCollection"),
        (fc(), "非空列表"),
        (fc({"type": "Point"}), "第 1 个要素: type 应为 Feature"),
        (fc(feature(None)), "缺少 properties.name"),
        (fc(feature("火星镇")), "（火星镇）: 不是 units.yaml"),
        (fc(feature("贺村镇"), feature("贺村镇")), "第 2 个要素（贺村镇）: 名称重复"),
        (fc(feature("贺村镇"), feature("贺村")), "多个要素：贺村镇"),  # a name and its alias
        (fc(feature("贺村镇", {"type": "Point", "coordinates": [1, 2]})), "Polygon 或 MultiPolygon"),
        (fc(feature("贺村镇", polygon([1, 2]))), "至少需要 4 个坐标点"),
        (fc(feature("贺村镇", polygon([118, 28], [119, 28], [119, 29], [118, 29]))), "未闭合"),
        (fc(feature("贺村镇", polygon([28, 300], [29, 28], [29, 29], [28, 300]))), "不是 [经度, 纬度]"),
    ],
)
def test_a_broken_boundary_file_is_refused_saying_where(doc: Any, message: str) -> None:
    with pytest.raises(BoundaryError, match=re.escape(message)):
        validate(doc, TOWNS.aliases)


def test_a_file_that_is_not_json_is_refused_and_no_file_means_no_map(tmp_path: Path) -> None:
    assert load_boundaries(EXAMPLE_JURISDICTION, TOWNS.aliases) is None  # the demo ships no boundaries
    directory = jurisdiction_with_map(tmp_path, '{"type": "FeatureCollection", "features": [')
    with pytest.raises(BoundaryError, match=re.escape("boundaries.geojson: 不是 UTF-8 编码的 JSON")):
        load_boundaries(directory, TOWNS.aliases)


def store(db: sessionmaker[Session], n: int, published_at: datetime, **fields: Any) -> None:
    with db.begin() as s:
        for i in range(n):
            values: dict[str, Any] = {
                "id": f"{fields.get('lead_unit')}-{fields.get('title', 't')}-{i}-{published_at.isoformat()}",
                "source_id": "src",
                "source_type": "rss",
                "source_tier": "mainstream",
                "title": "虎山街道暴雨内涝 多处道路积水",
                "published_at": published_at,
                "collected_at": published_at,
                "stored_at": published_at,
            }
            values.update(fields)
            s.add(Item(**values))


def unit_user(unit_id: str) -> Principal:
    return Principal(1, f"{unit_id}1", Role.UNIT, unit_id, "x", True)


def test_a_unit_sees_only_its_own_figures(db: sessionmaker[Session]) -> None:
    now = datetime.now(UTC)
    store(db, 2, now - timedelta(hours=1), lead_unit="hushan", negative=True, places=["虎山街道"])
    store(db, 5, now - timedelta(hours=2), lead_unit="jiaoyu", title="教育局招生政策 家长质疑", places=["贺村镇"])
    period = story_period(now, "24h")
    desk = Principal(2, "desk1", Role.DESK, None, "x", True)
    with db() as s:
        mine = desk_story(s, unit_user("hushan"), period, EXAMPLE_JURISDICTION)
        everyone = desk_story(s, desk, period, EXAMPLE_JURISDICTION)
    assert (mine.items, everyone.items) == (2, 7)
    volume, sentiment, places, words = mine.charts
    assert sum(volume.option["series"][0]["data"]) == 2
    assert sum(sentiment.option["series"][0]["data"]) == 2
    assert places.rows == [("虎山街道", "2")]
    assert "贺村镇" not in json.dumps(places.option, ensure_ascii=False)
    assert all("教育" not in w and "招生" not in w for w, _ in words.rows)
    assert "招生" in {w for w, _ in everyone.charts[3].rows}


def test_stopwords_are_the_jurisdictions() -> None:
    assert "我们" in stopwords(EXAMPLE_JURISDICTION)


@pytest.fixture
def jurisdiction(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    kind = getattr(request, "param", "example")
    if kind == "schematic":
        return jurisdiction_with_map(tmp_path, schematic_boundaries(TOWNS.names))
    if kind == "broken":
        return jurisdiction_with_map(tmp_path, fc(feature("火星镇")))
    return EXAMPLE_JURISDICTION


@pytest.fixture
def settings(make_settings: Callable[..., Settings], db_url: str, db: Any, jurisdiction: Path) -> Settings:
    return make_settings(database_url=db_url, jurisdiction_dir=jurisdiction)


def test_the_desk_draws_bars_without_boundaries(web_login: Any, users: dict[str, str], db: Any) -> None:
    store(db, 3, datetime.now(UTC) - timedelta(minutes=30), lead_unit="hushan", places=["江郎山"])
    desk, _ = web_login(users["desk"])
    html = desk.get("/desk").text
    assert 'id="situation"' in html and "近24小时" in html and "共 3 条" in html
    for key in ("volume", "sentiment", "places", "words"):
        assert f'id="chart-{key}"' in html
    assert "mapSource" not in html and '<th scope="row">石门镇</th>' in html
    assert desk.get("/desk/boundaries.geojson").status_code == 404
    week = desk.get("/desk", params={"span": "7d", "status": "all"}).text
    assert 'current" aria-current="true">近7天' in week and 'href="/desk?span=30d&amp;status=all#situation"' in week
    assert desk.get("/desk", params={"span": "1y"}).status_code == 422


@pytest.mark.parametrize("jurisdiction", ["schematic"], indirect=True)
def test_the_desk_draws_a_map_with_boundaries(web_login: Any, users: dict[str, str], db: Any) -> None:
    store(db, 3, datetime.now(UTC) - timedelta(minutes=30), lead_unit="hushan", places=["江郎山"])
    desk, _ = web_login(users["desk"])
    html = desk.get("/desk").text
    assert "mapSource" in html and "/desk/boundaries.geojson" in html
    served = desk.get("/desk/boundaries.geojson")
    assert served.status_code == 200 and served.headers["content-type"].startswith("application/geo+json")
    assert {f["properties"]["name"] for f in served.json()["features"]} == set(TOWNS.names)


@pytest.mark.parametrize("jurisdiction", ["broken"], indirect=True)
def test_a_broken_boundary_file_falls_back_to_bars_and_says_why(web_login: Any, users: dict[str, str], db: Any) -> None:
    store(db, 1, datetime.now(UTC) - timedelta(minutes=30), lead_unit="hushan", places=["虎山街道"])
    desk, _ = web_login(users["desk"])
    html = desk.get("/desk").text
    assert 'id="map-error"' in html and "火星镇" in html and "不是 units.yaml" in html
    assert "mapSource" not in html
    assert desk.get("/desk/boundaries.geojson").status_code == 404


def test_unit_users_reach_neither_chart_page(web_login: Any, users: dict[str, str]) -> None:
    unit, _ = web_login(users["hushan"])
    assert unit.get("/desk").status_code == 403
    assert unit.get("/leader").status_code == 403
