"""A risk, a hypothetical, a habit, a campaign or a denial is no incident: no event type, grade or facts."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from classifier.engine import Classifier
from classifier.event_types import EMERGENCIES
from classifier.grading import propose
from models.enums import EventType, IncidentGrade
from models.messages import RawItem

NO_INCIDENT = [
    # risks and hypotheticals
    "小区门口要开一家加油站，紧挨着幼儿园，极有可能引发安全事故，请领导重视。",
    "村口那座老桥桥墩开裂，随时可能倒塌，过往车辆很多。",
    "楼道里堆满了杂物和电动车，一旦发生火灾后果不堪设想。",
    "这家作坊存在严重的火灾隐患，附近居民都很担心。",
    "入户门仅为防盗门，若电井内或其中任一住户出现火情，浓烟将涌入走廊。",  # 若, far from its word
    "若有村民不同意就闹事，村干部就纠集社会人员出面。",
    "路口没有红绿灯，车速又快，迟早要出车祸。",
    # what only an incident would bring, any incident of a contract's clause
    "加油站旁边就是小区的路口，是不是要发生事故才会引起政府的重视？",
    "希望引起相关部门关注，不要等出现人员伤亡的事故方引起重视。",
    "按照合同，商场发生任何的消防事故都由商户自己承担责任。",
    "早晚高峰为换道极容发生事故，建议增设标线。",
    # what one would be or bring
    "大量电动车停在车库充电，电动车起火引起汽车爆炸将会是重特大事故！",
    "防火门被撬坏无法关门，发生火灾不堪设想。",
    "消防门从里面被反锁，发生火灾无处逃生。",
    "车库内住人，冬季失火可能性加大。",
    "电动车如发生充电爆炸事故，将对住户造成重大安全隐患。",
    "房子已跟危房无异，如遇下雨造成滑坡会直接威胁到生命安全。",
    "无任何消防设施，一但发生火灾后果不堪设想。",
    # likened, with words between
    "噪音白天和夜晚都达到80多分贝以上，就像一个巨大的爆炸场声响。",
    # what a building is made to withstand
    "该楼可抵御8级地震，请业主放心。",
    "新建校舍能抗7级地震。",
    # what a writer asks the reader to imagine
    "试想，一锅炉发生爆炸，会直接让铁轨受损断裂。",
    # habits and generic statements
    "菜市场门前的台阶又窄又滑，经常发生老人摔跤的事故。",
    "这段山路弯多坡陡，是事故多发路段，希望增设护栏。",
    # prevention and safety campaigns
    "市应急管理局开展危险化学品企业安全隐患大排查，严防火灾、爆炸等事故发生。",
    "学校组织全体师生开展火灾应急疏散演练。",
    "气象台发布暴雨预警，提醒市民注意出行安全。",
    # another sense: an admission's error, an office
    "县高中招生政策朝令夕改，造成重大招生事故。",
    "社保局与交通局事故科互相推诿工伤认定。",
    # denials
    "经排查，该厂区未发生火灾，网传视频系外地旧闻。",
    # a diagnosis or a cause ruled out
    "多名学生腹泻后送检，经疾控中心检测，排除霍乱。",
    "警方已排除爆炸，该声响系工地拆除作业所致。",
    # a plan or a marriage on the rocks; a breach feared
    "因经费原因，小区停车场整治工作再度搁浅，业主意见很大。",
    "两人婚姻触礁，为房产对簿公堂。",
    "雨稍微下大一点，村里的人就担心水库大坝决堤。",
    "每次过马路都提心吊胆！怕被车撞！怕掉河里！",  # feared, by 怕 alone
    # what follows an incident long after it
    "各地要深刻吸取“7·23”甬温线特别重大铁路交通事故教训，开展安全大检查。",
    "某市召开“5·12”较大道路交通事故警示教育大会。",
    # a drainpipe, a guard against falls, fuel; what has happened at some time or other
    "施工队把房子屋顶落水管基本挖烂了，至今没人修。",
    "希望能尽快修建竹山村路边的防落水护栏。",
    "自燃油税费改革以来，到市财政局咨询得不到结果。",
    "附近的村民、来往的车辆都有过落水情况，希望得到政府部门重视。",
    "该路口发生过多起车祸，希望安装红绿灯。",
]

INCIDENT = [
    ("昨晚8时许，城南一居民楼发生火灾，消防人员赶到后将火扑灭。", EventType.ACCIDENT),
    ("今天上午，一辆货车在国道上侧翻，司机受轻伤。", EventType.ACCIDENT),
    ("受连日暴雨影响，山区多地发生山体滑坡。", EventType.NATURAL_DISASTER),
    ("男子多次持刀行凶致2死3伤，已被警方控制。", EventType.SOCIAL_SECURITY),
    ("昨日下午，一处加油站发生火情，所幸扑救及时未造成人员伤亡。", EventType.ACCIDENT),
    # 若干 is "some", no 若 of a hypothetical
    ("昨晚一化工厂发生爆炸，若干名工人受伤。", EventType.ACCIDENT),
    # a real fire, then a campaign after it: still a fire
    ("昨晚一家仓库发生火灾，事后消防部门开展安全隐患排查。", EventType.ACCIDENT),
    # 才 of a time, not of a condition
    ("仓库发生火灾才3天，该厂又发生爆炸。", EventType.ACCIDENT),
    ("昨晚该路口发生车祸，交警半小时后才赶到现场。", EventType.ACCIDENT),
    ("车祸发生两小时后交警才处理，伤者一直躺在路边。", EventType.ACCIDENT),
    ("昨晚城南仓库发生的火灾将会由消防部门彻底调查。", EventType.ACCIDENT),
    # a likening that tells what happened, 如 of an example
    ("昨晚一声巨响，好像发生了爆炸，随后3人受伤被送医。", EventType.ACCIDENT),
    ("昨晚一仓库起火，火势将会蔓延至附近民房，消防正在扑救。", EventType.ACCIDENT),
    ("全力抵御台风，已转移群众1200人。", EventType.NATURAL_DISASTER),  # withstood now, no design level
    # a ship run aground or on a reef; a flood's danger to a dike
    ("一艘货轮在长江某段搁浅，船上12名船员安全。", EventType.ACCIDENT),
    ("某渔船在海上触礁沉没，3名船员失踪。", EventType.ACCIDENT),
    ("某水库大坝出现管涌险情，下游5000余名群众紧急转移。", EventType.NATURAL_DISASTER),
    ("受强降雨影响，某河段发生漫堤，部分农田被淹。", EventType.NATURAL_DISASTER),
    # a vehicle that caught fire by itself; a fall into water
    ("昨晚，一小区地下车库内一辆电动汽车自燃，火势迅速蔓延。", EventType.ACCIDENT),
    ("今晨6时左右，江山港贺村段发现一名落水男子，经打捞确认已无生命体征。", EventType.ACCIDENT),
    ("某工厂一名工人被卷入机器身亡。", EventType.ACCIDENT),
    # 可怕 tells how it was, not a fear
    ("昨晚城南路口发生了一起可怕的车祸，2人受伤。", EventType.ACCIDENT),
]


@pytest.mark.parametrize("text", NO_INCIDENT)
def test_no_incident_gets_no_emergency_type_and_no_grade(text: str) -> None:
    p = propose(text)
    assert p.event_type not in EMERGENCIES, (p.event_type, p.event_terms)
    assert p.grade is None


@pytest.mark.parametrize(("text", "kind"), INCIDENT)
def test_real_incidents_stay_graded(text: str, kind: EventType) -> None:
    p = propose(text)
    assert p.event_type is kind
    assert p.grade is not None and p.grade.severity >= IncidentGrade.GENERAL.severity


def test_a_risk_in_a_headline_does_not_become_the_event_fact(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    item = make_raw_item(
        title="小区旁非法汽车检测站要开业了",
        text="向你们反映一件极可能引发安全事故的大事，小区旁边一家没有手续的汽车检测站要开业了。",
    )
    (result,) = classifier_engine.classify([item])
    assert result.grade is None and result.event_type not in EMERGENCIES
    assert result.facts == ()
