"""Forms a fifteenth round of batteries written from the README alone (mines and tunnels, hazardous chemicals, road
traffic, fires, natural disasters, texts that are no incident, boats and the sea, crowds, follow-ups) found graded
wrong."""

from __future__ import annotations

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
