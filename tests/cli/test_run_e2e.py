"""The whole service through ``yuqing run``: a demo item travels demo site → collect → Kafka →
classify → Kafka → alert → database → API."""

from __future__ import annotations

import subprocess
import sys
import time
import uuid
from pathlib import Path

import httpx
import pytest

from tests.cli.cli_support import ROOT, interrupt, start_run, wait_for, yuqing_env
from tests.devtools.ports import free_port_pair

pytestmark = [pytest.mark.kafka, pytest.mark.long]


def test_an_item_from_the_demo_source_appears_in_the_api(kafka_bootstrap: str, tmp_path: Path) -> None:
    http_port, demo_port = free_port_pair(), free_port_pair()
    env = yuqing_env(
        tmp_path / "data",
        YUQING_KAFKA_BOOTSTRAP=kafka_bootstrap,
        YUQING_KAFKA_TOPIC_PREFIX=f"e2e{uuid.uuid4().hex[:6]}.",
        YUQING_HTTP_PORT=str(http_port),
        YUQING_DEMO_PORT=str(demo_port),
    )
    base = f"http://127.0.0.1:{http_port}"
    proc = start_run(env)
    try:
        assert wait_for(f"{base}/healthz", proc, timeout_s=180).status_code == 200
        created = subprocess.run(
            [sys.executable, "-m", "cli.main", "user", "create", "--username", "e2e-desk", "--role", "desk",
             "--password-stdin"],
            cwd=ROOT, env=env, input="e2e-long-password-123\n", capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        assert created.returncode == 0, created.stderr
        login = httpx.post(
            f"{base}/api/v1/login/access-token", json={"username": "e2e-desk", "password": "e2e-long-password-123"}
        )
        assert login.status_code == 200, login.text
        headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
        deadline = time.monotonic() + 180
        items: list[dict[str, object]] = []
        while time.monotonic() < deadline and not items:
            try:
                response = httpx.get(f"{base}/api/v1/items", headers=headers, timeout=10)
            except httpx.TransportError:
                if proc.wait(timeout=60) is not None and proc.stdout:
                    pytest.fail(f"yuqing run stopped (code {proc.returncode}):\n{proc.stdout.read()[-5000:]}")
                raise
            assert response.status_code == 200, response.text
            items = [i for i in response.json()["data"] if str(i.get("source_id", "")).startswith("jiangshan-")]
            time.sleep(1)
        assert items, "no demo item reached the API"
        assert items[0]["title"]
    finally:
        code, out = interrupt(proc)
    assert code == 0, out[-5000:]
    assert "!!!" not in out, out[-5000:]  # no stage crashed on the way
