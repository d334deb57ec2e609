"""Routing rules: order, 属地管理 (@township), scope, a broken rule, validation against units."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from classifier.errors import RoutingError
from classifier.routing import (
    Conditions,
    RouteInput,
    Router,
    RoutingRule,
    RoutingTable,
    check_routing,
    load_routing,
)
from models.enums import EventType, IncidentGrade, SourceTier
from yuqing.directory import load_units
from yuqing.errors import ConfigError

from .conftest import write_jurisdiction


@pytest.fixture
def router(tmp_path: Path) -> Router:
    folder = write_jurisdiction(tmp_path / "j")
    table = load_routing(folder / "routing.yaml")
    check_routing(table, load_units(folder / "units.yaml"))
    return Router(table)


def test_topic_rule_with_the_single_township_as_co_handler(router: Router) -> None:
    d = router.route(RouteInput(text="西山镇小区电梯坏了", topic="chengjian", townships=("xishan",)))
    assert (d.lead, d.co, d.rule) == ("zhujian", ("xishan",), "城建")


def test_several_townships_go_to_the_department_alone(router: Router) -> None:
    d = router.route(RouteInput(text="两地电梯", topic="chengjian", townships=("xishan", "dongcheng")))
    assert (d.lead, d.co) == ("zhujian", ())


def test_local_matter_is_led_by_its_township(router: Router) -> None:
    d = router.route(RouteInput(text="桃园村有人违建", topic="chengjian", townships=("xishan",)))
    assert (d.lead, d.rule) == ("xishan", "属地违建")
    # the same words spanning two places skip the local rule and reach the department
    d2 = router.route(RouteInput(text="两地违建", topic="chengjian", townships=("xishan", "dongcheng")))
    assert d2.lead == "zhujian"


def test_first_match_wins_and_grade_conditions(router: Router) -> None:
    x = RouteInput(
        text="西山镇工厂爆炸停电",
        topic="chengjian",
        event_type=EventType.ACCIDENT,
        grade=IncidentGrade.LARGE,
        townships=("xishan",),
    )
    d = router.route(x)
    assert (d.lead, d.co, d.rule) == ("yingji", ("xiaofang", "xishan"), "较大以上事故")
    general = router.route(
        RouteInput(text="工厂爆炸停电", topic="chengjian", event_type=EventType.ACCIDENT, grade=IncidentGrade.GENERAL)
    )
    assert general.rule == "供电"


def test_default_is_last(router: Router) -> None:
    d = router.route(RouteInput(text="别的事情", topic="unknown"))
    assert (d.lead, d.co, d.rule, d.errors) == ("fuban", (), "默认", ())


def test_an_invalid_pattern_is_refused_with_its_line(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="not a valid regular expression"):
        Conditions(pattern="停电(")
    path = tmp_path / "routing.yaml"
    path.write_text("rules:\n  - name: 坏规则\n    when:\n      pattern: '(('\n    lead: gongdian\n"
                    "  - name: 默认\n    lead: fuban\n", encoding="utf-8")  # fmt: skip
    with pytest.raises(ConfigError, match=r"routing.yaml:4: rules\.0\.when\.pattern: .*not a valid regular expression"):
        load_routing(path)


def test_a_rule_whose_search_runs_out_of_time_is_reported_and_skipped() -> None:
    # (a|aa)+$ backtracks without end on a long run of a's that does not end the text
    table = RoutingTable(
        rules=(
            RoutingRule(name="坏规则", when=Conditions(pattern="(a|aa)+$"), lead="gongdian"),
            RoutingRule(
                name="来源", when=Conditions(sources=("hotline",), source_tiers=(SourceTier.HOTLINE,)), lead="renshe"
            ),
            RoutingRule(name="默认", lead="fuban"),
        )
    )
    text = "停电了" + "a" * 200 + "！"
    d = Router(table).route(RouteInput(text=text, topic="x", source_id="hotline", source_tier=SourceTier.HOTLINE))
    assert d.lead == "renshe" and d.rule == "来源"
    assert len(d.errors) == 1 and "坏规则" in d.errors[0] and "TimeoutError" in d.errors[0]


def test_unknown_units_are_refused_at_load(tmp_path: Path) -> None:
    folder = write_jurisdiction(tmp_path / "j")
    table = RoutingTable(rules=(RoutingRule(name="错", lead="nobody"), RoutingRule(name="默认", lead="fuban")))
    with pytest.raises(RoutingError, match="nobody"):
        check_routing(table, load_units(folder / "units.yaml"))


def test_a_table_without_default_last_is_a_config_error_with_line(tmp_path: Path) -> None:
    path = tmp_path / "routing.yaml"
    path.write_text("rules:\n  - name: a\n    when: {topics: [x]}\n    lead: fuban\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"routing.yaml:\d+: .*default"):
        load_routing(path)


def test_unknown_condition_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "routing.yaml"
    path.write_text(
        "rules:\n  - name: a\n    when: {colour: red}\n    lead: x\n  - {name: d, lead: x}\n", encoding="utf-8"
    )
    with pytest.raises(ConfigError, match=r"routing.yaml:3"):
        load_routing(path)


def test_the_example_jurisdiction_tables_are_consistent() -> None:
    from classifier.engine import load_classifier
    from yuqing.settings import EXAMPLE_JURISDICTION

    engine = load_classifier(EXAMPLE_JURISDICTION)
    assert len(engine.units.townships()) >= 19
    assert engine.router.table.rules[-1].when == Conditions()


# --- a keyword in passing does not outweigh what the message is about (keywords_in) -------------

_PASSING = (
    "尊敬的领导：您好！我家孩子在县里一所民办高中读书，今年开学学校又涨了学费，"
    "家长们都很有意见，学校没有公示收费项目的依据，也没有说明住宿费、伙食费、水电费是怎么算的，"
    "请教育部门核查学校的收费是否合规，给家长一个说法。"
)


def _table(*rules: RoutingRule) -> Router:
    return Router(RoutingTable(rules=(*rules, RoutingRule(name="默认", lead="fuban"))))


_POWER = RoutingRule(name="供电", when=Conditions(keywords_any=("停电", "电费")), lead="gongdian")
_SCHOOL = RoutingRule(name="教育", when=Conditions(topics=("jiaoyu",)), lead="jiaoyu")


def test_a_keyword_in_passing_deep_in_the_text_does_not_choose_the_unit() -> None:
    router = _table(_POWER, _SCHOOL)
    text = "民办高中收费没有标准\n" + _PASSING
    assert router.route(RouteInput(text=text, title="民办高中收费没有标准", topic="jiaoyu")).rule == "教育"


def test_the_keyword_in_the_headline_or_the_opening_or_repeated_still_chooses_it() -> None:
    router = _table(_POWER, _SCHOOL)
    title = "学校宿舍电费收得太贵"
    assert router.route(RouteInput(text=f"{title}\n{_PASSING}", title=title, topic="jiaoyu")).rule == "供电"
    # without a headline, the opening after the greeting is the lead
    lead = "尊敬的领导：您好！学校宿舍的电费一度收一块五。" + _PASSING
    assert router.route(RouteInput(text=f"\n{lead}", topic="jiaoyu")).rule == "供电"
    assert router.route(RouteInput(text=f"\n{_PASSING}", topic="jiaoyu")).rule == "教育"
    repeated = _PASSING + "另外宿舍经常停电，停电时学生无法学习。"
    assert router.route(RouteInput(text=f"宿舍问题\n{repeated}", title="宿舍问题", topic="jiaoyu")).rule == "供电"
    # a short item without a title is all lead
    assert router.route(RouteInput(text="\n小区又停电了", topic="chengxiang")).rule == "供电"


def test_repeats_count_every_occurrence_overlapping_ones_and_words_inside_words() -> None:
    # 哈哈 twice in 哈哈哈; 电费 inside 水电费 counts for a rule naming both
    laugh = RoutingRule(name="笑", when=Conditions(keywords_any=("哈哈",)), lead="gongdian")
    assert _table(laugh, _SCHOOL).route(RouteInput(text="题\n他说哈哈哈", title="题", topic="jiaoyu")).rule == "笑"
    assert _table(laugh, _SCHOOL).route(RouteInput(text="题\n他说哈哈", title="题", topic="jiaoyu")).rule == "教育"
    fees = RoutingRule(name="费", when=Conditions(keywords_any=("水电费", "电费")), lead="gongdian")
    assert _table(fees, _SCHOOL).route(RouteInput(text="题\n交水电费", title="题", topic="jiaoyu")).rule == "费"


def test_keywords_in_anywhere_keeps_the_old_behaviour_and_lead_can_be_forced() -> None:
    anywhere = RoutingRule(
        name="供电", when=Conditions(keywords_any=("电费",), keywords_in="anywhere"), lead="gongdian"
    )
    text = "民办高中收费没有标准\n" + _PASSING
    item = RouteInput(text=text, title="民办高中收费没有标准", topic="jiaoyu")
    assert _table(anywhere, _SCHOOL).route(item).rule == "供电"
    # a rule refining a topic finds its words anywhere by default, and only in the lead when told
    refine = Conditions(topics=("jiaoyu",), keywords_any=("水电费",))
    assert (
        _table(RoutingRule(name="细分", when=refine, lead="gongdian"), _SCHOOL)
        .route(RouteInput(text=text, title="民办高中收费没有标准", topic="jiaoyu"))
        .rule
        == "细分"
    )
    forced = refine.model_copy(update={"keywords_in": "lead"})
    assert (
        _table(RoutingRule(name="细分", when=forced, lead="gongdian"), _SCHOOL)
        .route(RouteInput(text=text, title="民办高中收费没有标准", topic="jiaoyu"))
        .rule
        == "教育"
    )


def test_keywords_in_headline_takes_the_headline_only_never_repeats() -> None:
    fire = RoutingRule(
        name="消防", when=Conditions(keywords_any=("消防通道",), keywords_in="headline"), lead="xiaofang"
    )
    router = _table(fire, _SCHOOL)
    body = "学校门口新建的围墙把消防通道堵了，消防通道被堵，消防通道出了事谁负责？"
    assert router.route(RouteInput(text=f"学校围墙问题\n{body}", title="学校围墙问题", topic="jiaoyu")).rule == "教育"
    title = "学校门口消防通道被堵"
    assert router.route(RouteInput(text=f"{title}\n{body}", title=title, topic="jiaoyu")).rule == "消防"
    # without a headline, the opening after the greeting is the lead
    assert router.route(RouteInput(text="\n尊敬的领导：您好！小区消防通道被堵。", topic="jiaoyu")).rule == "消防"


def test_keywords_in_is_validated_with_line(tmp_path: Path) -> None:
    path = tmp_path / "routing.yaml"
    path.write_text(
        "rules:\n  - name: a\n    when: {topics: [x], keywords_in: lead}\n    lead: x\n  - {name: d, lead: x}\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match=r"routing.yaml:3.*keywords_in is given but the rule has no keywords"):
        load_routing(path)
    path.write_text(
        "rules:\n  - name: a\n    when: {keywords_any: [x], keywords_in: title}\n    lead: x\n  - {name: d, lead: x}\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match=r"routing.yaml:3.*keywords_in"):
        load_routing(path)


def test_example_table_routes_by_subject_not_by_a_word_in_passing() -> None:
    from yuqing.settings import EXAMPLE_JURISDICTION

    router = Router(load_routing(EXAMPLE_JURISDICTION / "routing.yaml"))
    cases = [
        ("民营医院也该享受公立医院的待遇", "weisheng", "weijian", "医院每月交的水电费用都按商业标准收取，"),
        ("县医院开药时私自收费", "weisheng", "weijian", "交费后医院开给我的发票和实际金额对不上，"),
        ("乡村教师的待遇太低", "jiaoyu", "jiaoyu", "老师们的住房公积金和医保也比城里低很多，"),
    ]
    for title, topic, lead, passing in cases:
        body = (
            "尊敬的领导：您好！我想向您反映一个困扰我们很久的情况，这件事情已经持续了大半年，"
            "我们多次向有关单位反映都没有结果，大家都很着急。" + passing + "希望有关部门能够重视。"
        )
        d = router.route(RouteInput(text=f"{title}\n{body}", title=title, topic=topic))
        assert d.lead == lead, (title, d)
    # the same word as the subject still reaches the utility
    title = "小区电费为什么这么高"
    d = router.route(RouteInput(text=f"{title}\n我家上个月用了很多电", title=title, topic="chengxiang"))
    assert d.lead == "gongdian"


def test_example_table_a_named_township_always_co_handles_or_leads() -> None:
    from yuqing.settings import EXAMPLE_JURISDICTION

    table = load_routing(EXAMPLE_JURISDICTION / "routing.yaml")
    router = Router(table)
    topics = {t for r in table.rules for t in r.when.topics}
    for topic in topics:
        d = router.route(RouteInput(text="\n虎山街道城北路新开了一家店", topic=topic, townships=("hushan",)))
        assert "hushan" in (d.lead, *d.co), (topic, d)
    for rule in table.rules[:-1]:  # every rule that can take a local item names it (属地管理); 属地兜底 takes the rest
        if rule.when.scope != "multi":
            assert "@township" in (rule.lead, *rule.co), rule.name


def test_example_table_sends_a_forest_fire_to_emergency_management_with_forestry() -> None:
    from yuqing.settings import EXAMPLE_JURISDICTION

    router = Router(load_routing(EXAMPLE_JURISDICTION / "routing.yaml"))
    title = "塘源口乡发生森林火灾"
    text = f"{title}\n11月30日14时许，塘源口乡洪福村后山发生森林火灾，明火已全部扑灭。"
    for event_type in (EventType.NATURAL_DISASTER, EventType.ACCIDENT):
        d = router.route(
            RouteInput(text=text, title=title, topic="anquan", event_type=event_type, townships=("tangyuankou",))
        )
        assert (d.rule, d.lead, d.co) == ("森林火灾", "yingji", ("linye", "tangyuankou")), d
    # a house fire stays with the fire brigade
    title = "城南一民房起火"
    d = router.route(
        RouteInput(text=f"{title}\n昨晚城南一民房起火。", title=title, topic="anquan", event_type=EventType.ACCIDENT)
    )
    assert d.lead == "xiaofang", d


def test_example_table_sends_a_fire_hazard_complaint_to_the_fire_brigade() -> None:
    from yuqing.settings import EXAMPLE_JURISDICTION

    router = Router(load_routing(EXAMPLE_JURISDICTION / "routing.yaml"))
    body = "小区的电动车都停在楼道里，晚上就在楼道里飞线充电，物业一直不管，消防通道也被私家车占着。"
    title = "城北小区消防通道长期被私家车堵塞"
    d = router.route(RouteInput(text=f"{title}\n{body}", title=title, topic="chengxiang", townships=("hushan",)))
    assert (d.rule, d.lead, d.co) == ("消防安全隐患", "xiaofang", ("hushan",)), d
    # the same words in a complaint about a plan leave it with the planning bureau
    title = "坚决反对在小区门口规划建设农贸市场"
    body = "规划中的市场紧贴小区围墙，会占用消防通道，消防通道被占，消防通道一旦堵塞后果不堪设想。"
    d = router.route(RouteInput(text=f"{title}\n{body}", title=title, topic="chengxiang"))
    assert d.lead == "zigui", d


def test_example_table_sends_a_special_equipment_accident_to_market_regulation() -> None:
    from yuqing.settings import EXAMPLE_JURISDICTION

    router = Router(load_routing(EXAMPLE_JURISDICTION / "routing.yaml"))
    title = "某小区电梯故障 5名乘客被困3小时"
    text = f"{title}\n昨晚，虎山街道某小区电梯故障，5名乘客被困电梯内长达3个小时。"
    x = RouteInput(text=text, title=title, topic="anquan", event_type=EventType.ACCIDENT, townships=("hushan",))
    assert router.route(x).lead == "shichang"
    # a lift named in passing in a fire's report stays with the fire brigade
    title = "某小区发生火灾"
    text = f"{title}\n某小区发生火灾，居民不要乘坐电梯逃生。"
    x = RouteInput(text=text, title=title, topic="anquan", event_type=EventType.ACCIDENT)
    assert router.route(x).lead == "xiaofang"
