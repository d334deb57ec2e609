"""A taxonomy edited online is checked like the file (schema errors with their lines), every name or
keyword two topics share is shown at its topic's line, and an edit that would lose a label of the
served model (read from its ``metadata.json``, without loading it) is refused: a retrain comes first."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from classifier import model as model_module
from classifier.errors import ModelError
from classifier.jurisdiction import load_taxonomy, parse_taxonomy
from classifier.model_labels import METADATA, model_labels
from classifier.ports import ClassifierPorts
from yuqing.errors import ConfigError
from yuqing.settings import EXAMPLE_JURISDICTION

TAXONOMY = (EXAMPLE_JURISDICTION / "taxonomy.yaml").read_text(encoding="utf-8")
LABELS = model_labels(EXAMPLE_JURISDICTION / "model")


def line_of(text: str, fragment: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if fragment in line)


def test_the_labels_are_the_models_own_read_from_its_metadata() -> None:
    assert METADATA == model_module.METADATA
    assert "huanbao" in LABELS and len(LABELS) == 12
    assert parse_taxonomy(TAXONOMY, "taxonomy.yaml", LABELS) == load_taxonomy(EXAMPLE_JURISDICTION / "taxonomy.yaml")


def test_an_edit_that_drops_a_label_of_the_model_is_refused_naming_it() -> None:
    dropped = TAXONOMY.replace("  - {id: huanbao, label: 环境保护, aliases: [生态环境]}\n", "", 1)
    with pytest.raises(ConfigError) as refused:
        parse_taxonomy(dropped, "taxonomy.yaml", LABELS)
    message = str(refused.value)
    assert f"taxonomy.yaml:{line_of(dropped, 'id: chengxiang')}: topics: 模型的标签 'huanbao' 将丢失" in message
    assert "重新训练模型" in message and message.count("将丢失") == 1
    renamed = TAXONOMY.replace("{id: huanbao, label: 环境保护", "{id: huanjing, label: 环境保护", 1)
    with pytest.raises(ConfigError, match="'huanbao' 将丢失"):
        parse_taxonomy(renamed, "taxonomy.yaml", LABELS)
    # a new label, or the old id kept as an alias, keeps every label of the model
    kept = renamed.replace("aliases: [生态环境]", "aliases: [生态环境, huanbao]", 1)
    assert parse_taxonomy(kept, "taxonomy.yaml", LABELS).resolve("huanbao") == "huanjing"
    relabelled = TAXONOMY.replace("label: 环境保护", "label: 生态环境保护", 1)
    assert parse_taxonomy(relabelled, "taxonomy.yaml", LABELS).label_of("huanbao") == "生态环境保护"


def test_a_broken_edit_is_refused_with_its_line() -> None:
    bad_yaml = TAXONOMY.replace("  - {id: jiaotong, label: 交通运输}", "  - {id: jiaotong, label: 交通运输", 1)
    with pytest.raises(ConfigError, match=r"taxonomy\.yaml:\d+: not valid YAML"):
        parse_taxonomy(bad_yaml, "taxonomy.yaml", LABELS)
    no_label = TAXONOMY.replace("{id: jiaotong, label: 交通运输}", "{id: jiaotong, name: 交通运输}", 1)
    with pytest.raises(ConfigError) as refused:
        parse_taxonomy(no_label, "taxonomy.yaml", LABELS)
    assert f"taxonomy.yaml:{line_of(no_label, 'id: jiaotong')}: topics.2.label: Field required" in str(refused.value)
    twice = TAXONOMY.replace("数字经济]", "数字经济, 创新券]", 1)
    with pytest.raises(ConfigError) as refused:
        parse_taxonomy(twice, "taxonomy.yaml", LABELS)
    line = line_of(twice, "keywords: [经济和信息化")
    assert f"taxonomy.yaml:{line}: topics.13.keywords: keyword '创新券' decides two topics (keji and jingxin)" == str(
        refused.value
    )


def test_the_port_refuses_a_taxonomy_it_cannot_check_against_a_model(tmp_path: Path) -> None:
    ClassifierPorts().check_document("taxonomy", TAXONOMY, jurisdiction_dir=EXAMPLE_JURISDICTION)
    with pytest.raises(ConfigError, match="无法核对模型的标签"):
        ClassifierPorts(tmp_path).check_document("taxonomy", TAXONOMY, jurisdiction_dir=EXAMPLE_JURISDICTION)
    (tmp_path / METADATA).write_text(json.dumps({"format": 3, "labels": ["huanbao", "keji", "nothing"]}), "utf-8")
    with pytest.raises(ConfigError, match="'nothing' 将丢失"):
        ClassifierPorts(tmp_path).check_document("taxonomy", TAXONOMY, jurisdiction_dir=EXAMPLE_JURISDICTION)
    (tmp_path / METADATA).write_text("{}", "utf-8")
    with pytest.raises(ModelError, match="没有标签列表"):
        model_labels(tmp_path)
