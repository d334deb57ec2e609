"""API benchmark: desk feed and unit inbox latency with 1M stored items on PostgreSQL.

Creates a fresh database on the server at ``YUQING_BENCH_POSTGRES_URL`` (else
``YUQING_TEST_POSTGRES_URL``, else a throwaway cluster it starts itself), migrates it, bulk-loads
items, events, alerts and cases with COPY,
runs VACUUM ANALYZE (what autovacuum does to tables in use), then times what the pages ask for:

* desk feed: open incident cards (newest 50, an event's alerts grouped) + recent events (20) +
  newest items (50), as the desk;
* unit inbox: the unit's open cases (50) + the events routed to it (50, unsigned first, most
  severe, newest) and its unsigned count + the unit's newest items (50);
* unit inbox page: the same plus each case's action log and deadline evaluation (reported, not
  part of the query target: it is Python work per case, not a query);
* the same through HTTP (``GET /api/v1/incidents?status=open``, ``GET /api/v1/alerts?status=open``,
  ``GET /api/v1/cases?status=open``, ``GET /api/v1/routed/events``) on the ASGI app, serialisation
  included.

Prints each query's plan summary (index use), then p50/p95 in ms; the last line is one JSON object,
with the machine's 1-minute load average (timings on a shared, loaded machine are inflated).
Target (DESIGN §4): p95 ≤ 100 ms. Usage: ``python bench/api.py [--items N] [--repeat N] [--keep]``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
import uuid
import warnings
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests.devtools (throwaway PostgreSQL)

UNITS = [f"unit{n:02d}" for n in range(40)]
TOPICS = ["城乡建设", "环境保护", "交通运输", "教育文体", "劳动和社会保障", "商贸旅游", "卫生计生"]
GRADES = [None, None, None, "general", "large", "major"]
LEVELS = ("一级", "二级", "三级", "四级")


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def create_database(base_url: str) -> tuple[str, Callable[[], None]]:
    name = f"yq_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return make_url(base_url).set(database=name).render_as_string(hide_password=False), drop


def load(url: str, n_items: int, now: datetime) -> dict[str, int]:
    """Bulk-load with COPY through psycopg; returns the row counts."""
    import psycopg

    from models.enums import CaseStatus
    from tracker.cases import full_snapshot
    from tracker.policy import national_policy

    rnd = random.Random(7)
    n_events = max(100, n_items // 20)
    n_alerts = max(100, n_items // 50)
    n_cases = max(100, n_items // 50)
    span = timedelta(days=90)
    dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn) as conn, conn.cursor() as cur:
        with cur.copy("COPY units (id, name, kind, contacts, leader_contacts, active) FROM STDIN") as cp:
            for u in UNITS:
                cp.write_row((u, f"单位{u}", "department", "{}", "{}", True))
        ev_cols = (
            "id, title, status, topic, grade, places, lead_unit, co_units, sources, item_count, negative_count, "
            "first_seen_at, last_seen_at, peak_volume, terms, created_at, updated_at"
        )
        with cur.copy(f"COPY events ({ev_cols}) FROM STDIN") as cp:
            for e in range(1, n_events + 1):
                t = now - span * (1 - e / n_events)
                unit = rnd.choice(UNITS)
                cp.write_row((
                    e, f"事件{e} 某地道路积水", "open", rnd.choice(TOPICS), rnd.choice(GRADES), '["\\u864e\\u5c71"]',
                    unit, "[]", '["bench"]', 20, 5, t - timedelta(hours=2), t, 3, "{}", t, t,
                ))  # fmt: skip
        it_cols = (
            "id, source_id, source_type, source_tier, url, title, text, engagement, published_at, collected_at, "
            "stored_at, copies, topic, negative, grade, places, lead_unit, co_units, event_id"
        )
        with cur.copy(f"COPY items ({it_cols}) FROM STDIN") as cp:
            for i in range(n_items):
                t = now - span * (1 - i / n_items)
                event_id = 1 + (i * n_events) // n_items
                unit = UNITS[(event_id * 7) % len(UNITS)]
                co = f'["{UNITS[(event_id * 11) % len(UNITS)]}"]' if i % 5 == 0 else "[]"
                cp.write_row((
                    f"{i:032x}", f"src{i % 50}", "rss", "mainstream", f"https://news.example.cn/{i}.html",
                    f"条目{i} 居民反映道路积水严重", "某镇居民反映道路积水严重，希望有关部门尽快处理。", "{}",
                    t, t, t, 1, TOPICS[i % len(TOPICS)], i % 3 == 0, GRADES[i % len(GRADES)], '["\\u864e\\u5c71"]',
                    unit, co, event_id,
                ))  # fmt: skip
        al_cols = (
            "id, kind, rule, level, title, summary, event_id, units, places, dedupe_key, detail, created_at, "
            "acknowledged_at, escalation, escalation_state"
        )
        with cur.copy(f"COPY alerts ({al_cols}) FROM STDIN") as cp:
            for a in range(n_alerts):
                t = now - span * (1 - a / n_alerts)
                event_id = 1 + (a * n_events) // n_alerts
                acked = t + timedelta(minutes=5) if a % 4 else None
                state = "active" if acked is None else "acknowledged"
                cp.write_row((
                    f"a{a:031x}", "rule", "grade-large", "二级", f"预警{a}", "事件等级：较大", event_id,
                    f'["{rnd.choice(UNITS)}"]', "[]", f"k{a}", "{}", t, acked, "{}", state,
                ))  # fmt: skip
        snapshots = {g: json.dumps(full_snapshot(national_policy(), g, "incident")) for g in set(GRADES)}
        case_cols = (
            "id, event_id, category, title, lead_unit, co_units, status, grade, anchor_kind, anchor_at, "
            "dispatched_at, policy, origin, created_at, updated_at"
        )
        with cur.copy(f"COPY cases ({case_cols}) FROM STDIN") as cp:
            for c in range(1, n_cases + 1):
                t = now - span * (1 - c / n_cases)
                grade = GRADES[c % len(GRADES)]
                status = (CaseStatus.CLOSED, CaseStatus.SIGNED, CaseStatus.DISPATCHED)[c % 3].value
                cp.write_row((
                    c, max(1, (c * n_events) // n_cases), "incident", f"案件{c}", UNITS[c % len(UNITS)], "[]", status,
                    grade, "dispatch", t, t, snapshots[grade], "desk", t, t,
                ))  # fmt: skip
        with cur.copy("COPY case_actions (case_id, seq, kind, actor, unit, at, recorded_at, details) FROM STDIN") as cp:
            for c in range(1, n_cases + 1):
                t = now - span * (1 - c / n_cases)
                cp.write_row((c, 1, "dispatch", "desk", UNITS[c % len(UNITS)], t, t, "{}"))
                if c % 3 != 2:
                    cp.write_row((c, 2, "sign", "unit", UNITS[c % len(UNITS)], t + timedelta(minutes=30), t, "{}"))
        for table in ("events", "cases"):
            cur.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
        conn.commit()
        conn.autocommit = True
        # What autovacuum does to a table in use: statistics, the visibility map, and the GIN
        # indexes' pending lists merged (a freshly COPYed table leaves every co-unit lookup
        # scanning a long pending list).
        cur.execute("VACUUM ANALYZE")
    return {"items": n_items, "events": n_events, "alerts": n_alerts, "cases": n_cases}


def timed(fn: Callable[[], Any], repeat: int) -> list[float]:
    fn()
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=100)
    parser.add_argument("--keep", action="store_true", help="keep the benchmark database")
    args = parser.parse_args()
    base = os.environ.get("YUQING_BENCH_POSTGRES_URL") or os.environ.get("YUQING_TEST_POSTGRES_URL")
    cluster = None
    if not base:
        from tests.devtools.pgcluster import PgCluster

        print("no YUQING_BENCH_POSTGRES_URL: starting a throwaway PostgreSQL cluster", file=sys.stderr)
        cluster = PgCluster()
        base = cluster.start()
    try:
        return run(args, base)
    finally:
        if cluster is not None:
            cluster.destroy()


def run(args: argparse.Namespace, base: str) -> int:

    from cli.compose import stage_ports
    from models.enums import Role
    from service.auth.principal import Principal
    from service.queries.cases import deadlines_of, list_cases
    from service.queries.events import list_events
    from service.queries.filters import ListFilter
    from service.queries.incidents import list_incidents
    from service.queries.items import list_items
    from service.queries.routed import RoutedFilter, routed_events, unsigned_count
    from yuqing.db.engine import make_engine, make_session_factory
    from yuqing.db.migrate import upgrade

    url, drop = create_database(base)
    try:
        upgrade(url)
        now = datetime.now(UTC)
        t0 = time.perf_counter()
        counts = load(url, args.items, now)
        load_s = time.perf_counter() - t0
        print(f"loaded {counts} in {load_s:.1f} s", file=sys.stderr)
        engine = make_engine(url)
        sessions = make_session_factory(engine)
        desk = Principal(1, "desk", Role.DESK, None, "x", False)
        unit = Principal(2, "unit", Role.UNIT, UNITS[3], "x", False)

        def desk_feed() -> None:
            with sessions() as db:
                list_incidents(db, desk, ListFilter(status="open"), LEVELS)
                list_events(db, desk, ListFilter(limit=20))
                list_items(db, desk, ListFilter())

        def unit_inbox() -> None:
            with sessions() as db:
                list_cases(db, unit, ListFilter(status="open"))
                routed_events(db, unit, UNITS[3], RoutedFilter(), now)
                unsigned_count(db, unit, UNITS[3], "event", now)
                list_items(db, unit, ListFilter())

        tracker = stage_ports().cases

        def unit_inbox_page() -> None:
            with sessions() as db:
                cases, _ = list_cases(db, unit, ListFilter(status="open"), with_actions=True)
                for case in cases:
                    deadlines_of(tracker, case, list(case.actions), now)
                routed_events(db, unit, UNITS[3], RoutedFilter(), now)
                unsigned_count(db, unit, UNITS[3], "event", now)
                list_items(db, unit, ListFilter())

        explain(engine, desk, unit)
        results: dict[str, Any] = {"bench": "api", **counts, "load_s": round(load_s, 1)}
        for name, fn in (("desk_feed", desk_feed), ("unit_inbox", unit_inbox), ("unit_inbox_page", unit_inbox_page)):
            ms = timed(fn, args.repeat)
            results[f"{name}_p50_ms"] = round(statistics.median(ms), 2)
            results[f"{name}_p95_ms"] = round(pct(ms, 0.95), 2)
        results.update(http_timings(url, sessions, args.repeat))
        results["target_p95_ms"] = 100
        results["load_avg_1m"] = round(os.getloadavg()[0], 2)
        results["meets_target"] = all(
            v <= 100 for k, v in results.items() if k.endswith("_p95_ms") and not k.startswith("unit_inbox_page")
        )
        engine.dispose()
    finally:
        if not args.keep:
            drop()
    print(json.dumps(results, ensure_ascii=False))
    return 0


def explain(engine: Any, desk: Any, unit: Any) -> None:
    """Print the plan of each feed query (the first lines show whether an index is used)."""
    from sqlalchemy.dialects import postgresql
    from sqlalchemy.orm import Session

    from service.queries import alerts, cases, events, items, routed
    from service.queries.filters import ListFilter

    captured: list[tuple[str, Any]] = []

    class Capture(Session):
        def scalars(self, stmt: Any, *a: Any, **k: Any) -> Any:
            captured.append((str(stmt.column_descriptions[0]["name"]), stmt))
            return super().scalars(stmt, *a, **k)

    with Capture(engine) as db:
        alerts.list_alerts(db, desk, ListFilter(status="open"))
        events.list_events(db, desk, ListFilter(limit=20))
        items.list_items(db, desk, ListFilter())
        cases.list_cases(db, unit, ListFilter(status="open"))
        items.list_items(db, unit, ListFilter())
        routed.routed_events(db, unit, UNITS[3], routed.RoutedFilter(), datetime.now(UTC))
        with engine.connect() as conn:
            for name, stmt in captured:
                sql = str(stmt.compile(dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True}))
                plan = [r[0] for r in conn.execute(text("EXPLAIN " + sql))]
                scans = [p.strip() for p in plan if "Scan" in p][:2]
                print(f"plan {name}: {' | '.join(scans)}", file=sys.stderr)


def http_timings(url: str, sessions: Any, repeat: int) -> dict[str, float]:
    """p50/p95 of the feed endpoints through the ASGI app (bearer tokens, no network)."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*httpx2")
        from starlette.testclient import TestClient

    from cli.compose import stage_ports
    from models.db import User
    from service.app import create_app
    from service.auth.sessions import open_session
    from yuqing.settings import Settings

    now = datetime.now(UTC)
    tokens = {}
    with sessions() as db:
        for name, role, unit in (("bench-desk", "desk", None), ("bench-unit", "unit", UNITS[3])):
            user = User(username=name, password_hash="!", role=role, unit_id=unit, active=True, created_at=now)
            db.add(user)
            db.flush()
            tokens[name] = open_session(db, user, now)[0]
        db.commit()
    out: dict[str, float] = {}
    app = create_app(Settings(database_url=url), stage_ports())
    with TestClient(app) as client:
        for name, path, who in (
            ("http_desk_incidents", "/api/v1/incidents?status=open", "bench-desk"),
            ("http_desk_alerts", "/api/v1/alerts?status=open", "bench-desk"),
            ("http_unit_cases", "/api/v1/cases?status=open", "bench-unit"),
            ("http_unit_routed", "/api/v1/routed/events", "bench-unit"),
        ):
            headers = {"Authorization": f"Bearer {tokens[who]}"}

            def call(path: str = path, headers: dict[str, str] = headers) -> None:
                assert client.get(path, headers=headers).status_code == 200

            ms = timed(call, repeat)
            out[f"{name}_p50_ms"] = round(statistics.median(ms), 2)
            out[f"{name}_p95_ms"] = round(pct(ms, 0.95), 2)
    return out


if __name__ == "__main__":
    sys.exit(main())
