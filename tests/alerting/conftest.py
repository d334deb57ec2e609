"""Fixtures of the alerting tests: a small alerting configuration, local HTTP and SMTP receivers."""

from __future__ import annotations

import json
import threading
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

with warnings.catch_warnings():
    # kafka-python loads its protocol schemas with a deprecated importlib.resources call at import.
    warnings.simplefilter("ignore", DeprecationWarning)
    import kafka  # noqa: F401

from alerting.config import AlertingConfig, load_alerting_config

RULES = """
quiet_minutes: 0
grouping: {window_hours: 72, simhash_distance: 3, similarity: 0.3, bucket_minutes: 10}
rules:
  - {id: grade-large, name: 较大及以上事件, type: grade, min_grade: large, level: 一级}
  - {id: neg-official, name: 官方负面, type: negative_official, source_tiers: [official], units: [jiaoyu],
     level: 二级}
  - {id: event-spike, name: 事件激增, type: spike, scope: event, window_minutes: 60, baseline_windows: 6,
     min_count: 4, factor: 2.0, level: 二级}
  - {id: watch, name: 关注词, type: watch_words, words: [坍塌, 爆炸], exclude: [演练], regions: [虎山], level: 三级}
"""
LEVELS = """
levels:
  - {name: 一级, colour: red, channels: [desk_feed, webhook], renotify_minutes: 10, escalation: urgent}
  - {name: 二级, colour: orange, channels: [desk_feed, webhook], renotify_minutes: 30, escalation: urgent}
  - {name: 三级, colour: yellow, channels: [desk_feed], renotify_minutes: 60, escalation: desk_only}
"""
ESCALATION = """
chains:
  urgent:
    - {action: notify, target: desk}
    - {action: wait}
    - {action: notify, target: desk}
    - {action: wait, minutes: 20}
    - {action: notify, target: leaders}
  desk_only:
    - {action: notify, target: desk}
"""
CHANNELS = """
retries: 2
backoff_s: 0
desk_recipients: {emails: [desk@example.cn]}
channels:
  desk_feed: {type: desk_feed}
  webhook: {type: webhook, url_env: TEST_WEBHOOK_URL, secret_env: TEST_WEBHOOK_SECRET}
"""


def write_config(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in {
        "alert_rules.yaml": RULES,
        "levels.yaml": LEVELS,
        "escalation.yaml": ESCALATION,
        "channels.yaml": CHANNELS,
    }.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def config_dir(tmp_path: Path) -> Path:
    return write_config(tmp_path / "jurisdiction")


@pytest.fixture
def alerting_config(config_dir: Path) -> AlertingConfig:
    return load_alerting_config(config_dir)


@dataclass
class Captured:
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Receiver:
    """A local HTTP server recording every POST; ``mode`` per path: ok, errcode, fail (500), hang."""

    base: str
    requests: list[Captured] = field(default_factory=list)
    modes: dict[str, str] = field(default_factory=dict)

    def url(self, path: str) -> str:
        return f"{self.base}{path}"

    def to(self, path: str) -> list[Captured]:
        return [r for r in self.requests if r.path.split("?")[0] == path]


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    holder: dict[str, Receiver] = {}
    release = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            rec = holder["r"]
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            rec.requests.append(Captured(self.path, {k.lower(): v for k, v in self.headers.items()}, body))
            mode = rec.modes.get(self.path.split("?")[0], "ok")
            if mode == "hang":
                release.wait(3)
                return
            status, answer = (500, b"boom") if mode == "fail" else (200, b'{"errcode":0,"errmsg":"ok"}')
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    holder["r"] = Receiver(f"http://127.0.0.1:{server.server_address[1]}")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield holder["r"]
    release.set()
    time.sleep(0.05)
    server.shutdown()
    server.server_close()
