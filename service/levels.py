"""The jurisdiction's 舆情等级 in order, most urgent first (``levels.yaml``), to pick a card's highest.

The alerting stage owns and validates ``levels.yaml``; the service only needs the names in their
order. The file is read again when it changes (by modification time), so an edited table is picked
up without a restart. A missing or unreadable file gives an empty order: levels are then compared
by name, and the problem is logged.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from yuqing.config import load_yaml
from yuqing.errors import ConfigError

log = logging.getLogger(__name__)


class _Level(BaseModel):
    model_config = ConfigDict(extra="ignore")
    name: str


class _Levels(BaseModel):
    model_config = ConfigDict(extra="ignore")
    levels: list[_Level] = []


@lru_cache(maxsize=8)
def _read(path: Path, _mtime_ns: int) -> tuple[str, ...]:
    try:
        return tuple(level.name for level in load_yaml(path, _Levels).levels)
    except ConfigError as exc:
        log.warning("levels: %s", exc)
        return ()


def level_order(jurisdiction_dir: Path) -> tuple[str, ...]:
    """The 舆情等级 names of ``levels.yaml``, most urgent first (empty if there is no such file)."""
    path = jurisdiction_dir / "levels.yaml"
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        return ()
    return _read(path, mtime)


def highest(levels: Iterable[str], order: tuple[str, ...]) -> str:
    """The most urgent of ``levels`` by ``order`` (unknown names after known ones, then by name)."""
    rank = {name: i for i, name in enumerate(order)}
    return min(levels, key=lambda name: (rank.get(name, len(order)), name))
