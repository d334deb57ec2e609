"""The ``yuqing classify`` stage: items.raw → classifier → items.classified.

Each poll batch is classified at once (the model is fastest on batches), every result is
published to ``items.classified`` keyed by the item id, and the stage consumer commits the
batch's offsets only after the producer flushed: at-least-once, and idempotent because a
re-delivered item is classified to the same message with the same id. Several workers in one
consumer group share the partitions.

Routing and the taxonomy edited online (``config_versions``, documents ``routing`` and
``taxonomy``) are picked up without a restart: before each batch the worker asks whether a newer
version exists (at most every 2 s) and, if so, routes and names topics with it from that batch on.
A taxonomy version the served model's labels cannot be read with is skipped (logged), like any
version the worker cannot use; the last good one stays.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from classifier.engine import Classifier
from classifier.jurisdiction import Taxonomy, parse_taxonomy
from classifier.routing import Router, RoutingTable, parse_routing
from classifier.topic_references import refuse_unknown_topics
from models.messages import ClassifiedItem, RawItem
from models.timeutil import Clock, utcnow
from models.topics import ITEMS_CLASSIFIED, ITEMS_RAW
from yuqing.bus import BusProducer, StageStats
from yuqing.bus.consumer import Batch, Handler, Rejected
from yuqing.config_versions import LiveDocument, current
from yuqing.settings import Settings

log = logging.getLogger(__name__)
STAGE = "classify"
GROUP = "yuqing-classify"


def make_handler(
    classifier: Classifier,
    producer: BusProducer,
    clock: Clock | None = None,
    routing: LiveDocument[RoutingTable] | None = None,
    taxonomy: LiveDocument[Taxonomy] | None = None,
) -> Handler[RawItem]:
    """A stage handler that classifies a batch and publishes one ClassifiedItem per record, routing
    with the table in force (``routing``, when given) and deciding topics with the taxonomy in
    force (``taxonomy``, when given: the classifier rebuilds what it derives from it)."""
    now = clock or utcnow

    def handle(batch: Batch[RawItem]) -> Rejected[RawItem]:
        if routing is not None:
            table = routing.current()
            if table is not classifier.router.table:
                classifier.router = Router(table)
        if taxonomy is not None:
            topics = taxonomy.current()
            if topics is not classifier.taxonomy:
                classifier.taxonomy = topics
        items = [record.message for record in batch]
        results = classifier.classify(items)
        at = now()
        for item, classification in zip(items, results, strict=True):
            producer.publish(
                ITEMS_CLASSIFIED, ClassifiedItem(item=item, classification=classification, classified_at=at)
            )
        return []

    return handle


def run_classifier(
    settings: Settings,
    classifier: Classifier,
    *,
    group: str = GROUP,
    stop: threading.Event | None = None,
    idle_exit_s: float | None = None,
) -> StageStats:
    """Run the classify stage until ``stop`` is set (or idle for ``idle_exit_s``). The process's
    garbage collector is set up for a long-running stage first (start-up's objects frozen, young
    objects collected every 50,000 allocations: :func:`yuqing.worker.tune_garbage_collector`)."""
    from yuqing.db.engine import make_engine, make_session_factory
    from yuqing.worker import run_stage, tune_garbage_collector

    engine = make_engine(settings.effective_database_url)
    sessions = make_session_factory(engine)
    routing = live_routing(sessions, classifier)
    taxonomy = live_taxonomy(sessions, classifier)
    tune_garbage_collector()
    try:
        return run_stage(
            settings,
            stage=STAGE,
            topic=ITEMS_RAW,
            group=group,
            make_handler=lambda producer: make_handler(classifier, producer, routing=routing, taxonomy=taxonomy),
            stop=stop,
            idle_exit_s=idle_exit_s,
        )
    finally:
        engine.dispose()


def use_rules_in_force(session: Session, classifier: Classifier, jurisdiction_dir: Path) -> tuple[int, int]:
    """Route and name topics with the routing and taxonomy in force (the newest versions edited
    online, else the files), checked as an edit is (each against the other); the version numbers
    used (0: the file). ``ConfigError`` for a version the classifier cannot use."""
    routing = current(session, jurisdiction_dir, "routing")
    taxonomy = current(session, jurisdiction_dir, "taxonomy")
    table = parse_routing(routing.text, "routing.yaml", classifier.units)
    topics = parse_taxonomy(taxonomy.text, "taxonomy.yaml", classifier.model.labels)
    refuse_unknown_topics(table, topics, routing.text, "routing.yaml")
    classifier.router, classifier.taxonomy = Router(table), topics
    return routing.version, taxonomy.version


def live_routing(
    sessions: sessionmaker[Session], classifier: Classifier, interval_s: float = 2.0
) -> LiveDocument[RoutingTable]:
    """The routing table in force: the newest version edited online (checked every ``interval_s``
    seconds), else the table the classifier was loaded with."""

    def parse(text: str, name: str) -> RoutingTable:
        return parse_routing(text, name, classifier.units)

    return LiveDocument(sessions, "routing", parse, initial=classifier.router.table, interval_s=interval_s)


def live_taxonomy(
    sessions: sessionmaker[Session], classifier: Classifier, interval_s: float = 2.0
) -> LiveDocument[Taxonomy]:
    """The taxonomy in force: the newest version edited online that keeps every label of the
    classifier's model (checked every ``interval_s`` seconds), else the taxonomy it was loaded with."""
    labels = classifier.model.labels

    def parse(text: str, name: str) -> Taxonomy:
        return parse_taxonomy(text, name, labels)

    return LiveDocument(sessions, "taxonomy", parse, initial=classifier.taxonomy, interval_s=interval_s)
