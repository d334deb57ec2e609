"""Short names of the statutory grades, for the grading tests' tables of sentences."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import pytest

from models.enums import IncidentGrade

if TYPE_CHECKING:
    from classifier.grading import GradeProposal

E, M, L, G = (
    IncidentGrade.ESPECIALLY_MAJOR,
    IncidentGrade.MAJOR,
    IncidentGrade.LARGE,
    IncidentGrade.GENERAL,
)
"""特别重大, 重大, 较大, 一般"""

LEFT_OUT = "未计入（其他或以往事件）"
"""How a reason opens that says a figure belongs to another or an earlier event."""


def assert_left_out(text: str, deaths: int, grade: IncidentGrade) -> None:
    """``text`` is graded ``grade`` on ``deaths`` deaths, a figure of another event left out with its reason."""
    from classifier.grading import propose

    p = propose(text)
    assert p.figures.deaths == deaths, p.reasons
    assert p.grade is grade, p.reasons
    assert any(r.startswith(LEFT_OUT) for r in p.reasons), p.reasons


def assert_graded(text: str, grade: IncidentGrade | None, **figures: float) -> GradeProposal:
    """``text`` is graded ``grade`` with each of ``figures`` (``deaths=3``, ``serious=11``) as read;
    the proposal, for the test's further checks."""
    from classifier.grading import propose

    p = propose(text)
    for name, value in figures.items():
        assert getattr(p.figures, name) == value, (name, p.reasons)
    assert p.grade is grade, p.reasons
    return p


def table_tests(
    ungraded: Sequence[str], graded: Sequence[tuple[str, IncidentGrade]]
) -> tuple[Callable[[str], None], Callable[[str, IncidentGrade], None]]:
    """The two tests of a round's tables (each round of batteries keeps its own): every text of ``ungraded`` gets
    no grade, every text of ``graded`` its grade. A module binds them to test names for pytest to collect:
    ``test_no_incident_of_now_no_grade, test_graded_as_told = table_tests(UNGRADED, GRADED)``."""

    @pytest.mark.parametrize("text", ungraded)
    def test_no_incident_of_now_no_grade(text: str) -> None:
        assert_graded(text, None)

    @pytest.mark.parametrize(("text", "grade"), graded)
    def test_graded_as_told(text: str, grade: IncidentGrade) -> None:
        assert_graded(text, grade)

    return test_no_incident_of_now_no_grade, test_graded_as_told
