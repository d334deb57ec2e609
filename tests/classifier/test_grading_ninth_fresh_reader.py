"""Forms a ninth round of batteries written from the README alone (lifts, winter heating and carbon monoxide,
roads and bridges, pollution and chemical leaks, hospitals) found graded wrong."""

from __future__ import annotations

import pytest

from models.enums import EventType, IncidentGrade
from tests.classifier.grades import E, G, L, M, assert_graded

UNGRADED = [
    # a hospital's patients of a season counted by their visits: a tally
    "今年入冬以来，县中医院高压氧舱共收治一氧化碳中毒患者60余人次。",
    # a kind of incident none of which was reported
    "据统计，本县今冬尚未接到一起一氧化碳中毒亡人事件报告。",
    "截至目前，全县今冬暂无一氧化碳中毒亡人事件报告。",
    # an aim for a kind of incident
    "力争到明年底，全县道路交通事故死亡人数控制在30人以内。",
]
"""Texts that report no incident of now."""

GRADED = [
    # pollution that reached people, typed by no accident word: the environmental plan's poisoned and evacuated
    ("一家电镀厂违规排放废气，附近小学的学生陆续出现胸闷，已有63名学生因吸入刺激性气体送医。", M),
    ("某化工企业违法排放含铬废水致下游河道污染，沿岸紧急疏散村民5600人。", L),
    ("园区那家化工厂漏气 我们村二十几个人头晕恶心被送到医院", L),
    ("化工厂那边毒气飘过来了，我们小区五十几个人头晕呕吐，都被救护车拉走了", M),
    ("村里六十余名村民饮用被上游工厂排放废水污染的井水后，陆续出现呕吐、腹痛等中毒症状。", M),
    ("溪口某河段突发死鱼，养殖户称损失约80万元。", G),
    # workers poisoned at once, the gas told by a burst pipe and what came out
    ("车间里一根管道突然破裂，满屋子都是白雾，一百一十多个工人都中毒了，全送到医院了", E),
    # counted before, then found all gone
    ("工棚里4个工人烧炭取暖，早上工友推门进去一看都没气了", L),
    ("山上塌方把一辆面包车埋了 车上五六个人 挖出来都没气了", L),
    ("隔壁老刘家烧炭取暖，老两口和来玩的孙子今早都没气了", L),
    # one meal's sick so far, a hospital's count of them, one dead among them
    ("一户村民办满月酒后宾客陆续出现腹泻呕吐，镇卫生院累计接诊116人，其中1名老人抢救无效死亡。", M),
]
"""Texts and the grade their incident takes."""


@pytest.mark.parametrize("text", UNGRADED)
def test_no_incident_of_now_no_grade(text: str) -> None:
    assert_graded(text, None)


@pytest.mark.parametrize(("text", "grade"), GRADED)
def test_graded_as_told(text: str, grade: IncidentGrade) -> None:
    assert_graded(text, grade)


def test_pollution_that_reached_people_is_an_environmental_accident() -> None:
    p = assert_graded("一家电镀厂违规排放废气，已有63名学生因吸入刺激性气体送医。", M)
    assert p.event_type is EventType.ACCIDENT, p.event_type
    assert any(r.startswith("中毒63人（突发环境事件") for r in p.reasons), p.reasons
