"""Routing rules: order, 属地管理 (@township), scope, a broken rule, validation against units."""

from __future__ import annotations

from pathlib import Path

import pytest

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


def test_a_broken_rule_is_reported_and_skipped() -> None:
    table = RoutingTable(
        rules=(
            RoutingRule(name="坏规则", when=Conditions(pattern="停电("), lead="gongdian"),
            RoutingRule(
                name="来源", when=Conditions(sources=("hotline",), source_tiers=(SourceTier.HOTLINE,)), lead="renshe"
            ),
            RoutingRule(name="默认", lead="fuban"),
        )
    )
    d = Router(table).route(RouteInput(text="停电了", topic="x", source_id="hotline", source_tier=SourceTier.HOTLINE))
    assert d.lead == "renshe" and d.rule == "来源"
    assert len(d.errors) == 1 and "坏规则" in d.errors[0]


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
