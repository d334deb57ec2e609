"""The unit directory is mirrored into the database, and ``yuqing run`` gives a newcomer accounts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from cli.run import create_demo_accounts
from models.db import AuditRecord, Unit, User
from service.auth.users import authenticate
from yuqing.directory import sync_units
from yuqing.errors import ConfigError
from yuqing.settings import EXAMPLE_JURISDICTION, Environment


def test_units_from_yaml_are_upserted_and_removed_ones_deactivated(any_migrated_db, tmp_path: Path) -> None:
    _, sessions = any_migrated_db
    count, gone = sync_units(sessions, EXAMPLE_JURISDICTION)
    assert count > 40 and gone == 0
    with sessions() as s:
        hushan = s.get(Unit, "hushan")
        assert hushan is not None and hushan.name == "虎山街道" and hushan.kind == "township" and hushan.active

    smaller = tmp_path / "j"
    smaller.mkdir()
    text = (EXAMPLE_JURISDICTION / "units.yaml").read_text(encoding="utf-8")
    start = text.index("  - id: hushan")
    end = text.index("  - id:", start + 5)
    (smaller / "units.yaml").write_text(text[:start] + text[end:], encoding="utf-8")
    assert sync_units(sessions, smaller) == (count - 1, 1)
    assert sync_units(sessions, smaller) == (count - 1, 0)
    with sessions() as s:
        assert s.get(Unit, "hushan").active is False  # kept for the cases and records that name it


def test_an_invalid_directory_is_refused_with_file_and_line(migrated_db, tmp_path: Path) -> None:
    _, sessions = migrated_db
    (tmp_path / "units.yaml").write_text("jurisdiction: 江山市\nunits:\n  - id: 虎山\n    name: 虎山街道\n", "utf-8")
    with pytest.raises(ConfigError, match=r"units.yaml:3"):
        sync_units(sessions, tmp_path)


def test_development_accounts_once_per_database_and_never_in_production(migrated_db, make_settings) -> None:
    engine, sessions = migrated_db
    settings = make_settings(database_url=str(engine.url))
    sync_units(sessions, settings.jurisdiction_dir)
    created = create_demo_accounts(settings)
    assert {(u, r) for u, r, _ in created} == {
        ("desk", "desk"),
        ("leader", "leader"),
        ("admin", "admin"),
        ("hushan", "unit"),
    }
    with sessions() as s:
        for username, _role, password in created:
            assert authenticate(s, username, password) is not None
        hushan = s.scalar(select(User).where(User.username == "hushan"))
        assert hushan.unit_id == "hushan"
        assert hushan.display_name == "虎山街道舆情联络员"  # pages name the person, not the login
        assert s.scalars(select(AuditRecord).where(AuditRecord.action == "user.create")).all()
    assert create_demo_accounts(settings) == []  # a database with users gets none

    prod = make_settings(
        database_url=str(engine.url).replace("yuqing.db", "other.db"),
        environment=Environment.PRODUCTION,
        secret_key="x" * 40,
    )
    assert create_demo_accounts(prod) == []


def test_unit_user_creation_finds_units_from_the_directory(tmp_path: Path, make_settings) -> None:
    from typer.testing import CliRunner

    from cli.main import build_app
    from yuqing.db.migrate import upgrade

    settings = make_settings()
    upgrade(settings.effective_database_url)
    env = {"YUQING_DATA_DIR": str(settings.data_dir), "YUQING_DATABASE_URL": settings.effective_database_url}
    result = CliRunner().invoke(
        build_app(),
        ["user", "create", "--username", "hs1", "--role", "unit", "--unit", "hushan", "--password-stdin"],
        input="a-long-password-1\n",
        env=env,
    )
    assert result.exit_code == 0, result.output
    assert "created user hs1" in result.output
    shutil.rmtree(settings.data_dir, ignore_errors=True)
