"""Departments named by their everyday shorthand: in a list of departments, after the jurisdiction's name, or by
their staff at the head of a clause that responds."""

from __future__ import annotations

from classifier.shorthands import Shorthands
from models.directory import UnitDirectory, UnitEntry, UnitKind

UNITS = UnitDirectory(
    jurisdiction="测试市",
    units=(
        UnitEntry(id="yingji", name="市应急管理局"),
        UnitEntry(id="gongan", name="市公安局", aliases=("市交警大队",)),
        UnitEntry(id="jiaotong", name="市交通运输局"),
        UnitEntry(id="jiaozhi", name="市交通运输综合执法队"),
        UnitEntry(id="dongcheng", name="东城街道", kind=UnitKind.TOWNSHIP),
    ),
)


def found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.unit_id) for s in Shorthands(UNITS).find(text)]


def test_a_list_of_departments_by_shorthand() -> None:
    text = "接报后，应急、公安、交警等相关部门迅速到场"
    assert found(text) == [("应急", "yingji"), ("公安", "gongan"), ("交警", "gongan")]


def test_a_department_after_the_jurisdictions_name() -> None:
    assert found("事故发生后，测试交警第一时间赶到现场") == [("测试交警", "gongan")]
    assert found("测试日报记者赶到现场") == []  # no unit holds 日报


def test_a_shorthand_several_units_hold_or_a_township_is_left_unread() -> None:
    # 交通: the 交通运输局 and its enforcement team; 东城: a township, told by the gazetteer instead
    assert found("交通、东城、应急等部门连夜组织抢险") == [("应急", "yingji")]


def test_a_department_told_by_its_staff_at_the_head_of_a_clause() -> None:
    assert found("接警后，公安民警迅速赶到现场") == [("公安民警", "gongan")]
    assert found("应急救援人员第一时间到场处置") == [("应急救援人员", "yingji")]
    # staff of no one unit (社区), or not at a clause's head, or not responding
    assert found("社区工作人员迅速组织疏散") == []
    assert found("一名休假的公安民警迅速施救") == []
    assert found("公安民警培训班今日开班") == []


def test_a_list_whose_units_respond_after_its_etc_with_no_word_for_departments() -> None:
    text = "事故发生后，市应急、公安及交警等迅速到场处置"
    assert found(text) == [("市应急", "yingji"), ("公安", "gongan"), ("交警", "gongan")]
    # a list of what happened, or of people, names no unit
    assert found("火灾、爆炸等事故迅速增多") == []


def test_a_department_responds_after_the_alarm() -> None:
    assert found("测试交警接警后迅速赶到现场") == [("测试交警", "gongan")]
    assert found("公安民警在接到报警后赶到现场") == [("公安民警", "gongan")]


def test_departments_each_told_with_their_own_word_for_department() -> None:
    assert found("事发后，应急管理部门、公安部门第一时间赶赴现场") == [("应急管理", "yingji"), ("公安", "gongan")]
    assert found("交警部门、120救护车赶到后将司机救出") == [("交警", "gongan")]
    # a department alone but no response after it, or a word naming no one department
    assert found("群众可向应急管理部门举报") == []
    assert found("相关部门迅速赶到现场") == []


def test_a_body_every_jurisdictions_department_has_is_that_departments() -> None:
    """A 派出所 is the 公安局's, a 消防救援站 the fire brigade's (no unit's name holds them)."""
    units = UnitDirectory(
        jurisdiction="测试市",
        units=(*UNITS.units, UnitEntry(id="xiaofang", name="市消防救援大队")),
    )
    text = "接到报警后，东城派出所民警和消防救援站队员赶到现场"
    assert [(text[s.start : s.end], s.unit_id) for s in Shorthands(units).find(text)] == [
        ("东城派出所民警", "gongan"),
        ("消防救援站队员", "xiaofang"),
    ]


def test_emergency_numbers_and_a_list_going_on_after_a_departments_word() -> None:
    """110 is the police's, 119 the fire brigade's, 120's ambulances the health department's; a list
    going on after ``交警部门`` names each body up to their response."""
    units = UnitDirectory(
        jurisdiction="测试市",
        units=(
            *UNITS.units,
            UnitEntry(id="xiaofang", name="市消防救援大队"),
            UnitEntry(id="weijian", name="市卫生健康局", short_name="市卫健局"),
        ),
    )

    def read(text: str) -> list[tuple[str, str]]:
        return [(text[s.start : s.end], s.unit_id) for s in Shorthands(units).find(text)]

    assert read("事故发生后，交警、消防、120等部门迅速到场处置") == [
        ("交警", "gongan"),
        ("消防", "xiaofang"),
        ("120", "weijian"),
    ]
    assert read("交警部门、消防救援站和120救护车赶到后将司机救出") == [
        ("交警", "gongan"),
        ("消防救援站", "xiaofang"),
        ("120救护车", "weijian"),
    ]
    # a part naming no department ends the reading of what follows: the first alone
    assert read("交警部门、热心群众赶到后将司机救出") == [("交警", "gongan")]


def test_a_citys_bureau_that_is_no_units_own_name_is_the_unit_holding_it() -> None:
    units = UnitDirectory(
        jurisdiction="测试市",
        units=(*UNITS.units, UnitEntry(id="shengtai", name="上级市生态环境局测试分局", short_name="生态环境分局")),
    )

    def read(text: str) -> list[tuple[str, str]]:
        return [(text[s.start : s.end], s.unit_id) for s in Shorthands(units).find(text)]

    assert read("事故发生后，市应急管理局、市生态环境局第一时间赶赴现场") == [
        ("市应急管理局", "yingji"),
        ("市生态环境局", "shengtai"),
    ]
    # another city's bureau, or one held by no unit, is not read
    assert read("事故发生后，衢州市生态环境局第一时间赶赴现场") == []
    assert read("事故发生后，市气象局第一时间发布预警") == []
    # what they did to the scene, with others, or already
    assert read("泄漏点已被封堵。市生态环境局对周边空气进行监测，暂未发现超标") == [("市生态环境局", "shengtai")]
    assert read("市环保局已介入调查") == [("市环保局", "shengtai")]
    assert read("市生态环境局对此不予回应") == []


def test_the_police_or_the_traffic_police_alone_at_the_head_of_a_clause() -> None:
    assert found("接警后，民警迅速赶到现场") == [("民警", "gongan")]
    assert found("两车相撞，目前交警正在处理") == [("交警", "gongan")]
    # not a police officer who is the subject of something else
    assert found("一名民警在培训中受伤") == []


def test_a_department_by_an_everyday_or_former_name_its_official_name_does_not_hold() -> None:
    units = UnitDirectory(
        jurisdiction="测试市",
        units=(
            *UNITS.units,
            UnitEntry(id="weijian", name="市卫生健康局"),
            UnitEntry(id="zhifa", name="市综合行政执法局"),
            UnitEntry(id="renshe", name="市人力资源和社会保障局"),
            UnitEntry(id="ziran", name="市自然资源和规划局"),
        ),
    )

    def read(text: str) -> list[tuple[str, str]]:
        return [(text[s.start : s.end], s.unit_id) for s in Shorthands(units).find(text)]

    assert read("事故发生后，市卫健委、市城管局第一时间赶赴现场") == [("市卫健委", "weijian"), ("市城管局", "zhifa")]
    assert read("市人社局、市国土局立即介入调查") == [("市人社局", "renshe"), ("市国土局", "ziran")]
    assert read("接报后，应急、卫健、城管等部门迅速到场") == [
        ("应急", "yingji"),
        ("卫健", "weijian"),
        ("城管", "zhifa"),
    ]
    # another city's, or a department no unit is (this directory has no 生态环境局)
    assert read("事故发生后，衢州市卫健委第一时间赶赴现场") == []
    assert read("事故发生后，市环保局第一时间赶赴现场") == []
    # a name two units hold is no one's
    two = UnitDirectory(
        jurisdiction="测试市",
        units=(*units.units, UnitEntry(id="weijian2", name="市卫生健康委员会")),
    )
    assert [s.unit_id for s in Shorthands(two).find("市卫健委第一时间赶赴现场")] == []
