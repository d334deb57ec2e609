"""Configuration files read from disk (start-up, ``yuqing config import``) are refused, with the
file's name, when they would expand without bound: before the loader composes them, whose walk of
every node would never end on an alias bomb or fail on an alias inside its own anchor."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.directory import UnitDirectory
from tests.service.test_rule_yaml_limits import alias_bomb
from yuqing.config import load_yaml
from yuqing.errors import ConfigError


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("jurisdiction: 江山市\nunits: &a [*a]\n", "引用了包含它自己的锚点"),  # RecursionError in the line walk
        ("jurisdiction: 江山市\nunits: " + "[" * 5000 + "]" * 5000 + "\n", "嵌套超过"),
        (alias_bomb(9), "展开别名后超过"),  # 9**9 nodes: the line walk would not end
    ],
    ids=["alias-in-own-anchor", "deep", "alias-bomb"],
)
def test_a_file_that_would_expand_without_bound_is_refused_naming_it(tmp_path: Path, text: str, why: str) -> None:
    path = tmp_path / "units.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=rf"units\.yaml: not loaded: .*{why}"):
        load_yaml(path, UnitDirectory)
