"""Grade rules on written examples: figures in Arabic and Chinese numerals mapped to 事件等级."""

from __future__ import annotations

import pytest

from classifier.grading import extract_figures, propose
from classifier.numbers import chinese_to_int
from models.enums import EventType, IncidentGrade
from tests.classifier.grades import E, G, L, M


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("三", 3),
        ("十", 10),
        ("十二", 12),
        ("二十九", 29),
        ("三十", 30),
        ("一百零五", 105),
        ("两千", 2000),
        ("一千二百万", 12_000_000),
        ("一亿二千万", 120_000_000),
    ],
)
def test_chinese_numerals(numeral: str, value: int) -> None:
    assert chinese_to_int(numeral) == value


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("某厂房发生坍塌事故，造成2人死亡", G),
        ("某厂房发生坍塌事故，造成3人死亡", L),
        ("隧道施工发生事故，九人遇难", L),
        ("矿井透水事故已致10人死亡", M),
        ("化工厂爆炸事故造成二十九人死亡", M),
        ("化工厂爆炸事故造成三十人死亡", E),
        ("客车侧翻，9人重伤", G),
        ("客车侧翻，10人重伤", L),
        ("爆炸造成五十名工人重伤", M),
        ("踩踏事故造成100人重伤", E),
        ("仓库火灾，直接经济损失约900万元", G),
        ("仓库火灾，直接经济损失约1200万元", L),
        ("仓库火灾，直接经济损失达5000万元", M),
        ("仓库火灾，直接经济损失1.2亿元", E),
        ("仓库火灾，直接经济损失三千万元", L),
        ("山体滑坡，5人失踪", L),
        ("货车相撞，十二人受伤", G),  # severity not stated: not counted as 重伤 (see the next tests)
        ("一辆货车侧翻，司机受轻伤", G),
    ],
)
def test_statutory_grades(text: str, grade: IncidentGrade) -> None:
    proposal = propose(text)
    assert proposal.grade is grade, (text, proposal)
    assert proposal.reasons, "a proposed grade must say why"


def test_the_most_severe_figure_decides_and_every_figure_is_a_reason() -> None:
    p = propose("某化工厂发生爆炸事故，造成3人死亡、十二人受伤，直接经济损失约6000万元")
    assert p.grade is M
    assert p.event_type is EventType.ACCIDENT
    text = " ".join(p.reasons)
    assert "死亡3人" in text and "受伤12人" in text and "约6000万元" in text
    assert p.figures.deaths == 3 and p.figures.injured == 12 and p.figures.loss_yuan == 60_000_000


def test_no_emergency_no_grade() -> None:
    p = propose("小区停水三天了，物业一直没人管")
    assert p.grade is None
    assert p.event_type is EventType.LIVELIHOOD
    assert p.reasons == ()


def test_emergency_without_figures_is_general() -> None:
    p = propose("暴雨导致城区多处内涝")
    assert p.event_type is EventType.NATURAL_DISASTER
    assert p.grade is G
    assert any("一般" in r for r in p.reasons)


def test_numbers_that_are_not_casualties_are_ignored() -> None:
    f = extract_figures("2023年共有1200万元资金用于3个小区改造，惠及500人")
    assert (f.deaths, f.serious, f.injured, f.loss_yuan) == (0, 0, 0, 0.0)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("新冠疫情出现聚集性病例", EventType.PUBLIC_HEALTH),
        ("学校发生食物中毒，30名学生送医", EventType.PUBLIC_HEALTH),
        ("有人持刀伤人", EventType.SOCIAL_SECURITY),
        # real headlines whose type no keyword named before
        ("俄罗斯客机坠毁至少36人死亡", EventType.ACCIDENT),
        ("菲律宾客轮倾覆5人遇难28人失踪", EventType.ACCIDENT),
        ("污水处理池溃坝冲塌厂房致2人受伤", EventType.ACCIDENT),
        ("美国密歇根州发生枪击事件7人丧生", EventType.SOCIAL_SECURITY),
        ("美国加州一所监狱发生骚乱10余人受伤", EventType.SOCIAL_SECURITY),
        ("男子在法院门口泼汽油纵火被当场制服", EventType.SOCIAL_SECURITY),
        ("马来西亚登革热死亡人数达121人", EventType.PUBLIC_HEALTH),
        ("印度孟加拉遭遇风灾130人死亡", EventType.NATURAL_DISASTER),
        ("14岁少年田间劳动时遭雷击身亡", EventType.NATURAL_DISASTER),
        ("三死两伤！某化工厂发生闪爆", EventType.ACCIDENT),
        ("一辆大客车坠入山沟，两死十一伤", EventType.ACCIDENT),
        ("一辆面包车坠河，车内5人全部遇难", EventType.ACCIDENT),
        ("一男子酒驾撞上护栏，当场死亡", EventType.ACCIDENT),
        ("一名行人在路口被车撞倒，送医后不治", EventType.ACCIDENT),
        ("少女凌晨翻窗坠亡", EventType.ACCIDENT),
        ("一名环卫工人在作业时被撞身亡", EventType.ACCIDENT),
        ("车辆失控冲入河道 驾驶员经抢救无效死亡", EventType.ACCIDENT),
        ("某小区一部电梯在运行中突然下坠，电梯内3名居民受伤", EventType.ACCIDENT),
        # a gas explosion as Taiwan names it, a lift's doors, what a vehicle killed
        ("台南一处民宅發生氣爆，3人受伤", EventType.ACCIDENT),
        ("某商场餐厅气爆致2死5伤", EventType.ACCIDENT),
        ("某小区天然气爆炸致1人死亡", EventType.ACCIDENT),
        ("歌手开唱人气爆棚 门票秒光", EventType.OTHER),
        ("一名快递员被电梯门夹住，经抢救无效死亡", EventType.ACCIDENT),
        ("一辆轿车撞死横穿马路的3只羊，司机轻伤", EventType.ACCIDENT),
        ("某中学报告发现3例学生肺结核病例，已开展密切接触者筛查", EventType.PUBLIC_HEALTH),
        ("1995年因身患肺结核离开讲台", EventType.OTHER),
        ("他们一见钟情，很快坠入爱河", EventType.OTHER),
        ("连续大雨，千沟万壑的垃圾全冲入水库", EventType.LIVELIHOOD),  # (no accident)
        ("司机高速公路上捡被撞死野鸡遭罚200元", EventType.OTHER),
        # metaphors and names are no events
        ("15只偏股型基金发行撞车 中小公司募集恐遇冷", EventType.OTHER),
        ("动视暴雪嘉年华本周拉开帷幕", EventType.OTHER),
        ("金融海啸侵袭欧洲", EventType.OTHER),
        ("关于新出台的补贴标准政策解读", EventType.POLICY_CONCERN),
        ("今天天气很好", EventType.OTHER),
    ],
)
def test_event_types(text: str, kind: EventType) -> None:
    assert propose(text).event_type is kind


def reasons_of(text: str) -> str:
    return "；".join(propose(text).reasons)


def test_the_demo_headline_is_large_for_three_deaths() -> None:
    p = propose("贺村镇一化工企业仓库突发火灾 已造成3人死亡12人受伤")
    assert p.grade is L
    assert (p.figures.deaths, p.figures.injured) == (3, 12)
    death = next(r for r in p.reasons if r.startswith("死亡"))
    assert "死亡3人" in death and "“3人死亡”" in death and death.endswith("→ 较大")
    assert not any("死亡12人" in r for r in p.reasons)


@pytest.mark.parametrize(
    ("text", "deaths", "missing", "grade"),
    [
        ("化工园区一车间爆燃，4人死亡", 4, 0, L),
        ("渔船翻沉，船上十一名船员全部遇难", 11, 0, M),
        ("隧道塌方，2名施工人员罹难", 2, 0, G),
        ("货车与客车相撞，事故致三人当场身亡", 3, 0, L),
        ("民房倒塌，一家五口不幸丧生", 5, 0, L),
        ("景区山洪暴发，造成8人丧生", 8, 0, L),
        ("矿井透水，仍有12名矿工失联", 0, 12, M),
        ("泥石流冲毁村庄，2人遇难、1人失踪", 2, 1, L),
        ("暴雨引发山体滑坡，7人死亡，3人下落不明", 7, 3, M),
        ("货船沉没，船员22人失踪，8人确认遇难", 8, 22, E),
        ("4人遇难，另有2人经抢救无效死亡", 6, 0, L),
        ("洪灾过后，搜救人员已搜寻到遇难者遗体9具", 9, 0, L),
        ("目前已确认11人死亡，仍有1人失联", 11, 1, M),
        ("暑期3名儿童在水库溺亡", 3, 0, L),
        ("扑救山火过程中2名消防员牺牲", 2, 0, G),
        ("事故致一家三口死亡", 3, 0, L),
    ],
)
def test_death_words_and_missing_counted_with_deaths(
    text: str, deaths: int, missing: int, grade: IncidentGrade
) -> None:
    p = propose(text)
    assert (p.figures.deaths, p.figures.missing) == (deaths, missing), text
    assert p.grade is (grade if deaths + missing or p.event_type.value != "other" else None), p.reasons
    if missing:
        assert "失踪/失联" in reasons_of(text)
        assert f"共{deaths + missing}人" in reasons_of(text) or not deaths


@pytest.mark.parametrize(
    ("text", "deaths", "injured", "grade"),
    [
        ("高速公路发生车祸致9死3伤", 9, 3, L),
        ("两车相撞 5死12伤", 5, 12, L),
        ("燃气爆炸 一死两伤", 1, 2, G),
        ("高架桥垮塌事故造成11死21伤", 11, 21, M),
        ("工厂火灾已致3人死亡12人受伤", 3, 12, L),
        ("冷库火灾已造成十二人死亡三人受伤", 12, 3, M),
        ("大巴侧翻事故死亡3人受伤12人", 3, 12, L),
        ("两辆客车相撞致37人死亡26人伤", 37, 26, E),
        # a compact death figure before a count of people that is the next figure's
        ("车祸致2死3人受伤", 2, 3, G),
        ("车祸致两死三人受伤", 2, 3, G),
    ],
)
def test_juxtaposed_and_compact_figures(text: str, deaths: int, injured: int, grade: IncidentGrade) -> None:
    p = propose(text)
    assert (p.figures.deaths, p.figures.injured) == (deaths, injured), p.reasons
    assert p.grade is grade, p.reasons


@pytest.mark.parametrize(
    ("text", "deaths", "injured", "serious", "grade"),
    [
        # a word that heads the figure (伤者中, 中毒事故致) is not the figure's own word
        ("爆炸已致2人死亡，伤者中有11人重伤", 2, 0, 11, L),
        ("养殖场沼气池中毒事故致3名工人不幸遇难", 3, 0, 0, L),
        ("受伤的12人中有3人死亡", 3, 12, 0, L),
        # they were poisoned or injured, and died of it
        ("作业时五人中毒身亡", 5, 0, 0, L),
        ("2名伤者经抢救无效死亡", 2, 0, 0, G),
        # the number and its word apart, with no punctuation between (a headline)
        ("3名10岁左右的儿童在水库游泳时溺亡", 3, 0, 0, L),
        # two figures, each with its own word: unchanged
        ("大巴侧翻事故死亡3人受伤12人", 3, 12, 0, L),
        # killed or hurt by someone or something; the number before such a verb is the doer
        ("凶手杀死一家3口后在命案现场住两天", 3, 0, 0, L),
        ("持枪歹徒闯入矿区杀死15名矿工", 15, 0, 0, M),
        ("匪徒血洗村庄，至少77名村民被杀害", 77, 0, 0, E),
        ("4人被烧死", 4, 0, 0, L),
        ("司机两次撞人逃逸 撞死1人后再撞伤3人", 1, 3, 0, G),
        ("3名歹徒持刀砍死1人", 1, 0, 0, G),
    ],
)
def test_each_number_takes_its_own_word(
    text: str, deaths: int, injured: int, serious: int, grade: IncidentGrade
) -> None:
    p = propose(text)
    assert (p.figures.deaths, p.figures.injured, p.figures.serious) == (deaths, injured, serious), p.reasons
    assert p.grade is grade, p.reasons


def test_a_figure_said_of_all_of_them_in_the_next_clause() -> None:
    p = propose("经全力搜救，被困的4名矿工已全部找到，均已无生命体征。")
    assert (p.figures.deaths, p.grade) == (4, L), p.reasons
    assert any("“4名矿工已全部找到，均已无生命体征”" in r for r in p.reasons)
    # a lone number and a lone word that is not said of all of them: no figure
    assert propose("现场疏散4名群众，暂无人员死亡").figures.deaths == 0


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        ("17时10分许两名儿童被救起，经120医护人员现场确认已无生命体征。", 2),  # 120: the ambulance's number
        ("两名儿童被救起，但已无生命体征", 2),
        ("3人被救出，经医护人员现场确认已无生命体征", 3),
        ("两人被救起，其中一人已无生命体征", 1),  # one of them
    ],
)
def test_people_brought_out_then_found_lifeless_are_the_toll(text: str, deaths: int) -> None:
    assert propose(text).figures.deaths == deaths
    assert propose("两名儿童被救起，已无生命危险").figures.deaths == 0


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("山洪暴发，3名游客被冲走，至今下落不明", "3名游客被冲走，至今下落不明"),
        ("3名游客被洪水冲走，目前仍失联", "3名游客被洪水冲走，目前仍失联"),
        ("渔船倾覆，3名船员落水，至今失踪", "3名船员落水，至今失踪"),
    ],
)
def test_people_swept_away_whose_next_clause_says_they_are_missing(text: str, quoted: str) -> None:
    p = propose(text)
    assert (p.figures.missing, p.grade) == (3, L), p.reasons
    assert any(f"“{quoted}”" in r for r in p.reasons if r.startswith("失踪")), p.reasons
    # found again: none missing
    assert propose("3名游客被困，已全部获救，无人失踪").figures.missing == 0


@pytest.mark.parametrize(
    ("text", "deaths", "grade"),
    [
        ("电缆井内作业时，三名工人触电，经抢救无效死亡", 3, L),
        ("河道清淤时堤岸垮塌，5名村民被埋压，后经全力抢救无效死亡", 5, L),
        # people hurt whose next clause says they died
        ("两名村民在自家地窖中毒，送医后经抢救无效死亡", 2, G),
        ("化粪池清掏作业时，4名工人中毒，经抢救无效死亡", 4, L),
        ("出租房起火，3名租户因吸入浓烟，经抢救无效死亡", 3, L),
        # one of them: its own number
        ("四名工人被埋，其中一人经抢救无效死亡", 1, G),
        ("3名游客受伤，其中1人经抢救无效死亡", 1, G),
    ],
)
def test_victims_whose_next_clause_says_they_died_after_rescue(text: str, deaths: int, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.figures.deaths == deaths, p.reasons
    assert p.grade is grade, p.reasons


@pytest.mark.parametrize("text", ["共疏散群众2000余人，1人受伤送医。", "据目击者称，有两三人受伤被送往医院。"])
def test_people_hurt_is_an_incident_even_without_an_event_keyword(text: str) -> None:
    p = propose(text)
    assert p.grade is G, p.reasons
    assert any(r.endswith("→ 一般") for r in p.reasons)


def test_on_board_is_no_lower_bound() -> None:
    # 机上 is "on board", not the 上 of 上百 (at least a hundred)
    p = propose("一架小型飞机在高速公路坠毁 机上4人死亡")
    assert (p.figures.deaths, p.grade) == (4, L)
    assert any(r.startswith("死亡4人（原文“4人死亡”）") for r in p.reasons), p.reasons
    assert not any("下限" in r for r in p.reasons)
    assert any("下限" in r for r in propose("事故致上百人受伤").reasons)


def test_idioms_are_not_figures() -> None:
    f = extract_figures("救援人员九死一生，终于把被困群众救出")
    assert (f.deaths, f.injured) == (0, 0)
    f = extract_figures("事故让3名家属伤心不已，2人伤害赔偿未到位")
    assert f.injured == 0


@pytest.mark.parametrize(
    ("text", "deaths", "grade", "quoted"),
    [
        ("煤矿瓦斯爆炸事故死亡人数升至9人", 9, L, "死亡人数升至9人"),
        ("沉船事故遇难者已增至14人", 14, M, "遇难者已增至14人"),
        ("山体滑坡已造成15人遇难，截至今天上午，死亡人数上升到31人", 31, E, "死亡人数上升到31人"),
        ("地震已造成17人死亡。截至记者发稿时，已升至21人", 21, L, "升至21人"),
        ("火灾死亡人数已由6人增至11人", 11, M, "死亡人数已由6人增至11人"),
        # the time of the update told in the same clause
        ("爆炸事故已造成5人死亡，截至今晨升至21人", 21, M, "升至21人"),
        ("地震造成7人死亡，到5日18时增至9人", 9, G, "增至9人"),
    ],
)
def test_rising_figures_count_their_latest_value(text: str, deaths: int, grade: IncidentGrade, quoted: str) -> None:
    p = propose(text)
    assert p.figures.deaths == deaths
    assert p.grade is grade
    reason = next(r for r in p.reasons if r.startswith("死亡"))
    assert f"“{quoted}”" in reason and "最新" in reason


@pytest.mark.parametrize(
    "text", ["隧道事故造成3人死亡。事发后周边景区客流量升至5万人", "隧道事故造成3人死亡，截至今晨景区客流量升至5万人"]
)
def test_a_bare_rise_of_something_else_is_no_figure(text: str) -> None:
    p = propose(text)
    assert p.figures.deaths == 3


def test_seriously_injured_among_the_injured() -> None:
    p = propose("客车侧翻事故造成32人受伤，其中12人重伤")
    assert (p.figures.injured, p.figures.serious) == (32, 12)
    assert p.grade is L
    assert any(r.startswith("重伤12人") and "“12人重伤”" in r for r in p.reasons)
    p = propose("客车侧翻事故造成32人受伤，其中重伤3人，轻伤29人")
    assert (p.figures.serious, p.figures.minor, p.grade) == (3, 29, G)
    assert any(r.startswith("轻伤29人") and "不计入" in r for r in p.reasons)
    p = propose("厂房坍塌，伤者15人已送医，其中11人伤势严重")
    assert (p.figures.serious, p.grade) == (11, L)


def test_injuries_of_unstated_severity_are_not_counted_as_serious_and_say_so() -> None:
    p = propose("一辆旅游大巴侧翻，造成60人受伤")
    assert p.grade is G
    reason = next(r for r in p.reasons if r.startswith("受伤60人"))
    assert "未计入" in reason and "若其中重伤达50人则为重大" in reason and "“60人受伤”" in reason


@pytest.mark.parametrize(
    ("text", "value", "grade", "said"),
    [
        ("客运站踩踏事故造成10余人死亡", 10, M, "下限"),
        ("危化品仓库爆炸，已有30多人遇难", 30, E, "下限"),
        ("事故造成十几人重伤", 11, L, "下限"),
        ("厂房爆炸致近10人死亡", 10, L, "不足10人"),
        ("坍塌事故造成3人以上死亡", 3, L, "下限"),
        ("体育场踩踏事故造成上百人重伤", 100, E, "100人以上"),
        ("踩踏事故已造成至少20人死亡", 20, M, "下限"),
    ],
)
def test_lower_bounds_and_approximations_say_so(text: str, value: int, grade: IncidentGrade, said: str) -> None:
    p = propose(text)
    assert max(p.figures.deaths, p.figures.serious) == value
    assert p.grade is grade
    assert said in reasons_of(text)


@pytest.mark.parametrize(
    ("text", "yuan", "grade"),
    [
        ("仓库火灾造成直接经济损失800000元", 800_000, G),
        ("仓库火灾造成直接经济损失12,345,678元", 12_345_678, L),
        ("仓库火灾，直接经济损失3000余万元", 30_000_000, L),
        ("厂房火灾直接经济损失初步估算为6500万元", 65_000_000, M),
        ("化工厂爆炸造成直接经济损失约1.2亿元", 120_000_000, E),
        ("商场火灾，直接经济损失逾亿元", 100_000_000, E),
        ("仓库火灾，直接经济损失三千万元", 30_000_000, L),
    ],
)
def test_direct_economic_loss_in_yuan_wan_and_yi(text: str, yuan: float, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.figures.loss_yuan == yuan
    assert p.grade is grade
    assert any(r.startswith("直接经济损失") and "原文" in r for r in p.reasons)


@pytest.mark.parametrize("text", ["坛石镇山体滑坡 转移群众86人无人员伤亡", "山体滑坡，转移群众86人，暂未发现人员伤亡"])
def test_a_number_before_no_casualties_is_no_figure(text: str) -> None:
    p = propose(text)
    assert (p.figures.deaths, p.figures.injured, p.grade) == (0, 0, G)
    assert any(r.startswith("无人员伤亡") for r in p.reasons)


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # no one hurt is said of an incident, even one whose type has no keyword here
        ("一辆面包车驶入鱼塘，车内人员自行脱困，未造成人员伤亡", G),
        ("搜救队从垮塌的自建房中救出7名群众，暂无人员伤亡", G),
        # a drill or a year without casualties is no incident
        ("全市组织防汛应急演习，演习中无人员伤亡", None),
        ("我区安全生产形势平稳，全年无人员死亡", None),
    ],
)
def test_no_one_hurt_is_said_of_an_incident(text: str, grade: IncidentGrade | None) -> None:
    assert propose(text).grade is grade


def test_no_casualties_is_a_reason() -> None:
    p = propose("某小区一车库起火，消防员及时扑灭，未造成人员伤亡")
    assert p.grade is G
    assert any("无人员伤亡" in r and "未造成人员伤亡" in r for r in p.reasons)


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("2019年曾发生一起造成12人死亡的事故；本次事故造成1人受伤", G),
        ("该矿2015年曾发生透水事故，造成12人死亡。此次事故造成2人死亡", G),
        ("今年以来，全市共发生生产安全事故23起，死亡31人，同比下降12%", None),
        ("按条例，造成3人以上10人以下死亡的为较大事故，本月厂区火灾造成1人受伤", G),
        ("去年同期一起火灾曾造成5人死亡，今天凌晨的火灾造成4人死亡", L),
        ("全市上周发生交通事故12起，死亡3人", None),
        ("统计称墨西哥3年共155名缉毒士兵殉职", None),
        # a citizen's suggestion quoting a national statistic is no incident of 1600亿元
        ("对交通治堵提几点建议。据统计，我国大城市每年因交通拥堵带来直接和间接经济损失高达1600亿元以上", None),
    ],
)
def test_figures_of_other_or_earlier_events_are_not_this_events(text: str, grade: IncidentGrade | None) -> None:
    p = propose(text)
    assert p.grade is grade, p.reasons
    assert any(r.startswith("未计入") for r in p.reasons)


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("今年5月，这家烟花厂因违规生产发生爆炸，致15人遇难。本次爆炸造成1名工人受伤", G),
        ("这座煤矿2021年11月发生瓦斯爆炸，21名矿工遇难；昨天凌晨该矿又发生透水，2人被困", G),
        ("本次侧翻事故致4名乘客受伤。上个月，同一弯道一辆客车坠崖，造成13人死亡", G),
        ("该水库今年7月份因溃坝致10人失踪，今天上午水库下游再次发生险情，3人死亡", L),
        ("6月，这家商场的另一栋楼起火，造成11人死亡。昨晚的火灾无人员伤亡", G),
        ("山洪冲毁便桥，1名村民遇难。回顾2016年7月那场洪灾，全县共有27人遇难", G),
    ],
)
def test_an_event_told_by_its_month_beside_this_one_is_an_earlier_event(text: str, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.grade is grade, p.reasons
    assert p.figures.deaths + p.figures.missing < 10
    assert any(r.startswith("未计入（其他或以往事件）") for r in p.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "消防部门组织高层建筑火灾演练，模拟11人被困、8人重伤、32人死亡的情形",
        "桌面推演假定水库溃坝，下游造成15人失踪，直接经济损失2亿元",
        "联合演习中设定一辆客车与油罐车相撞起火，致12名乘客遇难",
    ],
)
def test_a_drills_or_a_hypothesis_toll_is_no_figure(text: str) -> None:
    p = propose(text)
    assert p.grade in (None, G), p.reasons
    assert (p.figures.deaths, p.figures.missing, p.figures.serious, p.figures.loss_yuan) == (0, 0, 0, 0)
    left_out = [r for r in p.reasons if r.startswith("未计入（演练、假设或作品中的情景）")]
    assert len(left_out) == 1, p.reasons


def test_someone_hurt_during_a_drill_is_hurt() -> None:
    p = propose("消防演练过程中，2名队员从云梯坠落受伤")
    assert (p.figures.injured, p.grade) == (2, G), p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "今年2至9月，全市建筑施工领域发生事故导致17人死亡",
        "1-6月全省水上交通事故死亡失踪人数为33人",
        "5月至8月，全县因溺水死亡的中小学生有12人",
        "前11个月，该省煤矿事故共造成41人遇难",
    ],
)
def test_figures_over_several_months_are_statistics(text: str) -> None:
    p = propose(text)
    assert p.grade in (None, G), p.reasons
    assert any(r.startswith("未计入（统计数字）") for r in p.reasons)


@pytest.mark.parametrize(
    ("text", "grade"),
    [("10月2日至3日，该县遭遇强降雨，造成12人死亡", M), ("11月，某乡镇一民房起火，致3人遇难", L)],
)
def test_a_months_date_is_no_statistic(text: str, grade: IncidentGrade) -> None:
    assert propose(text).grade is grade


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # alone, the month's event is the one reported
        ("今年2月，一辆大客车在山区公路坠崖，造成14人遇难", M),
        # this event named only to say what it revealed, or its loss: the same event
        ("8月份，某化工厂发生爆燃，造成10人死亡，此次事故暴露出企业安全管理的诸多问题", M),
        ("去年11月底该市一仓库起火。今年3月，一家鞋厂发生火灾致11人死亡。此次火灾直接经济损失2600万元", M),
        # a secondary collapse at the scene days later: the dated toll stays (a date with its day)
        ("7月3日，该隧道发生坍塌，造成12人死亡。7月5日现场再次发生小规模塌方，1名救援人员受伤", M),
    ],
)
def test_an_event_told_by_its_month_alone_is_this_event(text: str, grade: IncidentGrade) -> None:
    assert propose(text).grade is grade


@pytest.mark.parametrize(
    "text",
    [
        "据市应急管理局统计，前三季度全市共发生工贸行业事故9起，死亡11人",
        "2023年，全省共接报火灾3.2万起，亡42人，伤37人",
    ],
)
def test_a_text_of_statistics_only_gets_no_grade(text: str) -> None:
    p = propose(text)
    assert p.grade is None, p.reasons
    assert any("统计数字，未报告具体事件" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    ("text", "deaths", "grade"),
    [
        ("这已是今年以来该县第二起沉船事故，今晨的翻船事件致4名村民溺亡", 4, L),
        ("近年来当地多次发生山体塌方，本次塌方造成11名施工人员遇难", 11, M),
        ("本月以来全区共发生火情7起，其中昨晚一起民房火灾致3人死亡", 3, L),
        # the tally after the figure's clause: a remark on the place's year
        ("事故造成1人死亡，该路段今年已发生12起事故", 1, G),
        ("大巴侧翻事故造成3人死亡，这是该县今年以来发生的第5起较大事故", 3, L),
    ],
)
def test_a_figure_told_of_one_incident_beside_a_tally_is_this_events(
    text: str, deaths: int, grade: IncidentGrade
) -> None:
    p = propose(text)
    assert p.figures.deaths == deaths, p.reasons
    assert p.grade is grade, p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "近10日全县发生涉水事故5起死亡6人",
        "去年全省发生较大事故11起造成39人死亡",
        "该路段今年已发生12起事故，共造成5人死亡",
    ],
)
def test_incidents_counted_before_their_toll_are_a_tally(text: str) -> None:
    p = propose(text)
    assert p.figures.deaths == 0, p.reasons
    assert p.grade in (None, G), p.reasons


@pytest.mark.parametrize(
    ("text", "grade"),
    [("这是当地近20年来伤亡最重的一次矿难，造成13名矿工遇难", M), ("近十年来首次发生如此严重的火灾，3人遇难", L)],
)
def test_a_comparison_over_years_is_no_period(text: str, grade: IncidentGrade) -> None:
    assert propose(text).grade is grade


def test_an_incident_told_after_statistics_keeps_its_grade() -> None:
    p = propose("今年以来，该区共发生燃气事故6起，死亡4人。今天上午，一居民楼发生燃气爆炸，1人受伤")
    assert p.grade is G, p.reasons
    assert not any("未报告具体事件" in r for r in p.reasons)


@pytest.mark.parametrize(
    ("text", "grade"),
    [("城区发生多起爆炸4死22伤", L), ("山区发生两起山体滑坡16人丧生13人受伤", M)],
)
def test_a_headline_reporting_several_incidents_is_no_statistic(text: str, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.grade is grade, p.reasons
    assert not any(r.startswith("未计入") for r in p.reasons)


def test_every_figure_reason_quotes_its_words() -> None:
    text = "某化工厂爆炸事故已造成3人死亡、2人失联，十五人受伤，其中4人重伤，直接经济损失约2000万元"
    p = propose(text)
    figure_reasons = [r for r in p.reasons if not r.startswith(("事件类型", "未计入"))]
    assert len(figure_reasons) == 4
    for reason in figure_reasons:
        quoted = reason.split("原文")[1]
        for piece in quoted.split("”")[:-1]:
            assert piece.split("“")[-1] in text, reason


@pytest.mark.parametrize(
    ("text", "deaths", "injured", "serious", "quoted"),
    [
        # one person, unnumbered: at least one
        ("一辆重型货车在弯道侧翻，司机当场死亡", 1, 0, 0, "司机当场死亡"),
        ("男子酒后驾车撞倒老人致其死亡", 1, 0, 0, "男子酒后驾车撞倒老人致其死亡"),
        ("渔民出海作业时不幸落水溺亡", 1, 0, 0, "渔民出海作业时不幸落水溺亡"),
        ("一辆货车与电动车相撞，电动车驾驶人经抢救无效死亡", 1, 0, 0, "电动车驾驶人经抢救无效死亡"),
        ("警方通报：嫌疑人将受害人殴打致死", 1, 0, 0, "嫌疑人将受害人殴打致死"),
        ("消防员在扑救山火中英勇牺牲", 1, 0, 0, "消防员在扑救山火中英勇牺牲"),
        ("儿子落水父亲施救，父子双双溺亡", 2, 0, 0, "父子双双溺亡"),
        ("男子与邻居发生口角，持刀刺伤对方", 0, 1, 0, "持刀刺伤对方"),
        ("女子在小区内被流浪狗咬伤", 0, 1, 0, "女子在小区内被流浪狗咬伤"),
        ("工人在车间作业时被蒸汽严重烫伤", 0, 0, 1, "工人在车间作业时被蒸汽严重烫伤"),
        ("两名男子因琐事将店主打成重伤", 0, 0, 1, "两名男子因琐事将店主打成重伤"),
        ("青年无证驾驶摩托车致人死伤", 0, 1, 0, "青年无证驾驶摩托车致人死伤"),
        # hurt after an incident told in the sentence
        ("一辆电动车与一辆小轿车发生碰撞，电动车驾驶人受伤倒地", 0, 1, 0, "电动车驾驶人受伤"),
        ("一辆货车在弯道侧翻，司机受伤", 0, 1, 0, "司机受伤"),
    ],
)
def test_a_casualty_without_a_number_is_one_person(
    text: str, deaths: int, injured: int, serious: int, quoted: str
) -> None:
    p = propose(text)
    assert (p.figures.deaths, p.figures.injured, p.figures.serious) == (deaths, injured, serious), p.reasons
    assert p.grade is G, p.reasons
    reason = next(r for r in p.reasons if r.startswith(("死亡", "受伤", "伤亡", "重伤")))
    assert "未写明人数" in reason and f"“{quoted}”" in reason, reason


@pytest.mark.parametrize(
    ("text", "exact"),
    [
        # the one person counted before the death later in the sentence: exactly one
        ("某木业有限公司一名员工在操作砂光机时，被卷入设备，经送医抢救无效死亡", True),
        ("一男子在须江游泳溺亡", True),
        ("一名女生下车后横过马路，被一辆跑车撞出10米远，不治身亡", True),
        ("火灾造成房屋部分烧毁，1名老人被困，后经消防员救出，送医后经抢救无效于当晚死亡", True),
        # (a works counted is no one: 一家竹木制品厂)
        ("一家竹木制品厂内，一名电工在检修配电箱时不慎触电，经120急救人员现场抢救无效死亡", True),
        # no one counted, others counted, or a killing (whom it befell is not the one counted)
        ("司机在弯道侧翻后当场死亡", False),
        ("一名男子与3名同伴下河游泳，不幸溺亡", False),
        ("一名男子持刀闯入商店，捅死店主", False),
        ("一名男子驾车撞倒行人，另有路人经抢救无效死亡", False),
    ],
)
def test_a_death_of_the_one_person_counted_before_it_is_exactly_one(text: str, exact: bool) -> None:
    p = propose(text)
    assert p.figures.deaths == 1, p.reasons
    reason = next(r for r in p.reasons if r.startswith("死亡"))
    assert ("句中前文计为一人" in reason) is exact and ("未写明人数" in reason) is not exact, reason


@pytest.mark.parametrize(
    "text",
    [
        "研究显示，久坐增加死亡风险",
        "《死亡搁浅》新版本本周发售",
        "该企业不能以牺牲环境为代价换取增长",
        "球队核心训练中手指不幸受伤，恐缺席首场比赛",
        "暴雨致养殖场300余头生猪溺死",
        "司机在高速公路上捡拾被撞死的野鸡被罚款",
        "房屋一旦倒塌，可能砸死人",
        "女子走在人行道上险些被掉落的广告牌砸伤",
        "老人因病去世多年，子女申请领取抚恤金",
        "参加基本养老保险的个人，因病或者非因工死亡的，其遗属可以领取丧葬补助金",
        "村民晾晒稻谷时占道，钉板误伤过往汽车",
        "申请人因工作受伤害，要求认定工伤",
        # hurt after an incident, but no one: a thing
        "两车相撞，路边护栏受伤严重",
        # idioms, a verb of hurting as a noun, what would happen then
        "不能学生犯错了就一棍子打死",
        "我们是政府调控一刀切的误伤",
        "开放式连廊雨天一滩水，到时摔伤摔死人谁来负责？",
    ],
)
def test_words_that_state_no_casualty(text: str) -> None:
    f = extract_figures(text)
    assert (f.deaths, f.injured, f.serious) == (0, 0, 0), f.report


@pytest.mark.parametrize(
    ("text", "deaths", "injured", "serious"),
    [
        # the number before an active verb of hurting is the doers'
        ("五名蒙面男子持棍冲进饭店打伤店员", 0, 1, 0),
        ("三名嫌疑人持刀闯入民宅，砍伤一家三口", 0, 3, 0),
        ("两名男子驾车撞伤路边行人后逃逸", 0, 1, 0),
        # a passive sentence names the victims first, the doers after 被
        ("12名工人被30余名手持棍棒的男子打伤", 0, 12, 0),
        ("2名工人将货物搬上车时被砸伤", 0, 2, 0),
        # a cause and its victim between the doers and the word
        ("3名男子闯入工地致保安受伤", 0, 1, 0),
        ("3名男子闯入工地致一名保安受伤", 0, 1, 0),
        # those who say it are not its figure; those named beside the dead are not the dead
        ("多名家属称患者死亡前未得到救治", 1, 0, 0),
        ("两人盗窃墓地骨灰盒后敲诈死者家属被判刑", 0, 0, 0),
        # whom 将/把 puts before the verb is its victim
        ("一名男子持刀将2名路人砍伤", 0, 2, 0),
        # the relatives of the dead are not the dead
        ("2000多名遇难者家属参加悼念活动", 0, 0, 0),
        # but the number of those it happened to stays theirs
        ("3名工人在清理污水池时吸入有毒气体导致死亡", 3, 0, 0),
        ("4少年结伴到河边游泳不幸溺亡", 4, 0, 0),
    ],
)
def test_doers_are_not_counted_as_victims(text: str, deaths: int, injured: int, serious: int) -> None:
    f = extract_figures(text)
    assert (f.deaths, f.injured, f.serious) == (deaths, injured, serious), f.report


@pytest.mark.parametrize(
    ("text", "deaths", "grade"),
    [
        # a running total of one ongoing event: the latest total counts
        ("疫情通报：昨日新增死亡5人，累计死亡76人", 76, E),
        ("省卫健委通报：昨日新增死亡病例3例，累计报告死亡病例47例", 47, E),
        ("霍乱疫情死亡人数新增6人，总数达52人", 52, E),
        ("该国7月以来洪灾死亡人数升至112人", 112, E),
        ("地震发生以来，救援人员累计搜寻到遇难者遗体38具", 38, L),
        ("截至昨日18时，该县洪涝灾害累计造成12人死亡", 12, M),
        ("事发至今已造成12人死亡", 12, M),
        ("截至目前，踩踏事故已累计造成36人死亡、49人受伤", 36, E),
        # N年来最… compares, it adds nothing up
        ("这是当地百年来最强的一次地震，已造成35人遇难", 35, L),
        ("这是该省60年来最严重的洪灾，已致11人死亡", 11, M),
    ],
)
def test_a_running_total_of_one_event_counts(text: str, deaths: int, grade: IncidentGrade) -> None:
    p = propose(text)
    assert (p.figures.deaths, p.grade) == (deaths, grade), p.reasons
    assert not any(r.startswith("未计入") for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    "text",
    [
        # totals over many incidents, years or a region are statistics
        "据交警部门统计，自2008年至今，该路段发生交通事故死亡总人数达40余人",
        "据村民反映，水库建成后至今，村里因病死亡总人数已达30多人",
        "内战爆发以来，政府军死亡人数已达3000余人",
        "该矿投产以来已有5名工人在井下死亡",
        "今年以来，全省因洪涝灾害累计死亡23人",
        "昨日全市新增道路交通事故死亡3人，今年累计死亡86人",
        "近五年该路口累计发生事故致死11人",
        "该路段发生事故累计死亡50多人",
        # an epidemic or disaster named in another clause does not make the total its toll
        "今年干旱少雨，村里自建厂后至今因病死亡总人数已达30多人",
    ],
)
def test_a_total_over_many_events_is_a_statistic(text: str) -> None:
    p = propose(text)
    assert p.figures.deaths == 0 and p.grade in (G, None), p.reasons
    assert any(r.startswith("未计入（统计数字）") for r in p.reasons), p.reasons


def test_a_bulletin_total_counts_when_the_title_names_the_epidemic() -> None:
    body = "全省昨日新增死亡4人，累计死亡89人。"
    p = propose(f"疫情通报\n{body}")
    assert (p.figures.deaths, p.grade) == (89, E), p.reasons
    # without it, a province's total could be of anything
    assert propose(body).figures.deaths == 0


def test_an_increment_is_a_lower_bound_of_the_toll() -> None:
    p = propose("全国新增确诊病例380例，新增死亡42例")
    assert (p.figures.deaths, p.grade) == (42, E)
    assert any(r.startswith("死亡新增42人（下限") for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    ("text", "deaths", "missing", "injured", "grade"),
    [
        # 多人/多名: several, at least two
        ("渡船沉没，已致2人死亡多人失踪", 2, 2, 0, L),
        ("两伙人在街头斗殴，造成多人受伤", 0, 0, 2, G),
        # the 伤 of 6死4伤 is no word for the number after it
        ("武装分子袭击村庄致6死4伤9人遭绑架", 6, 0, 4, L),
        # casualties prevented are none
        ("山体塌方时3名路过的工人及时示警，避免了行人伤亡", 0, 0, 0, G),
    ],
)
def test_several_compact_and_prevented(
    text: str, deaths: int, missing: int, injured: int, grade: IncidentGrade
) -> None:
    p = propose(text)
    assert (p.figures.deaths, p.figures.missing, p.figures.injured) == (deaths, missing, injured), p.reasons
    assert p.grade is grade, p.reasons


@pytest.mark.parametrize(
    ("text", "deaths", "missing", "injured", "grade"),
    [
        ("目前死亡和失踪人数分别为3人和5人", 3, 5, 0, L),
        ("此次灾害造成死亡、失踪人数分别为12人、3人", 12, 3, 0, M),
        ("截至目前，死亡、失踪、受伤人数分别为21人、4人、35人", 21, 4, 35, M),
    ],
)
def test_figures_listed_respectively(text: str, deaths: int, missing: int, injured: int, grade: IncidentGrade) -> None:
    p = propose(text)
    assert (p.figures.deaths, p.figures.missing, p.figures.injured) == (deaths, missing, injured), p.reasons
    assert p.grade is grade, p.reasons


@pytest.mark.parametrize(
    ("text", "minor"),
    [
        ("一辆货车在弯道侧翻，司机受轻伤", 1),
        ("两车相撞，电动车驾驶人受轻伤", 1),
        # a graze after a rescue or a hospital
        ("消防员将老人救出，随后将其送往医院检查，老人仅有轻微擦伤", 1),
        # no incident told: a player's
        ("球员在比赛中受轻伤", 0),
        ("球员在比赛中轻微擦伤", 0),
    ],
)
def test_someone_lightly_hurt_in_an_incident_is_a_figure_of_one(text: str, minor: int) -> None:
    assert propose(text).figures.minor == minor


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        # a bone broken after a rescue or in an incident: one hurt, its severity unstated
        ("消防员用破拆工具将司机救出，交给120送医，司机右腿骨折，无生命危险", 1),
        ("两车相撞，电动车驾驶人左腿骨折", 1),
        # no incident, no rescue: a player's
        ("球员在比赛中骨折", 0),
    ],
)
def test_someone_with_a_broken_bone_in_an_incident_is_a_figure_of_one(text: str, injured: int) -> None:
    p = propose(text)
    assert (p.figures.injured, p.figures.serious) == (injured, 0), p.reasons


@pytest.mark.parametrize(
    ("text", "serious"),
    [
        # someone seriously hurt in an incident told before in the sentence: at least one
        ("货车侧翻 司机重伤送医", 1),
        ("两车相撞，电动车驾驶人受重伤", 1),
        # no incident told: a player's
        ("球员在比赛中重伤", 0),
    ],
)
def test_someone_seriously_hurt_in_an_incident_is_a_figure_of_one(text: str, serious: int) -> None:
    assert propose(text).figures.serious == serious, propose(text).reasons


def test_the_injured_told_again_by_how_badly_are_counted_once() -> None:
    p = propose("城南一仓库发生火灾 1人受伤\n火灾造成1名仓库保管员轻微烫伤，已送往医院治疗。")
    assert (p.figures.injured, p.figures.minor) == (0, 1), p.reasons
    # some of them, a list of two or others besides: the figure of the injured stays
    for text, hurt in (
        ("仓库爆炸，3人受伤。其中1人重伤。", (3, 1, 0)),
        ("仓库爆炸，造成1人重伤、1人受伤。", (1, 1, 0)),
        ("仓库爆炸 2人受伤\n爆炸造成1人重伤，另有1人轻伤。", (2, 1, 1)),
    ):
        p = propose(text)
        assert (p.figures.injured, p.figures.serious, p.figures.minor) == hurt, p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "一辆货车在弯道侧翻，事故造成司机受轻伤，未造成其他人员伤亡。",
        "两车相撞，没有导致人员伤亡。",
        "电动车与行人发生碰撞，电动车驾驶人受轻伤，并未造成其他人员受伤。",
    ],
)
def test_a_cause_denied_states_no_one_hurt(text: str) -> None:
    p = propose(text)
    assert p.figures.injured == 0, p.reasons
    assert not any(r.startswith(("伤亡（死伤合计）", "受伤")) for r in p.reasons), p.reasons
