"""Per-source health in ``source_health``: last success/error, items in the last hour, consecutive
failures, when it last brought something new, and the resumable cursor.

Two things raise a source-health alert to the desk (on the ``alerts`` topic, like every
source-health alert): the N-th consecutive failure, and a quiet spell. A source is quiet when it
keeps answering but has brought nothing new for far longer than its usual rhythm (blocked,
redesigned or emptied pages): :class:`QuietPolicy` learns the rhythm from the source's own
history of new items and allows ``factor`` times its usual gap (the 75th percentile of the gaps
between arrivals of new items, so a weekend is usual and one past outage is not; never less than
``min_s``); with too little history ``default_s`` applies, and a source's ``quiet_after_s`` in
sources.yaml overrides both. One alert per quiet spell; the next new item ends the spell.
"""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from collectors.errors import PublishError
from models.db.collected import CollectedItem
from models.db.units import Source, SourceHealth
from models.enums import AlertKind
from models.messages import AlertMessage
from models.timeutil import Clock, to_local, utcnow

AlertPublisher = Callable[[AlertMessage], None]


@dataclass(frozen=True)
class QuietPolicy:
    """How long a source may bring nothing new before the desk is told."""

    factor: float = 4.0
    """Multiple of the source's usual gap between new items (75th percentile)."""
    min_s: float = 6 * 3600.0
    """Never less than this, however busy the source usually is."""
    default_s: float = 3 * 86400.0
    """Used until the source has brought new items at least ``min_history`` times."""
    min_history: int = 5
    history: int = 30
    """How many of the latest arrivals of new items the rhythm is learned from."""
    arrival_gap_s: float = 120.0
    """New items closer together than this arrived together (one crawl)."""

    def threshold(self, arrivals: list[datetime], override_s: float | None = None) -> tuple[float, float | None]:
        """(seconds of quiet that raise the alert, the usual gap learned or None) for ``arrivals`` (newest first)."""
        if override_s is not None:
            return override_s, None
        moments: list[datetime] = []
        for at in arrivals:
            if not moments or (moments[-1] - at).total_seconds() > self.arrival_gap_s:
                moments.append(at)
        gaps = sorted((a - b).total_seconds() for a, b in itertools.pairwise(moments))
        if len(moments) < self.min_history or not gaps:
            return self.default_s, None
        usual = gaps[min(len(gaps) - 1, int(0.75 * len(gaps)))]  # one past long silence does not set the rhythm
        return max(self.min_s, self.factor * usual), statistics.median(gaps)


class HealthStore:
    """Reads cursors and records the outcome of each poll."""

    def __init__(
        self,
        factory: sessionmaker[Session],
        *,
        alert_after: int = 3,
        alert_level: str = "四级",
        publish_alert: AlertPublisher | None = None,
        clock: Clock = utcnow,
        quiet: QuietPolicy | None = None,
        quiet_overrides: Mapping[str, float | None] | None = None,
    ) -> None:
        """``quiet`` None: no quiet-source alerts. ``quiet_overrides``: per source, seconds (or None: learned)."""
        self._factory = factory
        self._alert_after = alert_after
        self._alert_level = alert_level
        self._publish_alert = publish_alert
        self._clock = clock
        self._quiet = quiet
        self._quiet_overrides = dict(quiet_overrides or {})

    def _row(self, session: Session, source_id: str) -> SourceHealth:
        row = session.get(SourceHealth, source_id)
        if row is None:
            row = SourceHealth(
                source_id=source_id,
                consecutive_failures=0,
                items_total=0,
                items_last_hour=0,
                cursor={},
                last_new_at=self._clock(),  # a new source is watched from its first poll
            )
            session.add(row)
        return row

    def cursor(self, source_id: str) -> dict[str, Any]:
        """The cursor stored by the last successful poll (empty if none)."""
        try:
            with self._factory() as session:
                row = session.get(SourceHealth, source_id)
                return dict(row.cursor or {}) if row else {}
        except SQLAlchemyError as exc:
            raise PublishError(f"cannot read the cursor of {source_id}: {exc}") from exc

    def success(self, source_id: str, *, published: int, cursor: dict[str, Any], warning: str | None = None) -> None:
        """Record a successful poll that published ``published`` items; store the new cursor.

        ``warning`` (e.g. some detail pages failed) is kept as the last error without counting
        as a failure of the source.
        """
        now = self._clock()
        with self._factory() as session, session.begin():
            row = self._row(session, source_id)
            if warning:
                row.last_error_at, row.last_error = now, warning[:2000]
            row.last_success_at = now
            row.consecutive_failures = 0
            row.items_total = (row.items_total or 0) + published
            row.items_last_hour = _last_hour(session, source_id, now)
            row.cursor = cursor
            row.updated_at = now
            if published > 0:
                row.last_new_at, row.quiet_alerted_at = now, None
            alert = self._quiet_alert(session, row, now)
        if alert is not None and self._publish_alert is not None:
            self._publish_alert(alert)

    def _quiet_alert(self, session: Session, row: SourceHealth, now: datetime) -> AlertMessage | None:
        """The alert of a quiet spell that has just lasted too long (recorded on ``row``), else None."""
        if self._quiet is None or row.quiet_alerted_at is not None or row.last_new_at is None:
            return None
        arrivals = list(
            session.scalars(
                select(CollectedItem.collected_at)
                .where(CollectedItem.source_id == row.source_id, CollectedItem.published.is_(True))
                .order_by(CollectedItem.collected_at.desc())
                .limit(self._quiet.history * 4)
            )
        )
        limit_s, usual_s = self._quiet.threshold(arrivals, self._quiet_overrides.get(row.source_id))
        quiet_s = (now - row.last_new_at).total_seconds()
        if quiet_s < limit_s:
            return None
        row.quiet_alerted_at = now
        return source_quiet_alert(row.source_id, quiet_s, usual_s, row.last_new_at, now, level=self._alert_level)

    def failure(self, source_id: str, error: BaseException) -> int:
        """Record a failed poll; publish an alert on the N-th consecutive failure. Returns the count."""
        now = self._clock()
        message = f"{type(error).__name__}: {error}"[:2000]
        with self._factory() as session, session.begin():
            row = self._row(session, source_id)
            row.last_error_at = now
            row.last_error = message
            row.consecutive_failures = (row.consecutive_failures or 0) + 1
            row.updated_at = now
            failures = row.consecutive_failures
            source = session.get(Source, source_id)
            name = source.name if source is not None and source.name else source_id
        if failures == self._alert_after and self._publish_alert is not None:
            self._publish_alert(
                source_health_alert(source_id, failures, message, now, level=self._alert_level, name=name)
            )
        return failures

    def all(self) -> list[SourceHealth]:
        with self._factory() as session:
            rows = list(session.scalars(select(SourceHealth).order_by(SourceHealth.source_id)))
            now = self._clock()
            for row in rows:
                row.items_last_hour = _last_hour(session, row.source_id, now)
            session.expunge_all()
            return rows


def _last_hour(session: Session, source_id: str, now: datetime) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(CollectedItem)
            .where(CollectedItem.source_id == source_id, CollectedItem.collected_at >= now - timedelta(hours=1))
            .where(CollectedItem.published.is_(True))
        )
        or 0
    )


def source_health_alert(
    source_id: str, failures: int, error: str, now: datetime, *, level: str = "四级", name: str | None = None
) -> AlertMessage:
    """The desk alert for a source that failed ``failures`` times in a row (titled with its ``name``)."""
    return AlertMessage(
        id=f"source-health:{source_id}:{now.strftime('%Y%m%dT%H%M%S')}",
        kind=AlertKind.SOURCE_HEALTH,
        rule="source_health",
        level=level,
        title=f"信源异常：{name or source_id} 连续 {failures} 次采集失败",
        summary=f"最近错误（{to_local(now):%Y-%m-%d %H:%M}）：{error}",
        source_id=source_id,
        created_at=now,
    )


def _span(seconds: float) -> str:
    hours = seconds / 3600
    return f"{hours / 24:.1f} 天" if hours >= 48 else f"{hours:.1f} 小时" if hours >= 1 else f"{seconds / 60:.0f} 分钟"


def source_quiet_alert(
    source_id: str, quiet_s: float, usual_s: float | None, last_new: datetime, now: datetime, *, level: str = "四级"
) -> AlertMessage:
    """The desk alert for a source that keeps answering with nothing new for ``quiet_s`` seconds."""
    usual = f"通常约每 {_span(usual_s)} 有新内容" if usual_s else "尚无足够历史判断其更新节奏"
    return AlertMessage(
        id=f"source-quiet:{source_id[:32]}:{now.strftime('%Y%m%dT%H%M%S')}",
        kind=AlertKind.SOURCE_HEALTH,
        rule="source_quiet",
        level=level,
        title=f"信源沉寂：{source_id} 已 {_span(quiet_s)} 无新内容",
        summary=(
            f"采集正常但自 {to_local(last_new):%Y-%m-%d %H:%M} 起没有新内容（{usual}）；"
            "请检查是否被封禁、改版或栏目停更。"
        ),
        source_id=source_id,
        created_at=now,
    )
