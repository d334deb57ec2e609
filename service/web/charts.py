"""Server-side SVG charts (no JavaScript, no CDN): horizontal bars and vertical column series.

Labels are escaped by the templates' autoescape; the functions return plain data for the
``chart_*.svg`` macros rather than markup.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str
    y: float
    width: float


@dataclass(frozen=True)
class HBarChart:
    bars: list[Bar]
    height: float
    label_width: float = 150
    plot_width: float = 360


def hbars(data: list[tuple[str, float, str]], maximum: float | None = None, row: float = 26) -> HBarChart:
    """Horizontal bars for ``(label, value, value_text)``; widths scaled to ``maximum`` (or the max)."""
    top = maximum if maximum is not None else max((v for _, v, _ in data), default=0.0)
    chart = HBarChart(bars=[], height=max(row, row * len(data)) + 4)
    for i, (name, value, text) in enumerate(data):
        width = 0.0 if top <= 0 else chart.plot_width * max(0.0, value) / top
        chart.bars.append(Bar(name, value, text, 2 + i * row, width))
    return chart


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


def histogram(values: list[float], edges: list[float]) -> list[tuple[str, float]]:
    """Counts of ``values`` in ``[edges[i], edges[i+1])`` plus an open last bin, labelled in hours."""
    bins = [0] * len(edges)
    for v in values:
        idx = max(i for i, e in enumerate(edges) if v >= e) if v >= edges[0] else 0
        bins[idx] += 1
    labels = [f"{edges[i]:g}-{edges[i + 1]:g}h" for i in range(len(edges) - 1)] + [f"≥{edges[-1]:g}h"]
    return list(zip(labels, [float(b) for b in bins], strict=True))
