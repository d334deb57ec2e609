"""A server error is logged compactly in both log modes: the traceback without local variables, a
bounded amount of text, while other requests are answered. Runs the real ``yuqing serve``."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from tests.cli.cli_support import ROOT, yuqing_env
from tests.devtools.ports import free_port
from tests.service.conftest import open_token

BOUND = 32_000
"""Bytes of log one server error may write (a compact traceback is a few kilobytes; rendering
local variables wrote megabytes)."""


def wait_for_log(path: Path, marker: str, proc: subprocess.Popen[bytes], timeout_s: float = 60) -> str:
    deadline = time.monotonic() + timeout_s
    while marker not in (log := path.read_text("utf-8", "replace")):
        assert proc.poll() is None, f"yuqing serve exited: {log[-2000:]}"
        assert time.monotonic() < deadline, f"{marker!r} never logged: {log[-2000:]}"
        time.sleep(0.1)
    return log


@pytest.mark.parametrize("json_logs", [False, True], ids=["console", "json"])
def test_a_server_error_logs_a_bounded_traceback(
    json_logs: bool, users: dict[str, str], db: Any, db_url: str, tmp_path: Path
) -> None:
    token, _ = open_token(db, users["desk"])
    with db() as s:  # the alerts table goes missing: listing alerts fails inside the database layer
        s.execute(text("ALTER TABLE alerts RENAME TO alerts_gone"))
        s.commit()
    port = free_port()
    log_path = tmp_path / "serve.log"
    env = yuqing_env(tmp_path / "data", YUQING_DATABASE_URL=db_url, YUQING_LOG_JSON=str(json_logs).lower())
    with log_path.open("wb") as log_file:
        proc = subprocess.Popen(
            [sys.executable, "-m", "cli.main", "serve", "--port", str(port)],
            cwd=ROOT, env=env, stdout=log_file, stderr=subprocess.STDOUT,
        )  # fmt: skip
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for_log(log_path, "Uvicorn running", proc)
        before = log_path.stat().st_size
        health: list[int] = []
        pinger = threading.Thread(
            target=lambda: health.extend(httpx.get(f"{base}/healthz", timeout=30).status_code for _ in range(5))
        )
        pinger.start()
        r = httpx.get(f"{base}/api/v1/alerts", headers={"Authorization": f"Bearer {token}"}, timeout=60)
        pinger.join(timeout=60)
        assert r.status_code == 500
        assert health == [200] * 5
        log = wait_for_log(log_path, "no such table: alerts", proc)
        written = len(log.encode("utf-8")) - before
        assert "Traceback (most recent call last)" in log and "OperationalError" in log
        assert written < BOUND, f"one error wrote {written} bytes of log"
    finally:
        proc.terminate()
        proc.wait(timeout=30)
