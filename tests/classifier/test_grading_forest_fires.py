"""A forest fire graded by the forest it damaged (森林防火条例 第四十条: from 1 hectare 较大, from 100
重大, from 1,000 特别重大), its area burned over a figure for the desk to check, and areas that are
no forest fire's left alone."""

from __future__ import annotations

import pytest

from classifier.casualty_tokens import Kind
from classifier.grading import propose
from models.enums import EventType, IncidentGrade

G, L, M, E = IncidentGrade.GENERAL, IncidentGrade.LARGE, IncidentGrade.MAJOR, IncidentGrade.ESPECIALLY_MAJOR


@pytest.mark.parametrize(
    ("text", "hectares", "grade"),
    [
        ("某林场发生森林火灾，受害森林面积约120公顷，无人员伤亡", 120, M),
        ("某县山火经扑救已全部扑灭，森林受害面积0.6公顷", 0.6, G),
        ("东山林区发生森林火灾，受害森林面积1公顷", 1, L),  # 以上 includes the number
        ("北坡林区发生森林火灾，受害森林面积达1000公顷", 1000, E),
        ("西岭林场发生森林火灾，受害森林面积999公顷", 999, M),
        ("某地山火烧毁林地200余亩，火势已得到控制", 200 / 15, L),  # 15 亩 to a hectare
        ("某村山火烧毁山林14亩", 14 / 15, G),
        ("某县林区山火，受害森林面积1.8万亩", 1200, E),
        ("某村发生林地火灾，约0.5公顷林地被烧毁", 0.5, G),
        ("某县发生一起森林火灾，经核查，过火面积1500公顷，其中受害森林面积860公顷", 860, M),
    ],
)
def test_a_forest_fire_is_graded_by_the_forest_it_damaged(text: str, hectares: float, grade: IncidentGrade) -> None:
    p = propose(text)
    found = p.figures.report.figures[Kind.FOREST]
    assert found.value == pytest.approx(hectares)
    assert found.quote in text
    assert p.grade is grade, p.reasons
    (reason,) = [r for r in p.reasons if r.startswith("受害森林面积")]
    assert f"（原文“{found.quote}”）" in reason and reason.endswith(f"→ {grade.label}")


def test_nearly_a_hundred_hectares_are_fewer_than_a_hundred() -> None:
    p = propose("某县发生森林火灾，受害森林面积近100公顷")
    assert p.grade is L, p.reasons
    assert any("若达100公顷则为重大，请核实" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    ("text", "check"),
    [
        ("某县森林火灾过火面积约150公顷，扑火中2名扑火队员牺牲", "若其中受害森林面积达100公顷则为重大，请核实"),
        ("某市山火明火已扑灭，火场面积约3平方公里", "若其中受害森林面积达100公顷则为重大，请核实"),
        ("林区突发山火，过火面积2500公顷", "若其中受害森林面积达1000公顷则为特别重大，请核实"),
    ],
)
def test_the_area_burned_over_is_no_grade_but_a_check(text: str, check: str) -> None:
    p = propose(text)
    assert Kind.BURNED in p.figures.report.figures
    assert p.grade is G, p.reasons  # 过火面积 holds land other than forest: the grade stays
    (reason,) = [r for r in p.reasons if r.startswith("过火面积")]
    assert "未计入" in reason and check in reason


@pytest.mark.parametrize(
    "text",
    [
        "某小区一住宅起火，过火面积约50平方米，无人员伤亡",  # a building's, no forest's
        "松材线虫病受害面积3万亩，火速开展除治",  # a pest's
        "某村发生山火，扑救中烧伤1人，山林周边有耕地300亩",  # fields beside it, no area of the fire
    ],
)
def test_areas_that_are_no_forest_fires_are_not_read(text: str) -> None:
    p = propose(text)
    figures = p.figures.report.figures
    assert Kind.FOREST not in figures and Kind.BURNED not in figures, p.reasons
    assert p.grade in (None, G), p.reasons


def test_a_tally_and_an_earlier_fire_are_not_this_fire() -> None:
    tally = propose("今年以来，全省共发生森林火灾12起，受害森林面积30公顷")
    assert tally.grade is None, tally.reasons
    earlier = propose("2019年该县曾发生森林火灾，受害森林面积达1200公顷；本次山火过火面积约5亩")
    assert Kind.FOREST not in earlier.figures.report.figures
    assert earlier.grade is G, earlier.reasons
    assert any("以往事件" in r for r in earlier.reasons), earlier.reasons


def test_a_name_holding_lin_makes_no_building_fire_a_forest_fire() -> None:
    p = propose("林某家中起火，过火面积约50平方米，无人员伤亡")
    assert Kind.BURNED not in p.figures.report.figures, p.reasons


def test_a_forest_fire_and_the_fire_words_telling_it_are_a_natural_disaster() -> None:
    """森林草原火灾 are 自然灾害 (国家突发公共事件总体应急预案 1.3), however many fire words tell its course."""
    p = propose(
        "11月30日14时许，塘源口乡洪福村后山发生森林火灾。火情发生后，各方迅速组织扑救，经过6个多小时的扑救，"
        "明火于当晚20时许被扑灭，起火原因正在调查中。"
    )
    assert p.event_type is EventType.NATURAL_DISASTER, p.event_terms
    assert propose("城南一民房起火，火情已被控制").event_type is EventType.ACCIDENT
    assert propose("某林场仓库发生火灾，无人员伤亡").event_type is EventType.ACCIDENT


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # a headline's 森林大火 and a grassland fire are wildfires too: 自然灾害, graded (the area burned
        # left to the desk) instead of no event at all
        ("森林大火过火面积超过1500公顷", G),
        ("昨日一处森林大火受害森林面积达300公顷", M),
        ("某县发生草原火灾，火势已得到控制", G),
        ("草原大火持续蔓延 牧民紧急转移", G),
        # a fire word right after a forest's name
        ("某镇一处山林发生火灾，约30亩林地被烧毁", L),
        ("林区突发火情 扑救人员已赶赴现场", G),
    ],
)
def test_a_headlines_forest_and_grassland_fires_are_natural_disasters(text: str, grade: IncidentGrade) -> None:
    p = propose(text)
    assert (p.event_type, p.grade) == (EventType.NATURAL_DISASTER, grade), p.reasons
