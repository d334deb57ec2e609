"""Collector throughput: items/s from a local HTTP server into Kafka, through the real pipeline.

Serves RSS feeds (UTF-8 and undeclared GBK) and a JSON API on 127.0.0.1, then runs every source
once through the production path (fetch → decode → parse → normalise → SimHash dedupe → publish →
flush → record) and measures items/s; then re-polls (conditional GET, nothing new) and measures
that too. Texts are the real citizen messages of ``../shared/data/tipdm2020`` when present
(measurement only, never copied), else generated sentences (the output says which).

Run: ``python bench/collectors.py`` (starts its own broker unless YUQING_BENCH_KAFKA_BOOTSTRAP is
set). The last line of output is one JSON object with the figures.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import random
import sys
import tempfile
import threading
import time
from email.utils import format_datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from collectors.config import parse_sources  # noqa: E402
from collectors.worker import build_app  # noqa: E402
from models.timeutil import SHANGHAI, utcnow  # noqa: E402
from tests.devtools.ports import free_port_pair  # noqa: E402
from yuqing.broker import KafkaRuntime, ensure_topics  # noqa: E402
from yuqing.db.migrate import upgrade  # noqa: E402
from yuqing.settings import Settings  # noqa: E402

MESSAGES = ROOT.parent / "shared" / "data" / "tipdm2020" / "messages_labeled.csv"
FEEDS = 4
PER_FEED = 500
JSON_RECORDS = 500


def texts() -> tuple[list[tuple[str, str]], str]:
    if MESSAGES.exists():
        with MESSAGES.open(encoding="utf-8") as fh:
            rows = [(r["留言主题"].strip(), r["留言详情"].strip()) for r in csv.DictReader(fh)]
        return [(title or text[:30], text) for title, text in rows if text], str(MESSAGES)
    rng = random.Random(7)
    words = list("居民反映小区道路积水噪音供暖物业学校医院停车垃圾施工安全隐患希望尽快处理部门整改")
    rows = []
    for i in range(3000):
        title = f"关于{''.join(rng.sample(words, 6))}的问题{i}"
        rows.append((title, "，".join("".join(rng.sample(words, 12)) for _ in range(8))))
    return rows, "generated"


def rss(items: list[tuple[str, str]], feed: int, base: str) -> str:
    now = utcnow().astimezone(SHANGHAI)
    entries = "\n".join(
        f"<item><title>{escape(t)}</title><link>{base}/f{feed}/{i}.html?utm_source=rss</link>"
        f"<pubDate>{format_datetime(now)}</pubDate><description>{escape(x)}</description></item>"
        for i, (t, x) in enumerate(items)
    )
    return (
        f'<?xml version="1.0"?>\n<rss version="2.0"><channel><title>bench {feed}</title>\n{entries}\n</channel></rss>'
    )


def serve(routes: dict[str, tuple[bytes, str]]) -> tuple[ThreadingHTTPServer, str]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            body, ctype = routes.get(self.path, (b"", "text/plain"))
            etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("ETag", etag)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def main() -> None:
    rows, origin = texts()
    work = Path(tempfile.mkdtemp(prefix="yuqing-bench-collectors-"))
    routes: dict[str, tuple[bytes, str]] = {}
    server, base = serve(routes)
    lines = ["sources:"]
    for feed in range(FEEDS):
        chunk = rows[feed * PER_FEED : (feed + 1) * PER_FEED]
        doc = rss(chunk, feed, base)
        gbk = feed % 2 == 1
        body = doc.encode("gbk", "xmlcharrefreplace") if gbk else doc.encode("utf-8")
        routes[f"/feed{feed}.xml"] = (body, "application/xml")
        lines.append(f"  - {{id: feed{feed}, type: rss, url: '{base}/feed{feed}.xml', http: {{min_delay_s: 0}}}}")
    records = [
        {"id": i, "title": t, "content": x, "created_at": utcnow().isoformat(), "user": f"u{i}", "likes": i % 50}
        for i, (t, x) in enumerate(rows[FEEDS * PER_FEED : FEEDS * PER_FEED + JSON_RECORDS])
    ]
    routes["/api.json"] = (json.dumps(records, ensure_ascii=False).encode("utf-8"), "application/json")
    lines.append(f"  - {{id: api, type: json_api, url: '{base}/api.json', json: {{author: user, likes: likes}}, "
                 "http: {min_delay_s: 0}}")  # fmt: skip
    sources = parse_sources("\n".join(lines) + "\n")

    runtime = None
    bootstrap = os.environ.get("YUQING_BENCH_KAFKA_BOOTSTRAP")
    if not bootstrap:
        settings0 = Settings()
        runtime = KafkaRuntime(data_dir=work, cache_dir=settings0.cache_dir, port=free_port_pair())
        runtime.start()
        bootstrap = runtime.bootstrap
    prefix = f"bench{int(time.time())}."
    ensure_topics(bootstrap, prefix)
    settings = Settings(
        data_dir=work, database_url=f"sqlite:///{work / 'bench.db'}", kafka_bootstrap=bootstrap,
        kafka_topic_prefix=prefix,
    )  # fmt: skip
    upgrade(settings.effective_database_url)
    app = build_app(settings, sources)
    try:
        started = time.perf_counter()
        outcomes = app.runner.run_once()
        first_s = time.perf_counter() - started
        published = sum(o.published for o in outcomes)
        failed = [o.source_id for o in outcomes if not o.ok]
        started = time.perf_counter()
        again = app.runner.run_once()
        repoll_s = time.perf_counter() - started
    finally:
        app.close()
        server.shutdown()
        if runtime is not None:
            runtime.stop()
    offered = FEEDS * PER_FEED + len(records)
    print(f"texts: {origin}; offered {offered} items from {len(outcomes)} sources (2 feeds in undeclared GBK)")
    print(f"first poll: {published} published in {first_s:.2f} s; re-poll (304): {repoll_s:.3f} s")
    print(
        "per source: "
        + ", ".join(f"{o.source_id}={o.published}{'' if o.ok else ' FAILED ' + str(o.error)}" for o in outcomes)
    )
    print(json.dumps({
        "bench": "collectors", "texts": "tipdm2020" if MESSAGES.exists() else "generated",
        "items_offered": offered, "items_published": published, "seconds": round(first_s, 3),
        "items_per_s": round(published / first_s, 1) if first_s else None,
        "repoll_s": round(repoll_s, 3), "repoll_published": sum(o.published for o in again),
        "failed_sources": failed,
    }, ensure_ascii=False))  # fmt: skip


if __name__ == "__main__":
    main()
