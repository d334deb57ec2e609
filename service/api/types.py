"""Bounded scalar types for request parameters, each stated in the OpenAPI schema exactly as it is
enforced: ids that fit the database's integers, and times and dates written in ISO 8601 within
1970–2199 (extreme values would overflow time-zone arithmetic or SQL integers).

The time and date patterns admit only real calendar dates (30 April, 29 February in leap years
only), so every string the schema allows is one the API accepts, and nothing else is: no Unix
timestamps, no space between date and time.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any

from fastapi import Path
from pydantic import AfterValidator, BeforeValidator, Field, WithJsonSchema

from models.timeutil import ensure_aware

MAX_ID = 2_147_483_647
MIN_YEAR, MAX_YEAR = 1970, 2199

_YEAR = r"(19[7-9][0-9]|2[01][0-9][0-9])"
_LEAP_YEAR = r"(19(7[26]|8[048]|9[26])|20([02468][048]|[13579][26])|21(0[48]|[2468][048]|[13579][26]))"
_MONTH_DAY = r"((0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])|(0[13-9]|1[0-2])-(29|30)|(0[13578]|1[02])-31)"
_DATE = rf"({_YEAR}-{_MONTH_DAY}|{_LEAP_YEAR}-02-29)"
_TIME = r"([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]{1,6})?)?"
_OFFSET = r"(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])"
DATE_PATTERN = rf"^{_DATE}$"
DATETIME_PATTERN = rf"^{_DATE}T{_TIME}{_OFFSET}?$"
_DATE_RE = re.compile(DATE_PATTERN)
_DATETIME_RE = re.compile(DATETIME_PATTERN)


def _iso_datetime(value: Any) -> Any:
    if isinstance(value, datetime):
        if not MIN_YEAR <= value.year <= MAX_YEAR:
            raise ValueError(f"year must be between {MIN_YEAR} and {MAX_YEAR}")
        return value
    if not isinstance(value, str) or not _DATETIME_RE.fullmatch(value):
        raise ValueError(
            f"expected an ISO 8601 time YYYY-MM-DDTHH:MM[:SS][+08:00] between {MIN_YEAR} and {MAX_YEAR}, "
            "e.g. 2025-03-01T08:00:00+08:00"
        )
    return value


def _iso_date(value: Any) -> Any:
    if isinstance(value, date) and not isinstance(value, datetime):
        if not MIN_YEAR <= value.year <= MAX_YEAR:
            raise ValueError(f"year must be between {MIN_YEAR} and {MAX_YEAR}")
        return value
    if not isinstance(value, str) or not _DATE_RE.fullmatch(value):
        raise ValueError(f"expected a date YYYY-MM-DD between {MIN_YEAR} and {MAX_YEAR}")
    return value


SaneDatetime = Annotated[
    datetime,
    BeforeValidator(_iso_datetime),
    AfterValidator(ensure_aware),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": DATETIME_PATTERN,
            "description": "ISO 8601 time between 1970 and 2199; without an offset it is Beijing time",
            "examples": ["2025-03-01T08:00:00+08:00"],
        }
    ),
]
"""A datetime between 1970 and 2199, returned aware UTC (naive input is Asia/Shanghai)."""
SaneDate = Annotated[
    date,
    BeforeValidator(_iso_date),
    WithJsonSchema({"type": "string", "format": "date", "pattern": DATE_PATTERN, "examples": ["2025-03-01"]}),
]
"""A calendar date between 1970 and 2199."""


def _not_a_boolean(value: Any) -> Any:
    # JSON true/false would otherwise pass as 1/0 (pydantic's lax mode), which the schema refuses
    if isinstance(value, bool):
        raise ValueError("expected an integer, not true/false")
    return value


Integer = Annotated[int, BeforeValidator(_not_a_boolean)]
"""An integer of a request body (``3`` and ``3.0``, never ``true``), bounded where it is used."""
DbId = Annotated[int, Field(ge=1, le=MAX_ID)]
IdPath = Annotated[int, Path(ge=1, le=MAX_ID)]

NO_NUL = r"^[^\x00]*$"
"""Text without NUL characters (PostgreSQL cannot store or compare them)."""
TITLE = r"^[^\x00]*[^\x00-\x20][^\x00]*$"
"""Text without NUL characters that is not empty or only spaces and control characters."""
Text = Annotated[str, Field(pattern=NO_NUL)]
"""Free text of a request (length limits are set where it is used)."""
TextId = Annotated[str, Path(min_length=1, max_length=64, pattern=NO_NUL)]
"""The id of an item or an alert (a hex digest or similar)."""
