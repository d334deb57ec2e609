"""Whom an unnumbered casualty happened to: lists of victims, animals beside people, the missing."""

from __future__ import annotations

import pytest

from classifier.grading import extract_figures, propose
from models.enums import IncidentGrade

L, G = IncidentGrade.LARGE, IncidentGrade.GENERAL


@pytest.mark.parametrize(
    ("text", "deaths", "grade", "quoted"),
    [
        # each person of a list joined by 及/和/、 counts; 岳父母, 父母, 夫妇 … are two
        ("一男子酒后与家人争吵，持刀杀死妻子及岳父母", 3, L, "持刀杀死妻子及岳父母"),
        ("男子因感情纠纷砍死前妻和她的父母后潜逃", 3, L, "男子因感情纠纷砍死前妻和她的父母"),
        ("村民杀害邻居、邻居的妻子及其女儿", 3, L, "村民杀害邻居、邻居的妻子及其女儿"),
        ("夜里有人闯入农家，男主人及其父母被杀害", 3, L, "男主人及其父母被杀害"),
        ("山路上货车坠崖，驾驶员和他的妻儿当场遇难", 3, L, "驾驶员和他的妻儿当场遇难"),
        ("男子杀害前女友和2名室友", 3, L, "杀害前女友和2名"),
        ("老宅失火，一对老夫妇双双遇难", 2, G, "一对老夫妇双双遇难"),
        ("男子驾车撞死过马路的母子", 2, G, "男子驾车撞死过马路的母子"),
        ("男子一家三口被杀", 3, L, "三口被杀"),
        # kin after a number, each of them one (or two: 父母), and a pair named with 一对 two
        ("夫妻二人及其女儿不幸身亡", 3, L, "二人及其女儿不幸身亡"),
        ("山体滑坡，村民2人和他的父母被埋遇难", 4, L, "2人和他的父母被埋遇难"),
        ("一对夫妻和他们的两个孩子在火灾中丧生", 4, L, "夫妻和他们的两个孩子在火灾中丧生"),
        ("一对老夫妻在家中煤气中毒身亡", 2, G, "一对老夫妻在家中煤气中毒身亡"),
        # a part of the list that names no one is no victim
        ("男子与人斗殴身亡", 1, G, "男子与人斗殴身亡"),
        # colloquial 仨 (three) and 俩 (two), after or before who they count
        ("兄弟仨水库游泳溺亡", 3, L, "兄弟仨水库游泳溺亡"),
        ("仨孩子池塘戏水溺亡", 3, L, "仨孩子池塘戏水溺亡"),
        ("娘俩被困火场不幸遇难", 2, G, "娘俩被困火场不幸遇难"),
        # the same people go on after being trapped or a 后 (the clause names no one after it)
        ("母女被困电梯窒息身亡", 2, G, "母女被困电梯窒息身亡"),
        ("祖孙三人被困屋内不幸遇难", 3, L, "三人被困屋内不幸遇难"),
        ("兄弟俩溺水后身亡", 2, G, "兄弟俩溺水后身亡"),
    ],
)
def test_each_person_of_a_list_of_victims_counts(text: str, deaths: int, grade: IncidentGrade, quoted: str) -> None:
    p = propose(text)
    assert (p.figures.deaths, p.grade) == (deaths, grade), p.reasons
    reason = next(r for r in p.reasons if r.startswith("死亡"))
    assert f"“{quoted}”" in reason, reason


def test_people_after_a_number_whose_number_is_unwritten_make_it_a_lower_bound() -> None:
    p = propose("夫妻二人及其子女不幸身亡")  # how many children is not written
    assert (p.figures.deaths, p.grade) == (2, G), p.reasons
    assert any("子女未写明人数" in r for r in p.reasons), p.reasons


def test_a_list_of_the_hurt_counts_each_but_not_things() -> None:
    assert extract_figures("男子持刀砍伤妻子和女儿后自杀").injured == 2
    assert extract_figures("货车失控撞伤一名行人和路边护栏").injured == 1
    assert extract_figures("醉驾男子撞伤行人和护栏后逃逸").injured == 1
    assert extract_figures("夫妻俩打伤邻居").injured == 1  # the pair are the doers


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # an animal killed earlier in the clause does not hide the person killed after it
        ("一只狗被车撞死后车主打死村民", 1),
        ("一只狗被车撞死后，车主与村民发生冲突致1人死亡", 1),
        ("村民家的狗被毒死，狗主人随后与人争执被打死", 1),
        ("羊群被洪水冲走，放羊老人也不幸溺亡", 1),
        ("养鸡场老板夜间巡塘时溺亡", 1),
        # the animal alone is no one
        ("一只狗被车撞死", 0),
        ("暴雨致养殖场200余头生猪溺死", 0),
        ("村民家的牛死亡", 0),
    ],
)
def test_animals_do_not_hide_the_people(text: str, deaths: int) -> None:
    p = propose(text)
    assert p.figures.deaths == deaths, p.reasons


@pytest.mark.parametrize(
    ("text", "missing", "grade", "said"),
    [
        # missing without a number: people at least, a lower bound said so
        ("渔船沉没，船上渔民失联", 1, G, "失踪/失联1人（未写明人数，下限：至少1人"),
        ("山洪过后，仍有人失踪", 1, G, "下限：至少1人"),
        ("山体滑坡，若干人失踪", 2, G, "下限：至少2人"),
        ("矿井透水，数名矿工失联", 2, G, "下限：至少2人"),
        # counted with the deaths, it can reach 较大
        ("客船翻沉，2人死亡，另有乘客失踪", 1, L, "共3人"),
        ("泥石流冲毁村庄，已致1人死亡多人失踪", 2, L, "共3人"),
    ],
)
def test_unnumbered_missing_is_a_lower_bound(text: str, missing: int, grade: IncidentGrade, said: str) -> None:
    p = propose(text)
    assert (p.figures.missing, p.grade) == (missing, grade), p.reasons
    assert any(said in r and "失踪/失联按条例计入死亡" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "卫星在轨失联",
        "开发商老板失联，业主维权无门",
        "出纳携款失踪，公司报警",
        "失踪多日的老人已平安找到",
        "老人失踪多年，家人仍在寻找",
        "社区排查失联党员",
    ],
)
def test_missing_that_is_no_casualty(text: str) -> None:
    assert extract_figures(text).missing == 0


@pytest.mark.parametrize(
    ("text", "deaths", "injured"),
    [
        # the number after a case is of the case (those arrested), not its victims (a verdict's whole
        # toll is an earlier event's: test_grading_verdicts)
        ("商人雇凶杀害合伙人案7人被批捕", 1, 0),
        # what happened next is not the verb's victims
        ("男子持刀砍死妻子后又致3人受伤", 1, 3),
        ("歹徒砍死1人砍伤3人", 1, 3),
    ],
)
def test_a_number_after_a_case_or_what_followed_is_not_the_victims(text: str, deaths: int, injured: int) -> None:
    f = extract_figures(text)
    assert (f.deaths, f.injured) == (deaths, injured), f.report


def test_someone_hurt_where_on_them_after_an_incident_is_one_injured() -> None:
    """土墙突然倒塌，砸中一名老人，老人腿部受伤: the old man hurt in his leg (a bare 受伤 of a person and a part)."""
    p = propose("今天早上6点多，坛石镇坛石村一处老房子土墙突然倒塌，砸中路过的一名七十多岁老人，老人腿部受伤。")
    assert p.figures.injured == 1, p.reasons
