"""The desk's 态势 section: volume, negativity, 乡镇/街道 and words of a period, as charts.

One pass over the items the user may see (:func:`service.queries.trends.story_items` with the
unit scope of :mod:`service.queries.visibility` for a unit user; the desk sees all) feeds four
charts: items and heat (items + reprints) per hour or day, negative items and their share, items
per township (a map when the jurisdiction supplies ``boundaries.geojson``, bars otherwise, see
:mod:`service.boundaries`) and a word cloud of the titles' characteristic words.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from models.timeutil import SHANGHAI, to_local
from service.auth.principal import Principal
from service.boundaries import Boundaries, BoundaryError, load_boundaries
from service.errors import InvalidInput
from service.geography import Townships, townships
from service.queries.trends import StoryItem, jurisdiction_terms, place_counts, story_items, trend
from service.queries.visibility import item_visible
from service.web.echarts import Chart, bar_chart, line_chart, region_map, word_cloud

log = logging.getLogger(__name__)

SPANS: dict[str, tuple[str, int]] = {"24h": ("近24小时", 0), "7d": ("近7天", 7), "30d": ("近30天", 30)}
"""Period key → (label, whole local days; 0 = the last 24 hours by hour)."""
DEFAULT_SPAN = "24h"
MAP_NAME = "jurisdiction-townships"
BOUNDARIES_URL = "/desk/boundaries.geojson"


@dataclass(frozen=True)
class StoryPeriod:
    key: str
    label: str
    since: datetime
    until: datetime


def story_period(now: datetime, span: str = DEFAULT_SPAN) -> StoryPeriod:
    """The period ``span`` ends at ``now``: ``24h`` is the current local hour and the 23 before it;
    ``7d``/``30d`` are that many local days, today included. Unknown keys raise ``InvalidInput``."""
    if span not in SPANS:
        raise InvalidInput(f"未知的时间范围：{span}（可选 {'、'.join(SPANS)}）")
    label, days = SPANS[span]
    local = to_local(now)
    if days:
        start = local.replace(hour=0, minute=0, second=0, microsecond=0) - timedelta(days=days - 1)
    else:
        start = local.replace(minute=0, second=0, microsecond=0) - timedelta(hours=23)
    return StoryPeriod(span, label, start.astimezone(SHANGHAI), now)


@dataclass(frozen=True)
class DeskStory:
    period: StoryPeriod
    charts: tuple[Chart, ...]
    items: int
    truncated: bool
    map_error: str | None = None
    """Why the township map fell back to bars (a broken ``boundaries.geojson``)."""


def desk_story(db: Session, principal: Principal, period: StoryPeriod, jurisdiction_dir: Path) -> DeskStory:
    """The four charts of ``period`` over the items ``principal`` may see."""
    where = [item_visible(principal.unit_id or "")] if principal.is_unit else []
    found = story_items(db, where, period.since, period.until)
    t = trend(found.items, period.since, period.until)
    volume = line_chart("volume", "舆情走势（条目数与热度）", t.labels, {"条目": t.total, "热度（含转载）": t.heat})
    towns = townships(jurisdiction_dir)
    try:
        boundaries = load_boundaries(jurisdiction_dir, towns.aliases)
        error = None
    except BoundaryError as exc:
        log.warning("township map disabled: %s", exc)
        boundaries, error = None, str(exc)
    counts = township_counts(found.items, towns)
    words = word_cloud("words", "热词", jurisdiction_terms(found.items, jurisdiction_dir))
    charts = (volume, sentiment_chart(t.labels, t.negative, t.total), place_chart(counts, boundaries), words)
    return DeskStory(period, charts, len(found.items), found.truncated, error)


def sentiment_chart(labels: Sequence[str], negative: Sequence[int], total: Sequence[int]) -> Chart:
    """情感走势: negative items (left axis) and their share of all items in % (right axis); an hour
    without items has no share (a gap in the line, — in the table), not 0 %."""
    share = [round(100 * n / t, 1) if t else None for n, t in zip(negative, total, strict=True)]
    series: dict[str, Sequence[float | None]] = {"负面条目": negative, "负面占比（%）": share}
    chart = line_chart("sentiment", "情感走势（负面条目与占比）", labels, series)
    option = chart.option
    option["yAxis"] = [
        {"type": "value", "name": "条", "minInterval": 1},
        {"type": "value", "name": "%", "min": 0, "max": 100, "splitLine": {"show": False}},
    ]
    option["series"][1]["yAxisIndex"] = 1
    return chart


def township_counts(items: Sequence[StoryItem], towns: Townships) -> list[tuple[str, int]]:
    """Items per township (every township listed, most first), an item's villages and spots
    counted for the township they lie in, each township once per item."""
    mapped = [replace(i, places=towns.to_township(i.places)) for i in items]
    return place_counts(mapped, towns.names)


def place_chart(counts: Sequence[tuple[str, int]], boundaries: Boundaries | None) -> Chart:
    """A map of ``counts`` when the jurisdiction has boundaries, else bars of the townships named
    at least once. The map's regions carry the feature names of the file."""
    title = "乡镇/街道分布"
    if boundaries is not None:
        by_town = dict(counts)
        data = [(feature, float(by_town.get(town, 0))) for feature, town in boundaries.townships.items()]
        return region_map("places", title, MAP_NAME, BOUNDARIES_URL, data, value_name="条目")
    named = [(town, float(n)) for town, n in counts if n]
    return bar_chart("places", title, named, value_name="条目")
