"""Forms an eleventh round of batteries written from the README alone (mines, carbon monoxide at home and at work,
building collapses, court and prosecution notices, video captions, nursing homes, animals, storms and floods, films and
anniversaries) found graded wrong."""

from __future__ import annotations

import pytest

from models.enums import EventType
from tests.classifier.grades import E, G, L, M, assert_graded, table_tests

UNGRADED = [
    # a film watched, a series' episode named by its title alone
    "刚看完电影《夜航》 结尾那场空难死了四十多个人 哭得不行",
    "《矿山往事》第17集那场透水事故 一下子死了十几个人 演得太真了",
    # a threat of a day that may come
    "楼下那个广告牌摇摇晃晃的 哪天掉下来砸死人谁来管",
    # a rumour asked, then answered as people post it
    "听说城北那个化工厂爆炸死了人？派出所刚回应了 是厂里检修放空 啥事没有 别再转了",
    # what a house withstands, listed
    "新建的安置房抗震设防，能抵御8级地震和14级台风。",
    # an arrest approved weeks after, the accident told in the next sentence
    "近日，市人民检察院依法对涉嫌重大责任事故罪的犯罪嫌疑人李某某批准逮捕。经审查，李某某违规组织工人进入污水井作业，"
    "致3名工人中毒死亡。",
    # a poisoning ruled out
    "独居老人被发现倒在家中已无生命体征，警方排除煤气中毒可能，系突发脑溢血去世。",
    # another province's incident told as earlier, in a text of checks
    "此前，外省某地一家四口烧炭取暖中毒身亡。我县各村近日开展入户排查，提醒群众注意通风。",
    # advice after a bite, animals poisoned
    "被狗咬伤后千万不要用嘴吸伤口，应立即用肥皂水冲洗并尽快接种疫苗。",
    "有人在田边投放毒饵，致村民家6只山羊误食中毒死亡。",
    # a plan's class by the response it starts
    "依据预案，一次灾害过程死亡和失踪100人以上的，启动省级一级应急响应。",
    # a team or a patience that collapses
    "第三节客队直接雪崩，被主队打出一波20比2",
    "连续加班一个月，我的耐心彻底崩塌了",
    # a rescuer's record over years, a campaign against scalds
    "渔民老周守护这段江面二十年，先后救起落水群众30余人。",
    "关于开展“防溺水、防烫伤、防触电”暑期安全宣传的通知",
    # a rumour answered by a bureau with what it was, or overstated; a bill that "exploded"
    "网传“城东商场扶梯坠落致人死亡”？市市场监管局：系扶梯故障停运，无人员受伤。",
    "网传“城北隧道塌方了”？市交通运输局：系隧道例行检修封闭施工，请绕行。",
    "本月电费账单直接爆炸了，空调开太多了",
    # a drill's intake cut; an anniversary's city left without water
    "我市举行饮用水源突发污染应急演练，模拟一辆槽罐车侧翻致柴油泄漏入江，下游某镇水厂紧急关闭取水口。",
    "水污染事件二十周年　2005年11月，一化工厂爆炸致大量苯类物质流入江中，下游全市停水4天。",
    # the care of the wounded as a noun: a mechanism, a drill, a meeting
    "市卫健委召开会议，要求各医院完善批量伤员救治机制，提升应急处置能力。",
    "市中医院开展大批量伤员救治应急演练，模拟客车侧翻造成4人死亡、25人受伤的场景。",
    # a caller's report quoted, then what it was, or denied by the bureau that checked it
    "答复：您反映的城东某工地“脚手架倒塌”一事，经市住建局现场核查，系施工单位正常拆除作业，未发生倒塌。",
    "答复：您反映的某小区“燃气泄漏”一事，经燃气公司现场检测，并非燃气泄漏，系下水道异味。",
    "答复：经核查，您反映的“小区里有人拿刀砍人”系两名住户因琐事发生口角推搡，双方已被调解。",
    # an event abroad with a body at home saying none of ours were there
    "印尼苏门答腊暴雨已致26人死亡 我市外办：暂无本市人员受困",
    "土耳其东部发生6.8级地震，已造成8人死亡，我市暂未收到本地居民伤亡报告。",
    # a market's sector or an exam that "collapsed"; a meeting's call to guard against casualties
    "光伏板块今日雪崩，多只个股跌停",
    "这次月考英语直接雪崩了，家长群里一片哀嚎",
    "全市安全生产工作会议召开，要求严防因灾造成人员伤亡。",
    # a year's events recalled
    "【年终回眸】今年全县应急管理十件大事：5月，成功处置一起危化品泄漏；8月，全力抗击台风，全县因灾死亡3人……",
    # a claim won in court for an earlier death
    "因小区电梯事故致1死 家属起诉物业公司获赔92万元",
]
"""Texts that report no incident of now."""

GRADED = [
    # workers poisoned by carbon monoxide in a heated workshop at work: 急性工业中毒 (had been left out as at home)
    ("某箱包厂车间内用煤炉取暖，门窗紧闭，上班期间63名工人急性一氧化碳中毒，其中8人伤势较重。", M),
    ("某鞋厂车间燃煤取暖，夜班期间15名女工相继晕倒，经诊断均为急性一氧化碳中毒。", L),
    # a loss posted without 元 after a building fell or a store burned all day
    ("仓库塌了 老板说设备和货物加起来损失得有六七千万", M),
    ("冷链仓库着了一天一夜 货主说光冻品就损失了一亿三千多万", E),
    # a storm's loss as posted, a sector's loss after the storm's influence, a rainstorm's loss of what it struck listed
    ("这场冰雹把村里的葡萄大棚全砸烂了 听说全村损失两三千万", L),
    ("受台风“海燕”影响，全县农业损失初步统计达1.6亿元，所幸无人员伤亡。", E),
    ("据初步估算，此轮强降雨致全镇农田、水渠和村道损失约2600万元。", L),
    # a capture now, someone stabbed as they resisted; a verdict resented as the motive
    ("潜逃8年的抢劫案嫌疑人今天在车站落网，抓捕过程中其持刀拒捕，刺伤一名辅警。", G),
    ("昨天上午，一男子因不服判决，在法院门口持刀砍伤3名路人，已被警方控制。", G),
    # some of those counted found lifeless
    ("被困的9名矿工中已有4人被找到，均已无生命体征，其余5人仍在搜救中。", L),
    # workmates buried, brought out gone; diners who could not be saved; players who did not get out
    ("工地沟槽塌方 四个工友被埋在下面 挖出来都没气了", L),
    ("小饭馆煤气罐炸了 三个吃饭的送到医院也没抢救过来", L),
    ("麻将馆凌晨起火 四个打牌的都没跑出来", L),
    # the dead and missing listed respectively, named as herders
    ("暴风雪灾害已造成全县死亡、失踪牧民分别为21人、10人。", E),
    # a food poisoning by a wild animal cooked, one dead
    ("一村民捕捉野生蟾蜍煮食，全家5人先后出现中毒症状，其中1人经抢救无效死亡。", L),
    # a county's storm beside another province's told as another item
    ("我县暴雨致2人受伤。另据报道，邻省某市同日暴雨致15人死亡。", G),
    # a fall that broke a bone, the one hurt named after a place whose name holds an animal's character (虎山)
    ("虎山街道一名初二学生在体育课上跳远时摔倒，致右臂骨折，已送医治疗。", G),
    ("七旬老人在浴室滑倒，致左股骨颈骨折，已住院手术。", G),
    # a family rescued, then dead (their rescue between); a group its own clause opens with
    ("母女仨被困二楼卧室，消防员破门救出后送医，终因吸入浓烟过多，经抢救无效死亡。", L),
    ("3名外省籍跑者在山区参加高海拔越野赛时遭遇暴风雪遇难。", L),
    # a notice about an incident named by its grade, the place before 一起 no township
    ("关于某景区游乐设施一起较大事故的情况通报", L),
    # goods a fire burned told at least, by what they were
    ("仓库里少说有三四千万的饲料，一把火全烧光了", L),
    # three of a family found gone as posted
    ("祖孙仨在屋里烧炭盆取暖，第二天早上被邻居发现时都没气了", L),
    # a long-table feast's diners ill, one of them dead
    ("村里办长桌宴，第二天起陆续有一百三十多位村民拉肚子、发烧，都去卫生院挂水了，有个阿婆没挺过来", M),
    # a rumour asked, then answered by the police with another figure
    ("网传“货车侧翻致4人死亡”？交警：事故造成2人受伤", G),
    # a loss overstated by a rumour, the estimate after it
    ("网传“冷库大火烧掉了二十几个亿”系夸大，据企业初步估算，此次火灾直接经济损失约5800万元。", M),
    # people wrongly counted as dead, the toll revised
    ("某厂房坍塌事故死亡人数由4人核减为1人，此前有3名重伤人员被误统计为死亡。", G),
    # workers of a restaurant poisoned cleaning its septic tank: at work, not a food poisoning
    ("某饭店员工清理化粪池时中毒，2人经抢救无效死亡。", G),
    # a works' leak as posted, those ill taken to the township's clinic
    ("化工厂上午漏气 旁边村里七八个老人小孩头晕呕吐 都被送到卫生院了", G),
    # people evacuated nearly a threshold: just below it
    ("某化工企业储罐发生苯乙烯泄漏，当地紧急疏散周边居民近5000人。", G),
    # an article's title corrected by the quotes after it, its figure worded otherwise
    ("本报昨日刊发的《山区公路货车侧翻致4人死亡》一文中，“造成4人死亡”应为“造成4人受伤”，特此更正。", G),
    # workers acutely poisoned after an explosion: 急性工业中毒, 重伤 (发生 between)
    ("某精细化工公司爆炸事故造成5人遇难，另有104名职工发生急性中毒。", E),
    # people counted, what they were doing, then swept away and not found
    ("3名上山采摘野生猕猴桃的村民在返程途中遭遇泥石流被冲走，至今下落不明。", L),
    # posts in the region's spoken words: 冇 (没), 咯 closing a clause (了)
    ("西山镇那边发大水 二十多个人被冲走咯 到现在都还冇找到", M),
    ("办满月酒 吃完一百二十多个上吐下泻 都去医院挂盐水了 有个阿公冇挺过来", M),
    ("两个细伢儿去水塘嬉水 一个都冇上来 作孽啊", G),
    ("西山镇一家纸厂的锅炉今朝早上炸咯 好在刚交班 没伤到人", L),
    # those struck by the heat, its cause between (因高温中暑)
    ("军训第二天，某中学20余名学生因高温中暑被送往医院，学校已调整训练时间。", G),
    # caught in a crusher, a leg broken
    ("今天上午，一名工人在清理破碎机进料口时被卷入破碎机，右腿粉碎性骨折，已送医救治。", G),
]
"""Texts and the grade their incident takes."""


test_no_incident_of_now_no_grade, test_graded_as_told = table_tests(UNGRADED, GRADED)


def test_the_missing_all_rescued_are_no_toll() -> None:
    # (获救升井: had been four missing, 较大)
    p = assert_graded("某铁矿透水事故续：被困失联的5名矿工已于今天凌晨全部获救升井，生命体征平稳。", G)
    assert p.figures.missing == 0, p.reasons


def test_a_loss_of_one_hundred_million_and_thousands_of_ten_thousands() -> None:
    # (一亿两千多万: had been read as 10000.2亿)
    p = assert_graded("仓库发生火灾，直接经济损失一亿两千多万元。", E)
    assert p.figures.loss_yuan == 1.2e8, p.reasons
    assert any("超过1.2亿元" in r for r in p.reasons), p.reasons


def test_a_bone_broken_in_a_machine_is_an_accident() -> None:
    p = assert_graded("一名工人在清理破碎机时被卷入破碎机，左腿粉碎性骨折。", G)
    assert p.event_type is EventType.ACCIDENT, p.reasons
    assert p.figures.injured == 1, p.reasons


@pytest.mark.parametrize(
    ("text", "poisoned"),
    [
        ("某鞋厂车间燃煤取暖，夜班期间15名女工相继晕倒，经诊断均为急性一氧化碳中毒。", 15),
        # (off work, heating their shed: at home, not 急性工业中毒)
        ("工地板房里烧炭取暖，两名工人一氧化碳中毒送医。", 0),
    ],
)
def test_workers_poisoned_at_work_count_as_seriously_hurt(text: str, poisoned: int) -> None:
    from classifier.grading import propose

    p = propose(text)
    assert p.figures.serious == poisoned, p.reasons


@pytest.mark.parametrize(
    "text",
    [
        # (仅受: had been no one)
        "山体滑坡冲进一户农房，一名老人被埋。被埋老人于傍晚被救出，经检查仅受轻微擦伤。",
        # (a soft-tissue bruise a doctor found: had been no one)
        "一名村民在菜地劳作时被滑落的土方掩埋，随后被送往医院，经诊断为多处软组织挫伤。",
    ],
)
def test_one_found_lightly_hurt_after_a_rescue(text: str) -> None:
    p = assert_graded(text, G)
    assert p.figures.minor == 1, p.reasons


def test_one_of_the_family_gone_as_posted() -> None:
    # (老伯…已经没了: had been no one)
    p = assert_graded("山上塌下来把路埋了 有辆三轮车被埋在里面 开车的老伯已经没了 消防还在挖", G)
    assert p.figures.deaths == 1, p.reasons


def test_a_canteen_lunchs_workers_poisoned_are_a_food_poisoning() -> None:
    # (workers named, no gas nor confined space between the meal and the poisoning: the meal's)
    p = assert_graded("公司食堂午餐后112名工人急性中毒", L)
    assert p.event_type is EventType.PUBLIC_HEALTH, p.reasons


def test_a_septic_tank_poisoning_at_a_restaurant_is_an_accident() -> None:
    p = assert_graded("某饭店员工清理化粪池时中毒，2人经抢救无效死亡。", G)
    assert p.event_type is EventType.ACCIDENT, p.reasons
    assert not any("食品安全事故" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    "text",
    [
        # (all of them hurt to different degrees: had been no one)
        "一段移动式操作平台突然倾倒，平台上4名工人摔落地面，均不同程度受伤，已被送往医院。",
        # (fingers cut off, crushed or torn, a scalp torn, as told and as posted: had been no one)
        "某纸业公司车间一名女工在操作切纸机时，右手两根手指被切断。",
        "一名在某五金厂上夜班的工人，在操作冲床时右手被卷入，三根手指离断。",
        "西山镇老街一家面馆 老板娘的手被和面机卷进去了 三根手指都压烂了",
        "工业园区那个纺织厂 一个女工的头发被机器卷进去了 头皮都扯掉一块",
        # (a welder shocked, still in intensive care: had been no one)
        "一名电焊工在车间作业时触电倒地，目前仍在重症监护室治疗。",
    ],
)
def test_workers_hurt_at_work_as_told(text: str) -> None:
    p = assert_graded(text, G)
    assert p.figures.injured >= 1, p.reasons


def test_spoken_words_are_read_as_mandarin_one_character_for_one() -> None:
    from classifier.spoken import as_mandarin

    posted = "渡船翻咯！！到现在都还冇找到 咯咯笑 他咯血了"
    read = as_mandarin(posted)
    assert read == "渡船翻了！！到现在都还没找到 咯咯笑 他咯血了"
    assert len(read) == len(posted)  # (offsets stay: quotes and facts point into the text as posted)
    assert as_mandarin("没有方言的文字") == "没有方言的文字"


def test_one_swept_away_then_sought_then_not_found() -> None:
    # (the search told between: had been no one missing)
    text = (
        "昨日傍晚，西山镇一名65岁村民在溪边捞取上游冲下的木头时不慎落水，随即被湍急的洪水冲走。"
        "接到报警后，派出所民警和消防救援人员迅速赶到，沿溪两岸展开搜寻。截至今天上午10时，该村民仍未找到。"
    )
    p = assert_graded(text, G)
    assert p.figures.missing == 1, p.reasons
