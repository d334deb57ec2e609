"""The alerting stage alone, in-process: items/s per core from ``items.classified`` bytes to stored,
grouped, volume-counted and rule-evaluated rows (no Kafka).

A stream of ``--items`` items is generated from the project's own corpus (``bench/streamgen.py``),
classified once in-process by the example jurisdiction's classifier (not timed), and encoded as
the ``items.classified`` records the stage consumes. Then, per database (``--db``, PostgreSQL
started here unless ``YUQING_BENCH_POSTGRES_URL`` is given, and a SQLite file):

* **one worker**: the stage handler (:class:`alerting.handler.ClassifiedItemHandler`) decodes and
  handles the stream in poll batches of ``--batch`` records on one thread; items/s is wall-clock,
  and items per CPU-second of this process is the per-core figure (the database server's own CPU
  is not counted: on PostgreSQL it runs in other processes);
* **two workers** (PostgreSQL only): two processes, each handling the records of its own
  partitions of the keyed topic (``ITEMS_CLASSIFIED.key_of`` hashed as Kafka's default partitioner
  does, ``--partitions``), on one fresh database at once. Each reports its items, its busy time and
  the share of that time spent waiting on the other worker (lock and conflict waits, retries).

``--profile`` writes a pyinstrument profile of the one-worker PostgreSQL run to
``bench/out/alerting-profile.txt`` (``pip install pyinstrument``). Ends with one JSON line.
Each worker sets up the garbage collector as ``yuqing alert`` does
(:func:`yuqing.worker.tune_garbage_collector`); ``--default-gc`` leaves CPython's defaults.
Usage: ``python bench/alerting.py [--items 20000] [--batch 500] [--db pg,sqlite] [--profile] [--default-gc]``.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import platform
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from streamgen import JURISDICTION, generate

from models.messages import ClassifiedItem
from models.topics import ITEMS_CLASSIFIED

OUT = Path(__file__).resolve().parent / "out"
NOW = datetime(2026, 3, 2, 4, 0, tzinfo=UTC)


def classified_stream(n: int) -> list[bytes]:
    """``n`` items of the generated stream, classified in-process, as ``items.classified`` values."""
    from classifier.engine import load_classifier

    classifier = load_classifier(JURISDICTION)
    raw = list(generate(n, now=NOW - timedelta(minutes=1), seed=11, tag="alerting"))
    values: list[bytes] = []
    for start in range(0, n, 1000):
        part = raw[start : start + 1000]
        for item, c in zip(part, classifier.classify(part), strict=True):
            values.append(ITEMS_CLASSIFIED.encode(ClassifiedItem(item=item, classification=c, classified_at=NOW))[1])
    return values


KEYS = {
    "grouping": ITEMS_CLASSIFIED.key_of,  # what the topic uses: first place named, else topic
    "id": lambda m: m.item.id,  # the item id (spreads one incident over every partition)
    "unit": lambda m: m.classification.lead_unit or m.classification.topic,  # the routed lead unit
    "topic": lambda m: m.classification.topic,  # the classifier's topic
}


def partition_of(value: bytes, partitions: int, key: str) -> int:
    """The partition Kafka's default partitioner gives the record under key function ``key``."""
    from kafka.partitioner.default import murmur2

    raw = KEYS[key](ITEMS_CLASSIFIED.decode(value)).encode("utf-8")
    return (murmur2(raw) & 0x7FFFFFFF) % partitions


def background(n: int) -> list[bytes]:
    """``n`` distinct earlier incidents (the seed corpus's messages told of the jurisdiction's
    townships, one item each, two hours before the stream) as ``items.classified`` values: they
    stay open events, so the stream is matched against a pool of realistic size."""
    import csv

    from streamgen import load_stories

    from classifier.engine import load_classifier
    from models.enums import SourceTier, SourceType
    from models.messages import RawItem, item_id_for

    _stories, towns = load_stories()
    messages = []
    for path in sorted((JURISDICTION / "corpus").glob("*.csv")):
        with path.open(encoding="utf-8") as f:
            messages += [(r["标题"], r["内容"]) for r in csv.DictReader(f)]
    raw = []
    for k in range(n):
        title, text = messages[k % len(messages)]
        town = towns[(k // len(messages)) % len(towns)]
        url = f"https://bg.example.cn/{k}.html"
        raw.append(
            RawItem(
                id=item_id_for("bg", url), source_id="bg", source_type=SourceType.RSS, source_tier=SourceTier.FORUM,
                url=url, title=f"{town}：{title}", text=f"{town}{text}", published_at=NOW - timedelta(hours=2),
                collected_at=NOW - timedelta(hours=2),
            )
        )  # fmt: skip
    classifier = load_classifier(JURISDICTION)
    return [
        ITEMS_CLASSIFIED.encode(ClassifiedItem(item=i, classification=c, classified_at=NOW))[1]
        for i, c in zip(raw, classifier.classify(raw), strict=True)
    ]


def prepare(db_url: str, seed: list[bytes], batch: int) -> None:
    """Migrate ``db_url`` and store the background incidents (not timed)."""
    from yuqing.db.migrate import upgrade

    upgrade(db_url)
    if seed:
        run_worker(db_url, seed, batch, "seed", gc_tuned=False)


def run_worker(
    db_url: str,
    values: list[bytes],
    batch: int,
    name: str = "worker",
    ready: Any = None,
    go: Any = None,
    gc_tuned: bool = True,
) -> dict[str, Any]:
    """Decode and handle ``values`` in batches as the stage consumer does; return the figures.
    With ``ready``/``go`` (multiprocessing queue and event), report ready and wait for the start.
    ``gc_tuned``: the garbage collector set up as in ``yuqing alert``
    (:func:`yuqing.worker.tune_garbage_collector`; ``--default-gc`` leaves CPython's defaults)."""
    from alerting.config import load_alerting_config
    from alerting.handler import ClassifiedItemHandler
    from yuqing.bus.consumer import Record
    from yuqing.db.engine import make_engine, make_session_factory
    from yuqing.worker import tune_garbage_collector

    engine = make_engine(db_url)
    sessions = make_session_factory(engine)
    clock_offset = [0.0]

    def clock() -> datetime:  # the stream's time, advancing with the wall clock
        return NOW + timedelta(seconds=clock_offset[0])

    handler = ClassifiedItemHandler(sessions, load_alerting_config(JURISDICTION), None, clock=clock)
    if gc_tuned:  # as ``yuqing alert`` does once started
        tune_garbage_collector()
    if ready is not None:
        ready.put(name)
        go.wait()
    t0, c0 = time.perf_counter(), time.process_time()
    for start in range(0, len(values), batch):
        clock_offset[0] = time.perf_counter() - t0
        records = [
            Record(ITEMS_CLASSIFIED.decode(v), 0, start + k, None, v, -1)
            for k, v in enumerate(values[start : start + batch])
        ]
        handler(records)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    stats = getattr(handler, "stats", None)
    engine.dispose()
    out: dict[str, Any] = {
        "name": name,
        "items": len(values),
        "wall_s": round(wall, 2),
        "cpu_s": round(cpu, 2),
        "items_per_s": round(len(values) / wall, 1) if wall else None,
        "items_per_cpu_s": round(len(values) / cpu, 1) if cpu else None,
    }
    if stats is not None:
        out.update(stats.as_dict(wall))
        out["lock_wait_s_by_table"] = {k: round(v, 3) for k, v in handler.grouper.waits.by_table.items()}
    return out


def _worker_main(args: tuple[str, list[bytes], int, str, bool], queue: Any, ready: Any, go: Any) -> None:
    url, share, batch, name, gc_tuned = args
    queue.put(run_worker(url, share, batch, name, ready=ready, go=go, gc_tuned=gc_tuned))


def db_counts(db_url: str) -> dict[str, int]:
    from sqlalchemy import create_engine, text

    engine = create_engine(db_url)
    with engine.connect() as conn:
        counts = {
            f"db_{t}": int(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one())
            for t in ("items", "events", "alerts")
        }
        counts["db_items_without_event"] = int(
            conn.execute(text("SELECT count(*) FROM items WHERE event_id IS NULL")).scalar_one()
        )
        counts["db_merged_events"] = int(
            conn.execute(text("SELECT count(*) FROM events WHERE merged_into_id IS NOT NULL")).scalar_one()
        )
    engine.dispose()
    return counts


def run_two(base: str, values: list[bytes], seed: list[bytes], args: argparse.Namespace, key: str) -> dict[str, Any]:
    """Two worker processes, each handling the records of its partitions, on one fresh database."""
    from tests.devtools.pgcluster import fresh_database

    url = fresh_database(base, f"bench_alerting_two_{key}_{os.getpid()}")
    prepare(url, seed, args.batch)
    parts = [partition_of(v, args.partitions, key) for v in values]
    shares = [[v for v, p in zip(values, parts, strict=True) if p % 2 == w] for w in (0, 1)]
    ctx = mp.get_context("spawn")
    queue, ready, go = ctx.Queue(), ctx.Queue(), ctx.Event()
    procs = [
        ctx.Process(
            target=_worker_main,
            args=((url, share, args.batch, f"worker-{w + 1}", not args.default_gc), queue, ready, go),
        )
        for w, share in enumerate(shares)
    ]
    for p in procs:
        p.start()
    for _ in procs:
        ready.get()
    started = time.perf_counter()
    go.set()
    results = [queue.get() for _ in procs]
    for p in procs:
        p.join()
    wall = time.perf_counter() - started
    two: dict[str, Any] = {
        "key": key,
        "items_per_s": round(len(values) / wall, 1),
        "wall_s": round(wall, 2),
        "workers": sorted(results, key=lambda r: r["name"]),
    }
    two.update(db_counts(url))
    return two


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=20_000)
    parser.add_argument("--batch", type=int, default=500, help="records per poll batch (the consumer's max)")
    parser.add_argument("--db", default="pg,sqlite", help="databases to measure: pg, sqlite (comma-separated)")
    parser.add_argument("--partitions", type=int, default=ITEMS_CLASSIFIED.partitions)
    parser.add_argument("--pool", type=int, default=2000, help="open events stored before the stream")
    parser.add_argument(
        "--keys",
        default="grouping",
        help=f"key functions for two workers: {sorted(KEYS)}",
    )
    parser.add_argument("--profile", action="store_true", help="pyinstrument profile of the one-worker pg run")
    parser.add_argument(
        "--default-gc", action="store_true", help="leave CPython's garbage collector as it is (yuqing alert tunes it)"
    )
    args = parser.parse_args()

    from tests.devtools.pgcluster import PgCluster, fresh_database

    OUT.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    values = classified_stream(args.items)
    seed = background(args.pool)
    print(f"classified {len(values)} + {len(seed)} items in {time.perf_counter() - t0:.1f}s (not timed)", flush=True)
    figures: dict[str, Any] = {"items": len(values), "batch": args.batch, "pool": args.pool}
    dbs = [d.strip() for d in args.db.split(",") if d.strip()]
    workdir = Path(tempfile.mkdtemp(prefix="yuqing-bench-alerting-"))
    pg = None
    try:
        if "sqlite" in dbs:
            url = f"sqlite:///{workdir / 'alerting.db'}"
            prepare(url, seed, args.batch)
            one = run_worker(url, values, args.batch, "sqlite", gc_tuned=not args.default_gc)
            one.update(db_counts(url))
            print(f"[sqlite] one worker: {json.dumps(one, ensure_ascii=False)}", flush=True)
            figures["sqlite_one_worker"] = one
        if "pg" in dbs:
            base = os.environ.get("YUQING_BENCH_POSTGRES_URL")
            if not base:
                pg = PgCluster()
                base = pg.start()
            url = fresh_database(base, f"bench_alerting_one_{os.getpid()}")
            prepare(url, seed, args.batch)
            if args.profile:
                from pyinstrument import Profiler

                profiler = Profiler(interval=0.001)
                profiler.start()
            one = run_worker(url, values, args.batch, "pg", gc_tuned=not args.default_gc)
            if args.profile:
                profiler.stop()
                path = OUT / "alerting-profile.txt"
                path.write_text(profiler.output_text(unicode=True, color=False, show_all=False), encoding="utf-8")
                one["profile"] = str(path)
            one.update(db_counts(url))
            print(f"[pg] one worker: {json.dumps(one, ensure_ascii=False)}", flush=True)
            figures["pg_one_worker"] = one

            for key in [k.strip() for k in args.keys.split(",") if k.strip()]:
                two = run_two(base, values, seed, args, key)
                print(f"[pg] two workers, key {key}: {json.dumps(two, ensure_ascii=False)}", flush=True)
                figures[f"pg_two_workers_{key}_key"] = two
    finally:
        if pg is not None:
            pg.destroy()
        shutil.rmtree(workdir, ignore_errors=True)
    figures["machine"] = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    figures["target_items_per_cpu_s"] = 2500
    print(json.dumps(figures, ensure_ascii=False))


if __name__ == "__main__":
    main()
