"""The whole classification of items: topic, sentiment, event type, grade, places, routing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from classifier.engine import Classifier
from models.enums import EventType, IncidentGrade, SourceTier
from models.messages import RawItem


def test_batch_classification(classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]) -> None:
    items = [
        make_raw_item(title="西山镇桃园村工地拖欠工资", text="老板拖欠农民工工资半年，多次讨薪没人管"),
        make_raw_item(
            title="东城街道一厂房坍塌",
            text="今天东城街道一厂房发生坍塌事故，造成3人死亡，十二人受伤",
            copies=12,
            source_tier=SourceTier.MAINSTREAM,
        ),
        make_raw_item(title="孩子入学报名被拒", text="学区已满，孩子要去很远的学校", source_tier=SourceTier.HOTLINE),
    ]
    wages, collapse, school = classifier_engine.classify(items)

    assert wages.topic == "laodong" and wages.topic_label == "劳动和社会保障"
    assert wages.negative and "拖欠" in wages.sentiment_terms
    assert wages.places == ("西山镇", "桃园村")
    assert (wages.lead_unit, wages.co_units, wages.routing_rule) == ("renshe", ("xishan",), "劳动")
    assert wages.grade is None

    assert collapse.event_type is EventType.ACCIDENT and collapse.grade is IncidentGrade.LARGE
    assert any("死亡3人" in r for r in collapse.grade_reasons)
    assert any("转载" in r for r in collapse.grade_reasons)
    assert (collapse.lead_unit, collapse.co_units) == ("yingji", ("xiaofang", "dongcheng"))
    assert collapse.urgency > wages.urgency > 0

    assert school.topic == "jiaoyu" and school.lead_unit == "jiaoyu" and not school.places
    assert all(c.model_version == classifier_engine.model.version for c in (wages, collapse, school))


def test_empty_batch(classifier_engine: Classifier) -> None:
    assert classifier_engine.classify([]) == []


def test_source_default_unit_replaces_only_the_default_rule(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    from dataclasses import replace

    from classifier.routing import Conditions, Router, RoutingRule, RoutingTable

    table = RoutingTable(
        rules=(
            RoutingRule(name="教育", when=Conditions(keywords_any=("入学",)), lead="jiaoyu"),
            RoutingRule(name="默认", lead="fuban"),
        )
    )
    engine = replace(classifier_engine, router=Router(table))
    other, school, plain = engine.classify(
        [
            make_raw_item(title="天气", text="今天天气不错", default_unit="renshe"),
            make_raw_item(title="入学报名", text="孩子小学入学报名被拒", default_unit="renshe"),
            make_raw_item(title="天气", text="今天天气不错"),
        ]
    )
    assert other.lead_unit == "renshe" and other.routing_rule == "默认（来源默认单位）"
    assert (school.lead_unit, school.routing_rule) == ("jiaoyu", "教育")  # a specific rule wins
    assert (plain.lead_unit, plain.routing_rule) == ("fuban", "默认")


def test_loading_refuses_a_taxonomy_without_a_topic_for_a_model_label(tmp_path: Path) -> None:
    """A taxonomy file that lost a topic the model predicts would have the classifier store a topic
    no rule, name or statistic knows: the stage refuses to start and says which label and what to do."""
    import shutil

    import pytest

    from classifier.engine import load_classifier
    from yuqing.errors import ConfigError
    from yuqing.settings import EXAMPLE_JURISDICTION

    target = tmp_path / "jurisdiction"
    shutil.copytree(EXAMPLE_JURISDICTION, target)
    taxonomy = target / "taxonomy.yaml"
    lines = taxonomy.read_text(encoding="utf-8").splitlines(keepends=True)
    taxonomy.write_text("".join(line for line in lines if "id: huanbao" not in line), encoding="utf-8")
    with pytest.raises(ConfigError, match=r"huanbao.*retrain"):
        load_classifier(target)
    # kept as an alias of another topic, the label still names one
    taxonomy.write_text(
        "".join(lines).replace(
            "{id: huanbao, label: 环境保护, aliases: [生态环境]}",
            "{id: shengtai, label: 环境保护, aliases: [生态环境, huanbao]}",
        ),
        encoding="utf-8",
    )
    assert load_classifier(target).taxonomy.resolve("huanbao") == "shengtai"


def test_the_example_table_gives_a_road_accident_to_the_traffic_police_and_a_car_fire_to_the_fire_brigade(
    make_raw_item: Callable[..., RawItem],
) -> None:
    from classifier.engine import load_classifier
    from yuqing.settings import EXAMPLE_JURISDICTION

    crash, fire, serious = load_classifier(EXAMPLE_JURISDICTION).classify(
        [
            make_raw_item(title="两车相撞", text="今天凌晨，城南大道路口一辆出租车与一辆渣土车相撞，1人受伤。"),
            make_raw_item(title="电动汽车自燃", text="昨晚，一小区地下车库内一辆电动汽车自燃，火势迅速蔓延。"),
            make_raw_item(title="两车相撞致3死", text="今天凌晨，一辆货车与一辆客车相撞，造成3人死亡。"),
        ]
    )
    assert (crash.lead_unit, crash.routing_rule) == ("gongan", "道路交通事故")
    assert "jiaotong" in crash.co_units
    assert (fire.lead_unit, fire.routing_rule) == ("xiaofang", "火灾")
    assert (serious.lead_unit, serious.routing_rule) == ("yingji", "较大以上事故灾难")


def test_a_pedestrian_hit_and_a_vehicle_off_the_road_are_road_accidents(make_raw_item: Callable[..., RawItem]) -> None:
    """No 车祸 or 相撞 named: a person hit by a car, a car into a ravine or off the road is still a
    road accident, typed so and given to the traffic police."""
    from classifier.engine import load_classifier
    from yuqing.settings import EXAMPLE_JURISDICTION

    items = load_classifier(EXAMPLE_JURISDICTION).classify(
        [
            make_raw_item(title="11岁少年被车撞飞10米身亡", text=""),
            make_raw_item(title="一辆面包车坠入山沟", text="今天上午，一辆面包车在山区公路坠入山沟，司机受伤。"),
            make_raw_item(title="轿车冲出路面", text="昨晚一辆轿车冲出路面翻入农田，车上2人受轻伤。"),
        ]
    )
    for c in items:
        assert (c.event_type, c.lead_unit, c.routing_rule) == (EventType.ACCIDENT, "gongan", "道路交通事故"), c
