"""Short names of the statutory grades, for the grading tests' tables of sentences."""

from __future__ import annotations

from models.enums import IncidentGrade

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
