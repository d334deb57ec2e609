"""Per-source health in ``source_health``: last success/error, items in the last hour, consecutive
failures, and the resumable cursor. The N-th consecutive failure raises a source-health alert.
"""

from __future__ import annotations

from collections.abc import Callable
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
    ) -> None:
        self._factory = factory
        self._alert_after = alert_after
        self._alert_level = alert_level
        self._publish_alert = publish_alert
        self._clock = clock

    def _row(self, session: Session, source_id: str) -> SourceHealth:
        row = session.get(SourceHealth, source_id)
        if row is None:
            row = SourceHealth(source_id=source_id, consecutive_failures=0, items_total=0, items_last_hour=0, cursor={})
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
