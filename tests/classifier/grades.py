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
