"""Grade rules on written examples: figures in Arabic and Chinese numerals mapped to 事件等级."""

from __future__ import annotations

import pytest

from classifier.grading import extract_figures, propose
from classifier.numbers import chinese_to_int
from models.enums import EventType, IncidentGrade

E, M, L, G = (
    IncidentGrade.ESPECIALLY_MAJOR,
    IncidentGrade.MAJOR,
    IncidentGrade.LARGE,
    IncidentGrade.GENERAL,
)


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("三", 3),
        ("十", 10),
        ("十二", 12),
        ("二十九", 29),
        ("三十", 30),
        ("一百零五", 105),
        ("两千", 2000),
        ("一千二百万", 12_000_000),
        ("一亿二千万", 120_000_000),
    ],
)
def test_chinese_numerals(numeral: str, value: int) -> None:
    assert chinese_to_int(numeral) == value


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("某厂房发生坍塌事故，造成2人死亡", G),
        ("某厂房发生坍塌事故，造成3人死亡", L),
        ("隧道施工发生事故，九人遇难", L),
        ("矿井透水事故已致10人死亡", M),
        ("化工厂爆炸事故造成二十九人死亡", M),
        ("化工厂爆炸事故造成三十人死亡", E),
        ("客车侧翻，9人重伤", G),
        ("客车侧翻，10人重伤", L),
        ("爆炸造成五十名工人重伤", M),
        ("踩踏事故造成100人重伤", E),
        ("仓库火灾，直接经济损失约900万元", G),
        ("仓库火灾，直接经济损失约1200万元", L),
        ("仓库火灾，直接经济损失达5000万元", M),
        ("仓库火灾，直接经济损失1.2亿元", E),
        ("仓库火灾，直接经济损失三千万元", L),
        ("山体滑坡，5人失踪", L),
        ("货车相撞，十二人受伤", L),
        ("一辆货车侧翻，司机受轻伤", G),
    ],
)
def test_statutory_grades(text: str, grade: IncidentGrade) -> None:
    proposal = propose(text)
    assert proposal.grade is grade, (text, proposal)
    assert proposal.reasons, "a proposed grade must say why"


def test_the_most_severe_figure_decides_and_every_figure_is_a_reason() -> None:
    p = propose("某化工厂发生爆炸事故，造成3人死亡、十二人受伤，直接经济损失约6000万元")
    assert p.grade is M
    assert p.event_type is EventType.ACCIDENT
    text = " ".join(p.reasons)
    assert "死亡3人" in text and "受伤12人" in text and "6000万元" in text
    assert p.figures.deaths == 3 and p.figures.injured == 12 and p.figures.loss_yuan == 60_000_000


def test_no_emergency_no_grade() -> None:
    p = propose("小区停水三天了，物业一直没人管")
    assert p.grade is None
    assert p.event_type is EventType.LIVELIHOOD
    assert p.reasons == ()


def test_emergency_without_figures_is_general() -> None:
    p = propose("暴雨导致城区多处内涝")
    assert p.event_type is EventType.NATURAL_DISASTER
    assert p.grade is G
    assert any("一般" in r for r in p.reasons)


def test_numbers_that_are_not_casualties_are_ignored() -> None:
    f = extract_figures("2023年共有1200万元资金用于3个小区改造，惠及500人")
    assert (f.deaths, f.serious, f.injured, f.loss_yuan) == (0, 0, 0, 0.0)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("新冠疫情出现聚集性病例", EventType.PUBLIC_HEALTH),
        ("学校发生食物中毒，30名学生送医", EventType.PUBLIC_HEALTH),
        ("有人持刀伤人", EventType.SOCIAL_SECURITY),
        ("关于新出台的补贴标准政策解读", EventType.POLICY_CONCERN),
        ("今天天气很好", EventType.OTHER),
    ],
)
def test_event_types(text: str, kind: EventType) -> None:
    assert propose(text).event_type is kind
