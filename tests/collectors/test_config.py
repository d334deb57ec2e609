"""sources.yaml validation."""

from __future__ import annotations

import pytest

from collectors.config import RssSource, WebSource, parse_sources
from yuqing.errors import ConfigError
from yuqing.settings import EXAMPLE_JURISDICTION


def test_example_sources_validate_with_demo_port() -> None:
    from collectors.config import load_sources

    sources = load_sources(EXAMPLE_JURISDICTION / "sources.yaml", {"demo_port": 9999})
    assert {s.type for s in sources.sources} == {"rss", "web", "json_api"}
    assert all(str(s.url).startswith("http://127.0.0.1:9999/") for s in sources.sources)


def test_valid_file() -> None:
    text = """
sources:
  - id: a
    type: rss
    url: http://x.test/feed.xml
    tier: official
  - id: b
    type: web
    url: http://x.test/list.html
    web: {links: "a::attr(href)", max_pages: 2}
"""
    parsed = parse_sources(text)
    assert isinstance(parsed.sources[0], RssSource) and isinstance(parsed.sources[1], WebSource)
    assert parsed.sources[1].web.max_pages == 2


def test_errors_name_the_line_and_field() -> None:
    text = """sources:
  - id: a
    type: rss
    url: http://x.test/feed.xml
  - id: b
    type: rss
    url: http://x.test/f2.xml
    interval_s: often
"""
    with pytest.raises(ConfigError) as err:
        parse_sources(text, "sources.yaml")
    assert "sources.yaml:8:" in str(err.value) and "interval_s" in str(err.value)


def test_unknown_type_duplicate_id_and_unknown_variable() -> None:
    with pytest.raises(ConfigError, match=r"sources\.yaml:3"):
        parse_sources("sources:\n  - id: a\n    type: ftp\n    url: http://x.test/\n", "sources.yaml")
    dup = "sources:\n  - {id: a, type: rss, url: 'http://x.test/'}\n  - {id: a, type: rss, url: 'http://x.test/2'}\n"
    with pytest.raises(ConfigError, match="duplicate source id"):
        parse_sources(dup, "sources.yaml")
    with pytest.raises(ConfigError, match=r"sources\.yaml:2: unknown variable"):
        parse_sources("sources:\n  - {id: a, type: rss, url: 'http://x:${port}/'}\n", "sources.yaml", {"demo_port": 1})
