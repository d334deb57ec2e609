"""Forms a thirteenth round of batteries written from the README alone (gas explosions, lifts and doors, drowning,
news roundups, mines, follow-ups days later) found graded wrong."""

from __future__ import annotations

import pytest

from models.enums import IncidentGrade
from tests.classifier.grades import E, G, L, M, assert_graded, table_tests

UNGRADED = [
    # a rule's class or a kind's grades, no figure at all (had been 一般 from 事故)
    "客运索道滞留人员超过3小时的，为一般特种设备事故。",
    "专家解读：什么是燃气事故？燃气事故分为特别重大、重大、较大和一般四个等级。",
    # an anniversary, then the disaster it remembers by its year and a clause of its own (had been 重大)
    "天津港“8·12”爆炸事故十周年：2015年8月12日，瑞海公司危险品仓库发生火灾爆炸，造成165人遇难。",
    # a disaster's memorial day, its toll recalled by 那年 (had been 特别重大)
    "今天是汶川地震纪念日 那年死了八万多人 愿逝者安息",
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
    # a complaint of a place's crashes, or of its toll over half a year (each had been 一般)
    "这个十字路口车祸太多了 隔三差五就撞车 什么时候装个红绿灯",
    "村口这个弯道半年撞死三个人了 还不装护栏",
    # an earlier crash remembered by its year (had been 重大)
    "还记得2018年这条路上大巴翻车吗 死了十几个 现在还是没护栏",
    # advice on what to do first, whom to call (had been 一般)
    "遇到车祸先打双闪 有人受伤马上打120 人要站到护栏外面",
    # a warning for tomorrow's fog, a driving test "overturned", a film's crash (each had been 一般 or 重大)
    "明天早上有团雾 开车的慢一点 别出事故",
    "科目三直接翻车了 考官脸都黑了",
    "看完《烈火追踪》 里面那场大桥连环车祸 死了三十多个人 拍得太真了",
    # a staged crash (碰瓷), and a video of another place's crash, denied (had been 一般)
    "有个男的自己躺到车前面说被车撞了 一看监控根本没碰到 碰瓷的",
    "别转了 那个说高速车祸死了五个人的视频是前几年外地的 跟我们这里没关系",
    # a coded killing's officials held to account, 对 between (had been 一般)
    "因对“8·3”命案处置不力，某派出所2名民警被问责",
    # a market's sector "collapsing" all at once; an aim of no deaths (had been 一般)
    "煤炭板块今天集体雪崩",
    "今年安全生产工作目标：确保不死人、少伤人",
    # none reported of a kind, a question why a kind happens, a feeling likened (each had been 一般)
    "昨夜全县普降雷雨，截至今晨，全县暂未接到雷击伤人报告。",
    "雷击伤人为何多发生在田间地头？专家解读",
    "听到这个消息，我整个人如遭雷击",
    "第一眼看到她，就有种触电的感觉",
    # a rumour answered by the street's office: a film's set (had been 较大)
    "网传“商场火灾5人被困身亡”？街道：系电视剧拍摄现场，烟雾为特效",
    # a year's toll so far, the place between (had been 重大)
    "听说今年我们镇已经淹死了十几个小孩了，是真的吗？",
    # a plan's rule with the kind named (had been 重大)
    "根据《某县火灾事故应急预案》，造成10人以上死亡的火灾，由县政府启动一级响应。",
    # died of an illness found the cause (had been 一般)
    "一村民在自家菜地被发现死亡，经公安机关调查，排除刑事案件，系自身疾病突发死亡。",
    # a flight of another country's own, none of ours aboard (had been 特别重大: 国内 read as home)
    "印尼一架国内航班客机坠毁 机上60人无一生还 中国驻印尼使馆：经核实机上无中国公民",
    # a house of harm to life, no one hurt (a guard: the 命危 of 有生命危害 is no one in danger of their life)
    "电梯漏水，地下车库简直就是水库，难道这样有生命危害的房子，政府不管吗？",
    # an idiom, a holiday's patients counted, a market's collapse in a day (each had been 一般)
    "本以为十拿九稳，结果阴沟里翻船，真是窒息。",
    "除夕至正月初六，市人民医院共接诊烟花爆竹炸伤患者31人。",
    "楼市“地震”：某房企资金链崩塌，股价一日雪崩",
]

GRADED = [
    # those aboard, only some saved as the search goes on (仅救起), a mine's brought up (升井), a count of the time
    # since between, the rest dead or missing told together (each had been 一般 or none)
    ("载有40余名乘客的客船在江中翻沉，目前仅救起9人，搜救仍在进行", E),
    ("某煤矿井下发生透水，当班井下共有38人，目前仅6人安全升井，其余人员下落不明。", E),
    ("载有46人的客船倾覆已过去48小时，目前仅12人获救，搜救仍在持续。", E),
    ("一艘客船在湖面翻沉，船上共有40人，截至今晨6时仅5人生还，其余人员遇难或下落不明。", E),
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
    # posted: a bus "carrying" so many, only so many among those saved (had been none)
    ("一辆拉了四十多个游客的大巴翻进河里了 现在救上来的只有8个 其余的都还没找到", E),
    # a toll told with 了 after 个 (had been 一般); a family in the car not found (had been 一般)
    ("早上国道那个车祸 听说死了12个了 都是去进货的", M),
    ("一辆小车冲进水库了 车上的一家四口到现在都没找着", L),
    # the driver, then two named by 小姑娘 who could not be saved (had been 一般: two)
    ("司机当场就没了 后排的两个小姑娘送到医院也没抢救过来", L),
    # three groups of the dead, one of them two joined (had been 较大: the last)
    ("造成行人3人死亡、货车驾驶员及押运员2人死亡、客车上6人死亡", M),
    # the hurt then said all seriously hurt by whom judged them (had been 一般)
    ("厂房坍塌，12名工人受伤，经医院评估均为重伤", L),
    # an accident's toll so far beside its supervision (had been none as an aftermath)
    ("某隧道坍塌事故已造成12名工人遇难 国务院安委会挂牌督办", M),
    # one swept away told by 有个 (had been 一般, no one counted)
    ("刚刚江边 有个小孩玩水的时候被浪卷走了 到现在还没找到", G),
    # an anniversary's day struck again (had been none: the new disaster read as the one remembered)
    ("“6·19”洪灾五周年之际，某镇再遭山洪袭击，2名村民被冲走失联。", G),
    # a toxic gas that reached a town, those struck counted by their signs (had been 一般)
    ("化工厂那边漏气了 毒气飘到镇上 六十几个人头晕呕吐 都被救护车拉到医院去了", M),
    # set upon by several, a part bruised (had been none); Taiwan's word for a debris flow (had been none)
    ("一名初二男生遭3名同学围殴，致面部多处软组织挫伤", G),
    ("豪雨引发土石流 一名男子遭活埋 救出时已命危", G),
    # a family of whom only one was saved at the hospital (had been 一般)
    ("一家四口夜间煤气中毒，送到医院只救回来一个", L),
    # groups told by what they were doing (had been 一般: the last)
    ("大风刮断电线，造成田里干活的村民2人触电死亡、路过的村民1人触电死亡", L),
    # about so many not come up (had been 一般)
    ("听说矿上透水了 二十多个人没上来 到现在都还没找到", M),
    # a chat's figure, then the official's (had been 特别重大 on the chat's)
    ("群里传死了三十多个，其实官方刚通报是遇难15人", M),
    # a rumour answered by the company or a reporter (had been 特别重大, 较大)
    ("网传“厂房大火损失上亿”？企业：经初步估算，直接经济损失约500万元", G),
    ("致5人死亡？记者核实：事故实际造成1人死亡、4人受伤", G),
    # workers counted by what they grow, a helper (had been 一般, none)
    ("3名茶农在茶园使用喷雾机时不慎触电，经抢救无效死亡。", L),
    ("一名帮工在收割机旁清理秸秆时，裤腿被卷入脱粒滚筒，致右腿骨折，已送县医院救治。", G),
    # a meal's guests taken ill one after another, one dead (had been 一般)
    (
        "参加庙会的游客在农家乐用午餐后陆续出现呕吐、腹泻等症状。截至昨日18时，累计就诊游客108人，其中1人经抢救无效死亡。",
        M,
    ),
    # Chinese citizens abroad named by their work or their team (each had been none)
    ("刚果（金）一处由中资企业经营的矿山发生塌方，已有31名中国矿工遇难。", E),
    ("中国援苏丹医疗队车辆在苏丹遭遇车祸，1名队员重伤", G),
    ("尼泊尔一处雪山发生雪崩 中国登山队2人遇难、1人失踪", L),
    # those aboard by their work, some brought up, the rest not found (had been none)
    ("我舅舅那条船上十几个船员 捞上来三个 其他的到现在都还没找到", L),
    # a family brought up gone (had been 一般)
    ("一家四口驾车冲入河中，捞上来的时候都没气了。", L),
    # those aboard, only so many saved, far on (had been 一般)
    ("一辆载有40名乘客的客车冲破护栏坠入河中，截至目前仅5人获救。", E),
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
        ("一名焊工在车间作业时，一块钢板从行车上坠落，砸中其腿部，已送医院救治。", 1),
        # one still in intensive care as it is written (had been no one)
        ("一名搬运工不慎从货架上跌落，头部着地，目前仍在重症监护室抢救。", 1),
    ],
)
def test_one_hurt_as_told(text: str, injured: int) -> None:
    assert_graded(text, G, injured=injured)


def test_one_missing_found_gone_is_dead_not_missing() -> None:
    # (had been 1 dead and 1 missing, two in all)
    text = "续报：昨天下午在江边钓鱼时落水失联的1名男子，已于今天上午9时许被搜救人员找到，已无生命体征。"
    assert_graded(text, G, deaths=1, missing=0)


def test_one_rescued_lightly_hurt_is_counted() -> None:
    # (had been no one: the hurt told after the rescue, or taken to hospital after it)
    for text in (
        "车辆失控冲入鱼塘。民警赶到，将驾驶人救出，驾驶人受轻伤。",
        "三轮车翻入渠中，老人落水。村民合力将老人救起。老人头部和手臂多处擦伤，已被120送往医院治疗。",
    ):
        assert_graded(text, G, minor=1)


def test_pollution_that_killed_animals_is_an_incident_with_no_one_dead() -> None:
    # (the animals had been read as one person dead; read as none, the pollution had been no incident)
    assert_graded("某村附近溪沟水体遭污染，300余只鸭子饮水后死亡。", G, deaths=0)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # (one of two fallen in, not brought up yet: had been no one)
        ("两个初中生去水库游泳 其中一个溺水了 到现在还没捞上来", {"missing": 1}),
        # (the other of two, gone: had been no one)
        ("两个小孩掉进河里 一个救上来了 另一个没了", {"deaths": 1}),
        # (one swept into the sea, not found: had been no one)
        ("一名游客在礁石上拍照时被突如其来的大浪卷入海中，至今下落不明。", {"missing": 1}),
        # (one of two gone, the other taken to hospital: had been no one dead)
        ("两个老人在房间里烧炭取暖 一氧化碳中毒了 一个已经没了 另一个120拉去医院了", {"deaths": 1}),
    ],
)
def test_one_missing_or_dead_as_told(text: str, figures: dict[str, float]) -> None:
    assert_graded(text, G, **figures)


def test_one_struck_who_died_is_no_longer_hurt() -> None:
    p = assert_graded("一块钢板坠落，砸中其胸部。伤者经送医抢救无效死亡。", G, deaths=1)
    assert p.figures.injured == 0, p.reasons


def test_a_policy_that_wounds_morale_hurts_no_one() -> None:
    assert_graded("这种一刀切的考核办法严重挫伤了基层干部的积极性", None)


@pytest.mark.parametrize("text", ["村民发现火情，立即拨打119报警。", "村民发现火情，先打了119，随后组织扑救。"])
def test_what_was_done_on_finding_one_reports_it(text: str) -> None:
    # (not advice on what to do first, 遇到交通事故先打双闪: the fire happened)
    assert_graded(text, G)


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # (a circumstance between 一起 and the grade it states: had been 一般)
        ("关于大陈乡一起冰雪路面较大道路交通事故的情况通报", L),
        # (one found gone, 人 right after 发现: had been none)
        ("我姑父昨晚在仓库里烧炭取暖 今早被发现人已经没了", G),
    ],
)
def test_a_grade_stated_past_a_circumstance_and_one_found_gone(text: str, grade: IncidentGrade) -> None:
    assert_graded(text, grade)
