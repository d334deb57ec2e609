"""Forms a nineteenth round of batteries written from the README alone (gas explosions, building sites, food and
water poisonings, fires, natural disasters, factories, buses and railways, crowds, drownings, utilities and streets,
the countryside, follow-ups and corrections, a desk's day, hazardous chemicals) found graded wrong."""

from __future__ import annotations

from tests.classifier.grades import E, G, L, M, assert_graded, table_tests

UNGRADED = [
    # a question of the rule, or an explainer's title, its count asked (had been 一般)
    "液化气罐爆炸死几个人才算较大事故？",
    "工地坍塌死亡多少人属于重大事故？一文看懂生产安全事故等级划分",
    # an earlier accident's toll told a clause after it with 那次 (had been 较大)
    "建议在村口下坡急弯加装护栏和减速带。2018年这里就有一辆面包车翻下去过，那次死了三个人，现在大货车还是开得飞快。",
    # an explainer asking why such things happen (had been 一般)
    "为什么会发生拥挤踩踏？专家解读踩踏事故的成因",
    # a count of such incidents, its grade named before 火灾事故 and its count (had been 较大 by the grade named)
    "今年以来，全省共发生较大火灾事故4起，共造成15人死亡，同比减少1起。",
]

GRADED = [
    # water told polluted, then drunk: those poisoned are the environmental plan's, no food's (had been 一般 or 较大
    # by the food-safety plan, or none)
    ("上游化工厂往河里偷排废水，下游村子的井水被污染了，五十几个村民喝了以后出现中毒症状，都送医院了", M),
    ("某镇水库遭上游企业排放的含砷废水污染，周边村民饮用后，已有16名村民出现中毒症状。", L),
    ("某溪流遭含铬废水污染，沿岸村庄共有112名村民饮用溪水后出现中毒症状。", E),
    # an account's 昨日本号 is no Japan (had been none, as abroad)
    ("更正：昨日本号推送的液化气爆燃消息有误，“2人死亡”应为“2人受伤”，特此致歉。", G),
    # those counted before what they were doing, how they fell and the hospital (had been at least 1)
    ("今天下午，某在建厂房的钢结构屋面突然坍塌，4名正在屋面施工的工人随之坠落，经送医抢救无效死亡。", L),
    # the dead counted by who they were, told by what they did (had been at least 1)
    ("工地那边的井架倒了 当场压死了三个搬砖的", L),
    # a slope's danger by the people it threatens, what stands below named first (had been none)
    ("村后山体出现多条裂缝并缓慢下滑，威胁山脚下村卫生室、幼儿园及86户520余名村民安全，已组织转移。", M),
    # (a slope's collapse typed as an accident, no one hurt: had been 一般)
    ("巡查发现，下庄村后山出现两条拉裂缝，局部已有垮塌，坡体有整体下滑可能，威胁坡下32户128人。", L),
    # those found dead when brought out, then one who died after (had been the first two alone)
    ("山体滑坡致4名村民被埋，经搜救，2人被挖出时已无生命体征，1人送医后经抢救无效死亡。", L),
    # a loss revised down, told between its words and its amount (had been the first estimate, 特别重大)
    ("某物流园火灾初步估算直接经济损失约1.1亿元。经评估机构核定，直接经济损失核减为8600万元。", M),
    # a fire dated by its morning or its night, no one hurt (had been none)
    ("新莊一倉庫昨夜大火　消防出動30車搶救　無人傷亡", G),
    # a plant gone off as people post it (had been none)
    ("工业区那家化工厂刚才炸了 整条街都听到了", G),
    # someone struck where it hurts by what fell (had been none)
    ("今天下午，一名装卸工在仓库卸货时，被滑落的纸箱砸中头部，已送医治疗。", G),
    # a plant's gas told by its smell, drifted over villagers who fell ill (had been none)
    ("昨晚，一印染企业排放的恶臭气体飘入周边小区，5名居民出现头晕、恶心症状，被送往医院观察。", G),
    # those aboard, some saved, the rest still sought, the dead counted between (had been the dead alone, 重大)
    ("一艘渡轮在江面翻沉，船上共有乘客和船员64人。截至20时，已救起20人，确认遇难12人，其余人员仍在全力搜寻中。", E),
    # (a headline's spaces its commas: had been 一般, and the dead alone)
    ("载有45人的客船在峡江倾覆 目前仅救起12人 搜救仍在持续", E),
    ("某湖游船侧翻 11名游客落水 已有8人遗体被打捞上岸 3人仍在搜寻中", M),
    # a family by 口 swept away, none found (had been 一般)
    ("山洪下来的时候，在溪边洗衣服的一家三口都被冲走了，到现在一个都没找到", L),
    # Hong Kong's drowning (had been none)
    ("長洲東灣今午有泳客遇溺，由救生員救起送院，延至晚上證實不治。", G),
    # people kept by the tide or a stream, rescued unhurt (had been none)
    ("三名赶海的市民被涨潮困在礁石上，消防员用救生绳将三人安全转移上岸。", G),
    ("溪水暴涨，6名游客被困在沙洲上，消防用冲锋舟将人全部接上岸，无人受伤。", G),
    ("昨天下午，5名学生在溪中玩耍时被突涨的溪水围困，消防员将5人全部安全转移。", G),
    # those actually aboard (实载), some saved, the rest still sought (had been 一般)
    ("一辆大型客车（核载55人，实载50人）冲破护栏坠入江中。截至20时，已救起11人，其余人员仍在全力搜救中。", E),
    # only some survived, the day and where between (had been 一般)
    ("一辆载有45人的客车20日深夜在某高速隧道内起火，车上仅9人生还。", E),
    # those brought out by the rescuers, then dead (had been at least one)
    ("3名工人在清理化粪池时中毒。3人被消防救援人员救出后送医，经抢救无效死亡。", L),
    # no one hurt in a train's, a bus's or a street's mishap (had been none)
    ("一列动车撞上山体落石后紧急停车，车上旅客无人受伤。", G),
    ("一辆公交车失控冲上人行道，撞断两根路灯杆，幸无人员受伤。", G),
    ("小区门口的马路突然陷下去一个大洞，一辆电动车掉了进去，骑车人没受伤。", G),
    ("今晚楼道里的燃气表箱突然冒火，物业用灭火器扑灭，没人受伤。", G),
    # a house half come down, a tractor over a field's edge, as people post them (had been none)
    ("村口那间老泥房昨天夜里塌了半边，好在里面没住人", G),
    ("邻村一个大叔开拖拉机下坡 翻到田坎下面去了 人压在车底下", G),
    # a meal's sick so far told with where they went, one of them dead (had been 一般, as a tally)
    (
        "某村民家办寿宴，当晚起宾客陆续出现腹痛、腹泻症状。截至今天17时，累计到医院就诊126人，其中1名老人经抢救无效死亡。",
        M,
    ),
    # a plant letting out a gas, villagers taken ill (had been none)
    ("昨夜，村旁一家小作坊排放刺激性气体，5名村民出现头晕、恶心症状被送往卫生院。", G),
    # a store pouring out smoke, no one hurt (had been none)
    ("葵涌一間倉庫今早冒出大量濃煙，消防到場撲救，暫無人受傷。", G),
    # a paper's correction, its quote closed and a comma before the words that it was wrong (had been 重大)
    ("更正：本报昨日《两车相撞》一文称事故“致12人死亡”，系记者误写，经核实实为5人死亡。", L),
    ("更正：本台今天早间报道称事故“致10人死亡”，有误，经核实，实为4人死亡。", L),
    # what was posted, told a clause before the quote of its figure, then denied (had been 特别重大)
    (
        "22日下午，有网民在某短视频平台发布视频称，某高速公路在建隧道塌方“死了四十多个工人”。记者从应急管理局获悉，"
        "事故共造成12名工人遇难，网传“四十多人死亡”的说法不实。",
        M,
    ),
]

test_no_incident_of_now_no_grade, test_graded_as_told = table_tests(UNGRADED, GRADED)


def test_those_counted_before_their_fall_and_their_death_are_the_dead() -> None:
    assert_graded("今天上午，3名正在作业的工人随吊篮坠落，经送医抢救无效死亡。", L, deaths=3)


def test_a_question_of_the_rule_after_a_toll_keeps_the_toll() -> None:
    # (a guard: the toll is told before the question)
    assert_graded("某化工厂爆炸造成4人死亡，死几个人算较大事故？", L, deaths=4)
