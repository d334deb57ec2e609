"""Charts drawn in the browser by Apache ECharts (served by the service itself: no CDN).

A page hands the template a :class:`Chart`; the ``echart`` macro of ``_macros.html`` writes its
ECharts option as JSON in a ``data-option`` attribute (no inline script: the CSP forbids them) and
the same figures as a table under it, so a chart is readable without colour, without script and on
paper. ``static/charts.js`` draws every ``.echart`` element of the page.

Builders here return plain data (JSON-safe dicts of str/float/int/list); labels are escaped by the
templates' autoescape and set as text by ECharts, never as HTML (``tooltip.renderMode`` is
``richText``).

Colour is never the only cue: series get distinct symbols and line styles, bars carry their value
as a label, and ``aria.decal`` gives areas a pattern.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

PALETTE = ["#1f5fa8", "#c0392b", "#2e8b57", "#b7791f", "#6b46c1", "#4a5568"]
"""Colours distinct for the common colour-vision deficiencies as well as in greyscale print."""
SYMBOLS = ["circle", "rect", "triangle", "diamond", "pin", "arrow"]
LINE_TYPES = ["solid", "dashed", "dotted"]


@dataclass(frozen=True)
class Chart:
    """One chart: the ECharts option, its caption, and the same data as a table.

    ``key`` is unique on the page (it becomes the element id ``chart-<key>``); ``columns``/``rows``
    are the table printed under the chart (strings, already formatted).
    """

    key: str
    title: str
    option: dict[str, Any]
    columns: tuple[str, ...]
    rows: Sequence[tuple[str, ...]] = ()
    height: int = 300

    @property
    def empty(self) -> bool:
        return not self.rows


def _base(title: str) -> dict[str, Any]:
    return {
        "aria": {"enabled": True, "label": {"description": title}, "decal": {"show": True}},
        "color": PALETTE,
        "animation": False,  # printable at once; screenshots are stable
        "tooltip": {"trigger": "axis", "renderMode": "richText", "confine": True},
        "grid": {"left": 48, "right": 24, "top": 36, "bottom": 40, "containLabel": True},
    }


def _fmt(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:g}" if float(value).is_integer() else f"{value:.2f}"


def line_chart(
    key: str,
    title: str,
    x: Sequence[str],
    series: dict[str, Sequence[float | None]],
    *,
    y_name: str = "",
    y_max: float | None = None,
    marks: Sequence[tuple[str, str]] = (),
) -> Chart:
    """A trend: one line per series over the category axis ``x`` (e.g. hours or days).

    A value of None has no figure (a share of an hour without items): the line has a gap there and
    the table says —, never a zero that reads as a measurement.

    ``marks`` are vertical lines ``(x label, caption)`` drawn on the first series, e.g. the moment
    of the first official response on a volume trend.
    """
    option = _base(title)
    option["legend"] = {"top": 4}
    option["xAxis"] = {"type": "category", "data": list(x), "boundaryGap": False}
    option["yAxis"] = {"type": "value", "name": y_name, "minInterval": 1 if y_max is None else 0}
    if y_max is not None:
        option["yAxis"]["max"] = y_max
    option["series"] = []
    for i, (name, values) in enumerate(series.items()):
        entry: dict[str, Any] = {
            "name": name,
            "type": "line",
            "data": [None if v is None else float(v) for v in values],
            "symbol": SYMBOLS[i % len(SYMBOLS)],
            "symbolSize": 7,
            "lineStyle": {"type": LINE_TYPES[i % len(LINE_TYPES)], "width": 2},
        }
        if i == 0 and marks:
            entry["markLine"] = {
                "symbol": "none",
                "label": {"formatter": "{b}", "position": "insideEndTop"},
                "data": [{"xAxis": at, "name": caption} for at, caption in marks],
            }
        option["series"].append(entry)
    names = list(series)
    rows = [(label, *(_fmt(series[n][i]) for n in names)) for i, label in enumerate(x)]
    return Chart(key, title, option, ("", *names), rows)


def bar_chart(
    key: str,
    title: str,
    data: Sequence[tuple[str, float]],
    *,
    texts: Sequence[str] | None = None,
    horizontal: bool = True,
    maximum: float | None = None,
    value_name: str = "数量",
) -> Chart:
    """Bars for ``(label, value)`` with the value (or ``texts[i]``) printed on each bar.

    Horizontal bars keep the first item on top (a ranking reads from the top).
    """
    labels = [label for label, _ in data]
    values = [float(v) for _, v in data]
    shown = list(texts) if texts is not None else [_fmt(v) for v in values]
    option = _base(title)
    option["tooltip"] = {"trigger": "item", "renderMode": "richText", "confine": True}
    category: dict[str, Any] = {"type": "category", "data": labels, "axisLabel": {"interval": 0}}
    value_axis: dict[str, Any] = {"type": "value", "minInterval": 1 if maximum is None else 0}
    if maximum is not None:
        value_axis["max"] = maximum
    if horizontal:
        category["inverse"] = True
        option["xAxis"], option["yAxis"] = value_axis, category
        option["grid"]["right"] = 96  # room for the value printed after the longest bar
    else:
        category["axisLabel"]["rotate"] = 30 if len(labels) > 8 else 0
        option["xAxis"], option["yAxis"] = category, value_axis
    option["series"] = [
        {
            "name": value_name,
            "type": "bar",
            "data": [{"value": v, "label": {"formatter": t}} for v, t in zip(values, shown, strict=True)],
            "label": {"show": True, "position": "right" if horizontal else "top"},
            "barMaxWidth": 28,
        }
    ]
    height = max(160, 40 + 28 * len(labels)) if horizontal else 300
    rows = [(label, text) for label, text in zip(labels, shown, strict=True)]
    return Chart(key, title, option, ("", value_name), rows, height=height)


def word_cloud(key: str, title: str, words: Sequence[tuple[str, float]]) -> Chart:
    """A word cloud of ``(term, weight)`` (the ``echarts-wordcloud`` extension); the table lists
    the terms by weight."""
    ranked = sorted(words, key=lambda w: -w[1])
    option = _base(title)
    option.pop("grid")
    option["tooltip"] = {"trigger": "item", "renderMode": "richText", "confine": True}
    option["series"] = [
        {
            "type": "wordCloud",
            "shape": "circle",
            "sizeRange": [12, 44],
            "rotationRange": [0, 0],
            "gridSize": 6,
            "drawOutOfBound": False,
            "layoutAnimation": False,
            "data": [{"name": w, "value": float(v)} for w, v in ranked],
        }
    ]
    rows = [(w, _fmt(v)) for w, v in ranked]
    return Chart(key, title, option, ("词", "权重"), rows)


MAP_SOURCE = "mapSource"
"""Key of a map option naming the GeoJSON to register: ``{"name": ..., "url": ...}``.
``static/charts.js`` fetches it, calls ``echarts.registerMap`` and removes the key before drawing."""


def region_map(
    key: str,
    title: str,
    map_name: str,
    geojson_url: str,
    data: Sequence[tuple[str, float]],
    *,
    value_name: str = "数量",
) -> Chart:
    """A choropleth of ``(region name, value)`` over the regions of the GeoJSON at ``geojson_url``
    (features named by ``properties.name``, matching the names in ``data``).

    Not colour alone: each region is labelled with its name and value, and the table lists them.
    The shading runs light to dark, so it still orders the regions on a greyscale print.
    """
    values = [float(v) for _, v in data]
    option = _base(title)
    option.pop("grid")
    option["tooltip"] = {"trigger": "item", "renderMode": "richText", "confine": True}
    option[MAP_SOURCE] = {"name": map_name, "url": geojson_url}
    option["visualMap"] = {
        "type": "continuous",
        "min": 0,
        "max": max(values, default=0) or 1,
        "left": 8,
        "bottom": 8,
        "text": ["多", "少"],
        "calculable": False,
        "inRange": {"color": ["#e8eef7", PALETTE[0]]},
    }
    option["series"] = [
        {
            "name": value_name,
            "type": "map",
            "map": map_name,
            "roam": False,
            "label": {
                "show": True,
                "formatter": "{b}\n{c}",
                "fontSize": 11,
                "textBorderColor": "#fff",  # legible on the darkest shade
                "textBorderWidth": 2,
            },
            "itemStyle": {"borderColor": "#4a5568", "borderWidth": 0.8},
            "data": [{"name": name, "value": v} for (name, _), v in zip(data, values, strict=True)],
        }
    ]
    rows = [(name, _fmt(v)) for (name, _), v in zip(data, values, strict=True)]
    return Chart(key, title, option, ("", value_name), rows, height=420)
