"""Whether the event a text reports happened at home but outside the jurisdiction (辖区外).

A county's desk reads national and provincial news too. A mine disaster in another province is
graded 重大 by its deaths (the thresholds are national), but it is probably no event of this
jurisdiction: the grade keeps a reason asking the desk to check, and the event names no place here,
so the tracker's automatic dispatch (``require_place``) starts no clock for it. An event seems to
be elsewhere when the text names no place of the jurisdiction (no gazetteer place, not the
jurisdiction's own name or that of a level it belongs to) and its lead names a place at home that
is none of those (:func:`classifier.abroad.home_places`: ``山西``, ``石家庄``, ``吕梁市``).

The levels a jurisdiction belongs to are ``region`` in ``gazetteer.yaml`` (``[浙江省, 衢州市]``): an
event naming one of them (``浙江一化工厂爆炸``) may be this jurisdiction's, unless a higher level is
named beside another place at home (``浙江温州一化工厂爆炸``: 温州), or the level right above is followed by
another of its counties and the jurisdiction is not named (``衢州市柯城区一工厂火灾``: 柯城区; not ``衢州市区``,
``衢州高新区``).
A jurisdiction that does not list its region gets no such reading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from classifier.abroad import home_places
from models.gazetteer import Gazetteer

_COUNTY = re.compile(r"市?(?P<county>(?![区县市])[\u4e00-\u9fff]{2,3}?(?:区|县|市))")
_NOT_A_COUNTY = re.compile(
    r"^(?:中心城|主城|老城|新城|城|开发|高新|园|景|片|辖|街|社|集聚|山|郊|校|厂|矿|营|灾|地|小)区$|^市"
)
"""What ends in 区 after a city's name without being one of its counties (衢州市区, 衢州城区, 衢州高新区)."""
_NOT_ITSELF = ("场", "值", "域", "间", "别", "级", "长", "委", "政")
"""What follows 本市/我区 when it is no jurisdiction speaking of itself as a place (日本市场, 本区域, 本区间), or a
unit's word for itself (本级, 我市长, 本市委, 我市政法委): no place told."""
_LEVEL = re.compile(r"(?:省|自治区|市|地区|自治州|州|盟|县|自治县|区|旗)$")


def name_forms(name: str) -> tuple[str, ...]:
    """A name and its short form (``衢州市`` → ``衢州``; a two-character name keeps its suffix)."""
    short = _LEVEL.sub("", name)
    return (name, short) if short != name and len(short) >= 2 else (name,)


@dataclass(frozen=True)
class Locality:
    jurisdiction: str
    ours: tuple[str, ...]
    """Names that place an event possibly here: the jurisdiction's and its region's, with short forms."""
    close: tuple[str, ...] = ()
    """Those that place it possibly here whatever else is named: the jurisdiction's and the level right
    above it (``衢州``); a higher level (``浙江``) named beside another place at home (``浙江温州``) does not."""

    @classmethod
    def of(cls, gazetteer: Gazetteer) -> Locality | None:
        """The jurisdiction's locality, or ``None`` when its gazetteer lists no ``region``."""
        if not gazetteer.region:
            return None
        names = (gazetteer.jurisdiction, *gazetteer.region) if gazetteer.jurisdiction else gazetteer.region
        ours = tuple(dict.fromkeys(form for name in names for form in name_forms(name)))
        near = (gazetteer.jurisdiction, gazetteer.region[-1]) if gazetteer.jurisdiction else gazetteer.region[-1:]
        close = tuple(dict.fromkeys(form for name in near for form in name_forms(name)))
        return cls(gazetteer.jurisdiction or gazetteer.region[-1], ours, close)

    def names_jurisdiction(self, text: str) -> bool:
        """Whether ``text`` names the jurisdiction itself (``江山市区鹿溪路``, ``浙江江山``) or speaks of it as its
        own (``我市一机械厂``, ``本市``: the words of its own media for a city; ``我县`` for a county)."""
        return any(name in text for name in name_forms(self.jurisdiction)) or self._itself(text)

    def _itself(self, text: str) -> bool:
        """Whether ``text`` calls the jurisdiction ``我市``/``本市`` (its level's word; not ``日本市场``,
        ``本区域``)."""
        level = self.jurisdiction[-1:]
        if level not in "市县区旗":
            return False
        at = text.find(level)
        while at > 0:
            if (
                text[at - 1] in "我本"
                and (at < 2 or text[at - 2] not in "日资")
                and text[at + 1 : at + 2] not in _NOT_ITSELF
            ):
                return True
            at = text.find(level, at + 1)
        return False

    def elsewhere(self, text: str, names_a_place_here: bool) -> str | None:
        """The place at home outside the jurisdiction where the event of ``text`` happened, or
        ``None`` (here, or cannot tell)."""
        if names_a_place_here:
            return None
        if (sibling := self._sibling(text)) is not None:
            return sibling  # 衢州市柯城区一工厂火灾: another county of the level right above
        if any(name in text for name in self.close or self.ours) or self._itself(text):
            return None
        for place in home_places(text):
            if not any(name in place or place in name for name in self.ours):
                return place
        return None

    def _sibling(self, text: str) -> str | None:
        """A county-level place named right after the level right above the jurisdiction that is not
        the jurisdiction (``衢州市柯城区``, ``衢州龙游县``), when the jurisdiction itself is not named."""
        above = self.close[-1] if len(self.close) > len(name_forms(self.jurisdiction)) else None
        if above is None or above not in text or any(name in text for name in name_forms(self.jurisdiction)):
            return None
        at = text.find(above)
        while at >= 0:
            county = _COUNTY.match(text, at + len(above))
            if county is not None and _NOT_A_COUNTY.search(county.group("county")) is None:
                return county.group("county")
            at = text.find(above, at + len(above))
        return None
