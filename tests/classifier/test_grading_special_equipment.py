"""Accidents of special equipment graded by 《特种设备安全监察条例》第六十三条: a boiler, pressure vessel
or pressure pipe that exploded, and a crane that toppled whole away from a building site, are 较大
whatever their toll; a building site's crane is graded by its toll as a production-safety accident.
People kept in a lift or high up on a ropeway or a ride are graded by how long (第六十一至六十四条)."""

from __future__ import annotations

import pytest

from classifier.grading import propose
from classifier.special_equipment import equipment_grade
from models.enums import EventType, IncidentGrade
from tests.classifier.grades import G, L, M


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("某厂锅炉发生爆炸，造成1人死亡、2人受伤", "锅炉爆炸"),
        ("某汽修厂储气罐爆炸致1人受伤", "储气罐爆炸"),
        ("某企业一压力容器突然爆炸，所幸无人员伤亡", "压力容器爆炸"),
        # a tank of gas held under pressure
        ("一燃气站液化石油气储罐突然发生爆炸，1人受伤", "液化石油气储罐爆炸"),
        ("某冷库液氨储罐爆炸，无人员伤亡", "液氨储罐爆炸"),
    ],
)
def test_a_boiler_or_pressure_vessel_that_exploded_is_large_whatever_its_toll(text: str, what: str) -> None:
    p = propose(text)
    assert p.grade is L, p.reasons
    assert any(r.startswith(what) and "特种设备安全监察条例第六十三条" in r and r.endswith("→ 较大") for r in p.reasons)


@pytest.mark.parametrize("text", ["某港口龙门吊倒塌致2人受伤", "某钢厂车间一台桥式起重机倾覆，1人受伤"])
def test_a_crane_that_toppled_at_a_port_or_factory_is_large_and_the_desk_checks_it_toppled_whole(text: str) -> None:
    p = propose(text)
    assert p.grade is L, p.reasons
    assert any("起重机械整体倾覆为较大事故" in r and "请核实是否整体倾覆" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("某工地塔吊倒塌，造成1人死亡", G),
        ("某在建楼盘一台塔吊突然倾覆，所幸无人员伤亡", G),
        ("某工地塔吊倒塌造成12人死亡", M),
    ],
)
def test_a_building_sites_crane_is_graded_by_its_toll(text: str, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.grade is grade, p.reasons
    assert not any("特种设备" in r for r in p.reasons), p.reasons


def test_a_crane_whose_site_is_unsaid_asks_the_desk_without_a_grade() -> None:
    p = propose("一台吊车侧翻，1人受伤")
    assert p.grade is G, p.reasons
    why = next(r for r in p.reasons if "特种设备" in r)
    assert "原文未写明场所，未计入，请核实" in why and "→" not in why, why


@pytest.mark.parametrize(
    "text",
    [
        "施工单位要防止塔吊倒塌事故",
        "某小区锅炉房发生燃气爆炸，1人受伤",  # leaked gas in a boiler room, no vessel's burst
        "某化工厂反应釜爆炸致2人死亡",  # a runaway reaction: a production-safety accident
        "某油库一储油罐发生爆炸，1人受伤",  # a tank at atmospheric pressure: no pressure vessel
        "2019年该厂曾发生锅炉爆炸事故，今日又有1名工人坠落身亡",
        "前几年广西柳州铁路边锅炉爆炸事件，值得警醒",
        "试想，一锅炉发生爆炸，会直接让铁轨受损断裂",
    ],
)
def test_no_equipment_accident_where_none_happened_now(text: str) -> None:
    assert equipment_grade(text) is None


@pytest.mark.parametrize(
    ("text", "grade", "article"),
    [
        ("某小区电梯故障，5名乘客被困电梯内长达3个小时", G, "第六十四条：电梯轿厢滞留人员2小时以上"),
        ("游乐园摩天轮突然停转，20名游客被困高空2个多小时", G, "第六十四条：大型游乐设施高空滞留人员1小时以上"),
        ("某景区索道故障，游客被困空中5小时", G, "第六十四条：客运索道高空滞留人员3.5小时以上"),
        ("某景区索道故障，游客被困空中13小时", L, "第六十三条"),
        ("景区缆车故障，120名游客滞留高空达26小时", M, "第六十二条"),
        # an hour and a half, as people say it
        ("大摆锤突然停摆，12名游客被困高空一个半小时", G, "第六十四条：大型游乐设施高空滞留人员1小时以上"),
        ("写字楼电梯故障，4人被困轿厢内两个半小时", G, "第六十四条：电梯轿厢滞留人员2小时以上"),
        ("某景区索道故障，游客被困空中3个半小时", G, "第六十四条：客运索道高空滞留人员3.5小时以上"),
        ("江郎山客运索道因故障临时停运，22名游客被困轿厢约4个小时", G, "第六十四条：客运索道高空滞留人员3.5小时以上"),
    ],
)
def test_people_kept_on_special_equipment_long_enough_are_an_accident(
    text: str, grade: IncidentGrade, article: str
) -> None:
    """《特种设备安全监察条例》第六十一至六十四条: people kept in a lift or high up on a ropeway or a ride."""
    p = propose(text)
    assert (p.event_type, p.grade) == (EventType.ACCIDENT, grade), p.reasons
    assert any(article in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    "text",
    [
        # short of the 条例's time
        "某小区电梯突发故障，3名乘客被困近1小时后被消防救出",
        "某游乐场过山车突发故障停在半空，16名游客被困高空约40分钟",
        "景区索道故障，游客被困空中3小时后全部安全转移",
        "景区索道故障，游客被困空中两个半小时后全部安全转移",
        # a ropeway's car (轿厢), not a lift's: 3.5 hours
        "江郎山客运索道因故障临时停运，22名游客被困轿厢约3个小时后全部安全救下。",
        # a drill
        "电梯困人事件应急演练，模拟乘客被困3小时",
    ],
)
def test_people_kept_a_short_while_or_in_a_drill_are_no_accident(text: str) -> None:
    p = propose(text)
    assert p.grade is None, p.reasons
