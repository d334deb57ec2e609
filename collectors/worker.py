"""Composition root of the collector process: settings → database, producer, sink, health, runner."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from collectors.base import CollectContext
from collectors.config import SourcesFile, WebSource, load_sources
from collectors.dedupe import DedupeStore
from collectors.fetch import HttpFetcher
from collectors.health import HealthStore, QuietPolicy
from collectors.runner import CollectRunner
from collectors.sink import ItemSink
from collectors.web.runner import CrawlResult, run_crawl
from models.db.units import Source
from models.messages import AlertMessage
from models.timeutil import Clock, utcnow
from models.topics import SOURCE_HEALTH
from yuqing.bus import BusProducer
from yuqing.db.engine import make_engine, make_session_factory
from yuqing.settings import Settings

log = logging.getLogger(__name__)


MAX_BLOCK_MS = 10_000
"""How long a publish may wait for room in the client's send queue before the poll fails."""
FLUSH_TIMEOUT_S = 15.0
"""How long a poll waits for the broker to acknowledge its items before it fails."""


def sources_of(settings: Settings) -> SourcesFile:
    """The jurisdiction's ``sources.yaml`` with ``${demo_port}`` substituted."""
    return load_sources(settings.jurisdiction_dir / "sources.yaml", {"demo_port": settings.demo_port})


def mirror_sources(factory: sessionmaker[Session], sources: SourcesFile) -> None:
    """Upsert the configured sources into ``sources`` so the service can list them."""
    with factory() as session, session.begin():
        for s in sources.sources:
            session.merge(
                Source(
                    id=s.id,
                    name=s.display_name,
                    type=s.type,
                    url=str(s.url),
                    tier=s.tier.value,
                    region=s.region,
                    default_unit=s.default_unit,
                    enabled=s.enabled,
                )
            )


@dataclass
class CollectorApp:
    """Everything a collector process holds; ``close`` releases it."""

    runner: CollectRunner
    health: HealthStore
    producer: BusProducer
    engine: Engine
    stop: threading.Event = field(default_factory=threading.Event)
    """Set it to stop: ``run_forever`` returns and crawls in flight are abandoned."""

    def close(self) -> None:
        self.producer.close()
        self.engine.dispose()


def build_app(
    settings: Settings,
    sources: SourcesFile,
    *,
    fetcher: HttpFetcher | None = None,
    clock: Clock = utcnow,
    crawl_timeout_s: float = 600.0,
) -> CollectorApp:
    """Wire a collector process for ``sources`` from ``settings``."""
    engine = make_engine(settings.effective_database_url)
    factory = make_session_factory(engine)
    # With the broker away, a poll buffers its items briefly (MAX_BLOCK_MS, FLUSH_TIMEOUT_S), then fails loudly
    # (recorded on the source) and its items stay unpublished until a later poll succeeds.
    producer = BusProducer(
        settings.bootstrap_servers,
        settings.kafka_topic_prefix,
        client_id="collector",
        clock=clock,
        max_block_ms=MAX_BLOCK_MS,
        flush_timeout_s=FLUSH_TIMEOUT_S,
    )

    def publish_alert(alert: AlertMessage) -> None:
        producer.publish(SOURCE_HEALTH, alert)
        producer.flush()

    quiet = QuietPolicy(
        factor=sources.quiet_alert_factor, min_s=sources.quiet_alert_min_s, default_s=sources.quiet_alert_default_s
    )
    health = HealthStore(
        factory,
        alert_after=sources.failure_alert_after,
        alert_level=sources.failure_alert_level,
        publish_alert=publish_alert,
        clock=clock,
        quiet=quiet if sources.quiet_alert else None,
        quiet_overrides={s.id: s.quiet_after_s for s in sources.sources},
    )
    sink = ItemSink(producer, DedupeStore(factory, clock=clock))

    stop = threading.Event()

    def crawl(source: WebSource) -> CrawlResult:
        return run_crawl(
            source,
            database_url=settings.effective_database_url,
            bootstrap=settings.bootstrap_servers,
            prefix=settings.kafka_topic_prefix,
            timeout_s=crawl_timeout_s,
            stop=stop,
        )

    try:
        mirror_sources(factory, sources)
    except SQLAlchemyError:
        log.warning("cannot mirror sources into the database", exc_info=True)
    runner = CollectRunner(
        sources.sources,
        sink=sink,
        health=health,
        context=CollectContext(fetcher=fetcher or HttpFetcher(), clock=clock),
        crawl=crawl,
    )
    return CollectorApp(runner=runner, health=health, producer=producer, engine=engine, stop=stop)
