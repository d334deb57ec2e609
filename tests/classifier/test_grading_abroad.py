"""An event abroad gets no 国内 grade, unless Chinese citizens are named among those involved."""

from __future__ import annotations

import pytest

from classifier.grading import propose
from models.enums import IncidentGrade

E, M, L = IncidentGrade.ESPECIALLY_MAJOR, IncidentGrade.MAJOR, IncidentGrade.LARGE


@pytest.mark.parametrize(
    ("text", "place", "deaths"),
    [
        ("秘鲁北部一辆长途客车坠入峡谷致25人死亡", "秘鲁", 25),
        ("孟加拉国一服装厂大楼倒塌 已致40人遇难", "孟加拉国", 40),
        ("俄西伯利亚一矿井瓦斯爆炸11死", "俄", 11),
        ("尼日利亚北部清真寺遇袭 至少30人丧生 无中国公民伤亡", "尼日利亚", 30),
        # a province of the country named is no county at home
        ("阿富汗赫尔曼德省路边炸弹爆炸致9人死亡", "阿富汗", 9),
        ("一名澳大利亚男子在美国商场开枪打死5人", "美国", 5),
    ],
)
def test_an_event_abroad_gets_no_grade_but_keeps_its_figures(text: str, place: str, deaths: int) -> None:
    p = propose(text)
    assert p.grade is None, p.reasons
    assert p.figures.deaths == deaths
    assert any(r.startswith(f"境外事件（原文“{place}”）：不适用国内突发事件分级") for r in p.reasons), p.reasons
    assert not any("→" in r for r in p.reasons), p.reasons  # no grade implied


@pytest.mark.parametrize(
    ("text", "grade", "chinese"),
    [
        ("越南一旅游大巴侧翻 5名中国游客遇难", L, "中国游客"),
        ("赴泰国旅游的团队遭遇车祸，3人死亡", L, "赴泰国旅游"),
        ("索马里海域一渔船遭劫持，12名中国船员失联", M, "中国船员"),
    ],
)
def test_abroad_with_chinese_citizens_keeps_the_grade_and_asks_to_check(
    text: str, grade: IncidentGrade, chinese: str
) -> None:
    p = propose(text)
    assert p.grade is grade, p.reasons
    assert any(f"涉及中国公民（原文“{chinese}”）" in r and "请核实" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # foreigners at home, an actor or a borrowed name are no place abroad
        ("3名美国游客在桂林漓江溺水身亡", L),
        ("江山市一化工厂爆炸致5人死亡，其中1名日本籍技术人员", L),
        ("佳源罗马都市小区发生火灾致3人死亡", L),
        ("日本驻华使馆证实：一辆载有日本游客的大巴在云南侧翻，10人死亡", M),
        ("贺村镇一化工企业仓库突发火灾 已造成3人死亡12人受伤", L),
    ],
)
def test_events_at_home_stay_graded(text: str, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.grade is grade, p.reasons
    assert not any(r.startswith("境外") for r in p.reasons), p.reasons


def test_an_island_or_city_named_without_its_country_is_abroad() -> None:
    p = propose("普吉岛一酒店发生爆炸造成40人死亡")
    assert p.grade is None, p.reasons
    assert any("境外事件（原文“普吉岛”）" in r for r in p.reasons), p.reasons
