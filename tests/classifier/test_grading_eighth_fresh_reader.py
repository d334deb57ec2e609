"""Forms an eighth round of batteries written from the README alone (mines, outbreaks, dialect and emoji posts,
Hong Kong and Taiwan news, tourists and spectators, dangerous goods on the roads) found graded wrong."""

from __future__ import annotations

import pytest

from models.enums import IncidentGrade
from tests.classifier.grades import E, G, L, assert_graded

UNGRADED = [
    # a trend between two years: a statistic
    "统计显示，全省道路交通事故死亡人数从2015年的2870人降至去年的1900余人。",
    # a gas's measure found high and the men withdrawn: nothing happened
    "井下监测发现工作面瓦斯浓度超限，矿方立即停产撤人，一场可能的瓦斯爆炸被避免。",
    # a mine halted for an accident named by its date's code, working again
    "因“7·21”透水事故停产整顿的某矿业公司，经验收合格，下周一起恢复生产。",
    # a market's or a price's crash, a market's "quake"
    "钢价直接雪崩，贸易商一吨亏三百多",
    "A股午后雪崩 沪指跌逾百点",
    "車市「地震」 多個品牌宣佈減價",
    # a month's sums of the notifiable diseases, one disease's few cases among them
    "省疾控中心通报：上月全省共报告法定传染病病例约4.2万例，死亡97人，甲类传染病中霍乱报告2例。",
    # a rumoured case of a disease, ruled out
    "网传“城西发现霍乱病人”？区疾控中心：经检测，该患者为普通细菌性腹泻，已排除霍乱。",
    # players who collided in a game
    "第75分钟，客队后卫与门将相撞，头部流血被换下场，赛后已无大碍。",
    # a closure or a match put off for the weather, no harm told
    "受台风影响，全市旅游景区明天暂停开放，已预约游客可免费退票。",
    "因强降雨，原定周六举行的全市中小学生运动会推迟举行，具体时间另行通知。",
    # a rule quoted, its class of events
    "按规定，客运索道高空滞留100人以上并且时间在24小时以上48小时以下的，为重大事故。",
    # a coroner's court in Hong Kong
    "死因研訊：男子地盤墮樓身亡 陪審團裁定死於意外",
    # an insurance advertisement
    "綜合意外保障計劃：因交通意外或火災身故，最高賠償50萬元，即日投保享九折。",
    # advice to follow a typhoon's news
    "旅遊業議會提醒赴台旅客密切留意當地颱風消息，出發前向航空公司查詢航班安排。",
    # no one hurt, said in dialect
    "私家車撞欄 幸冇人受傷",
]
"""Texts of no incident of now with casualties, or of none at all."""

GRADED = [
    # a mine's missing, some of them found alive, the others dead: the dead alone
    ("救援通报：被困失联的5名矿工中，已有3人安全升井，另外2人经确认遇难。", G),
    # the missing named after their word, the dead among them, the rest still sought: seven in all
    ("搜救进展：8名失联驴友中已有5人确认遇难，其余人员仍在全力搜寻。", L),
    # those aboard far before the few who survived
    ("一辆载有38人的大客车在高速公路上与一辆槽罐车碰撞后冲下高架桥坠入河中，目前仅6人获救生还。", E),
    # a typhoon's sector loss, run after its headline by a space
    ("颱風重創花東 農業損失初估逾15億元", E),
    # cases told in the next sentence after a run of marks
    ("长台镇那边真有霍乱？？问了卫生院的朋友 说已经确诊13例了😱", L),
    # all of those counted badly hurt, as people post it
    ("城南那家KTV煤气爆炸 受伤的十五个都伤得很重 好几个进ICU了🙏", L),
    # a gantry crane that toppled while at work, as people post it
    ("峡口物流园的龙门吊卸货的时候整个翻倒了😱 司机自己爬出来了", L),
]
"""Texts and the grade their incident takes."""


@pytest.mark.parametrize("text", UNGRADED)
def test_no_incident_of_now_no_grade(text: str) -> None:
    assert_graded(text, None)


@pytest.mark.parametrize(("text", "grade"), GRADED)
def test_graded_as_told(text: str, grade: IncidentGrade) -> None:
    assert_graded(text, grade)


def test_the_missing_found_dead_are_counted_once() -> None:
    p = assert_graded("搜救进展：8名失联驴友中已有5人确认遇难，其余人员仍在全力搜寻。", L)
    assert p.figures.deaths == 5 and p.figures.missing == 3, p.reasons


def test_the_disease_is_counted_in_its_own_clause() -> None:
    # the notifiable diseases' sum before it is no cholera case
    p = assert_graded("今日疫情通报：全县报告感染性腹泻病例120例，其中霍乱确诊2例。", G)
    assert any("霍乱2例" in r for r in p.reasons), p.reasons
