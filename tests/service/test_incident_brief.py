"""The 简要信息 draft's sentence on casualties and loss, from an event's merged facts."""

from __future__ import annotations

from datetime import UTC, datetime

from models.db import Event
from models.facts import EventFacts, Fact, FactKind, SourcedFact
from service.reports.incident_brief import draft_text

NOW = datetime(2024, 11, 23, 2, 0, tzinfo=UTC)  # 10:00 in Asia/Shanghai


def sourced(*facts: Fact) -> tuple[SourcedFact, ...]:
    return tuple(SourcedFact(fact=f, item_id="item1", item_title="条目", published_at=NOW) for f in facts)


def casualty_line(facts: EventFacts) -> str:
    lines = draft_text(Event(grade=None, lead_unit=None), facts, {}, NOW).split("\n")
    return next(line for line in lines if line.startswith("截至"))


def test_the_draft_writes_the_place_once_when_the_event_is_named_with_it() -> None:
    when = Fact(kind=FactKind.WHEN, value="11月22日下午3点左右")
    where = Fact(kind=FactKind.WHERE, value="西山水库")

    def opening(what: str) -> tuple[str, str]:
        facts = EventFacts(
            when=sourced(when)[0], where=sourced(where), what=sourced(Fact(kind=FactKind.WHAT, value=what))[0]
        )
        lines = draft_text(Event(grade=None, lead_unit=None), facts, {}, NOW).split("\n")
        return lines[0], lines[2]

    assert opening("西山水库一渔船翻沉") == (
        "关于西山水库一渔船翻沉的简要信息",
        "11月22日下午3点左右，西山水库一渔船翻沉。",
    )
    assert opening("渔船翻沉") == ("关于西山水库渔船翻沉的简要信息", "11月22日下午3点左右，西山水库发生渔船翻沉。")


def test_the_draft_states_no_casualties_as_reported() -> None:
    spared = Fact(kind=FactKind.NO_CASUALTIES, value="未造成人员伤亡", quote="未造成人员伤亡")
    loss = Fact(kind=FactKind.LOSS, value="50万元", number=5e5)
    line = casualty_line(EventFacts(figures=sourced(spared, loss)))
    assert line == "截至2024年11月23日10时00分，据报未造成人员伤亡，直接经济损失50万元（以核实为准）。"


def test_the_draft_states_the_figures_or_asks_for_them() -> None:
    deaths = Fact(kind=FactKind.DEATHS, value="3人", number=3)
    line = casualty_line(EventFacts(figures=sourced(deaths)))
    assert line == "截至2024年11月23日10时00分，事件已造成3人死亡（数字以核实为准）。"
    assert casualty_line(EventFacts()) == "截至2024年11月23日10时00分，人员伤亡和财产损失情况〔待核实〕。"


def test_the_draft_states_a_forest_fires_areas() -> None:
    spared = Fact(kind=FactKind.NO_CASUALTIES, value="无人员伤亡", quote="无人员伤亡")
    forest = Fact(kind=FactKind.FOREST_AREA, value="约80公顷", number=80)
    burned = Fact(kind=FactKind.BURNED_AREA, value="约150公顷", number=150)
    line = casualty_line(EventFacts(figures=sourced(spared, forest, burned)))
    assert line == "截至2024年11月23日10时00分，据报无人员伤亡，受害森林面积约80公顷，过火面积约150公顷（以核实为准）。"


def test_the_draft_states_who_is_still_trapped() -> None:
    def draft(trapped: Fact) -> list[str]:
        return draft_text(Event(grade=None, lead_unit=None), EventFacts(figures=sourced(trapped)), {}, NOW).split("\n")

    assert "目前仍有12人被困，搜救正在进行（以核实为准）。" in draft(
        Fact(kind=FactKind.TRAPPED, value="12人", number=12)
    )
    assert "被困人员已全部脱困（以核实为准）。" in draft(Fact(kind=FactKind.TRAPPED, value="已全部脱困", number=0))


def test_the_draft_states_the_people_evacuated() -> None:
    moved = Fact(kind=FactKind.EVACUATED, value="6000余人", number=6000, bound="at_least")
    lines = draft_text(Event(grade=None, lead_unit=None), EventFacts(figures=sourced(moved)), {}, NOW).split("\n")
    assert "已疏散、转移群众6000余人（以核实为准）。" in lines


def test_the_draft_states_the_people_taken_to_hospital() -> None:
    taken = Fact(kind=FactKind.HOSPITALIZED, value="5人", number=5)
    lines = draft_text(Event(grade=None, lead_unit=None), EventFacts(figures=sourced(taken)), {}, NOW).split("\n")
    assert "5人送医（以核实为准）。" in lines
    dead = Fact(kind=FactKind.DEATHS, value="1人", number=1)
    both = EventFacts(figures=(*sourced(dead), *sourced(taken)))
    lines = draft_text(Event(grade=None, lead_unit=None), both, {}, NOW).split("\n")
    assert "另有5人送医（以核实为准）。" in lines


def test_the_draft_states_an_outbreaks_cases() -> None:
    cases = Fact(kind=FactKind.CASES, value="12例", number=12)
    lines = draft_text(Event(grade=None, lead_unit=None), EventFacts(figures=sourced(cases)), {}, NOW).split("\n")
    assert "已报告病例12例（以核实为准）。" in lines


def test_the_draft_states_the_people_a_food_poisoning_struck() -> None:
    poisoned = Fact(kind=FactKind.POISONED, value="37人", number=37)
    line = casualty_line(EventFacts(figures=sourced(poisoned)))
    assert line == "截至2024年11月23日10时00分，事件已造成37人中毒（发病）（数字以核实为准）。"


def test_the_draft_asks_to_review_a_grade_proposed_before_a_correction() -> None:
    """死亡人数由11人核减为9人: the event was proposed 重大 on the 11; the draft says the figure was corrected."""

    def grade_line(deaths: Fact) -> str:
        text = draft_text(Event(grade="major", lead_unit=None), EventFacts(figures=sourced(deaths)), {}, NOW)
        return next(line for line in text.split("\n") if line.startswith("事件等级"))

    revised = Fact(kind=FactKind.DEATHS, value="9人", number=9, revised=True)
    assert grade_line(revised) == "事件等级初判为重大；据最新通报，死亡9人（经核减），等级请据此复核，以最终核定为准。"
    assert grade_line(Fact(kind=FactKind.DEATHS, value="11人", number=11)) == "事件等级初判为重大，以最终核定为准。"


def test_the_draft_states_the_people_a_gathering_brought_together() -> None:
    crowd = Fact(kind=FactKind.GATHERED, value="约200人", number=200, bound="about")
    lines = draft_text(Event(grade=None, lead_unit=None), EventFacts(figures=sourced(crowd)), {}, NOW).split("\n")
    assert "现场聚集人员约200人（以核实为准）。" in lines
