"""Forms an eighteenth round of batteries written from the README alone (mines, fireworks and chemicals, lifts and
rides, boats, schools, hospitals) found graded wrong."""

from __future__ import annotations

from tests.classifier.grades import E, M, assert_graded, table_tests

UNGRADED = [
    # a notice of an accident's supervision, its day not told as news tells a day of this month (a guard)
    "关于对贺村镇“11·18”较大爆炸事故查处实行挂牌督办的通知",
    "省安委办决定对2025年3月6日发生的某化工企业较大爆炸事故查处实行挂牌督办。",
]

GRADED = [
    # a toll still rising, its earlier figure told between (已由…升至), under supervision (had been none)
    ("截至目前，某商贸城火灾遇难人数已由19人升至31人，国务院安委会已对该起火灾查处挂牌督办。", E),
    ("某煤矿透水事故死亡人数已由18人增至22人，省安委办对该事故查处实行挂牌督办。", M),
    # a day of this month told as news tells it, with no month or year, under supervision (had been none)
    ("20日晚8时许，某县一在建桥梁发生垮塌，造成12人死亡。省政府已对该起事故查处实行挂牌督办。", M),
    ("21日上午，西山景区一座玻璃栈道发生坍塌事故。省安委办决定对该起重大事故查处实行挂牌督办。", M),
]

test_no_incident_of_now_no_grade, test_graded_as_told = table_tests(UNGRADED, GRADED)


def test_an_old_accidents_supervision_with_its_full_date_stays_ungraded() -> None:
    """A guard: a day told with its month and year is no day of this month's news."""
    text = "2025年11月20日晚8时许，某县一在建桥梁发生垮塌，造成12人死亡。省政府对该起事故查处实行挂牌督办。"
    assert_graded(text, None)
