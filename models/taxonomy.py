"""The jurisdiction's topics (领域): ids used by routing and the model, labels shown to people.

Shared by the classifier (training labels, model output) and the service (names on every page), so
it lives in the contract. Loaded from ``taxonomy.yaml`` by :func:`yuqing.config.load_yaml`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field, model_validator


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Topic(_Frozen):
    id: str = Field(min_length=1, max_length=40)
    label: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    """Words that decide this topic when the title names one, whatever the model says: for a
    matter the labelled messages have no examples of (a policy feed's 科技/工信 notices), or one the
    jurisdiction wants decided by rule (:mod:`classifier.headline_topics`)."""


class Taxonomy(_Frozen):
    """The jurisdiction's topics. Labels in training files may be an id, a label or an alias."""

    jurisdiction: str = ""
    topics: tuple[Topic, ...]

    @model_validator(mode="after")
    def _unique(self) -> Taxonomy:
        found = clashes(self.topics)
        if found:
            raise ValueError(found[0].message)
        return self

    def resolve(self, label: str) -> str:
        """The topic id for ``label`` (id, label or alias); unknown labels are kept as they are."""
        for topic in self.topics:
            if label == topic.id or label == topic.label or label in topic.aliases:
                return topic.id
        return label

    def label_of(self, topic_id: str) -> str | None:
        return next((t.label for t in self.topics if t.id == topic_id), None)


@dataclass(frozen=True)
class Clash:
    """A name or keyword of the topic at ``index`` (its ``field``) that another topic has already."""

    index: int
    field: str
    message: str


def clashes(topics: Sequence[Topic]) -> list[Clash]:
    """What makes ``topics`` ambiguous, in file order: an id, label or alias naming two topics, a
    keyword deciding two, an empty keyword. :class:`Taxonomy` refuses the first; an editor shows
    each at its topic's line."""
    out: list[Clash] = []
    names: dict[str, str] = {}
    for index, topic in enumerate(topics):
        for field, name in (("id", topic.id), ("label", topic.label), *(("aliases", a) for a in topic.aliases)):
            if names.setdefault(name, topic.id) != topic.id:
                out.append(Clash(index, field, f"{name!r} names two topics ({names[name]} and {topic.id})"))
    decides: dict[str, str] = {}
    for index, topic in enumerate(topics):
        for word in topic.keywords:
            if not word.strip():
                out.append(Clash(index, "keywords", f"topic {topic.id}: an empty keyword"))
            elif decides.setdefault(word, topic.id) != topic.id:
                out.append(
                    Clash(index, "keywords", f"keyword {word!r} decides two topics ({decides[word]} and {topic.id})")
                )
    return out
