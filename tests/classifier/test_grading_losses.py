"""Grade rules for losses worded as the value of what an incident burned or destroyed
(``烧毁货物价值约2000万元``) and for the loss after a fire's burned area (``过火面积…，损失约…万元``)."""

from __future__ import annotations

import pytest

from classifier.grading import propose
from models.enums import IncidentGrade
from tests.classifier.grades import E, G, L, M


@pytest.mark.parametrize(
    ("text", "loss", "grade"),
    [
        ("昨晚，城东物流园一仓库发生火灾，烧毁货物价值约2000万元，无人员伤亡。", 2e7, L),
        ("开发区一家具厂发生火灾，大火烧毁厂房及设备，价值约6000万元，所幸无人员伤亡。", 6e7, M),
        ("一纺织企业仓库起火，烧毁原材料和成品价值1.2亿余元。", 1.2e8, E),
        ("一冷库发生火灾，据初步估算，烧毁的货物价值在1500万元以上。", 1.5e7, L),
        ("凌晨，港区一堆场突发大火，价值约5000万元的进口木材被烧毁。", 5e7, M),
        # a rescue told in the clause before is not what was saved
        ("消防员紧急转移周边群众，大火烧毁货物价值约1200万元。", 1.2e7, L),
        # the loss after a fire's burned area
        ("该林场发生森林火灾，过火面积约300公顷，损失约1500万元。", 1.5e7, L),
        ("城郊一废品收购站起火，过火面积2000余平方米，直接损失约600万元。", 6e6, G),
    ],
)
def test_the_value_burned_is_the_loss(text: str, loss: float, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.figures.loss_yuan == loss, p.reasons
    assert p.grade is grade, p.reasons
    assert any(r.startswith("直接经济损失") and "原文" in r for r in p.reasons), p.reasons


def test_the_reason_says_the_value_burned_was_graded_as_the_loss() -> None:
    p = propose("昨晚，城东物流园一仓库发生火灾，烧毁货物价值约2000万元，无人员伤亡。")
    (why,) = [r for r in p.reasons if r.startswith("直接经济损失")]
    assert "烧毁货物价值约2000万元" in why and "请核实" in why, why


@pytest.mark.parametrize(
    "text",
    [
        # what was destroyed on purpose, seized or saved is no loss of an incident
        "执法人员集中销毁假冒伪劣商品，货值约2000万元。",
        "消防员奋力扑救，成功保住了价值约3000万元的设备和物资。",
        "一仓库起火，消防员及时转移了价值2000万元的物资，避免被大火烧毁。",
        "消防员及时出警，避免了价值约3000万元的货物被烧毁。",
        "大火烧毁厂房，厂内价值约2000万元的设备被及时抢出。",
        "仓库起火烧毁部分货物，另有价值3000万元的货物未受影响。",
        "警方现场查获一批走私香烟，价值约1500万元。",
        "该厂去年产值达2亿元，今年计划新建一座仓库。",
    ],
)
def test_a_value_not_lost_in_an_incident_is_no_loss(text: str) -> None:
    p = propose(text)
    assert p.figures.loss_yuan == 0, p.reasons


@pytest.mark.parametrize(
    ("text", "loss", "grade"),
    [
        # 烧光: what a fire burned up
        ("昨晚，城西一仓库发生火灾，大火烧光了价值约600万元的货物，无人员伤亡。", 6e6, G),
        ("一家具厂起火，大火烧光了价值约2000万元的原材料。", 2e7, L),
        ("凌晨，一物流园突发大火，价值约3000万元的货物被烧光。", 3e7, L),
        # 毁坏: what an incident destroyed, the incident named in its sentence
        ("城东一化工企业发生爆炸，毁坏价值1200万元的设备。", 1.2e7, L),
        ("山洪冲进厂区，毁坏厂房和设备价值约5500万元。", 5.5e7, M),
        ("冰雹袭击全县，价值约1500万元的大棚设施被毁坏。", 1.5e7, L),
    ],
)
def test_the_value_burned_up_or_destroyed_is_the_loss(text: str, loss: float, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.figures.loss_yuan == loss, p.reasons
    assert p.grade is grade, p.reasons
    why = next(r for r in p.reasons if r.startswith("直接经济损失"))
    assert "原文为烧毁、损毁财物的价值" in why and "请核实" in why, why


@pytest.mark.parametrize(
    "text",
    [
        # 毁坏 by someone, in a complaint: no incident's loss
        "开发商擅自毁坏价值50余万元的绿化苗木，业主要求赔偿。",
        "有人恶意毁坏小区价值约20万元的公共设施，请派出所调查。",
        "施工队强行开挖，毁坏了村民价值30万元的果树。",
        "我小区业主大面积毁坏公共绿化，案值达20多万元。",
        # 损毁 of heritage and property in complaints
        "某公司施工损毁价值300万元的文物，应依法追究责任。",
        # saved or spared
        "消防员奋力扑救，避免了价值600万元的货物被烧光。",
        "大火烧光了整个仓库，所幸价值约2000万元的设备被及时抢出。",
    ],
)
def test_a_value_destroyed_by_someone_or_saved_is_no_loss(text: str) -> None:
    p = propose(text)
    assert p.figures.loss_yuan == 0, p.reasons
    assert p.grade is None or not any(r.startswith("直接经济损失") for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("事故造成直接经济损失1.2亿余元", "直接经济损失1.2亿余元（"),
        ("事故造成直接经济损失1200余万元", "直接经济损失1200余万元（"),
    ],
)
def test_a_loss_with_more_reads_as_written(text: str, shown: str) -> None:
    assert any(r.startswith(shown) for r in propose(text).reasons), propose(text).reasons


@pytest.mark.parametrize(
    ("text", "loss", "at_least", "grade"),
    [
        # the amount an incident caused, before the word 损失
        ("仓库火灾造成约1500万元损失", 1.5e7, False, L),
        ("大火导致了3000余万元的损失", 3e7, True, L),
        ("火灾造成数千万元损失", 2e7, True, L),
        # 数 and 几 before a unit: two of them at least
        ("火灾造成直接经济损失数千万元", 2e7, True, L),
        ("火灾造成直接经济损失几百万元", 2e6, True, G),
    ],
)
def test_the_loss_an_incident_caused_told_amount_first(
    text: str, loss: float, at_least: bool, grade: IncidentGrade
) -> None:
    p = propose(text)
    assert p.figures.loss_yuan == loss and p.grade is grade, p.reasons
    assert any("下限" in r for r in p.reasons if r.startswith("直接经济损失")) is at_least, p.reasons


def test_a_loss_reckoned_as_ones_own_is_no_incidents() -> None:
    p = propose("这次事故给我造成了20万元损失，至今无人赔偿")
    assert p.figures.loss_yuan == 0, p.reasons


@pytest.mark.parametrize(
    ("text", "loss", "grade"),
    [
        # a clause saying whose reckoning it is, between the fire and its loss (the fire's clause holds figures)
        ("上余镇一竹木加工厂发生火灾，大火烧毁厂房约3000平方米及大量成品，据企业初步估算，损失约4500万元。", 4.5e7, L),
        # a post's spaces for commas, someone there telling the loss
        ("物流园仓库大火烧了整整一夜 货物几乎全部烧毁 企业负责人称损失逾亿元 暂无人员伤亡", 1e8, E),
    ],
)
def test_a_loss_told_after_a_reckonings_clause_or_a_posts_space(text: str, loss: float, grade: IncidentGrade) -> None:
    p = propose(text)
    assert (p.figures.loss_yuan, p.grade) == (loss, grade), p.reasons
