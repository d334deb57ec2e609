"""A local HTTP server serving the collectors' own fixtures (feeds, pages, JSON, hostile endpoints),
and helpers to read what landed on a Kafka topic."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from models.topics import Topic

FIXTURES = Path(__file__).parent / "fixtures"


@dataclass
class Route:
    """How the fixture server answers one path."""

    body: bytes = b""
    content_type: str = "application/xml"
    status: int = 200
    etag: bool = True
    delay_s: float = 0.0
    redirect_to: str | None = None
    stream_bytes: int = 0
    """Instead of ``body``: stream this many bytes (a hostile huge body) without Content-Length."""
    headers: dict[str, str] = field(default_factory=dict)
    """Extra response headers (e.g. ``Content-Encoding``)."""
    respond: Callable[[str, bytes], bytes] | None = None
    """Instead of ``body``: the body for a request's query string and request body (a POST's form)."""


@dataclass
class FixtureSite:
    """Routes by path; tests change them while the server runs. ``hits`` counts requests per path."""

    routes: dict[str, Route] = field(default_factory=dict)
    hits: dict[str, int] = field(default_factory=dict)
    conditional_hits: dict[str, int] = field(default_factory=dict)
    posts: list[tuple[str, str, bytes]] = field(default_factory=list)
    """Every POST as (path, query string, body)."""
    base: str = ""

    def add(self, path: str, route: Route) -> str:
        self.routes[path] = route
        return self.base + path

    def add_file(self, path: str, name: str, content_type: str = "application/xml", **kw: Any) -> str:
        return self.add(path, Route(body=(FIXTURES / name).read_bytes(), content_type=content_type, **kw))


def _handler(site: FixtureSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            path, _, query = self.path.partition("?")
            data = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            site.posts.append((path, query, data))
            self.do_GET(data)

        def do_GET(self, data: bytes = b"") -> None:
            path, _, query = self.path.partition("?")
            site.hits[path] = site.hits.get(path, 0) + 1
            route = site.routes.get(path)
            if route is None:
                self._send(404, "text/plain", b"not found")
                return
            if route.respond is not None:
                self._send(route.status, route.content_type, route.respond(query, data))
                return
            if route.delay_s:
                time.sleep(route.delay_s)
            if route.redirect_to:
                self.send_response(302)
                self.send_header("Location", route.redirect_to)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if route.stream_bytes:
                self._stream(route)
                return
            etag = '"' + hashlib.sha256(route.body).hexdigest()[:16] + '"'
            if route.etag and route.status == 200 and self.headers.get("If-None-Match") == etag:
                site.conditional_hits[path] = site.conditional_hits.get(path, 0) + 1
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self._send(route.status, route.content_type, route.body, etag if route.etag else None, route.headers)

        def _send(
            self, status: int, ctype: str, body: bytes, etag: str | None = None, headers: dict[str, str] | None = None
        ) -> None:
            self.send_response(status)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            if etag:
                self.send_header("ETag", etag)
            self.end_headers()
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                # the client hung up first (a size limit or a timeout under test), as the internet's do
                self.close_connection = True

        def _stream(self, route: Route) -> None:
            self.send_response(200)
            self.send_header("Content-Type", route.content_type)
            self.send_header("Connection", "close")
            self.end_headers()
            chunk = b"<item>" + b"x" * 65_530
            sent = 0
            try:
                while sent < route.stream_bytes:
                    self.wfile.write(chunk)
                    sent += len(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
            self.close_connection = True

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


@pytest.fixture
def site() -> Iterator[FixtureSite]:
    """A fixture web server on 127.0.0.1 (a fresh one per test)."""
    state = FixtureSite()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    server.daemon_threads = True
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


def read_topic(bootstrap: str, topic: Topic[Any], prefix: str, *, max_s: float = 20.0) -> list[Any]:
    """Every message on ``topic`` now, from the beginning up to the end offsets (no consumer group)."""
    from kafka import KafkaConsumer, TopicPartition

    name = topic.full_name(prefix)
    consumer = KafkaConsumer(bootstrap_servers=bootstrap.split(","), enable_auto_commit=False, group_id=None)
    out: list[Any] = []
    try:
        partitions = [TopicPartition(name, p) for p in sorted(consumer.partitions_for_topic(name) or ())]
        consumer.assign(partitions)
        consumer.seek_to_beginning(*partitions)
        end = consumer.end_offsets(partitions)
        deadline = time.monotonic() + max_s
        while any(consumer.position(tp) < end[tp] for tp in partitions) and time.monotonic() < deadline:
            for records in consumer.poll(timeout_ms=200).values():
                out.extend(topic.decode(r.value) for r in records)
    finally:
        consumer.close()
    return out


@pytest.fixture
def topic_reader(kafka_bootstrap: str, topic_prefix: str) -> Callable[..., list[Any]]:
    def read(topic: Topic[Any], **kw: Any) -> list[Any]:
        return read_topic(kafka_bootstrap, topic, topic_prefix, **kw)

    return read


def collect_process_env(tmp_path: Path, sources_yaml: str, bootstrap: str, prefix: str) -> dict[str, str]:
    """Environment for a ``yuqing collect`` process: the given sources, a migrated SQLite database."""
    from yuqing.db.migrate import upgrade

    jurisdiction = tmp_path / "j"
    jurisdiction.mkdir(exist_ok=True)
    (jurisdiction / "sources.yaml").write_text(sources_yaml, encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'y.db'}"
    upgrade(db)
    return {
        **os.environ,
        "YUQING_DATABASE_URL": db,
        "YUQING_DATA_DIR": str(tmp_path / "data"),
        "YUQING_KAFKA_BOOTSTRAP": bootstrap,
        "YUQING_KAFKA_TOPIC_PREFIX": prefix,
        "YUQING_JURISDICTION_DIR": str(jurisdiction),
    }


def start_collect(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    """Start ``yuqing collect`` as a real process, its output appended to ``log``."""
    with log.open("ab") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "cli.main", "collect"], env=env, stdout=out, stderr=subprocess.STDOUT
        )
