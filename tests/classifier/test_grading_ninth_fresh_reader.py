"""Forms a ninth round of batteries written from the README alone (lifts, winter heating and carbon monoxide,
roads and bridges, pollution and chemical leaks, hospitals) found graded wrong."""

from __future__ import annotations

import pytest

from models.enums import EventType
from tests.classifier.grades import E, G, L, M, assert_graded, table_tests

UNGRADED = [
    # a hospital's patients of a season counted by their visits: a tally
    "今年入冬以来，县中医院高压氧舱共收治一氧化碳中毒患者60余人次。",
    # a kind of incident none of which was reported
    "据统计，本县今冬尚未接到一起一氧化碳中毒亡人事件报告。",
    "截至目前，全县今冬暂无一氧化碳中毒亡人事件报告。",
    # an aim for a kind of incident
    "力争到明年底，全县道路交通事故死亡人数控制在30人以内。",
    # a near miss, a duty to report, what an animals' disease does not do, a notice of prevention
    "一辆货车险些冲下山崖，司机紧急制动，未酿成事故。",
    "各单位要落实事故信息报告制度，如发生较大以上生产安全事故，须在1小时内上报。",
    "非洲猪瘟不感染人，请放心购买检疫合格的猪肉。",
    "关于做好今冬防御寒潮冰冻灾害工作的通知",
    # a rumour told after its quote, then denied; a rumoured human case of a disease ruled out
    "关于“石门镇雷击伤人”的网络传言，经镇政府核实，当天石门镇未发生雷击伤人事件。",
    "网传某镇出现人感染禽流感病例？县疾控中心：经检测系普通流感，已排除禽流感。",
    # a disaster's investigation and assessment published
    "“6·18”较大洪涝灾害调查评估报告公布，报告显示灾害共造成4人死亡、1人失踪。",
    # a plan's class with its kind before the comma
    "《县森林火灾应急预案》：造成10人以上死亡的森林火灾，为重大森林火灾。",
    # a season's toll across a province, weather counted by 次
    "今年夏天，全省因高温中暑死亡12人。",
    "入汛以来全县共出现强降雨天气过程12次，其中伴有冰雹的2次。",
    # a sudden illness, a share price's "avalanche"
    "一名马拉松选手在终点前突发心脏骤停，经抢救无效离世。",
    "受财报影响，该公司股价今日雪崩，跌超20%。",
    # an anniversary's day, a disease of work, a legal question with its deadline
    "汶川地震纪念日｜那场地震夺走了近7万人的生命",
    "4名退休矿工近年因尘肺病相继去世，家属呼吁加强职业病防治。",
    "工人工作中受伤如何认定工伤？律师：应在事故发生之日起30日内提出申请。",
    # a hotline's question whether anyone of here was aboard abroad; an embassy's advice to citizens abroad
    "回复：关于您询问的“菲律宾一客船沉没致35人遇难”是否涉及本市居民，经核实，暂无本市居民在船上。",
    "中国驻越南大使馆提醒：越南近期登革热病例激增，已有30余人死亡，在越中国公民请注意防蚊。",
    # a place's record over two years, a summer's so far
    "网友留言：这个路口这两年已经撞死好几个人了，要求装红绿灯。",
    "暑假才过去二十天，这个镇已经溺亡3名孩子了",
    # a year's cases compared with the year before
    "今年以来，全省累计报告登革热病例356例，其中本地病例201例，较去年同期下降25%。",
    # a month's so far across a province, a typhoon's coming with advice, a legal question answered
    "近一个月，我省已有9人因野泳溺亡，专家提醒切勿到野外水域游泳。",
    "台风将至，请市民收好阳台花盆，加固户外广告牌。",
    "快递员送件途中发生交通事故，算不算工伤？律师解答",
    "车祸伤者半个月后去世，肇事方要担什么责？律师：需看死亡与事故是否存在因果关系",
]
"""Texts that report no incident of now."""

GRADED = [
    # pollution that reached people, typed by no accident word: the environmental plan's poisoned and evacuated
    ("一家电镀厂违规排放废气，附近小学的学生陆续出现胸闷，已有63名学生因吸入刺激性气体送医。", M),
    ("某化工企业违法排放含铬废水致下游河道污染，沿岸紧急疏散村民5600人。", L),
    ("园区那家化工厂漏气 我们村二十几个人头晕恶心被送到医院", L),
    ("化工厂那边毒气飘过来了，我们小区五十几个人头晕呕吐，都被救护车拉走了", M),
    ("村里六十余名村民饮用被上游工厂排放废水污染的井水后，陆续出现呕吐、腹痛等中毒症状。", M),
    ("溪口某河段突发死鱼，养殖户称损失约80万元。", G),
    # workers poisoned at once, the gas told by a burst pipe and what came out
    ("车间里一根管道突然破裂，满屋子都是白雾，一百一十多个工人都中毒了，全送到医院了", E),
    # counted before, then found all gone
    ("工棚里4个工人烧炭取暖，早上工友推门进去一看都没气了", L),
    ("山上塌方把一辆面包车埋了 车上五六个人 挖出来都没气了", L),
    ("隔壁老刘家烧炭取暖，老两口和来玩的孙子今早都没气了", L),
    # one meal's sick so far, a hospital's count of them, one dead among them
    ("一户村民办满月酒后宾客陆续出现腹泻呕吐，镇卫生院累计接诊116人，其中1名老人抢救无效死亡。", M),
    # an earlier year's toll told by 曾遭 beside one hurt now
    ("该镇2018年曾遭台风重创，造成5人死亡。昨晚台风再次来袭，造成1人受伤。", G),
    # all struck then said lightly hurt
    ("庙会现场发生意外，13名游客被飞溅的碎片击中，均为轻伤。", G),
    # a loss caused, told after the fire; a loss revised in a clause of its own
    ("大火烧毁整座厂房，造成数千万元损失。", L),
    ("“10·8”仓库火灾直接经济损失经评估机构核定，由初报的1.2亿元下调至7000万元。", M),
    # a part of the body badly hurt, of one named before
    ("一名农民在操作脱粒机时不慎被卷入，致右臂严重受伤。", G),
    # three of a family who did not get out; a family named before, found poisoned
    ("村里一户人家半夜起火，母子仨都没跑出来，人已经没了", L),
    ("一家三口外出旅游，晚上在民宿里烧炭取暖，第二天被发现一氧化碳中毒身亡。", L),
    # a leak that drifted or burst over villages, the poisoned counted by 个 or without 等
    ("某冷库液氨管道破裂，氨气飘入附近村庄，已有105名村民因吸入氨气出现中毒症状被送医。", E),
    ("化工园区那边黄烟飘了一整片，我们小区一百零几个人胸闷、呕吐，全被救护车拉去医院了", E),
    ("一化工厂夜间氯气外泄，附近村庄18名村民出现呛咳、胸闷症状被送医。", L),
    ("市长信箱：化工厂那边漏了毒气，我们村六十多名村民出现中毒症状，被送到县医院了！", M),
    ("12345：来电人反映一化肥厂液氨管道破裂，周边村子一百一十多个村民出现胸闷、流泪等中毒症状。", E),
    # a complaint's toll quoted with where it was made, answered
    ("回复：您在12345反映的“化工厂爆炸死了十几个人”一事，经核实，该事故实际造成4人死亡，网传人数不实。", L),
    # a family counted after those brought out; the rest of those aboard not found, who they were between
    ("村口水库早上捞上来一辆车，一家三口都没了", L),
    ("渡船上有三十多个去赶集的村民，翻船以后只救上来五个，其他的到现在一个都没找到", M),
    # swept away by a stream, an old man's age between
    ("一名在溪边洗衣的70岁村民被暴涨的溪水卷走，至今下落不明。", G),
    # a meal's patients risen from a day's
    ("某中学学生就餐后身体不适事件：就诊人数由前日的58人增至104人。", L),
    # a meal's sick, then families gathered: the meal's grade
    ("某中学食堂晚餐后有学生出现呕吐腹泻，累计就诊学生已达118人，其中1名学生抢救无效死亡，家长聚集在校门口。", M),
    # a rumoured loss answered by the one it concerns
    ("网传“建材市场大火损失上亿”？市场负责人回应：经初步估算，此次火灾损失约300万元。", G),
    # a building blown down, its loss told by its owner
    ("昨晚大风把园区一个老厂房整个吹塌了 老板说设备损失三千多万", L),
]
"""Texts and the grade their incident takes."""


test_no_incident_of_now_no_grade, test_graded_as_told = table_tests(UNGRADED, GRADED)


def test_pollution_that_reached_people_is_an_environmental_accident() -> None:
    p = assert_graded("一家电镀厂违规排放废气，已有63名学生因吸入刺激性气体送医。", M)
    assert p.event_type is EventType.ACCIDENT, p.event_type
    assert any(r.startswith("中毒63人（突发环境事件") for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    "text",
    [
        # a driver trapped and bleeding, a rider fallen and hurt, a worker by the trade (had been no one hurt)
        "一辆货车跟一辆小轿车撞了，司机被卡在里面，头上都是血",
        "一辆面包车与一辆自行车发生碰撞，骑车的老人倒地受伤。",
        "一辆叉车在倒车时将一名装卸工撞倒，该装卸工头部受伤，被送往医院救治。",
        # (one beaten by several, its body part hurt; one caught in a ropeway's cabin)
        "一名初一女生遭4名同学在宿舍内殴打，致其面部轻伤。",
        "景区索道上站平台，一名游客在上下吊厢时被夹，致右臂骨折。",
        # (one pushed and slapped, one fallen in a care home: the bone broken)
        "某养老院一名护工多次推搡、掌掴入住老人，致其鼻骨骨折。",
        "我母亲在某护理院夜间起床时跌倒，致右股骨颈骨折，要求民政部门调查处理。",
    ],
)
def test_one_hurt_as_told_is_counted(text: str) -> None:
    p = assert_graded(text, G)
    assert p.figures.injured + p.figures.minor == 1, p.reasons


def test_the_missing_found_dead_with_when_and_where_between() -> None:
    # (the body found after a time and a distance in metres: had stayed one missing)
    text = (
        "两名学生在溪边戏水时不慎落水，1人被同伴救起，1人失踪。经连续两天搜寻，"
        "失踪学生遗体已于今天上午8时许在下游约600米处被打捞上岸。"
    )
    p = assert_graded(text, G)
    assert p.figures.deaths == 1 and p.figures.missing == 0, p.reasons


def test_no_one_else_hurt_and_a_figure_wrongly_reported_before() -> None:
    # (无其他人员受伤 had been one hurt; 此前误报为3人受伤 had been three hurt)
    p = assert_graded("两车发生碰撞，致一人当场死亡。经核实，该事故造成1人死亡，无其他人员受伤。", G)
    assert p.figures.injured == 0, p.reasons
    p = assert_graded("一处老旧民房倒塌。经核实，事故造成1人死亡、2人受伤（此前误报为4人受伤）。", G)
    assert p.figures.injured == 2, p.reasons


def test_those_struck_by_the_heat_taken_to_hospital_are_hurt() -> None:
    # (had been no one: 中暑 was no word of harm)
    p = assert_graded("连日高温，某养老院空调停运，6名老人中暑送医，目前已无大碍。", G)
    assert p.figures.injured == 6, p.reasons
