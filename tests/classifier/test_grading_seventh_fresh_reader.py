"""Forms a seventh round of batteries written from the README alone (boats and drowning, building sites,
outbreaks, hotline messages, rumours and denials, forest fires) found graded wrong."""

from __future__ import annotations

import pytest

from models.enums import IncidentGrade
from tests.classifier.grades import G, assert_graded

UNGRADED = [
    # the notifiable diseases' cases of a month summed, and a disease's season or period summed
    "2026年9月全市法定传染病疫情概况：共报告法定传染病病例3120例，死亡12人。",
    "上月全省报告甲乙类传染病发病1.8万例，死亡41人，发病率同比下降。",
    "今年流感季以来，全市累计报告流感死亡病例14例，疾控提醒老人和儿童尽早接种疫苗。",
    "1至10月，全市共报告手足口病病例512例，其中重症3例，无死亡病例，发病数同比下降15%。",
    # clusters counted over a week, each told where it happened
    "上周全县共报告诺如病毒聚集性疫情4起，涉及病例87例，均发生在幼儿园和小学。",
    # a disease's advice, a single case, a disease's absence: no outbreak
    "甲流和普通感冒有什么区别？儿科专家：甲流起病急、高热明显，出现症状48小时内用药效果最好。",
    "问：孩子得了手足口病还能上学吗？答：患儿应居家隔离至症状消失后一周，重症病例极少见。",
    "某中学一名高二学生确诊肺结核，学校已对同班师生开展筛查，暂未发现新的病例。",
    "我市已连续5年无本地登革热病例报告。",
]

GRADED = [
    # a disease with several cases or an outbreak told keeps its grade
    ("城南一幼儿园出现手足口病病例9例，已停课消毒", G),
    ("某中学流感暴发，一个年级二十多个学生发烧请假", G),
    ("某小学发生诺如病毒感染，40多名学生出现呕吐腹泻症状", G),
]
"""Texts and the grade their incident takes."""


@pytest.mark.parametrize("text", UNGRADED)
def test_no_incident_of_now_no_grade(text: str) -> None:
    assert_graded(text, None)


@pytest.mark.parametrize(("text", "grade"), GRADED)
def test_graded_as_told(text: str, grade: IncidentGrade) -> None:
    assert_graded(text, grade)
