"""Short names of the statutory grades, for the grading tests' tables of sentences."""

from __future__ import annotations

from typing import TYPE_CHECKING

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
