"""The demo site's HTTP server (standard library only; loopback only).

Feeds and the JSON API answer conditional GETs (``ETag``/``If-None-Match`` and
``Last-Modified``/``If-Modified-Since``) with 304, as real sites do, so collectors can exercise
their caching against it.
"""

from __future__ import annotations

import hashlib
import re
import signal
import sys
import threading
from collections.abc import Callable
from datetime import datetime
from email.utils import format_datetime, parsedate_to_datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import FrameType
from typing import Any

from cli.demo import render
from cli.demo.content import DEFAULT_CONTENT, Channel, Timeline, load_content
from models.timeutil import utcnow

ARTICLE = re.compile(r"^/(web/article|news|forum)/(\d+)\.html$")
Response = tuple[int, str, bytes, datetime | None]


class DemoSite:
    """Routes requests to rendered demo content; independent of the HTTP machinery (testable)."""

    def __init__(self, timeline: Timeline) -> None:
        self.timeline = timeline
        self.site = timeline.content.site_name

    def respond(self, path: str, base: str) -> Response:
        """Return ``(status, content type, body, last modified)`` for ``path``."""
        path = path.split("?", 1)[0]
        tl = self.timeline
        if path in ("/", "/index.html"):
            return self._html(render.index_page(base, site=self.site), None)
        if path == "/robots.txt":
            return 200, "text/plain; charset=utf-8", render.ROBOTS_TXT.encode(), None
        if path == "/feeds/news.xml":
            items = tl.visible(Channel.NEWS)
            doc = render.rss(items, title="江山融媒", link=f"{base}/news/", base=base)
            return 200, "application/rss+xml; charset=utf-8", doc.encode("utf-8"), _newest(items)
        if path == "/feeds/forum-gbk.xml":
            items = tl.visible(Channel.FORUM)
            doc = render.rss(items, title="江山论坛", link=f"{base}/forum/", base=base, declare_encoding=False)
            # Deliberately no charset anywhere: the collectors must detect GBK themselves.
            return 200, "application/xml", doc.encode("gbk", "replace"), _newest(items)
        if path == "/web/list.html":
            items = tl.visible(Channel.WEB)
            return self._html(render.list_page(items, site="江山新闻网"), _newest(items))
        if path == "/api/messages.json":
            items = tl.visible(Channel.MESSAGES)
            return 200, "application/json; charset=utf-8", render.messages_json(items).encode(), _newest(items)
        match = ARTICLE.match(path)
        if match and tl.is_visible(int(match.group(2))):
            item = tl.item(int(match.group(2)))
            return self._html(render.article_page(item, site="江山新闻网"), item.published_at)
        return 404, "text/plain; charset=utf-8", "未找到 / not found\n".encode(), None

    @staticmethod
    def _html(doc: str, modified: datetime | None) -> Response:
        return 200, "text/html; charset=utf-8", doc.encode("utf-8"), modified


def _newest(items: list) -> datetime | None:  # type: ignore[type-arg]
    return max((i.published_at for i in items), default=None)


def make_handler(site: DemoSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "yuqing-demo/1"
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            self._serve(head=False)

        def do_HEAD(self) -> None:
            self._serve(head=True)

        def _serve(self, head: bool) -> None:
            host = self.headers.get("Host") or "{}:{}".format(*self.server.server_address[:2])  # type: ignore[index]
            status, ctype, body, modified = site.respond(self.path, f"http://{host}")
            etag = '"' + hashlib.sha256(body).hexdigest()[:20] + '"'
            if status == 200 and _not_modified(
                self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since"), etag, modified
            ):
                self.send_response(HTTPStatus.NOT_MODIFIED)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            if status == 200:
                self.send_header("ETag", etag)
                if modified is not None:
                    self.send_header("Last-Modified", format_datetime(modified, usegmt=True))
            self.end_headers()
            if not head:
                self.wfile.write(body)

        def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
            if str(code).isdigit() and int(code) >= 400:  # successful polls are routine: keep the run output quiet
                super().log_request(code, size)

        def log_message(self, format: str, *args: object) -> None:
            print(f"{self.address_string()} {format % args}", flush=True)

    return Handler


def _not_modified(
    if_none_match: str | None, if_modified_since: str | None, etag: str, modified: datetime | None
) -> bool:
    if if_none_match is not None:
        return etag in [t.strip() for t in if_none_match.split(",")] or if_none_match.strip() == "*"
    if if_modified_since and modified is not None:
        try:
            since = parsedate_to_datetime(if_modified_since)
        except (TypeError, ValueError):
            return False
        return since.tzinfo is not None and modified.replace(microsecond=0) <= since
    return False


def make_server(
    host: str = "127.0.0.1",
    port: int = 8765,
    *,
    interval_s: float = 20.0,
    content: Path = DEFAULT_CONTENT,
    clock: Callable[[], datetime] = utcnow,
) -> ThreadingHTTPServer:
    """A bound (not yet serving) demo server; ``port=0`` picks a free port."""
    timeline = Timeline(load_content(content), interval_s=interval_s, clock=clock)
    server = _DemoServer((host, port), make_handler(DemoSite(timeline)))
    server.daemon_threads = True
    return server


class _DemoServer(ThreadingHTTPServer):
    """A client that hangs up (a collector's timeout, a closed browser tab) is routine, not a
    traceback in the log; other errors are reported as usual."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


def serve_forever(host: str, port: int, *, interval_s: float = 20.0, content: Path = DEFAULT_CONTENT) -> None:
    """Serve ``content`` (a demo ``items.yaml``) until SIGINT/SIGTERM."""
    server = make_server(host, port, interval_s=interval_s, content=content)
    print(
        f"demo site serving http://{host}:{server.server_address[1]}/ (one new item every {interval_s:g}s)", flush=True
    )

    def _stop(_signum: int, _frame: FrameType | None) -> None:
        threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    try:
        server.serve_forever(poll_interval=0.5)
    finally:
        server.server_close()
