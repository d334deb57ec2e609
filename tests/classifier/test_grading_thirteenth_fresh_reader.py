"""Forms a thirteenth round of batteries written from the README alone (gas explosions, lifts and doors, drowning,
news roundups, mines, follow-ups days later) found graded wrong."""

from __future__ import annotations

import pytest

from tests.classifier.grades import E, G, L, M, assert_graded, table_tests

UNGRADED = [
    # a rule's class or a kind's grades, no figure at all (had been 一般 from 事故)
    "客运索道滞留人员超过3小时的，为一般特种设备事故。",
    "科普：燃气事故分为特别重大、重大、较大和一般四个等级。",
    # an anniversary, then the disaster it remembers by its year and a clause of its own (had been 重大)
    "天津港“8·12”爆炸事故十周年：2015年8月12日，瑞海公司危险品仓库发生火灾爆炸，造成165人遇难。",
    # a disaster's memorial day, its toll recalled by 那年 (had been 特别重大)
    "今天是汶川地震纪念日 那年走了好几万人 愿逝者安息",
    # an earlier incident named by its date's code: its mine halted, those to blame tried, its insurance paid,
    # its dead's funeral, its finding (each had been 一般 from its accident word)
    "因“7·14”运输事故被责令停产整顿的某金矿，经验收合格，已于今日恢复生产。",
    "“9·2”坍塌事故8名责任人被依法追究刑事责任，另有12名公职人员受到党纪政务处分。",
    "保险公司已向“8·21”客车侧翻事故5名遇难者家属赔付理赔款共计300万元。",
    "“4·16”火灾事故遇难者遗体告别仪式今天上午举行。",
    "“3·9”电梯事故调查结论将于下周公布。",
    # a week's toll across a country, opening with 一周内 (had been 特别重大: 一周…发生 was read as one incident)
    "一周内全国多地发生游客溺水事件，已致20余人死亡，文旅部门提醒注意安全。",
    # a dream (had been 一般: 淹死 read as a death)
    "做梦梦到自己开车掉进水库淹死了，吓醒了",
    # animals counted, poisoned, what they ate between (had been 一般: one person dead)
    "邻居家的15只山羊疑因吃了打过除草剂的玉米秆中毒死亡，损失约2万元。",
    # a province's meeting on half a year's accidents
    "全市安全生产形势分析会召开，会议通报了前三季度全市事故情况，部署严防较大事故。",
    # an epidemic abroad, none brought home (had been 特别重大: 我国 read as a place here)
    "据世卫组织通报，苏丹霍乱疫情已致500余人死亡，我国尚未发现输入病例。",
]

GRADED = [
    # those aboard, only some saved as the search goes on (仅救起), a mine's brought up (升井), a count of the time
    # since between, the rest dead or missing told together (each had been 一般 or none)
    ("载有40余名乘客的客船在江中翻沉，目前仅救起9人，搜救仍在进行", E),
    ("某煤矿井下发生透水，当班井下共有38人，目前仅6人安全升井，其余人员下落不明。", E),
    ("载有46人的客船倾覆已过去48小时，目前仅12人获救，搜救仍在持续。", E),
    ("一艘客船在湖面翻沉，船上共有40人，截至今晨仅5人生还，其余人员遇难或下落不明。", E),
    # posted: those aboard told by what they went for, the rest not found (about 26)
    ("渡船上三十来个去赶集的，到现在只救上来四个，其他的一个都还没找到", M),
    # groups counted and joined before what they did together (had been 一般: one)
    ("为救落水少年，两名渔民和一名辅警先后跳入江中，不幸遇难。", L),
    # two named by a pair, one told by what they were doing (had been 一般: one)
    ("隔壁小饭店液化气罐炸了，老板夫妻俩和一个来吃饭的都没跑出来", L),
    # the count nearest all gone (had been 一般: the two children)
    ("两个孩子在水塘边玩掉下去了，奶奶下去拉，三个人捞上来都已经没了", L),
    # those gone to swim, not found yet (had been none)
    ("三个孩子去河里游泳 到现在都还没找到", L),
    # a family of whom one survived, told by who she was (had been 一般)
    ("一家五口误食毒蘑菇中毒，仅女儿一人幸存", L),
    # a rumour online, then the police's figure (had been 较大 on the rumour's)
    ("网上都在说死了5个，后来交警通报是1人死亡、2人受伤", G),
    # one found drowned, the body found downstream so far (had been none)
    ("须江一男子游泳失联 遗体今天下午在下游约500米处被找到", G),
    # hurt by a door or a lift caught in (夹伤, 夹了…骨折), had been none
    ("商场旋转门夹伤4岁女童 额头缝了3针", G),
    ("电梯门突然关上，把我奶奶的手夹了，现在手腕骨折在医院", G),
    # pollution that killed animals, no one hurt (had been none once the animals were no longer read as people)
    ("某村附近溪沟水体遭污染，300余只鸭子饮水后死亡。", G),
]
"""Texts and the grade their incident takes."""


test_no_incident_of_now_no_grade, test_graded_as_told = table_tests(UNGRADED, GRADED)


def test_those_trapped_below_are_not_the_missing() -> None:
    # (the rest still searched for are trapped, not missing: the search for those brought up does not make them so)
    assert_graded("某煤矿发生透水事故，井下18人被困，已有9人升井，其余人员仍在搜救中", G, missing=0)


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        # one of those counted, each told by 一个 (had been one)
        ("小吃店煤气罐炸了 里面两个人 一个脸上烧伤了 一个被玻璃划伤", 2),
        # the part crushed between the person and its break (had been no one)
        ("一辆叉车倒车时将一名女工撞倒，致其左腿被叉车碾压骨折。", 1),
        # a part bruised after what caught it (had been no one)
        ("一名村民在揉捻机运转时伸手整理茶叶，右手被卷入揉捻盘，手掌严重挫伤。", 1),
        # the one struck, by the part struck (had been no one)
        ("一名焊工在车间作业时，一块钢板从行车上坠落，砸中其腿部，伤者已送医院救治。", 1),
        # one still in intensive care as it is written (had been no one)
        ("一名搬运工不慎从货架上跌落，头部着地，目前仍在重症监护室抢救。", 1),
    ],
)
def test_one_hurt_as_told(text: str, injured: int) -> None:
    assert_graded(text, G, injured=injured)


def test_one_struck_who_died_is_no_longer_hurt() -> None:
    p = assert_graded("一块钢板坠落，砸中其胸部。伤者经送医抢救无效死亡。", G, deaths=1)
    assert p.figures.injured == 0, p.reasons


def test_a_policy_that_wounds_morale_hurts_no_one() -> None:
    assert_graded("这种一刀切的考核办法严重挫伤了基层干部的积极性", None)
