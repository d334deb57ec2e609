"""Server-side SVG column charts (no JavaScript, no CDN): what the event page still draws.

The other pages draw with Apache ECharts (:mod:`service.web.echarts`); this module goes once the
event page does too.

Labels are escaped by the templates' autoescape; the functions return plain data for the
``chart_*.svg`` macros rather than markup.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    label: str
    value: float
    x: float
    y: float
    height: float


@dataclass(frozen=True)
class ColumnChart:
    columns: list[Column]
    width: float
    height: float
    base: float
    column_width: float
    maximum: float


def columns(data: list[tuple[str, float]], height: float = 160, column_width: float = 34) -> ColumnChart:
    """Vertical columns for ``(label, value)``, e.g. a distribution or a daily trend."""
    top = max((v for _, v in data), default=0.0)
    base = height - 24
    cols = []
    for i, (name, value) in enumerate(data):
        h = 0.0 if top <= 0 else (base - 16) * value / top
        cols.append(Column(name, value, 8 + i * (column_width + 6), base - h, h))
    width = max(200.0, 16 + len(data) * (column_width + 6))
    return ColumnChart(cols, width, height, base, column_width, top)
