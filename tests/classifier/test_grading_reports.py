"""Grade rules for forms of real news reports: headline tolls without 亡's partner, yearly tallies,
an earlier incident told after this one, additions to a toll, and food poisoning."""

from __future__ import annotations

import pytest

from classifier.grading import propose
from models.enums import IncidentGrade
from tests.classifier.grades import G, L, M


@pytest.mark.parametrize(
    ("text", "deaths", "grade"),
    [
        ("省道上两辆货车迎面相撞致7人亡", 7, L),
        ("山区公路一客车坠崖12人死", 12, M),
        ("两车相撞3人死2人伤", 3, L),
    ],
)
def test_a_headline_toll_with_a_measure_word_before_die(text: str, deaths: int, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.figures.deaths == deaths, p.reasons
    assert p.grade is grade, p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "某县法院对一起命案宣判，判处2人死刑",
        "渔船在风浪中侧翻，船上6人死里逃生",
        "工地塌方致4人死伤",
    ],
)
def test_no_death_toll_from_other_words_after_die(text: str) -> None:
    p = propose(text)
    assert p.figures.deaths == 0, p.reasons


@pytest.mark.parametrize(
    "text",
    [
        # a year's or a quarter's tally over a whole country or province
        "据消防部门统计，2021年全国共接报火灾74.8万起，死亡1987人，直接财产损失67.5亿元",
        "本季度全省共发生火灾3.1万起，死亡15人，受伤9人",
        "今年第三季度，全市发生火灾1820起，死亡12人",
        "道路交通事故死亡人数与2018年相比下降，全年死亡318人",
    ],
)
def test_a_tally_of_tens_of_thousands_of_incidents_is_a_statistic(text: str) -> None:
    p = propose(text)
    assert p.grade in (None, G), p.reasons
    assert p.figures.deaths == 0 and p.figures.loss_yuan == 0, p.reasons
    assert any("统计数字" in r for r in p.reasons), p.reasons


def test_an_earlier_incident_told_after_this_one_is_left_out() -> None:
    text = (
        "9月2日，某市一在建商场脚手架发生倒塌，造成一名工人死亡；而在此之前的6月11日，"
        "同一施工单位承建的另一工地发生坍塌，4名工人遇难。"
    )
    p = propose(text)
    assert p.figures.deaths == 1, p.reasons
    assert p.grade is G, p.reasons
    assert any("其他或以往事件" in r for r in p.reasons), p.reasons


def test_an_earlier_report_of_this_incident_still_counts() -> None:
    p = propose("隧道坍塌事故此前报道有3人遇难，目前搜救仍在进行")
    assert p.figures.deaths == 3, p.reasons
    assert p.grade is L, p.reasons


@pytest.mark.parametrize(
    ("text", "deaths", "grade"),
    [
        # 另 adds to the figure stated just before it, not to the lead's total
        ("两车相撞，造成两死两重伤。货车司机被救出后因伤势过重死亡。另一名乘客在送医途中死亡。", 2, G),
        ("塔吊倒塌，3人当场死亡，另有2人经抢救无效死亡", 5, L),
        # people named before the number of the victims count with it
        ("两车相撞，造成驾驶人王某及车内的1名乘客当场死亡。截至发稿时，另1名乘客经抢救无效死亡。", 3, L),
        ("山洪冲毁工棚，护林员和2名村民遇难", 3, L),
        ("民房失火，妻子与2名子女不幸身亡", 3, L),
    ],
)
def test_an_added_figure_and_people_listed_before_a_number(text: str, deaths: int, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.figures.deaths == deaths, p.reasons
    assert p.grade is grade, p.reasons


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("货车撞上护栏和2名行人，2名行人受伤", 2),  # a thing is no person
    ],
)
def test_no_people_added_from_a_list_that_is_not_of_people(text: str, injured: int) -> None:
    p = propose(text)
    assert p.figures.injured == injured, p.reasons


def test_the_listed_people_are_quoted() -> None:
    p = propose("两车相撞，造成驾驶人王某及车内的1名乘客当场死亡")
    assert any("驾驶人王某及车内的1名乘客当场死亡" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    ("text", "grade", "said"),
    [
        # 《国家食品安全事故应急预案》: 100 poisoned or more, or a death, is 较大
        ("某厂食堂午餐后136名工人食物中毒，均无生命危险", L, "一起中毒100人以上"),
        ("一所中学200多名学生疑似食物中毒", L, "一起中毒100人以上"),
        ("村民办酒席，宾客食物中毒致1人死亡", L, "出现死亡病例"),
        # 100 or more with a death, or 10 deaths or more, is 重大
        ("工地聚餐后150名工人食物中毒，其中2人死亡", M, "中毒100人以上并有死亡"),
        # 30 to 99 without a death is 一般
        ("一家公司60多名员工食物中毒", G, "一起中毒30～99人"),
    ],
)
def test_food_poisoning_is_graded_by_the_food_safety_plan(text: str, grade: IncidentGrade, said: str) -> None:
    p = propose(text)
    assert p.grade is grade, p.reasons
    assert any(said in r and "原文" in r for r in p.reasons), p.reasons
    assert not any("若其中重伤" in r for r in p.reasons), p.reasons


def test_a_poisoning_that_is_no_food_poisoning_keeps_the_regulations_thresholds() -> None:
    # 急性工业中毒 counts as 重伤 by the 条例: 100 or more is 特别重大
    p = propose("化工厂管道泄漏，120名工人中毒")
    assert p.grade is IncidentGrade.ESPECIALLY_MAJOR, p.reasons
    assert not any("食品安全事故" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    ("text", "abroad"),
    [
        ("大马一监狱300余名囚犯食物中毒", True),
        ("一匹大马受惊冲上街头撞伤3人", False),
        ("大马路上两车相撞致2人受伤", False),
    ],
)
def test_malaysia_by_its_short_name(text: str, abroad: bool) -> None:
    p = propose(text)
    assert (p.grade is None) is abroad, p.reasons


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("环城高速上5车连撞，交通拥堵两小时", G),
        ("老旧小区凌晨突发大火，消防员救出三名老人", G),
        ("这道菜要先用大火收汁", None),
        ("这部剧在网上大火", None),
    ],
)
def test_headline_words_of_a_collision_or_a_fire(text: str, grade: IncidentGrade | None) -> None:
    assert propose(text).grade is grade


@pytest.mark.parametrize(
    "text",
    [
        "全县今年已先后发生4起道路交通事故，共造成13人死亡",
        "本月已发生2起较大火灾，累计死亡7人",
    ],
)
def test_a_tally_of_this_year_or_month_so_far_is_no_incident(text: str) -> None:
    p = propose(text)
    assert p.grade is None, p.reasons
    assert p.figures.deaths == 0


def test_a_month_of_this_year_dating_the_incident_is_no_tally() -> None:
    assert propose("今年5月发生的一起矿难造成13人遇难").grade is M


def test_a_running_toll_whose_cause_follows_its_start_day_is_the_disasters() -> None:
    p = propose("7月28日以来，受台风“杜苏芮”影响，沿海三市共有15人遇难、4人失踪")
    assert (p.figures.deaths, p.figures.missing, p.grade) == (15, 4, M), p.reasons
    # a tally of incidents of a season, not one disaster's toll
    assert propose("汛期以来，全县已发生5起山洪灾害，共造成3人死亡").grade is None


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # 3 still searched for, told without 另有 (2 dead, 3 missing: 较大)
        ("续报｜长台镇“9·5”渡船倾覆事故：船上共有14人，目前已救起9人，2人遇难，3人仍在全力搜寻中", L),
        ("江山市人民政府新闻办：张村乡一名村民确诊为人感染H7N9高致病性禽流感病例，目前在定点医院隔离治疗。", M),
        ("江山市区某游乐园“大摆锤”突发故障 18名游客被倒挂半空1个半小时", G),
        ("石门镇一液化石油气储配站一储罐发生爆炸，造成1人受伤，周边200米范围已实施警戒。", L),
        # a rumoured toll, then what it really caused
        ("网友爆料称长台镇一工地塌方致3人死亡？记者从长台镇政府核实，事故实际造成1名工人受轻伤，已送医。", G),
        # a paper's correction of its own article's toll
        (
            "更正：本报6月19日刊发的《贺村镇一化工厂爆炸致11人死亡》一文中，死亡人数有误，经核实应为“9人死亡”，特此更正。",
            L,
        ),
    ],
)
def test_a_second_fresh_batterys_reports_are_graded(text: str, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.grade is grade, p.reasons
