"""HTTP fetching for feed and API sources: bounded, polite, retried only when it may help.

* Timeouts on connect and read; at most ``max_bytes`` read while streaming (a 50 MB hostile body
  is cut off, not downloaded); at most 5 redirects (a loop is a permanent error).
* Retries with exponential back-off on timeouts, connection errors, 5xx and 429 only.
* Conditional GET: the cursor's ETag / Last-Modified are sent; 304 means "nothing new".
* Politeness: requests to one host are spaced by ``min_delay_s`` across all sources.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

from collectors.config import HttpOptions
from collectors.errors import BodyTooLargeError, PermanentFetchError, TransientFetchError


@dataclass(frozen=True)
class FetchResult:
    """A fetched body (empty and ``not_modified`` on 304) with the validators for the next poll."""

    url: str
    status: int
    body: bytes
    content_type: str | None
    cursor: dict[str, str] = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class HostThrottle:
    """Spaces requests to the same host by at least the delay asked for (thread-safe)."""

    def __init__(self, sleep: Callable[[float], None] = time.sleep, monotonic: Callable[[], float] = time.monotonic):
        self._lock = threading.Lock()
        self._next: dict[str, float] = {}
        self._sleep = sleep
        self._monotonic = monotonic

    def wait(self, host: str, delay_s: float) -> None:
        with self._lock:
            now = self._monotonic()
            start = max(now, self._next.get(host, now))
            self._next[host] = start + delay_s
        if start > now:
            self._sleep(start - now)


class HttpFetcher:
    """Fetches URLs for collectors. ``transport`` is injectable (tests, proxies)."""

    def __init__(
        self,
        *,
        transport: httpx.BaseTransport | None = None,
        throttle: HostThrottle | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._transport = transport
        self._throttle = throttle or HostThrottle()
        self._sleep = sleep

    def fetch(self, url: str, options: HttpOptions, cursor: Mapping[str, Any] | None = None) -> FetchResult:
        """GET ``url``; raise :class:`TransientFetchError` after the retries, or :class:`PermanentFetchError`."""
        attempt = 0
        while True:
            try:
                return self._fetch_once(url, options, cursor or {})
            except TransientFetchError:
                if attempt >= options.retries:
                    raise
                self._sleep(options.backoff_s * (2**attempt))
                attempt += 1

    def _fetch_once(self, url: str, options: HttpOptions, cursor: Mapping[str, Any]) -> FetchResult:
        headers = {"User-Agent": options.user_agent, "Accept-Encoding": "gzip, deflate"}
        if cursor.get("etag"):
            headers["If-None-Match"] = str(cursor["etag"])
        if cursor.get("last_modified"):
            headers["If-Modified-Since"] = str(cursor["last_modified"])
        self._throttle.wait(urlsplit(url).netloc, options.min_delay_s)
        timeout = httpx.Timeout(options.timeout_s, connect=min(options.timeout_s, 10.0))
        deadline = time.monotonic() + options.timeout_s * 2
        try:
            with (
                httpx.Client(
                    transport=self._transport, timeout=timeout, follow_redirects=True, max_redirects=5
                ) as client,
                client.stream("GET", url, headers=headers) as response,
            ):
                status = response.status_code
                if status == 304:
                    return FetchResult(str(response.url), 304, b"", None, dict(cursor))
                if status == 429 or status >= 500:
                    raise TransientFetchError(f"HTTP {status} from {url}")
                if status >= 400:
                    raise PermanentFetchError(f"HTTP {status} from {url}")
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > options.max_bytes:
                    raise BodyTooLargeError(f"body of {url} is {declared} bytes (limit {options.max_bytes})")
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > options.max_bytes:
                        raise BodyTooLargeError(f"body of {url} exceeds {options.max_bytes} bytes; not read further")
                    if time.monotonic() > deadline:
                        raise TransientFetchError(f"body of {url} took longer than {options.timeout_s * 2:.0f} s")
                    chunks.append(chunk)
                new_cursor = {k: v for k, v in cursor.items() if k not in ("etag", "last_modified")}
                if response.headers.get("etag"):
                    new_cursor["etag"] = response.headers["etag"]
                if response.headers.get("last-modified"):
                    new_cursor["last_modified"] = response.headers["last-modified"]
                return FetchResult(
                    str(response.url), status, b"".join(chunks), response.headers.get("content-type"), new_cursor
                )
        except httpx.TooManyRedirects as exc:
            raise PermanentFetchError(f"too many redirects from {url}") from exc
        except (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError) as exc:
            raise TransientFetchError(f"{type(exc).__name__} fetching {url}: {exc}") from exc
        except httpx.HTTPError as exc:
            raise PermanentFetchError(f"{type(exc).__name__} fetching {url}: {exc}") from exc
