"""Prometheus metrics computed from the database at scrape time (each app has its own registry).

Rates per stage are items per second over the last minute, from the stage's own timestamps:
collected (``collected_at``), classified (``classified_at``), stored (``stored_at``). Consumer lag is
read from Kafka (:mod:`service.kafka_lag`) only when the broker answers within a short timeout;
otherwise it is omitted.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from models.db import Event, Item
from models.db.alerts import Alert, Delivery
from models.db.cases import Case, CaseMark
from models.enums import OPEN_CASE_STATUSES, CaseStatus
from service.kafka_lag import LagProbe
from service.state import ServiceState

WINDOW = timedelta(minutes=1)


class DatabaseCollector(Collector):
    def __init__(self, state: ServiceState, lag: LagProbe | None = None) -> None:
        self.state = state
        self.lag_probe = lag

    def collect(self) -> Iterator[Any]:
        now = self.state.clock()
        since = now - WINDOW
        rate = GaugeMetricFamily("yuqing_items_per_second", "Items per second over the last minute", labels=["stage"])
        totals = GaugeMetricFamily("yuqing_items_total", "Stored items", labels=["state"])
        try:
            with self.state.sessions() as db:
                for stage, column in (
                    ("collected", Item.collected_at),
                    ("classified", Item.classified_at),
                    ("stored", Item.stored_at),
                ):
                    n = db.scalar(select(func.count()).select_from(Item).where(column >= since)) or 0
                    rate.add_metric([stage], n / WINDOW.total_seconds())
                totals.add_metric(["stored"], db.scalar(select(func.count()).select_from(Item)) or 0)
                events = db.scalar(select(func.count()).select_from(Event)) or 0
                alerts = db.scalar(select(func.count()).select_from(Alert)) or 0
                unacked = db.scalar(select(func.count()).select_from(Alert).where(Alert.acknowledged_at.is_(None))) or 0
                sent = dict(
                    (row[0], row[1])
                    for row in db.execute(select(Delivery.status, func.count()).group_by(Delivery.status))
                )
                open_cases = (
                    db.scalar(select(func.count()).select_from(Case).where(Case.status.in_(OPEN_CASE_STATUSES))) or 0
                )
                overdue = (
                    db.scalar(
                        select(func.count(func.distinct(CaseMark.case_id)))
                        .join(Case, Case.id == CaseMark.case_id)
                        .where(CaseMark.mark == "overdue", Case.status != CaseStatus.CLOSED)
                    )
                    or 0
                )
        except SQLAlchemyError:
            up = GaugeMetricFamily("yuqing_database_up", "1 if the database answered the scrape")
            up.add_metric([], 0)
            yield up
            return
        up = GaugeMetricFamily("yuqing_database_up", "1 if the database answered the scrape")
        up.add_metric([], 1)
        yield up
        yield rate
        yield totals
        yield _gauge("yuqing_events_total", "Events", events)
        yield _gauge("yuqing_alerts_total", "Alerts raised", alerts)
        yield _gauge("yuqing_alerts_unacknowledged", "Alerts not yet acknowledged", unacked)
        deliveries = GaugeMetricFamily("yuqing_alert_deliveries", "Alert deliveries by outcome", labels=["status"])
        for status, n in sorted(sent.items()):
            deliveries.add_metric([status], n)
        yield deliveries
        yield _gauge("yuqing_cases_open", "Open cases", open_cases)
        yield _gauge("yuqing_cases_overdue", "Open cases with a missed deadline", overdue)
        lag = self.lag_probe.lag() if self.lag_probe is not None else None
        if lag is not None:
            family = GaugeMetricFamily("yuqing_consumer_lag", "Messages not yet consumed", labels=["group", "topic"])
            for (group, topic), n in sorted(lag.items()):
                family.add_metric([group, topic], n)
            yield family


def _gauge(name: str, doc: str, value: float) -> GaugeMetricFamily:
    g = GaugeMetricFamily(name, doc)
    g.add_metric([], value)
    return g


def make_registry(state: ServiceState, *, kafka_lag: bool = True) -> CollectorRegistry:
    registry = CollectorRegistry(auto_describe=False)
    probe = LagProbe(state.settings.bootstrap_servers, state.settings.kafka_topic_prefix) if kafka_lag else None
    registry.register(DatabaseCollector(state, probe))
    return registry


def render(registry: CollectorRegistry) -> bytes:
    return generate_latest(registry)
