"""A court's verdict or a trial tells of a case tried, an earlier event: its toll is not of an
incident reported now, and it gets no grade (a 5-hour clock does not start on a sentencing)."""

from __future__ import annotations

import pytest

from classifier.grading import propose
from tests.classifier.grades import G, L


@pytest.mark.parametrize(
    "text",
    [
        "货车司机醉驾撞死2人被判有期徒刑6年",
        "男子持刀杀害邻居一审被判死刑",
        "男子因琐事将其邻居勒死被判死刑",
        "男子纵火致邻居3人死亡获刑15年",
        "被告人驾驶货车致3人死亡，法院判处其有期徒刑5年。",
        "两名工人在有限空间作业时中毒死亡，企业负责人获刑3年",
        # cases released as examples
        "省高院发布一批交通肇事犯罪典型案例，其中一案中，某货车司机超载行驶致5人死亡",
        "市应急管理局通报安全生产执法典型案例。案例二：某厂违规动火引发火灾，造成3人死亡。",
    ],
)
def test_the_toll_of_a_case_tried_gets_no_grade(text: str) -> None:
    p = propose(text)
    assert p.figures.deaths == 0, p.reasons
    assert p.grade is None, p.reasons


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # an earlier conviction of those involved now
        ("昨晚一辆货车撞上路边摊位，造成3人死亡，肇事司机曾因醉驾被判刑。", L),
        ("昨晚一辆货车撞上路边摊位，造成3人死亡。肇事司机此前曾被判处缓刑。", L),
        # a sentence to come
        ("男子醉驾致4车连撞 律师称其或将获刑6个月", G),
        # 被判定 is no verdict
        ("经调查，该起事故被判定为生产安全责任事故，造成3人死亡。", L),
        ("一男子驾车撞伤行人后逃逸，警方已将其刑事拘留。", G),
        # an incident beside examples told as a lesson, without 发布
        ("昨日一化工厂发生爆炸造成3人死亡，这一教训应作为典型案例警示各企业。", L),
    ],
)
def test_an_incident_beside_a_conviction_keeps_its_grade(text: str, grade: object) -> None:
    p = propose(text)
    assert p.grade is grade, p.reasons
