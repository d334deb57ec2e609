"""Forms a tenth round of batteries written from the README alone (fireworks, construction sites, electric
bicycles, boats, hazardous-goods trucks, official notices) found graded wrong."""

from __future__ import annotations

from tests.classifier.grades import G, L, assert_graded, table_tests

UNGRADED = [
    # a hospital's patients over a holiday
    "春节七天假期，县人民医院共接诊烟花爆竹炸伤患者38人。",
    "国庆长假期间，市第一医院急诊科累计接诊交通事故伤员96人。",
    # a report of casualties not had, the cause between
    "元旦夜全县平稳，暂未接到因燃放烟花爆竹引发的火灾和人员伤亡报告。",
    # a hoax quoted
    "男子谎称“水库边有人落水 两个小孩被冲走了”报假警，被行政拘留。",
    # a season's rescues after its count of incidents
    "今年汛期以来，全县共发生水上险情7起，成功救起落水群众21人。",
    # an accident's measures carried out, long after it
    "“5·12”较大火灾事故整改落实情况评估报告：各项整改措施已落实到位。",
    # a kind's share of many incidents, the next kind after it
    "统计显示，高处坠落事故占建筑施工事故总数的四成以上，物体打击事故次之。",
]
"""Texts that report no incident of now."""

GRADED = [
    # a funeral's meal, its sick and one dead: the food-safety plan's 较大
    ("某村民家中办丧宴，次日凌晨起有41名亲友出现腹痛、呕吐症状，1名老人经抢救无效死亡。", L),
    # what burned counted at least, then its value
    ("某家具城发生火灾，大火烧毁各类家具3000余件，价值约2600万元，无人员伤亡。", L),
    # a family counted by 口, none came up
    ("一家四口乘竹筏过江，竹筏在江心侧翻，一家四口都没上来。", L),
    # a day's 日 before 本报, 本台: no Japan
    ("据昨日本报报道，城西一仓库发生火灾，造成3人死亡。", L),
    ("今日本台消息，城西一仓库发生火灾，造成3人死亡。", L),
]
"""Texts and the grade their incident takes."""


test_no_incident_of_now_no_grade, test_graded_as_told = table_tests(UNGRADED, GRADED)


def test_a_correction_of_a_figure_wrongly_reported_before() -> None:
    # (昨日本报 had been Japan, ungraded; 此前误报为4人死亡 had been four dead)
    p = assert_graded("更正：昨日本报报道的仓库爆炸事故造成4人受伤，此前误报为4人死亡，特此更正。", G)
    assert p.figures.deaths == 0 and p.figures.injured == 4, p.reasons
