"""The collector registry: one table from source type to collector, no import cycle to fill it."""

from __future__ import annotations

import pytest

from collectors.base import CollectContext
from collectors.errors import SourceConfigError
from collectors.jsonapi import JsonApiCollector
from collectors.registry import COLLECTORS, collector_for
from collectors.rss import RssCollector
from models.enums import SourceType


def test_every_polled_source_type_has_its_collector() -> None:
    # web sources run through scrapy and manual reports come through the service
    assert set(COLLECTORS) == set(SourceType) - {SourceType.WEB, SourceType.MANUAL}
    context = CollectContext()
    assert isinstance(collector_for("rss", context), RssCollector)
    assert isinstance(collector_for("json_api", context), JsonApiCollector)


def test_an_unknown_source_type_is_a_configuration_error() -> None:
    with pytest.raises(SourceConfigError, match="no collector for source type 'ftp'"):
        collector_for("ftp", CollectContext())
