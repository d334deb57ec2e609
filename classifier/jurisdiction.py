"""The classifier's taxonomy of a jurisdiction (``taxonomy.yaml``, or the version edited online).

The gazetteer and the segmentation word lists are read by :mod:`yuqing.jurisdiction` (the service
reads them too). Each YAML file is validated by :func:`yuqing.config.load_yaml` (``ConfigError``
with file:line). A taxonomy edited online is checked by :func:`parse_taxonomy`, which also refuses
one the served model could no longer be read with.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from models.taxonomy import Taxonomy, Topic, clashes
from yuqing.config import config_error, load_yaml, parse_yaml
from yuqing.errors import ConfigError

__all__ = ["Taxonomy", "Topic", "load_taxonomy", "lost_labels", "parse_taxonomy"]


def load_taxonomy(path: Path) -> Taxonomy:
    return load_yaml(Path(path), Taxonomy)


def lost_labels(taxonomy: Taxonomy, labels: Sequence[str]) -> list[str]:
    """The model's ``labels`` that name no topic of ``taxonomy`` (as its id, label or alias): the
    classifier would store them as topics nobody knows (:meth:`Taxonomy.resolve` keeps them as
    they are), so no routing rule, name or statistic would find them."""
    return [label for label in labels if taxonomy.label_of(taxonomy.resolve(label)) is None]


def parse_taxonomy(text: str, name: str, labels: Sequence[str]) -> Taxonomy:
    """Validate ``taxonomy.yaml`` text as the loader does, then against the model's ``labels``.

    Raises ``ConfigError`` listing each problem as ``<name>:<line>: <field>: <message>``: the
    loader's schema errors; a name or keyword two topics share, at the line of the topic that
    repeats it; and each label of the model that no topic would carry any more (a topic deleted,
    or its id changed without keeping the old one as an alias), which needs a retrained model first.
    """
    data, lines = parse_yaml(text, name)
    try:
        taxonomy = Taxonomy.model_validate({} if data is None else data)
    except ValidationError as exc:
        raise _clashes_at_their_lines(data, lines, name) or config_error(exc, lines, name) from exc
    lost = lost_labels(taxonomy, labels)
    if lost:
        line = lines.get(("topics",)) or "?"
        raise ConfigError(
            "\n".join(
                f"{name}:{line}: topics: 模型的标签 {label!r} 将丢失（修改后没有哪个领域的 id、名称或别名是它）："
                "删除领域或更改领域 id 须先用新的分类体系重新训练模型（yuqing train）；"
                "只改名称请保留 id，或把原 id 列入 aliases"
                for label in lost
            )
        )
    return taxonomy


def _clashes_at_their_lines(data: Any, lines: dict[tuple[Any, ...], int], name: str) -> ConfigError | None:
    """The names and keywords two topics share, each at its topic's line, when every topic is
    valid by itself (else None: the schema errors come first)."""
    raw = data.get("topics") if isinstance(data, dict) else None
    if not isinstance(raw, list):
        return None
    try:
        topics = [Topic.model_validate(t) for t in raw]
    except ValidationError:
        return None
    found = clashes(topics)
    if not found:
        return None
    problems = []
    for clash in found:
        line = lines.get(("topics", clash.index, clash.field)) or lines.get(("topics", clash.index)) or "?"
        problems.append(f"{name}:{line}: topics.{clash.index}.{clash.field}: {clash.message}")
    return ConfigError("\n".join(problems))
