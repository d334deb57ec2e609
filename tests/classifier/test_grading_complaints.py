"""Citizens' complaints that use a word of 社会安全事件 are no incident; real incidents stay graded."""

from __future__ import annotations

import pytest

from classifier.event_types import EMERGENCIES
from classifier.grading import propose
from models.enums import EventType, IncidentGrade

COMPLAINTS = [
    # crimes to report, not emergencies
    "小区里有一伙人搞传销，每天拉人听课，请公安部门严厉打击",
    "有公司打着养老项目的旗号涉嫌非法集资，请有关部门查处",
    # another sense of the word
    "请问公园里新装的跳楼机需要办理特种设备许可吗",
    "商场门口天天喊跳楼价清仓，噪音很大",
    "变电站选址紧挨居民聚集区，我们坚决反对",
    "开发区要打造人才聚集地，配套却跟不上",
    "两份文件对补缴年限的规定有本质上的冲突，请明确以哪份为准",
    "新农合和职工医保起不起冲突？能不能同时交",
    "学校与培训机构之间存在利益冲突",
    "幼儿园强制家长购买园服，这是绑架消费",
    "几百户业主的诉求就这样被物业公司绑架了",
    "火车站出站口黑车司机围堵出站乘客拉客",
    # a denial, an intent or a threat, a comparison
    "我们只是去讨要工资，没有闹事，却被说成扰乱秩序",
    "物业不解决问题，反而劝业主不要闹事",
    "有业主被逼得扬言要跳楼，请领导重视",
    "孩子上户口要交八千元，这跟绑架勒索有什么区别",
    "停车费一年涨三次，简直是抢劫",
    # a habit, an earlier event, an era long past
    "业主与物业冲突矛盾不断，小区管理混乱",
    "去年村民清理河道时曾与企业发生冲突，至今污染仍未解决",
    "抗战时期我曾祖父被日军杀害，请求将其墓列为文物保护单位",
    # people gathering, but not in protest
    "每到周末，大批市民聚集在广场上跳舞",
]


@pytest.mark.parametrize("text", COMPLAINTS)
def test_a_complaint_is_no_social_security_incident(text: str) -> None:
    p = propose(text)
    assert p.event_type is not EventType.SOCIAL_SECURITY, p.event_terms
    assert p.grade is None, p.reasons


INCIDENTS = [
    ("数十名村民聚集在镇政府门口讨要征地补偿款", EventType.SOCIAL_SECURITY),
    ("上百名工人聚集在工地门口讨薪，一度堵塞道路", EventType.SOCIAL_SECURITY),
    ("改制企业职工围堵区政府大门", EventType.SOCIAL_SECURITY),
    ("昨天下午两伙人在夜市发生冲突，一人被打伤", EventType.SOCIAL_SECURITY),
    ("城管队员与摊贩发生肢体冲突", EventType.SOCIAL_SECURITY),
    ("一名女童放学途中被绑架，警方已全力解救", EventType.SOCIAL_SECURITY),
    ("男子在菜市场持刀行凶，砍伤三人", EventType.SOCIAL_SECURITY),
    ("两村村民因山林纠纷聚众斗殴", EventType.SOCIAL_SECURITY),
    ("昨晚有人纵火焚烧村委会办公室", EventType.SOCIAL_SECURITY),
    ("一名男子从商场五楼跳楼身亡", EventType.SOCIAL_SECURITY),
    ("传销人员聚集围堵派出所，与民警发生冲突", EventType.SOCIAL_SECURITY),
    ("非法集资平台爆雷，数百名投资人聚集在市政府门前", EventType.SOCIAL_SECURITY),
    # 去年以来 is no earlier event: the drought goes on
    ("去年入冬以来持续干旱，全县多个乡镇饮水困难", EventType.NATURAL_DISASTER),
]


@pytest.mark.parametrize(("text", "kind"), INCIDENTS)
def test_real_incidents_stay(text: str, kind: EventType) -> None:
    p = propose(text)
    assert p.event_type is kind, (p.event_type, p.event_terms)
    assert p.event_type in EMERGENCIES
    assert p.grade is not None and p.grade.severity >= IncidentGrade.GENERAL.severity


def test_an_era_long_past_states_no_figure_of_this_event() -> None:
    p = propose("1938年日军侵占县城，三十余名村民被杀害")
    assert (p.figures.deaths, p.grade) == (0, None), p.reasons
    assert any(r.startswith("未计入（其他或以往事件）") for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "广场铺的透水混凝土才一年就开裂了",
        "我父亲手术后瘫痪，申请医疗事故鉴定至今没有结果",
        "今年美术统考出现考试事故，考生要求重考",
        "老楼墙体开裂，万一出了事故怎么办？",
        "小区电梯经常停运，若真出安全事故谁来负责？",
        # what one does after one, an explainer's question
        "保险公司理赔案例：车祸致残如何获赔",
        "遇到火灾如何逃生？消防员教你几招",
        "这座百年祠堂年久失修，面临倒塌",
        "路口没有红绿灯，每个月都能看到交通事故",
        "根据条例第十四条，职工在上下班途中受到交通事故伤害的，应认定为工伤，请予认定",
        # a habit or a tally of a place, not one incident
        "路口车流量大，交通事故较多，建议增设红绿灯",
        "由于道路破损，大小车祸不断发生",
        "小区东门口长期事故不断，建议增加减速带",
        "虽然很少出恶性的交通事故，但存在安全隐患",
        # a measure's aim or effect
        "建人行天桥可以减少交通事故",
        "改变路灯朝向，可降低该处交通事故的发生",
        # a risk put as certain
        "长此以往，必会出现更大的事故",
        # words run together, and an insurance
        "搬运时气罐互相撞击发出巨大声响",
        "地铁7号线正好经过这条拥堵路线",
        "居民每天出门、回家全堵路上",
        "行人踩踏出的便道把绿化毁了",
        "车主须提供交通事故强制责任保险凭证",
    ],
)
def test_accident_words_in_complaints_report_no_accident(text: str) -> None:
    p = propose(text)
    assert p.event_type not in EMERGENCIES, p.event_terms
    assert p.grade is None, p.reasons


def test_an_accident_told_in_a_complaint_stays() -> None:
    p = propose("昨天下午小区3号楼电梯突然下坠，一名老人被困受伤，物业至今不管")
    assert (p.figures.injured, p.grade) == (1, IncidentGrade.GENERAL), p.reasons
    p = propose("上周五工地脚手架倒塌，造成2名工人死亡，请求彻查")
    assert (p.event_type, p.grade) == (EventType.ACCIDENT, IncidentGrade.GENERAL), p.reasons


_GREETING = "尊敬的领导：您好！我是城东花园小区的业主，今天写信反映小区物业管理方面的几个问题，希望领导能够重视。"
_FEES = (
    "第一，物业公司去年起擅自把物业费从每平方米1.2元涨到1.8元，没有召开业主大会，也没有公示收支明细；"
    "第二，小区路灯坏了半年没人修，晚上出行很不方便；第三，地下车库长期积水，电动车乱停乱放，"
    "业主多次打电话给物业客服，对方总是说会安排人处理，却一直没有下文；第四，小区绿化带被改成停车位，"
)


@pytest.mark.parametrize(
    "deep",
    [
        "消防通道被占，万一发生火灾后果不堪设想。",  # a risk
        "消防通道被占，不怕出现安全事故吗？",  # a fear put as a question
        "小区前几年已经有过两次火灾，消防通道至今还被占着。",  # the past, told as background
        "开发商以旧城改造的名义绑架业主。",  # a figure of speech
    ],
)
def test_an_emergency_word_deep_in_a_long_complaint_is_no_incident(deep: str) -> None:
    """A complaint about fees and repairs that names a fire or an accident only after its first 200
    characters, and states no casualty or loss, reports no incident: no event type, no grade (and so
    no routing to the emergency units)."""
    text = f"反映城东花园小区物业问题\n{_GREETING}{_FEES}{deep}请相关部门尽快处理。"
    p = propose(text)
    assert p.event_type not in EMERGENCIES, p.reasons
    assert p.grade is None, p.reasons


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # the incident in the title, or at the start of the body
        (f"城东花园小区昨晚发生火灾\n{_GREETING}{_FEES}请相关部门尽快处理。", EventType.ACCIDENT),
        (f"反映城东花园小区问题\n昨晚小区3栋发生火灾，{_GREETING}{_FEES}请相关部门尽快处理。", EventType.ACCIDENT),
    ],
)
def test_an_incident_named_in_the_lead_of_a_long_complaint_is_one(text: str, event_type: EventType) -> None:
    p = propose(text)
    assert p.event_type is event_type and p.grade is IncidentGrade.GENERAL, p.reasons


def test_no_one_hurt_said_deep_in_a_long_complaint_still_tells_an_incident() -> None:
    text = f"反映城东花园小区物业问题\n{_GREETING}{_FEES}上周小区3栋发生火灾，所幸未造成人员伤亡。"
    p = propose(text)
    assert p.event_type is EventType.ACCIDENT and p.grade is IncidentGrade.GENERAL, p.reasons


def test_casualties_stated_deep_in_a_long_complaint_still_make_an_incident() -> None:
    text = f"反映城东花园小区物业问题\n{_GREETING}{_FEES}上周消防通道被堵时小区发生火灾，造成2人受伤。"
    p = propose(text)
    assert p.event_type is EventType.ACCIDENT and p.grade is IncidentGrade.GENERAL, p.reasons
    assert p.figures.injured == 2


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("房客因房主不肯减少房租将其杀害", EventType.SOCIAL_SECURITY),
        ("两车在路口相撞，司机受轻伤", EventType.ACCIDENT),
        ("上访群众在镇政府门前堵路", EventType.SOCIAL_SECURITY),
        ("商场促销引发踩踏，多人受伤", EventType.ACCIDENT),
        ("昨晚城北发生一起交通事故", EventType.ACCIDENT),
        # what an incident caused, a few words on, is no record of a place
        ("由于长期积水导致墙体倒塌", EventType.ACCIDENT),
        ("一化工厂爆炸致很多人受伤", EventType.ACCIDENT),
        ("仓库火灾烧毁很多货物", EventType.ACCIDENT),
        ("台风造成较多房屋受损", EventType.NATURAL_DISASTER),
        ("连日暴雨不断，河水上涨", EventType.NATURAL_DISASTER),
    ],
)
def test_the_same_words_reporting_an_incident_keep_it(text: str, event_type: EventType) -> None:
    p = propose(text)
    assert p.event_type is event_type and p.grade is not None, p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "国务院安委会通报2023年全国安全生产形势：事故总量和死亡人数持续下降",
        "全市火灾起数同比下降12%",
        "我市道路交通事故率明显下降",
        # a figure compared with the year's or the month's before
        "1至10月，全省道路交通事故死亡人数同比下降9.8%",
        "上月全市火灾受伤人数环比上升8.6%",
        # a complaint's fears after 一旦: what happened to no one
        "店内多个煤气罐与麻将馆并存，一旦失火，火灾，垮塌，爆炸都有可能，后果无法想象",
    ],
)
def test_counts_of_accidents_and_feared_ones_report_no_accident(text: str) -> None:
    p = propose(text)
    assert p.event_type not in EMERGENCIES, p.event_terms
    assert p.grade is None, p.reasons
