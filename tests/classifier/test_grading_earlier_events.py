"""Grade rules for an earlier event recalled in a report of a new incident: told by its full date
(``2019年5月3日，该厂发生爆炸事故``), by a bare day with 此前/此外 or at the same site on an earlier
day than the one reported, and a ``这起`` sentence that refers back to it."""

from __future__ import annotations

import pytest

from classifier.grading import propose
from models.enums import IncidentGrade
from tests.classifier.grades import assert_left_out

E, M, L, G = IncidentGrade.ESPECIALLY_MAJOR, IncidentGrade.MAJOR, IncidentGrade.LARGE, IncidentGrade.GENERAL


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # (a) a full date with its year, after today's incident
        ("今天上午，城北化工园区一企业车间起火，未造成人员伤亡。2019年5月3日，该厂发生爆炸事故，造成12人死亡。", 0),
        (
            "昨晚8时许，县城一家KTV发生火灾，2名顾客受轻伤。据了解，2017年12月8日，该KTV曾因电线老化起火，"
            "同年11月22日，邻街一家网吧发生火灾，造成5人死亡。",
            0,
        ),
        # (a) or before a new incident told by a relative day
        ("2019年5月3日，该厂发生爆炸事故，造成12人死亡。今天上午，该厂再次发生火情，1人受伤。", 0),
        # (b) a bare day, told as earlier (此前) or beside (此外) the incident reported
        ("8日上午，沪昆高速某路段发生一起两车追尾事故，造成1人受伤。此前，5日，该路段一货车侧翻致3人死亡。", 0),
        ("12日凌晨，河西村一民房倒塌，1人受伤。此外，9日该村另一处危房倒塌致2人死亡。", 0),
        # (b) at the same site, on an earlier day than the incident reported
        ("8日上午，沪昆高速某路段发生一起两车追尾事故，造成1人受伤。5日，该路段一货车侧翻致3人死亡。", 0),
    ],
)
def test_an_earlier_event_told_by_its_date_is_left_out(text: str, deaths: int) -> None:
    assert_left_out(text, deaths, G)


def test_a_back_reference_stays_with_the_earlier_event() -> None:
    text = (
        "今天上午，城北化工园区一企业车间起火，1名工人受轻伤。2019年5月3日，该厂发生爆炸事故，造成12人死亡。"
        "这起事故造成直接经济损失1.5亿元，该厂此后停产整顿一年。"
    )
    p = propose(text)
    assert p.figures.deaths == 0 and p.figures.loss_yuan == 0, p.reasons
    assert p.grade is G, p.reasons
    assert any("这起事故造成直接经济损失1.5亿元" in r and r.startswith("未计入") for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    ("text", "deaths", "grade"),
    [
        # the full date is this event's: it is told first, or nothing else happened today
        (
            "2024年1月24日15时许，新余市渝水区一临街店铺发生火灾，造成39人死亡、9人受伤。",
            39,
            IncidentGrade.ESPECIALLY_MAJOR,
        ),
        (
            "2023年5月3日，某化工厂发生爆炸事故，造成12人死亡。今天上午，记者来到事故现场，救援工作已基本结束。",
            12,
            M,
        ),
        # the report quoted, dated in full, is of the incident the lead names
        (
            "昨天下午，G55高速某路段发生一起车祸。记者从交警部门获悉，2024年5月3日15时许，"
            "一辆小客车与货车追尾，造成3人死亡、2人受伤。",
            3,
            L,
        ),
        # the full date's incident, then its scene or itself again
        ("2024年3月2日，城东一化工厂发生爆炸，造成4人死亡。今日凌晨，现场再次发生复燃，无人员伤亡。", 4, L),
        ("2024年3月2日，城东一化工厂发生爆炸，造成4人死亡。昨日发生的爆炸系违规动火作业引发。", 4, L),
        # a day within the span the lead names
        ("7日晚至8日凌晨，该县突发山洪。7日晚，该县一村发生泥石流，造成3人死亡。", 3, L),
        # a later day is a follow-up of the same incident
        ("5日晚，城西一化工厂发生爆炸，造成2人死亡、6人受伤。6日凌晨，又有1名伤者不治。", 3, L),
        # a bare day that is the incident's own, after the lead
        ("记者从县应急管理局获悉，5日，该县一货车侧翻致3人死亡。目前事故原因正在调查中。", 3, L),
        # this event's own 这起 after its lead
        ("6日凌晨，城南一民房发生火灾，造成3人死亡。这起火灾造成直接经济损失约20万元。", 3, L),
    ],
)
def test_the_incident_reported_keeps_its_toll(text: str, deaths: int, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.figures.deaths == deaths, p.reasons
    assert p.grade is grade, p.reasons


def test_another_sentence_on_the_incidents_own_day_is_its_own() -> None:
    p = propose("8日上午，沪昆高速某路段发生一起多车追尾事故，造成2人死亡。另外，8日上午的事故中还有5人受伤。")
    assert (p.figures.deaths, p.figures.injured) == (2, 5), p.reasons


@pytest.mark.parametrize(
    ("text", "deaths", "grade"),
    [
        # a bare day at the same site, after a lead told by a relative day only
        ("昨日凌晨，某化工厂发生爆炸，造成2人死亡。该厂3月5日发生一起火灾，造成10人死亡。", 2, G),
        ("今天上午，城南一化工厂发生爆炸，造成4人死亡。该厂3月5日发生一起火灾，造成10人死亡。", 4, L),
        ("当日下午，某烟花厂发生爆炸，造成3人死亡。3月5日，该厂仓库发生火灾，造成12人死亡。", 3, L),
        ("昨天下午，国道一路段两车相撞，造成3人死亡。同一路段3月2日发生山体滑坡，造成11人死亡。", 3, L),
        # a date written with its year at the same site, after a lead with no date
        ("某县一煤矿发生透水事故，3人被困。2015年6月该矿发生瓦斯爆炸，造成12人死亡。", 0, G),
        ("某县一煤矿发生透水事故，造成4人死亡。2015年6月3日，该矿发生瓦斯爆炸，造成12人死亡。", 4, L),
        ("一化工企业车间发生爆炸，造成3人死亡。该企业2018年发生火灾，造成11人死亡。", 3, L),
        ("一在建工地发生坍塌，2人受伤。该工地2019年5月发生塔吊倒塌，造成30人死亡。", 0, G),
        ("昨日凌晨，某化工厂发生爆炸，造成4人死亡。3月5日，这家工厂发生火灾，造成10人死亡。", 4, L),
        ("某县一煤矿发生透水事故，3人被困。该矿在2015年6月发生瓦斯爆炸，造成12人死亡。", 0, G),
    ],
)
def test_an_earlier_incident_at_the_same_site_is_left_out(text: str, deaths: int, grade: IncidentGrade) -> None:
    assert_left_out(text, deaths, grade)


@pytest.mark.parametrize(
    ("text", "deaths", "grade"),
    [
        # the lead's incident told again with its date (the same kind of incident, at the same site)
        ("昨日凌晨，某化工厂发生爆炸。3月5日凌晨2时许，该厂车间发生爆炸，造成10人死亡。", 10, M),
        ("某县一煤矿发生透水事故。2024年3月5日15时许，该矿井下发生透水，造成12人死亡。", 12, M),
        # a lead that does not say what happened: the dated incident may be its own
        ("昨日，某煤矿发生事故。3月5日，该矿井下发生瓦斯爆炸，造成12人死亡。", 12, M),
        # the site's incident told by a back reference
        ("某县一煤矿发生透水事故。该起事故于2024年3月5日发生，造成12人死亡。", 12, M),
    ],
)
def test_the_lead_told_again_with_its_date_keeps_its_toll(text: str, deaths: int, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.figures.deaths == deaths, p.reasons
    assert p.grade is grade, p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "去年同期该路段发生车祸致11人死亡。今日凌晨，一辆货车在此侧翻，司机受轻伤。",
        "今晨一辆客车在此路段追尾，2人受伤。前年同期，这里一辆大巴坠崖致14人遇难。",
    ],
)
def test_an_event_of_the_same_time_last_year_is_an_earlier_event(text: str) -> None:
    """``去年同期`` opening a story is when it happened; only a comparison (``比去年同期下降``) is a
    statistic's."""
    assert_left_out(text, 0, G)


def test_a_comparison_with_last_year_leaves_this_events_figure() -> None:
    p = propose("昨晚城西发生火灾致11人死亡，全市火灾起数与去年同期相比上升")
    assert p.figures.deaths == 11 and p.grade is M, p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "化工厂今晨发生闪爆，2人轻伤。此前的一次爆炸中，有11人遇难。",
        "今天上午一工地塔吊倒塌，1人受伤。这是本月该市发生的第二起塔吊事故，上一起事故造成12人死亡。",
    ],
)
def test_an_earlier_incident_named_as_such_is_left_out(text: str) -> None:
    """``此前的一次``, ``上一起``: an earlier incident, whatever it cost."""
    assert_left_out(text, 0, G)


def test_a_year_told_as_a_storys_background_marks_an_earlier_event() -> None:
    """``2016年…时``: the time of a story's background, not a date of now."""
    p = propose(
        "投诉某地产项目违规施工。2016年该项目打桩施工时，暴雨后泥浆倒灌致使20多户房屋被淹，"
        "直接经济损失达2000余万元。如今该项目又要开工，请相关部门核查。"
    )
    assert p.figures.loss_yuan == 0 and p.grade in (None, G), p.reasons
    assert any(r.startswith("未计入（其他或以往事件）") for r in p.reasons), p.reasons


def test_a_date_with_its_month_and_hour_is_no_background() -> None:
    p = propose("2024年12月3日10时许，某化工厂发生爆炸，直接经济损失达2000余万元。")
    assert p.grade is L, p.reasons


@pytest.mark.parametrize(
    ("text", "deaths", "grade"),
    [
        # an earlier incident named by its year and date code
        ("2019年“3·21”爆炸事故造成78人死亡，本次事故造成3人死亡", 3, L),
        # or compared with, up to 相比
        ("与2019年“3·21”爆炸事故（78人死亡）相比，本次事故造成3人死亡", 3, L),
        ("与“3·21”爆炸事故（78人死亡）相比，本次事故造成3人死亡", 3, L),
    ],
)
def test_an_earlier_incident_named_by_its_date_code_or_compared_with_is_left_out(
    text: str, deaths: int, grade: IncidentGrade
) -> None:
    assert_left_out(text, deaths, grade)


def test_a_named_disaster_with_a_toll_so_far_is_the_event_reported() -> None:
    """已造成 tells a toll so far: the 火灾 named with its year and code is the one reported."""
    p = propose("2024年“1·24”特别重大火灾事故已造成39人死亡")
    assert p.figures.deaths == 39 and p.grade is E, p.reasons
    assert p.event_type.value == "accident", p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "纪念汶川地震十五周年：那场造成近7万人遇难的灾难",
        "唐山大地震40周年祭：24万人罹难",
        "天津港爆炸事故五周年，165名遇难者永远留在了那个夜晚",
        # a memorial, 周年 unsaid
        "纪念汶川地震遇难同胞 8万余人罹难",
        "缅怀唐山大地震中罹难的24万同胞",
        # the one remembered told again as 那场, or in a sentence of its own by its year
        "今天是某大桥垮塌事故五周年，那场垮塌共造成11人遇难",
        "本报讯 今天是某煤矿瓦斯爆炸事故二十周年。2005年11月27日，该矿发生瓦斯爆炸，造成171人死亡",
        "今天是某矿难五周年。那次透水事故造成21人遇难，幸存者至今难忘",
    ],
)
def test_an_anniversary_remembers_an_earlier_disaster(text: str) -> None:
    """A disaster remembered on its anniversary starts no clock, whatever it cost."""
    p = propose(text)
    assert p.figures.deaths == 0 and p.grade is None, p.reasons
    assert any(r.startswith("未计入（其他或以往事件）") for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    ("text", "grade", "event_type"),
    [
        # an anniversary of another kind, and an incident after the anniversary's clause
        ("建厂30周年之际，该厂发生爆炸，造成3人死亡", L, "accident"),
        ("在庆祝建校50周年活动中发生踩踏，造成5人死亡", L, "accident"),
        ("汶川地震十周年之际，某县发生山体滑坡，已造成3人死亡", L, "natural_disaster"),
        ("今天是汶川地震十周年。今天上午，某县发生山体滑坡，造成3人死亡", L, "natural_disaster"),
        # a memorial is no past event's when the dead mourned are this one's (悼念, not 纪念)
        ("沉痛悼念在昨日爆炸事故中遇难的12名同志", M, "accident"),
        ("为纪念在抗洪中牺牲的战士，某地昨日发生山体滑坡致4人死亡", L, "natural_disaster"),
    ],
)
def test_an_incident_beside_an_anniversary_is_the_event_reported(
    text: str, grade: IncidentGrade, event_type: str
) -> None:
    p = propose(text)
    assert (p.grade, p.event_type.value) == (grade, event_type), p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "电影《长津湖》讲述了志愿军战士在极寒中作战的故事，数十人牺牲",
        "该剧讲述了一场矿难中12名矿工遇难的故事",
        "剧中，一场大火造成30多人死亡",
        "电视剧《某某》中一场大火造成30人死亡",
        "小说《活着》里，一场洪水造成10人死亡",
    ],
)
def test_a_works_story_is_no_incident(text: str) -> None:
    p = propose(text)
    assert p.figures.deaths == 0 and p.grade is None, p.reasons
    assert p.event_type.value not in ("accident", "natural_disaster"), p.event_terms


@pytest.mark.parametrize(
    ("text", "grade"),
    [("某市一电影院发生火灾，造成3人死亡", L), ("某影视基地拍摄电影时发生爆炸，造成2人死亡", G)],
)
def test_an_incident_where_films_are_shown_or_made_is_graded(text: str, grade: IncidentGrade) -> None:
    assert propose(text).grade is grade
