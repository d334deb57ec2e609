"""The engine every process builds from its settings."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import text

from yuqing.db.engine import make_engine


@pytest.mark.postgres
def test_postgres_sessions_run_without_jit() -> None:
    """Page and batch queries are short; PostgreSQL's JIT compiled a routed list for 57 ms of its
    70 ms, so every session turns it off."""
    base = os.environ.get("YUQING_TEST_POSTGRES_URL")
    if not base:
        pytest.skip("PostgreSQL not configured: set YUQING_TEST_POSTGRES_URL (the README's test command does)")
    engine = make_engine(base)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SHOW jit")).scalar() == "off"
    finally:
        engine.dispose()


def test_sqlite_engine_enforces_foreign_keys_and_wal(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path}/nested/yuqing.db")
    try:
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    finally:
        engine.dispose()
