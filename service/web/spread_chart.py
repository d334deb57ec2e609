"""The 传播路径 timeline of an event page: items by time (x) and source tier (y), drawn by ECharts.

Built from :class:`~service.queries.spread.SpreadPath`: the 首发 is a pin labelled 首发, other items
are circles and reprints (转载) triangles, sized by their 转载 count; the hours the volume jumped are
shaded bands, and the first official response is a vertical line across every tier, so the desk
sees whether the official voice came before or after the spread. The table under the chart lists
those moments in time order (readable without colour and on paper).

Times are Asia/Shanghai whatever the browser's zone: points are placed at their local wall-clock
time written as UTC, and the option sets ``useUTC`` so ECharts labels them as such.
"""

from __future__ import annotations

import html
import math
from datetime import UTC, datetime, timedelta
from typing import Any

from models.enums import SourceTier
from models.timeutil import to_local
from service.queries.spread import SpreadItem, SpreadPath
from service.web.echarts import PALETTE, Chart
from service.web.render import plain

MAIN_TIERS = (SourceTier.OFFICIAL, SourceTier.MAINSTREAM, SourceTier.SELF_MEDIA, SourceTier.FORUM, SourceTier.HOTLINE)
"""Always on the axis, so an empty 官方 row shows the official voice is missing."""
TITLE_CHARS = 40
TIME_LABELS = {"year": "{yyyy}", "month": "{MM}月", "day": "{MM}-{dd}", "hour": "{HH}:{mm}", "minute": "{HH}:{mm}"}
"""Axis labels by level (ECharts' own would follow the browser's language and zone)."""


def _ms(at: datetime) -> int:
    """Milliseconds of ``at``'s Shanghai wall-clock time read as UTC (see module doc)."""
    return int(to_local(at).replace(tzinfo=UTC).timestamp() * 1000)


def _when(at: datetime) -> str:
    return to_local(at).strftime("%m-%d %H:%M")


def _text(title: str) -> str:
    """A scraped title as plain text (tags dropped, as on the rest of the page); escaped later."""
    return html.unescape(str(plain(title)))


def _point(item: SpreadItem, tier_label: str) -> dict[str, Any]:
    title = _text(item.title)
    title = title if len(title) <= TITLE_CHARS else title[:TITLE_CHARS] + "…"
    heat = f"（转载 {item.copies}）" if item.copies else ""
    return {
        "value": [_ms(item.published_at), tier_label],
        "name": f"{_when(item.published_at)} {item.source_name}：{title}{heat}",
        "symbolSize": round(9 + min(14.0, 4 * math.sqrt(item.copies))),
    }


def spread_chart(path: SpreadPath, key: str = "spread") -> Chart:
    """The timeline chart of ``path`` (empty, shown as 暂无数据, when the user sees no item)."""
    tiers = [*MAIN_TIERS, *(t for t, _ in path.tiers if t not in MAIN_TIERS)]
    title = "传播路径（按时间与来源类型）"
    series: list[dict[str, Any]] = []
    for i, (name, symbol, items) in enumerate(
        (
            ("首发", "pin", [path.first] if path.first else []),
            ("条目", "circle", [x for x in path.items[1:] if not x.reprint]),
            ("转载", "triangle", [x for x in path.items[1:] if x.reprint]),
        )
    ):
        series.append(
            {
                "name": name,
                "type": "scatter",
                "symbol": symbol,
                "itemStyle": {"color": PALETTE[[1, 0, 2][i]], "opacity": 0.85},
                "data": [_point(x, x.tier.label) for x in items],
            }
        )
    first = series[0]
    first["symbolSize"] = 30
    for point in first["data"]:
        point["symbolSize"] = 30
    first["label"] = {"show": True, "formatter": "首发", "position": "top"}
    first["z"] = 3
    rows: list[tuple[datetime, str, str]] = []
    if path.first:
        f = path.first
        rows.append((f.published_at, "首发", f"{f.source_name}（{f.tier.label}）：{_text(f.title)}"))
    if path.jumps:
        first["markArea"] = {
            "silent": True,
            "itemStyle": {"color": "rgba(183,121,31,0.18)"},
            "label": {"position": "insideTop", "formatter": "{b}"},
            "data": [
                [{"xAxis": _ms(j.start), "name": f"跃升 {j.count} 条"}, {"xAxis": _ms(j.end)}] for j in path.jumps
            ],
        }
        for j in path.jumps:
            rows.append((j.start, "量级跃升", f"{j.label}：{j.count} 条（此前中位数 {j.baseline:g} 条/小时）"))
    if path.peak:
        rows.append((path.peak.start, "传播高峰", f"{path.peak.label}：{path.peak.count} 条"))
    r = path.response
    if r is not None:
        first["markLine"] = {
            "symbol": "none",
            "lineStyle": {"type": "dashed", "width": 2, "color": PALETTE[3]},
            "label": {"formatter": "{b}", "position": "insideEndTop"},
            "data": [{"xAxis": _ms(r.at), "name": f"官方首次回应 {_when(r.at)}"}],
        }
        rows.append((r.at, "官方首次回应", f"案件 {r.case_id}，{r.channel or '渠道未注明'}"))
    times = [x.published_at for x in path.items] + ([r.at] if r else [])
    option: dict[str, Any] = {
        "useUTC": True,
        "aria": {"enabled": True, "label": {"description": title}, "decal": {"show": True}},
        "color": PALETTE,
        "animation": False,
        "legend": {"top": 4},
        "tooltip": {"trigger": "item", "renderMode": "richText", "confine": True, "formatter": "{b}"},
        "grid": {"left": 24, "right": 32, "top": 48, "bottom": 32, "containLabel": True},
        "xAxis": {
            "type": "time",
            "axisLabel": {"hideOverlap": True, "formatter": TIME_LABELS},
            "splitLine": {"show": True, "lineStyle": {"type": "dotted"}},
        },
        "yAxis": {"type": "category", "data": [t.label for t in tiers], "inverse": True, "splitLine": {"show": True}},
        "series": series,
    }
    if times:
        pad = max((max(times) - min(times)) / 20, timedelta(minutes=20))
        option["xAxis"]["min"] = _ms(min(times) - pad)
        option["xAxis"]["max"] = _ms(max(times) + pad)
    table = tuple((what, _when(at), text) for at, what, text in sorted(rows, key=lambda row: row[0]))
    return Chart(key, title, option, ("标记", "时间", "说明"), table, height=90 + 44 * len(tiers))
