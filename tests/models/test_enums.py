"""Every value a person can see has a name (Chinese where there is one), and the deadline states say which count."""

from __future__ import annotations

import re

import pytest

from models import enums
from models.enums import DeadlineState

LABELLED = [
    e
    for e in vars(enums).values()
    if isinstance(e, type) and issubclass(e, enums._Labelled) and e is not enums._Labelled
]


@pytest.mark.parametrize("enum", LABELLED, ids=lambda e: e.__name__)
def test_every_value_has_a_chinese_label(enum: type[enums._Labelled]) -> None:
    unnamed = [m.value for m in enum if m.label == m.value]
    assert not unnamed, f"{enum.__name__} values shown to people without a name: {unnamed}"
    assert sum(bool(re.search(r"[\u4e00-\u9fff]", m.label)) for m in enum) >= len(enum) - 1


def test_only_met_late_and_overdue_deadlines_are_decided() -> None:
    assert {d for d in DeadlineState if d.decided} == {"met", "met_late", "overdue"}
    assert {d for d in DeadlineState if d.running} == {"pending", "overdue"}
    assert DeadlineState("overdue").label == "已超期"
