"""Merging an event's facts: the most precise time, the most specific places, the latest figures."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from models.facts import Fact, FactKind, ItemFacts, merge_facts

T0 = datetime(2024, 11, 23, 1, 0, tzinfo=UTC)


def item(n: int, *facts: Fact) -> ItemFacts:
    return ItemFacts(item_id=f"item{n}", title=f"条目{n}", published_at=T0 + timedelta(hours=n), facts=facts)


def test_merge_rules() -> None:
    merged = merge_facts(
        [
            item(
                2,
                Fact(kind=FactKind.DEATHS, value="4人", number=4, update=True),
                Fact(kind=FactKind.WHEN, value="凌晨2时许", precision=3),
            ),
            item(
                0,
                Fact(kind=FactKind.WHEN, value="今天凌晨", precision=2),
                Fact(kind=FactKind.DEATHS, value="3人", number=3),
            ),
            item(
                1,
                Fact(kind=FactKind.WHERE, value="西山镇", precision=1),
                Fact(kind=FactKind.WHERE, value="西山镇化工厂仓库", precision=3),
            ),
            item(
                3,
                Fact(kind=FactKind.DEATHS, value="4人", number=4),
                Fact(kind=FactKind.UNIT, value="市应急管理局", unit_id="yingji"),
            ),
            item(
                4,
                Fact(kind=FactKind.UNIT, value="市应急管理局", unit_id="yingji"),
                Fact(kind=FactKind.WHAT, value="火灾"),
            ),
        ]
    )
    assert merged.when is not None and (merged.when.fact.value, merged.when.item_id) == ("凌晨2时许", "item2")
    assert [w.fact.value for w in merged.where] == ["西山镇化工厂仓库", "西山镇"]
    deaths = merged.figure(FactKind.DEATHS)
    assert deaths is not None and (deaths.fact.number, deaths.item_id) == (4, "item3")  # a tie: the latest item
    assert [(u.fact.unit_id, u.item_id) for u in merged.units] == [("yingji", "item3")]
    assert merged.what is not None and merged.what.item_id == "item4"
    assert not merged.empty and merge_facts([]).empty


def test_no_casualties_stands_only_where_no_item_states_a_casualty_figure() -> None:
    spared = Fact(kind=FactKind.NO_CASUALTIES, value="未造成人员伤亡", quote="未造成人员伤亡")
    loss = Fact(kind=FactKind.LOSS, value="50万元", number=5e5)
    alone = merge_facts([item(0, spared), item(1, loss)])
    assert [f.fact.kind for f in alone.figures] == [FactKind.NO_CASUALTIES, FactKind.LOSS]
    assert alone.figure(FactKind.NO_CASUALTIES) is not None and alone.figure(FactKind.NO_CASUALTIES).item_id == "item0"
    # a later item finds one hurt after all (or an earlier one had): the figure stands, not the denial
    hurt = Fact(kind=FactKind.INJURED, value="1人", number=1)
    for merged in (merge_facts([item(0, spared), item(1, hurt)]), merge_facts([item(0, hurt), item(1, spared)])):
        assert [f.fact.kind for f in merged.figures] == [FactKind.INJURED]


def test_the_people_trapped_are_the_latest_statement() -> None:
    first = Fact(kind=FactKind.TRAPPED, value="22人", number=22)
    later = Fact(kind=FactKind.TRAPPED, value="12人", number=12)
    out = Fact(kind=FactKind.TRAPPED, value="已全部脱困", number=0)
    # items arrive in any order; they fall as people are brought out, so the largest is not the latest
    merged = merge_facts([item(2, out), item(0, first), item(1, later)])
    trapped = merged.figure(FactKind.TRAPPED)
    assert trapped is not None and (trapped.fact.value, trapped.item_id) == ("已全部脱困", "item2")
    merged = merge_facts([item(1, later), item(0, first)])
    trapped = merged.figure(FactKind.TRAPPED)
    assert trapped is not None and trapped.fact.number == 12


def test_a_correction_stands_over_the_larger_figures_of_earlier_items() -> None:
    early = Fact(kind=FactKind.DEATHS, value="11人", number=11)
    corrected = Fact(kind=FactKind.DEATHS, value="9人", number=9, update=True, revised=True)
    merged = merge_facts([item(0, early), item(1, corrected)])
    deaths = merged.figure(FactKind.DEATHS)
    assert deaths is not None and (deaths.fact.number, deaths.item_id) == (9, "item1")
    # a rise after the correction counts again
    risen = Fact(kind=FactKind.DEATHS, value="10人", number=10, update=True)
    merged = merge_facts([item(0, early), item(1, corrected), item(2, risen)])
    deaths = merged.figure(FactKind.DEATHS)
    assert deaths is not None and (deaths.fact.number, deaths.item_id) == (10, "item2")
