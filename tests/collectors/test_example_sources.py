"""The example jurisdiction's sources.yaml reads the demo site (`yuqing demo-site`) correctly."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from collectors.base import CollectContext
from collectors.config import HttpOptions, WebSource, load_sources
from collectors.registry import collector_for
from collectors.web.runner import run_crawl
from yuqing.settings import EXAMPLE_JURISDICTION


@pytest.fixture
def demo_port() -> Iterator[int]:
    from cli.demo.server import make_server

    server = make_server("127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield int(server.server_address[1])
    finally:
        server.shutdown()
        server.server_close()


def test_example_sources_read_the_demo_site(demo_port: int) -> None:
    sources = load_sources(EXAMPLE_JURISDICTION / "sources.yaml", {"demo_port": demo_port})
    context = CollectContext()
    for source in sources.sources:
        fast = source.model_copy(update={"http": HttpOptions(min_delay_s=0, retries=0)})
        if isinstance(fast, WebSource):
            result = run_crawl(fast, dry_run=True, timeout_s=60)
            assert result.errors == [] and result.list_pages_ok == 1
            items = result.items
            assert items and all(i["text"] and i["author"] and i["url"] for i in items)
            continue
        poll = collector_for(fast.type, context).poll(fast, {})
        assert poll.items, source.id
        assert all(i.title and i.text and i.source_id == source.id for i in poll.items)
        if source.id == "jiangshan-forum":  # GBK without a declaration: real Chinese, no mojibake
            assert all("\ufffd" not in i.text for i in poll.items)
        if source.id == "jiangshan-messages":
            assert all(i.engagement.likes is not None and i.author for i in poll.items)
