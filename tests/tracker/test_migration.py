"""The 0200_tracker migration creates exactly what the models declare."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect
from sqlalchemy.orm import Session, sessionmaker

import models.db

TABLES = {"cases", "case_actions", "case_marks"}


def _ours(diff: object) -> bool:
    text = repr(diff)
    return any(f"'{t}'" in text or f"table=<{t}>" in text or f"Table('{t}'" in text for t in TABLES)


def test_migration_matches_models(any_migrated_db: tuple[Engine, sessionmaker[Session]]) -> None:
    engine = any_migrated_db[0]
    assert set(inspect(engine).get_table_names()) >= TABLES
    with engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), models.db.Base.metadata)
    assert [d for d in diffs if _ours(d)] == []
