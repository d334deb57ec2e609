"""The classifier's configuration files of a jurisdiction: taxonomy, gazetteer and word lists.

Each YAML file is validated by :func:`yuqing.config.load_yaml` (``ConfigError`` with file:line).
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from models.taxonomy import Taxonomy, Topic
from yuqing.config import load_yaml

__all__ = ["Gazetteer", "Place", "Taxonomy", "Topic", "load_gazetteer", "load_taxonomy"]


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Place(_Frozen):
    name: str = Field(min_length=2)
    kind: str = Field(min_length=1)
    """乡 / 镇 / 街道 / 村 / 社区 / 景区 / 水库 ..."""
    township: str
    """Unit id of the township-level government that is the 属地 for this place."""
    aliases: tuple[str, ...] = ()


class Gazetteer(_Frozen):
    jurisdiction: str = ""
    region: tuple[str, ...] = ()
    """The levels the jurisdiction belongs to (``[浙江省, 衢州市]``): an event naming none of them nor a
    place here, but another place at home, seems to be elsewhere (:mod:`classifier.elsewhere`)."""
    places: tuple[Place, ...] = ()


def load_taxonomy(path: Path) -> Taxonomy:
    return load_yaml(Path(path), Taxonomy)


def load_gazetteer(path: Path) -> Gazetteer:
    return load_yaml(Path(path), Gazetteer)
