"""Grade rules for figures short of their number (``近30人``), losses an incident caused that are not
said to be direct, a drill's imagined scene, and an incident told beside a tally."""

from __future__ import annotations

import pytest

from classifier.grading import propose
from models.enums import IncidentGrade
from tests.classifier.grades import E, G, L, M


@pytest.mark.parametrize(
    ("text", "grade", "check"),
    [
        ("高速路段大雾致多车连撞，将近30人遇难", M, "若达30人则为特别重大"),
        ("隧道塌方已造成近10人死亡", L, "若达10人则为重大"),
        ("烟花厂爆炸事故造成接近50人重伤", L, "若达50人则为重大"),
        ("仓库大火直接经济损失近5000万元", L, "若达5000万元则为重大"),
        ("商场火灾直接经济损失近1亿元", M, "若达1亿元则为特别重大"),
    ],
)
def test_a_figure_short_of_a_threshold_is_graded_below_it_and_the_desk_asked(
    text: str, grade: IncidentGrade, check: str
) -> None:
    p = propose(text)
    assert p.grade is grade, p.reasons
    assert any("约数，不足" in r and check in r for r in p.reasons), p.reasons


def test_a_figure_short_of_a_number_that_is_no_threshold_keeps_its_grade() -> None:
    p = propose("渡船翻沉事故已致近20人遇难")
    assert p.grade is M
    assert not any("请核实" in r for r in p.reasons), p.reasons
    # 约 is about, either side: graded as written
    assert propose("渡船翻沉事故已致约30人遇难").grade is E


@pytest.mark.parametrize(
    ("text", "yuan", "grade"),
    [
        ("据初步估算，这场火灾造成损失约1800万元", 18_000_000, L),
        ("暴雨灾害导致的损失超过6000万元", 60_000_000, M),
        ("经核算，此次爆炸事故损失逾亿元", 100_000_000, E),
        ("龙卷风灾害给沿线村庄带来的损失约1200万元", 12_000_000, L),
        ("山火烧毁林木和民房，损失约1.5亿元", 150_000_000, E),
        # 千余万: a thousand 万 and more
        ("火灾造成经济损失千余万元", 10_000_000, L),
    ],
)
def test_the_loss_an_incident_caused_counts_with_a_note_that_direct_is_not_said(
    text: str, yuan: float, grade: IncidentGrade
) -> None:
    p = propose(text)
    assert p.figures.loss_yuan == yuan, p.reasons
    assert p.grade is grade, p.reasons
    assert any("未写明为直接经济损失" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "他被骗子骗走积蓄，损失3000万元",
        "开发商违约给业主造成损失2000多万元",
        "事故造成间接损失4000万元",
    ],
)
def test_a_loss_without_an_incident_or_an_indirect_one_is_no_figure(text: str) -> None:
    assert propose(text).figures.loss_yuan == 0


def test_a_drill_imagining_a_poisoning_reports_no_incident() -> None:
    p = propose("区卫健局组织突发公共卫生事件演练，模拟一所学校30名学生集体中毒，2人死亡")
    assert p.grade is None, p.reasons
    assert p.figures.deaths == 0


def test_an_incident_told_beside_a_tally_is_graded() -> None:
    text = "昨晚，城北一处废品站起火，约半小时后被扑灭，未造成人员伤亡。今年以来全区共发生火灾58起，死亡4人。"
    p = propose(text)
    assert (p.grade, p.figures.deaths) == (G, 0), p.reasons
    # a tally alone is no incident
    assert propose("今年以来全区共发生火灾58起，死亡4人，无较大火灾").grade is None


def test_person_times_are_no_people() -> None:
    p = propose("县人民医院累计接诊伤病员260人次")
    assert (p.figures.injured, p.grade) == (0, None), p.reasons
    assert propose("车祸造成3人死亡，医院收治伤员12人").figures.deaths == 3


@pytest.mark.parametrize(
    ("text", "grade", "guess"),
    [
        ("某矿透水事故，死亡人数可能超过30人", E, "可能超过30人"),
        ("一煤矿发生瓦斯爆炸，恐已有12人遇难", M, "恐已有12人遇难"),
        ("强降雨致全县预计直接经济损失达1500万元", L, "预计直接经济损失达1500万元"),
        ("一化工厂爆炸，据传3人死亡，官方尚未通报", L, "据传3人死亡"),
        ("景区索道发生事故，网传5人失踪", L, "网传5人失踪"),
        ("网友爆料称事故致3人死亡，官方尚未回应", L, "爆料称事故致3人死亡"),
        # hearsay further back in the toll's clause
        ("网传城北批发市场昨夜大火致4人遇难，官方尚未通报", L, "网传城北批发市场昨夜大火致4人遇难"),
    ],
)
def test_a_toll_given_as_a_guess_keeps_its_grade_and_the_desk_is_asked(
    text: str, grade: IncidentGrade, guess: str
) -> None:
    p = propose(text)
    assert p.grade is grade, p.reasons
    assert f"原文“{guess}”为推测或未经证实的说法，请核实" in p.reasons, p.reasons


@pytest.mark.parametrize(
    "text",
    [
        # what is unsure is the cause, or the report as a whole, not the toll
        "事故造成3人死亡，可能与违规操作有关",
        "某县一民房起火，造成3人死亡。起火原因可能是电线老化",
        "据悉，一辆大巴侧翻，已致11人死亡",
        "据称，城北批发市场昨夜大火已致4人遇难",
        "听说了吗，城北批发市场昨夜大火已致4人遇难",
        # hearsay the officials confirmed
        "网传“城北批发市场大火致4人遇难”？消防部门：属实",
    ],
)
def test_a_hedge_outside_the_tolls_clause_asks_nothing(text: str) -> None:
    p = propose(text)
    assert p.grade is not None and not any("推测" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("地震造成近7万人遇难", "deaths", 70_000),
        ("强震已致2.4万余人死亡", "deaths", 24_000),
        ("踩踏事故造成1.2万人受伤", "injured", 12_000),
        ("暴雨致1万人被困，3人死亡", "deaths", 3),
    ],
)
def test_arabic_figures_with_wan_are_read_whole(text: str, field: str, value: int) -> None:
    """``7万人`` is seventy thousand, not the 万 alone (ten thousand)."""
    p = propose(text)
    assert getattr(p.figures, field) == value, p.reasons


def test_an_amount_told_as_a_range_is_read_at_its_low_end() -> None:
    from classifier.numbers import parse_amount

    assert [parse_amount(a) for a in ("两三千万", "三四百万", "一两亿", "五六十万", "3000万", "两千五六百万")] == [
        2e7,
        3e6,
        1e8,
        5e5,
        3e7,
        2.5e7,  # (of 万, not 两千五六 of 百万)
    ]
