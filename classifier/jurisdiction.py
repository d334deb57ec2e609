"""The classifier's configuration files of a jurisdiction: taxonomy, gazetteer and word lists.

Each YAML file is validated by :func:`yuqing.config.load_yaml` (``ConfigError`` with file:line).
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from yuqing.config import load_yaml


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Topic(_Frozen):
    id: str = Field(min_length=1, max_length=40)
    label: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()


class Taxonomy(_Frozen):
    """The jurisdiction's topics. Labels in training files may be an id, a label or an alias."""

    jurisdiction: str = ""
    topics: tuple[Topic, ...]

    @model_validator(mode="after")
    def _unique(self) -> Taxonomy:
        names: dict[str, str] = {}
        for topic in self.topics:
            for name in (topic.id, topic.label, *topic.aliases):
                if names.setdefault(name, topic.id) != topic.id:
                    raise ValueError(f"{name!r} names two topics ({names[name]} and {topic.id})")
        return self

    def resolve(self, label: str) -> str:
        """The topic id for ``label`` (id, label or alias); unknown labels are kept as they are."""
        for topic in self.topics:
            if label == topic.id or label == topic.label or label in topic.aliases:
                return topic.id
        return label

    def label_of(self, topic_id: str) -> str | None:
        return next((t.label for t in self.topics if t.id == topic_id), None)


class Place(_Frozen):
    name: str = Field(min_length=2)
    kind: str = Field(min_length=1)
    """乡 / 镇 / 街道 / 村 / 社区 / 景区 / 水库 ..."""
    township: str
    """Unit id of the township-level government that is the 属地 for this place."""
    aliases: tuple[str, ...] = ()


class Gazetteer(_Frozen):
    jurisdiction: str = ""
    places: tuple[Place, ...] = ()


def load_taxonomy(path: Path) -> Taxonomy:
    return load_yaml(Path(path), Taxonomy)


def load_gazetteer(path: Path) -> Gazetteer:
    return load_yaml(Path(path), Gazetteer)
