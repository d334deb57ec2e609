"""The jurisdiction's 乡镇/街道 as the story figures see them, its stopwords, and the words its
titles must not be split in (place and unit names, ``userdict.txt``) for the 热词 clouds.

The townships are the ``kind: township`` units of ``units.yaml`` (read by
:func:`yuqing.directory.load_units`); an item's ``places`` name them by name, short name or alias,
or name a village, scenic spot or reservoir the gazetteer (``gazetteer.yaml``) ties to a
township. :meth:`Townships.to_township` turns an item's places into the townships they lie in, so
an item about 江郎山 counts for 石门镇. Files are read once per modification (cached by mtime).

The gazetteer is read and validated as the classifier reads it
(:func:`yuqing.jurisdiction.load_gazetteer`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from yuqing.directory import load_units
from yuqing.jurisdiction import load_gazetteer, read_word_list, segmentation_words


@dataclass(frozen=True)
class Townships:
    """The jurisdiction's townships in ``units.yaml`` order and every name that points to one."""

    names: tuple[str, ...]
    """Canonical names (the units' ``name``)."""
    aliases: Mapping[str, str]
    """Township name, short name and alias → canonical name (townships only)."""
    places: Mapping[str, str]
    """Every name and alias above plus the gazetteer's places → canonical township name."""

    def to_township(self, places: Iterable[str]) -> tuple[str, ...]:
        """The townships ``places`` lie in, each once, in the order first named."""
        found = (self.places.get(p) for p in places)
        return tuple(dict.fromkeys(t for t in found if t))


def townships(jurisdiction_dir: Path) -> Townships:
    """The townships of ``jurisdiction_dir`` (``ConfigError`` for an invalid ``units.yaml`` or
    ``gazetteer.yaml``; a missing gazetteer only means fewer place names)."""
    units, gazetteer = Path(jurisdiction_dir) / "units.yaml", Path(jurisdiction_dir) / "gazetteer.yaml"
    return _townships(units, _mtime(units), gazetteer, _mtime(gazetteer))


@functools.lru_cache(maxsize=4)
def _townships(units: Path, _units_mtime: int, gazetteer: Path, gazetteer_mtime: int) -> Townships:
    directory = load_units(units)
    by_id = {u.id: u.name for u in directory.townships()}
    aliases: dict[str, str] = {}
    for unit in directory.townships():
        for name in unit.names:
            aliases.setdefault(name, unit.name)
    places = dict(aliases)
    if gazetteer_mtime:
        for place in load_gazetteer(gazetteer).places:
            township = by_id.get(place.township)
            if township:
                for name in (place.name, *place.aliases):
                    places.setdefault(name, township)
    return Townships(tuple(by_id.values()), aliases, places)


def stopwords(jurisdiction_dir: Path) -> frozenset[str]:
    """The words of ``stopwords.txt`` (one a line, ``#`` comments), empty without the file."""
    path = Path(jurisdiction_dir) / "stopwords.txt"
    return _stopwords(path, _mtime(path))


@functools.lru_cache(maxsize=4)
def _stopwords(path: Path, mtime: int) -> frozenset[str]:
    return frozenset(read_word_list(path)) if mtime else frozenset()


def _mtime(path: Path) -> int:
    """Modification time in ns (the cache key), 0 when the file does not exist."""
    try:
        return path.stat().st_mtime_ns
    except FileNotFoundError:
        return 0


def dictionary_words(jurisdiction_dir: Path) -> frozenset[str]:
    """Words the 热词 segmentation keeps whole: those the classifier's segmentation keeps whole
    (:func:`yuqing.jurisdiction.segmentation_words`: ``userdict.txt``, every unit's names, the
    gazetteer's places with their aliases), without a user-dictionary entry's frequency and tag.
    Without them 贺村镇 comes out as 贺村 and 村镇."""
    d = Path(jurisdiction_dir)
    paths = (d / "units.yaml", d / "gazetteer.yaml", d / "userdict.txt")
    return _dictionary_words(d, *(_mtime(p) for p in paths))


@functools.lru_cache(maxsize=4)
def _dictionary_words(jurisdiction_dir: Path, *_mtimes: int) -> frozenset[str]:
    words = (entry.split()[0] for entry in segmentation_words(jurisdiction_dir))
    return frozenset(w for w in words if len(w) > 1)
