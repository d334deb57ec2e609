"""Forms a tenth round of batteries written from the README alone (fireworks, construction sites, boats, schools,
heat and cold, colloquial group-chat posts, feasts, forest fires, outbreaks, hotline messages, factories, traffic, news
roundups) found graded wrong."""

from __future__ import annotations

import pytest

from models.enums import EventType
from tests.classifier.grades import E, G, L, M, assert_graded, table_tests

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
    # advice told firmly, a series' episode, a typhoon coming, what it was not, a threat to go in and kill
    "发现有人落水千万别慌着下去拉，赶紧喊人打110。",
    "前天追的剧第15集那场爆炸炸死好多人，太惨了",
    "台风快来了 阳台上的东西收一收",
    "说是村里死人了 其实是老人病死的 不是什么命案 别乱传",
    "一男子在幼儿园门口扬言要冲进去砍人，被民警当场控制。",
    # a forecast's failure, how to escape a kind of incident, a winter of years ago, a near miss
    "今天这天气预报又翻车了，说好的暴雨呢",
    "小区发生火灾怎么逃生？消防：切勿乘坐电梯。",
    "2010年底那场特大暴雪造成全省23人死亡，如今抗灾能力已大幅提升。",
    "屋顶一块瓦片掉落，险些砸中楼下一名路过的老人。",
    # a law's threshold answered, a month's crashes counted, a rumoured kidnapping answered, a flood's dead mourned,
    # whether a kind of illness counts as one asked
    "问：燃放孔明灯引发山火要担什么责任？答：受害森林面积1公顷以上的，可能构成失火罪。",
    "今年10月，我县接连发生4起道路交通事故，共造成12人死亡，县安委会已召开紧急会议。",
    "网传“3名学生放学途中被绑架”？警方：3名学生因贪玩未按时回家，现已找到，身体状况良好",
    "我县举行“6·20”洪灾遇难同胞悼念仪式，缅怀在那场洪灾中罹难的15名群众。",
    "吃了剩饭肚子疼算不算食物中毒？医生：出现这些情况要及时就医",
    # a caller's report quoted, then checked and denied; a law's words; a plan's class by size
    "针对市民来电反映的“城东化工厂发生爆炸”一事，经市应急管理局现场核查，系企业检修时正常泄压放气，未发生爆炸。",
    "《工伤保险条例》规定：职工因工死亡，其近亲属可领取一次性工亡补助金。",
    "预案明确，因灾死亡30人以上或直接经济损失1000万元以上的，为特大型地质灾害。",
    # a common infection named with no count of the ill, nor across words (承诺如果)
    "即使得个水痘这种常见病，县妇幼也无法接诊",
    "开发商承诺如果对开盘价不满意，可以随时退还认筹款。",
    # a death the vaccine was ruled out of, none reported in a month, a threshold to report at
    "市预防接种异常反应调查诊断专家组通报：经调查诊断，该幼儿死亡系重症肺炎所致，与接种流感疫苗无关。",
    "本月全县未报告手足口病聚集性疫情，散发病例数较上月下降21%。",
    "如学校一周内同一班级出现3例及以上手足口病病例，应立即向辖区疾控中心报告，并按要求停课消毒。",
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
    # a gas drifted over the villages around, or a leak of what no one knows smelt of rotten eggs
    ("化工厂那边毒气飘过来了 我们边上几个村一百一十多个人头晕呕吐 都被救护车拉到医院了", E),
    ("厂里不知道漏了啥 一股臭鸡蛋味 村里三十几个人头晕想吐被送到医院了", L),
    # those aboard, a few saved, the rest still sought as people post it
    ("面包车冲进水库 车上十几个人 目前只救上来三个 其他人还在捞", L),
    ("一辆大客车翻进江里，车上五十多个人，救上来八个，其他人还在找", E),
    # a pressure vessel that burst (a tank counted by 台, 突发)
    ("某化工厂液氨储配站一台储罐突发爆炸，无人员伤亡。", L),
    # one brought out of the cab gone
    ("挖机翻进水塘 开挖机的师傅被压在驾驶室里 消防弄了一个多小时才救出来 人已经不行了", G),
    # this meal's sick beside a meal of last year's
    ("该园去年曾发生一起食物中毒，致112名幼儿送医。今天上午，该园又有9名幼儿早餐后出现呕吐症状。", G),
    # a notice naming a place's incident by its grade
    ("关于石门镇一起较大火灾事故的情况通报", L),
    # a forest's area less than a figure, or burned as people post it
    ("今日凌晨，某村后山发生火情，当地组织60余人扑救，于5时许扑灭。经核查，受害森林面积不足1公顷，无人员伤亡。", G),
    ("我们村后面山上着火了 扑火队来了好几百人 烧掉了三百多亩林子", L),
    # a feast's guests treated (the feast over first; who they were after their count), one of them dead
    ("寿宴散席后，宾客中先后有七十二人到医院就诊，疾控中心已采样送检。", G),
    ("村办百家宴后，先后有158名村民到医院就诊，其中一名八旬老人经抢救无效死亡。", M),
    # a poison's signs after eating, a meal that caused the illness
    ("两名村民自行宰杀河豚食用后出现口唇麻木、四肢无力症状，被送往医院救治。", G),
    ("一外卖商家出售的凉面导致12名消费者出现腹泻症状。", G),
    # a feast's guests at the township's clinic, one of them dead
    ("吃席的有一百二十多个都去卫生院挂水了，听说来吃酒的一个阿公没挺过来", M),
    # counted by 名, none got out; a wedding feast's guests treated, told by a caller
    ("市民来电：城北一家竹木加工厂昨晚起火，厂里3名工人没跑出来，人都没了。", L),
    ("来电人称，某村昨日一户人家办喜酒，累计就诊宾客120余人，其中1名老人经抢救无效死亡。", M),
    # a works' leak as people post it (漏气) that reached a village
    ("化工厂下午漏气，刺鼻的味道飘到我们村里，十来个老人小孩胸闷呕吐，都被救护车拉到医院去了", L),
    # a school's cluster of a common infection, reported and posted
    ("某小学一个班出现水痘病例12例，学校已停课消毒。", G),
    ("班上已经有6个小朋友出水痘了，明天开始停课", G),
    ("全年级二十几个孩子上吐下泻，学校说是诺如", G),
    # a bigger incident of another province told as earlier beside one of here
    ("城南一路口两车相撞致1人受伤。此前，外省某高速发生追尾事故造成14人死亡。", G),
]
"""Texts and the grade their incident takes."""


test_no_incident_of_now_no_grade, test_graded_as_told = table_tests(UNGRADED, GRADED)


def test_a_correction_of_a_figure_wrongly_reported_before() -> None:
    # (昨日本报 had been Japan, ungraded; 此前误报为4人死亡 had been four dead)
    p = assert_graded("更正：昨日本报报道的仓库爆炸事故造成4人受伤，此前误报为4人死亡，特此更正。", G)
    assert p.figures.deaths == 0 and p.figures.injured == 4, p.reasons


@pytest.mark.parametrize(
    ("text", "hurt"),
    [
        # (the parts hurt listed between a number and its word: had been one)
        ("一户村民家中液化气钢瓶爆炸，造成4人面部、手部烧伤。", 4),
        # (one more hurt read by two readers: had been four)
        ("饭店厨房发生燃气爆炸，造成2名厨师受伤，另有1名食客被碎玻璃划伤。", 3),
        # (struck, where they stood between; struck by 砸中: had been none)
        ("塔吊倒了 砸到下面两个工人 120已经拉走了", 2),
        ("工地上掉下一根钢管，砸中一名工人头部。", 1),
        # (the hurt still in intensive care, no number)
        ("一名工人不慎从脚手架坠落，目前伤者仍在重症监护室治疗。", 1),
        # (a vaulting box is no animal the pupil was)
        ("体育课上，一名四年级学生跳山羊时摔倒，致右臂骨折。", 1),
        # (struck by the heat, counted at least)
        ("开学军训第二天，50余名新生中暑送医。", 50),
        # (struck by a tree felled, the part hurt of one named before; fallen down a slope, two parts joined)
        ("一名伐木工人在砍伐杉木时被倒下的树干砸中，腿部受伤无法行动。", 1),
        ("一名老太太在后山茶园采茶时不慎摔下山坡，头部和腰部受伤。", 1),
        # (the hurt still being saved, or saved; an arm broken as posted; who they are in brackets before the word)
        ("一名电工在检修配电柜时不慎触电，当场昏迷，急救人员将其送往医院，目前伤者仍在抢救中。", 1),
        ("一名员工在检修电气线路时不慎触电倒地，伤者经抢救已脱离生命危险。", 1),
        ("一家水泥厂 有个工人清理皮带的时候被传送带卷进去了 听说手臂都断了 救护车拉走了", 1),
        ("一辆三轮农用车翻入水沟，造成驾驶人徐某（男，68岁）受伤。", 1),
    ],
)
def test_those_hurt_as_told_are_counted(text: str, hurt: int) -> None:
    p = assert_graded(text, G)
    assert p.figures.injured == hurt, p.reasons


def test_all_said_lightly_hurt_as_people_post_it() -> None:
    # (counted by 个 before who they were, a space for the comma: had been no one)
    p = assert_graded("景区扶梯突然倒转 三十几个游客摔倒 都是轻伤", G)
    assert p.figures.minor == 31, p.reasons


def test_a_toll_told_group_by_group_with_those_passing() -> None:
    # (路过行人: had been two dead)
    p = assert_graded("一栋临街老楼外墙垮塌，造成住户2人死亡、路过行人2人死亡，另有3人受伤。", L)
    assert p.figures.deaths == 4, p.reasons


def test_some_of_the_dead_told_in_brackets_between() -> None:
    # (had been one at least)
    p = assert_graded("事故造成3人（其中2人为儿童）死亡。", L)
    assert p.figures.deaths == 3, p.reasons


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        # (swept away, then not found in the sentence after: had been no one)
        ("一名村民在溪边查看水情时被突发山洪冲走。截至今天18时，该村民仍未找到。", 1),
        # (who they were and when between the count and the search)
        ("溪流突发山洪，2人被洪水冲走。被冲走的2名游客目前仍在全力搜寻中。", 2),
        # (who they are in brackets, a native place no place of the event)
        ("2名男子在河段游泳时，其中1人（36岁，四川籍务工人员）不慎溺水失踪。", 1),
    ],
)
def test_the_missing_as_told(text: str, missing: int) -> None:
    p = assert_graded(text, G)
    assert p.figures.missing == missing, p.reasons
    assert not any("辖区外" in r or "不在" in r for r in p.reasons), p.reasons


def test_a_poison_eaten_is_public_health() -> None:
    p = assert_graded("两名村民自行宰杀河豚食用后出现口唇麻木、四肢无力症状，被送往医院救治。", G)
    assert p.event_type is EventType.PUBLIC_HEALTH, p.reasons
