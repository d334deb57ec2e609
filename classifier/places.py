"""Finding the places (乡镇/街道/村/社区 ...) an item names, using the gazetteer.

All names and aliases are matched in one pass that takes the longest name at each position
(:class:`classifier.keywords.Keywords`), so 廿八都镇 wins over
廿八都 and a village wins over its township's shorter name. Matching is exact substring matching:
no segmentation is involved, so user dictionary quirks cannot hide a place.
"""

from __future__ import annotations

from dataclasses import dataclass

from classifier.keywords import Keywords
from models.gazetteer import Gazetteer, Place


@dataclass(frozen=True)
class PlaceMatch:
    place: Place
    text: str
    start: int


class PlaceFinder:
    """Finds gazetteer places in text. Build once per process; :meth:`find` is thread-safe."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._by_name: dict[str, Place] = {}
        for place in gazetteer.places:
            for name in (place.name, *place.aliases):
                self._by_name.setdefault(name, place)
        self._names = Keywords(self._by_name)

    def find(self, text: str) -> list[PlaceMatch]:
        """Every place mention in ``text`` in order (a place named twice appears twice)."""
        by_name = self._by_name
        return [PlaceMatch(by_name[name], name, start) for name, start, _ in self._names.finditer(text)]

    def places(self, text: str) -> tuple[str, ...]:
        """The distinct canonical names of the places named, in order of first mention."""
        return tuple(dict.fromkeys(m.place.name for m in self.find(text)))

    def townships(self, text: str) -> tuple[str, ...]:
        """The distinct township unit ids of the places named, in order of first mention."""
        return tuple(dict.fromkeys(m.place.township for m in self.find(text)))

    def names(self) -> tuple[str, ...]:
        """Every name and alias (for the segmenter's user dictionary)."""
        return tuple(self._by_name)
