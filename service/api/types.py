"""Bounded scalar types for request parameters: ids that fit the database's integers, times and
dates in a sane range (extreme values would overflow time-zone arithmetic or SQL integers)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from fastapi import Path
from pydantic import AfterValidator, Field

from models.timeutil import ensure_aware

MAX_ID = 2_147_483_647
MIN_YEAR, MAX_YEAR = 1970, 2200


def _sane_datetime(value: datetime) -> datetime:
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise ValueError(f"year must be between {MIN_YEAR} and {MAX_YEAR}")
    return ensure_aware(value)


def _sane_date(value: date) -> date:
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise ValueError(f"year must be between {MIN_YEAR} and {MAX_YEAR}")
    return value


SaneDatetime = Annotated[datetime, AfterValidator(_sane_datetime)]
"""A datetime between 1970 and 2200, returned aware UTC (naive input is Asia/Shanghai)."""
SaneDate = Annotated[date, AfterValidator(_sane_date)]
DbId = Annotated[int, Field(ge=1, le=MAX_ID)]
IdPath = Annotated[int, Path(ge=1, le=MAX_ID)]
