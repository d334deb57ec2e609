"""A database that is not migrated or not reachable is one line on the command line, not a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.devtools.ports import free_port

ROOT = Path(__file__).resolve().parents[2]


def _yuqing(tmp_path: Path, database_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "YUQING_DATA_DIR": str(tmp_path / "data"), "YUQING_DATABASE_URL": database_url}
    return subprocess.run(
        [sys.executable, "-m", "cli.main", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize(
    "args",
    [("report", "timeliness", "--from", "2026-11-01", "--to", "2026-11-30"), ("brief", "--day", "2026-11-30")],
)
def test_a_database_without_its_schema_says_to_migrate(tmp_path: Path, args: tuple[str, ...]) -> None:
    result = _yuqing(tmp_path, f"sqlite:///{tmp_path / 'empty.db'}", *args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "no such table" in result.stderr and "yuqing db upgrade" in result.stderr


def test_a_database_server_that_does_not_answer_is_named(tmp_path: Path) -> None:
    url = f"postgresql+psycopg://nobody:secret@127.0.0.1:{free_port()}/none"
    result = _yuqing(tmp_path, url, "report", "timeliness", "--from", "2026-11-01", "--to", "2026-11-30")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "is the database server running" in result.stderr and "secret" not in result.stderr
