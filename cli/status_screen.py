"""A one-screen summary of a running installation: broker, topics, lag, workers, sources, database.

Every section is gathered independently: a part that is down is reported as down, and the rest is
still shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.exc import SQLAlchemyError

from models.db import Event, Item, SourceHealth
from models.timeutil import to_local
from yuqing.db.engine import make_engine
from yuqing.lag import LagReader
from yuqing.settings import Settings


@dataclass
class StatusReport:
    broker: dict[str, Any] = field(default_factory=dict)
    topics: dict[str, dict[str, int]] = field(default_factory=dict)
    stages: dict[str, dict[str, Any]] = field(default_factory=dict)
    sources: list[dict[str, Any]] = field(default_factory=list)
    database: dict[str, Any] = field(default_factory=dict)

    @property
    def healthy(self) -> bool:
        return bool(self.broker.get("reachable")) and bool(self.database.get("reachable"))


def gather(settings: Settings) -> StatusReport:
    report = StatusReport()
    _broker(settings, report)
    _database(settings, report)
    return report


def _broker(settings: Settings, report: StatusReport) -> None:
    report.broker = {"bootstrap": settings.bootstrap_servers, "managed": settings.managed_kafka}
    if settings.managed_kafka:
        from yuqing.broker import KafkaRuntime

        runtime = KafkaRuntime(data_dir=settings.data_dir, cache_dir=settings.cache_dir, port=settings.kafka_port)
        report.broker["pid"] = runtime.pid()
    try:
        with LagReader(settings.bootstrap_servers, request_timeout_ms=3000) as reader:
            prefix = settings.kafka_topic_prefix
            for name, partitions in sorted(reader.topics().items()):
                if name.startswith(prefix):
                    ends = reader.end_offsets(name)
                    report.topics[name] = {"partitions": partitions, "messages": sum(ends.values())}
            for stage, lag in reader.stage_lags(prefix).items():
                report.stages[stage] = {
                    "group": lag.group,
                    "state": lag.state,
                    "workers": lag.members,
                    "lag": lag.lag,
                    "consumed": lag.produced - lag.lag,
                }
        report.broker["reachable"] = True
    except Exception as exc:  # any failure of the broker means "down" on a status screen
        report.broker["reachable"] = False
        report.broker["error"] = str(exc)[:300]


def _database(settings: Settings, report: StatusReport) -> None:
    from sqlalchemy.engine import make_url

    url = settings.effective_database_url
    report.database = {"url": make_url(url).render_as_string(hide_password=True)}
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            revisions = [row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))]
            report.database["revisions"] = sorted(revisions)
            report.database["items"] = conn.execute(select(func.count()).select_from(Item)).scalar_one()
            report.database["events"] = conn.execute(select(func.count()).select_from(Event)).scalar_one()
            for row in conn.execute(select(SourceHealth).order_by(SourceHealth.source_id)).mappings():
                report.sources.append(dict(row))
        report.database["reachable"] = True
    except SQLAlchemyError as exc:
        report.database["reachable"] = False
        report.database["error"] = str(getattr(exc, "orig", None) or exc)[:300]
    finally:
        engine.dispose()


def _when(value: datetime | None) -> str:
    return to_local(value).strftime("%m-%d %H:%M:%S") if value else "-"


def render(report: StatusReport) -> str:
    """The report as a plain-text screen (times in Asia/Shanghai)."""
    b = report.broker
    lines = ["== Broker"]
    state = "up" if b.get("reachable") else f"DOWN ({b.get('error', 'unreachable')})"
    managed = f"managed, pid {b.get('pid') or '-'}" if b.get("managed") else "external"
    lines.append(f"  {b['bootstrap']}  {managed}  {state}")
    lines.append("== Topics")
    for name, t in report.topics.items() or {"(none)": {"partitions": 0, "messages": 0}}.items():
        lines.append(f"  {name:<32} partitions {t['partitions']:>2}  messages {t['messages']:>9}")
    lines.append("== Stages")
    for stage, s in report.stages.items():
        lines.append(
            f"  {stage:<11} group {s['group']:<20} workers {s['workers']:>2}  {s['state']:<12}"
            f" consumed {s['consumed']:>9}  lag {s['lag']:>7}"
        )
    lines.append("== Sources")
    if not report.sources:
        lines.append("  (no source has reported yet)")
    for src in report.sources:
        err = (
            f"  last error {_when(src['last_error_at'])}: {(src['last_error'] or '')[:60]}" if src["last_error"] else ""
        )
        lines.append(
            f"  {src['source_id']:<24} ok {_when(src['last_success_at'])}  fails {src['consecutive_failures']:>2}"
            f"  items/h {src['items_last_hour']:>4}  total {src['items_total']:>6}{err}"
        )
    d = report.database
    lines.append("== Database")
    if d.get("reachable"):
        lines.append(f"  {d['url']}  revisions {','.join(d['revisions'])}  items {d['items']}  events {d['events']}")
    else:
        lines.append(f"  {d['url']}  DOWN ({d.get('error', 'unreachable')})")
    return "\n".join(lines)
