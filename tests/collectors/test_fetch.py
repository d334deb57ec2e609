"""HTTP fetching against the local fixture server: conditional GET, retries, hostile endpoints."""

from __future__ import annotations

import time

import httpx
import pytest

from collectors.config import HttpOptions
from collectors.errors import BodyTooLargeError, PermanentFetchError, TransientFetchError
from collectors.fetch import HostThrottle, HttpFetcher
from tests.collectors.conftest import FixtureSite, Route

FAST = HttpOptions(timeout_s=2, retries=2, backoff_s=0.01, min_delay_s=0)


def test_conditional_get_gives_304_with_the_cursor(site: FixtureSite) -> None:
    url = site.add_file("/feed.xml", "news.xml")
    fetcher = HttpFetcher()
    first = fetcher.fetch(url, FAST)
    assert first.status == 200 and first.cursor["etag"]
    second = fetcher.fetch(url, FAST, first.cursor)
    assert second.not_modified and second.body == b"" and second.cursor == first.cursor
    assert site.conditional_hits["/feed.xml"] == 1


def test_transient_errors_are_retried_then_reported(site: FixtureSite) -> None:
    url = site.add("/fail", Route(status=503, body=b"busy"))
    with pytest.raises(TransientFetchError, match="503"):
        HttpFetcher().fetch(url, FAST)
    assert site.hits["/fail"] == 3  # one try plus two retries


def test_client_errors_are_not_retried(site: FixtureSite) -> None:
    url = site.add("/gone", Route(status=404, body=b"gone"))
    with pytest.raises(PermanentFetchError, match="404"):
        HttpFetcher().fetch(url, FAST)
    assert site.hits["/gone"] == 1


def test_redirect_loop_is_permanent(site: FixtureSite) -> None:
    site.add("/loop-a", Route(redirect_to=site.base + "/loop-b"))
    site.add("/loop-b", Route(redirect_to=site.base + "/loop-a"))
    with pytest.raises(PermanentFetchError, match="redirects"):
        HttpFetcher().fetch(site.base + "/loop-a", FAST)


def test_huge_body_is_cut_off_without_reading_it(site: FixtureSite) -> None:
    url = site.add("/huge", Route(stream_bytes=50 * 1024 * 1024))
    started = time.monotonic()
    with pytest.raises(BodyTooLargeError):
        HttpFetcher().fetch(url, HttpOptions(max_bytes=1024 * 1024, min_delay_s=0, retries=0))
    assert time.monotonic() - started < 5


def test_slow_server_times_out_as_transient(site: FixtureSite) -> None:
    url = site.add("/slow", Route(body=b"<rss/>", delay_s=1.5))
    with pytest.raises(TransientFetchError, match="Timeout"):
        HttpFetcher().fetch(url, HttpOptions(timeout_s=0.3, retries=0, min_delay_s=0))


def test_injected_transport_and_host_politeness() -> None:
    calls: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(time.monotonic())
        return httpx.Response(200, content=b"ok")

    fetcher = HttpFetcher(transport=httpx.MockTransport(handler), throttle=HostThrottle())
    options = HttpOptions(min_delay_s=0.2, retries=0)
    fetcher.fetch("http://polite.test/a", options)
    fetcher.fetch("http://polite.test/b", options)
    assert calls[1] - calls[0] >= 0.19
