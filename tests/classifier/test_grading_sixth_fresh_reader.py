"""Forms a sixth round of batteries written from the README alone (hazardous chemicals, railways, extreme
weather, collapses, violent crime, food poisoning, utilities, people's short posts) found graded wrong."""

from __future__ import annotations

import pytest

from classifier.grading import propose
from models.enums import IncidentGrade
from tests.classifier.grades import G, L

UNGRADED = [
    # a rule's class after its list of thresholds
    "《铁路交通事故应急救援和调查处理条例》规定：造成30人以上死亡，或者100人以上重伤，或者1亿元以上直接经济损失的，为特别重大事故。",
    "造成3人以上10人以下死亡，或者10人以上50人以下重伤的，属于较大事故。",
]
"""Texts that tell no incident of now with casualties or loss: no grade."""

GRADED = [
    # kin counted, their wounds the cause of the death told after (伤势 is no other fate)
    ("祖孙三人经全力抢救，终因伤势过重，于当晚相继离世", L),
    ("3名工人被送医，终因伤重不治身亡", L),
    # a passive clause describing the group makes no object of it
    ("昨夜被困火场的祖孙三人经全力抢救，终因伤势过重，于当晚相继离世", L),
    # the group rescued is the object of 救出: the death is not counted for all of them
    ("消防员救出被困的3名工人，经抢救无效死亡", G),
]
"""Texts and the grade their incident takes."""


@pytest.mark.parametrize("text", UNGRADED)
def test_no_incident_of_now_no_grade(text: str) -> None:
    assert propose(text).grade is None, propose(text).reasons


@pytest.mark.parametrize(("text", "grade"), GRADED)
def test_graded_as_told(text: str, grade: IncidentGrade) -> None:
    assert propose(text).grade is grade, propose(text).reasons
