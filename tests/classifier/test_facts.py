"""The 简要信息 facts read from an item's text, and merged over an event's items."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from classifier.engine import Classifier
from models.enums import EventType
from models.facts import FactKind, ItemFacts, merge_facts
from models.messages import RawItem
from models.timeutil import SHANGHAI

PUBLISHED = datetime(2024, 11, 23, 1, 30, tzinfo=UTC)  # 09:30 in Asia/Shanghai

FIRST = (
    "西山镇桃园村一化工厂仓库突发火灾",
    "11月23日凌晨2时许，西山镇桃园村一家化工厂的仓库突发火灾，火势蔓延至相邻车间。"
    "市消防救援大队接警后赶赴现场扑救，市应急管理局、西山镇第一时间组织人员疏散。"
    "截至今天8时，火灾已造成3人死亡、12人受伤，其中2人重伤。",
)
LATER = (
    "桃园村火灾死亡人数升至4人",
    "记者从市应急管理局获悉，截至今天下午，西山镇化工厂仓库火灾死亡人数升至4人，直接经济损失约1500万元。"
    "2019年该厂曾发生一起造成12人死亡的事故。",
)


def facts_of(engine: Classifier, make_raw_item: Callable[..., RawItem], title: str, text: str, at: datetime):  # type: ignore[no-untyped-def]
    item = make_raw_item(title=title, text=text, published_at=at)
    (result,) = engine.classify([item])
    return item, result


@pytest.fixture(scope="module")
def example_engine() -> Classifier:
    """The classifier of the example jurisdiction (江山市: its directory has the police and health departments)."""
    from classifier.engine import load_classifier
    from yuqing.settings import EXAMPLE_JURISDICTION

    return load_classifier(EXAMPLE_JURISDICTION)


def by_kind(facts, kind: FactKind):  # type: ignore[no-untyped-def]
    return [f for f in facts if f.kind is kind]


def test_an_items_facts(classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]) -> None:
    _, result = facts_of(classifier_engine, make_raw_item, *FIRST, PUBLISHED)
    facts = result.facts
    (when,) = by_kind(facts, FactKind.WHEN)
    assert when.value == "11月23日凌晨2时许" and when.precision == 3
    assert when.at == datetime(2024, 11, 23, 2, 0, tzinfo=SHANGHAI)
    places = [f.value for f in by_kind(facts, FactKind.WHERE)]
    assert places[0] == "西山镇桃园村一家化工厂的仓库"  # the site, as the body states it
    assert {"西山镇", "桃园村"} <= set(places)
    (what,) = by_kind(facts, FactKind.WHAT)
    assert what.value == "火灾"
    assert [(f.value, f.quote) for f in by_kind(facts, FactKind.DEATHS)] == [("3人", "3人死亡")]
    assert by_kind(facts, FactKind.SERIOUS)[0].number == 2
    units = [f.unit_id for f in by_kind(facts, FactKind.UNIT)]
    assert units == ["xiaofang", "yingji", "xishan"]
    assert all(f.quote for f in facts)


def test_relative_times_resolve_against_publication(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    cases = [
        ("昨晚8点左右，东城街道一小区发生火灾", datetime(2024, 11, 22, 20, 0, tzinfo=SHANGHAI), 3),
        ("今天凌晨，东城街道一厂房发生坍塌", datetime(2024, 11, 23, 3, 0, tzinfo=SHANGHAI), 2),
        ("12月30日下午3时半，东城街道发生爆炸", datetime(2023, 12, 30, 15, 30, tzinfo=SHANGHAI), 3),
        # a clock time written with a colon
        ("昨晚8:30左右，东城街道一小区发生火灾", datetime(2024, 11, 22, 20, 30, tzinfo=SHANGHAI), 3),
        ("11月22日14：05，东城街道一厂房发生坍塌", datetime(2024, 11, 22, 14, 5, tzinfo=SHANGHAI), 3),
        # a weekday of this week or the last (published on Saturday 23 November 2024)
        ("本周一上午，东城街道一在建工地发生坍塌", datetime(2024, 11, 18, 9, 0, tzinfo=SHANGHAI), 2),
        ("上周五下午3点，一辆货车在205国道侧翻", datetime(2024, 11, 15, 15, 0, tzinfo=SHANGHAI), 3),
    ]
    for text, expected, precision in cases:
        _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
        (when,) = by_kind(result.facts, FactKind.WHEN)
        assert (when.at, when.precision) == (expected, precision), text


def test_times_that_bound_figures_are_no_occurrence_time(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    _, result = facts_of(
        classifier_engine, make_raw_item, "", "截至11月23日8时，东城街道厂房坍塌事故已造成2人死亡", PUBLISHED
    )
    assert not by_kind(result.facts, FactKind.WHEN)


def test_the_time_and_site_of_a_figure_told_without_an_occurrence_verb_are_the_events(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    """No 发生/起火 … in the body: the time (and a place told as such) before the first figure of its
    sentence is the event's; not a time that bounds the figure or tells when it was reported, nor a
    month with no day."""
    _, result = facts_of(
        classifier_engine,
        make_raw_item,
        "某企业发生一起机械伤害事故",
        "11月22日上午，位于江山经济开发区的某机械有限公司车间内，一名工人在操作冲床时右手被压伤，经送医抢救后脱离生命危险。",
        PUBLISHED,
    )
    (when,) = by_kind(result.facts, FactKind.WHEN)
    assert (when.value, when.at) == ("11月22日上午", datetime(2024, 11, 22, 9, 0, tzinfo=SHANGHAI))
    # and the site told in a clause of its own before the figure (the headline said 某企业)
    assert by_kind(result.facts, FactKind.WHERE)[0].value == "江山经济开发区的某机械有限公司车间内"
    # not a clause after it (where the hurt are treated)
    _, after = facts_of(
        classifier_engine,
        make_raw_item,
        "某企业发生一起机械伤害事故",
        "11月22日上午，一名工人在操作冲床时右手被压伤，在医院内救治。",
        PUBLISHED,
    )
    assert "医院内救治" not in [f.value for f in by_kind(after.facts, FactKind.WHERE)]
    for text in (
        "记者11月22日从市应急管理局获悉，该企业一名工人在操作冲床时右手被压伤。",
        "据统计，今年10月以来，该企业已有3名工人在操作冲床时被压伤。",
        "今年10月，该企业一名工人在操作冲床时右手被压伤。",
    ):
        _, told = facts_of(classifier_engine, make_raw_item, "某企业发生一起机械伤害事故", text, PUBLISHED)
        assert not by_kind(told.facts, FactKind.WHEN), text


def test_a_notice_told_under_its_date_code_takes_the_time_of_its_first_figure(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    """A notice named by its date code (“11·22”), whose body tells the figure after what a colon
    introduces (现将有关情况通报如下：) with no occurrence verb: the time and site before the figure, not
    the code's bare day; and not a time told before the colon of who reported."""
    title = "关于某企业“11·22”一般生产安全事故的情况通报"
    _, result = facts_of(
        classifier_engine,
        make_raw_item,
        title,
        "各乡镇（街道）、市级各有关单位：现将有关情况通报如下：一、事故基本情况 2024年11月22日（星期五）上午10时许，"
        "位于江山经济开发区的某机械有限公司在吊装作业过程中，一名作业人员被吊物砸中，经送医抢救无效死亡。",
        PUBLISHED,
    )
    (when,) = by_kind(result.facts, FactKind.WHEN)
    assert (when.value, when.at) == ("2024年11月22日上午10时许", datetime(2024, 11, 22, 10, 0, tzinfo=SHANGHAI))
    assert by_kind(result.facts, FactKind.WHERE)[0].value == "江山经济开发区的某机械有限公司"
    _, reported = facts_of(
        classifier_engine,
        make_raw_item,
        title,
        "11月23日上午，市应急管理局通报：一名作业人员被吊物砸中，经送医抢救无效死亡。",
        PUBLISHED,
    )
    (when,) = by_kind(reported.facts, FactKind.WHEN)
    assert when.value == "11月22日"  # the code's day: 11月23日 is when it was reported


def test_the_time_someone_was_found_in_the_water_is_the_first_the_report_knows(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    _, result = facts_of(
        classifier_engine,
        make_raw_item,
        "江山港一男子落水身亡",
        "昨日下午5点左右，有市民发现江山港清湖段水面漂浮一名男子。民警赶到后将其打捞上岸，经120确认已无生命体征。",
        PUBLISHED,
    )
    (when,) = by_kind(result.facts, FactKind.WHEN)
    assert (when.value, when.at) == ("11月22日下午5点左右", datetime(2024, 11, 22, 17, 0, tzinfo=SHANGHAI))
    # someone seen falling in, and where they were found
    _, result = facts_of(
        classifier_engine,
        make_raw_item,
        "须江一男子溺水 经抢救无效身亡",
        "11月22日下午，市民在须江城区段景星桥下发现一名男子落水，随即拨打110报警。消防、公安民警赶到后将男子救起，"
        "但该男子经抢救无效身亡。",
        PUBLISHED,
    )
    (when,) = by_kind(result.facts, FactKind.WHEN)
    assert when.value == "11月22日下午"
    assert by_kind(result.facts, FactKind.WHERE)[0].value == "须江城区段景星桥下"
    # a headline that found someone too, and tells no time: the body's sentence tells it
    _, result = facts_of(
        classifier_engine,
        make_raw_item,
        "江山港发现一具男性遗体",
        "11月22日上午7时许，有市民在江山港景星桥下游约200米处发现一具男性遗体，随即报警。",
        PUBLISHED,
    )
    assert [f.value for f in by_kind(result.facts, FactKind.WHEN)] == ["11月22日上午7时许"]
    assert by_kind(result.facts, FactKind.WHERE)[0].value == "江山港景星桥下游约200米处"


def test_a_complaint_received_tells_the_time_and_people_there_are_no_part_of_the_site(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    _, result = facts_of(
        classifier_engine,
        make_raw_item,
        "须江出现大面积死鱼",
        "11月22日上午8时许，市生态环境局接到群众反映，须江峡口段出现大面积死鱼，水体呈黄褐色。",
        PUBLISHED,
    )
    (when,) = by_kind(result.facts, FactKind.WHEN)
    assert when.value == "11月22日上午8时许"
    _, result = facts_of(
        classifier_engine,
        make_raw_item,
        "某小学发生食物中毒",
        "11月22日，江山市某小学陆续有学生出现呕吐、腹泻等症状，先后有38名学生到医院就诊，确认为食物中毒。",
        PUBLISHED,
    )
    assert by_kind(result.facts, FactKind.WHERE)[0].value == "江山市某小学"


def test_a_relative_day_with_its_date_in_brackets_and_a_headlines_toll_update(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    _, result = facts_of(
        classifier_engine,
        make_raw_item,
        "江山一工地塔吊倒塌",
        "今天（11月23日）上午8点左右，位于城东新区的某在建工地发生塔吊倒塌事故，目前已确认2人死亡。",
        PUBLISHED,
    )
    (when,) = by_kind(result.facts, FactKind.WHEN)
    assert (when.value, when.at) == ("11月23日上午8点左右", datetime(2024, 11, 23, 8, 0, tzinfo=SHANGHAI))
    # the headline's event, not its toll's update (爆炸事故死亡人数升至5人)
    _, result = facts_of(classifier_engine, make_raw_item, "续报：西山镇化工厂爆炸事故死亡人数升至5人", "", PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == ["爆炸事故"]


def test_units_asked_to_act_are_not_responding_but_units_directed_to_are(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    _, asked = facts_of(
        example_engine,
        make_raw_item,
        "小区内发生火灾无人管",
        "11月22日晚，小区一车库起火，1人受伤。希望市公安局、市应急管理局等有关部门依法调查处理。",
        PUBLISHED,
    )
    assert not by_kind(asked.facts, FactKind.UNIT), asked.facts
    _, directed = facts_of(
        example_engine,
        make_raw_item,
        "贺村镇一企业发生火灾",
        "11月22日晚，贺村镇一企业车库起火，1人受伤。市委主要领导要求市应急管理局全力做好救援处置。",
        PUBLISHED,
    )
    assert [f.value for f in by_kind(directed.facts, FactKind.UNIT)] == ["市应急管理局"]


def test_weather_that_came_tells_when_and_where(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    _, result = facts_of(
        classifier_engine,
        make_raw_item,
        "西山镇遭遇强降雨 部分村庄被淹",
        "11月22日夜间，西山镇出现特大暴雨，造成部分农田、民房被淹，转移群众350人，无人员伤亡。",
        PUBLISHED,
    )
    (when,) = by_kind(result.facts, FactKind.WHEN)
    assert when.value == "11月22日夜间"
    assert by_kind(result.facts, FactKind.WHERE)[0].value == "西山镇"


def test_what_is_the_headlines_part_that_names_the_event(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    """No occurrence phrase in the body: the headline's part (parts apart by a space) naming the event."""
    _, result = facts_of(
        classifier_engine,
        make_raw_item,
        "西山镇某中学疑似食物中毒 37名学生送医",
        "11月22日中午，西山镇某中学部分学生在食堂就餐后陆续出现呕吐、腹痛等症状，共有37名学生到医院就诊。",
        PUBLISHED,
    )
    (what,) = by_kind(result.facts, FactKind.WHAT)
    assert what.value == "西山镇某中学疑似食物中毒"


def test_a_month_without_its_day_is_no_occurrence_day(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    _, result = facts_of(classifier_engine, make_raw_item, "", "2023年10月，东城街道一小区弱电井起火", PUBLISHED)
    assert not by_kind(result.facts, FactKind.WHEN)  # (it had read 2023年10月1日)


def test_the_site_ends_where_the_vehicles_or_people_involved_begin(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    cases = [
        ("205国道峡口镇路段一辆货车与轿车相撞，造成2人死亡", "205国道峡口镇路段"),
        ("今天上午，虎山街道鹿溪南路两车相撞，1人受伤", "虎山街道鹿溪南路"),
        ("高速公路出口7车连环相撞1人受伤", "高速公路出口"),
        # numbers that are part of the site stay
        ("昨晚，城南一小区3号楼突发火灾，无人员伤亡", "城南一小区3号楼"),
        ("市第三人民医院一车间发生火灾", "市第三人民医院一车间"),
    ]
    for text, site in cases:
        _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
        assert by_kind(result.facts, FactKind.WHERE)[0].value == site, text


def test_the_site_leaves_out_circumstances_and_what_names_those_involved(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    cases = [
        # what befell those involved, named with them
        ("今天上午，虎山街道鹿溪南路一辆渣土车与电动自行车相撞，1人受伤", "虎山街道鹿溪南路", "渣土车与电动自行车相撞"),
        ("205国道峡口镇路段一辆满载钢材的货车侧翻，司机受伤", "205国道峡口镇路段", "满载钢材的货车侧翻"),
        # each party's count left out (一辆…与一辆…)
        (
            "上余镇政府附近的十字路口一辆电动车与一辆小汽车相撞，1人受伤",
            "上余镇政府附近的十字路口",
            "电动车与小汽车相撞",
        ),
        # what was being done, or how it happened, is no part of the place
        ("西山镇一造纸企业在清理污水池时发生中毒事故，3人死亡", "西山镇一造纸企业", "中毒事故"),
        ("西山镇桃园村一幢民房突然倒塌，2人被埋", "西山镇桃园村一幢民房", "民房倒塌"),
        ("东城街道东城二村一自建房楼道内电动车充电时起火，1人受伤", "东城街道东城二村一自建房楼道内", "起火"),
        # what leaked, burst or burned is the event's (not 西山镇一化工厂氯气 / 泄漏)
        ("西山镇一化工厂氯气泄漏，2人中毒", "西山镇一化工厂", "氯气泄漏"),
        ("东城街道一小区楼道内电动自行车着火，1人受伤", "东城街道一小区楼道内", "电动自行车着火"),
        # also before 发生 and such a verb (早餐店的液化气罐发生爆炸)
        ("西山镇农贸市场内一家早餐店的液化气罐发生爆炸，3人受伤", "西山镇农贸市场内一家早餐店", "液化气罐爆炸"),
        # 发生碰撞 with a headline that says 相撞: the parties and what they did, from the body
        (
            "205国道峡口镇路段一辆重型货车与一辆电动自行车发生碰撞，造成2人死亡",
            "205国道峡口镇路段",
            "重型货车与电动自行车碰撞",
        ),
    ]
    for text, site, what in cases:
        title = "一货车与电动车相撞致2死" if "发生碰撞" in text else ""
        _, result = facts_of(classifier_engine, make_raw_item, title, text, PUBLISHED)
        assert by_kind(result.facts, FactKind.WHERE)[0].value == site, text
        assert by_kind(result.facts, FactKind.WHAT)[0].value == what, text


def test_only_emergencies_get_facts(classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]) -> None:
    _, result = facts_of(classifier_engine, make_raw_item, "拖欠工资", "西山镇工地老板拖欠工资半年", PUBLISHED)
    assert result.facts == ()


def test_an_incident_of_no_known_type_graded_by_its_toll_gets_facts(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "11月22日晚，西山镇一网吧内，一名男子劝架时被打人者捅死。"
    _, result = facts_of(classifier_engine, make_raw_item, "男子网吧劝架时被捅死", text, PUBLISHED)
    assert result.event_type is EventType.OTHER and result.grade is not None
    assert by_kind(result.facts, FactKind.WHEN)[0].value == "11月22日晚", result.facts
    assert by_kind(result.facts, FactKind.DEATHS), result.facts


def test_an_events_facts_link_to_their_items_and_take_the_latest_figures(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    first, first_result = facts_of(classifier_engine, make_raw_item, *FIRST, PUBLISHED)
    later, later_result = facts_of(classifier_engine, make_raw_item, *LATER, PUBLISHED + timedelta(hours=6))
    merged = merge_facts(
        [
            ItemFacts(item_id=later.id, title=later.title, published_at=later.published_at, facts=later_result.facts),
            ItemFacts(item_id=first.id, title=first.title, published_at=first.published_at, facts=first_result.facts),
        ]
    )
    assert merged.when is not None and merged.when.item_id == first.id
    assert merged.where[0].fact.value == "西山镇桃园村一家化工厂的仓库" and merged.where[0].item_id == first.id
    deaths = merged.figure(FactKind.DEATHS)
    assert deaths is not None and (deaths.fact.number, deaths.item_id) == (4, later.id)
    assert deaths.fact.update and deaths.fact.quote == "死亡人数升至4人"
    injured = merged.figure(FactKind.INJURED)
    assert injured is not None and (injured.fact.number, injured.item_id) == (12, first.id)
    loss = merged.figure(FactKind.LOSS)
    assert loss is not None and loss.fact.value == "约1500万元" and loss.item_id == later.id
    assert [u.fact.unit_id for u in merged.units] == ["xiaofang", "yingji", "xishan"]
    assert all(u.item_id == first.id for u in merged.units)


def test_relative_times_are_shown_as_dates_and_never_after_publication(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    morning = datetime(2025, 3, 10, 9, 30, tzinfo=SHANGHAI)
    cases = [
        # (text, published, value shown, resolved, precision)
        ("今天凌晨4时许，东城街道一仓库发生火灾", morning, "3月10日凌晨4时许", datetime(2025, 3, 10, 4, 0), 3),
        ("昨日下午，东城街道一工地发生坍塌", morning, "3月9日下午", datetime(2025, 3, 9, 15, 0), 2),
        ("今晨7时许，东城街道一小区发生爆炸", morning, "3月10日清晨7时许", datetime(2025, 3, 10, 7, 0), 3),
        ("本月2日晚上，东城街道发生火灾", morning, "3月2日晚上", datetime(2025, 3, 2, 20, 0), 2),
        ("2月27日凌晨，东城街道发生火灾", morning, "2月27日凌晨", datetime(2025, 2, 27, 3, 0), 2),
        # a day of the month not yet come is last month's; a date not yet come, last year's
        ("20日上午，东城街道发生火灾", morning, "2月20日上午", datetime(2025, 2, 20, 9, 0), 2),
        ("12月28日，东城街道发生火灾", morning, "2024年12月28日", datetime(2024, 12, 28, 0, 0), 1),
        # a time of day not yet come, without a date: the night before
        (
            "凌晨3时许，东城街道一仓库发生火灾",
            datetime(2025, 3, 10, 1, 0, tzinfo=SHANGHAI),
            "3月9日凌晨3时许",
            datetime(2025, 3, 9, 3, 0),
            3,
        ),
        # today, at an hour not yet come: the date only, flagged
        (
            "今天下午5时许，东城街道一仓库发生火灾",
            morning,
            "3月10日〔时刻晚于发布时间，待核实〕",
            datetime(2025, 3, 10, 0, 0),
            1,
        ),
    ]
    for text, published, shown, at, precision in cases:
        _, result = facts_of(classifier_engine, make_raw_item, "", text, published)
        (when,) = by_kind(result.facts, FactKind.WHEN)
        assert (when.value, when.at, when.precision) == (shown, at.replace(tzinfo=SHANGHAI), precision), text
        assert when.at is not None and when.at <= published, text
        assert text[:4] in when.quote  # the words written are kept


def test_figures_of_new_forms_in_the_facts(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    """A range shows both ends, the dead and missing counted together say so, and traditional
    characters are read."""
    title = "西山镇桃园村一民房发生燃气爆炸"
    _, result = facts_of(classifier_engine, make_raw_item, title, "爆炸目前已造成3至5人死亡。", PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.DEATHS)] == ["3至5人"]
    body = "山洪造成死亡、失踪12人，其中死亡9人。"
    _, result = facts_of(classifier_engine, make_raw_item, "桃园村山洪", body, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.MISSING)] == ["12人（死亡、失踪/失联合计）"]
    _, result = facts_of(classifier_engine, make_raw_item, "西山鎮一工廠發生火災", "火災造成十一人罹難。", PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.DEATHS)] == ["11人"]


def test_times_are_the_non_empty_matches_of_the_time_pattern() -> None:
    import random

    from classifier.facts_patterns import TIME
    from classifier.facts_when import _times

    rng = random.Random(0)
    parts = ["2023年", "11月", "22日", "本月", "3日", "今天", "昨晚", "凌晨", "下午", "3时", "两点", "半", "许", "左右"]
    parts += ["发生", "一", "上", "中", "，", "5", "十二", "晚", "夜里", "的", "事故", "１", ":", "：", "30", "7:05"]
    for _ in range(3000):
        sentence = "".join(rng.choice(parts) for _ in range(rng.randint(0, 12)))
        end = rng.randint(0, len(sentence))
        expected = [(m.start(), m.end()) for m in TIME.finditer(sentence, 0, end) if m.group()]
        assert [(m.start(), m.end()) for m in _times(sentence, end)] == expected


def test_a_body_named_after_a_township_is_not_the_township_responding(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    """西山镇派出所 or 西山镇桃园村 responding is not the township government; 西山镇党委政府 and
    东城街道办事处 are."""
    text = (
        "今天凌晨3时许，西山镇一家木材加工厂发生火灾，造成1人死亡。"
        "西山镇派出所民警、西山镇中心卫生院医护人员赶到现场，桃园村村委会组织村民疏散。"
    )
    _, result = facts_of(classifier_engine, make_raw_item, "西山镇一木材厂发生火灾", text, PUBLISHED)
    assert [f.unit_id for f in by_kind(result.facts, FactKind.UNIT)] == []
    text += "西山镇党委政府主要负责人第一时间赶赴现场，东城街道办事处派出工作人员协助。"
    _, result = facts_of(classifier_engine, make_raw_item, "西山镇一木材厂发生火灾", text, PUBLISHED)
    assert [f.unit_id for f in by_kind(result.facts, FactKind.UNIT)] == ["xishan", "dongcheng"]


def test_the_example_directory_knows_the_units_by_their_everyday_names(
    example_engine: Classifier,
    make_raw_item: Callable[..., RawItem],
) -> None:
    """The 简要信息 names the responding units as reports call them (交警大队 is the 公安局's, 应急局
    the 应急管理局)."""
    engine = example_engine
    item = make_raw_item(
        title="峡口镇一货车侧翻",
        text="今天上午9时许，205国道峡口镇路段一辆货车侧翻，造成2人受伤。江山市交警大队、市应急局立即赶赴现场处置。",
        published_at=PUBLISHED,
    )
    (result,) = engine.classify([item])
    assert [f.value for f in by_kind(result.facts, FactKind.UNIT)] == ["市公安局", "市应急管理局"]


def test_a_department_of_a_level_above_is_not_the_jurisdictions_own(
    example_engine: Classifier,
    make_raw_item: Callable[..., RawItem],
) -> None:
    """衢州市公安局 ends in 市公安局, but it is the prefecture's (the gazetteer's ``region``), not 江山's:
    it is no responding unit of the jurisdiction; 江山市公安局 and 市公安局 are."""
    engine = example_engine
    lead = "今天上午10时许，贺村镇一化工企业车间发生爆炸，造成1人死亡。"
    for text, units in [
        (lead + "衢州市公安局派出工作组赶赴现场。", []),
        (lead + "衢州市应急管理局、市公安局已介入调查。", ["市公安局"]),
        (lead + "江山市公安局第一时间赶赴现场。", ["市公安局"]),
    ]:
        item = make_raw_item(title="贺村镇一化工企业发生爆炸", text=text, published_at=PUBLISHED)
        (result,) = engine.classify([item])
        found = [f.value for f in by_kind(result.facts, FactKind.UNIT) if f.unit_id != "hecun"]
        assert found == units, text


def test_a_vehicle_is_no_site_and_a_department_responds_after_the_alarm(
    example_engine: Classifier,
    make_raw_item: Callable[..., RawItem],
) -> None:
    """``江山一货车侧翻`` names a vehicle, not a site: the site is where the body says it had got to,
    the clause before the one telling what befell it there; ``江山消防接警后…赶到``, ``火速赶往``:
    the 消防救援大队 responds."""
    engine = example_engine
    text = (
        "12月4日上午7时50分许，一辆满载砂石的货车行驶至江山市上余镇山川村路段时，因避让行人发生侧翻，"
        "驾驶员被困驾驶室内。江山消防接警后迅速赶到现场，成功将被困驾驶员救出。"
    )
    item = make_raw_item(title="江山一货车侧翻 司机被困", text=text, published_at=PUBLISHED)
    (result,) = engine.classify([item])
    assert by_kind(result.facts, FactKind.WHERE)[0].value == "江山市上余镇山川村路段"
    assert [f.value for f in by_kind(result.facts, FactKind.UNIT)] == ["市消防救援大队"]
    # a building of residents is a site, not a resident (一居民楼 is no 一居民)
    item = make_raw_item(title="", text="12月4日11时许，双塔街道城中路一居民楼三楼住户家中发生燃气爆炸，造成1人受伤。")
    (result,) = engine.classify([item])
    assert by_kind(result.facts, FactKind.WHERE)[0].value == "双塔街道城中路一居民楼三楼住户家中"
    # a site that is a place of the gazetteer is stated once
    item = make_raw_item(title="", text="4日下午，一名游客在峡口水库游泳时溺水，经打捞上岸后已无生命体征。")
    (result,) = engine.classify([item])
    assert [f.value for f in by_kind(result.facts, FactKind.WHERE)] == ["峡口水库"], result.facts
    item = make_raw_item(title="上余镇一货车侧翻", text="上余镇一货车侧翻，1人受伤。江山消防火速赶往现场。")
    (result,) = engine.classify([item])
    assert [f.value for f in by_kind(result.facts, FactKind.UNIT)] == ["市消防救援大队"]
    # a topic tag's # ends a clause: neither the site nor the event holds it
    (result,) = engine.classify([make_raw_item(title="", text="#江山一小区起火# 刚刚虎山街道一栋楼冒出浓烟")])
    assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == ["起火"], result.facts
    assert not any("#" in f.value for f in result.facts), result.facts
    text = "12月4日晚9时许，虎山街道某小区内发生一起持刀伤人案件，造成2人受伤。接警后，江山公安迅速出警。"
    (result,) = engine.classify([make_raw_item(title="", text=text)])
    assert [f.value for f in by_kind(result.facts, FactKind.UNIT)] == ["市公安局"]


def test_no_casualties_is_a_fact_unless_a_casualty_figure_is_stated(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    _, spared = facts_of(
        classifier_engine,
        make_raw_item,
        "东城街道一小区发生火灾",
        "今天凌晨2点左右，东城街道一小区3号楼发生火灾，消防救援人员疏散群众30余人，所幸未造成人员伤亡。",
        PUBLISHED,
    )
    assert [(f.value, f.quote) for f in by_kind(spared.facts, FactKind.NO_CASUALTIES)] == [
        ("未造成人员伤亡", "未造成人员伤亡")
    ]
    _, hurt = facts_of(
        classifier_engine, make_raw_item, "西山镇一厂房起火", "西山镇一厂房发生火灾，无人死亡，3人受伤。", PUBLISHED
    )
    assert not by_kind(hurt.facts, FactKind.NO_CASUALTIES) and by_kind(hurt.facts, FactKind.INJURED)


def test_departments_named_by_shorthand_are_responding_units(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    _, result = facts_of(
        classifier_engine,
        make_raw_item,
        "东城街道一厂房起火",
        "11月23日凌晨，东城街道一厂房发生火灾。接报后，应急、消防等部门迅速赶赴现场处置，测试交警到场疏导交通。"
        "教育、人社等部门负责人出席了次日的安全生产会议。",
        PUBLISHED,
    )
    units = [(f.unit_id, f.value) for f in by_kind(result.facts, FactKind.UNIT)]
    assert units == [("yingji", "市应急管理局"), ("xiaofang", "市消防救援大队")]


@pytest.mark.parametrize(
    "text",
    [
        "记者今天（11月23日）从市应急管理局获悉，11月22日下午4时许，西山镇一化工厂发生爆炸，造成2人死亡。",
        "记者11月23日从市应急管理局获悉，11月22日下午4时许，西山镇一化工厂发生爆炸，造成2人死亡。",
        "11月23日，市应急管理局通报：11月22日下午4时许，西山镇一化工厂发生爆炸，造成2人死亡。",
    ],
)
def test_when_a_report_was_made_is_not_when_the_event_happened(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str
) -> None:
    _, result = facts_of(classifier_engine, make_raw_item, "西山镇一化工厂爆炸", text, PUBLISHED)
    assert by_kind(result.facts, FactKind.WHEN)[0].value == "11月22日下午4时许", result.facts


@pytest.mark.parametrize(
    ("title", "text", "when"),
    [
        (
            "西山水库一渔船翻沉 2人失联",
            "记者从市应急管理局获悉，11月22日下午3点左右，西山水库库区一艘渔船在作业时翻沉，船上3人落水，2人失联。",
            "11月22日下午3点左右",
        ),
        ("沪昆高速两车追尾", "11月22日凌晨4时许，沪昆高速西山段两辆货车追尾，交通一度中断。", "11月22日凌晨4时许"),
        ("一面包车坠入河中", "11月22日晚8时许，一辆面包车在西山镇村道坠入河中，车上2人被救起。", "11月22日晚8时许"),
        ("小吃店液化气罐爆燃", "11月22日中午12时许，西山镇一小吃店液化气罐爆燃，店主受伤。", "11月22日中午12时许"),
    ],
)
def test_a_boat_or_vehicle_lost_a_crash_from_behind_or_a_flash_fire_tells_its_time(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem], title: str, text: str, when: str
) -> None:
    _, result = facts_of(classifier_engine, make_raw_item, title, text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHEN)] == [when], result.facts


def test_a_follow_up_tells_the_day_of_the_incident_it_names_not_of_its_news(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = (
        "11月22日上午10时许，西山镇“11·20”爆炸事故中失联的1名工人在厂房废墟中被找到，已无生命体征。"
        "至此，事故共造成7人死亡、11人受伤。"
    )
    _, result = facts_of(classifier_engine, make_raw_item, "此前失联的1人已找到 确认遇难", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHEN)] == ["11月20日"], result.facts
    assert by_kind(result.facts, FactKind.WHAT)[0].value == "“11·20”爆炸事故"


def test_a_body_naming_the_incident_by_its_code_tells_its_day_and_the_time_told_of_it(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "11月21日晚8时许，“11·21”火灾发生后，消防员迅速赶到现场。火灾造成2人死亡。"
    _, result = facts_of(classifier_engine, make_raw_item, "续报", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHEN)] == ["11月21日晚8时许"], result.facts
    text = "11月22日上午，“11·21”火灾善后工作有序进行。火灾造成2人死亡。"
    _, result = facts_of(classifier_engine, make_raw_item, "续报", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHEN)] == ["11月21日"], result.facts
    # and its scene is no part of its name
    text = "11月22日凌晨3时许，西山镇某化工有限公司“11·22”爆炸事故现场浓烟滚滚，事故已造成5人死亡。"
    _, result = facts_of(classifier_engine, make_raw_item, "西山镇化工厂爆炸", text, PUBLISHED)
    assert by_kind(result.facts, FactKind.WHAT)[0].value == "“11·22”爆炸事故"


def test_an_accident_notice_names_its_matter_and_the_workplace_and_a_car_in_the_river_its_time(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = (
        "各乡镇（街道）、市级有关部门：2024年11月20日9时50分许，西山镇某木业有限公司一名员工在操作砂光机时，"
        "被卷入设备，经送医抢救无效死亡。为深刻吸取事故教训，现将有关要求通报如下："
    )
    title = "西山市应急管理局关于一起一般生产安全事故的通报"
    _, result = facts_of(classifier_engine, make_raw_item, title, text, PUBLISHED)
    assert by_kind(result.facts, FactKind.WHERE)[0].value == "西山镇某木业有限公司", result.facts
    assert by_kind(result.facts, FactKind.WHAT)[0].value == "一般生产安全事故"
    text = "11月22日晚上10点左右，一辆小轿车在西山镇须江路段失控冲入须江。路过的民警跳入水中将驾驶员救出。"
    _, result = facts_of(classifier_engine, make_raw_item, "一男子驾车冲入河中", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHEN)] == ["11月22日晚上10点左右"], result.facts
    assert by_kind(result.facts, FactKind.WHERE)[0].value == "西山镇须江路段"


def test_the_clock_time_a_later_sentence_gives_for_the_day(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "11月22日，西山镇一村道上发生一起车祸。当天14时许，一辆三轮车与一辆小轿车相撞，三轮车驾驶人当场死亡。"
    _, result = facts_of(classifier_engine, make_raw_item, "西山镇车祸", text, PUBLISHED)
    (when,) = by_kind(result.facts, FactKind.WHEN)
    assert (when.value, when.precision) == ("11月22日14时许", 3)
    assert "当天14时许" in when.quote


@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "11月22日下午2时30分许，位于东城街道的某在建商品房项目工地，一名工人在8楼外墙作业时不慎坠落，经抢救无效死亡。",
            "东城街道的某在建商品房项目工地8楼",
        ),
        ("11月22日上午，西山镇某化工厂，一名工人在车间作业时不慎坠落，经抢救无效死亡。", "西山镇某化工厂车间"),
    ],
)
def test_the_floor_a_worker_was_on_is_part_of_the_site_told_before(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, site: str
) -> None:
    _, result = facts_of(classifier_engine, make_raw_item, "一工人高处坠落身亡", text, PUBLISHED)
    assert by_kind(result.facts, FactKind.WHERE)[0].value == site, result.facts


def test_an_alarm_of_someone_doing_harm_tells_the_site_and_the_body_what_happened(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = (
        "2024年11月22日21时许，市公安局东城派出所接到报警，称中山路某烧烤店门口有人打架。民警迅速到场处置，经查，"
        "犯罪嫌疑人周某因琐事与被害人徐某发生争执，持刀将徐某刺伤，徐某经送医抢救无效死亡。"
    )
    _, result = facts_of(classifier_engine, make_raw_item, "警情通报", text, PUBLISHED)
    assert by_kind(result.facts, FactKind.WHEN)[0].value == "2024年11月22日21时许"
    assert by_kind(result.facts, FactKind.WHERE)[0].value == "中山路某烧烤店门口"
    assert by_kind(result.facts, FactKind.WHAT)[0].value == "持刀将徐某刺伤"


def test_a_police_reports_time_site_and_what(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = (
        "2024年11月22日20时许，市公安局接群众报警称，在东城街道某小区内有一名男子持刀伤人。接警后，民警迅速赶到现场"
        "将嫌疑人黄某（男，45岁）控制。经初步调查，黄某因家庭矛盾持刀将其妻子及岳母砍伤，伤者已送医救治。"
    )
    _, result = facts_of(classifier_engine, make_raw_item, "警情通报", text, PUBLISHED)
    assert by_kind(result.facts, FactKind.WHEN)[0].value == "2024年11月22日20时许"  # the alarm's
    assert by_kind(result.facts, FactKind.WHERE)[0].value == "东城街道某小区内"
    assert by_kind(result.facts, FactKind.WHAT)[0].value == "一名男子持刀伤人"


def test_a_corrected_figure_is_told_so(classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]) -> None:
    text = "11月23日，西山镇一化工厂发生爆炸。经核实，死亡人数由11人核减为9人。"
    _, result = facts_of(classifier_engine, make_raw_item, "西山镇化工厂爆炸", text, PUBLISHED)
    (deaths,) = by_kind(result.facts, FactKind.DEATHS)
    assert (deaths.number, deaths.revised) == (9, True)
    text = "11月23日，西山镇一化工厂发生爆炸，死亡人数升至11人。"
    _, result = facts_of(classifier_engine, make_raw_item, "西山镇化工厂爆炸", text, PUBLISHED)
    (deaths,) = by_kind(result.facts, FactKind.DEATHS)
    assert (deaths.number, deaths.update, deaths.revised) == (11, True, False)


@pytest.mark.parametrize("title", ["突发！西山镇一企业发生爆炸，已致1死3伤", "【突发】西山镇一企业发生爆炸"])
def test_a_headlines_label_of_news_is_no_occurrence(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem], title: str
) -> None:
    _, result = facts_of(classifier_engine, make_raw_item, title, "", PUBLISHED)
    assert by_kind(result.facts, FactKind.WHAT)[0].value == "爆炸", result.facts  # (was 突发)


def test_the_site_as_the_report_states_it(classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]) -> None:
    _, result = facts_of(
        classifier_engine,
        make_raw_item,
        "江山港一男孩落水失踪",
        "事发地点位于东城街道江山港景星桥下游约200米处。11月25日傍晚5时30分左右，一名12岁男孩在江边玩耍时"
        "不慎落水，随即被江水冲走。",
        PUBLISHED,
    )
    site = by_kind(result.facts, FactKind.WHERE)[0]
    assert site.value == "东城街道江山港景星桥下游约200米处", result.facts  # (was 江边)
    assert site.quote.startswith("事发地点位于")


def test_the_people_taken_to_hospital_where_no_casualty_figure_counts_them(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    leak = "12月3日14时10分，西山镇一化工企业发生氯气泄漏，5名工人出现不适症状，已被送往医院观察。"
    _, result = facts_of(classifier_engine, make_raw_item, "西山镇一化工企业氯气泄漏", leak, PUBLISHED)
    (taken,) = by_kind(result.facts, FactKind.HOSPITALIZED)
    assert (taken.value, taken.number, taken.quote) == ("5人", 5, "5名工人出现不适症状，已被送往医院观察")
    assert not by_kind(result.facts, FactKind.INJURED)  # (no casualty: grading does not count them)
    # beside a toll, and a number at least
    fire = "12月3日凌晨，东城街道一小区发生火灾，造成1人死亡，另有10余名居民因吸入烟雾被送医观察。"
    _, result = facts_of(classifier_engine, make_raw_item, "东城街道一小区火灾", fire, PUBLISHED)
    (taken,) = by_kind(result.facts, FactKind.HOSPITALIZED)
    assert (taken.value, taken.bound) == ("10余人", "at_least")
    # the injured taken to hospital are the injured figure; an ordinal is no count
    crash = "12月3日，东城街道发生一起车祸，"
    for text in (f"{crash}3人受伤送医。", f"{crash}第3名伤员已送往医院。"):
        _, result = facts_of(classifier_engine, make_raw_item, "东城街道车祸", text, PUBLISHED)
        assert not by_kind(result.facts, FactKind.HOSPITALIZED), result.facts


def test_emergency_numbers_in_a_list_of_responders_are_their_departments(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    _, result = facts_of(
        classifier_engine,
        make_raw_item,
        "东城街道发生一起交通事故",
        "11月23日17时许，东城街道一路口两车相撞，造成2人受伤。事故发生后，应急、消防、120等部门迅速到场处置。",
        PUBLISHED,
    )
    # (this directory has no health department: 120 is left unread, the others still are)
    units = [f.value for f in by_kind(result.facts, FactKind.UNIT)]
    assert units == ["市应急管理局", "市消防救援大队"]


def test_a_township_government_named_without_its_name_is_the_events_township(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "11月23日凌晨，西山镇桃园村一民房发生火灾。事发后，镇政府、市应急管理局第一时间赶赴现场处置。"
    _, result = facts_of(classifier_engine, make_raw_item, "桃园村一民房起火", text, PUBLISHED)
    assert [f.unit_id for f in by_kind(result.facts, FactKind.UNIT)] == ["xishan", "yingji"]
    # two townships named: whose 镇政府 is unknown, so it is left unread
    both = text.replace("事发后，", "东城街道也有群众报警。事发后，")
    _, result = facts_of(classifier_engine, make_raw_item, "桃园村一民房起火", both, PUBLISHED)
    assert [f.unit_id for f in by_kind(result.facts, FactKind.UNIT)] == ["yingji"]
    # its cadres, and a 消防救援站 (the fire brigade's) told by its staff
    cadres = "11月23日下午，西山镇一名男孩在水塘边玩耍时不慎落水。西山消防救援站队员、镇村干部赶到现场。"
    _, result = facts_of(classifier_engine, make_raw_item, "西山镇一男孩落水", cadres, PUBLISHED)
    assert [f.unit_id for f in by_kind(result.facts, FactKind.UNIT)] == ["xiaofang", "xishan"]


def test_a_forest_fires_areas_are_facts(classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]) -> None:
    _, result = facts_of(
        classifier_engine,
        make_raw_item,
        "西山镇林区发生森林火灾",
        "11月23日14时许，西山镇桃园村后山林区发生森林火灾，经连夜扑救，明火已被扑灭。"
        "经初步核查，过火面积约150公顷，受害森林面积约80公顷，无人员伤亡。",
        PUBLISHED,
    )
    (forest,) = by_kind(result.facts, FactKind.FOREST_AREA)
    assert (forest.value, forest.number, forest.bound) == ("约80公顷", 80, "about")
    assert forest.quote == "受害森林面积约80公顷"
    (burned,) = by_kind(result.facts, FactKind.BURNED_AREA)
    assert (burned.value, burned.number) == ("约150公顷", 150)
    # no one hurt: the areas are no casualty figure
    assert by_kind(result.facts, FactKind.NO_CASUALTIES)
    _, mu = facts_of(classifier_engine, make_raw_item, "山火", "东山村一处山林起火，烧毁林地200余亩", PUBLISHED)
    (converted,) = by_kind(mu.facts, FactKind.FOREST_AREA)
    assert converted.value == "13.33公顷（按原文折算）" and converted.quote == "烧毁林地200余亩"


def test_the_people_trapped_are_a_fact_down_to_none(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    reports = [
        ("西山镇一煤矿发生透水事故 22人被困", "11月23日凌晨，西山镇一煤矿发生透水事故，井下22人被困。", 12),
        ("透水事故救援进展", "经全力搜救，西山镇煤矿透水事故井下22人被困，已有10人升井，其余人员仍在搜救中。", 12),
        ("透水事故被困人员全部升井", "截至今晨6时，西山镇煤矿透水事故被困的22名矿工已全部升井。", 0),
    ]
    values = []
    for n, (title, text, _) in enumerate(reports):
        _, result = facts_of(classifier_engine, make_raw_item, title, text, PUBLISHED + timedelta(hours=n))
        (trapped,) = by_kind(result.facts, FactKind.TRAPPED)
        assert trapped.quote and trapped.quote in f"{title}\n{text}"
        values.append((trapped.value, trapped.number))
    assert values == [("22人", 22), ("12人", 12), ("已全部脱困", 0)]


def test_the_people_buried_all_rescued_later_in_the_report_are_none_left(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    """The count said again with 均被救出 after a paragraph of the rescue: none is trapped any more."""
    _, result = facts_of(
        classifier_engine,
        make_raw_item,
        "一建筑工地发生坍塌事故",
        "11月30日下午3时许，贺村镇一在建厂房工地发生模板支架坍塌，4名作业人员被埋。市应急管理局、"
        "市住建局、市消防救援大队及贺村镇政府立即组织救援，截至当晚8时，4人均被救出，其中1人经抢救无效死亡。",
        PUBLISHED,
    )
    (trapped,) = by_kind(result.facts, FactKind.TRAPPED)
    assert (trapped.value, trapped.number) == ("已全部脱困", 0)
    # another count all out is not theirs
    _, still = facts_of(
        classifier_engine,
        make_raw_item,
        "一建筑工地发生坍塌事故",
        "贺村镇一在建厂房工地发生模板支架坍塌，4名作业人员被埋。市消防救援大队立即组织救援，"
        "此前在附近施工的2人均已安全脱险，目前救援仍在进行。",
        PUBLISHED,
    )
    (buried,) = by_kind(still.facts, FactKind.TRAPPED)
    assert buried.number == 4
    # rescued with 被 before 成功, all of them or some
    for text, left in (
        ("贺村镇一工地坍塌，2名工人被埋，经2小时救援，2人被成功救出。", 0),
        ("贺村镇一工地坍塌，3名工人被埋，经2小时救援，2人被成功救出。", 1),
        # one person brought out to hospital
        ("暴雨造成贺村镇一处民房倒塌，1人被埋，经救援后送医，无生命危险。", 0),
        ("暴雨造成贺村镇一处民房倒塌，1人被埋，救援正在进行。", 1),
        # the one named by being buried, brought out later at a time told
        (
            "暴雨造成贺村镇一处民房倒塌，1名老人被埋。镇政府和市消防救援大队立即组织力量开展救援，经全力搜救，"
            "被埋老人于当晚9时许被救出，已送医治疗。",
            0,
        ),
        # brought ashore
        (
            "西山镇突发山洪 2名村民被困\n消防救援大队调派冲锋舟，于21日18时许将被困在河心洲的2名村民安全转移上岸。",
            0,
        ),
        # out, right after the word (a headline's 1人被埋获救)
        ("峡口镇一老旧民房坍塌 1人被埋获救", 0),
        ("山体滑坡 2人被埋获救 1人仍被困", 1),
    ):
        _, rescued = facts_of(classifier_engine, make_raw_item, "一工地发生坍塌", text, PUBLISHED)
        (trapped,) = by_kind(rescued.facts, FactKind.TRAPPED)
        assert trapped.number == left, text


def test_a_department_named_without_its_level_is_the_citys_own(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    _, result = facts_of(
        classifier_engine,
        make_raw_item,
        "峡口镇一煤矿发生透水事故",
        "昨天下午4时许，峡口镇一煤矿发生透水事故。事故发生后，市应急管理局、消防救援大队迅速组织救援。",
        PUBLISHED,
    )
    assert [f.unit_id for f in by_kind(result.facts, FactKind.UNIT)] == ["yingji", "xiaofang"]
    # another county's brigade, named after its place, is not the city's
    _, other = facts_of(
        classifier_engine,
        make_raw_item,
        "峡口镇一仓库起火",
        "昨天下午，峡口镇一仓库起火，邻近的柯城区消防救援大队赶赴现场增援。",
        PUBLISHED,
    )
    assert "xiaofang" not in [f.unit_id for f in by_kind(other.facts, FactKind.UNIT)]


def test_the_site_in_its_own_clause_before_those_involved(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    _, result = facts_of(
        classifier_engine,
        make_raw_item,
        "国道两车相撞 3人受伤",
        "2日16时许，G205国道江山段上余镇路段，一辆小型轿车与一辆货车发生碰撞，事故造成3人受伤。",
        PUBLISHED,
    )
    places = [f.value for f in by_kind(result.facts, FactKind.WHERE)]
    assert places[0] == "G205国道江山段上余镇路段", places
    # where the news came from is no site
    _, told = facts_of(
        classifier_engine,
        make_raw_item,
        "两车相撞",
        "据新华社报道，一辆小型轿车与一辆货车发生碰撞，事故造成3人受伤。",
        PUBLISHED,
    )
    assert not [f for f in by_kind(told.facts, FactKind.WHERE) if "报道" in f.value]


def test_a_little_after_the_hour_is_kept(classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]) -> None:
    _, result = facts_of(
        classifier_engine, make_raw_item, "居民楼起火", "今天凌晨1点多，双塔街道城中路一居民楼三楼起火。", PUBLISHED
    )
    (when,) = by_kind(result.facts, FactKind.WHEN)
    assert when.value == "11月23日凌晨1点多"


def test_an_event_word_in_a_responders_name_is_no_place_of_the_event(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    """市地震局 between a unit and its verb names a responder, not the event (贺村火灾最新通报 does)."""
    text = "今天8时15分，西山镇发生4.6级地震，造成2人受伤。市应急管理局、市地震局工作组已赶赴现场。"
    _, result = facts_of(classifier_engine, make_raw_item, "西山镇发生4.6级地震", text, PUBLISHED)
    assert [f.unit_id for f in by_kind(result.facts, FactKind.UNIT)] == ["yingji"]
    text = "今天凌晨，西山镇一仓库发生火灾。市应急管理局西山镇火灾最新通报：已造成1人死亡。"
    _, result = facts_of(classifier_engine, make_raw_item, "西山镇一仓库发生火灾", text, PUBLISHED)
    assert "yingji" not in [f.unit_id for f in by_kind(result.facts, FactKind.UNIT)]


def test_the_people_evacuated_are_a_fact_of_the_brief(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "今天上午，西山镇一化工厂发生氯气泄漏，紧急疏散周边群众6000余人，无人员伤亡。"
    _, result = facts_of(classifier_engine, make_raw_item, "西山镇一化工厂氯气泄漏", text, PUBLISHED)
    (moved,) = by_kind(result.facts, FactKind.EVACUATED)
    assert (moved.value, moved.number, moved.bound) == ("6000余人", 6000, "at_least")
    assert moved.quote == "紧急疏散周边群众6000余人"
    assert result.grade is not None and result.grade.value == "large"
    # the place they were moved from named at length before them
    text = "今晨，西山镇一居民楼发生燃气爆炸，相关部门连夜疏散该单元及两侧单元住户42人。"
    _, result = facts_of(classifier_engine, make_raw_item, "西山镇一居民楼燃气爆炸", text, PUBLISHED)
    (moved,) = by_kind(result.facts, FactKind.EVACUATED)
    assert (moved.value, moved.quote) == ("42人", "连夜疏散该单元及两侧单元住户42人")


def test_an_outbreaks_cases_are_a_fact_of_the_brief(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "今天上午，西山镇卫生院报告霍乱疫情，新增霍乱病例3例，累计12例。"
    _, result = facts_of(classifier_engine, make_raw_item, "西山镇发生霍乱疫情", text, PUBLISHED)
    (cases,) = by_kind(result.facts, FactKind.CASES)
    assert (cases.value, cases.number, cases.bound) == ("12例", 12, "exact")
    assert cases.quote == "霍乱疫情，新增霍乱病例3例，累计12例"
    assert result.grade is not None and result.grade.value == "large"


def test_a_food_poisonings_first_report_states_when_where_and_how_many_fell_ill(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    """An early report names no 发生 and no 中毒 where it tells the occurrence: people fell ill after a
    meal. When and where are read from that sentence, and everyone taken ill is one figure."""
    text = (
        "11月22日中午，西山镇中心小学部分学生在食堂就餐后陆续出现呕吐、腹痛等症状，截至当晚8时，"
        "共有37名学生到医院就诊，均无生命危险。市市场监管局已介入调查，疑似食物中毒。"
    )
    _, result = facts_of(classifier_engine, make_raw_item, "西山镇一学校多名学生出现呕吐症状", text, PUBLISHED)
    (when,) = by_kind(result.facts, FactKind.WHEN)
    assert when.value == "11月22日中午"
    assert by_kind(result.facts, FactKind.WHERE)[0].value == "西山镇中心小学"
    (what,) = by_kind(result.facts, FactKind.WHAT)
    assert what.value == "疑似食物中毒"
    (ill,) = by_kind(result.facts, FactKind.POISONED)
    assert (ill.value, ill.number, ill.quote) == ("37人", 37, "37名学生到医院就诊")


def test_the_people_poisoned_are_one_figure_not_also_the_injured(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "11月22日晚，西山镇一饭店发生食物中毒事件，120余名食客中毒，其中1人死亡。"
    _, result = facts_of(classifier_engine, make_raw_item, "西山镇一饭店发生食物中毒", text, PUBLISHED)
    (ill,) = by_kind(result.facts, FactKind.POISONED)
    assert (ill.value, ill.bound) == ("120余人", "at_least")
    assert not by_kind(result.facts, FactKind.INJURED)
    assert [f.value for f in by_kind(result.facts, FactKind.DEATHS)] == ["1人"]
    assert result.grade is not None and result.grade.value == "major"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("暴雨致西山镇多地受灾", "11月21日以来，我市遭遇强降雨，截至22日18时，全市平均降雨量达150毫米。"),
        (
            "一学校发生诺如病毒感染疫情",
            "11月21日以来，西山镇某小学陆续有学生出现呕吐、腹泻等症状。截至11月22日，累计报告病例32例。",
        ),
    ],
)
def test_the_day_a_spell_or_an_outbreak_began_is_its_time_said_so(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem], title: str, text: str
) -> None:
    _, result = facts_of(classifier_engine, make_raw_item, title, text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHEN)] == ["11月21日以来"], result.facts


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("11月22日上午，沪昆高速西山段因团雾导致6车连环相撞，造成2人死亡。", "6车连环相撞"),
        ("11月22日上午，西山镇村道上两车相撞，造成1人受伤。", "两车相撞"),
    ],
)
def test_vehicles_counted_are_named_with_what_befell_them(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, what: str
) -> None:
    _, result = facts_of(classifier_engine, make_raw_item, "车祸", text, PUBLISHED)
    assert by_kind(result.facts, FactKind.WHAT)[0].value == what, result.facts


def test_a_gas_poisoning_at_home_tells_its_time_and_the_poisoned(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = (
        "11月22日凌晨，家住西山镇的毛某一家三口在家中使用炭火取暖，因门窗紧闭导致一氧化碳中毒。"
        "家人发现后立即拨打120，三人被送往医院救治，目前已脱离生命危险。"
    )
    _, result = facts_of(classifier_engine, make_raw_item, "一家三口一氧化碳中毒 经抢救脱离危险", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHEN)] == ["11月22日凌晨"], result.facts
    assert [f.value for f in by_kind(result.facts, FactKind.POISONED)] == ["3人"]
    assert not by_kind(result.facts, FactKind.INJURED)


def test_a_family_poisoned_in_the_next_clause_is_the_poisoned_not_those_sent_to_hospital(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = (
        "11月22日凌晨，西山镇一户村民家中，一家五口因在密闭的卧室内使用炭盆取暖，引发一氧化碳中毒。"
        "邻居发现后拨打120，5人被送往医院救治，其中1人经抢救无效死亡。"
    )
    _, result = facts_of(classifier_engine, make_raw_item, "一家五口炭盆取暖 一氧化碳中毒", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.POISONED)] == ["5人"], result.facts
    assert [f.value for f in by_kind(result.facts, FactKind.DEATHS)] == ["1人"], result.facts
    assert not by_kind(result.facts, FactKind.HOSPITALIZED) and not by_kind(result.facts, FactKind.INJURED)
    assert result.grade is not None and result.grade.value == "general"


def test_a_headlines_earlier_count_of_the_poisoned_is_not_also_the_injured(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = (
        "11月21日晚餐后，西山镇某中学陆续有学生出现腹痛、腹泻等症状，截至22日中午，共有112名学生到医院就诊，"
        "均无生命危险。市市场监管局已介入调查。"
    )
    _, result = facts_of(classifier_engine, make_raw_item, "西山镇一中学百余名学生疑似食物中毒", text, PUBLISHED)
    (ill,) = by_kind(result.facts, FactKind.POISONED)
    assert ill.value == "112人"
    assert not by_kind(result.facts, FactKind.INJURED), result.facts


@pytest.mark.parametrize(
    ("text", "value", "quote"),
    [
        ("11月22日，西山镇一化工厂氯气泄漏，致2死31人中毒。", "31人", "31人中毒"),
        ("11月22日，西山镇一化工厂发生急性职业中毒，15名工人送医。", "15人", "15名工人送医"),
    ],
)
def test_the_people_a_poisoning_at_work_struck_are_stated_as_poisoned_not_seriously_hurt(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, value: str, quote: str
) -> None:
    """Grading counts them as 重伤, as the 条例 does; the brief states what happened to them."""
    _, result = facts_of(classifier_engine, make_raw_item, "西山镇一化工厂发生中毒事故", text, PUBLISHED)
    (ill,) = by_kind(result.facts, FactKind.POISONED)
    assert (ill.value, ill.quote) == (value, quote)
    assert not by_kind(result.facts, FactKind.SERIOUS)
    assert result.grade is not None and result.grade.value == "large"


def test_the_headlines_fuller_name_of_what_happened_stands_for_the_bodys_bare_keyword(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "11月30日14时20分许，贺村镇某化工企业3名工人在污水池清理作业时发生中毒，其中2人经抢救无效死亡。"
    _, result = facts_of(classifier_engine, make_raw_item, "贺村镇一企业发生有限空间中毒事故", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == ["有限空间中毒事故"]
    assert by_kind(result.facts, FactKind.WHERE)[0].value == "贺村镇某化工企业"


def test_a_site_told_in_the_clause_before_the_occurrence_leaves_out_what_was_being_done_there(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = (
        "2026年12月3日上午10时许，位于大陈乡的江山市某建材有限公司在设备检修过程中，发生一起机械伤害事故，"
        "造成1名员工死亡。"
    )
    _, result = facts_of(classifier_engine, make_raw_item, "关于大陈乡一般生产安全事故的通报", text, PUBLISHED)
    assert by_kind(result.facts, FactKind.WHERE)[0].value == "大陈乡的江山市某建材有限公司"
    assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == ["机械伤害事故"]


def test_a_parenthesis_commas_do_not_end_a_clause_and_an_alarms_words_are_no_site(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = (
        "2026年12月1日19时许，驾驶人毛某某（男，45岁）驾驶小型轿车沿205国道由北往南行驶至贺村镇路段时，"
        "与同向行驶的电动自行车发生碰撞，造成1人死亡。"
    )
    _, result = facts_of(classifier_engine, make_raw_item, "江山交警通报一起交通事故", text, PUBLISHED)
    (site, *_) = by_kind(result.facts, FactKind.WHERE)
    assert site.value == "205国道贺村镇路段" and site.quote.startswith("驾驶人毛某某（男，45岁）")
    text = "市消防救援大队指挥中心于12月3日凌晨4时26分接到报警，称石门镇工业园区一家纺织企业厂房起火。"
    _, result = facts_of(classifier_engine, make_raw_item, "石门镇一厂房凌晨起火", text, PUBLISHED)
    assert by_kind(result.facts, FactKind.WHERE)[0].value == "石门镇工业园区一家纺织企业厂房"


def test_a_sites_reference_to_the_township_named_is_that_township(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "记者今天从西山镇获悉，事故发生在12月2日下午，两名男子在该镇某水库钓鱼时不慎落水，经搜救，两人均已溺亡。"
    _, result = facts_of(classifier_engine, make_raw_item, "西山镇一水库两名男子溺亡", text, PUBLISHED)
    assert by_kind(result.facts, FactKind.WHERE)[0].value == "西山镇某水库"


@pytest.mark.parametrize(
    ("text", "when", "what"),
    [
        (
            "受强对流天气影响，12月3日夜间至4日凌晨，我市普降大到暴雨，局部特大暴雨。据初步统计，倒塌房屋15间，"
            "直接经济损失约4500万元，暂无人员伤亡报告。",
            "2023年12月3日夜间",
            "大到暴雨",
        ),
        ("11月30日下午，西山镇遭受特大暴雨袭击，多处道路被冲毁。", "2023年11月30日下午", "特大暴雨袭击"),
    ],
)
def test_rain_that_fell_over_a_place_is_what_happened_and_when(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, when: str, what: str
) -> None:
    """普降, 遭受 tell weather that came: not the houses it brought down (倒塌房屋15间)."""
    _, result = facts_of(classifier_engine, make_raw_item, "强降雨致多地受灾", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHEN)] == [when]
    assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == [what]


def test_an_outbreaks_time_is_its_first_report_and_a_gatherings_its_own_with_its_place(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = (
        "12月2日，市疾控中心接到市人民医院报告，发现1例疑似霍乱病例，经实验室检测确诊。截至12月4日，"
        "我市累计报告霍乱确诊病例3例，均为西山镇某村村民。"
    )
    _, result = facts_of(classifier_engine, make_raw_item, "我市报告3例霍乱病例", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHEN)] == ["2023年12月2日"]
    text = "12月4日上午9时许，约200名某小区业主聚集在市政府门口，反映小区延期交房问题。"
    _, result = facts_of(classifier_engine, make_raw_item, "某小区业主聚集维权", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHEN)] == ["2023年12月4日上午9时许"]
    assert by_kind(result.facts, FactKind.WHERE)[0].value == "市政府门口"
    # the people gathered, as the brief writes them
    (crowd,) = by_kind(result.facts, FactKind.GATHERED)
    assert (crowd.value, crowd.quote) == ("约200人", "约200名某小区业主聚集")


def test_an_accidents_onlookers_are_no_gathering(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "12月4日上午，西山镇一民房起火，造成1人死亡。事发后，上百名村民聚集在现场帮忙救火。"
    _, result = facts_of(classifier_engine, make_raw_item, "西山镇一民房起火", text, PUBLISHED)
    assert not by_kind(result.facts, FactKind.GATHERED)


@pytest.mark.parametrize(
    ("text", "what"),
    [
        # the event named before a bare 发生
        ("11月30日晚，西山镇一小区内事故发生，1名行人受伤。", "事故"),
        # a fire something caused (引起火灾: not 起火 inside it)
        ("2023年11月28日下午13时20分左右，由于户外零线断路，电压升高引起火灾，烧毁西山镇一民房。", "火灾"),
    ],
)
def test_what_happened_is_the_event_not_its_verb(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, what: str
) -> None:
    _, result = facts_of(classifier_engine, make_raw_item, "西山镇一起事件", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == [what]


def test_a_building_fires_area_and_site_are_stated_as_the_report_states_them(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = (
        "今日凌晨3时左右，西山镇某小区一楼架空层内正在充电的电动自行车突然起火，火势蔓延至周边车辆，"
        "过火面积约80平方米。所幸发现及时，未造成人员伤亡。"
    )
    _, result = facts_of(classifier_engine, make_raw_item, "西山镇一电动自行车充电起火", text, PUBLISHED)
    assert by_kind(result.facts, FactKind.WHERE)[0].value == "西山镇某小区一楼架空层内"
    (area,) = by_kind(result.facts, FactKind.BURNED_AREA)
    assert (area.value, area.bound, area.number) == ("约80平方米", "about", 0.008)


def test_a_notices_weekday_and_its_site_and_time_told_by_label(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "2023年11月30日（星期四）22时40分许，西山镇一民房发生火灾，造成1人死亡。"
    _, result = facts_of(classifier_engine, make_raw_item, "西山镇一民房火灾", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHEN)] == ["2023年11月30日22时40分许"]
    text = "事故发生于12月2日上午9时许，地点位于西山镇某化工厂。事故造成1人死亡。"
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert by_kind(result.facts, FactKind.WHERE)[0].value == "西山镇某化工厂"
    assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == ["事故"]


def test_people_taken_ill_with_no_poisoning_named_are_what_happened(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "昨天晚上7时许，西山镇一农户家中举办婚宴，多名宾客就餐后出现头晕、恶心等不适症状，先后有23人到医院就诊。"
    _, result = facts_of(classifier_engine, make_raw_item, "一婚宴多名宾客身体不适", text, PUBLISHED)
    (what,) = by_kind(result.facts, FactKind.WHAT)
    assert what.value == "多名宾客就餐后出现头晕、恶心等不适症状"
    assert [f.number for f in by_kind(result.facts, FactKind.POISONED)] == [23]


def test_a_police_report_tells_the_site_by_where_the_vehicle_had_got_to(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    """交警通报 put the site as where a vehicle had got to (行驶至…时), the road before it (沿…), and the
    second party alone in the clause of the collision: both parties are what happened."""
    text = (
        "11月23日凌晨2时50分许，一辆重型半挂货车沿G60沪昆高速由东往西行驶至江山段1120公里处时，"
        "与前方一辆小型普通客车发生追尾碰撞，造成小型普通客车内3人当场死亡、1人受伤。"
    )
    _, result = facts_of(classifier_engine, make_raw_item, "沪昆高速一起交通事故的情况通报", text, PUBLISHED)
    assert by_kind(result.facts, FactKind.WHERE)[0].value == "G60沪昆高速江山段1120公里处"
    (what,) = by_kind(result.facts, FactKind.WHAT)
    assert what.value == "重型半挂货车与小型普通客车追尾碰撞"
    assert what.quote.startswith("一辆重型半挂货车沿G60沪昆高速")
    text = "11月22日晚8时许，王某驾驶小型轿车沿城北路由南向北行驶至鹿溪路口时，与一辆电动自行车发生碰撞，致1人受伤。"
    _, result = facts_of(classifier_engine, make_raw_item, "两车相撞", text, PUBLISHED)
    assert by_kind(result.facts, FactKind.WHERE)[0].value == "城北路鹿溪路口"
    assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == ["小型轿车与电动自行车碰撞"]


def test_vehicles_told_by_their_drivers_and_plates_and_the_road_they_drove_along(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    """A police notice's vehicles named after their drivers and plates (驾驶人徐某某驾驶浙H·A1234号重型半挂
    牵引车): the vehicles met, not the drivers' names; the road driven along right before 行驶至."""
    text = (
        "11月22日16时10分许，驾驶人徐某某驾驶浙H·A1234号重型半挂牵引车沿G205国道行驶至贺村镇路段时，"
        "与对向驾驶人王某某驾驶的浙H·B5678号小型普通客车发生碰撞，造成小型普通客车上3人当场死亡、2人受伤。"
    )
    _, result = facts_of(classifier_engine, make_raw_item, "一起较大道路交通事故情况通报", text, PUBLISHED)
    assert by_kind(result.facts, FactKind.WHERE)[0].value == "G205国道贺村镇路段"
    assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == ["重型半挂牵引车与小型普通客车碰撞"]
    text = "11月22日晚8时许，王某驾驶浙H12345号小型轿车沿城北路行驶至鹿溪路口时，与一辆电动自行车发生碰撞，致1人受伤。"
    _, result = facts_of(classifier_engine, make_raw_item, "两车相撞", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == ["小型轿车与电动自行车碰撞"]
    # in one clause: the first vehicle told by its rider or driver, then the second
    for text, what in (
        ("11月22日晚8时许，在城北路，张某骑行电动自行车与一辆小型轿车发生碰撞，1人受伤。", "电动自行车与小型轿车碰撞"),
        ("11月22日晚8时许，在城北路，王某驾驶小型轿车与一辆电动自行车发生碰撞，1人受伤。", "小型轿车与电动自行车碰撞"),
    ):
        _, result = facts_of(classifier_engine, make_raw_item, "两车相撞", text, PUBLISHED)
        assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == [what], text


def test_one_vehicle_and_what_befell_it_up_to_where_it_was_going(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "今天上午9时许，一辆满载货物的货车行驶至205国道峡口镇路段时发生侧翻，驾驶员受轻伤。"
    _, result = facts_of(classifier_engine, make_raw_item, "货车侧翻", text, PUBLISHED)
    assert by_kind(result.facts, FactKind.WHERE)[0].value == "205国道峡口镇路段"
    assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == ["满载货物的货车侧翻"]


def test_a_house_is_a_site_and_a_department_told_by_its_staff_responds(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "今天凌晨5时许，城南一民房起火，消防救援人员第一时间赶到现场将火扑灭，无人员伤亡。"
    _, result = facts_of(classifier_engine, make_raw_item, "城南一民房起火", text, PUBLISHED)
    assert by_kind(result.facts, FactKind.WHERE)[0].value == "城南一民房"
    assert [f.unit_id for f in by_kind(result.facts, FactKind.UNIT)] == ["xiaofang"]


def test_a_site_word_alone_or_a_chain_of_causes_is_no_site(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    for title, text in (
        ("房屋坍塌掩埋3岁女童", "今天上午，房屋坍塌掩埋3岁女童，村民手刨废墟救人。"),
        ("连日暴雨", "今天上午，连日暴雨导致附近大部分民房开裂，1人受伤。"),
    ):
        _, result = facts_of(classifier_engine, make_raw_item, title, text, PUBLISHED)
        assert not [f.value for f in by_kind(result.facts, FactKind.WHERE) if f.precision == 3], title


def test_a_food_poisoning_told_only_by_its_deaths_has_no_figure_of_the_poisoned(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "11月22日晚，西山镇一农户家中发生一起误食毒蘑菇中毒事件，致2人死亡。"
    _, result = facts_of(classifier_engine, make_raw_item, "误食毒蘑菇中毒", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.DEATHS)] == ["2人"]
    assert not by_kind(result.facts, FactKind.POISONED)


def test_a_fire_someone_set_off_and_a_person_named_by_what_they_are(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    """引发山火 tells when and what happened; the villager who set it off is no part of the site."""
    text = "11月22日，西山镇桃园村村民毛某在自家山林烧杂草时引发山火，过火面积约5亩。"
    _, result = facts_of(classifier_engine, make_raw_item, "村民烧杂草引发山火", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHEN)] == ["11月22日"]
    assert by_kind(result.facts, FactKind.WHERE)[0].value == "西山镇桃园村"
    assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == ["山火"]


def test_an_occurrence_told_with_its_time_or_place_after_it(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    """事故发生在…, 事发时间为… put the time after the verb; 发生在 a place is the site, and neither is
    what happened."""
    _, result = facts_of(
        classifier_engine, make_raw_item, "货车侧翻", "据悉，事故发生在11月22日凌晨，一辆货车在205国道侧翻。", PUBLISHED
    )
    assert [f.value for f in by_kind(result.facts, FactKind.WHEN)] == ["11月22日凌晨"]
    assert by_kind(result.facts, FactKind.WHERE)[0].value == "205国道"
    assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == ["货车侧翻"]
    _, result = facts_of(
        classifier_engine, make_raw_item, "民房火灾", "火灾发生在西山镇一民房内，所幸无人员伤亡。", PUBLISHED
    )
    assert by_kind(result.facts, FactKind.WHERE)[0].value == "西山镇一民房内"
    text = "事发时间为11月22日下午两点半左右，地点位于西山镇某工厂，一名工人被卷入机器身亡。"
    _, result = facts_of(classifier_engine, make_raw_item, "工人被卷入机器身亡", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHEN)] == ["11月22日下午两点半左右"]


def test_a_fall_by_mishap_states_when_where_and_what(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    """不慎落水, 不慎坠落: the site is where those involved were, not what they were doing there."""
    cases = [
        ("11月22日下午4时许，两名初中学生在须江清湖段戏水时不慎落水，1人死亡。", "须江清湖段", "初中学生不慎落水"),
        ("11月22日上午，一名工人在城北工地高空作业时不慎坠落，经抢救无效死亡。", "城北工地", "工人不慎坠落"),
        # the fall told right after what was being done, with no 不慎
        ("11月22日下午，一名外地游客在西山镇水库游泳时溺水，打捞上岸后已无生命体征。", "西山镇水库", "外地游客溺水"),
        ("11月22日上午，一名工人在城北工地高空作业时坠落，经抢救无效死亡。", "城北工地", "工人坠落"),
    ]
    for text, site, what in cases:
        _, result = facts_of(classifier_engine, make_raw_item, "溺水事故", text, PUBLISHED)
        assert by_kind(result.facts, FactKind.WHEN)[0].value.startswith("11月22日"), result.facts
        assert by_kind(result.facts, FactKind.WHERE)[0].value == site, result.facts
        assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == [what], result.facts
    # a noun of the people who fell is no occurrence: no site from a headline of a rescue
    _, result = facts_of(classifier_engine, make_raw_item, "军人夫妇相继跳河救起两名溺水女孩", "", PUBLISHED)
    assert not by_kind(result.facts, FactKind.WHERE), result.facts


def test_people_taken_ill_one_after_another_after_a_meal_are_placed_where_they_ate(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "11月22日中午，西山镇中心小学部分学生在学校食堂就餐后，陆续出现腹痛、呕吐等症状，共有48名学生到医院就诊。"
    _, result = facts_of(classifier_engine, make_raw_item, "某小学食堂疑似食物中毒", text, PUBLISHED)
    assert by_kind(result.facts, FactKind.WHERE)[0].value == "西山镇中心小学", result.facts


def test_an_incidents_date_code_gives_its_day_and_is_no_part_of_its_site(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "记者获悉，截至11月23日8时，西山镇化工厂“11·22”爆炸事故已造成6人死亡、21人受伤。"
    _, result = facts_of(classifier_engine, make_raw_item, "化工厂爆炸事故死亡人数升至6人", text, PUBLISHED)
    (when,) = by_kind(result.facts, FactKind.WHEN)
    assert (when.value, when.at, when.precision) == ("11月22日", datetime(2024, 11, 22, tzinfo=SHANGHAI), 1)
    assert by_kind(result.facts, FactKind.WHERE)[0].value == "西山镇化工厂"
    # a stated time wins over the code
    text = "11月22日14时许，西山镇化工厂“11·22”爆炸事故发生后，消防迅速到场。"
    _, result = facts_of(classifier_engine, make_raw_item, "化工厂爆炸", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHEN)] == ["11月22日14时许"]


def test_one_person_told_without_a_measure_word_starts_after_the_site(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "11月22日21时许，西山镇某烧烤店内，一男子酒后与他人发生口角，持刀将2人刺伤。"
    _, result = facts_of(classifier_engine, make_raw_item, "一男子酒后持刀伤人 2人受伤", text, PUBLISHED)
    assert by_kind(result.facts, FactKind.WHERE)[0].value == "西山镇某烧烤店内", result.facts
    assert [f.value for f in by_kind(result.facts, FactKind.WHEN)] == ["11月22日21时许"]


def test_the_time_before_a_sentences_later_occurrence_verb(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    """A headline run into its body in one sentence: the time stands before the body's verb."""
    text = "西山镇一化工厂发生爆炸 记者从市应急管理局获悉，11月22日10时许，西山镇某化工厂发生爆炸，造成3人死亡。"
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    (when,) = by_kind(result.facts, FactKind.WHEN)
    assert when.value == "11月22日10时许", result.facts


@pytest.mark.parametrize(
    ("title", "text", "what"),
    [
        # the event's word, then its toll: the event (was 爆炸3人死亡)
        ("西山镇一化工厂爆炸3人死亡", "", "爆炸"),
        ("西山镇车祸一死两伤", "", "西山镇车祸"),
        ("西山镇一客车坠入山谷至少15人死亡", "", "西山镇一客车坠入山谷"),
        # named with no occurrence verb: up to what it caused (was 此次暴雨造成直接经济损失3000万元)
        ("", "初步统计，此次暴雨造成直接经济损失3000万元，无人员伤亡。", "暴雨"),
    ],
)
def test_what_happened_leaves_out_what_it_caused(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem], title: str, text: str, what: str
) -> None:
    _, result = facts_of(classifier_engine, make_raw_item, title, text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == [what], result.facts


def test_more_than_a_number_trapped_is_a_lower_bound(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    _, result = facts_of(
        classifier_engine, make_raw_item, "西山镇煤矿透水", "11月22日，西山镇一煤矿透水，30余人被困井下。", PUBLISHED
    )
    (trapped,) = by_kind(result.facts, FactKind.TRAPPED)
    assert (trapped.value, trapped.number, trapped.bound) == ("30余人", 30, "at_least"), result.facts


def test_inexact_figures_are_shown_as_a_brief_writes_them(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "11月22日，西山镇一化工厂发生爆炸，造成3人死亡、20余人受伤，直接经济损失3000多万元，疏散群众1000人以上。"
    _, result = facts_of(classifier_engine, make_raw_item, "西山镇化工厂爆炸", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.INJURED)] == ["20余人"]  # (was 20人（余）)
    assert [f.value for f in by_kind(result.facts, FactKind.LOSS)] == ["3000多万元"]
    _, result = facts_of(
        classifier_engine, make_raw_item, "西山镇民房火灾", "西山镇一民房火灾，直接经济损失5千多元", PUBLISHED
    )
    assert [f.value for f in by_kind(result.facts, FactKind.LOSS)] == ["5000多元"]  # (was 0.5多万元)
    _, result = facts_of(
        classifier_engine,
        make_raw_item,
        "",
        "西山镇一熟食摊位发生燃气爆炸，造成1人受伤，直接经济损失3万余元。",
        PUBLISHED,
    )
    assert [f.value for f in by_kind(result.facts, FactKind.LOSS)] == ["3万余元"]  # (was 3余万元)


@pytest.mark.parametrize(
    ("title", "when", "what"),
    [
        # a notice's title: the incident it names, and the day its date code names
        ("关于“11·22”重大道路交通事故的情况通报", "11月22日", "“11·22”重大道路交通事故"),
        ("西山镇火灾最新通报", None, "西山镇火灾"),
        # (the place before its code is a fact of its own: no “关于西山镇…西山镇“11·22”…” in the draft)
        ("关于西山镇“11·22”一般生产安全事故的情况通报", "11月22日", "“11·22”一般生产安全事故"),
        # a follow-up's title: the incident, not the news of it
        ("关于“11·21”山塘溃坝事件的续报", "11月21日", "“11·21”山塘溃坝事件"),
        ("西山镇化工厂爆炸事故最新进展", None, "爆炸事故"),
        ("上海在建楼房整体倒塌续", None, "倒塌"),
    ],
)
def test_a_notices_title_names_the_incident(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem], title: str, when: str | None, what: str
) -> None:
    _, result = facts_of(classifier_engine, make_raw_item, title, "", PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHEN)] == ([when] if when else []), result.facts
    assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == [what], result.facts


@pytest.mark.parametrize(
    ("title", "what"),
    [
        # a fire told by the place that burned, its loss right after it
        ("仓库大火直接经济损失近5000万元", "仓库大火"),
        # a post quoted, then confirmed
        ("网传“城北批发市场大火致4人遇难”？消防部门：属实", "城北批发市场大火"),
    ],
)
def test_a_headlines_what_ends_before_its_loss_and_leaves_the_post_out(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem], title: str, what: str
) -> None:
    _, result = facts_of(classifier_engine, make_raw_item, title, "", PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == [what], result.facts


@pytest.mark.parametrize(
    ("text", "what"),
    [
        # the vehicle on its way, a long load told first, then its cause before the verb
        (
            "今天凌晨3时20分许，一辆满载约30吨液碱（氢氧化钠溶液）的危化品槽罐车沿205国道由北往南行驶至贺村镇耕读村路段时，"
            "因驾驶员操作不当侧翻在路边，罐体阀门处出现泄漏。",
            "危化品槽罐车侧翻在路边",
        ),
        # the first vehicle told driven in an earlier clause, the clause of the collision opening with 与
        (
            "2026年12月4日16时05分许，驾驶人黄某某（男，41岁）驾驶一辆重型自卸货车，沿江四线由北往南行驶至四都镇路段K12+300处时，"
            "因车辆制动失效，与对向驶来的一辆小型普通客车发生碰撞，造成小型普通客车内3人死亡、1人受伤。",
            "重型自卸货车与小型普通客车碰撞",
        ),
        # or its spot, after 后
        (
            "今天上午10时50分左右，一辆装载约20吨液化石油气的槽罐车驶出G3京台高速江山收费站后，在出口匝道弯道处侧翻。",
            "槽罐车侧翻",
        ),
    ],
)
def test_a_vehicle_on_its_way_is_what_its_verb_befell(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, what: str
) -> None:
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == [what], result.facts


@pytest.mark.parametrize(
    ("text", "where", "what"),
    [
        # what fell, told with what it is like after its count (一处年久失修的土木结构老屋)
        (
            "12月5日凌晨3时许，廿八都镇浔里村一处年久失修的土木结构老屋突然倒塌，居住在屋内的一名78岁独居老人被压埋。",
            "廿八都镇浔里村一处年久失修的土木结构老屋",
            "土木结构老屋倒塌",
        ),
        # named at more length (屋面模板支撑体系), or by its side (一侧屋顶), or which way it fell (向外)
        (
            "12月5日上午9时许，保安乡一村民自建房施工现场，屋面模板支撑体系突然坍塌，4名工人坠落。",
            None,
            "屋面模板支撑体系坍塌",
        ),
        ("12月4日上午10时许，双溪口乡一处古祠堂内，一侧屋顶突然坍塌，一名工匠跌落受伤。", None, "屋顶坍塌"),
        (
            "12月5日下午5点20分左右，虎山街道中山路一处工地的砖砌围墙突然向外倒塌，两名市民被砸伤。",
            None,
            "砖砌围墙倒塌",
        ),
        # what burned, after whose it was (the site keeps it)
        (
            "今天凌晨3点多，保安乡保安村4组一户村民的生猪养殖棚起火，起火原因初步判断为保温灯线路老化短路。",
            "保安乡保安村4组一户村民的生猪养殖棚",
            "生猪养殖棚起火",
        ),
        # after the works it stood in: the works is the site
        ("12月6日上午，虎山街道某工地围墙突然坍塌，造成1人受伤。", "虎山街道某工地", "围墙坍塌"),
    ],
)
def test_what_fell_is_named_with_its_verb(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, where: str | None, what: str
) -> None:
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == [what], result.facts
    if where is not None:
        assert by_kind(result.facts, FactKind.WHERE)[0].value == where, result.facts


def test_a_label_before_the_time_is_no_reporting_clause(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "【通报】11月22日，我市一建筑工地发生坍塌事故，3名工人被埋，经全力救援，3人均已死亡。"
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHEN)] == ["11月22日"], result.facts


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # a list whose staff respond: each department of it
        (
            "11月22日凌晨，G60高速西山段发生多车追尾，交警、消防和120急救人员迅速赶到现场救援。",
            ["市公安局", "市消防救援大队", "市卫生健康局"],
        ),
        # firefighters told by what they did (破门, 救出)
        ("11月22日晚，东城街道一出租房发生火灾，一家三口被困。消防员破门而入将3人救出。", ["市消防救援大队"]),
        # a list with a unit's full name and the ambulances of 120
        (
            "11月22日早上，G60高速西山段发生6车连环相撞事故，高速交警、市消防救援大队及120急救车辆迅速到场救援。",
            ["市公安局", "市消防救援大队", "市卫生健康局"],
        ),
        # 120's staff or ambulance at a clause's head, by whom they brought to hospital or their rescue there
        (
            "11月21日晚，西山镇桃园村一户村民家中发生一氧化碳中毒，120急救人员赶到后将4人紧急送往医院救治。",
            ["市卫生健康局"],
        ),
        (
            "11月21日14时许，西山镇一处民房围墙突然倒塌，2名村民受伤。120救护车将伤者送往医院救治。",
            ["市卫生健康局"],
        ),
        ("11月21日上午，西山镇一家工厂内一名电工不慎触电，经120急救人员现场抢救无效死亡。", ["市卫生健康局"]),
        # staff told as the ones who came; a police station at the head of its clause
        (
            "11月21日下午，西山河桃园段1名初中生不慎落水，附近村民及闻讯赶来的消防救援人员展开搜救。"
            "西山派出所已介入调查。",
            ["市消防救援大队", "市公安局"],
        ),
        (
            "11月21日下午，东城街道一小区内一名男童从12楼坠落，赶到的消防救援人员通过5楼窗户将男童救回，"
            "120急救人员随后将其送往医院检查。",
            ["市消防救援大队", "市卫生健康局"],
        ),
        # staff who came soon or one after another; a list ending in a township's cadres; the fire brigade by
        # its 119 centre or by what it sent; medical staff the health department's; a bureau that sealed a lift
        (
            "11月21日傍晚，东城街道江滨路发生车祸，1人死亡。事发后，交警、120急救人员很快赶到现场。",
            ["市公安局", "市卫生健康局"],
        ),
        (
            "11月21日上午，碗窑乡一名男子在碗窑水库冬泳时溺水。碗窑乡干部、派出所民警和消防救援人员陆续赶到。",
            ["碗窑乡", "市公安局", "市消防救援大队"],
        ),
        (
            "11月21日上午，大桥镇一处污水管网施工现场沟槽塌方，2名工人被埋。消防、120和镇干部接报后火速赶到。",
            ["市消防救援大队", "市卫生健康局", "大桥镇"],
        ),
        (
            "11月21日上午，东城街道一家塑料制品厂仓库起火。119指挥中心接警后调集6个消防救援站赶赴现场扑救。",
            ["市消防救援大队"],
        ),
        (
            "11月21日凌晨，东城街道一商住楼起火，6人死亡。市消防救援大队共调派12车65人，从楼内救出被困群众37人。",
            ["市消防救援大队"],
        ),
        (
            "11月21日下午，东城街道发生车祸，4人死亡。事发后，当地公安、消防及医疗人员赶抵现场救援。",
            ["市公安局", "市消防救援大队", "市卫生健康局"],
        ),
        (
            "11月21日8时许，东城街道某小区一部电梯在运行中突然下坠，3名居民受伤。市市场监管局已对该电梯进行封停。",
            ["市市场监督管理局"],
        ),
        # a list with a unit's long name; the jurisdiction's own beside another's; 以及; staff who came at a time,
        # who searched or guided; 120's staff alone at a clause's head
        (
            "11月21日晨，205国道一辆罐式货车侧翻。江山交警、贺村消防救援站和衢州市生态环境局江山分局工作人员先后赶到现场。",
            ["市公安局", "市消防救援大队", "衢州市生态环境局江山分局"],
        ),
        ("11月21日晚，贺村镇与常山县交界处两车相撞，1人受伤。江山交警与常山交警同时接警。", ["市公安局"]),
        (
            "11月21日早上，江山3路公交车与一辆货车相撞，5人受伤。江山交警、120以及公交公司工作人员先后到场。",
            ["市公安局", "市卫生健康局"],
        ),
        (
            "11月21日9时许，双塔街道某小区燃气泄漏。燃气抢修人员和消防救援人员于9时30分前到场，关闭总阀。",
            ["市消防救援大队"],
        ),
        ("11月21日，塘源口乡一名男子外出电鱼未归后溺亡。塘源口派出所民警和村干部沿溪寻找。", ["市公安局"]),
        ("11月21日晚，廿八都镇灯会发生踩踏，5人受伤。现场安保人员和廿八都派出所民警迅速疏导人流。", ["市公安局"]),
        (
            "11月21日上午，贺村镇一家汽修店轮胎爆炸，1人重伤。店主立即拨打120，急救人员赶到后将其送往市人民医院抢救。",
            ["市卫生健康局"],
        ),
        # a list right before its response, with no 等 or 部门; a disease control centre the health department's where
        # the directory has none of its own
        (
            "11月21日下午，G60高速江山段两车追尾，2人受伤。江山高速交警、消防和120接警后先后赶到。",
            ["市公安局", "市消防救援大队", "市卫生健康局"],
        ),
        ("11月21日，上余镇一饭馆3名食客就餐后中毒。市疾控中心开展流行病学调查。", ["市卫生健康局"]),
        # a bureau acting with a township, or ordering the works stopped
        (
            "11月21日上午，西山镇一家工厂发生触电事故，1人死亡。市应急管理局已会同四都镇对该企业下达停产整改通知。",
            ["市应急管理局", "四都镇"],
        ),
    ],
)
def test_responders_told_by_their_staff_and_what_they_did(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, units: list[str]
) -> None:
    _, result = facts_of(example_engine, make_raw_item, "", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.UNIT)] == units, result.facts


def test_a_finer_time_of_the_same_day_in_a_later_sentence(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    """The headline tells the day and its part, the body the clock time."""
    text = "昨晚11点半左右，东城街道一小区发生火灾，1人受伤。"
    _, result = facts_of(classifier_engine, make_raw_item, "昨晚东城街道一小区起火", text, PUBLISHED)
    (when,) = by_kind(result.facts, FactKind.WHEN)
    assert (when.value, when.precision) == ("11月22日晚上11点半左右", 3), result.facts


def test_a_headlines_picture_label_is_no_part_of_what_happened(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    _, result = facts_of(classifier_engine, make_raw_item, "西山镇居民楼之间夹墙坍塌砸死环卫工人(组图)", "", PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == ["坍塌砸死环卫工人"], result.facts


def test_a_complaints_clause_is_no_site(classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]) -> None:
    text = "西山镇某小区的消防设施瘫痪了，小区内与附近小区就已经发生了3起火灾，物业一直不管。"
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert not any("就" in f.value for f in by_kind(result.facts, FactKind.WHERE)), result.facts


def test_a_security_guard_is_not_the_township_of_that_name(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    """保安 is 保安乡's short name and a security guard: only the full name is the township responding."""
    text = "11月22日，双塔街道一饭店厨房起火，保安扑救及时才扑灭。保安乡政府工作人员随后赶到现场。"
    _, result = facts_of(example_engine, make_raw_item, "", text, PUBLISHED)
    (township,) = [f for f in by_kind(result.facts, FactKind.UNIT) if f.value == "保安乡"]
    assert township.quote.startswith("保安乡政府"), result.facts
    assert not any("保安扑救" in f.quote for f in by_kind(result.facts, FactKind.UNIT)), result.facts


def test_an_event_told_as_what_happened_at_a_place_on_a_day(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    # a press conference's notice: 发生在…的一起… is the site, then the event; the time before it is its own
    text = (
        "11月23日下午，市政府新闻办召开新闻发布会，通报11月22日21时许发生在西山镇205国道旁的一起危化品运输车辆"
        "侧翻泄漏事件。事件未造成人员伤亡。"
    )
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHEN)] == ["11月22日21时许"], result.facts
    assert by_kind(result.facts, FactKind.WHERE)[0].value == "西山镇205国道旁", result.facts
    assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == ["危化品运输车辆侧翻泄漏事件"], result.facts


def test_what_a_disaster_did_where_and_a_vehicle_that_lost_control(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    # the rain and the harm it did: the house is the site, the event the whole of it
    text = "11月22日，暴雨造成西山镇桃园村一处民房倒塌。"
    _, rain = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert by_kind(rain.facts, FactKind.WHERE)[0].value == "西山镇桃园村一处民房", rain.facts
    assert [f.value for f in by_kind(rain.facts, FactKind.WHAT)] == ["暴雨造成西山镇桃园村一处民房倒塌"], rain.facts
    # (not where it did harm after where it fell is told: the rain's site is not the house)
    fell = "11月22日夜间，我市普降大暴雨，其中西山镇降雨量超过200毫米。暴雨造成西山镇桃园村一处民房倒塌。"
    _, over = facts_of(classifier_engine, make_raw_item, "", fell, PUBLISHED)
    assert [f.value for f in by_kind(over.facts, FactKind.WHAT)] == ["大暴雨"], over.facts
    assert all("民房" not in f.value for f in by_kind(over.facts, FactKind.WHERE)), over.facts
    # (places listed are no one site)
    listed = "11月22日，暴雨造成西山镇、东城街道等地部分道路塌方。"
    _, spread = facts_of(classifier_engine, make_raw_item, "", listed, PUBLISHED)
    assert all("、" not in f.value for f in by_kind(spread.facts, FactKind.WHERE)), spread.facts
    # a vehicle that lost control and crashed: where it had got to, and the vehicle in what befell it
    text = "11月23日6时10分许，一辆重型货车行驶至西山大桥时失控撞断护栏坠入河中，驾驶员被困车内。"
    _, lorry = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert by_kind(lorry.facts, FactKind.WHERE)[0].value == "西山大桥", lorry.facts
    assert [f.value for f in by_kind(lorry.facts, FactKind.WHAT)] == ["重型货车失控撞断护栏坠入河中"], lorry.facts
    # (where it went told in the next clause: 失控，翻入路边约3米深的农田)
    text = "12月5日晚6点50分许，一辆载有7人的面包车在坛石镇一村道下坡时失控，翻入路边约3米深的农田，造成1人死亡。"
    _, van = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert [f.value for f in by_kind(van.facts, FactKind.WHAT)] == ["面包车失控翻入农田"], van.facts


@pytest.mark.parametrize(
    ("title", "text", "site"),
    [
        # a notice's issuer before its 关于 is no part of the site
        (
            "衢州市生态环境局江山分局关于贺村镇一起盐酸罐车侧翻泄漏事件的情况通报",
            "12月6日上午10时许，一辆罐车发生侧翻，部分盐酸泄漏。",
            "贺村镇",
        ),
        # where the other party stood (停在应急车道的厢式货车) is no site; the clause before is
        (
            "",
            "12月5日19时50分许，G3京台高速江山段往福建方向K1560处，一辆大型普通客车与一辆因故障停在应急车道的厢式货车"
            "发生追尾碰撞。",
            "G3京台高速江山段往福建方向K1560处",
        ),
        # (where someone was, before what swept them away: 在村后溪边被山洪冲走了)
        ("", "昨天下午发山洪，一个放牛的大爷在村后溪边被山洪冲走了，到现在还没找到。", "村后溪边"),
    ],
)
def test_a_site_leaves_out_an_issuer_another_partys_place_and_what_struck(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem], title: str, text: str, site: str
) -> None:
    _, result = facts_of(classifier_engine, make_raw_item, title, text, PUBLISHED)
    assert by_kind(result.facts, FactKind.WHERE)[0].value == site, result.facts


@pytest.mark.parametrize(
    ("title", "text", "site", "what"),
    [
        (
            "关于双塔街道江滨路某小区电梯下坠事件的情况通报",
            "12月4日19时20分许，一部电梯在运行中突然从11楼下坠至3楼后停止。",
            "双塔街道江滨路某小区",
            "电梯下坠事件",
        ),
        ("", "江山一工地塔吊倒塌，1人受伤", "江山一工地", "塔吊倒塌"),
        # (from which floor it fell, between)
        (
            "关于双塔街道西山路某商住楼电梯下坠事故的情况通报",
            "12月6日8时05分许，双塔街道西山路某商住楼2号楼一部乘客电梯在运行中由9楼突然下坠至2楼，轿厢内3名乘客受伤。",
            "双塔街道西山路某商住楼2号楼",
            "电梯下坠至2楼",
        ),
    ],
)
def test_a_lift_or_a_crane_is_what_befell_not_the_site(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem], title: str, text: str, site: str, what: str
) -> None:
    _, result = facts_of(classifier_engine, make_raw_item, title, text, PUBLISHED)
    assert by_kind(result.facts, FactKind.WHERE)[0].value == site, result.facts
    assert by_kind(result.facts, FactKind.WHAT)[0].value == what, result.facts


def test_a_farm_before_the_people_there_is_the_site(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "11月22日上午11时许，西山镇一生猪养殖场3名工人在清理沼气池时相继晕倒，其中2人经抢救无效死亡。"
    _, result = facts_of(classifier_engine, make_raw_item, "西山一养殖场发生沼气中毒事故", text, PUBLISHED)
    assert by_kind(result.facts, FactKind.WHERE)[0].value == "西山镇一生猪养殖场", result.facts


def test_the_death_of_one_person_counted_is_one_not_at_least_one(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "11月22日9时50分许，西山镇某木业有限公司一名员工在操作砂光机时，被卷入设备，经送医抢救无效死亡。"
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    (deaths,) = by_kind(result.facts, FactKind.DEATHS)
    assert (deaths.value, deaths.bound) == ("1人", "exact"), deaths
    text = "11月22日，一辆货车在弯道侧翻，司机当场死亡。"
    _, driver = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    (deaths,) = by_kind(driver.facts, FactKind.DEATHS)
    assert (deaths.value, deaths.bound) == ("至少1人", "at_least"), deaths


def test_dead_fish_that_appeared_on_a_river_told_by_whoever_reported_it(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "22日晚，有市民反映西山河东城段河面出现大量死鱼。接报后，市生态环境局立即组织人员赶赴现场调查处置。"
    _, result = facts_of(classifier_engine, make_raw_item, "西山河发现大量死鱼", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHEN)] == ["11月22日晚"], result.facts
    assert by_kind(result.facts, FactKind.WHERE)[0].value == "西山河东城段河面", result.facts


@pytest.mark.parametrize(
    ("title", "text", "what"),
    [
        # the body's bare verb, the headline's name of the event
        ("东城菜市场发生火灾 无人员伤亡", "11月23日凌晨2时许，东城菜市场一摊位起火，烧毁摊位30余个。", "火灾"),
        # the headline's fuller name without the count it goes on to
        ("一自建房倒塌2人被埋", "11月23日上午10时许，西山镇桃园村一处在建自建房发生倒塌，2名施工人员被埋。", "倒塌"),
    ],
)
def test_the_headlines_name_of_the_event_without_its_count(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem], title: str, text: str, what: str
) -> None:
    _, result = facts_of(classifier_engine, make_raw_item, title, text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == [what], result.facts


@pytest.mark.parametrize(
    ("title", "text", "cases"),
    [
        # an outbreak the plan does not grade by count: the brief still counts its cases, as written
        (
            "西山镇一小学发生诺如病毒感染疫情",
            "11月20日起，西山镇中心小学陆续有学生出现呕吐、腹泻等症状。截至11月22日，累计发病学生36人，均为轻症。",
            "36人",
        ),
        ("", "11月20日至22日，我市陆续报告3例登革热本地病例，均在东城街道。", "3例"),
    ],
)
def test_an_outbreaks_cases_are_counted_as_the_report_counts_them(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem], title: str, text: str, cases: str
) -> None:
    _, result = facts_of(classifier_engine, make_raw_item, title, text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.CASES)] == [cases], result.facts


@pytest.mark.parametrize(
    ("text", "when", "where", "what"),
    [
        # shocked while at work: the time, and the site told in the clause before the worker
        (
            "11月22日14时许，位于西山工业园区的某厂房建设工地，一名工人在操作电焊机时触电，经送医抢救无效死亡。",
            "11月22日14时许",
            "西山工业园区的某厂房建设工地",
            "工人触电",
        ),
        # where he fell, not the township he lives in
        ("11月22日，西山镇村民周某某在桃园村后山采药时不慎坠崖。", "11月22日", "桃园村后山", "周某某不慎坠崖"),
        # a lift that fell: the lift is no part of the site
        (
            "11月22日8时许，东城街道某小区一部电梯在运行中突然下坠，电梯内3名居民受伤。",
            "11月22日8时许",
            "东城街道某小区",
            "电梯下坠",
        ),
    ],
)
def test_a_shock_a_fall_from_a_cliff_and_a_lift_that_fell(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, when: str, where: str, what: str
) -> None:
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHEN)] == [when], result.facts
    assert by_kind(result.facts, FactKind.WHERE)[0].value == where, result.facts
    assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == [what], result.facts


@pytest.mark.parametrize(
    ("text", "where", "what"),
    [
        # an alarm's 有人持刀伤人: what was done
        (
            "11月22日22时许，我局接群众报警称，在东城街道江滨路一烧烤店内有人持刀伤人。",
            "东城街道江滨路一烧烤店内",
            "持刀伤人",
        ),
        # a fall from a floor, someone counted: the site before them
        ("11月22日下午，西山镇某小区一名女子从17楼坠落，当场身亡。", "西山镇某小区", "女子坠落"),
        # two gangs (两伙人) are those involved, no part of the site
        ("11月22日凌晨1时许，东城街道一KTV内两伙人因酒后口角发生斗殴，造成3人受伤。", "东城街道一KTV内", "斗殴"),
    ],
)
def test_an_alarms_deed_a_fall_from_a_floor_and_gangs_in_a_fight(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, where: str, what: str
) -> None:
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert by_kind(result.facts, FactKind.WHERE)[0].value == where, result.facts
    assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == [what], result.facts


def test_a_fall_from_a_floor_of_no_one_counted_is_told_by_its_headline(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    _, result = facts_of(classifier_engine, make_raw_item, "独居女子放火烧屋后从4楼坠落", "", PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == ["独居女子放火烧屋后从4楼坠落"], result.facts
    assert not by_kind(result.facts, FactKind.WHERE), result.facts


def test_a_site_told_before_its_time_with_yu_and_the_evening_of_a_day_told(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "西山镇某塑料制品厂厂房于11月22日下午发生火灾，过火面积约600平方米，未造成人员伤亡。"
    _, fire = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert by_kind(fire.facts, FactKind.WHERE)[0].value == "西山镇某塑料制品厂厂房", fire.facts
    assert [f.value for f in by_kind(fire.facts, FactKind.WHEN)] == ["11月22日下午"], fire.facts
    text = "11月21日，西山镇发生一起货车侧翻事故。当晚7时许，一辆重型货车行驶至桃园村弯道处时侧翻。"
    _, lorry = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    (when,) = by_kind(lorry.facts, FactKind.WHEN)
    assert when.at == datetime(2024, 11, 21, 19, 0, tzinfo=SHANGHAI), when


def test_what_has_ever_happened_is_no_occurrence(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "干部说我家没有电路起火过，现在怕再次起火。"
    _, result = facts_of(classifier_engine, make_raw_item, "西山镇廉租房漏水导致电路起火", text, PUBLISHED)
    assert all(not f.value.endswith("过") for f in by_kind(result.facts, FactKind.WHAT)), result.facts


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("目击者称西山镇一座5层大楼倒塌", "西山镇一座5层大楼"),
        ("11月22日，座落于西山镇的某电力设备制造有限公司发生一起安全生产事故", "西山镇的某电力设备制造有限公司"),
        ("东城街道某小区10栋2单元2024年11月弱电井起火", "东城街道某小区10栋2单元弱电井"),
        ("11月22日6时12分在西山镇（北纬28.62度，东经118.55度）发生3.2级地震", "西山镇"),
    ],
)
def test_a_site_without_who_told_it_its_lead_word_or_a_date_inside(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, where: str
) -> None:
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert by_kind(result.facts, FactKind.WHERE)[0].value == where, result.facts


def test_a_periods_tally_is_no_outbreaks_cases(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = (
        "11月20日起，西山镇中心小学陆续有学生出现发热症状。截至11月22日，累计发病学生36人。"
        "今年以来全市累计报告流感病例1200例。"
    )
    _, result = facts_of(classifier_engine, make_raw_item, "西山镇一小学发生流感聚集性疫情", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.CASES)] == ["36人"], result.facts


def test_an_express_reports_labels(classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]) -> None:
    """A 快报 tells its facts by label: the time after its label, no 事件 of a label's word, and a 伤亡 label
    no figure of the count that follows it (伤亡：1名老人被困…无生命危险)."""
    text = (
        "一、事故发生时间：2024年11月22日15时20分。二、事故发生地点：西山镇桃园村某竹木加工厂。"
        "三、事故简要经过：该厂一名工人在操作木材切割机时，右手被卷入机器。四、伤亡情况：1人受伤。"
    )
    _, report = facts_of(classifier_engine, make_raw_item, "事故快报", text, PUBLISHED)
    assert [f.value for f in by_kind(report.facts, FactKind.WHEN)] == ["2024年11月22日15时20分"], report.facts
    assert [f.value for f in by_kind(report.facts, FactKind.WHAT)] == ["事故"], report.facts
    text = (
        "时间：11月22日2时30分许；地点：西山镇桃园村一民房；经过：杂物起火；"
        "伤亡：1名老人被困，经消防救援人员救出后送医，无生命危险。"
    )
    _, fire = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert [f.value for f in by_kind(fire.facts, FactKind.WHEN)] == ["11月22日2时30分许"], fire.facts
    assert not [f for f in fire.facts if f.kind in (FactKind.INJURED, FactKind.DEATHS)], fire.facts


def test_a_body_found_in_water_and_a_crowd_counted_about(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "11月22日上午，有村民在西山水库库尾发现一具男性浮尸，随即报警。"
    _, body = facts_of(classifier_engine, make_raw_item, "西山水库发现一具浮尸", text, PUBLISHED)
    assert [f.value for f in by_kind(body.facts, FactKind.DEATHS)] == ["1人"], body.facts
    assert by_kind(body.facts, FactKind.WHERE)[0].value == "西山水库库尾", body.facts
    text = "11月22日上午9时许，东城街道某小区约80名业主因房屋质量问题聚集在售楼部门口。"
    _, crowd = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert by_kind(crowd.facts, FactKind.WHERE)[0].value == "东城街道某小区售楼部门口", crowd.facts


def test_a_banquets_site_is_whose_it_was_and_a_bureau_that_sealed_the_food_responds(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = (
        "11月22日中午，西山镇一农户举办婚宴，部分宾客用餐后陆续出现腹痛、腹泻等症状，共有43人到医院就诊。"
        "市应急管理局已对剩余食品进行封存送检。"
    )
    _, result = facts_of(classifier_engine, make_raw_item, "婚宴后数十人出现不适", text, PUBLISHED)
    assert by_kind(result.facts, FactKind.WHERE)[0].value == "西山镇一农户", result.facts
    assert [f.unit_id for f in by_kind(result.facts, FactKind.UNIT)] == ["yingji"], result.facts


@pytest.mark.parametrize(
    ("text", "when", "where", "what"),
    [
        # a gas main cut at a works: the works is the site, told in the clause before what it caused
        (
            "11月22日14时许，东城街道中山路一施工工地在开挖作业时挖断一条中压燃气管道，造成燃气泄漏。",
            "11月22日14时许",
            "东城街道中山路一施工工地",
            "燃气泄漏",
        ),
        # what a flood swept away, and by what
        (
            "受强降雨影响，11月22日下午，西山镇一座便桥被洪水冲垮。",
            "11月22日下午",
            "西山镇一座便桥",
            "西山镇一座便桥被洪水冲垮",
        ),
        # a large blackout
        ("11月22日9时15分，因变电站设备故障，东城街道大面积停电。", "11月22日9时15分", "东城街道", "大面积停电"),
    ],
)
def test_a_gas_main_cut_a_bridge_swept_away_and_a_blackout(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, when: str, where: str, what: str
) -> None:
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHEN)] == [when], result.facts
    assert by_kind(result.facts, FactKind.WHERE)[0].value == where, result.facts
    assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == [what], result.facts


def test_a_state_of_affairs_before_what_it_caused_is_no_site(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "11月22日，东城街道某医院管理也非常混乱，导致多起医疗责任事故。"
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert all("混乱" not in f.value for f in by_kind(result.facts, FactKind.WHERE)), result.facts


def test_where_children_went_to_swim_is_the_site_and_the_poisoned_taken_ill_one_after_another(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "11月22日下午4时许，西山镇3名小学生放学后结伴到西山河桃园段游泳，其中2人不慎溺水。"
    _, swim = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert by_kind(swim.facts, FactKind.WHERE)[0].value == "西山河桃园段", swim.facts
    assert [f.value for f in by_kind(swim.facts, FactKind.WHAT)] == ["溺水"], swim.facts
    text = (
        "11月21日晚，西山镇某村5名村民在聚餐时饮用了从流动商贩处购买的散装白酒，随后陆续出现头晕、视物模糊等症状，"
        "送医后确诊为甲醇中毒。"
    )
    _, drink = facts_of(classifier_engine, make_raw_item, "多人饮用散装白酒后中毒", text, PUBLISHED)
    assert [f.value for f in by_kind(drink.facts, FactKind.POISONED)] == ["5人"], drink.facts


@pytest.mark.parametrize(
    ("title", "text", "when", "where", "what"),
    [
        # the place in a clause of its own right after the time, then who was there
        (
            "工人检修时触电身亡",
            "据市应急管理局消息，21日上午9时50分许，西山镇一家竹木制品厂内，一名电工在检修配电箱时不慎触电。",
            "11月21日上午9时50分许",
            "西山镇一家竹木制品厂内",
            "电工不慎触电",
        ),
        (
            "一家四口烧炭取暖 一氧化碳中毒",
            "11月21日晚，西山镇桃园村一户村民家中，一家四口因在门窗紧闭的房间内烧炭取暖，导致一氧化碳中毒。",
            "11月21日晚",
            "西山镇桃园村一户村民家中",
            "一氧化碳中毒",
        ),
        (
            "",
            "11月21日上午10时30分左右，东城街道江滨路一处道路改造工地，挖掘机在施工时挖断一条天然气管道，造成燃气泄漏。",
            "11月21日上午10时30分左右",
            "东城街道江滨路一处道路改造工地",
            "燃气泄漏",
        ),
        # a numbered notice's heading before the time
        (
            "",
            "一、事故基本情况 2024年11月21日上午9时许，位于西山镇的某市政工程有限公司污水管网施工现场，"
            "在沟槽开挖过程中发生土方坍塌，2名作业人员被埋。",
            "2024年11月21日上午9时许",
            "西山镇的某市政工程有限公司污水管网施工现场",
            "土方坍塌",
        ),
        # the place two clauses before what befell one of those there
        (
            "三名初中生河边戏水 一人溺亡",
            "11月21日下午4时许，东城街道桃园村附近西山河段，3名初中生在岸边戏水时，其中1人不慎滑入深水区。",
            "11月21日下午4时许",
            "东城街道桃园村附近西山河段",
            "滑入深水区",
        ),
        # the place of those taken ill one after another
        (
            "3名工人清理污水池时中毒 2人死亡",
            "11月21日下午3点左右，西山镇一造纸企业3名工人在清理厂区污水池时，相继中毒晕倒。",
            "11月21日下午3点左右",
            "西山镇一造纸企业",
            "中毒晕倒",
        ),
        # a car that lost control at a clause's end, the crash in the next
        (
            "小轿车失控冲入西山河 车内2人获救",
            "11月21日晚上10点40分许，一辆小轿车行驶至西山河桃园段桃园大桥附近时失控，撞断护栏后冲入河中。",
            "11月21日晚上10点40分许",
            "西山河桃园段桃园大桥附近",
            "小轿车失控",
        ),
        # a building, then the part of it that fell; a school, then where in it the crush was
        (
            "",
            "11月21日下午2点半左右，东城街道城北社区一处自建民房在装修拆除墙体时，二楼楼板突然坍塌。",
            "11月21日下午2点半左右",
            "东城街道城北社区一处自建民房二楼楼板",
            "二楼楼板坍塌",
        ),
        (
            "",
            "11月21日上午9时35分左右，西山镇某中学课间操集合时，教学楼东侧楼梯间发生拥挤踩踏。",
            "11月21日上午9时35分左右",
            "西山镇某中学教学楼东侧楼梯间",
            "拥挤踩踏",
        ),
        # 我市 is no part of the site; a wall that fell, a firework that burst
        (
            "中山路一餐饮店发生燃气爆燃",
            "今天（11月22日）上午10点20分左右，我市东城街道中山路一家面馆后厨液化气罐发生爆燃。",
            "11月22日上午10点20分左右",
            "东城街道中山路一家面馆后厨",
            "液化气罐爆燃",
        ),
        (
            "",
            "21日14时许，西山镇西山街一处老旧民房围墙突然倒塌，正在路过的2名村民被砸中受伤。",
            "11月21日14时许",
            "西山镇西山街一处老旧民房围墙",
            "老旧民房围墙倒塌",
        ),
        (
            "",
            "11月21日晚7点半左右，西山镇桃园村村民祝某在自家门口燃放婚庆烟花时，烟花突然在手中炸开，致其左手受伤。",
            "11月21日晚7点半左右",
            "西山镇桃园村",
            "烟花炸开",
        ),
        # a report's opening time where no occurrence verb this reader knows tells the event; the works
        # before the machine or the worker there
        (
            "西山镇一在建项目塔吊起重臂折断 1名工人死亡",
            "11月21日上午10时50分左右，位于西山镇的某安置房在建项目工地一台塔式起重机在吊运钢筋时起重臂突然折断，"
            "砸中地面作业的1名工人，该工人经送医抢救无效死亡。",
            "11月21日上午10时50分左右",
            "西山镇的某安置房在建项目工地",
            "塔式起重机折断",
        ),
        (
            "一名工人在厂房屋顶维修时坠落身亡",
            "11月21日上午11时许，西山镇某木材加工厂一名51岁的工人在厂房屋顶更换彩钢瓦时，不慎踩穿采光板，"
            "从约8米高处坠落至地面，经120现场确认已死亡。",
            "11月21日上午11时许",
            "西山镇某木材加工厂",
            None,
        ),
        # a gathering's place after 聚集在, not the clause of who gathered
        (
            "因征地补偿纠纷 百余村民聚集堵路",
            "11月21日上午8时许，西山镇某村100余名村民因对征地补偿标准有异议，聚集在村口一处在建道路施工现场，"
            "阻止施工车辆通行。",
            "11月21日上午8时许",
            "村口一处在建道路施工现场",
            None,
        ),
        # an alarm's place and what happened there, told without 在 (and the body's place over the headline's)
        (
            "西山派出所警情通报",
            "11月21日22时10分许，我所接110指令称，西山镇某KTV门口有多人斗殴。民警迅速赶到现场。",
            "11月21日22时10分许",
            "西山镇某KTV门口",
            "多人斗殴",
        ),
        (
            "东城一小区发生伤人案 嫌疑人已被控制",
            "11月22日7时20分许，我局接报警，称东城街道某小区地下车库内有一男子持刀伤人。民警迅速赶到现场。",
            "11月22日7时20分许",
            "东城街道某小区地下车库内",
            "一男子持刀伤人",
        ),
        # the place told before the time
        (
            "汽修店给货车轮胎充气时突然爆炸 一名修车工重伤",
            "位于西山镇205国道旁的一家汽修店内，21日上午10时许，修车工毛某在为一辆货车轮胎充气时，轮胎突然发生爆炸。",
            "11月21日上午10时许",
            "西山镇205国道旁的一家汽修店内",
            None,
        ),
        # a road told with 上 after the time, over a headline's vaguer place
        (
            "拖拉机山路侧翻 驾驶员不幸身亡",
            "11月21日上午11时许，西山镇桃园村附近一段山区机耕路上，一台满载柑橘的手扶拖拉机在下坡时失控侧翻，驾驶员死亡。",
            "11月21日上午11时许",
            "西山镇桃园村附近一段山区机耕路上",
            None,
        ),
        # the place first, then the time, with no occurrence verb this reader knows
        (
            "西山镇一饭店后厨起火 消防及时扑灭",
            "在西山镇西山街一家土菜馆的后厨，21日凌晨1时许，因灶台余火未熄引燃排烟管道内的油污，火势一度蔓延至二楼。",
            "11月21日凌晨1时许",
            "西山镇西山街一家土菜馆的后厨",
            None,
        ),
        # where on a motorway a coach struck the barrier
        (
            "",
            "11月21日14时05分，一辆大型普通客车沿G3京台高速由南往北行驶至K1572+600桩号处时，因驾驶员操作不当撞击右侧护栏，"
            "造成车内11名乘客受伤。",
            "11月21日14时05分",
            "G3京台高速K1572+600桩号处",
            "大型普通客车撞击右侧护栏",
        ),
        # a vehicle turning or reversing where it struck someone; a vehicle off the road on a bend
        (
            "城区一公交车右转时撞倒行人",
            "11月21日上午7点50分左右，一辆西山5路公交车在城区中山路与东城路交叉口右转时，将一名七旬老人撞倒。",
            "11月21日上午7点50分左右",
            "城区中山路与东城路交叉口",
            None,
        ),
        (
            "",
            "11月21日16时45分许，一辆轻型货车沿西山镇某村村道倒车时，将一名10岁男孩撞倒，男孩经抢救无效死亡。",
            "11月21日16时45分许",
            "西山镇某村村道",
            None,
        ),
        (
            "",
            "11月21日傍晚5点半左右，一辆小型面包车行驶至西山镇某村山区公路一急弯处时，因车速过快冲出路面，车上2人受伤。",
            "11月21日傍晚5点半左右",
            "西山镇某村山区公路一急弯处",
            "小型面包车冲出路面",
        ),
        # a clock time of the day a sentence before dates, told without a verb this reader knows
        (
            "大风刮倒行道树 砸中路边停放轿车",
            "受冷空气影响，11月20日下午，我市出现7级以上阵风。当天下午3时许，东城街道中山路一棵梧桐树被大风连根拔起，"
            "砸中路边停放的两辆小型轿车，所幸未造成人员伤亡。",
            "11月20日下午3时许",
            "东城街道中山路",  # (the tree is no site: where it stood is)
            None,
        ),
        # 冲突发生 is no 突发; what was being done with what burned, and a time after the vehicle
        (
            "",
            "11月21日凌晨1点多，西山镇一家KTV门口，两伙年轻人因酒后言语冲突发生斗殴，其中一人被酒瓶砸伤头部。",
            "11月21日凌晨1点多",
            "西山镇一家KTV门口",
            "斗殴",
        ),
        (
            "",
            "11月21日凌晨2时许，东城街道一幢居民楼三楼楼道内停放的电动自行车电池突然起火，浓烟迅速蔓延至楼上。",
            "11月21日凌晨2时许",
            "东城街道一幢居民楼三楼楼道内",
            "电动自行车电池起火",
        ),
        (
            "",
            "西山镇西山村一幢出租房的一楼楼道内，一辆正在充电的电动自行车于今天凌晨4时许突然起火，大火封堵了楼梯通道。",
            "11月23日凌晨4时许",
            "西山镇西山村一幢出租房的一楼楼道内",
            "正在充电的电动自行车起火",
        ),
        # a vehicle on its way along a road when it caught fire
        (
            "",
            "11月22日凌晨，一辆白色小型轿车在东城街道西山路与环城西路交叉口附近行驶时，发动机舱突然冒烟起火。",
            "11月22日凌晨",
            "东城街道西山路与环城西路交叉口附近",
            None,
        ),
        # what burned, named right before its verb with how; when a fire was, told with 是在
        (
            "",
            "店员介绍，起火是在21日晚上7点半左右。东城街道江滨路一家火锅店后厨的油锅突然起火，火苗窜上抽油烟管道。",
            "11月21日晚上7点半左右",
            "东城街道江滨路一家火锅店后厨",
            "油锅起火",
        ),
        (
            "",
            "11月21日晚8时许，西山镇一处婚宴现场燃放的礼花弹发生意外爆燃，有多名宾客受伤。",
            "11月21日晚8时许",
            "西山镇一处婚宴现场",
            None,
        ),
    ],
)
def test_when_where_and_what_of_reports_told_in_many_orders(
    classifier_engine: Classifier,
    make_raw_item: Callable[..., RawItem],
    title: str,
    text: str,
    when: str,
    where: str,
    what: str | None,
) -> None:
    _, result = facts_of(classifier_engine, make_raw_item, title, text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHEN)] == [when], result.facts
    assert by_kind(result.facts, FactKind.WHERE)[0].value == where, result.facts
    if what is not None:
        assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == [what], result.facts


def test_a_cause_after_the_time_is_no_site(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "11月21日下午13时20分左右，由于户外三相四线零线断路，电压升高引起火灾，烧毁房屋两间。"
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert all("由于" not in f.value for f in by_kind(result.facts, FactKind.WHERE)), result.facts


@pytest.mark.parametrize(
    ("text", "what"),
    [
        # a driver's sex and age in brackets: the vehicles collided
        (
            "2024年11月21日16时40分左右，驾驶人徐某某（男，52岁）驾驶浙H·C7721号重型自卸货车沿G205国道行驶至西山镇路段时，"
            "与对向驾驶人周某某驾驶的浙H·D3016号中型普通客车发生碰撞，造成3人死亡。",
            "重型自卸货车与中型普通客车碰撞",
        ),
        # the vehicle on its way in the clause before, and where it went after it overturned
        (
            "11月21日上午10点左右，一辆满载石料的重型货车行驶至西山镇桃园村路段时，因避让对向车辆发生侧翻，驾驶员受伤。",
            "满载石料的重型货车侧翻",
        ),
        (
            "11月21日下午1时许，一辆载有31名游客的旅游大客车在西山镇桃园村附近县道转弯时侧翻至路边农田，造成18人受伤。",
            "旅游大客车侧翻",
        ),
    ],
)
def test_the_vehicles_of_a_crash_without_their_drivers_load_or_where_they_went(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, what: str
) -> None:
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == [what], result.facts


def test_an_express_reports_time_label_after_its_bracketed_tag(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "【快报】时间：11月22日6时30分许；地点：西山镇桃园村一处养殖场；事件：养殖场沼气池发生沼气中毒，1人死亡。"
    _, result = facts_of(classifier_engine, make_raw_item, "快报", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHEN)] == ["11月22日6时30分许"], result.facts


def test_a_hit_and_run_is_a_road_accident_with_its_facts(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = (
        "2024年11月21日23时10分许，在西山镇205国道西山段，一辆小型轿车与一名步行横过道路的行人发生碰撞后驾车逃逸，"
        "造成行人受伤。接报后，交警迅速赶赴现场开展调查，并于次日中午将肇事驾驶人抓获。"
    )
    _, result = facts_of(classifier_engine, make_raw_item, "关于一起交通肇事逃逸案件的警情通报", text, PUBLISHED)
    assert result.event_type is EventType.ACCIDENT, result
    assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == ["小型轿车与行人碰撞"], result.facts
    assert by_kind(result.facts, FactKind.WHERE)[0].value == "西山镇205国道西山段", result.facts


def test_a_gathering_at_a_works_office_told_far_after_its_word(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "11月22日上午9时许，约60名农民工聚集在西山镇某在建厂房项目部门口，称被拖欠工资近半年。"
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHEN)] == ["11月22日上午9时许"], result.facts
    assert by_kind(result.facts, FactKind.WHERE)[0].value == "西山镇某在建厂房项目部门口", result.facts


def test_a_headline_opening_with_those_taken_ill_names_the_event_by_its_word(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "11月21日中午，西山镇桃园村一农户举办寿宴，部分宾客用餐后陆续出现恶心、呕吐等症状，累计有43人到医院就诊。"
    _, result = facts_of(classifier_engine, make_raw_item, "西山镇一农户办寿宴 40余人出现食物中毒症状", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == ["食物中毒"], result.facts
    # (those who did it are no figure: the headline tells what they did)
    _, robbery = facts_of(classifier_engine, make_raw_item, "6名男子假冒军警驾驶假军车持警棍抢劫车辆", "", PUBLISHED)
    assert [f.value for f in by_kind(robbery.facts, FactKind.WHAT)] == ["6名男子假冒军警驾驶假军车持警棍抢劫车辆"]


def test_an_opening_time_is_not_a_story_told_in_a_complaint_nor_a_what_before_有_a_place(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "本人于2019年9月11日下午5点36分，乘坐小区电梯下楼，途中被关电梯里，发生事故谁来负责？"
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert not by_kind(result.facts, FactKind.WHEN), result.facts
    _, hijack = facts_of(classifier_engine, make_raw_item, "海盗劫持载有4名游客的快艇", "", PUBLISHED)
    assert all(not f.value.startswith("4名") for f in by_kind(hijack.facts, FactKind.WHAT)), hijack.facts


@pytest.mark.parametrize(
    ("text", "what"),
    [
        # what the first vehicle was doing before the second party
        (
            "11月21日傍晚6点左右，在东城街道江滨路与文溪路交叉口，一辆渣土车在右转弯时与一辆电动自行车发生碰撞，"
            "电动自行车骑车人当场死亡。",
            "渣土车与电动自行车碰撞",
        ),
        # what the first party did before meeting the second, and which way the second was going
        (
            "11月21日7时35分许，王某某（女，46岁）驾驶电动自行车沿西山路由东往西行驶至西山路与东城路路口时，"
            "闯红灯与由南往北正常行驶的一辆小型轿车发生碰撞，致王某某头部受伤。",
            "电动自行车与小型轿车碰撞",
        ),
        # where a coach ran from and to
        (
            "11月22日凌晨4点20分左右，一辆由温州开往贵阳的大型普通客车沿G60沪昆高速行驶至西山段1110公里处时，"
            "与前方同向行驶的一辆重型半挂货车发生追尾碰撞，造成2人死亡。",
            "大型普通客车与重型半挂货车追尾碰撞",
        ),
        # the second party doing something (正在掉头的, 闯红灯的), coming (对向驶来的), or told by its driver with an
        # aside; the first named without a count at its clause's head
        (
            "11月21日下午3点多，在西山镇桃园村附近的村道上，一辆二轮摩托车与一辆正在掉头的拖拉机发生碰撞，1人死亡。",
            "二轮摩托车与拖拉机碰撞",
        ),
        (
            "11月21日早上7点50分左右，西山3路公交车行驶至东城街道文溪路与南门大道交叉口时，"
            "与一辆闯红灯的混凝土搅拌运输车发生碰撞，8名乘客受伤。",
            "西山3路公交车与混凝土搅拌运输车碰撞",
        ),
        (
            "2024年11月20日17时50分许，驾驶人祝某某（男，63岁）驾驶无号牌拖拉机沿S221省道行驶至西山镇桃园村路段时，"
            "与同向行驶的由毛某某（男，38岁）驾驶的浙H·D3K210号小型普通客车发生追尾碰撞，造成祝某某受伤。",
            "无号牌拖拉机与小型普通客车追尾碰撞",
        ),
        # an express report's label of the event
        (
            "事件名称：西山镇某矿山企业车辆伤害事故。时间：11月21日14时许。地点：西山镇某石灰石矿采场运输道路。"
            "简要经过：一辆矿用自卸车在下坡时制动失灵，冲出道路翻入采坑，驾驶员受伤。",
            "西山镇某矿山企业车辆伤害事故",
        ),
    ],
)
def test_both_parties_of_a_collision_and_an_events_label(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, what: str
) -> None:
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == [what], result.facts


@pytest.mark.parametrize(
    ("title", "text", "where", "what"),
    [
        # a boiler counted with what it burned is no part of the site
        (
            "",
            "11月21日下午3时20分许，西山镇某纸业有限公司锅炉房内一台燃煤蒸汽锅炉发生爆炸，造成2名司炉工死亡。",
            "西山镇某纸业有限公司锅炉房内",
            "燃煤蒸汽锅炉爆炸",
        ),
        # a traditional text's 於 before the time, a time after the place, a boat after its water
        (
            "",
            "據當地媒體報道，西山鎮一間紡織廠於本月21日晚上11時許發生火災，兩名工人受傷。",
            "西山镇一间纺织厂",
            None,
        ),
        ("", "东城街道一幢民居今日清晨6时许发生液化气爆炸，造成1人死亡。", "东城街道一幢民居", None),
        (
            "",
            "记者今天从西山镇获悉，11月20日西山镇西山河水域采砂船侧翻事故中失踪的1名船员已被找到。",
            "西山镇西山河水域",
            None,
        ),
        # who lives where is no site; a hospital's word for those taken there is no part of the event
        (
            "寒夜烧炭取暖 夫妻俩一氧化碳中毒送医",
            "昨晚10点多，家住西山镇桃园村的王大伯和老伴在卧室内用炭盆取暖，两人先后出现头晕、呕吐症状并昏倒在地。",
            "西山镇",
            "夫妻俩一氧化碳中毒",
        ),
    ],
)
def test_the_site_without_a_machine_a_time_a_boat_or_who_lives_there(
    classifier_engine: Classifier,
    make_raw_item: Callable[..., RawItem],
    title: str,
    text: str,
    where: str,
    what: str | None,
) -> None:
    _, result = facts_of(classifier_engine, make_raw_item, title, text, PUBLISHED)
    assert by_kind(result.facts, FactKind.WHERE)[0].value == where, result.facts
    if what is not None:
        assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == [what], result.facts


def test_an_earlier_reports_figures_give_way_to_the_latest_and_a_lift_that_fell(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = (
        "11月20日中午，东城街道一家餐馆发生燃气爆炸事故。截至11月22日8时，事故已造成3人死亡、9人受伤。"
        "此前通报为2人死亡、10人受伤，1名重伤员于21日晚经抢救无效死亡。"
    )
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.INJURED)] == ["9人"], result.facts
    assert [f.value for f in by_kind(result.facts, FactKind.DEATHS)] == ["3人"], result.facts
    text = "11月21日晚上8点左右，东城街道某小区7幢一部电梯在运行中突然从8楼下坠至2楼，轿厢内3名乘客受轻伤。"
    _, lift = facts_of(classifier_engine, make_raw_item, "一小区电梯急坠 3名乘客受伤", text, PUBLISHED)
    assert lift.event_type is EventType.ACCIDENT, lift
    assert by_kind(lift.facts, FactKind.WHERE)[0].value == "东城街道某小区7幢", lift.facts


@pytest.mark.parametrize(
    ("text", "moved"),
    [
        ("11月21日上午，东城街道一家塑料制品厂仓库起火，厂内30余名员工及时撤离，未造成人员伤亡。", "30余人"),
        ("11月21日晚，某中学男生宿舍楼一间寝室起火，学校组织600余名住宿学生有序疏散至操场。", "600余人"),
    ],
)
def test_people_evacuated_told_with_how_they_left(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, moved: str
) -> None:
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.EVACUATED)] == [moved], result.facts


def test_a_time_told_of_the_day_a_sentence_before_dates_and_after_who_told_it(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = (
        "11月20日傍晚，西山镇一带出现雷雨天气。当晚6时许，西山镇桃园村一幢三层民房屋顶遭雷击后起火，屋内一名老人被困。"
    )
    _, storm = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert [f.value for f in by_kind(storm.facts, FactKind.WHEN)] == ["11月20日晚6时许"], storm.facts
    assert by_kind(storm.facts, FactKind.WHERE)[0].value == "西山镇桃园村一幢三层民房屋顶", storm.facts
    text = (
        "记者从市中医院急诊科了解到，22日凌晨4点多，一名男子被家人发现昏迷在自家车库的轿车内，医生诊断为一氧化碳中毒。"
    )
    _, told = facts_of(classifier_engine, make_raw_item, "男子车库内开着发动机睡觉 一氧化碳中毒", text, PUBLISHED)
    assert [f.value for f in by_kind(told.facts, FactKind.WHEN)] == ["11月22日凌晨4点多"], told.facts


def test_another_countys_departments_and_their_list_are_not_the_jurisdictions(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = (
        "11月21日，龙游县湖镇镇一家烟花爆竹零售店发生爆炸，造成2人死亡。"
        "龙游县应急管理局、龙游县消防救援大队、公安等部门第一时间赶赴现场处置。"
    )
    _, listed = facts_of(example_engine, make_raw_item, "", text, PUBLISHED)
    assert not by_kind(listed.facts, FactKind.UNIT), listed.facts
    text = (
        "11月21日上午8时许，开化县马金镇一名男子撑竹筏捕鱼时竹筏侧翻落水。"
        "开化县消防救援大队、马金派出所民警赶到后展开搜救。"
    )
    _, staff = facts_of(example_engine, make_raw_item, "", text, PUBLISHED)
    assert not by_kind(staff.facts, FactKind.UNIT), staff.facts
    # (the jurisdiction's own are)
    text = "11月21日上午，大桥镇一家工厂发生爆炸，1人死亡。市应急管理局、消防、公安等部门第一时间赶赴现场处置。"
    _, own = facts_of(example_engine, make_raw_item, "", text, PUBLISHED)
    assert [f.value for f in by_kind(own.facts, FactKind.UNIT)] == ["市应急管理局", "市消防救援大队", "市公安局"]


def test_a_notices_about_and_a_workshop_after_the_time(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = (
        "2024年11月21日上午10时25分许，西山镇某粉末涂料有限公司粉碎车间在生产过程中，因除尘系统故障导致粉尘浓度超标，"
        "遇静电火花发生粉尘爆炸，造成1人死亡。"
    )
    _, result = facts_of(
        classifier_engine, make_raw_item, "关于西山镇某粉末涂料厂粉尘爆炸事故的情况通报", text, PUBLISHED
    )
    assert by_kind(result.facts, FactKind.WHERE)[0].value == "西山镇某粉末涂料有限公司粉碎车间", result.facts


def test_someone_struck_by_what_fell_from_a_building_is_an_accident(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "11月21日下午1时许，东城街道某小区一幢居民楼外墙瓷砖突然大面积脱落，正在楼下经过的一名女子肩部被砸伤。"
    _, result = facts_of(classifier_engine, make_raw_item, "东城街道一居民楼外墙瓷砖脱落 砸伤一名路人", text, PUBLISHED)
    assert result.event_type is EventType.ACCIDENT, result
    assert [f.value for f in by_kind(result.facts, FactKind.WHEN)] == ["11月21日下午1时许"], result.facts


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # the ambulance service told by its number alone, doing what it does
        ("清湖村一快餐店液化气钢瓶发生爆燃，致2名厨师烧伤。120将伤者送往市人民医院救治。", "市卫生健康局"),
        ("在建厂房工地一名工人从约12米高处坠落，经120现场抢救无效死亡。", "市卫生健康局"),
        # a township government organising the rescue with its village cadres
        (
            "浔里村一处老宅山墙倒塌，3名工人被埋压。经廿八都镇政府组织村干部和消防救援人员救援，3人全部被救出。",
            "廿八都镇",
        ),
        # a site closed, someone held
        ("某村一座漫水桥在货车通过时突然垮塌，货车坠入河中。坛石镇政府已对该桥实施封闭。", "坛石镇"),
        ("一辆水泥罐车右转时与一辆电动自行车发生碰撞，骑行人经抢救无效死亡。江山交警已将罐车驾驶员控制。", "市公安局"),
        # a police station in a list, an alarm taken
        ("钓鱼小船翻沉，另有1人失踪。碗窑乡政府、市消防救援大队及碗窑派出所正在库区全力搜救。", "市公安局"),
        ("6月29日22时15分许，市公安局接群众报警，称双溪口乡某农家乐门口两伙人发生斗殴，3人受伤。", "市公安局"),
        # the ambulance's staff who told the death
        ("一辆自卸车冲出路面翻入沟底，驾驶员被救出后经120医护人员确认已无生命体征。", "市卫生健康局"),
    ],
)
def test_units_responding_in_more_forms(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, unit: str
) -> None:
    _, result = facts_of(example_engine, make_raw_item, "", text, PUBLISHED)
    assert unit in [f.value for f in by_kind(result.facts, FactKind.UNIT)], result.facts


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a fire told as it broke out, what fell told by what it struck
        ("今天凌晨两点多，双塔街道一栋居民楼三楼突然冒出大火，消防车来了四五辆。", EventType.ACCIDENT),
        ("清湖街道一在建工地，塔吊吊运的一捆钢管突然散落，砸中下方一名正在绑扎钢筋的工人头部。", EventType.ACCIDENT),
        ("虎山街道江滨花园小区一部电梯由11楼急速滑落至负一层，轿厢内4名居民受伤。", EventType.ACCIDENT),
        ("清湖农贸市场门口一块户外广告牌被大风刮落，砸中3名正在避雨的路人，其中1人死亡。", EventType.ACCIDENT),
        ("一辆三轮农用车在塘源口乡一村道下坡时失控翻入约8米深的山沟，造成驾驶人死亡。", EventType.ACCIDENT),
        ("虎山街道某农贸市场内，一男子持菜刀砍伤3名摊贩。", EventType.SOCIAL_SECURITY),
        # a confined space: workers overcome in a pit, a rescuer going down after them
        (
            "四都镇某食品厂2名员工下到腌制池内清理池底残渣时相继晕倒，另有1名员工下池施救也晕倒在池中，1人死亡。",
            EventType.ACCIDENT,
        ),
        # a suspected food poisoning: a feast, then many taken ill back home; a lunch, then pupils one after another
        ("28号中午在石门镇清漾村一户人家吃喜酒，好多人回来就上吐下泻。已有23人到医院就诊。", EventType.PUBLIC_HEALTH),
        (
            "6月29日午餐后，双塔街道某民办初中陆续有学生出现腹痛、呕吐等症状。累计到医院就诊学生41人。",
            EventType.PUBLIC_HEALTH,
        ),
    ],
)
def test_emergencies_told_as_people_tell_them_get_their_facts(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, event_type: EventType
) -> None:
    _, result = facts_of(example_engine, make_raw_item, "", text, PUBLISHED)
    assert result.event_type is event_type and result.grade is not None, result.grade_reasons
    assert by_kind(result.facts, FactKind.WHAT), result.facts


@pytest.mark.parametrize(
    ("text", "when", "where"),
    [
        # a lift (一部电梯), a sign (一块…广告牌) are no site: where they were is
        (
            "6月30日晚8点半左右，虎山街道江滨花园小区12幢2单元一部电梯由11楼急速滑落至负一层，轿厢内4名居民受伤。",
            "6月30日晚8点半左右",
            "虎山街道江滨花园小区12幢2单元",
        ),
        (
            "6月28日傍晚6时许，受雷雨大风影响，清湖街道清湖农贸市场门口一块约30平方米的户外广告牌被大风刮落，砸中3名路人。",
            "6月28日傍晚6时许",
            "清湖街道清湖农贸市场门口",
        ),
        # a police notice's label before the time, a blade's blows after the site
        (
            "【警情通报】6月28日8时50分许，虎山街道某农贸市场内，一男子（吴某，45岁）持菜刀砍伤3名摊贩。",
            "6月28日8时50分许",
            "虎山街道某农贸市场内",
        ),
        # someone named by their work is no site (店员徐某): the place told alone before is
        (
            "6月29日下午3点多，凤林镇一家农机维修店内，店员徐某在调试抽水泵时不慎触电倒地，经抢救无效死亡。",
            "6月29日下午3点多",
            "凤林镇一家农机维修店内",
        ),
        # a vehicle out of control into a ditch, on the road it was going down
        (
            "6月26日17时左右，一辆三轮农用车在塘源口乡一村道下坡时失控翻入约8米深的山沟，造成驾驶人死亡。",
            "6月26日17时左右",
            "塘源口乡一村道",
        ),
    ],
)
def test_the_site_of_a_thing_that_fell_or_a_blade_s_blows(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, when: str, where: str
) -> None:
    _, result = facts_of(example_engine, make_raw_item, "", text, PUBLISHED)
    assert by_kind(result.facts, FactKind.WHEN)[0].value == when, result.facts
    assert by_kind(result.facts, FactKind.WHERE)[0].value == where, result.facts


def test_a_day_told_with_hao_before_its_part_of_the_day(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    published = datetime(2026, 6, 30, 2, 0, tzinfo=UTC)
    _, result = facts_of(
        example_engine, make_raw_item, "", "28号中午，石门镇某村一户人家发生火灾，2人受伤。", published
    )
    (when,) = by_kind(result.facts, FactKind.WHEN)
    assert when.at == datetime(2026, 6, 28, 12, 0, tzinfo=SHANGHAI), when
    # a building's number is no day
    _, result = facts_of(example_engine, make_raw_item, "", "3号楼发生火灾，2人受伤。", published)
    assert not by_kind(result.facts, FactKind.WHEN), result.facts


def test_what_fell_told_with_its_size(example_engine: Classifier, make_raw_item: Callable[..., RawItem]) -> None:
    text = "大桥镇中心小学教学楼外墙改造施工现场，一段约20米长的脚手架突然倒塌，正在架上作业的4名工人随之坠落。"
    _, result = facts_of(example_engine, make_raw_item, "", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == ["脚手架倒塌"], result.facts


def test_the_time_of_what_caused_the_event_is_not_its_own(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "受6月26日夜间特大暴雨影响，碗窑乡碗窑村一幢两层老房于27日凌晨1时许整体倒塌，女主人受伤被送往医院。"
    published = datetime(2026, 6, 30, 2, 0, tzinfo=UTC)
    _, result = facts_of(example_engine, make_raw_item, "", text, published)
    assert [f.value for f in by_kind(result.facts, FactKind.WHEN)] == ["6月27日凌晨1时许"], result.facts


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # where people went into the water, told before their drowning
        (
            "昨天傍晚6点多，有三名小学生相约到凤林镇南坞村附近的江山港游泳，其中一名10岁男孩不慎溺水，经抢救无效死亡。",
            "凤林镇南坞村附近的江山港",
        ),
        ("6月30日下午，2名少年到廿八都镇枫溪村枫溪河段游泳，不幸溺亡。", "廿八都镇枫溪村枫溪河段"),
    ],
)
def test_where_people_went_into_the_water(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, where: str
) -> None:
    _, result = facts_of(example_engine, make_raw_item, "", text, PUBLISHED)
    assert by_kind(result.facts, FactKind.WHERE)[0].value == where, result.facts


def test_a_complaint_listing_chores_has_no_such_site(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "单位不认定工伤。员工在上下班路上、买菜做饭、洗澡时受伤的，是否属于工伤？"
    _, result = facts_of(example_engine, make_raw_item, "", text, PUBLISHED)
    assert not [f for f in by_kind(result.facts, FactKind.WHERE) if "、" in f.value], result.facts


@pytest.mark.parametrize(
    ("text", "where", "what", "gathered"),
    [
        # the place they gathered at, then what they came for; who gathered, told in the clause before
        (
            "7月2日上午9时许，约120名业主因不满延期交房，聚集在虎山街道某楼盘售楼部门口拉横幅讨说法。",
            "虎山街道某楼盘售楼部门口",
            "业主聚集拉横幅讨说法",
            "约120人",
        ),
        ("7月2日上午，约40名工人聚集在贺村镇某工地门口讨要工资。", "贺村镇某工地门口", "工人聚集讨要工资", "约40人"),
        ("7月2日上午，约50名村民聚集在贺村镇政府门口。", "贺村镇政府门口", "村民聚集", "约50人"),
    ],
)
def test_a_gatherings_place_without_what_they_came_for_which_tells_what_it_was(
    example_engine: Classifier,
    make_raw_item: Callable[..., RawItem],
    text: str,
    where: str,
    what: str,
    gathered: str,
) -> None:
    _, result = facts_of(example_engine, make_raw_item, "", text, PUBLISHED)
    assert by_kind(result.facts, FactKind.WHERE)[0].value == where, result.facts
    assert by_kind(result.facts, FactKind.WHAT)[0].value == what, result.facts
    assert by_kind(result.facts, FactKind.GATHERED)[0].value == gathered, result.facts


ON_THE_FIRST = datetime(2026, 7, 1, 0, 0, tzinfo=UTC)  # 08:00 in Asia/Shanghai


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # 当天 of a relative day told a sentence before, not of the publication
        (
            "昨天下午突如其来的一场雷雨大风，让不少市民措手不及。记者了解到，当天下午3点40分左右，"
            "鹿溪南路一家超市门口的遮阳棚被大风掀翻，砸伤两名市民。",
            "6月30日下午3点40分左右",
        ),
        # 当天 of the date its incident was told with, inside another sentence
        (
            "6月30日发生在虎山街道某小吃店的燃气爆炸事故已造成1人死亡。据初步调查，事发当天中午11时45分许，"
            "该店店员更换液化气钢瓶时发生泄漏，引发爆炸。",
            "6月30日中午11时45分许",
        ),
        # a finer time of that day, told with 当天 after the headline's
        (
            "6月30日下午，贺村镇一家木业公司厂房发生火灾。据了解，当天14时50分左右，该厂车间内的粉尘突然起火。",
            "6月30日14时50分左右",
        ),
        # the time after a clause of what caused it (not the cause's weather)
        (
            "受昨夜强降雨影响，今天凌晨4点多，大陈乡大陈村后山一处山体突然滑坡，泥石冲进山脚一户村民家。",
            "7月1日凌晨4点多",
        ),
        # the time before the event's word, in its sentence, where nothing else tells when
        ("我二伯前天下午4点多在四都镇山上的茶园采茶，被雷劈了，身上好几处烧伤。", "6月29日下午4点多"),
        # a time told roughly, as when the matter was (点钟)
        (
            "清湖农贸市场边上一家五金店烧起来了，火很大。消防车来了三辆。时间大概是昨天晚上十点钟左右，我家就住对面。",
            "6月30日晚上十点钟左右",
        ),
    ],
)
def test_a_time_of_the_day_told_before_after_a_cause_before_the_events_word_or_roughly(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, when: str
) -> None:
    _, result = facts_of(example_engine, make_raw_item, "", text, ON_THE_FIRST)
    assert by_kind(result.facts, FactKind.WHEN)[0].value == when, result.facts


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("昨晚十点多双塔街道一栋自建房三楼着火，消防来了四五台车，二十来分钟就扑灭了。", ["市消防救援大队"]),
        (
            "今天早上6点20分许，虎山街道一家早餐店内液化气罐突然爆炸。记者7点赶到时，消防、公安、120都已在场。",
            ["市消防救援大队", "市公安局", "市卫生健康局"],
        ),
        ("保安乡保安村一村民烧杂草引发山火，肇事村民已被派出所控制。", ["市公安局"]),
        # a police station named by its place (张村派出所), its staff come with others' (同步到场); firefighters
        # who dug on (经连续…挖掘)
        ("张村乡秀峰村一村民烧杂草引发山火，至今天凌晨明火被扑灭，肇事村民已被张村派出所控制。", ["市公安局"]),
        (
            "虎山街道一居民住宅发生火灾。虎山街道、虎山派出所工作人员同步到场，协助疏散楼内居民30余人。",
            ["虎山街道", "市公安局"],
        ),
        (
            "大陈乡山体滑坡，一对老年夫妇被困。下午5时许，消防救援人员经连续13个多小时挖掘，在废墟中找到女主人。",
            ["市消防救援大队"],
        ),
        (
            "今天一早，坛石镇一辆货车翻到路边田里，镇里干部和消防很快就到了，司机被救护车拉走了。",
            ["坛石镇", "市消防救援大队", "市卫生健康局"],
        ),
        (
            "上余镇一家木材加工厂今天一早出事了，一个工人的右手被卷进去，120直接拉到市人民医院，安监的人也过去了。",
            ["市卫生健康局", "市应急管理局"],
        ),
        # not a fire-safety body a rule names, nor the police of a country ending in 及
        ("某酒楼发生火灾。消防救援机构应当对该场所进行消防安全检查。", []),
        # the event named as what the unit works on, a hunt for whoever fled
        ("昨天一辆货车侧翻。江山交警正在对事故原因作进一步调查。", ["市公安局"]),
        ("一辆摩托车撞倒行人后逃逸。江山交警连夜调取沿线监控，将肇事嫌疑人抓获。", ["市公安局"]),
        # a leak: the highway police closing lanes, firefighters damming it, the environment bureau's people
        (
            "今天清晨，一辆槽罐车追尾前方一辆货车，硫酸往外渗漏。高速交警已封闭两条车道，消防救援人员正用沙土围堵，"
            "生态环境部门的人也到了。",
            ["市公安局", "市消防救援大队", "衢州市生态环境局江山分局"],
        ),
        (
            "一辆电瓶车和拖拉机撞了，骑车的大伯倒在地上。救护车来拉走了，交警也到了在拍照量地。",
            ["市卫生健康局", "市公安局"],
        ),
        (
            "小区电梯从9楼一下子掉到3楼。最后是消防来把门撬开救出来的。市场监管局的人下午来把电梯封了。",
            ["市消防救援大队", "市市场监督管理局"],
        ),
        ("一棵大樟树直接被刮倒，砸在路边一辆小车上。城管晚上来锯树，路封了一个多小时。", ["市综合行政执法局"]),
        # (and the township's cadres: 碗窑水库 is 碗窑乡's)
        (
            "碗窑水库又淹死人了。消防、碗窑派出所还有乡里的干部都来了，找了两个多小时。",
            ["市消防救援大队", "市公安局", "碗窑乡"],
        ),
        ("昨日上午长台镇一辆三轮车侧翻，4人受伤。长台镇和交警部门已对事故开展调查。", ["长台镇", "市公安局"]),
    ],
)
def test_units_responding_as_people_tell_it(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, units: list[str]
) -> None:
    _, result = facts_of(example_engine, make_raw_item, "", text, ON_THE_FIRST)
    assert [f.value for f in by_kind(result.facts, FactKind.UNIT)] == units, result.facts


@pytest.mark.parametrize(
    ("text", "when", "where", "what"),
    [
        # a vehicle that ran someone down, told with 把, where the post's teller passed by; the time told after, as
        # when the matter was
        (
            "刚路过205国道贺村镇路段加油站门口，一辆拉沙子的大货车把一个骑电瓶车的大叔撞了。"
            "今天早上7点40左右的事，交警已经到了。",
            "7月1日早上7点40左右",
            "205国道贺村镇路段加油站门口",
            "拉沙子的大货车把一个骑电瓶车的大叔撞了",
        ),
        # 一早, and 出事了 whose what is told after it (a place told with 那边 or 那个, without it)
        (
            "上余镇那边一家木材加工厂今天一早又出事了。一个工人清理刨板机的时候右手被卷进去。",
            "7月1日一早",
            "上余镇一家木材加工厂",
            "一个工人清理刨板机的时候右手被卷进去",
        ),
        # a fight told as people tell it, at a stall told with the time
        (
            "昨晚11点多凤林镇老街那个夜宵摊，十几个人打起来了，啤酒瓶子满天飞。",
            "6月30日晚上11点多",
            "凤林镇老街夜宵摊",
            "十几个人打起来了",
        ),
        # both parties of a collision, each told with what they carried or why they stood
        (
            "一辆载有二十余名乘客的江山城乡公交车行驶至张村乡某村附近一处弯道时，与对向驶来的一辆水泥罐车发生刮擦，"
            "造成3名乘客受伤。",
            None,
            "张村乡某村附近一处弯道",
            "江山城乡公交车与水泥罐车刮擦",
        ),
        (
            "一辆重型半挂货车行驶至江山段K1108+300处时，与前方一辆因故障停在应急车道的厢式货车发生追尾。",
            None,
            None,
            "重型半挂货车与厢式货车追尾",
        ),
    ],
)
def test_reports_as_people_and_police_tell_them(
    example_engine: Classifier,
    make_raw_item: Callable[..., RawItem],
    text: str,
    when: str | None,
    where: str | None,
    what: str,
) -> None:
    _, result = facts_of(example_engine, make_raw_item, "", text, ON_THE_FIRST)
    if when is not None:
        assert by_kind(result.facts, FactKind.WHEN)[0].value == when, result.facts
    if where is not None:
        assert by_kind(result.facts, FactKind.WHERE)[0].value == where, result.facts
    assert by_kind(result.facts, FactKind.WHAT)[0].value == what, result.facts


def test_no_one_hurt_as_people_say_it(example_engine: Classifier, make_raw_item: Callable[..., RawItem]) -> None:
    for text in ("昨晚双塔街道一栋自建房着火，住户都自己跑出来了，没人受伤。", "电梯从8楼掉到3楼，还好4个人都没受伤。"):
        _, result = facts_of(example_engine, make_raw_item, "", text, ON_THE_FIRST)
        assert by_kind(result.facts, FactKind.NO_CASUALTIES), result.facts
    # a question is no answer
    _, asked = facts_of(example_engine, make_raw_item, "", "昨晚双塔街道一栋自建房着火，有没有人受伤？", ON_THE_FIRST)
    assert not by_kind(asked.facts, FactKind.NO_CASUALTIES), asked.facts


@pytest.mark.parametrize(
    ("text", "where", "what"),
    [
        # a home told by whose it is, after the time
        (
            "昨晚10时左右，石门镇一居民家中，一名女子在浴室洗澡时长时间未出来，家人破门后发现其已昏迷。"
            "经诊断系一氧化碳中毒。",
            "石门镇一居民家中",
            None,
        ),
        (
            "昨天中午，石门镇清漾村一户村民家中办寿宴，不少宾客下午开始陆续上吐下泻，共有23人到医院就诊，疑似食物中毒。",
            "石门镇清漾村一户村民家中",
            None,
        ),
        # what the rain did, not the clause of the rain that caused it
        (
            "受连日强降雨影响，大桥镇某村一幢泥木结构老房于昨天凌晨5时许发生局部倒塌，一名老人被埋。",
            "大桥镇某村一幢泥木结构老房",
            "局部倒塌",
        ),
        # the cause named alone: the event is the cause's name
        ("7月28日以来，受台风“杜苏芮”影响，全省共有15人遇难、4人失踪。", None, "台风“杜苏芮”"),
        # a part of a building told in five characters
        (
            "昨天下午2点半左右，四都镇一处在建厂房的钢结构屋顶突然垮塌，6名工人随之坠落。",
            "四都镇一处在建厂房",
            "钢结构屋顶垮塌",
        ),
        # the building is the site, its part what fell (整体: how, no place)
        ("7月2日中午，城南社区一幢老旧住宅楼的阳台突然整体垮塌。", "城南社区一幢老旧住宅楼", "阳台垮塌"),
        ("7月2日下午，虎山街道一处民房的围墙突然倒塌，砸伤一名路人。", "虎山街道一处民房", "围墙倒塌"),
        # a vehicle over into a ditch, its mishap told after 时: where it was going down, what it went into
        (
            "昨天下午4点多，一辆三轮农用车在上余镇某村村道下坡时操作不当，翻进路边约3米深的水沟，驾驶人被压在车下。",
            "上余镇某村村道",
            "三轮农用车翻进水沟",
        ),
        # a thing of a place a wind blew over: the place is the site
        (
            "昨天下午，虎山街道鹿溪南路一家超市门口的钢架遮阳棚被大风整体掀翻，砸伤两名市民。",
            "虎山街道鹿溪南路一家超市门口",
            "钢架遮阳棚被大风掀翻",
        ),
        # a hillside that slid
        (
            "今天凌晨4点多，大陈乡大陈村后山一处山体突然滑坡，泥石冲进山脚一户村民家，屋里老两口被埋。",
            "大陈乡大陈村后山一处山体",
            "山体滑坡",
        ),
        # the rain first, the landslide it brought a sentence later (the hillside counted is what slid, not the site)
        (
            "6月30日夜间至今天凌晨，我市南部山区普降大暴雨。今天凌晨2时许，廿八都镇浔里村一处山体发生滑坡，房内1名村民被埋。",
            "廿八都镇浔里村",
            "山体滑坡",
        ),
        # what the gathered came for, told in the next clause
        (
            "昨天上午9时许，约60名农民工聚集在上余镇某在建项目工地门口，讨要被拖欠的工资。",
            "上余镇某在建项目工地门口",
            "农民工聚集讨要被拖欠的工资",
        ),
        # the event named after its place
        ("6月30日发生在虎山街道某小吃店的燃气爆炸事故已造成1人死亡、9人受伤。", "虎山街道某小吃店", "燃气爆炸"),
        # an armed attack an alarm tells
        (
            "2026年6月30日23时40分许，江山市公安局接群众报警称，虎山街道某烧烤店内有人因琐事发生争执并持械伤人。",
            "虎山街道某烧烤店内",
            "争执并持械伤人",
        ),
    ],
)
def test_where_and_what_of_a_building_a_home_a_vehicle_over_a_cause_the_rain_or_a_gathering(
    example_engine: Classifier,
    make_raw_item: Callable[..., RawItem],
    text: str,
    where: str | None,
    what: str | None,
) -> None:
    _, result = facts_of(example_engine, make_raw_item, "", text, ON_THE_FIRST)
    if where is not None:
        assert by_kind(result.facts, FactKind.WHERE)[0].value == where, result.facts
    if what is not None:
        assert by_kind(result.facts, FactKind.WHAT)[0].value == what, result.facts


def test_rescuers_digging_out_the_buried_respond(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = (
        "今天凌晨4点多，大陈乡大陈村后山一处山体突然滑坡，屋里老两口被埋。"
        "闻讯赶来的乡村干部、消防救援人员和村民徒手刨挖，两人先后被救出。"
    )
    _, result = facts_of(example_engine, make_raw_item, "", text, ON_THE_FIRST)
    assert [f.value for f in by_kind(result.facts, FactKind.UNIT)] == ["大陈乡", "市消防救援大队"], result.facts


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # a crash into the vehicle ahead (追尾前方: no time before it)
        (
            "今天清晨5点多，G60沪昆高速江山段，一辆装有硫酸的槽罐车追尾前方一辆厢式货车，两车司机均受轻伤。",
            FactKind.WHEN,
            "7月1日清晨5点多",
        ),
        # a headline run into its body, the body telling the event by no verb this reader knows
        (
            "京台高速江山段一槽罐车发生泄漏 昨天上午11时20分许，一辆槽罐车行驶至江山段K1562+500处时，罐体底部阀门松动，"
            "液碱沿路面流淌约50米。",
            FactKind.WHEN,
            "6月30日上午11时20分许",
        ),
        # the place, then the event named after it
        (
            "6月29日晚发生在碗窑乡的面包车翻车事故，死亡人数已升至4人。",
            FactKind.WHERE,
            "碗窑乡",
        ),
    ],
)
def test_a_crash_into_the_one_ahead_a_headline_run_in_and_a_place_before_the_event_named(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, kind: FactKind, value: str
) -> None:
    _, result = facts_of(example_engine, make_raw_item, "", text, ON_THE_FIRST)
    assert by_kind(result.facts, kind)[0].value == value, result.facts


def test_a_fall_down_a_cliff_a_lift_out_of_control_and_another_countys_brigade(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    _, cliff = facts_of(
        example_engine,
        make_raw_item,
        "",
        "昨天上午10时许，一名游客在景区游步道旁拍照时，不慎从护栏缺口处跌落山崖，派出所民警进山搜寻。",
        ON_THE_FIRST,
    )
    assert cliff.event_type is EventType.ACCIDENT and by_kind(cliff.facts, FactKind.WHEN), cliff.facts
    _, lift = facts_of(
        example_engine,
        make_raw_item,
        "",
        "昨晚7点半左右，双塔街道某小区8幢一部电梯在下行时突然失控下坠，轿厢内4名居民受伤。",
        ON_THE_FIRST,
    )
    assert by_kind(lift.facts, FactKind.WHAT)[0].value == "电梯下坠", lift.facts
    # 常山县公安局交警大队 is that county's; 江山市公安局交警大队 ours
    _, there = facts_of(
        example_engine,
        make_raw_item,
        "",
        "昨天一辆货车在常山县境内与轿车相撞，2人受伤。常山县公安局交警大队迅速到场处置。",
        ON_THE_FIRST,
    )
    assert not by_kind(there.facts, FactKind.UNIT), there.facts
    _, here = facts_of(
        example_engine, make_raw_item, "", "昨天一辆货车侧翻，江山市公安局交警大队迅速赶到现场。", ON_THE_FIRST
    )
    assert [f.value for f in by_kind(here.facts, FactKind.UNIT)] == ["市公安局"], here.facts


def test_no_one_hurt_by_what_fell(example_engine: Classifier, make_raw_item: Callable[..., RawItem]) -> None:
    for text in ("峡口街上那栋老泥房子塌了一半，幸好当时没人路过，没伤到人。", "一棵大樟树直接被刮倒，也没砸到路人。"):
        _, result = facts_of(example_engine, make_raw_item, "", text, ON_THE_FIRST)
        assert by_kind(result.facts, FactKind.NO_CASUALTIES), result.facts


@pytest.mark.parametrize(
    ("text", "where"),
    [
        (
            "今天早上7点多在贺村镇耕读村村口那条水泥路上，一辆电瓶车和拖拉机撞了，骑车的大伯倒在地上。",
            "贺村镇耕读村村口水泥路上",
        ),
        ("我二伯前天下午4点多在四都镇山上的茶园采茶，被雷劈了，身上好几处烧伤。", "四都镇山上的茶园"),
        # a place alone in the clause before the event's words
        ("205国道贺村镇路段加油站门口，一辆拉沙子的大货车把一个骑电瓶车的大叔撞了。", "205国道贺村镇路段加油站门口"),
        # a post's topic tags are no place
        (
            "#江山 #着火了 昨晚十点多双塔街道城北社区一栋自建房三楼着火，火苗从窗户往外窜。",
            "双塔街道城北社区一栋自建房三楼",
        ),
    ],
)
def test_where_as_people_tell_it_after_the_time_or_before_the_events_words(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, where: str
) -> None:
    _, result = facts_of(example_engine, make_raw_item, "", text, ON_THE_FIRST)
    assert by_kind(result.facts, FactKind.WHERE)[0].value == where, result.facts


def test_a_time_told_as_since_when_after_the_event(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "大陈村后山着火了，从昨天下午4点多烧到现在还没完全灭，乡里干部、消防都上山了。"
    _, result = facts_of(example_engine, make_raw_item, "", text, ON_THE_FIRST)
    assert by_kind(result.facts, FactKind.WHEN)[0].value == "6月30日下午4点多", result.facts


@pytest.mark.parametrize(
    ("title", "text", "when", "where"),
    [
        (
            "江山经济开发区一企业工人高处坠落身亡",
            "江山新闻网6月30日讯 今天上午10时15分左右，江山经济开发区某门业有限公司3号车间内，一名工人在检修行车时，"
            "不慎从约8米高处坠落，经抢救无效死亡。",
            "6月30日上午10时15分左右",
            "江山经济开发区某门业有限公司3号车间内",
        ),
        (
            "清湖街道一在建项目施工升降机坠落 致1死2伤",
            "衢州日报江山讯（记者 叶青）今天下午4时10分左右，清湖街道清湖村一在建商品房项目工地，一台施工升降机在运送"
            "材料时，吊笼从约20米高处坠落至地面。",
            "6月30日下午4时10分左右",
            "清湖街道清湖村一在建商品房项目工地",
        ),
    ],
)
def test_a_news_reports_dateline_is_neither_when_nor_where(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem], title: str, text: str, when: str, where: str
) -> None:
    """江山新闻网6月30日讯, 衢州日报江山讯（记者 …）: the day the report was filed, not the time of the event."""
    at_night = datetime(2026, 6, 30, 15, 30, tzinfo=UTC)  # 23:30 in Asia/Shanghai
    _, result = facts_of(example_engine, make_raw_item, title, text, at_night)
    assert by_kind(result.facts, FactKind.WHEN)[0].value == when, result.facts
    assert by_kind(result.facts, FactKind.WHERE)[0].value == where, result.facts


def test_someone_found_floating_tells_when_and_where(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "今天早上六点多 有人在城区须江大桥下面发现一个人漂在水里 好像是个老头 派出所的人来了 捞上来人早就没了"
    _, result = facts_of(example_engine, make_raw_item, "", text, datetime(2026, 6, 30, 15, 30, tzinfo=UTC))
    assert by_kind(result.facts, FactKind.WHEN)[0].value == "6月30日早上六点多", result.facts
    assert by_kind(result.facts, FactKind.WHERE)[0].value == "城区须江大桥下面", result.facts


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("三个初中生去水库游泳 一个没上来 派出所和消防的人在捞 到现在还没找到", ["市公安局", "市消防救援大队"]),
        ("有个工人从脚手架上摔下来 工友们喊了120 人拉去衢州抢救了", ["市卫生健康局"]),
        ("电瓶车充电着火了 三楼一个老奶奶被烟呛晕了 消防把人背下来交给120了", ["市消防救援大队", "市卫生健康局"]),
        ("学校门口人太多 挤倒了一排小朋友 一个手骨折了 派出所的民警来维持秩序了", ["市公安局"]),
        ("坛石村一个废品收购站着火了 烧了一堆纸板 消防半个钟头就扑灭了", ["市消防救援大队"]),
        ("两个小孩在村口水塘边玩 掉下去了 捞上来的时候都已经没了 村里人叫了120也没用", ["市卫生健康局"]),
    ],
)
def test_units_as_posts_tell_them_responding(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, units: list[str]
) -> None:
    """Searching the water (在捞), called (喊了120), given someone (交给120), keeping order, how soon."""
    _, result = facts_of(example_engine, make_raw_item, "", text, ON_THE_FIRST)
    assert [f.value for f in by_kind(result.facts, FactKind.UNIT)] == units, result.facts


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("围墙突然向外倒塌，砸中正在路边行走的2名村民。周围群众合力搬开砖块将2人救出，并拨打120。", "市卫生健康局"),
        ("一名游客不慎踩空摔倒，致左腿骨折。消防员将伤者转运下山，交由在山脚等候的120急救车送往医院。", "市卫生健康局"),
        ("山林发生火情。明火于16时50分被扑灭，肇事村民已被廿八都派出所依法控制。", "市公安局"),
        ("大陈村一农户寿宴后46人出现腹泻等症状，大陈乡政府做好患者及家属安抚工作。", "大陈乡"),
        ("化工厂冒黄烟了 不知道漏了啥 十二个人头晕想吐 环保局的人在测空气", "衢州市生态环境局江山分局"),
        (
            "我们廿八都枫溪村后山今天凌晨四点多塌下来一大片把老徐家半边房子埋了老两口都跑出来了莫得事镇里干部连夜就过来了",
            "廿八都镇",
        ),
    ],
)
def test_more_units_as_reports_and_posts_tell_them(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, unit: str
) -> None:
    """Called (拨打120), waiting (在山脚等候的120急救车), holding someone by law (依法控制), comforting the
    families (安抚), testing the air (在测), a township's cadres in a voice message run on (莫得事镇里干部…过来了)."""
    _, result = facts_of(example_engine, make_raw_item, "", text, ON_THE_FIRST)
    assert unit in [f.value for f in by_kind(result.facts, FactKind.UNIT)], result.facts


def test_a_leaks_spot_stopped_later_is_not_what_happened(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = (
        "今天上午11时左右，双塔街道中山路与西山路交叉口附近一处管网改造工地，挖掘机作业时挖断一根中压燃气管道，"
        "大量天然气外泄。接警后，市消防救援大队迅速到场。经约1个半小时抢修，泄漏点于12时40分被封堵。"
    )
    _, result = facts_of(example_engine, make_raw_item, "", text, ON_THE_FIRST)
    (what,) = by_kind(result.facts, FactKind.WHAT)
    assert "封堵" not in what.value and "外泄" in what.value, result.facts


def test_a_home_told_by_whose_it_is_is_part_of_the_site(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "12月6日凌晨3时许，长台镇朝阳村4组一村民自建房发生火灾。镇村干部第一时间赶赴现场组织群众疏散。"
    _, result = facts_of(example_engine, make_raw_item, "", text, ON_THE_FIRST)
    assert by_kind(result.facts, FactKind.WHERE)[0].value == "长台镇朝阳村4组一村民自建房", result.facts


def test_one_counted_rescued_then_hurt_a_leaks_spot_stopped_and_a_report_received(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    """1名 is one person (屋内1名82岁老人被消防员救出，手臂轻微烧伤: one hurt); 封堵泄漏点 is no occurrence;
    a township's government that received the report responds (大桥镇政府接到报告)."""
    text = "石门镇清漾村一民房起火。屋内1名82岁老人被消防员救出，手臂轻微烧伤，由120送往江山市中医院治疗。"
    _, result = facts_of(example_engine, make_raw_item, "", text, ON_THE_FIRST)
    assert by_kind(result.facts, FactKind.MINOR), result.facts
    text = (
        "双塔街道西山路某小区门口道路施工时，一台挖掘机挖断一根中压燃气管道，大量天然气外泄。"
        "燃气公司抢修人员于12时40分封堵泄漏点，下午2时恢复供气。"
    )
    _, result = facts_of(example_engine, make_raw_item, "", text, ON_THE_FIRST)
    assert all("泄漏点" not in f.value for f in by_kind(result.facts, FactKind.WHAT)), result.facts
    text = "大桥镇汇头村村民在后山烧纸引燃周边林地。11时30分，大桥镇政府接到报告，立即组织镇村干部赶赴现场扑救。"
    _, result = facts_of(example_engine, make_raw_item, "", text, ON_THE_FIRST)
    assert "大桥镇" in [f.value for f in by_kind(result.facts, FactKind.UNIT)], result.facts


def test_the_time_someone_was_found_hurt_is_not_when_they_were_hurt(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = (
        "昨天上午10时许，一名来自上海的游客在仙霞关景区游步道旁拍照时，不慎从护栏缺口处跌落山崖。接到报警后，保安派出所"
        "民警和市消防救援大队救援人员进山搜寻，于下午1时许在崖下约20米处找到该游客，其腿部骨折、意识清醒，救援人员将其"
        "用担架抬出后由120送往医院救治。"
    )
    _, result = facts_of(example_engine, make_raw_item, "", text, ON_THE_FIRST)
    assert by_kind(result.facts, FactKind.WHEN)[0].value == "6月30日上午10时许", result.facts
    assert by_kind(result.facts, FactKind.INJURED), result.facts


def test_a_date_before_a_word_opening_with_dian_is_no_dateline(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    """昨天6月30日电动车起火: the 电 of 电动车, not a dateline's 电 (新华社北京12月6日电): the day is the event's."""
    _, result = facts_of(example_engine, make_raw_item, "", "昨天6月30日电动车起火 一个老人被烧伤", ON_THE_FIRST)
    assert by_kind(result.facts, FactKind.WHEN)[0].value == "6月30日", result.facts


def test_a_vehicle_on_its_way_that_caught_fire_told_after_its_driver_in_brackets(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = (
        "2026年12月1日17时30分许，驾驶人周某某（男，51岁）驾驶一辆液化石油气槽罐车沿205国道由北往南行驶至石门镇路段时"
        "突然起火。驾驶人发现后立即停车报警。"
    )
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    # where it had got to, not what befell it there; the vehicle, not its driver's aside
    assert by_kind(result.facts, FactKind.WHERE)[0].value == "205国道石门镇路段"
    assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == ["液化石油气槽罐车起火"]


def test_a_notices_grade_is_no_part_of_its_site(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    _, result = facts_of(classifier_engine, make_raw_item, "", "关于上余镇“12·2”较大爆炸事故的情况通报", PUBLISHED)
    assert next(f.value for f in by_kind(result.facts, FactKind.WHERE)) == "上余镇"


@pytest.mark.parametrize(
    ("text", "where", "what"),
    [
        # a bus's plate and driver in one long aside; the way it was heading between its road and where it turned
        (
            "11月26日7时20分许，江山3路公交车（浙H·F2031D，驾驶人郑某某，男，48岁）沿江滨路由南往北行驶至须江大桥南侧桥头路口"
            "右转时，与一辆由西往东直行的电动自行车发生碰撞，致电动自行车驾驶人徐某（女，35岁）受伤。",
            "江滨路须江大桥南侧桥头路口",
            "江山3路公交车与电动自行车碰撞",
        ),
        # how the driver drove between their name and the vehicle
        (
            "昨日23时10分许，驾驶人黄某某（男，34岁）酒后驾驶浙H·3E519号小型普通客车沿须江路由西往东行驶至清湖街道"
            "清湖大桥东侧路段时，先后与路边停放的3辆小型轿车发生碰撞，造成4车不同程度受损。",
            "须江路清湖街道清湖大桥东侧路段",
            "小型普通客车与小型轿车碰撞",
        ),
    ],
)
def test_a_police_reports_collision_told_with_asides(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, where: str, what: str
) -> None:
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert by_kind(result.facts, FactKind.WHERE)[0].value == where
    assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == [what]


def test_when_what_befell_began_as_posted(classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]) -> None:
    # the time told as when it began, a post's words around it
    text = "石门镇清漾村 村口老祝家的柴房烧起来了 昨天傍晚5点多开始冒烟的 火好大 消防车已经到了"
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHEN)] == ["11月22日傍晚5点多"]


def test_a_notices_title_run_in_by_a_space_leaves_the_site_to_the_body(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = (
        "关于大陈乡“11·22”农家乐燃气爆炸事故的通报 11月22日12时10分左右，大陈乡大陈村一农家乐厨房发生液化石油气爆炸，"
        "造成1人死亡、5人受伤。"
    )
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert by_kind(result.facts, FactKind.WHERE)[0].value == "大陈乡大陈村一农家乐厨房"


def test_an_investigation_of_the_cause_is_not_what_happened(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = (
        "昨天上午11时许，贺村镇一家物流公司仓库内，一辆叉车在倒车时将一名搬运工撞倒，该工人经120急救人员现场抢救无效死亡。"
        "贺村派出所民警随后赶到现场调查，事故原因正在进一步调查中。"
    )
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert not any("原因" in f.value for f in by_kind(result.facts, FactKind.WHAT)), result.facts


def test_minutes_told_in_words_are_part_of_when(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "昨天下午三点四十分左右，一辆城乡公交车在46省道与一辆拖拉机发生碰撞，造成5名乘客受轻伤。"
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHEN)] == ["11月22日下午三点四十分左右"]


def test_an_express_reports_fields_give_where_and_what(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    # the report's kind (突发事件快报) is no occurrence; its 事件发生地点 field is the site
    text = (
        "市应急管理局突发事件快报 一、事件发生时间：11月22日14时20分许 "
        "二、事件发生地点：贺村镇工业园区某纸业有限公司原料仓库 三、事件简要经过：该公司原料仓库内堆放的废纸起火。 "
        "四、伤亡情况：1名叉车司机手部烧伤，无生命危险。"
    )
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert by_kind(result.facts, FactKind.WHERE)[0].value == "贺村镇工业园区某纸业有限公司原料仓库"
    assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == ["废纸起火"], result.facts


@pytest.mark.parametrize(
    ("text", "when", "where", "what"),
    [
        # hikers lost, then kept by the hills
        (
            "前天下午3点多，5名驴友在保安乡浮盖山徒步时迷路，被困山中。保安派出所联合江山市消防救援大队连夜上山搜寻，"
            "昨天凌晨将5人安全带下山。",
            "11月21日下午3点多",
            "保安乡浮盖山",
            "驴友迷路",
        ),
        # tourists kept by a stream that rose
        (
            "昨天上午10时许，3名游客在西山镇一处溪谷内游玩时，因溪水暴涨被困溪中巨石上。消防救援人员架设绳索将3人救出。",
            "11月22日上午10时许",
            "西山镇",
            "被困溪中巨石上",
        ),
        # a tourist stung
        (
            "昨天下午2时许，一名游客在大陈乡大陈村后山游步道上被胡蜂蜇伤，已送医治疗。",
            "11月22日下午2时许",
            "大陈乡大陈村后山游步道",
            "蜇伤",
        ),
    ],
)
def test_hikers_lost_kept_or_stung_have_when_where_and_what(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, when: str, where: str, what: str
) -> None:
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert result.event_type is EventType.ACCIDENT, result.event_type
    assert [f.value for f in by_kind(result.facts, FactKind.WHEN)] == [when], result.facts
    assert by_kind(result.facts, FactKind.WHERE)[0].value == where, result.facts
    assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == [what], result.facts


def test_a_poison_eaten_is_what_happened_when_poisoning_is_unsaid(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    # (had no what: the word of the type, 中毒, is not in the text)
    _, result = facts_of(classifier_engine, make_raw_item, "", "西山镇一家三口误食毒蘑菇 2人死亡", PUBLISHED)
    assert result.event_type is EventType.PUBLIC_HEALTH
    assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == ["西山镇一家三口误食毒蘑菇"], result.facts


@pytest.mark.parametrize(
    ("text", "where", "what"),
    [
        # the other party of a crash after the site is no part of it (had been 兴工路与景星东路交叉口与一辆轿车)
        (
            "昨天上午9时许，一辆货车在西山镇兴工路与景星东路交叉口与一辆轿车发生碰撞，造成1人受伤。",
            "西山镇兴工路与景星东路交叉口",
            None,
        ),
        # an official account's name opening the text is no site (had been 江山发布)
        (
            "江山发布：昨天傍晚5时40分左右，一辆重型货车在西山镇205国道路段与一辆小型客车发生碰撞，造成2人死亡。",
            "西山镇205国道路段",
            None,
        ),
        # what burst or burned as people post it, with 了 (had been 爆炸了, 着火了)
        ("昨天早上6点多 西山镇鹿溪花园11幢7楼一户人家 燃气爆炸了 一个阿姨被烧伤 120拉走了", None, "燃气爆炸"),
        ("昨天傍晚6点左右 西山镇新村小区3幢 楼上有户人家油锅着火了 还好邻居拿灭火器灭了 人没受伤", None, "油锅着火"),
    ],
)
def test_a_crashs_other_party_a_posts_burst_and_an_accounts_name(
    classifier_engine: Classifier,
    make_raw_item: Callable[..., RawItem],
    text: str,
    where: str | None,
    what: str | None,
) -> None:
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    if where is not None:
        assert by_kind(result.facts, FactKind.WHERE)[0].value == where, result.facts
    if what is not None:
        assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == [what], result.facts


@pytest.mark.parametrize(
    "text",
    [
        # a worker's hand caught by a machine, a school bus slid into a ditch, a pupil run down as posted
        "昨天凌晨2时许，西山镇一家塑料制品企业注塑车间，一名夜班操作工伸手进入模具区域取件，右手被合拢的模具夹伤。",
        "昨天早上7点40左右，西山镇秀峰村一段机耕路上，一辆幼儿园校车因路面湿滑滑入路边排水沟，车上幼儿均未受伤。",
        "西山镇中学门口 昨天早上六点五十分左右 一辆面包车把一个骑自行车上学的初二学生撞倒了 额头缝了五针",
    ],
)
def test_mishaps_at_work_and_on_the_road_are_accidents_with_when(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str
) -> None:
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert result.event_type is EventType.ACCIDENT, result.event_type
    (when,) = by_kind(result.facts, FactKind.WHEN)
    assert when.value.startswith("11月22日"), result.facts


def test_a_time_told_last_as_when_it_flared_up(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    # (had been the day alone: 刚刚 gives no hour)
    text = "刚刚西山镇老街一家火锅店后厨着火了 浓烟好大 消防车已经到了 还好人没事 大概早上6点10分左右烧起来的"
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHEN)] == ["11月23日早上6点10分左右"], result.facts


def test_a_slope_that_cracked_or_fell_after_the_rain_is_what_happened(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    # (had been the rain's words, and its time since a day)
    text = (
        "受台风影响，11月20日以来我市普降大到暴雨。昨天上午11时许，西山镇一处高陡边坡出现局部崩塌，"
        "威胁坡下9户村民安全。"
    )
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHEN)] == ["11月22日上午11时许"], result.facts


@pytest.mark.parametrize(
    ("text", "dead", "hurt"),
    [
        # the one hurt died: no one hurt is left
        ("昨天下午，西山镇一处工地发生事故，造成1人受伤，伤者经医院抢救无效死亡。", [1], []),
        ("昨天上午，西山镇一码头的龙门吊突然倒塌，砸中一名工人，该工人经120急救人员抢救无效死亡。", [1], []),
        # (the seriously hurt too, the death naming no one)
        ("昨天下午，西山镇一家化工企业内，一名电工在高处作业时坠落，头部受重伤，经送医抢救无效死亡。", [1], []),
        # some of those hurt died: the living hurt
        ("昨天下午，西山镇境内两车相撞，造成4人受伤，其中1人经抢救无效死亡。", [1], ["3人"]),
        # another, not one of them
        ("昨天下午，西山镇境内两车相撞，造成4人受伤，另有1人经抢救无效死亡。", [1], ["4人"]),
    ],
)
def test_the_hurt_who_died_are_not_also_stated_hurt(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, dead: list[float], hurt: list[str]
) -> None:
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert [f.number for f in by_kind(result.facts, FactKind.DEATHS)] == dead, result.facts
    hurt_now = by_kind(result.facts, FactKind.INJURED) + by_kind(result.facts, FactKind.SERIOUS)
    assert [f.value for f in hurt_now] == hurt, result.facts


@pytest.mark.parametrize(
    ("text", "what"),
    [
        # a worker caught by a machine named (an accident: had been no event type)
        (
            "昨天上午10时许，西山镇某化工有限公司一名工人在检修时被卷入离心机，经抢救无效死亡。",
            "一名工人在检修时被卷入离心机",
        ),
        ("西山镇那个砂场出事了 昨天上午十点多一个工人被传送带卷进去了 手臂伤得很厉害", "一个工人被传送带卷进去了"),
        # a kind of injury at work named
        ("昨天下午，西山镇某物流园区发生一起物体打击事故，一名装卸工被滑落的钢卷砸伤。", "物体打击事故"),
    ],
)
def test_an_accident_at_work_is_typed_and_its_what_leaves_the_site_out(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, what: str
) -> None:
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert result.event_type is EventType.ACCIDENT, result.event_type
    assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == [what], result.facts


def test_a_corrections_words_are_no_part_of_what_happened(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    # (had been 倒塌的时间有误)
    text = "更正说明：本号昨天推送的文章中，西山镇一处老旧民房倒塌的时间有误，应为昨天凌晨5时许。事故造成1人受伤。"
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == ["倒塌"], result.facts


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # (had been 一面约3米高: what fell, its 山墙 taken into what happened)
        (
            "今天上午10时许，凤林镇凤林村一处老宅拆除现场，一面约3米高的山墙突然倒塌，将1名工人压在墙下。",
            "凤林镇凤林村一处老宅拆除现场",
        ),
        # (had been 楼道内: the spot, the place told after the time before it)
        ("今天凌晨2点多，西山镇新华小区5幢，一辆电动自行车在楼道内充电时起火，1人受伤。", "西山镇新华小区5幢楼道内"),
    ],
)
def test_the_place_told_after_the_time_is_the_site_of_what_fell_or_a_spot(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, where: str
) -> None:
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert by_kind(result.facts, FactKind.WHERE)[0].value == where, result.facts


def test_when_told_after_the_event_named_by_its_own_verb(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    # (爆炸发生在…: had been no when, and what had been 爆炸事故发生在11月22日晚上7点半左右)
    text = (
        "记者从市消防救援大队获悉，一起燃气爆炸事故发生在11月22日晚上7点半左右，地点位于西山镇西山街一家五金店。"
        "事故造成1名男子受伤。"
    )
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert by_kind(result.facts, FactKind.WHEN)[0].value == "11月22日晚上7点半左右", result.facts
    assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == ["燃气爆炸事故"], result.facts


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # (had been the day only: the hour told last, as people post it)
        ("刚路过西山镇那段山路 山体塌方了 一辆面包车被埋了 司机救出来了 听说是上午八点多塌的", "11月23日上午八点多"),
        ("西山镇老街一间老房子塌了半边 还好里面没人 消防都来了 说是凌晨4点多塌掉的", "11月23日凌晨4点多"),
    ],
)
def test_a_time_told_last_as_when_it_fell(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, when: str
) -> None:
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert by_kind(result.facts, FactKind.WHEN)[0].value == when, result.facts


def test_an_emergency_number_before_a_space_is_no_count_of_the_hurt(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    # (had been 120 injured: 叫了120 人… read as 120人)
    text = "西山镇那条机耕路 今天早上路基塌了 一辆三轮车掉下去了 村里人叫了120 人腿骨折了"
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert all("120" not in f.value for f in by_kind(result.facts, FactKind.INJURED)), result.facts


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # (a cause between the time and the site: had been no site, or the cause 因路面湿滑 as the site)
        (
            "11月23日上午10时许，受雨雪冰冻天气影响，在G3京台高速江山收费站出口匝道，因路面湿滑，接连有6辆小型汽车发生追尾。",
            "G3京台高速江山收费站出口匝道",
        ),
        # (a road's spot, then its cause: had been the township a responding unit named)
        (
            "11月23日7时20分左右，G3京台高速江山段K1571处因团雾导致能见度不足30米，先后有12辆车发生连环追尾，"
            "造成1人死亡、5人受伤。事故发生后，市应急管理局及西山镇第一时间赶赴现场。",
            "G3京台高速江山段K1571处",
        ),
    ],
)
def test_a_road_site_before_or_after_a_cause(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, where: str
) -> None:
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert by_kind(result.facts, FactKind.WHERE)[0].value == where, result.facts


def test_when_told_after_an_event_named_by_its_cause(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    # (引发 before 发生在: had been no when, and what had been 的火灾)
    text = "一起电动自行车充电引发的火灾发生在11月22日晚上8点半左右，地点位于西山镇一户村民自建房的一楼客厅。"
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert by_kind(result.facts, FactKind.WHEN)[0].value == "11月22日晚上8点半左右", result.facts
    assert not by_kind(result.facts, FactKind.WHAT)[0].value.startswith("的"), result.facts


def test_those_the_ambulance_took_counted_first_are_hurt(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    # (had been no one hurt)
    text = (
        "刚刚，西山镇一栋群租房的三楼走廊里电瓶车起火了，整层楼都是烟。"
        "消防、120都已在场，已经救下来好几个人，有两个被120拉走了。"
    )
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.INJURED)] == ["2人"], result.facts


@pytest.mark.parametrize(
    ("text", "what"),
    [
        # (a work injury told with no word of an emergency: had been no what)
        (
            "今天下午2点多，西山镇一家饲料厂内，一名50多岁的男子被搅拌叶片绞伤，双腿多处骨折。伤者已被送往医院抢救。",
            "一名50多岁的男子被搅拌叶片绞伤",
        ),
        # (who and what they were doing, then the harm)
        (
            "今天上午10时许，西山镇一家木材加工厂一名工人在操作圆盘锯时，左手3根手指被锯断。伤者已被送往医院。",
            "一名工人在操作圆盘锯时左手3根手指被锯断",
        ),
        # (what befell them, not the result after it)
        (
            "西山镇一家电子厂车间内，一名女工在更换焊锡时被熔化的锡液溅到脸部，造成二度烫伤，现已在医院治疗。",
            "一名女工在更换焊锡时被熔化的锡液溅到脸部",
        ),
    ],
)
def test_what_befell_someone_where_no_event_word_names_it(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, what: str
) -> None:
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == [what], result.facts


def test_a_police_report_of_someone_found_in_the_water(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = (
        "11月22日16时20分许，江山市公安局接群众报警称，西山镇西山水库大坝附近有一名男子落水。当日18时40分许，"
        "落水男子被打捞上岸，经120医护人员确认已无生命体征。经初步调查，该男子（男，46岁，西山镇人）系独自在"
        "水库边钓鱼时不慎落水。"
    )
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    # the alarm's time, not when he was brought out (had been 18时40分许)
    assert by_kind(result.facts, FactKind.WHEN)[0].value == "11月22日16时20分许", result.facts
    # who he is in brackets is no site (had been 该男子（男，46岁，西山镇人）系独自)
    assert all("（" not in f.value for f in by_kind(result.facts, FactKind.WHERE)), result.facts


def test_a_crash_named_by_its_kind_is_told_by_the_next_sentence(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    # (had been 交通事故)
    text = (
        "11月22日傍晚，205国道西山镇路段发生一起交通事故。当晚6时15分许，一辆小型轿车与前方同向行驶的一辆"
        "电动三轮车发生追尾碰撞，三轮车上2人受伤，被120送往医院救治。"
    )
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert "追尾" in by_kind(result.facts, FactKind.WHAT)[0].value, result.facts


@pytest.mark.parametrize(
    "text",
    [
        # (had been no one hurt)
        "西山镇一栋居民楼着火了 有个小孩被烟呛到了 120已经送到市人民医院了",
        "西山镇一家烧烤店门口的液化气罐着火了 老板手上烫了好几个泡 消防都来了",
    ],
)
def test_one_hurt_by_a_fire_as_posted(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str
) -> None:
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.INJURED)] == ["至少1人"], result.facts


@pytest.mark.parametrize(
    "text",
    [
        "突发事件信息快报 一、事件名称：西山镇某纺织有限公司锅炉爆炸事故 二、事件发生时间：2024年11月22日15时10分许 "
        "三、事件发生地点：西山镇某纺织有限公司锅炉房 四、伤亡情况：造成1人死亡、2人受伤",
        # (the time alone as the field's name)
        "市应急管理局突发事件信息快报：时间：2024年11月22日15时10分许；地点：西山镇桃园村；事件：受持续强降雨影响，"
        "桃园村后山沟发生泥石流，冲毁民房2间，造成1人死亡。",
    ],
)
def test_a_report_forms_time_field(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str
) -> None:
    # (had been no time: the form's field names no verb this reader knows)
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHEN)] == ["2024年11月22日15时10分许"], result.facts


def test_a_clock_time_posted_after_the_occurrence(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    # (had been the day alone, from 刚刚)
    text = "西山镇桃园村的鞭炮厂刚刚爆炸了 今天早上7点40左右 轰的一声 听说有两个工人受伤了"
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHEN)] == ["11月23日早上7点40左右"], result.facts


def test_a_bus_told_by_its_route_and_one_crossing_the_road(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    # (its route before its name: had been 西山开侧翻)
    text = (
        "11月22日14时许，一辆载有30名乘客的西山开往东岭的城乡公交车沿205国道行驶至西山镇桃园村路段时侧翻，造成6人受伤。"
    )
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == ["城乡公交车侧翻"], result.facts
    # (an old woman crossing the road is no site: had been 一个老太太过马路)
    text = "西山镇桃园村村口那个205国道路口 一个老太太过马路被一辆小车撞了 人当场就没了 交警来了"
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert all("马路" not in f.value for f in by_kind(result.facts, FactKind.WHERE)), result.facts


def test_the_time_a_post_opens_with(classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]) -> None:
    # (a post's time first, before a space: had been no time)
    text = "昨晚9点多 西山镇那个大水塘边上 有个钓鱼的大叔滑下去了 今天早上捞上来 人已经没了"
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHEN)] == ["11月22日晚上9点多"], result.facts


@pytest.mark.parametrize(
    ("text", "what"),
    [
        # (a firm counted by 一家, or someone's by 家: had been 着火了 alone)
        ("西山镇工业园一家塑料厂着火了 烟好大 消防车来了好几辆", "塑料厂着火了"),
        ("西山镇桃园村村口老王家柴房着火了 火好大 消防来了", "柴房着火了"),
        # (what collapsed, after the site: had been 塌方了 alone)
        ("西山镇水电站工地的引水隧洞塌方了 听说有两个人被埋在里面", "引水隧洞塌方了"),
        # (家 of a word is no one's: 家具厂, not 具厂)
        ("昨晚西山镇那个家具厂着火了 仓库全烧没了", "着火了"),
    ],
)
def test_what_burned_or_fell_told_before_a_bare_verb(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, what: str
) -> None:
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHAT)] == [what], result.facts


def test_a_notices_tags_and_label_before_its_time(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    # (had been no time, and 事故通报 as what happened)
    text = (
        "#西山交警# 【事故通报】11月22日6时45分许，一辆重型厢式货车沿西山大道行驶至兴工路交叉口右转时，将一名步行"
        "横过人行横道的行人撞倒，造成该行人当场死亡。"
    )
    _, result = facts_of(classifier_engine, make_raw_item, "", text, PUBLISHED)
    assert [f.value for f in by_kind(result.facts, FactKind.WHEN)] == ["11月22日6时45分许"], result.facts
    assert all("通报" not in f.value for f in by_kind(result.facts, FactKind.WHAT)), result.facts
