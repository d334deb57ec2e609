"""Facts for the 5-hour 简要信息: what one item states about its incident, and an event's facts.

The classifier reads :class:`Fact` s from each item of an emergency (when it happened, where, what,
casualties and loss, the units named as responding) and ships them in the item's
``Classification.facts``; each fact keeps the words it was read from. :func:`merge_facts` turns
the facts of an event's items into :class:`EventFacts`, every fact linked to the item it came from
(pure: the service calls it on stored items, no stage is imported).

Merging rules: the occurrence time is the most precise one stated (clock time over a part of day
over a date), from the earliest item stating it; places are listed most specific first
(site or road, then village, then township); the event is named as the earliest item names it;
each casualty or loss figure is the largest stated (tolls rise; on a tie the latest item's) since the latest
correction (``死亡人数由11人核减为9人``: an earlier item's 11 no longer stands), the
people still trapped the latest statement (they fall as they are brought out, to none), and a
statement of no casualties (``无人员伤亡``) stands only where no item states a casualty figure;
responding units are listed in the order items first name them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from models.timeutil import ensure_aware

AwareDatetime = Annotated[datetime, AfterValidator(ensure_aware)]


class FactKind(StrEnum):
    WHEN = "when"
    WHERE = "where"
    WHAT = "what"
    DEATHS = "deaths"
    MISSING = "missing"
    SERIOUS = "serious"
    INJURED = "injured"
    MINOR = "minor"
    POISONED = "poisoned"
    TRAPPED = "trapped"
    EVACUATED = "evacuated"
    GATHERED = "gathered"
    HOSPITALIZED = "hospitalized"
    CASES = "cases"
    LOSS = "loss"
    FOREST_AREA = "forest_area"
    BURNED_AREA = "burned_area"
    NO_CASUALTIES = "no_casualties"
    UNIT = "unit"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    FactKind.WHEN: "发生时间",
    FactKind.WHERE: "发生地点",
    FactKind.WHAT: "事件",
    FactKind.DEATHS: "死亡",
    FactKind.MISSING: "失踪/失联",
    FactKind.SERIOUS: "重伤",
    FactKind.INJURED: "受伤",
    FactKind.MINOR: "轻伤",
    FactKind.POISONED: "中毒（发病）",
    FactKind.TRAPPED: "被困",
    FactKind.EVACUATED: "疏散转移",
    FactKind.GATHERED: "聚集人数",
    FactKind.HOSPITALIZED: "送医",
    FactKind.CASES: "病例",
    FactKind.LOSS: "直接经济损失",
    FactKind.FOREST_AREA: "受害森林面积",
    FactKind.BURNED_AREA: "过火面积",
    FactKind.NO_CASUALTIES: "人员伤亡",
    FactKind.UNIT: "处置单位",
}
PEOPLE = (FactKind.DEATHS, FactKind.MISSING, FactKind.SERIOUS, FactKind.INJURED, FactKind.MINOR, FactKind.POISONED)
"""The figures of people hurt or missing (a food poisoning's: those it struck)."""
FIGURES = (
    *PEOPLE,
    FactKind.NO_CASUALTIES,
    FactKind.TRAPPED,
    FactKind.GATHERED,
    FactKind.EVACUATED,
    FactKind.HOSPITALIZED,
    FactKind.CASES,
    FactKind.LOSS,
    FactKind.FOREST_AREA,
    FactKind.BURNED_AREA,
)
"""The figures of an event, in the order they are shown; :attr:`FactKind.NO_CASUALTIES` (``无人员伤亡``, as
the text words it) stands only where no item states a figure of :data:`PEOPLE`, and
:attr:`FactKind.TRAPPED` is the latest statement (0: everyone is out)."""
LATEST = (FactKind.TRAPPED,)
"""Figures that fall as well as rise: the latest item's statement stands, not the largest."""


class Fact(BaseModel):
    """One fact as an item states it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: FactKind
    value: str = Field(max_length=200)
    """As shown to people: ``11月22日下午3时许``, ``205国道峡口镇路段``, ``3人``, ``1200万元``, a unit's name."""
    quote: str = Field(default="", max_length=300)
    """The words it was read from."""
    number: float | None = None
    """Casualties in people, loss in 元, a forest fire's areas in 公顷."""
    bound: str = "exact"
    """``exact``, ``at_least`` (余/多/以上) or ``about`` (约/近) for figures."""
    update: bool = False
    """A figure stated as a rise (升至, 增至 …)."""
    revised: bool = False
    """A figure stated as a correction (核减为, 调整为, 更正为 …): it stands over the larger figures of
    earlier items."""
    at: AwareDatetime | None = None
    """The occurrence time, resolved against the item's publication time, when ``kind`` is ``when``."""
    precision: int = 0
    """``when``: 1 date, 2 part of day, 3 clock time; ``where``: 1 township, 2 village or named place, 3 site."""
    unit_id: str | None = None
    """The unit directory's id, when ``kind`` is ``unit``."""


class SourcedFact(BaseModel):
    """A fact of an event with the item it came from."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    fact: Fact
    item_id: str
    item_title: str
    published_at: AwareDatetime


class EventFacts(BaseModel):
    """What a 简要信息 needs, merged from an event's items (see the module docstring)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    when: SourcedFact | None = None
    where: tuple[SourcedFact, ...] = ()
    what: SourcedFact | None = None
    figures: tuple[SourcedFact, ...] = ()
    """One per kind, in the order of :data:`FIGURES`."""
    units: tuple[SourcedFact, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.when or self.where or self.what or self.figures or self.units)

    def figure(self, kind: FactKind) -> SourcedFact | None:
        return next((f for f in self.figures if f.fact.kind is kind), None)


class ItemFacts(BaseModel):
    """The facts of one stored item, with what identifies the item."""

    model_config = ConfigDict(frozen=True)

    item_id: str
    title: str
    published_at: datetime
    facts: Sequence[Fact]


MAX_PLACES = 4


def merge_facts(items: Iterable[ItemFacts]) -> EventFacts:
    """The facts of an event from the facts of its items (any order)."""
    ordered = sorted(items, key=lambda i: (i.published_at, i.item_id))
    sourced = [
        (n, SourcedFact(fact=f, item_id=i.item_id, item_title=i.title, published_at=i.published_at))
        for n, i in enumerate(ordered)
        for f in i.facts
    ]
    by_kind: dict[FactKind, list[tuple[int, SourcedFact]]] = {}
    for n, s in sourced:
        by_kind.setdefault(s.fact.kind, []).append((n, s))

    def kind(k: FactKind) -> list[tuple[int, SourcedFact]]:
        return by_kind.get(k, [])

    when = min(kind(FactKind.WHEN), key=lambda p: (-p[1].fact.precision, p[0]), default=None)
    places: dict[str, tuple[int, int, SourcedFact]] = {}
    for n, s in kind(FactKind.WHERE):
        places.setdefault(s.fact.value, (-s.fact.precision, n, s))
    where = tuple(s for _, _, s in sorted(places.values(), key=lambda p: p[:2]))[:MAX_PLACES]
    what = kind(FactKind.WHAT)[0][1] if kind(FactKind.WHAT) else None
    figures = []
    people = any(kind(k) for k in PEOPLE)
    for k in FIGURES:
        if k is FactKind.NO_CASUALTIES and people:
            continue  # 无人员伤亡 said first, 1人受伤 later (or the other way round): the figure stands
        stated = kind(k)
        if k in LATEST:  # 22人被困, then 仍有12人被困, then 已全部升井: the latest
            best = max(stated, key=lambda p: p[0], default=None)
        else:
            corrected = max((n for n, s in stated if s.fact.revised), default=None)
            if corrected is not None:  # 死亡人数由11人核减为9人: what earlier items said no longer stands
                stated = [p for p in stated if p[0] >= corrected]
            best = max(stated, key=lambda p: (p[1].fact.number or 0.0, p[0]), default=None)
        if best is not None:
            figures.append(best[1])
    units: dict[str, SourcedFact] = {}
    for _, s in kind(FactKind.UNIT):
        units.setdefault(s.fact.unit_id or s.fact.value, s)
    return EventFacts(
        when=when[1] if when else None,
        where=where,
        what=what,
        figures=tuple(figures),
        units=tuple(units.values()),
    )
