"""The domestic part of a report that tells tolls abroad and at home apart (:func:`split_by_place`).

A quake near a border is reported with the dead of each country: ``尼泊尔地震已造成56人死亡，我国西藏
7人遇难``. The statutory grade is for the event at home, so when the text states casualty figures
after foreign places and other figures after places at home, the domestic figures are graded and
the foreign ones are kept in the reasons. A text is read as a run of stretches, each starting at
a place it names and lasting until the next place; places joined by 、/和/及/与 make one stretch
(``印度、尼泊尔56人死亡``). A stretch naming places both abroad and at home (``尼泊尔、印度和中国西藏
共63人死亡``) cannot be told apart, and then the text is not split.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from classifier.abroad import Place, foreign_places_in, places_in

_JOINED = re.compile(r"[、和及与]?(?:中国|我国)?")
_FILLER = "，"
_GENERIC = ("我国", "国内", "境内", "全国")


@dataclass(frozen=True)
class Split:
    domestic: str
    """The text with its stretches abroad blanked out (offsets kept)."""
    foreign: str
    """The text with its stretches at home blanked out."""
    home_places: tuple[str, ...]
    foreign_places: tuple[str, ...]


def split_by_place(text: str) -> Split | None:
    """The text's stretches at home and abroad, or ``None`` when it names places of only one side,
    or a stretch names both."""
    places_abroad = foreign_places_in(text)
    if not places_abroad:
        return None  # (most texts name no place abroad: one side only)
    groups: list[list[Place]] = []
    for place in places_in(text, places_abroad):
        if groups and _JOINED.fullmatch(text, groups[-1][-1].end, place.start):
            groups[-1].append(place)
        else:
            groups.append([place])
    if not groups:
        return None
    sides = [{p.foreign for p in group} for group in groups]
    if any(len(side) > 1 for side in sides) or len({next(iter(side)) for side in sides}) < 2:
        return None
    domestic, foreign = list(text), list(text)
    for k, group in enumerate(groups):
        start = group[0].start
        end = groups[k + 1][0].start if k + 1 < len(groups) else len(text)
        blank = foreign if not group[0].foreign else domestic
        for i in range(start, end):
            if text[i] not in "。！？!?；;\n":
                blank[i] = _FILLER
    home = tuple(dict.fromkeys(p.name for g in groups for p in g if not p.foreign and p.name not in _GENERIC))
    abroad = tuple(dict.fromkeys(p.name for g in groups for p in g if p.foreign))
    return Split("".join(domestic), "".join(foreign), home, abroad)
