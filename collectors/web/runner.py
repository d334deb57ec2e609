"""Run one web crawl in a child process and read its summary.

The child is killed when it exceeds ``timeout_s``; whatever it published and recorded before
that stays published and recorded (the sink commits per batch).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from collectors.config import WebSource
from collectors.errors import FetchError, Stopped


@dataclass(frozen=True)
class CrawlResult:
    published: int = 0
    errors: list[str] = field(default_factory=list)
    list_pages_ok: int = 0
    items: list[dict[str, Any]] = field(default_factory=list)
    """Dry runs only: the items the crawl would publish."""
    summary: dict[str, Any] = field(default_factory=dict)


def run_crawl(
    source: WebSource,
    *,
    database_url: str | None = None,
    bootstrap: str | None = None,
    prefix: str = "",
    detail_url: str | None = None,
    dry_run: bool = False,
    timeout_s: float = 600.0,
    stop: threading.Event | None = None,
) -> CrawlResult:
    """Crawl ``source`` (or only ``detail_url``) in a child process; raise :class:`FetchError` if it died.

    Setting ``stop`` kills the child within half a second and raises :class:`Stopped`.
    """
    job = {
        "source": source.model_dump(mode="json", by_alias=True),
        "database_url": database_url,
        "bootstrap": bootstrap,
        "prefix": prefix,
        "detail_url": detail_url,
        "dry_run": dry_run,
    }
    env = dict(os.environ)
    env.setdefault("PYTHONUNBUFFERED", "1")
    proc = subprocess.Popen(
        [sys.executable, "-m", "collectors.web.child"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    deadline = time.monotonic() + timeout_s
    payload: str | None = json.dumps(job)
    while True:
        try:
            stdout, stderr = proc.communicate(payload, timeout=0.5)
            break
        except subprocess.TimeoutExpired:
            payload = None  # already handed over; communicate() keeps its state across retries
            if stop is not None and stop.is_set():
                _kill(proc)
                raise Stopped(f"crawl of {source.id} abandoned: the collector is stopping") from None
            if time.monotonic() > deadline:
                _kill(proc)
                raise FetchError(f"crawl of {source.id} took longer than {timeout_s:.0f} s and was stopped") from None
    items: list[dict[str, Any]] = []
    summary: dict[str, Any] | None = None
    for line in stdout.splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict) and "item" in record:
            items.append(record["item"])
        elif isinstance(record, dict) and "summary" in record:
            summary = record["summary"]
    if summary is None:
        tail = stderr.strip().splitlines()[-3:]
        raise FetchError(f"crawl of {source.id} exited with {proc.returncode}: {' | '.join(tail)}")
    return CrawlResult(
        published=int(summary.get("published", 0)),
        errors=list(summary.get("errors", [])),
        list_pages_ok=int(summary.get("list_pages_ok", 0)),
        items=items,
        summary=summary,
    )


def _kill(proc: subprocess.Popen[str]) -> None:
    proc.kill()
    proc.communicate()
