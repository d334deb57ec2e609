"""Working days on the Chinese calendar, with official adjusted working days (调休).

Uses the ``chinesecalendar`` package (``chinese_calendar.is_workday``), which knows the State
Council's holiday arrangements for the years it ships. Policy overrides (extra holidays or working
days) win over the package. For a year the package does not know, the policy says what to do:
``mon_fri`` (count Monday–Friday and say so in :attr:`WorkCalendar.warnings`) or ``error``.

A working-day deadline of N days from an instant ends at local midnight after the N-th working
day following the instant's local date (N = 0: the end of that same day).
"""

from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any

from models.timeutil import SHANGHAI, ensure_aware
from tracker.errors import CalendarUnknownYear

log = logging.getLogger(__name__)


@lru_cache(maxsize=16384)
def _official_workday(day: date) -> bool | None:
    """``chinese_calendar.is_workday`` (cached: its lookup is slow), or None for an unknown year."""
    import chinese_calendar

    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:
        return None


@lru_cache(maxsize=64)
def _log_once(message: str) -> None:
    log.warning(message)


class WorkCalendar:
    """Decides whether a date is a working day; collects warnings about unknown years."""

    def __init__(self, policy: dict[str, Any] | None = None) -> None:
        policy = policy or {}
        self.unknown_year: str = policy.get("unknown_year", "mon_fri")
        self.holidays = {date.fromisoformat(d) for d in policy.get("holidays", ())}
        self.workdays = {date.fromisoformat(d) for d in policy.get("workdays", ())}
        self.warnings: list[str] = []

    def is_workday(self, day: date) -> bool:
        if day in self.workdays:
            return True
        if day in self.holidays:
            return False
        official = _official_workday(day)
        if official is None:
            if self.unknown_year == "error":
                raise CalendarUnknownYear(
                    f"{day.year} 年法定节假日安排尚未收录，无法计算工作日时限"
                    "（请更新 chinesecalendar 或在 policies.yaml 的 calendar 中补充）"
                )
            message = f"{day.year} 年法定节假日安排尚未收录，暂按周一至周五计算工作日"
            if message not in self.warnings:
                self.warnings.append(message)
                _log_once(message)
            return day.weekday() < 5
        return official

    def add_working_days(self, start: datetime, days: int) -> datetime:
        """The deadline ``days`` working days after ``start`` (aware UTC in, aware UTC out)."""
        day = ensure_aware(start).astimezone(SHANGHAI).date()
        counted = 0
        while counted < days:
            day += timedelta(days=1)
            if self.is_workday(day):
                counted += 1
        end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=SHANGHAI)
        return ensure_aware(end)
