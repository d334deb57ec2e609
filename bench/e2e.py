"""End-to-end benchmark: items.raw → classifier → items.classified → alerting → PostgreSQL.

Runs a real Kafka broker and a real PostgreSQL cluster (both started here unless
``YUQING_BENCH_KAFKA_BOOTSTRAP`` / ``YUQING_BENCH_POSTGRES_URL`` are given), the real ``yuqing
classify`` and ``yuqing alert`` worker processes, and a stream generated from the project's own
corpus (``bench/streamgen.py``). Four measurements:

1. throughput with one classifier worker and one alerting worker: a backlog of ``--items`` items is
   published and the clock runs until every item is stored, classified, routed and alert-evaluated
   (stored, and the alerting consumer group has committed everything);
2. the same with two classifier workers in one consumer group;
3. the same with one classifier worker and two alerting workers in one consumer group: per
   alerting worker, the items it stored and the share of its busy time spent waiting on the other
   (row locks another worker held, conflict retries), as each ``yuqing alert`` reports on exit;
4. latency at steady publish rates (``--rates``, items/s, each for ``--seconds``): publish →
   stored, and publish → alert visible to the desk (the alert's entry on the ``alerts`` topic, which
   the desk's live stream reads), each on a fresh pipeline (topics and database) with one worker per
   stage. The first rate is the bar (1,000/s); a rate above what the machine sustains measures
   queueing, so a lower one is measured too (figures suffixed ``_at_<rate>``).

Each throughput phase also reports the CPU time per item of every worker process, of the broker and
of PostgreSQL (when this benchmark started them, or ``YUQING_BENCH_POSTGRES_DIR`` names the data
directory of the given PostgreSQL): on two cores, where the time goes decides the throughput.

Before the measured phases, ``--warm-up`` items (default 20,000) run through a pipeline that is not
measured: a broker in service is long warm, while a freshly started one spends more CPU per item
while its JVM compiles (Kafka ≈ 360 µs per item in the first phase with ``--warm-up 0`` on the
development machine, ≈ 290 µs after the warm-up).

Prints the figures, writes ``bench/out/e2e.png`` (throughput and lag over time) and ends with one
JSON line. Usage: ``python bench/e2e.py [--items 20000] [--rates 1000,400] [--seconds 20] [--warm-up 20000]``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _infra import children_of, cpu_seconds, peak_rss_mb, postmaster_pid, wait_until
from sqlalchemy import create_engine, text
from streamgen import generate

from models.topics import ALERTS, ITEMS_RAW
from tests.devtools.pgcluster import PgCluster, fresh_database
from tests.devtools.ports import free_port_pair
from yuqing.broker import KafkaRuntime, ensure_topics
from yuqing.bus import BusProducer
from yuqing.db.migrate import upgrade
from yuqing.errors import RetryableError
from yuqing.lag import STAGE_GROUPS, LagReader

OUT = Path(__file__).resolve().parent / "out"


@dataclass
class Timeline:
    t: list[float] = field(default_factory=list)
    stored: list[int] = field(default_factory=list)
    lag_classifier: list[int] = field(default_factory=list)
    lag_alerting: list[int] = field(default_factory=list)


@dataclass
class Workers:
    procs: dict[str, subprocess.Popen[bytes]]

    def peak_rss(self) -> dict[str, float | None]:
        return {name: peak_rss_mb(p.pid) for name, p in self.procs.items()}

    def stop(self) -> None:
        for p in self.procs.values():
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)
        for p in self.procs.values():
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()


OTHER_PIDS: dict[str, int] = {}
"""Processes whose CPU time the throughput phases also report: the broker and PostgreSQL's
postmaster (its backends are summed), when this benchmark started them."""


def cpu_by_process(workers: Workers) -> dict[str, float]:
    """CPU seconds used so far by each worker, the broker and PostgreSQL (postmaster + backends)."""
    out = {name: cpu_seconds(p.pid) or 0.0 for name, p in workers.procs.items()}
    if "kafka" in OTHER_PIDS:
        out["kafka"] = cpu_seconds(OTHER_PIDS["kafka"]) or 0.0
    if "postgres" in OTHER_PIDS:
        pids = [OTHER_PIDS["postgres"], *children_of(OTHER_PIDS["postgres"])]
        out["postgres"] = sum(cpu_seconds(p) or 0.0 for p in pids)
    return out


def start_workers(env: dict[str, str], classifiers: int, alerters: int, logdir: Path) -> Workers:
    procs: dict[str, subprocess.Popen[bytes]] = {}
    commands = [(f"classify-{i + 1}", "classify") for i in range(classifiers)]
    commands += [(f"alert-{i + 1}", "alert") for i in range(alerters)]
    for name, command in commands:
        log = (logdir / f"{name}.log").open("wb")
        procs[name] = subprocess.Popen(
            [sys.executable, "-m", "cli.main", command], env=env, stdout=log, stderr=subprocess.STDOUT
        )
    return Workers(procs)


def alert_worker_stats(logdir: Path) -> dict[str, object]:
    """What each ``yuqing alert`` printed on exit: items stored, busy time, waits, retries."""
    out: dict[str, object] = {}
    for path in sorted(logdir.glob("alert-*.log")):
        for line in path.read_text(errors="replace").splitlines():
            if line.startswith("alert worker grouping: "):
                out[path.stem] = json.loads(line.split(": ", 1)[1])
    return out


def count_stored(engine, ids_table: str | None = None) -> int:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM items WHERE classified_at IS NOT NULL")).scalar_one())


def sample(reader: LagReader, prefix: str, engine, timeline: Timeline, t0: float) -> int:  # type: ignore[no-untyped-def]
    stored = count_stored(engine)
    lags = reader.stage_lags(prefix)
    timeline.t.append(time.monotonic() - t0)
    timeline.stored.append(stored)
    timeline.lag_classifier.append(lags["classifier"].lag)
    timeline.lag_alerting.append(lags["alerting"].lag)
    return stored


def pct(values: list[float], q: float) -> float | None:
    if not values:
        return None
    values = sorted(values)
    return round(values[min(len(values) - 1, int(q * len(values)))], 3)


def run_phase(
    name: str, *, bootstrap: str, pg_url: str, classifiers: int, items: int, rates: list[float], seconds: float,
    workdir: Path, alerters: int = 1,
) -> dict[str, object]:  # fmt: skip
    prefix = f"e2e{name}{os.getpid()}."
    ensure_topics(bootstrap, prefix)
    db_url = fresh_database(pg_url, f"e2e_{name}_{os.getpid()}")
    upgrade(db_url)
    engine = create_engine(db_url)
    env = dict(os.environ)
    env.update(
        YUQING_KAFKA_BOOTSTRAP=bootstrap,
        YUQING_KAFKA_TOPIC_PREFIX=prefix,
        YUQING_DATABASE_URL=db_url,
        YUQING_DATA_DIR=str(workdir / name),
        YUQING_LOG_LEVEL="WARNING",
    )
    logdir = workdir / f"logs-{name}"
    logdir.mkdir(parents=True, exist_ok=True)
    workers = start_workers(env, classifiers, alerters, logdir)
    reader = LagReader(bootstrap)
    result: dict[str, object] = {"classifier_workers": classifiers, "alerting_workers": alerters}
    try:
        for stage, count in (("classifier", classifiers), ("alerting", alerters)):
            group, topic = STAGE_GROUPS[stage]
            if not wait_until(lambda g=group, t=topic, n=count: _members(reader, g, prefix + t) >= n, 90):
                raise SystemExit(f"{stage} workers did not join within 90 s; see {logdir}")
        producer = BusProducer(bootstrap, prefix, client_id="bench-e2e")
        if items:
            before = cpu_by_process(workers)
            result.update(throughput_phase(name, producer, reader, prefix, engine, items))
            after = cpu_by_process(workers)
            # CPU per item of each process over the phase (PostgreSQL backends that ended are missed)
            result["cpu_us_per_item"] = {k: round((after[k] - before.get(k, 0.0)) / items * 1e6) for k in after}
        for k, r in enumerate(rates):
            result.update(
                latency_phase(producer, engine, r, seconds, now=datetime.now(UTC), seed=99 + k, bootstrap=bootstrap,
                              prefix=prefix)
            )  # fmt: skip
        result["peak_rss_mb"] = {k: round(v, 1) if v else None for k, v in workers.peak_rss().items()}
        producer.close()
    finally:
        reader.close()
        workers.stop()
        engine.dispose()
    result["alert_workers"] = alert_worker_stats(logdir)
    return result


def throughput_phase(
    name: str, producer: BusProducer, reader: LagReader, prefix: str, engine, items: int
) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Publish a backlog of ``items`` at once and time until every item is stored and evaluated."""
    result: dict[str, object] = {}
    now = datetime.now(UTC)
    backlog = list(generate(items, now=now, seed=11, tag="backlog"))
    timeline = Timeline()
    t0 = time.monotonic()
    for item in backlog:
        producer.publish(ITEMS_RAW, item)
    producer.flush()
    publish_s = time.monotonic() - t0
    print(f"[{name}] published {items} items in {publish_s:.1f}s; draining ...", flush=True)
    deadline = time.monotonic() + max(120, items / 100)
    stored = 0
    while time.monotonic() < deadline:
        stored = sample(reader, prefix, engine, timeline, t0)
        if stored >= items and timeline.lag_alerting[-1] == 0:  # stored, and every batch evaluated
            break
        time.sleep(0.5)
    elapsed = timeline.t[-1]
    result["items"] = items
    result["stored"] = stored
    result["items_per_s"] = round(stored / elapsed, 1) if elapsed else None
    result["timeline"] = timeline
    print(
        f"[{name}] {stored}/{items} stored and evaluated in {elapsed:.1f}s = {result['items_per_s']} items/s",
        flush=True,
    )
    return result


def latency_phase(
    producer: BusProducer, engine, rate: float, seconds: float, *, now: datetime, seed: int, bootstrap: str,
    prefix: str,
) -> dict[str, object]:  # type: ignore[no-untyped-def]  # fmt: skip
    """Publish at ``rate`` items/s; measure publish → stored and publish → alert on the desk's feed."""
    n = int(rate * seconds)
    paced = list(generate(n, now=now, seed=seed, tag=f"paced{seed}"))
    sent_at: dict[str, float] = {}
    start = time.time()
    for k, item in enumerate(paced):
        due = start + k / rate
        delay = due - time.time()
        if delay > 0:
            time.sleep(delay)
        sent_at[item.id] = time.time()
        producer.publish(ITEMS_RAW, item)
        if k % 50 == 0:
            producer.flush()
    producer.flush()
    ids = list(sent_at)
    wait_until(lambda: _stored_count(engine, ids) >= n, 120, 0.5)
    time.sleep(3.0)  # the last batch's alerts reach the feed after its items are stored
    on_feed = feed_times(bootstrap, prefix)
    stored_lat: list[float] = []
    alert_lat: list[float] = []
    with engine.connect() as conn:
        for chunk in range(0, n, 1000):
            part = ids[chunk : chunk + 1000]
            for item_id, stored_at in conn.execute(
                text("SELECT id, stored_at FROM items WHERE id = ANY(:ids)"), {"ids": part}
            ):
                stored_lat.append(stored_at.timestamp() - sent_at[item_id])
            first_alert: dict[str, float] = {}
            for item_id, alert_id in conn.execute(
                text("SELECT item_id, id FROM alerts WHERE item_id = ANY(:ids)"), {"ids": part}
            ):
                if alert_id in on_feed:
                    first_alert[item_id] = min(first_alert.get(item_id, float("inf")), on_feed[alert_id])
            alert_lat += [at - sent_at[item_id] for item_id, at in first_alert.items()]
    print(
        f"[latency] {n} items at {rate:.0f}/s: stored p95 {pct(stored_lat, 0.95)}s, "
        f"alerts {len(alert_lat)} p95 {pct(alert_lat, 0.95)}s",
        flush=True,
    )
    return {
        "latency_rate_items_per_s": rate,
        "latency_items": n,
        "latency_stored": len(stored_lat),
        "p50_stored_latency_s": pct(stored_lat, 0.50),
        "p95_stored_latency_s": pct(stored_lat, 0.95),
        "p99_stored_latency_s": pct(stored_lat, 0.99),
        "alerts_measured": len(alert_lat),
        "p50_alert_latency_s": pct(alert_lat, 0.50),
        "p95_alert_latency_s": pct(alert_lat, 0.95),
        "p99_alert_latency_s": pct(alert_lat, 0.99),
    }


def feed_times(bootstrap: str, prefix: str) -> dict[str, float]:
    """When each alert first appeared on the desk's feed (the ``alerts`` topic), seconds since the epoch."""
    from confluent_kafka import OFFSET_BEGINNING, Consumer, TopicPartition

    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": "bench-feed-times", "enable.auto.commit": False})
    consumer.assign([TopicPartition(ALERTS.full_name(prefix), 0, OFFSET_BEGINNING)])
    try:
        seen: dict[str, float] = {}
        while records := consumer.consume(1000, 3.0):
            for record in records:
                if record.error() is None:
                    seen.setdefault(ALERTS.decode(record.value()).id, record.timestamp()[1] / 1000)
        return seen
    finally:
        consumer.close()


def _members(reader: LagReader, group: str, topic: str) -> int:
    try:
        return reader.group_lag(group, topic).members
    except RetryableError:  # the group's coordinator is still being set up
        return 0


def _stored_count(engine, ids: list[str]) -> int:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM items WHERE id = ANY(:ids)"), {"ids": ids}).scalar_one())


def plot(phases: dict[str, dict[str, object]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (ax1, ax2) = plt.subplots(2, 1, figsize=(9, 6), sharex=True)
    for name, res in phases.items():
        tl: Timeline = res["timeline"]  # type: ignore[assignment]
        span = 4  # samples (~2 s): stored counts move in batch commits, so rate over a short window
        rates = [
            (tl.stored[i] - tl.stored[max(0, i - span)]) / max(1e-6, tl.t[i] - tl.t[max(0, i - span)]) if i else 0.0
            for i in range(len(tl.t))
        ]
        ax1.plot(tl.t, rates, label=f"{name}: stored items/s")
        ax2.plot(tl.t, tl.lag_classifier, label=f"{name}: classifier lag")
        ax2.plot(tl.t, tl.lag_alerting, linestyle="--", label=f"{name}: alerting lag")
    ax1.set_ylabel("items/s")
    ax1.legend()
    ax2.set_ylabel("messages behind")
    ax2.set_xlabel("seconds since first publish")
    ax2.legend()
    fig.suptitle("yuqing end-to-end: throughput and consumer lag")
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=20_000, help="backlog size per throughput phase")
    parser.add_argument(
        "--rates",
        default="1000,400",
        help="steady publish rates for the latency phases (items/s, comma-separated; the first is the bar)",
    )
    parser.add_argument("--seconds", type=float, default=20.0, help="length of the latency phase")
    parser.add_argument(
        "--warm-up",
        type=int,
        default=20_000,
        help="items run through the pipeline before anything is measured (0: none)",
    )
    args = parser.parse_args()

    OUT.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="yuqing-e2e-"))
    runtime = pg = None
    bootstrap = os.environ.get("YUQING_BENCH_KAFKA_BOOTSTRAP")
    pg_url = os.environ.get("YUQING_BENCH_POSTGRES_URL")
    try:
        if not bootstrap:
            runtime = KafkaRuntime(data_dir=workdir, cache_dir=Path.home() / ".cache" / "yuqing", port=free_port_pair())
            bootstrap = runtime.start(echo=True).bootstrap
            if runtime.pid() is not None:
                OTHER_PIDS["kafka"] = runtime.pid()  # type: ignore[assignment]
        if not pg_url:
            pg = PgCluster()
            pg_url = pg.start()
        pg_dir = os.environ.get("YUQING_BENCH_POSTGRES_DIR") or (str(pg.dir / "data") if pg else "")
        if pg_dir and postmaster_pid(Path(pg_dir)) is not None:
            OTHER_PIDS["postgres"] = postmaster_pid(Path(pg_dir))  # type: ignore[assignment]
        print(f"broker {bootstrap}; PostgreSQL {pg_url}; logs in {workdir}", flush=True)
        common = {"bootstrap": bootstrap, "pg_url": pg_url, "workdir": workdir, "seconds": args.seconds}
        if args.warm_up:
            # A broker in service has run for days: its JIT-compiled code and PostgreSQL's caches are
            # warm. A fresh one spends more CPU per item on its first tens of thousands.
            warm = run_phase("warmup", classifiers=1, items=args.warm_up, rates=[], **common)
            print(f"[warm-up] {warm['items_per_s']} items/s (not counted)", flush=True)
        one = run_phase("one", classifiers=1, items=args.items, rates=[], **common)
        two = run_phase("two", classifiers=2, items=args.items, rates=[], **common)
        scaled = run_phase("alert2", classifiers=1, alerters=2, items=args.items, rates=[], **common)
        for worker, stats in scaled["alert_workers"].items():  # type: ignore[attr-defined]
            print(f"[alert2] {worker}: {json.dumps(stats)}", flush=True)
        # Latency on a fresh pipeline per rate (fresh topics and database, as on a new day): after a
        # backlog every incident already has its alert, so nothing new would be raised to measure.
        latencies = [
            run_phase(f"lat{r:g}", classifiers=1, items=0, rates=[r], **common)
            for r in (float(x) for x in args.rates.split(",") if x)
        ]
    finally:
        if runtime is not None:
            runtime.stop()
        if pg is not None:
            pg.destroy()
    plot({"1 classifier": one, "2 classifiers": two, "2 alerting workers": scaled}, OUT / "e2e.png")
    figures = {k: v for k, v in one.items() if k != "timeline"}
    figures["items_per_s_two_workers"] = two["items_per_s"]
    figures["cpu_us_per_item_two_workers"] = two.get("cpu_us_per_item")
    figures["cpu_us_per_item_two_alerting_workers"] = scaled.get("cpu_us_per_item")
    figures["peak_rss_mb_two_workers"] = two["peak_rss_mb"]
    figures["items_per_s_two_alerting_workers"] = scaled["items_per_s"]
    figures["two_alerting_workers"] = {
        name: {k: stats[k] for k in ("items_stored", "wait_share", "lock_waits", "retries", "reconciled_events")}
        for name, stats in scaled["alert_workers"].items()  # type: ignore[attr-defined]
    }
    figures["peak_rss_mb_two_alerting_workers"] = scaled["peak_rss_mb"]
    for k, lat in enumerate(latencies):
        suffix = "" if k == 0 else f"_at_{lat['latency_rate_items_per_s']:g}"
        figures.update(
            {f"{key}{suffix}": v for key, v in lat.items() if key.startswith(("latency", "p5", "p9", "alerts"))}
        )
    figures["max_lag_classifier"] = max(one["timeline"].lag_classifier, default=0)  # type: ignore[attr-defined]
    figures["machine"] = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    figures["plot"] = str(OUT / "e2e.png")
    figures["targets"] = {"items_per_s": 1500, "p95_alert_latency_s": 2.0}
    print(json.dumps(figures, ensure_ascii=False))


if __name__ == "__main__":
    main()
