"""Alembic migrations: from an empty database to every head, on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import make_url

import models.db
from yuqing.db.engine import make_engine
from yuqing.db.migrate import alembic_config, table_names, upgrade

ROOT = Path(__file__).resolve().parents[2]
BASE_TABLES = {"units", "sources", "source_health", "items", "label_corrections", "events", "users", "audit_log"}


def _script(url: str) -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config(url))


def _all_revisions(url: str) -> set[str]:
    return {r.revision for r in _script(url).walk_revisions()}


def _applied(url: str) -> set[str]:
    """Every revision applied, including those only implied (a branch's ``depends_on``)."""
    current = _current(url)
    return {r.revision for r in _script(url).iterate_revisions(tuple(current), "base")} if current else set()


def _current(url: str) -> set[str]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return set(MigrationContext.configure(conn).get_current_heads())
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_upgrade_from_empty_reaches_every_head_and_matches_the_models(any_db_url: str) -> None:
    assert _current(any_db_url) == set()
    upgrade(any_db_url)
    assert _applied(any_db_url) == _all_revisions(any_db_url)
    engine = make_engine(any_db_url)
    try:
        tables = table_names(engine)
        assert tables >= BASE_TABLES
        assert set(models.db.Base.metadata.tables) <= tables, "every model table has a migration"
        with engine.connect() as conn:
            # Indexes only a migration declares (e.g. PostgreSQL GIN indexes on JSON columns) are allowed.
            diff = [
                d
                for d in compare_metadata(MigrationContext.configure(conn), models.db.Base.metadata)
                if not (isinstance(d, tuple) and d[0] == "remove_index")
            ]
        assert diff == [], f"models and migrations disagree: {diff}"
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_upgrade_is_idempotent(any_db_url: str) -> None:
    upgrade(any_db_url)
    upgrade(any_db_url)
    assert _applied(any_db_url) == _all_revisions(any_db_url)


def test_every_branch_starts_at_the_base_revision() -> None:
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    bases = script.get_bases()
    assert bases == ["0001_base"]
    for revision in script.walk_revisions():
        assert revision.revision, revision.path


@pytest.mark.postgres
def test_db_upgrade_command_migrates_the_configured_database(any_db_url: str, tmp_path: Path) -> None:
    env = {**os.environ, "YUQING_DATABASE_URL": any_db_url, "YUQING_DATA_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "cli.main", "db", "upgrade"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    password = make_url(any_db_url).password
    assert not password or f":{password}@" not in result.stdout  # the URL is shown redacted
    assert _applied(any_db_url) == _all_revisions(any_db_url)


def test_a_revision_built_on_any_head_upgrades_from_empty(tmp_path: Path) -> None:
    """Each stage's branch can grow: a new revision on top of any current head (the service's merge
    point included) migrates an empty database."""
    import shutil

    from alembic import command

    url = f"sqlite:///{tmp_path / 'probe.db'}"
    for head in sorted(_script(url).get_heads()):
        scripts = tmp_path / f"scripts-{head}"
        shutil.copytree(ROOT / "yuqing" / "db" / "migrations", scripts)
        (scripts / "versions" / "9999_probe.py").write_text(
            f'revision = "9999_probe"\ndown_revision = "{head}"\nbranch_labels = None\ndepends_on = None\n\n\n'
            "def upgrade() -> None:\n    pass\n\n\ndef downgrade() -> None:\n    pass\n",
            encoding="utf-8",
        )
        db = tmp_path / f"{head}.db"
        cfg = alembic_config(f"sqlite:///{db}")
        cfg.set_main_option("script_location", str(scripts))
        command.upgrade(cfg, "heads")
        assert "9999_probe" in _current(f"sqlite:///{db}"), head
