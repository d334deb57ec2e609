"""Forms a second fresh reader of the README wrote, read as its rules say: warnings, forecasts, stories,
scandals and figures of speech that report nothing; the rest of those aboard missing, bodies told as the
missing with a date between, the poisoned told by their signs, a water intake shut by waste let out, lives
taken from kin, a loss as people tell it, years told as passed since a disaster."""

from __future__ import annotations

import pytest

from classifier.casualty_tokens import Kind
from classifier.grading import propose
from models.enums import EventType, IncidentGrade
from tests.classifier.grades import E, G, L, M


@pytest.mark.parametrize(
    "text",
    [
        # a penalty for an incident long past, told by who answers for it
        "某建材公司对去年8月发生的一起坍塌事故负有责任，被市应急管理局罚款80万元。",
        # a campaign against drowning, a letter of advice
        "暑期防溺水 致全市家长的一封信：请看管好孩子，不私自下水游泳。",
        # weather yet to come, a warning of what may follow
        "今年第7号台风预计8月2日前后影响我市，市防指已启动防台风Ⅳ级应急响应。",
        "市气象台发布暴雨黄色预警：预计未来12小时西部山区有大到暴雨，易发山洪和地质灾害，请做好防范。",
        # what a building withstands, a film's story, a scandal's name, a figure of speech quoted
        "新建校舍均按8度设防，遇强烈地震也能保障师生安全。",
        "本土导演新片《洪峰》定档国庆，讲述一场特大洪水中十几名抢险队员的生死营救。",
        "某球队群殴门处罚结果出炉，多名球员被停赛",
        "城区一网红奶茶店“翻车”：顾客吐槽饮品里有异物，市场监管部门已介入",
        "在站台晒了半小时，热到窒息，能不能给公交站加个顶棚？",
        # a month's tally: 财产损失事故 is no 失事
        "上月全市共接报交通事故警情836起，均为财产损失事故，未发生亡人事故。",
        # a bridge's collapse in a video, denied as elsewhere and years ago
        "“城南大桥塌了”？网友朋友圈转发桥梁垮塌视频。记者求证，该视频中的桥位于外省，发生在五年前。",
        # businesses about to starve
        "网购太猛，街上的小服装店快被饿死了。",
        # a flood ten years ago, recalled with the years passed since
        "2016年7月1日，一场特大暴雨引发山洪，造成我市12人遇难。十年过去了，当年受灾的村庄已建起新房。",
        # a short name quoted, a game's maps
        "新店开业当天掀起“排队地震”，队伍排到了马路对面。",
        "手游新版本上线，新增“城市地震”“特大洪水”两张地图。",
        # what a policy covers, an advertisement for one
        "本保险合同约定：被保险人因遭受交通事故、火灾等意外伤害事故导致身故的，保险人给付身故保险金。",
        "意外险限时特惠！交通事故、火灾、溺水统统保，点击立即投保。",
        # a noise likened to a blast
        "昨晚有人放烟花，声音大得跟爆炸一样，小孩都被吓醒了。",
        # a period's figures compared, no count
        "今年1至5月全市道路交通事故死亡人数同比下降18%。",
        # a quake abroad, no citizen of ours hurt
        "土耳其东部发生6.1级地震 中国驻土耳其使馆：暂未收到中国公民伤亡报告",
        # an advertisement for a policy, what it pays for
        "【出行保】出行途中发生交通事故造成伤残、身故，最高赔付50万元！点击链接立即投保。",
        # a game's season, a serial novel's chapter, a study of how often a kind comes
        "手游《末日之城》新赛季开启，玩家需在“感染者暴动”中守住营地。",
        "连载小说《夜雨》第十二章：那天夜里山洪冲垮了村口的石桥，老李一家再也没有回来。",
        "最新研究：全球每升温1℃，极端暴雨发生频率可能增加约7%",
        # a fall of sales by its manner, a quake foretold and denied, a typhoon formed far off
        "部分合资品牌销量正遭遇“雪崩式”下滑。",
        "网传“下月江山将发生大地震”？市地震局：地震目前无法准确预报，该说法系谣言。",
        "台风“白鹿”已于今晨生成，中央气象台预计其将于4日前后在福建沿海登陆。",
        # a rumour denied as no fire, a penalty's title, an epidemic that stopped a festival
        "网传“火车站附近小区起火”？消防部门回应：系居民楼下烧烤摊油烟较大，并非火灾。",
        "江山市应急管理局关于对某建筑公司“3·8”高处坠落事故有关责任单位的行政处罚决定书",
        "因疫情停办三年后，古镇龙舟赛今年重启。",
    ],
)
def test_no_incident_in_a_warning_a_story_a_scandal_a_tally_a_policy_an_advert_or_a_disaster_long_past(
    text: str,
) -> None:
    assert propose(text).grade is None, propose(text).reasons


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # the rest of those aboard after the saved are missing
        ("库区一游船在大风中倾覆，船上共有46人，目前已救起9人，其余人员下落不明。", E),
        ("一艘渔船翻沉，船上12人，5人获救，其余船员失联。", L),
        # bodies told as the missing, a date between: counted once
        ("下游发现两具遗体 系7月2日晚落水失联的两名钓鱼者", G),
        # swept away, some found dead, one still searched for
        ("山洪中有3名村民被冲走，搜救人员已找到2名遇难者遗体，另1人仍在搜寻中。", L),
        # lives taken from kin
        ("一场大火夺走了祖孙三人的生命", L),
        # a loss as people tell it, by the money a fire burned away
        ("纸箱厂的火烧了一天一夜，这一把火烧掉了一亿多", E),
        # signs of illness, their cause told unknown
        ("某村一周内先后有8名村民出现高热、咳嗽等症状，病因尚未查明。", L),
        # guests taken ill the night of a banquet
        ("一农户办八十大寿寿宴，当晚陆续有43名宾客出现呕吐、腹泻症状，已分批送医。", G),
        # one found dead, the other two still searched for
        ("某村突发山洪，3名村民被洪水冲走。截至今天中午，已找到1人遗体，另外2人仍在全力搜寻中。", L),
        # 4 bodies and the rest still searched for: 12
        ("一艘载有18人的渔船在水库翻沉。截至今晨，已救起6人，打捞出4具遗体，其余8人仍在搜寻中。", M),
        # diesel into a river, a township's water intake shut
        ("一艘运输船侧翻，约3吨柴油泄漏入河，下游某镇自来水厂已紧急关闭取水口，镇区暂停供水。", L),
        # a cluster whose cause is still being tested
        ("某员工宿舍近3天内先后有12名务工人员出现高热、呼吸困难等症状，病因尚在检测中。", L),
        # a loss as people tell it, what the fire burned away
        ("昨晚鞋厂仓库着火了，烧了整整一夜，听老板说光成品鞋就烧掉两千多万", L),
        # the rest of those trapped are still trapped, not missing
        ("某煤矿发生透水事故，井下22人被困。经全力搜救，已有10人升井，其余12人仍在搜救中。", G),
    ],
)
def test_the_grade_of_forms_a_second_fresh_reader_wrote(text: str, grade: IncidentGrade) -> None:
    assert propose(text).grade is grade, propose(text).reasons


def test_the_poisoned_told_by_their_signs_after_a_release_count_by_the_environmental_plan() -> None:
    text = (
        "某化工厂一反应釜爆炸后释放出大量刺激性气体，飘向周边村庄。"
        "截至今晨，附近共有110余名村民出现头晕、胸闷、呕吐等中毒症状，已陆续送医。"
    )
    p = propose(text)
    assert p.grade is E, p.reasons
    # told by their signs alone, the poisoned are counted once
    assert propose("今天村里又有5名老人出现中毒症状。").figures.report.figures[Kind.INJURED].value == 5


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # waste let out unlawfully, a county town's intake shut: 重大; a township's: 较大
        ("受上游一企业违法排放工业废水影响，城区自来水厂取水口水质异常，水厂紧急关闭取水口。", M),
        ("因上游企业违法排放含油废水，某镇自来水厂取水口被迫关闭，全镇停水约18小时。", L),
    ],
)
def test_a_water_intake_shut_by_waste_let_out(text: str, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.grade is grade and p.event_type is EventType.ACCIDENT, p.reasons


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # spoken: not saved, an arm caught in a machine
        ("工人清理刨片机时右臂被绞进机器，送到医院还是没能救回来。", G),
        # a slope's crack threatening 168 people: the geological plan's 中型 danger
        ("村庄后山发现长约80米的山体裂缝，威胁下方46户168人安全，镇政府已组织群众转移。", L),
        # a fish kill, no figures
        ("江山港清湖段河面出现大片死鱼，市生态环境局已到场采样。", G),
        # a fire at an insured warehouse is still a fire
        ("投保了火灾险的仓库昨夜起火，1人受伤", G),
    ],
)
def test_the_grade_of_more_forms_a_fresh_reader_wrote(text: str, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.grade is grade and p.event_type is not EventType.OTHER, p.reasons
