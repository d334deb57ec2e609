"""Outbreaks and harm from vaccination graded by 《国家突发公共卫生事件应急预案》 (1.3 分级)."""

from __future__ import annotations

import pytest

from classifier.grading import propose
from models.enums import EventType, IncidentGrade
from tests.classifier.grades import G, L, M


@pytest.mark.parametrize(
    ("text", "grade", "reason"),
    [
        # 肺鼠疫, 肺炭疽: under 5 cases 较大, 5 or more in a county within 6 days 重大
        ("某县确诊2例肺鼠疫病例", L, "肺鼠疫2例，一个平均潜伏期内不足5例为较大"),
        ("某县6天内报告肺炭疽病例5例", M, "肺炭疽5例，一县一个平均潜伏期内（6天）5例以上为重大"),
        # a case or an outbreak told breaking out, not counted
        ("某地发生肺鼠疫病例", L, "肺鼠疫病例数未写明，一个平均潜伏期内不足5例为较大"),
        ("某县出现霍乱疫情", G, "霍乱病例数未写明，一县1周内9例以下为一般"),
        # 腺鼠疫: under 10 一般, 10 较大, 20 重大; 鼠疫 of no stated form read so, with the check
        ("某旗确诊1例腺鼠疫病例", G, "腺鼠疫1例，一县一个平均潜伏期内不足10例为一般"),
        ("某县报告腺鼠疫病例12例", L, "腺鼠疫12例，一县一个平均潜伏期内10例以上为较大"),
        ("某地发现1例鼠疫病例", G, "未写明鼠疫类型，按腺鼠疫定级；若为肺鼠疫则为较大"),
        # 霍乱 within a week: 9 or fewer 一般, 10–29 较大, 30 重大; the latest cumulative figure counts
        ("某县报告3例霍乱病例", G, "霍乱3例，一县1周内9例以下为一般"),
        ("某县新增霍乱病例3例，累计12例", L, "霍乱12例，一县1周内10～29例为较大"),
        ("某县霍乱疫情已致1人死亡，发病人数达32人", M, "霍乱32例，一市1周内30例以上为重大"),
        # 非典 and 人感染高致病性禽流感: a suspected case is 重大
        ("某医院收治1例疑似非典病例", M, "非典疑似病例为重大"),
        ("某市发现1例人感染H5N1禽流感病例", M, "有扩散趋势则为特别重大，请核实"),
        # the subtype before 高致病性, and 型
        ("某地发现1例人感染H5N1高致病性禽流感病例", M, "有扩散趋势则为特别重大，请核实"),
        ("某市确诊一例人感染H5N6型禽流感病例", M, "有扩散趋势则为特别重大，请核实"),
        # a disease of unknown cause that struck a group, in a county: 较大
        ("某村多名村民患上不明原因疾病", L, "一县内发现群体性不明原因疾病为较大"),
        # or its signs, named before a disease is
        ("某镇卫生院接诊多名不明原因发热患者，1人已死亡", L, "一县内发现群体性不明原因疾病为较大"),
        ("某市报告5例不明原因肺炎病例", L, "一县内发现群体性不明原因疾病为较大"),
        # vaccination: a death 重大 (whether the vaccine's is for the investigation), a group's reaction 较大
        ("某地一婴儿接种疫苗后死亡", M, "预防接种或群体性预防性服药出现人员死亡为重大；死亡与接种、服药是否有关"),
        ("某校30多名学生接种疫苗后出现不良反应", L, "出现群体心因性反应或不良反应为较大"),
        # counted with 余, or exactly, before the vaccine
        ("某中学20余名学生接种流感疫苗后出现头痛等不良反应", L, "出现群体心因性反应或不良反应为较大"),
        ("某幼儿园12名儿童注射疫苗后陆续出现异常反应", L, "出现群体心因性反应或不良反应为较大"),
        # the vaccine first
        ("某乡麻疹疫苗接种后，陆续有15名学生出现发热等异常反应", L, "出现群体心因性反应或不良反应为较大"),
        ("某县一婴儿乙肝疫苗注射后死亡", M, "预防接种或群体性预防性服药出现人员死亡为重大"),
        # a mass vaccination, the reaction told in the next sentence
        (
            "11月5日上午，社区卫生服务中心在某小学开展流感疫苗集中接种。当日下午起，先后有23名学生出现发热、头晕、皮疹等反应。",
            L,
            "出现群体心因性反应或不良反应为较大",
        ),
    ],
)
def test_an_outbreak_is_graded_by_the_public_health_plan(text: str, grade: IncidentGrade, reason: str) -> None:
    p = propose(text)
    assert p.grade is grade, p.reasons
    assert any(reason in r and "突发公共卫生事件" in r for r in p.reasons), p.reasons
    assert p.event_type is EventType.PUBLIC_HEALTH


def test_the_reason_quotes_the_disease_with_its_count() -> None:
    p = propose("某县报告腺鼠疫病例12例")
    assert any("（原文“腺鼠疫病例12例”）" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "某县疾控中心开展鼠疫防控知识宣传",  # no case told
        "网传某地发生霍乱系谣言",  # a rumour denied
        "某地开展霍乱应急演练",  # a drill
        "如发生鼠疫疫情，应立即上报",  # what to do if one broke out
        "开展鼠疫疫情防控知识培训",
        "世卫组织称津巴布韦霍乱已致3028人死亡",  # abroad
        "我昨天出现不明原因的发热，去医院也没查出来",  # one person's illness: no group
        "一名老人因不明原因肺炎入院治疗",
        "请问孩子接种疫苗后发热怎么办",  # no death, no group reaction
        "1名儿童接种疫苗后出现轻微不良反应",  # one child's
        "全市新冠疫苗接种工作有序推进，未出现异常反应",  # denied
        # the next sentence's advice, no reaction told
        "我市开展流感疫苗集中接种。接种后如出现发热等反应请及时就医",
    ],
)
def test_no_outbreak_is_graded_where_none_is_told(text: str) -> None:
    p = propose(text)
    assert not any("突发公共卫生事件：" in r for r in p.reasons), p.reasons
    assert p.grade in (None, G), p.reasons
