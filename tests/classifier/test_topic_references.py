"""Routing rules name topics of the taxonomy: by id, name or alias (a topic whose id changed with the
old id kept as an alias keeps its rules), and a name no topic has, which would make a rule never
match, is refused where either document is changed: online, at import and when the stage loads."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from classifier.engine import load_classifier
from classifier.jurisdiction import parse_taxonomy
from classifier.model_labels import model_labels
from classifier.ports import ClassifierPorts
from classifier.routing import parse_routing
from classifier.topic_references import dropped_topics, unknown_topics, with_topic_ids
from models.enums import SourceType
from models.messages import RawItem
from yuqing.config import parse_yaml
from yuqing.directory import load_units
from yuqing.errors import ConfigError
from yuqing.settings import EXAMPLE_JURISDICTION

ROUTING = (EXAMPLE_JURISDICTION / "routing.yaml").read_text(encoding="utf-8")
TAXONOMY = (EXAMPLE_JURISDICTION / "taxonomy.yaml").read_text(encoding="utf-8")
KEJI = """  - id: keji
    label: 科技创新
"""
LABELS = model_labels(EXAMPLE_JURISDICTION / "model")
UNITS = load_units(EXAMPLE_JURISDICTION / "units.yaml")


def line_of(text: str, fragment: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if fragment in line)


def taxonomy(text: str = TAXONOMY):  # type: ignore[no-untyped-def]
    return parse_taxonomy(text, "taxonomy.yaml", LABELS)


def routing(text: str = ROUTING):  # type: ignore[no-untyped-def]
    return parse_routing(text, "routing.yaml", UNITS)


def test_the_example_routing_names_only_topics_of_its_taxonomy() -> None:
    assert unknown_topics(routing(), taxonomy(), name="routing.yaml", lines={}) == []
    assert dropped_topics(routing(), taxonomy(), name="taxonomy.yaml", lines={}) == []
    assert with_topic_ids(routing(), taxonomy()) is not None


def test_a_rule_naming_a_topic_the_taxonomy_lacks_is_refused_at_its_line() -> None:
    typo = ROUTING.replace("when: {topics: [huanbao]}", "when: {topics: [huanbo]}", 1)
    problems = unknown_topics(routing(typo), taxonomy(), name="routing.yaml", lines=parse_yaml(typo, "r")[1])
    (problem,) = problems
    assert problem.startswith(f"routing.yaml:{line_of(typo, '[huanbo]')}: rules.")
    assert "未知领域 'huanbo'（规则 生态环境）" in problem and "永远不会匹配" in problem and "huanbao" in problem


def test_a_rule_may_name_a_topic_by_its_name_or_alias_and_routes_by_its_id() -> None:
    by_name = ROUTING.replace("when: {topics: [huanbao]}", "when: {topics: [环境保护, 生态环境]}", 1)
    assert unknown_topics(routing(by_name), taxonomy(), name="routing.yaml", lines={}) == []
    resolved = with_topic_ids(routing(by_name), taxonomy())
    rule = next(r for r in resolved.rules if r.name == "生态环境")
    assert rule.when.topics == ("huanbao",)
    table = routing()
    assert with_topic_ids(table, taxonomy()) is table  # ids already: the same table


def test_a_taxonomy_dropping_a_topic_the_routing_names_is_refused_naming_the_rules() -> None:
    without = TAXONOMY.replace(KEJI, "  - id: keji_old\n    label: 科技创新\n", 1)
    (problem,) = dropped_topics(routing(), taxonomy(without), name="taxonomy.yaml", lines=parse_yaml(without, "t")[1])
    line = line_of(without, "id: chengxiang")
    assert problem.startswith(f"taxonomy.yaml:{line}: topics: 分派规则仍按领域 'keji' 分派")
    assert "科技" in problem and "aliases" in problem
    kept = TAXONOMY.replace(KEJI, "  - id: keji_new\n    label: 科技创新\n    aliases: [keji]\n", 1)
    assert dropped_topics(routing(), taxonomy(kept), name="taxonomy.yaml", lines={}) == []


def test_the_port_checks_each_document_against_the_other_in_force() -> None:
    port = ClassifierPorts()
    dropped = TAXONOMY.replace(KEJI, "  - id: kechuang\n    label: 科技创新\n", 1)
    with pytest.raises(ConfigError, match="分派规则仍按领域 'keji' 分派"):
        port.check_document("taxonomy", dropped, jurisdiction_dir=EXAMPLE_JURISDICTION)  # the routing file
    without_keji_rules = ROUTING.replace("[keji]", "[jingxin]")
    port.check_document(
        "taxonomy", dropped, jurisdiction_dir=EXAMPLE_JURISDICTION, in_force={"routing": without_keji_rules}
    )
    naming_new = ROUTING.replace("[keji]", "[kechuang]")
    with pytest.raises(ConfigError, match="未知领域 'kechuang'"):
        port.check_document("routing", naming_new, jurisdiction_dir=EXAMPLE_JURISDICTION)
    port.check_document("routing", naming_new, jurisdiction_dir=EXAMPLE_JURISDICTION, in_force={"taxonomy": dropped})
    # a document in force that cannot be read is no reason to refuse the other
    port.check_document("routing", ROUTING, jurisdiction_dir=EXAMPLE_JURISDICTION, in_force={"taxonomy": "topics: ["})


def test_the_stage_refuses_to_load_a_routing_file_naming_an_unknown_topic(tmp_path: Path) -> None:
    target = tmp_path / "jurisdiction"
    shutil.copytree(EXAMPLE_JURISDICTION, target)
    path = target / "routing.yaml"
    typo = ROUTING.replace("when: {topics: [jiaotong]}", "when: {topics: [jiaotng]}", 1)
    path.write_text(typo, encoding="utf-8")
    with pytest.raises(ConfigError, match=rf"routing\.yaml:{line_of(typo, '[jiaotng]')}: .*未知领域 'jiaotng'"):
        load_classifier(target)


def test_a_topic_whose_id_changed_keeps_its_rules_through_the_old_id_as_alias(tmp_path: Path) -> None:
    target = tmp_path / "jurisdiction"
    shutil.copytree(EXAMPLE_JURISDICTION, target)
    now = datetime.now(UTC)
    item = RawItem(
        id="t" * 32, source_id="news", source_type=SourceType.RSS, url=None,
        title="关于科技创新券兑现的咨询", text="请问今年的科技创新券什么时候可以兑现？",
        published_at=now, collected_at=now,
    )  # fmt: skip
    before = load_classifier(target).classify([item])[0]
    assert before.topic == "keji" and before.lead_unit == "keji"
    (target / "taxonomy.yaml").write_text(
        TAXONOMY.replace(KEJI, "  - id: kechuang\n    label: 科技创新\n    aliases: [keji]\n", 1), encoding="utf-8"
    )
    classifier = load_classifier(target)
    after = classifier.classify([item])[0]
    assert after.topic == "kechuang" and after.lead_unit == "keji" and after.routing_rule == before.routing_rule
    # the same when the taxonomy is replaced while the stage runs
    live = load_classifier(EXAMPLE_JURISDICTION)
    live.taxonomy = classifier.taxonomy
    assert live.classify([item])[0].lead_unit == "keji"
