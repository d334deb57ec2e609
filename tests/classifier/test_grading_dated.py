"""Grade rules for earlier events told by their date in a report of a new incident: a day told as
background (``5月2日发生在…的``), a month written with another year, ``曾报道``, and a relative day
whose incident follows a comma (``昨晚，…起火``)."""

from __future__ import annotations

import pytest

from classifier.dated import (
    incidents_this_year,
    month_of,
    new_incidents,
    present_sentences,
    told_by_day,
    year_written,
)
from classifier.grading import propose
from models.enums import IncidentGrade
from tests.classifier.grades import assert_left_out

M, L, G = IncidentGrade.MAJOR, IncidentGrade.LARGE, IncidentGrade.GENERAL


@pytest.mark.parametrize(
    ("text", "deaths", "grade"),
    [
        # a day told as background, a new incident in another sentence
        ("今晨，河口乡一处民宅失火，1人被烧伤。5月2日发生在该乡的一起火灾曾致6人遇难。", 0, G),
        ("昨晚，一辆货车在国道侧翻，司机受轻伤。而8月17日在同一弯道发生的客车坠崖事故造成14人死亡。", 0, G),
        ("今日上午，该矿井下又发生一起冒顶，1名矿工受伤。2月9日发生的透水事故共造成11人遇难。", 0, G),
        # the background's words after a comma, a new incident told by its verb (追尾)
        ("昨晚，两辆轿车在环城路追尾，1人轻伤。11月2日，同一路口发生的一起车祸曾致3人死亡。", 0, G),
        # any day, beside a repeat told as such
        ("记者了解到，7月9日该村一处民房垮塌，造成5人死亡。今天，该村又一处民房垮塌，2人受伤。", 0, G),
        # 曾报道: a story told earlier
        ("9月3日，本台曾报道一化工厂爆燃事故，致13人死亡。今天，该厂另一车间起火，无人员伤亡。", 0, G),
    ],
)
def test_an_earlier_event_told_by_its_day_is_left_out(text: str, deaths: int, grade: IncidentGrade) -> None:
    assert_left_out(text, deaths, grade)


@pytest.mark.parametrize(
    ("text", "deaths", "grade"),
    [
        # the incident reported, dated by its day: no new incident elsewhere
        (
            "关于龙溪村山体滑坡的情况通报：6月14日凌晨，龙溪村发生山体滑坡，造成4人死亡、2人受伤。"
            "这起事故发生后，县政府立即启动应急响应。",
            4,
            L,
        ),
        ("3月8日发生的化工厂爆炸事故，目前已造成11人死亡。今天上午，事故现场发生二次闪爆，无人员伤亡。", 11, M),
        ("9月20日晚发生在城西的一起车祸造成3人死亡，肇事司机已被控制。", 3, L),
    ],
)
def test_the_incident_reported_dated_by_its_day_keeps_its_toll(text: str, deaths: int, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.figures.deaths == deaths, p.reasons
    assert p.grade is grade, p.reasons


def test_a_month_of_another_year_is_an_earlier_event_when_an_incident_of_this_year_is_dated_by_its_day() -> None:
    text = "8月3日，石门镇突发山洪，1名村民被冲走遇难。2016年8月，该镇曾因洪灾致19人死亡失踪。"
    assert propose(text).grade is G
    text = "8月3日，石门镇突发山洪，1名村民被冲走遇难。2016年8月，该镇一场洪灾造成19人死亡失踪。"
    p = propose(text)
    assert (p.figures.deaths, p.figures.missing, p.grade) == (1, 0, G), p.reasons
    # alone, the month's event is the one reported
    assert propose("2016年8月，该镇一场洪灾造成19人死亡失踪。").grade is M


def test_an_earlier_month_of_this_year_is_an_earlier_event_beside_an_incident_dated_by_its_day() -> None:
    text = "今年6月，该矿发生透水事故致5人死亡。10月8日，该矿一处巷道发生冒顶，2名矿工受伤。"
    p = propose(text)
    assert (p.figures.deaths, p.grade) == (0, G), p.reasons
    # the same month: the day may be the month's event itself
    text = "今年6月，全县遭遇强降雨，4人死亡。6月20日，山洪冲毁桥梁，发生断路。"
    assert propose(text).figures.deaths == 4


def test_a_month_is_an_earlier_event_when_a_relative_day_reports_this_one_after_a_comma() -> None:
    text = "上个月该区一处工地塔吊倒塌，致5人死亡。昨晚，区内一家餐馆燃气泄漏起火，2人轻伤。"
    p = propose(text)
    assert (p.figures.deaths, p.grade) == (0, G), p.reasons


def test_the_date_readers() -> None:
    assert told_by_day("据悉，4月30日发生在该县的火灾") is not None
    assert told_by_day("4月30日凌晨，该县一民房起火") is None
    assert new_incidents("昨日下午，一厂房坍塌。记者获悉") == [(0, False)]
    assert new_incidents("记者获悉。该矿又发生一起冒顶") == [(5, True)]
    assert new_incidents("记者获悉。今天现场再次发生塌方") == [(5, False)]
    assert new_incidents("记者昨日获悉，事故已致3人死亡") == []
    assert new_incidents("昨日，记者从事故调查组获悉") == []
    assert year_written("2019年5月，该厂", 5) and not year_written("今年5月，该厂", 2)
    assert incidents_this_year("去年。5月6日，山区发生滑坡") == [(3, 5)]
    assert incidents_this_year("去年。十一月六日，山区发生滑坡") == [(3, 11)]
    assert month_of("今年8月，该矿", 2) == 8 and month_of("上个月，该矿", 0) is None
    assert present_sentences("2019年5月，该厂起火。目前，伤者已出院") == [13]
    assert incidents_this_year("2019年5月6日，山区发生滑坡") == []


@pytest.mark.parametrize(
    "text",
    [
        "今年汛期，全市暴雨已致1人死亡。2016年7月，该市遭遇特大洪涝，41人死亡失踪。",
        "近日，我区遭遇强对流天气，造成2人死亡。2019年8月，台风过境时曾有35人遇难。",
    ],
)
def test_a_month_written_with_another_year_is_history_beside_the_present(text: str) -> None:
    p = propose(text)
    assert p.grade is G, p.reasons
    assert any(r.startswith("未计入（其他或以往事件）") for r in p.reasons), p.reasons


def test_a_month_written_with_its_year_keeps_its_toll_without_the_present() -> None:
    p = propose("2023年8月，某地发生山洪，造成10人死亡。事故中还有5人受伤。")
    assert p.grade is M, p.reasons
