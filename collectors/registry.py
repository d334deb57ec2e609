"""Which collector polls which source type: one table, filled from the collectors' own classes.

Adding a source type is one class (a :class:`~collectors.base.FetchingCollector` with its
``source_type``, or any :class:`~collectors.base.Collector` factory) and one entry in
:data:`COLLECTORS`. Web sources are not here: they run through scrapy (:mod:`collectors.web`).
"""

from __future__ import annotations

from collectors.base import CollectContext, Collector, CollectorFactory
from collectors.errors import SourceConfigError
from collectors.jsonapi import JsonApiCollector
from collectors.rss import RssCollector

COLLECTORS: dict[str, CollectorFactory] = {kind.source_type: kind for kind in (RssCollector, JsonApiCollector)}
"""Source ``type`` → the factory of its collector."""


def collector_for(type_name: str, context: CollectContext) -> Collector:
    """The collector of a source type (``rss``, ``json_api``); :class:`SourceConfigError` for any other."""
    try:
        factory = COLLECTORS[type_name]
    except KeyError as exc:
        raise SourceConfigError(f"no collector for source type {type_name!r}") from exc
    return factory(context)
