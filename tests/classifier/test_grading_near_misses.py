"""A near miss (险遇, 险些, 未遂, 阻止了) is no event: not graded by the toll it might have caused."""

from __future__ import annotations

import pytest

from classifier.grading import propose
from classifier.occurrence import context_of
from models.enums import IncidentGrade


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("某体育赛事险遇恐怖袭击，警方提前抓获嫌疑人", "袭击"),
        ("一辆货车刹车失灵险些发生车祸", "车祸"),
        ("老旧小区电线短路，险些引发火灾", "火灾"),
        ("民警成功阻止了一起爆炸，现场未有人员伤亡", "爆炸"),
        ("一名男子在车站持刀劫持人质未遂被当场制服", "劫持"),
        ("商场内的一起纵火图谋被保安挫败", "纵火"),
        ("路口两车险些相撞", "相撞"),
        ("火车站一起暴恐袭击被成功挫败", "袭击"),
        ("嫌疑人企图制造爆炸，被特警提前控制", "爆炸"),
    ],
)
def test_a_near_miss_gets_no_grade_and_says_why(text: str, word: str) -> None:
    p = propose(text)
    assert p.grade is None, p.reasons
    i = text.index(word)
    assert context_of(text, i, i + len(word)) is not None
    assert any(r.startswith("未遂/险情") and "未定级" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "警方阻止一起爆炸袭击，险些造成数十人死亡",
        "犯罪团伙欲在地铁站制造爆炸被挫败，一旦得逞将造成上百人伤亡",
        "货车差点撞上校车，几乎导致20多名学生受伤",
    ],
)
def test_the_toll_a_near_miss_might_have_caused_is_no_figure(text: str) -> None:
    p = propose(text)
    assert (p.figures.deaths, p.figures.injured, p.figures.serious) == (0, 0, 0), p.reasons
    assert p.grade is None, p.reasons


@pytest.mark.parametrize(
    "text",
    [
        # what a hazard is prone to cause, and the examples given of it
        "开放式走廊极易导致人员伤亡事故，如摔伤、孕妇流产、坠楼、高空坠物砸伤砸死过路人等",
        "井盖缺失，夜间容易造成行人摔伤",
        "老旧电线随时引发火灾，存在安全隐患，例如电动车充电起火烧死人的事情",
        # what a complaint says is disregarded, or waited for
        "而置百姓雨雪天在家门口摔伤摔死、雨水倒灌入户风险于不顾的人，他们的初心给了谁？",
        "政府及市管中心串通一气，置百姓生死于不顾",
        "消防通道被堵，难道真要等发生火灾造成重大人员伤亡才整改吗？",
        # what a thing can do
        "提醒：切勿采食野生菌，误食毒蘑菇可致死亡",
        "河豚毒素毒性强烈，严重者能导致死亡",
    ],
)
def test_what_a_hazard_may_cause_is_no_figure(text: str) -> None:
    p = propose(text)
    assert (p.figures.deaths, p.figures.injured, p.figures.serious) == (0, 0, 0), p.reasons
    assert not any(r.startswith(("死亡", "受伤", "伤亡")) for r in p.reasons), p.reasons


def test_what_happened_after_others_is_still_a_toll() -> None:
    p = propose("山体滑坡、泥石流等发生后，已致3人死亡")
    assert p.figures.deaths == 3, p.reasons


def test_plants_killed_are_no_one() -> None:
    p = propose("车主把车开进绿化带停放过夜，绿化带的草木被这些车主轧死了")
    assert p.figures.deaths == 0 and p.grade is None, p.reasons


def test_a_near_miss_with_people_hurt_is_graded_by_them() -> None:
    p = propose("男子抢劫超市未遂，持刀刺伤2名店员后逃离")
    assert p.figures.injured == 2
    assert p.grade is IncidentGrade.GENERAL, p.reasons


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("化工厂仓库发生爆炸，造成3人死亡", IncidentGrade.LARGE),
        ("仓库起火，消防员成功阻止火灾蔓延", IncidentGrade.GENERAL),  # its spread was stopped
    ],
)
def test_an_event_that_happened_is_no_near_miss(text: str, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.grade is grade, p.reasons
    assert not any(r.startswith("未遂/险情") for r in p.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "专家提醒：一氧化碳中毒可致死亡 冬季取暖要注意",
        "火灾可导致窒息死亡，请大家注意用火安全",
    ],
)
def test_what_an_emergency_can_do_told_in_general_is_no_incident(text: str) -> None:
    """An emergency word followed by what it can do (可致, 可导致), no count told: a warning, no event."""
    p = propose(text)
    assert p.grade is None, p.reasons


def test_what_an_incident_that_happened_may_bring_keeps_it_an_incident() -> None:
    assert propose("化工厂昨日发生爆炸可能造成了水源污染").grade is not None


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # nearly lost, right before the word: no death
        ("寒夜烧炭取暖 男子一氧化碳中毒险丧命", 0),
        ("男子夜钓落水险送命 民警跳河救起", 0),
        # (险 of another word: 冒险救人不幸身亡, 登山遇险身亡 are deaths)
        ("男子冒险救人不幸身亡", 1),
        ("3名大学生登山遇险身亡", 3),
    ],
)
def test_a_life_nearly_lost_is_no_death(text: str, deaths: int) -> None:
    assert propose(text).figures.deaths == deaths, propose(text).reasons
