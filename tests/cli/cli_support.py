"""Helpers to run the ``yuqing`` command as a real process in tests."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
CACHE_DIR = os.environ.get("YUQING_CACHE_DIR", str(Path.home() / ".cache" / "yuqing"))


def yuqing_env(data_dir: Path, **values: str) -> dict[str, str]:
    """The environment minus any YUQING_* of the caller, plus an isolated data dir and ``values``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("YUQING_") or k == "YUQING_CACHE_DIR"}
    env.update({"YUQING_DATA_DIR": str(data_dir), "YUQING_CACHE_DIR": CACHE_DIR, "PYTHONUNBUFFERED": "1"})
    env.update(values)
    return env


def yuqing(*args: str, env: dict[str, str], timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cli.main", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout, check=False,
    )  # fmt: skip


def port_open(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def start_run(env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "cli.main", "run", *args],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip


def wait_for(url: str, proc: subprocess.Popen[str], timeout_s: float = 120) -> httpx.Response:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"yuqing run exited early:\n{proc.stdout.read() if proc.stdout else ''}")
        try:
            return httpx.get(url, timeout=2)
        except httpx.TransportError:
            time.sleep(0.3)
    raise AssertionError(f"{url} did not answer in {timeout_s}s")


def interrupt(proc: subprocess.Popen[str]) -> tuple[int, str]:
    proc.send_signal(signal.SIGINT)
    out, _ = proc.communicate(timeout=90)
    return proc.returncode, out
