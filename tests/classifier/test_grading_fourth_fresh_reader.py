"""Forms a fourth round of batteries written from the README alone, and the readers' own reading of
them, found graded wrong."""

from __future__ import annotations

import pytest

from classifier.grading import propose
from models.enums import IncidentGrade
from tests.classifier.grades import G, L, M


@pytest.mark.parametrize(
    ("text", "grade", "quoted"),
    [
        # a group counted in the sentence's first clause, its death told in a later clause naming no one
        ("江山市四都镇一家三口烧炭取暖，一氧化碳中毒身亡", L, "一家三口烧炭取暖，一氧化碳中毒身亡"),
        ("石门镇一家四口在家中烤火取暖，不幸一氧化碳中毒死亡", L, "一家四口"),
        ("贺村镇三名工人进入污水井作业，因吸入硫化氢气体身亡", L, "三名工人"),
        ("清湖街道3名工人在清理污水池时吸入有毒气体，经抢救无效死亡", L, "3名工人"),
        ("上余镇一家三口在家中洗澡，疑似燃气热水器一氧化碳中毒，均已身亡", L, "一家三口"),
        ("张村乡三名村民上山采药，途中遭遇山洪遇难", L, "三名村民"),
        ("三人结伴到水库游泳，不慎溺亡", L, "三人结伴"),
        # or missing
        ("三名驴友进入江郎山无人区，至今失联", L, "三名驴友"),
    ],
)
def test_a_group_counted_goes_on_to_its_death(text: str, grade: IncidentGrade, quoted: str) -> None:
    proposal = propose(text)
    assert proposal.grade is grade, proposal.reasons
    assert any(quoted in r and "句中前文所计" in r for r in proposal.reasons), proposal.reasons


@pytest.mark.parametrize(
    "text",
    [
        # the group carried, not the subject
        "一辆载有3名乘客的面包车坠河，经抢救无效死亡",
        # another counted between: the one the death befell
        "三名男子驾车撞倒一名行人，经抢救无效死亡",
        # some of the group
        "三名工人被困，其中一人经抢救无效死亡",
        # the death's clause names its own
        "一家三口烧炭取暖，一氧化碳中毒，女主人身亡",
        # one of them told before the death
        "三名男子在河边钓鱼，一男子不慎落水，经抢救无效死亡",
        # no group of two to nine: ten or more (13, not 3)
        "13名工人在车间作业，经抢救无效死亡",
    ],
)
def test_no_group_goes_on(text: str) -> None:
    proposal = propose(text)
    assert proposal.grade is G, proposal.reasons


def test_a_group_that_absconded_is_not_missing() -> None:
    assert propose("3名员工携款潜逃，至今下落不明").grade is None


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # a vehicle gone over into a ditch (翻入), its driver's broken leg
        ("昨晚，一辆满载毛竹的农用车在保安乡仙霞关附近下坡时翻入路边山沟，驾驶员腿部骨折，已送医治疗。", G),
        # a fall onto the tracks, a bone found broken by the doctors (no 其)
        ("高铁江山站站台一名旅客不慎跌落轨道，被站务人员救起后送医，经检查右腿骨折。", G),
        # kinds of loss summed (合计) are no tally of incidents: the fire is graded, the indirect loss left out
        ("清湖街道一家具厂发生火灾，直接和间接经济损失合计约1.5亿元，无人员伤亡。", G),
        # a loss revised down after its first report: the later figure counts
        ("四都镇一家具城大火，直接经济损失初报约1.05亿元，后经核定下调至9600万元，无人员伤亡。", M),
        # a fire told by the place that burned
        ("贺村镇一仓库大火 现场浓烟滚滚", G),
    ],
)
def test_forms_of_the_fourth_round(text: str, grade: IncidentGrade) -> None:
    assert propose(text).grade is grade, propose(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # a business booming, no fire
        "他们家饭店大火了，天天排队",
        # cases recalled as a warning, the next one after a semicolon with its year
        "市安委办通报近年典型事故案例：2021年，贺村镇某木业公司粉尘爆炸造成2人死亡；2023年，峡口镇一运输车辆坠入山沟，"
        "造成3人死亡。各地要深刻吸取教训，举一反三。",
        # what to do on meeting one, told after a comma
        "遇到高速公路交通事故，请立即开启危险报警闪光灯，人员撤离至护栏外并拨打122报警。",
        "发现有人一氧化碳中毒晕倒，应立即打开门窗通风，将其移至空气新鲜处，并拨打120",
    ],
)
def test_no_grade_of_the_fourth_round(text: str) -> None:
    assert propose(text).grade is None, propose(text).reasons
