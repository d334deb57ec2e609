"""The leadership page's views of the timeliness review: the 考核 ranking (order, ties, units with
nothing decided), the charts built from it, and the page showing them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from models.timeliness import Tally
from models.timeutil import SHANGHAI
from service.review import UnitReview
from service.web.leader_views import daily_chart, histogram, ranking, ranking_chart, rule_chart


def unit(uid: str, name: str, on_time: int, late: int = 0, overdue: int = 0, median: float | None = None) -> UnitReview:
    return UnitReview(
        uid, name, cases=on_time + late + overdue, overall=Tally(on_time, late, overdue), median_first_release_h=median
    )


def test_the_ranking_puts_the_best_first_and_explains_ties() -> None:
    units = [
        unit("a", "甲局", 1, late=1, median=2.0),  # 50%
        unit("b", "乙局", 4, median=3.0),  # 100%, slower first release
        unit("c", "丙局", 2, median=1.0),  # 100%, fastest
        unit("d", "丁局", 1, overdue=1, median=0.5),  # 50% but one still overdue: after 甲局
        unit("e", "戊局", 3, median=3.0),  # equal to 乙局 on every criterion
        unit("f", "己局", 0),  # nothing decided: not ranked
        unit("g", "庚局", 2),  # 100%, no first release yet: after those with one
    ]
    rows = ranking(units)
    assert [(r.rank, r.unit.unit_name, r.tied) for r in rows] == [
        (1, "丙局", False),
        (2, "乙局", True),  # tied, more decided deadlines listed first
        (2, "戊局", True),
        (4, "庚局", False),
        (5, "甲局", False),
        (6, "丁局", False),
        (None, "己局", False),
    ]
    chart = ranking_chart(rows)
    labels = chart.option["yAxis"]["data"]
    assert labels[:3] == ["1. 丙局", "2=. 乙局", "2=. 戊局"] and len(labels) == 6  # 己局 has no rate
    assert [d["label"]["formatter"] for d in chart.option["series"][0]["data"]][:2] == ["100%（2）", "100%（4）"]


def test_first_release_times_in_bins_and_every_day_in_the_trend() -> None:
    assert histogram([0.5, 1.0, 30.0, 4.9], [0.0, 1.0, 5.0]) == [("0-1小时", 1.0), ("1-5小时", 2.0), ("≥5小时", 1.0)]
    since = datetime(2026, 7, 1, tzinfo=SHANGHAI)
    chart = daily_chart(
        [since + timedelta(hours=3), since + timedelta(days=2, hours=1)], since, since + timedelta(days=4)
    )
    assert chart.option["xAxis"]["data"] == ["07-01", "07-02", "07-03", "07-04"]
    assert chart.option["series"][0]["data"] == [1.0, 0.0, 1.0, 0.0]  # a quiet day is a zero
    assert daily_chart([], since, since + timedelta(days=4)).empty


def test_the_leader_page_shows_the_ranking_and_the_charts(
    api_login: Any, web_login: Any, users: dict[str, str], seed: Any
) -> None:
    event, _ = seed()
    desk = api_login(users["desk"])
    r = desk.post(f"/api/v1/events/{event.id}/dispatch", json={"lead_unit": "hushan"})
    assert r.status_code in (200, 201), r.text
    leader, _ = web_login(users["leader"])
    html = leader.get("/leader").text
    assert 'id="ranking"' in html and "排名规则" in html and "并列" in html
    assert '<tr data-unit="hushan"><td class="rank">未排名</td>' in html  # nothing decided yet
    for key in ("ranking", "rules", "first-release", "daily", "topics", "grades"):
        assert f'id="figure-{key}"' in html
    assert 'id="chart-daily"' in html and 'id="chart-topics"' in html  # one event: drawn
    assert "hbar" not in html and "/static/vendor/echarts.min.js" in html


def test_the_brief_buttons_follow_the_period_chosen_on_the_page(
    api_login: Any, web_login: Any, users: dict[str, str]
) -> None:
    """日报 of the chosen 止 date (the last full day by default, as ``yuqing brief``), 周报 of the
    7 days ending with it, each as Word, Excel and PDF, labelled so."""
    import io

    import lxml.html
    from docx import Document

    from models.timeutil import to_local

    leader, _ = web_login(users["leader"])
    today = to_local(datetime.now(UTC)).date()
    yesterday = today - timedelta(days=1)

    def buttons(query: str = "") -> dict[str, tuple[str, str]]:
        page = lxml.html.fromstring(leader.get(f"/leader{query}").text)
        return {a.get("data-brief-link"): (a.text_content(), a.get("href")) for a in page.xpath("//*[@id='briefs']//a")}

    def periods(query: str = "") -> list[str]:
        page = lxml.html.fromstring(leader.get(f"/leader{query}").text)
        return [p.text_content().strip() for p in page.xpath("//*[@id='briefs']//span[@class='brief-period']")]

    default = buttons()
    if to_local(datetime.now(UTC)).date() != today:  # Beijing midnight passed during the request: read again
        today = to_local(datetime.now(UTC)).date()
        yesterday = today - timedelta(days=1)
        default = buttons()
    assert {k: v[0] for k, v in default.items()} == {
        f"{kind}-{fmt}": f"{title} {label}"
        for kind, title in (("daily", "日报"), ("weekly", "周报"))
        for fmt, label in (("docx", "Word"), ("xlsx", "Excel"), ("pdf", "PDF"))
    }
    assert all(href.endswith(f"?day={yesterday.isoformat()}") for _label, href in default.values())
    assert buttons(f"?end={today.isoformat()}") == default  # today is not over: still the last full day
    week_start = yesterday - timedelta(days=6)
    assert periods() == [f"日报（{yesterday}）：", f"周报（{week_start} 至 {yesterday}）："]

    chosen = "?start=2026-06-01&end=2026-06-20"
    assert all(href.endswith("?day=2026-06-20") for _label, href in buttons(chosen).values())
    assert periods(chosen) == ["日报（2026-06-20）：", "周报（2026-06-14 至 2026-06-20）："]
    docx = leader.get(buttons(chosen)["daily-docx"][1])
    assert docx.status_code == 200
    texts = [p.text for p in Document(io.BytesIO(docx.content)).paragraphs]
    assert "统计时段：2026-06-20 00:00 至 2026-06-21 00:00（北京时间）" in texts
    weekly = leader.get(buttons(chosen)["weekly-docx"][1])
    texts = [p.text for p in Document(io.BytesIO(weekly.content)).paragraphs]
    assert "统计时段：2026-06-14 00:00 至 2026-06-21 00:00（北京时间）" in texts


def test_the_rule_chart_leaves_out_rules_with_nothing_due() -> None:
    """A period whose deadlines are all still running has no rate to draw: 暂无数据, not an empty
    chart of bars labelled —; a rule with nothing due is left out beside one that has a rate."""
    from service.review import Review

    def review(per_rule: dict[str, Tally]) -> Review:
        now = datetime.now(UTC)
        labels = {"sign": "签收", "first_release": "首次发布权威信息", "press_conference": "新闻发布会"}
        return Review(now - timedelta(days=7), now, [], labels, [], [], per_rule)

    running = review({"sign": Tally(pending=1), "first_release": Tally(pending=1), "press_conference": Tally()})
    assert rule_chart(running).empty
    some = rule_chart(review({"sign": Tally(on_time=1), "first_release": Tally(pending=1)}))
    assert some.option["yAxis"]["data"] == ["签收"] and [r[0] for r in some.rows] == ["签收"]
