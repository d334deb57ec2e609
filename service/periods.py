"""Review and report periods, in Asia/Shanghai calendar days, returned as aware UTC bounds."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from models.timeutil import SHANGHAI, to_local
from service.errors import InvalidInput

MAX_DAYS = 366


def period(now: datetime, start: date | None, end: date | None, default_days: int = 30) -> tuple[datetime, datetime]:
    """``[start, end]`` as whole local days (``end`` inclusive); default the last ``default_days`` days."""
    today = to_local(now).date()
    end = end or today
    start = start or end - timedelta(days=default_days - 1)
    if start > end:
        raise InvalidInput("开始日期晚于结束日期")
    if (end - start).days >= MAX_DAYS:
        raise InvalidInput(f"时间范围不能超过 {MAX_DAYS} 天")
    begin = datetime.combine(start, time(0), tzinfo=SHANGHAI)
    finish = datetime.combine(end + timedelta(days=1), time(0), tzinfo=SHANGHAI)
    return begin, finish
