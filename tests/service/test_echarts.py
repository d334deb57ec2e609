"""The chart door: options are plain JSON, every chart carries its figures as a table, hostile
labels stay text, and the pinned ECharts files are what the pages load."""

from __future__ import annotations

import json
from pathlib import Path

from jinja2 import Environment, FileSystemLoader

from service.web.echarts import bar_chart, line_chart, word_cloud

WEB = Path(__file__).resolve().parents[2] / "service" / "web"


def render(chart: object) -> str:
    env = Environment(loader=FileSystemLoader(WEB / "templates"), autoescape=True)
    return env.from_string('{% from "_macros.html" import echart %}{{ echart(c) }}').render(c=chart)


def test_a_trend_carries_its_series_as_json_and_as_a_table() -> None:
    chart = line_chart(
        "vol", "传播趋势", ["08时", "09时"], {"条目": [1, 5], "负面": [0, 3]}, marks=[("09时", "首次发布")]
    )
    option = json.loads(json.dumps(chart.option))  # JSON-safe
    assert [s["data"] for s in option["series"]] == [[1.0, 5.0], [0.0, 3.0]]
    assert option["series"][0]["symbol"] != option["series"][1]["symbol"]  # not colour alone
    assert option["series"][0]["markLine"]["data"] == [{"xAxis": "09时", "name": "首次发布"}]
    assert chart.rows == [("08时", "1", "0"), ("09时", "5", "3")]


def test_bars_print_their_values_and_rank_from_the_top() -> None:
    chart = bar_chart("u", "按时率", [("市应急局", 0.9), ("区住建局", 0.5)], texts=["90%", "50%"], maximum=1)
    assert chart.option["yAxis"]["inverse"] is True
    assert chart.option["grid"]["right"] >= 80  # a full bar's "100%（12）" is not cut at the edge
    assert [d["label"]["formatter"] for d in chart.option["series"][0]["data"]] == ["90%", "50%"]
    assert chart.rows == [("市应急局", "90%"), ("区住建局", "50%")]


def test_a_hostile_label_stays_text_in_the_page() -> None:
    html = render(word_cloud("w", "热词", [("<script>alert(1)</script>", 3), ("暴雨", 5)]))
    assert "<script>" not in html
    assert "&lt;script&gt;" in html  # in the table and (escaped) in data-option
    assert html.index("暴雨") < html.index("&lt;script&gt;alert(1)&lt;/script&gt;</th>")  # ranked by weight


def test_an_empty_chart_says_so() -> None:
    html = render(bar_chart("e", "空", []))
    assert "暂无数据" in html and "data-option" not in html


def test_the_pages_load_the_pinned_library_from_the_service_itself() -> None:
    lock = json.loads((WEB / "assets" / "package-lock.json").read_text(encoding="utf-8"))
    assert lock["packages"]["node_modules/echarts"]["version"] == "5.6.0"
    vendor = WEB / "static" / "vendor"
    head = (vendor / "echarts.min.js").read_text(encoding="utf-8")[:4000]
    assert "5.6.0" in (vendor / "echarts.min.js").read_text(encoding="utf-8") and head
    macros = (WEB / "templates" / "_macros.html").read_text(encoding="utf-8")
    assert 'src="/static/vendor/echarts.min.js"' in macros and "http" not in macros.split("chart_scripts")[1][:400]


def test_a_share_of_nothing_is_a_gap_not_a_zero() -> None:
    """情感走势: an hour without items has no negative share; the line breaks there (ECharts draws
    no point for null) and the table says —, while a real 0 % stays a point."""
    from service.web.desk_story import sentiment_chart

    chart = sentiment_chart(["08时", "09时", "10时"], negative=[0, 1, 0], total=[0, 2, 3])
    option = json.loads(json.dumps(chart.option))
    assert option["series"][1]["data"] == [None, 50.0, 0.0]
    assert chart.rows == [("08时", "0", "—"), ("09时", "1", "50"), ("10时", "0", "0")]
