"""Grade rules for tolls over a season, a period or a whole province or country: a tally of many
incidents, no one event, so no grade at all (not even 一般 from the disaster's name), with the reason
that says so."""

from __future__ import annotations

import pytest

from classifier.abroad import home_places
from classifier.grading import propose
from models.enums import IncidentGrade

M, L, G = IncidentGrade.MAJOR, IncidentGrade.LARGE, IncidentGrade.GENERAL


@pytest.mark.parametrize(
    "text",
    [
        # incidents of a season counted, the disaster's word before the count
        "8月以来，全国共发生洪涝灾害12起，造成98人死亡失踪。",
        # a season's toll over a country or a province
        "今年入汛以来，全国共有120人因洪涝灾害死亡失踪，紧急转移安置50万人次。",
        "今年汛期，全省因洪涝灾害死亡23人，倒塌房屋1200间。",
        "7月以来，受持续强降雨影响，全省因灾死亡12人、失踪5人。",
        "今年以来，全省因洪涝灾害累计死亡23人。",
        "今年以来全省共发生道路交通事故300起，造成56人死亡。",
        # a holiday's or a week's toll over a province or a city
        "暑假期间，全省共有36名学生溺水死亡，教育部门再次发出防溺水提醒。",
        "上周，全省共有12人溺水死亡。",
        "五一假期，全省发生道路交通事故致15人死亡。",
        "暑假期间，全市共有5名中小学生溺水死亡。",
        # a place's record over months or a year
        "调查｜半年内两名儿童在村口水塘溺亡，村民盼加装护栏",
        "一年内4名行人在该路段被撞身亡，附近居民呼吁设置信号灯",
    ],
)
def test_a_season_or_a_region_tally_gets_no_grade(text: str) -> None:
    p = propose(text)
    assert p.figures.deaths == 0 and p.figures.missing == 0, p.reasons
    assert p.grade is None, p.reasons
    assert any(r.startswith("未计入（统计数字）") for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    ("text", "deaths", "grade"),
    [
        # one disaster that goes on, in a county: an incident, its season's toll not graded
        ("入汛以来，暴雨已致全县11人死亡。", 0, G),
        # one disaster's toll from its start day
        ("7月28日以来，受台风“杜苏芮”影响，全省共有15人遇难、4人失踪。", 15, M),
        ("台风“利奇马”已造成全省因灾死亡32人、失踪16人。", 32, IncidentGrade.ESPECIALLY_MAJOR),
        ("入汛以来最强的此次降雨过程已造成全省9人死亡。", 9, L),
        ("入汛以来，此次强降雨过程已致全省11人死亡。", 11, M),
        ("7月以来，此次洪灾已造成全县4人遇难。", 4, L),
        # one incident or one disaster in a county on a holiday
        ("国庆假期期间，县城一民房发生火灾，造成3人死亡。", 3, L),
        ("春节期间，暴雨引发的山洪致全县4人遇难。", 4, L),
        ("台风登陆期间，全省因灾死亡12人。", 12, M),
        ("施工期间，全县一工地发生坍塌，造成3人死亡。", 3, L),
        ("上周，我市一小区发生火灾，造成3人死亡。", 3, L),
        ("暑假期间，全市一家三口在水库溺水死亡。", 3, L),
        ("暑假期间，我县3名儿童结伴下河游泳不幸溺亡。", 3, L),
        # one incident's injured dying over a week
        ("昨日凌晨某厂发生爆炸，事故发生后，一周内3名伤者相继死亡。", 3, L),
        ("今年汛期，全县暴雨致2人死亡。", 2, G),
        # a tally beside an incident reported: graded on the incident
        ("今年入汛以来，全国因灾死亡失踪120人。昨日，我县一山洪沟发生山洪，造成2人死亡。", 2, G),
        ("今年以来全省共发生道路交通事故300起，造成56人死亡。昨天下午，一辆货车在国道侧翻，造成3人死亡。", 3, L),
    ],
)
def test_one_disasters_toll_and_an_incident_beside_a_tally_keep_their_grade(
    text: str, deaths: int, grade: IncidentGrade
) -> None:
    p = propose(text)
    assert p.figures.deaths == deaths, p.reasons
    assert p.grade is grade, p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "今年以来全省共发生道路交通事故300起，造成56人死亡。",
        "本月以来全市共发生火灾12起。",
        "截至目前全县共有3人受伤。",
        "河流受到污染，沿岸乡镇停水。",  # 乡镇: townships in general
    ],
)
def test_a_whole_province_or_city_is_no_place_named(text: str) -> None:
    assert home_places(text) == [], home_places(text)


@pytest.mark.parametrize(
    "text",
    [
        # incidents counted over a period or a region, no figure of people: statistics, no incident
        "全市共接报火灾46起，无人员伤亡",
        "今年以来，全市共接报火灾46起，无人员伤亡。",
        "全县今年以来共发生交通事故120起，未造成人员死亡。",
        "1至10月，全区共发生火灾30余起，无人员伤亡，火灾形势总体平稳。",
        "据统计，春节期间全市共发生火灾18起，同比下降20%。",
        "上半年，全县共发生道路交通事故56起，没有发生较大以上事故。",
        "全市共接报火灾46起，无人员伤亡。消防部门提醒市民注意用火安全。",
        "本月共处置警情300余起，未发生重大案件。",
        # a detail of those counted
        "今年以来，全市共接报火灾46起，无人员伤亡。其中，城东一仓库火灾损失最大。",
    ],
)
def test_a_count_of_incidents_without_figures_gets_no_grade(text: str) -> None:
    p = propose(text)
    assert p.grade is None, p.reasons
    if p.event_type.value != "other":
        assert any("统计数字" in r and "未定级" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    "text",
    [
        # an incident of its own beside the tally
        "一加油站发生火情。今年以来全市共发生火灾126起",
        "昨晚，城东一小区发生火灾，无人员伤亡。今年以来全市共接报火灾46起。",
        "今年以来全市共发生火灾126起，昨晚一小区又起火，无人员伤亡。",
        "今年以来全市共接报火灾46起。今天凌晨，城西一仓库起火，所幸无人员伤亡。",
        "全县今年以来共发生交通事故120起。今天上午，国道一货车侧翻，无人员伤亡。",
        "这是今年以来全市发生的第3起火灾，所幸无人员伤亡。",
        # incidents of today, counted
        # (from 4.0 级 a magnitude gives a grade of its own; below it a quake with no harm told is no disaster)
        "台湾花莲今日发生5起地震，最大震级3.8级，多处墙体开裂",
        "昨日，我市共发生2起火灾，均已扑灭。",
        # one of those counted, told as happening
        "今年以来全市共接报火灾46起。其中，昨晚城东一仓库发生火灾，无人员伤亡。",
    ],
)
def test_an_incident_beside_a_count_keeps_its_grade(text: str) -> None:
    p = propose(text)
    assert p.grade is G, p.reasons


@pytest.mark.parametrize(
    "text",
    [
        # incidents counted with 宗 or 次 as with 起
        "全市共发生火灾46宗，无人员伤亡。",
        "上半年，全市发生火灾事故23宗，同比下降10%。",
        "全市道路交通事故23宗，死亡5人。",
        "今年以来，全县共发生交通事故120次，未造成人员死亡。",
        "全年全县累计发生交通事故80余次，造成6人死亡。",
        "上半年，全区共发生火灾十多次，均未造成人员伤亡。",
        # spells of weather counted
        "入汛以来我市共出现强降雨过程8次",
        "今年以来全省共出现台风4次",
    ],
)
def test_a_count_of_incidents_by_zong_or_ci_is_a_tally(text: str) -> None:
    p = propose(text)
    assert p.grade is None, p.reasons
    assert any("统计数字" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # an ordinal, a count of something else than incidents, a day of now: no tally
        ("这是今年以来全市发生的第3次火灾，所幸无人员伤亡。", G),
        ("今天凌晨，城西一仓库发生火灾，造成3人死亡。这是今年以来全市发生的第5次火灾。", L),
        ("消防救援站本月共出动12次，昨晚城东一民房火灾造成3人死亡。", L),
        ("救援队累计搜救3次，该起事故造成4人死亡。", L),
        ("昨日凌晨，某化工厂发生两次爆炸，造成5人死亡。", L),
        ("地震已造成12人死亡，共记录到余震120次。", L),
        ("昨日，我市共发生2宗火灾，均已扑灭。", G),
        ("该厂房多次发生火灾，无人员伤亡。", G),
    ],
)
def test_an_ordinal_or_another_count_by_ci_is_no_tally(text: str, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.grade is grade, p.reasons


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # the first of a period is one incident, whose toll is its own
        ("今年以来全市首起较大事故：某工地坍塌致3人死亡", L),
        ("今年以来首起亡人火灾 某民房起火致3人死亡", L),
        ("今年以来我市首起溺亡事件 一男子在水库游泳溺亡", G),
        ("某工地坍塌致3人死亡 为今年以来我市发生的第一起较大生产安全事故", L),
        ("今年以来，我市发生首起较大事故，某工地坍塌造成3人死亡", L),
        ("入冬以来首起亡人火灾 某民房起火致3人死亡", L),
    ],
)
def test_the_first_incident_of_a_period_keeps_its_toll(text: str, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.grade is grade, p.reasons


def test_incidents_named_then_their_sum_is_a_tally() -> None:
    """3起事故共造成11人死亡: the sum of several incidents, no one event's toll (it had been 重大)."""
    p = propose("此次事故是全市今年第3起较大事故，3起事故共造成11人死亡")
    assert p.grade is not IncidentGrade.MAJOR and any("统计数字" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    "text",
    [
        # this one named, but not with the season's toll: the toll is the tally's
        "今年以来，此次事故是全市第3起较大事故，共造成死亡11人。",
        "入汛以来全省因灾死亡23人，此次台风尚未造成人员伤亡。",
    ],
)
def test_a_seasons_tally_beside_this_one_named_is_still_a_tally(text: str) -> None:
    p = propose(text)
    assert p.figures.deaths == 0, p.reasons
    assert any(r.startswith("未计入（统计数字）") for r in p.reasons), p.reasons


def test_one_disasters_toll_so_far_in_our_city_is_no_tally() -> None:
    """截至…，此次强降雨过程已造成全市4人死亡: the toll of the one disaster reported, though over the city
    and counted up to an hour (it had been left out as a statistic)."""
    p = propose(
        "据市防指通报，6月27日以来，我市遭遇持续强降雨，截至6月30日18时，此次强降雨过程已造成全市4人死亡、2人失踪，"
        "紧急转移群众1.2万余人。"
    )
    assert (p.figures.deaths, p.figures.missing, p.grade) == (4, 2, IncidentGrade.LARGE), p.reasons
