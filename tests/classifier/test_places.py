"""Place extraction from the gazetteer and the unit directory loader."""

from __future__ import annotations

from pathlib import Path

import pytest

from classifier.places import PlaceFinder
from models.directory import UnitKind
from models.gazetteer import Gazetteer, Place
from yuqing.directory import load_units
from yuqing.errors import ConfigError
from yuqing.jurisdiction import load_gazetteer

from .conftest import write_jurisdiction


@pytest.fixture
def finder(tmp_path: Path) -> PlaceFinder:
    return PlaceFinder(load_gazetteer(write_jurisdiction(tmp_path / "j") / "gazetteer.yaml"))


def test_places_in_order_with_their_townships(finder: PlaceFinder) -> None:
    text = "西山镇桃园村的村民反映，东城街道也有同样问题，西山镇至今未处理"
    assert finder.places(text) == ("西山镇", "桃园村", "东城街道")
    assert finder.townships(text) == ("xishan", "dongcheng")


def test_longest_name_wins_and_aliases_map_to_the_place(finder: PlaceFinder) -> None:
    assert finder.places("桃园新村社区门口") == ("桃园新村社区",)
    assert finder.townships("桃园新村社区门口") == ("dongcheng",)
    assert finder.places("去西山的路") == ("西山镇",)


def test_no_places(finder: PlaceFinder) -> None:
    assert finder.places("市区某小区") == ()
    assert PlaceFinder(Gazetteer(places=())).places("西山镇") == ()


def test_special_characters_in_names_are_literal() -> None:
    finder = PlaceFinder(Gazetteer(places=(Place(name="A(1)区", kind="区", township="a"),)))
    assert finder.places("在A(1)区") == ("A(1)区",)


def test_unit_directory_loader(tmp_path: Path) -> None:
    units = load_units(write_jurisdiction(tmp_path / "j") / "units.yaml")
    assert units.get("xishan") is not None and units.get("xishan").kind is UnitKind.TOWNSHIP  # type: ignore[union-attr]
    assert units.by_name()["市住建局"] == "zhujian"
    assert {u.id for u in units.townships()} == {"dongcheng", "xishan"}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("units:\n  - {id: 住建, name: 住建局}\n", "ASCII slug"),
        ("units:\n  - {id: a, name: A}\n  - {id: a, name: B}\n", "duplicate"),
        ("units:\n  - {id: a, name: A, kind: ministry}\n", "kind"),
    ],
)
def test_unit_directory_errors_name_the_line(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "units.yaml"
    path.write_text("jurisdiction: 测试\n" + body, encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as info:
        load_units(path)
    assert "units.yaml:" in str(info.value)


def test_example_units_yaml_is_valid() -> None:
    from yuqing.settings import EXAMPLE_JURISDICTION

    units = load_units(EXAMPLE_JURISDICTION / "units.yaml")
    assert units.get("jiaoyu") is not None and units.get("hushan") is not None
