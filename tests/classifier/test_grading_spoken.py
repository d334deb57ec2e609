"""Incidents as citizens post them: spoken tolls (死了3个人, 送到医院没救过来), hearsay (听说), a question about
casualties (有没有人受伤), a place's record of accidents in a complaint, and 好像 as "it seems"."""

from __future__ import annotations

import pytest

from classifier.grading import propose
from models.enums import EventType, IncidentGrade
from tests.classifier.grades import G, L, M


@pytest.mark.parametrize(
    ("text", "deaths", "grade"),
    [
        ("205国道出车祸了，死了3个人", 3, L),
        ("工地塌方死了三个人", 3, L),
        ("化工厂爆炸，死了10个人", 10, M),
        ("货车侧翻，死了1个人", 1, G),
        # the people named after 个, a 了 after a killing verb, and 个 ending the clause
        ("村里水塘淹死了3个小孩", 3, L),
        ("工地塔吊倒了，砸死了三个工人", 3, L),
        ("昨天又一个小区着火，死了两个。太可悲了", 2, G),
    ],
)
def test_a_toll_as_people_say_it(text: str, deaths: int, grade: IncidentGrade) -> None:
    p = propose(text)
    assert (p.figures.deaths, p.grade) == (deaths, grade), p.reasons
    assert any(r.startswith(f"死亡{deaths}人（原文“") and "死了" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    ("text", "deaths", "event_type"),
    [
        ("工人被机器卷入，送到医院没救过来", 1, EventType.ACCIDENT),
        ("孩子溺水，送到医院没能抢救过来", 1, EventType.ACCIDENT),
        ("3名工人中毒，送医后2人没抢救过来", 2, EventType.PUBLIC_HEALTH),
        # 离世 after an incident is its death, not one of age (a vehicle named before 撞倒 or 碾压)
        ("一名骑手被货车撞倒，不幸离世", 1, EventType.ACCIDENT),
        ("一名骑手被渣土车碾压，不幸离世", 1, EventType.ACCIDENT),
    ],
)
def test_a_death_after_treatment_or_an_incident_as_people_say_it(text: str, deaths: int, event_type: EventType) -> None:
    p = propose(text)
    assert (p.figures.deaths, p.grade, p.event_type) == (deaths, G, event_type), p.reasons


def test_people_all_gone_as_people_say_it_are_dead() -> None:
    p = propose("村里的桥塌了，有辆面包车掉河里了，车上3个人都没了")
    assert (p.figures.deaths, p.grade, p.event_type) == (3, L, EventType.ACCIDENT), p.reasons
    # named by a noun between the number and 都没了
    p = propose("昨晚高速上那场车祸太吓人了，车里五个小伙子全都没了")
    assert (p.figures.deaths, p.grade) == (5, L), p.reasons
    # what they lost, or a count of places, is no death
    for text in ("厂里3个人都没了工作", "房子烧了，3个名额都没了", "厂子倒闭了，三个工人都没了饭碗"):
        assert propose(text).figures.deaths == 0, text


def test_a_death_of_illness_whose_rescue_came_late_is_no_incidents() -> None:
    p = propose("救护车进不来，父亲因为错失了抢救的黄金时间，于晚间在医院去世，终年54岁")
    assert p.figures.deaths == 0, p.reasons


def test_a_near_miss_or_a_vague_count_as_people_say_it_is_no_toll() -> None:
    assert propose("老人摔倒后送医，差点没救过来").figures.deaths == 0
    assert propose("货车刹车失灵，差点死了3个人").figures.deaths == 0
    # a complaint's count of the years (几个人: no number to grade by)
    assert propose("这个路口已经死了几个人了，请求安装红绿灯").grade is None


def test_hearsay_is_read_and_named_for_the_desk_to_check() -> None:
    p = propose("听说车祸死了三个人")
    assert p.grade is L, p.reasons
    assert any("听说" in r and "未经证实" in r for r in p.reasons), p.reasons


def test_a_question_about_casualties_states_none() -> None:
    """有没有人受伤, 有无人员伤亡: the poster asks; no one said no one was hurt."""
    for text in ("刚刚虎山街道一栋楼起火，不知道有没有人受伤", "某地发生火灾，目前有无人员伤亡尚不清楚"):
        p = propose(text)
        assert p.figures.report.no_casualties is None, p.reasons
        assert not any(r.startswith("无人员伤亡") for r in p.reasons), p.reasons
    assert propose("某地发生火灾，所幸没有人员伤亡").figures.report.no_casualties == "没有人员伤亡"


@pytest.mark.parametrize(
    "text",
    ["这个路口事故频发，已经死了3个人了，请求安装红绿灯", "这个路口事故频发，已有3人死亡，请求尽快安装红绿灯"],
)
def test_a_places_record_of_accidents_in_a_complaint_is_no_incidents_toll(text: str) -> None:
    p = propose(text)
    assert p.grade is None, p.reasons
    assert any(r.startswith("未计入（统计数字）") for r in p.reasons), p.reasons


def test_one_accident_told_at_a_place_with_such_a_record_is_graded() -> None:
    assert propose("事故多发路段今天又发生一起车祸，造成3人死亡").grade is L
    assert propose("该路段车祸不断。昨晚，一辆货车在此侧翻，致3人死亡").grade is L


def test_it_seems_there_was_an_accident_is_no_likeness() -> None:
    """好像出车祸了: an accident reported with a hedge, not likened to one (好像车祸现场一样)."""
    p = propose("江山这边205国道上好像出车祸了，堵了好长")
    assert (p.event_type, p.grade) == (EventType.ACCIDENT, G), p.reasons


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("刚在国道上看到两辆车迎面撞上，挺吓人的", EventType.ACCIDENT),
        ("一辆拉砖的货车翻到路边田里去了，司机被卡在里面", EventType.ACCIDENT),
        ("厂里一个师傅的手被卷进机器，整只手都伤了", EventType.ACCIDENT),
        ("散场的时候人太多，好几个人被挤倒了", EventType.ACCIDENT),
        ("我们楼的电梯从12楼直接掉到5楼，吓死人了", EventType.ACCIDENT),
        ("工地上一个工人从脚手架上摔下来了", EventType.ACCIDENT),
        ("夜宵摊那边十几个人打起来了，酒瓶乱飞", EventType.SOCIAL_SECURITY),
        ("村民烧田埂的火借着风一下烧上了山", EventType.NATURAL_DISASTER),
        ("木材厂的火烧了一夜才灭", EventType.ACCIDENT),
        ("今天早上村口那条水泥路上，一辆电瓶车和拖拉机撞了，骑车的大伯流了好多血", EventType.ACCIDENT),
        ("农贸市场边上一家五金店烧起来了，黑烟冒得老高", EventType.ACCIDENT),
        ("水库库尾那边又淹死人了", EventType.ACCIDENT),
        ("一名工人操作刨床时左手不慎被卷入，两根手指严重受伤", EventType.ACCIDENT),
        ("小区电梯从9楼一下子掉到3楼才停住", EventType.ACCIDENT),
        ("下山的时候一个队友踩空从山道边摔下去了", EventType.ACCIDENT),
        ("路边一棵大樟树直接被刮倒，砸在一辆小车上", EventType.ACCIDENT),
        ("我爸昨晚过溪的时候被水冲走了，到现在还没找到", EventType.NATURAL_DISASTER),
        ("我二伯在山上的茶园采茶，被雷劈了", EventType.NATURAL_DISASTER),
        ("烧烤店内有人酒后打架", EventType.SOCIAL_SECURITY),
        ("菜市场一个男的拿刀追着人砍", EventType.SOCIAL_SECURITY),
        ("渣土车右转的时候把一辆电瓶车卷到车底了，骑车的大姐当场就不行了", EventType.ACCIDENT),
        (
            "城北路那个工地的挖机把燃气管挖断了，整条街都是煤气味；燃气管被挖断后两个小区的人全被喊下楼了",
            EventType.ACCIDENT,
        ),
        ("三个小孩去溪里玩水，两个被冲走了", EventType.ACCIDENT),
        ("一辆拖拉机翻到坎下面去了，开车的大伯被压在车底", EventType.ACCIDENT),
        ("我爸在菜市场摆摊，被隔壁两个人用扁担打了，头上缝了十几针", EventType.SOCIAL_SECURITY),
        ("昨晚城区突发雷雨大风，多棵行道树被连根拔起", EventType.NATURAL_DISASTER),
    ],
)
def test_incidents_told_as_people_tell_them_are_typed(text: str, event_type: EventType) -> None:
    assert propose(text).event_type is event_type, propose(text).reasons


def test_someone_gone_on_the_spot_or_badly_hurt_as_people_say_it() -> None:
    p = propose("货车跟摩托车迎面撞上，骑摩托的小伙子当场就没了，后座的人伤得很重")
    assert (p.figures.deaths, p.figures.serious) == (1, 1), p.reasons
    # not what is gone (票当场就没了) nor a mood
    assert propose("门票当场就没了").figures.deaths == 0


def test_a_vehicle_that_ran_someone_down_told_with_ba_and_a_warning_of_it() -> None:
    assert propose("一辆拉沙子的大货车把一个骑电瓶车的大叔撞了").event_type is EventType.ACCIDENT
    assert propose("小心别让车把人撞了").grade is None


def test_two_vehicles_that_did_not_hit_are_no_crash() -> None:
    assert propose("我的车和他的车没撞上，吓了一跳").event_type is not EventType.ACCIDENT
