"""Forms a fifteenth round of batteries written from the README alone (mines and tunnels, hazardous chemicals, road
traffic, fires, natural disasters, texts that are no incident, boats and the sea, crowds, follow-ups) found graded
wrong."""

from __future__ import annotations

from classifier.grading import propose
from tests.classifier.grades import E, G, L, M, assert_graded, table_tests

UNGRADED = [
    # a tip's label longer than eight characters inside its brackets (had been 一般 from 中毒)
    "【冬季防一氧化碳中毒安全提醒】用炭火取暖时务必开窗通风。一氧化碳中毒严重者可在短时间内昏迷。",
    # rules or points to keep (had been 一般 from 窒息, 洪水)
    "受限空间作业“八不准”：不准未经检测进入，发现有人中毒窒息不准盲目施救。",
    "暴雨来了怎么办？这几点请牢记：远离河道，被洪水围困时原地等待救援。",
    # a fire's danger rated, a mine's inrush studied (no fire, no inrush)
    "明天全市森林火险等级为三级火险，请注意野外用火安全。",
    "关于开展矿井突水防治专题培训的通知",
    # a series' story, by its finale or by its episode after who it is about (had been 特别重大, 一般)
    "网剧《深井》大结局中，那场造成四十余名矿工遇难的瓦斯爆炸真相大白。",
    "那部刑侦题材的网剧真好看，第8集那场化工厂爆炸拍得跟真的一样",
    # an account's own article taken down, its words unchecked (had been 一般, 较大)
    "致歉声明：本公众号推送的《突发！某镇一货车坠江多人遇难》一文，内容未经核实，与事实严重不符，现已删除。",
    "本号推送的《某镇烟花厂爆炸4人死亡》一文，内容未经核实，现已删除。",
    # officers called to account over a case (had been 一般 from 伤人)
    "因对“8·3”持刀伤人案处置不力，2名民警被问责",
    # a policy sold, its harms what it covers (had been 一般)
    "货车司机意外险上线！车祸身亡、货物起火统统保，意外身故最高赔付60万元，扫码投保",
    # a year's first months counted as Hong Kong counts them, the deaths against the year before's (had been 重大)
    "消防處今日公布，今年首9個月全港共錄得火警2,980宗；火警中共有12人死亡，去年同期為15人。",
    # a series followed, 那个 between (had been 重大)
    "追的那个剧第9集好虐，矿井透水，一下死了十几个人，编剧太狠了",
    # the public reminded, a unit's tip (had been 一般)
    "衞生署提醒市民，秋冬季節進食火鍋時應確保食物徹底煮熟。如進食後出現嘔吐、腹瀉等食物中毒徵狀，應及早求醫。",
    # how to claim, as Hong Kong asks it (had been 一般)
    "車禍受傷點樣向保險公司索償？律師話你知。",
    # a fine told as people post it, after an accident of before (had been 一般)
    "上个月那个鞭炮厂爆炸的事 厂子被应急局罚了一百八十万",
    # the first three quarters, as Taiwan counts them, against the year before's (had been 特别重大)
    "勞動部今日公布今年前三季職業災害統計，職災死亡人數共計172人，較去年同期減少9人。",
    # a hiring notice whose title runs long before its end (had been 较大)
    "市第一人民医院2026年度第三批公开招聘重症医学科医师及护理人员42名公告",
    # the one remembered, named again by 那次 (had been 特别重大)
    "还记得2014年那起公交车纵火案吗？那次大火造成36人死亡，至今想起来都难受。",
]

GRADED = [
    # those aboard told a sentence before the saved and the rest still sought (had been 一般)
    (
        "一辆载有48人的旅游大巴今天上午冲出公路坠入江中。事发后，当地立即组织力量开展救援。"
        "截至17时，已救起15人，其余人员仍在全力搜救中。",
        E,
    ),
    ("一艘载有20人的渔船今晨在近海倾覆。截至中午，已救起8人，其余人员下落不明。", M),
    # the bodies of those buried dug out, or found with the time between (had been 一般)
    ("某隧道施工段发生塌方，4名工人被埋。经过一夜救援，4名被埋工人遗体已全部挖出。", L),
    ("一矿井发生冒顶，3名矿工被困，3名被困矿工遗体于今天上午被找到。", L),
    # those swept away told in the next clause, not found till now (had been 一般)
    ("村里有四个在河边捞鱼的来不及跑，被冲走了，到现在都还没找到人", L),
    ("泥石流冲走了五个放羊的村民，到现在都还没找到", L),
    # a mine's water inrush as miners call it, a Hong Kong fire by its alarm's level (had been none)
    ("铁矿井下突水，4名矿工被困", G),
    ("荃灣工廈發生三級火 約300人疏散 無人受傷", G),
    # a gas breathed, those who went to hospital told who they were and risen to (had been 一般)
    (
        "农药厂氯气管道破裂，毒气飘进附近村庄。截至今晚8时，因吸入有毒气体到医院就诊的周边村民已增至108人，"
        "其中9人留院观察，暂无死亡。",
        E,
    ),
    # the people evacuated told by their number risen to (had been 一般)
    ("一辆液氨槽罐车侧翻泄漏，周边群众已紧急疏散，疏散人数已增至1.1万余人。", M),
    # a named chemical let out by a tanker, the people around evacuated (had been 一般)
    ("运输甲醇的槽罐车在国道侧翻泄漏，当地紧急疏散周边村民5500余人。", L),
    # a rumour's figure denied right before it (had been 较大)
    ("货车侧翻后1名司机当场身亡，并无网传的4人遇难。", G),
    # hearsay, then the notice's figure (had been 较大)
    ("群里一直在传KTV门口打架砍死了4个，刚看到派出所的通报，是1人死亡", G),
    ("前天还有人说死了七八个 刚看到镇政府的通报 是民房倒塌 2人死亡", G),
    # those aboard counted by 号人 in a post (had been none)
    ("我妈在那条船上😭 船上有三十多号人，到现在只救上来6个，剩下的一个都没找到", M),
    # a small quake that brought down houses counted, no one hurt (had been none)
    ("某县发生3.5级地震，震中附近3间老旧土坯房倒塌，未造成人员伤亡。", G),
    # a feast's guests counted so far with the count between, one dead (had been none, as a tally)
    ("一场寿宴结束后，宾客陆续出现呕吐、腹泻等症状，截至今晚8时，累计115人到医院就诊，其中1名老人抢救无效死亡。", M),
    (
        "一场喜宴结束后，宾客陆续出现上吐下泻、发烧等症状，截至今天下午，累计38人送医，其中一名老人今晨病情恶化，"
        "抢救无效死亡。",
        L,
    ),
    # those counted, then gone on the spot (had been one)
    ("越野车里四个年轻人当场就没气了", L),
    # those swept away by water told at length (had been 一般)
    ("五个人在溪边玩水 被上游冲下来的洪水冲走了 到现在都还没找到", L),
    # the evacuated counted after the verb, as people post it (had been 一般)
    ("化工厂漏气了 整个镇都在撤 听说疏散了七千多人", L),
    # those who breathed a gas, what they felt in a clause of its own (had been none)
    ("一家化工厂违规排放废气，附近中学有63名学生因吸入刺激性气体，先后出现咳嗽、头晕等症状，被送往县医院治疗。", M),
    # a feast told by its tables (had been 一般)
    ("侄子结婚摆了四十几桌，结果半夜一百二十多号人开始拉肚子呕吐", L),
    # the treated risen from last night's (had been 一般)
    ("某中学食物中毒事件续：就医学生已由昨晚的58人增至103人", L),
    # a loss revised down, as Taiwan words it (had been 重大)
    ("倉庫大火直接經濟損失由初估6,200萬元下修為4,500萬元，所幸無人傷亡。", L),
    # those aboard told twice, a headline's and the body's, some saved and the rest sought (had been 一般)
    (
        "载有38名赶集村民的渡船倾覆 目前仅救起6人\n今天早上6时许，一艘载有38名赶集村民的机动渡船在江面倾覆。"
        "事发后，当地立即组织力量开展搜救。截至今日17时，已救起6人，其余人员仍在全力搜救中。",
        E,
    ),
    # two groups aboard, the saved taken to hospital between (had been 一般)
    (
        "一辆载有30名学生和2名随车人员的校车冲入路边水塘。事发后，县里立即组织力量全力搜救。"
        "截至20时，已救起8人，均已送医救治，其余人员仍在全力搜救中。",
        M,
    ),
    # only some saved alive, the search going on (had been 一般)
    ("一架载有46人的小型客机迫降时断裂起火。截至目前，仅5人获救生还，搜救工作仍在进行。", E),
    # a boiler that burst, the hour between; a tank told by its shape (had been 一般)
    ("某纺织公司一台燃煤蒸汽锅炉今天上午9点左右突然爆炸，锅炉房被掀翻，未造成人员伤亡。", L),
    ("一座液化石油气充装站的一台液化石油气卧式储罐今晨发生爆炸，未造成人员伤亡。", L),
    # a toll revised from the figure first notified (had been 一般)
    ("更正：关于“11·20”燃气爆炸事故遇难人数，经公安机关逐一核对，由此前通报的12人核减为11人。特此更正。", M),
    # some of those aboard counted between, the rest sought (had been none)
    ("一艘客轮载有60人，其中外籍乘客5人。截至目前，已救起20人，其余人员仍在全力搜救中。", E),
    # a headline's only so many saved (had been 一般)
    ("舟山一载35人渔船沉没 目前仅救起9人", M),
    # a gas breathed, those taken to hospital risen from last night's (had been 一般)
    ("化工厂液氯管道泄漏事故续：因吸入氯气送医的周边村民由昨晚的29人增至55人。", M),
    # a leak's gas drifted into a school nearby (had been 一般)
    ("离实验中学不远的一家化工厂发生泄漏，刺鼻气体飘进学校，已有55名学生出现头晕、恶心等中毒症状，被送往县医院。", M),
    # a toll told group by group, an electric tricycle's and a container truck's people among them (had been 一般)
    ("一辆电动三轮车与一辆货车相撞，造成电动三轮车上2人死亡、货车驾驶员1人死亡。", L),
    ("一辆集卡冲入堆场，造成集卡司机1人死亡、码头搬运工2人死亡。", L),
    # a meal's sick of an earlier mishap told as people tell it, then tonight's (had been 较大)
    ("2020年5月，该校食堂就出过一次事，当时一百二十六名学生送医。今晚，该校又有31名学生吃完晚饭后上吐下泻。", G),
    # a claim online answered (had been 较大)
    (
        "網上流傳影片，聲稱一個地盤吊機倒塌「壓死4個工人」。警方澄清，事件造成1名工人死亡，網上說法與事實不符。",
        G,
    ),
]

test_no_incident_of_now_no_grade, test_graded_as_told = table_tests(UNGRADED, GRADED)


def test_some_of_those_swept_away_counted_after_are_the_missing() -> None:
    """Of those by the river, only those the text counts as swept away are missing."""
    assert_graded("五个人在河边钓鱼，被冲走了两个，到现在还没找到", G, missing=2)


def test_those_aboard_with_others_counted_between_are_no_total() -> None:
    """Another vessel's people counted between: whose rest is not plain, no missing read from the total."""
    assert_graded("一艘载有30人的渔船沉没，另一艘船上有8人获救。截至目前，已救起5人，其余人员仍在搜救中。", G)


def test_a_payout_for_one_who_died_is_no_policy_sold() -> None:
    """A drowning of yesterday, insured: the death is graded, the payout no policy's advertisement."""
    assert_graded("昨天一名渔民出海落水溺亡，幸好买了意外险，家属获赔50万元", G)


def test_a_weeks_surveillance_cases_are_no_one_poisoning() -> None:
    """A week's cases of notifiable diseases are no meal's sick, though a meal's illness is told after them (the
    students' own incident is 一般 by right; the surveillance report's reading leaves it ungraded today)."""
    p = propose(
        "【卫生应急周报】本周全市共报告法定传染病病例286例，无死亡；流感样病例占门诊总数4.3%。11月20日晚，某中学部分"
        "住校生食用晚餐后出现腹痛、腹泻症状，先后有12名学生到医院就诊，目前均已好转。"
    )
    assert p.grade in (None, G), p.reasons
