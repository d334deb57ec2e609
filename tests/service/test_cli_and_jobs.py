"""``yuqing user create`` and ``yuqing brief``, and the scheduled-brief job's timing."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from cli.main import build_app
from models.db import User
from service.reports.jobs import due_briefs, write_brief
from tracker.ports import TrackerPorts


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, db_url: str, db: Any, tmp_path: Path) -> Path:
    monkeypatch.setenv("YUQING_DATABASE_URL", db_url)
    monkeypatch.setenv("YUQING_DATA_DIR", str(tmp_path / "data"))
    return tmp_path


def test_user_create_from_stdin(env: Path, db: Any) -> None:
    runner = CliRunner()
    app = build_app()
    r = runner.invoke(
        app,
        ["user", "create", "--username", "hs", "--role", "unit", "--unit", "hushan", "--password-stdin"],
        input="s3cret-pass-73\n",
    )
    assert r.exit_code == 0, r.output
    with db() as s:
        user = s.scalar(select(User).where(User.username == "hs"))
    assert user is not None and user.unit_id == "hushan" and user.password_hash.startswith("$argon2")
    r = runner.invoke(
        app, ["user", "create", "--username", "x", "--role", "unit", "--password-stdin"], input="s3cret-pass-73\n"
    )
    assert r.exit_code == 2 and "--unit" in r.output


def test_brief_command_writes_files(env: Path, seed: Any) -> None:
    seed()
    out = env / "out"
    today = datetime.now(UTC).date().isoformat()
    r = CliRunner().invoke(build_app(), ["brief", "--kind", "daily", "--day", today, "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert sorted(p.name for p in out.iterdir()) == [f"daily-{today}.{ext}" for ext in ("docx", "pdf", "xlsx")]


def test_due_briefs_after_eight_and_on_mondays(tmp_path: Path, db: Any) -> None:
    monday_7 = datetime(2026, 11, 22, 23, 0, tzinfo=UTC)  # Mon 07:00 Asia/Shanghai
    monday_9 = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)  # Mon 09:00
    assert due_briefs(monday_7, tmp_path) == []
    due = due_briefs(monday_9, tmp_path)
    assert [k for k, _ in due] == ["daily", "weekly"] and due[0][1].isoformat() == "2026-11-22"
    for kind, day in due:
        write_brief(db, TrackerPorts(), kind, day, tmp_path, monday_9)
    assert due_briefs(monday_9, tmp_path) == []
