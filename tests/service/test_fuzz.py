"""API fuzzing from the OpenAPI schema (schemathesis over ASGI): no input gives a 5xx.

Runs as an admin (who reaches every operation) against a migrated database holding an event, its
alerts and a case, with a bounded number of examples per operation so the whole run stays short.
Excluded: the SSE stream (never ends), logout (would end the session mid-run), password login and
user creation (each costs an Argon2 hash; both have their own tests), deactivating users
(would lock the fuzzing admin out), manual reports (need the
broker; tested with the real one).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from cli.compose import stage_ports
from models.db import Unit
from models.enums import Role
from service.app import create_app
from service.auth.sessions import open_session
from service.auth.users import create_user
from yuqing.db.engine import make_engine, make_session_factory, transaction
from yuqing.db.migrate import upgrade
from yuqing.settings import EXAMPLE_JURISDICTION, Settings

HEADERS: dict[str, str] = {}
STATS: list[tuple[str, str, int]] = []


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from alerting.config import load_alerting_config
    from alerting.handler import ClassifiedItemHandler
    from alerting.store import Incoming
    from models.messages import Classification, ClassifiedItem, RawItem

    folder: Path = tmp_path_factory.mktemp("fuzz")
    url = f"sqlite:///{folder / 'yuqing.db'}"
    upgrade(url)
    engine = make_engine(url)
    factory = make_session_factory(engine)
    now = datetime.now(UTC)
    with transaction(factory) as s:
        s.add(Unit(id="hushan", name="虎山街道"))
        s.flush()
        admin = create_user(s, username="root", password="fuzz-password-1", role=Role.ADMIN, unit_id=None, now=now)
        token, _ = open_session(s, admin, now)
    item = RawItem(
        id="f" * 32, source_id="fuzz", source_type="rss", url="https://example.cn/1", title="虎山街道火灾 多人受伤",
        text="火灾", published_at=now, collected_at=now,
    )  # fmt: skip
    classified = ClassifiedItem(
        item=item,
        classification=Classification(
            model_version="t",
            topic="城乡建设",
            topic_confidence=0.9,
            negative=True,
            sentiment_score=0.9,
            grade="major",
            lead_unit="hushan",
            places=("虎山街道",),
        ),
        classified_at=now,
    )
    ClassifiedItemHandler(factory, load_alerting_config(EXAMPLE_JURISDICTION), producer=None).process(
        [Incoming(classified, None)]
    )
    from tracker.cases import dispatch

    with transaction(factory) as s:
        dispatch(s, 1, "hushan", [], "root", now)
    engine.dispose()
    HEADERS["Authorization"] = f"Bearer {token}"
    app = create_app(
        Settings(database_url=url, data_dir=folder, jurisdiction_dir=EXAMPLE_JURISDICTION),
        stage_ports(),
        kafka_lag_metrics=False,
    )
    schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", app)
    yield (
        schema.exclude(path_regex=r"^/api/v1/stream/")
        .exclude(path="/api/v1/logout")
        .exclude(path="/api/v1/login/access-token")
        .exclude(path="/api/v1/manual-reports")
        .exclude(path="/api/v1/admin/users", method="POST")
        .exclude(path_regex=r"^/api/v1/admin/users/")
    )


def test_no_server_errors(api_schema: Any) -> None:
    """Every operation, bounded examples each: all answers are below 500."""
    failures: list[str] = []
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 20

    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True, database=None
        )
        def run(case: Any) -> None:
            response = case.call(headers=HEADERS)
            STATS.append((case.method, case.path, response.status_code))
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.formatted_path} -> {response.status_code}: {response.text[:200]}")

        run()
    assert failures == []
    reached = sum(1 for _m, _p, status in STATS if status < 300)
    assert reached >= 20, "the fuzzer hardly got past validation and authentication"
