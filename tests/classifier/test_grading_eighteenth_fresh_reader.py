"""Forms an eighteenth round of batteries written from the README alone (mines, fireworks and chemicals, lifts and
rides, boats, schools, hospitals) found graded wrong."""

from __future__ import annotations

import pytest

from tests.classifier.grades import E, G, M, assert_graded, table_tests

UNGRADED = [
    # a notice of an accident's supervision, its day not told as news tells a day of this month (a guard)
    "关于对贺村镇“11·18”较大爆炸事故查处实行挂牌督办的通知",
    "省安委办决定对2025年3月6日发生的某化工企业较大爆炸事故查处实行挂牌督办。",
    # a city's accidents summed so far (a guard)
    "截至今日，全市道路交通事故死亡人数累计达120人。",
]

GRADED = [
    # a toll still rising, its earlier figure told between (已由…升至), under supervision (had been none)
    ("截至目前，某商贸城火灾遇难人数已由19人升至31人，国务院安委会已对该起火灾查处挂牌督办。", E),
    ("某煤矿透水事故死亡人数已由18人增至22人，省安委办对该事故查处实行挂牌督办。", M),
    # a day of this month told as news tells it, with no month or year, under supervision (had been none)
    ("20日晚8时许，某县一在建桥梁发生垮塌，造成12人死亡。省政府已对该起事故查处实行挂牌督办。", M),
    ("21日上午，西山景区一座玻璃栈道发生坍塌事故。省安委办决定对该起重大事故查处实行挂牌督办。", M),
    # someone or something counted fallen from a height, as people post it (had been none)
    ("石门镇 今天上午 一个摘柚子的大伯从树上摔下来了 头先着地 120拉走了", G),
    ("工地上一个小工从二楼楼板边上掉下去了 送医院了", G),
    ("刚刚 一块玻璃从十几层高的地方掉下来了 把楼下的电瓶车砸坏了", G),
    # one accident's toll so far, named as such with 累计 (had been 一般 from those who died since, the total a tally)
    ("续报：事故中又有1名伤者经抢救无效死亡，截至今日18时，事故死亡人数累计达12人。", M),
]

test_no_incident_of_now_no_grade, test_graded_as_told = table_tests(UNGRADED, GRADED)


@pytest.mark.parametrize(
    "text",
    [
        # a death as people post it, told after what someone said (had been none read)
        "一个男的从脚手架上掉下来了 医生来了说人已经没了",
        # or with no word of when (had been none read)
        "有个老伯从屋顶上摔下来了 人没了",
    ],
)
def test_a_death_as_posted(text: str) -> None:
    assert_graded(text, G, deaths=1)


def test_the_hurt_posted_after_the_dead() -> None:
    """死了1个 伤了3个: the hurt as people post them after the dead, counted by 个 (had been the dead alone)."""
    assert_graded("村口大货车跟面包车撞了 死了1个 伤了4个 都拉到医院去了", G, deaths=1, injured=4)


def test_the_part_hurt_of_one_named_again_as_its_own() -> None:
    """被埋工人被救出，其右腿受伤: the part hurt, of the one the clause before names (had been none read)."""
    text = "今天上午，城北一处管道沟槽发生塌方，一名工人被埋。被埋工人被消防员救出，其右腿受伤，已送医救治。"
    assert_graded(text, G, injured=1)


def test_a_fall_of_a_thing_not_told_of_a_height_is_no_incident() -> None:
    """A guard: fruit come off a tree, counted, is no fall of anyone's."""
    assert_graded("院子里的柿子熟了 一个个从树上掉下来了", None)


def test_an_old_accidents_supervision_with_its_full_date_stays_ungraded() -> None:
    """A guard: a day told with its month and year is no day of this month's news."""
    text = "2025年11月20日晚8时许，某县一在建桥梁发生垮塌，造成12人死亡。省政府对该起事故查处实行挂牌督办。"
    assert_graded(text, None)
