"""Routing rules name topics: ``routing.yaml`` read with, and checked against, ``taxonomy.yaml``.

A rule's ``when.topics`` may name a topic by its id, its name or an alias, as a training file may
(:meth:`~models.taxonomy.Taxonomy.resolve`): :func:`with_topic_ids` turns them into the ids the
classifier assigns, for the taxonomy in force, so a topic whose id was changed with the old id
kept as an alias keeps its rules. A name no topic has (a typo, a topic deleted) would make the rule
never match: its items would fall through to the rules below it and nobody would be told. So the
pair is refused wherever either is changed:

* a routing text naming a topic the taxonomy lacks (:func:`unknown_topics`), at its line;
* a taxonomy text without a topic the routing still names (:func:`dropped_topics`), naming the rules.

Both return one ``<file>:<line>: <field>: <message>`` line per problem (empty: consistent), for the
online editor (:class:`~classifier.ports.ClassifierPorts`), ``yuqing config import`` and
:func:`~classifier.engine.load_classifier`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from classifier.routing import RoutingTable
from models.taxonomy import Taxonomy
from yuqing.config import parse_yaml
from yuqing.errors import ConfigError

Lines = Mapping[tuple[Any, ...], int]


def _known(taxonomy: Taxonomy) -> set[str]:
    return {t.id for t in taxonomy.topics}


def with_topic_ids(table: RoutingTable, taxonomy: Taxonomy) -> RoutingTable:
    """``table`` with each rule's topics given as the ids of ``taxonomy`` (``table`` itself when they are)."""
    rules = tuple(
        rule.model_copy(update={"when": rule.when.model_copy(update={"topics": topics})})
        if (topics := tuple(dict.fromkeys(taxonomy.resolve(t) for t in rule.when.topics))) != rule.when.topics
        else rule
        for rule in table.rules
    )
    return table if rules == table.rules else table.model_copy(update={"rules": rules})


def unknown_topics(table: RoutingTable, taxonomy: Taxonomy, *, name: str, lines: Lines) -> list[str]:
    """Each topic a rule of ``table`` names that no topic of ``taxonomy`` has as id, name or alias, at its line."""
    ids = _known(taxonomy)
    problems = []
    for index, rule in enumerate(table.rules):
        for position, topic in enumerate(rule.when.topics):
            if taxonomy.resolve(topic) in ids:
                continue
            line = (
                lines.get(("rules", index, "when", "topics", position))
                or lines.get(("rules", index, "when", "topics"))
                or lines.get(("rules", index))
                or "?"
            )
            problems.append(
                f"{name}:{line}: rules.{index}.when.topics: 未知领域 {topic!r}（规则 {rule.name}），"
                f"该规则将永远不会匹配：分类体系中没有以它为 id、名称或别名的领域"
                f"（现有 id：{'、'.join(t.id for t in taxonomy.topics)}）"
            )
    return problems


def refuse_unknown_topics(table: RoutingTable, taxonomy: Taxonomy, text: str, name: str) -> None:
    """``ConfigError`` listing :func:`unknown_topics` of ``table``, read from ``text``, at their lines."""
    problems = unknown_topics(table, taxonomy, name=name, lines=parse_yaml(text, name)[1])
    if problems:
        raise ConfigError("\n".join(problems))


def dropped_topics(routing: RoutingTable, taxonomy: Taxonomy, *, name: str, lines: Lines) -> list[str]:
    """Each topic the rules of ``routing`` name that no topic of ``taxonomy`` has as id, name or
    alias any more, with those rules."""
    ids = _known(taxonomy)
    users: dict[str, list[str]] = {}
    for rule in routing.rules:
        for topic in rule.when.topics:
            if taxonomy.resolve(topic) not in ids:
                users.setdefault(topic, []).append(rule.name)
    line = lines.get(("topics",)) or "?"
    return [
        f"{name}:{line}: topics: 分派规则仍按领域 {topic!r} 分派（规则：{'、'.join(rules)}），"
        "删除该领域后这些规则将永远不会匹配：请先修改分派规则（routing.yaml）；"
        "只改领域 id 时请把原 id 列入 aliases"
        for topic, rules in users.items()
    ]
