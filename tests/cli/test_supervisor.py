"""The process supervisor behind ``yuqing run``, with small real child processes."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from cli.supervisor import ChildSpec, Supervisor


def _child(name: str, log: Path, body: str = "time.sleep(60)") -> ChildSpec:
    """A child that records its start and, on SIGTERM, its stop in ``log``."""
    code = textwrap.dedent(
        f"""
        import signal, sys, time
        def note(what):
            with open({str(log)!r}, "a") as fh:
                fh.write(f"{name} {{what}}\\n")
        def on_term(*_):
            note("stopped")
            sys.exit(0)
        signal.signal(signal.SIGTERM, on_term)
        note("started")
        print("hello from {name}", flush=True)
        """
    ) + textwrap.dedent(body)
    return ChildSpec(name, (sys.executable, "-c", code))


def _lines(log: Path) -> list[str]:
    return log.read_text().splitlines() if log.exists() else []


def _wait(predicate, timeout_s: float = 20.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout_s
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def _run_in_thread(sup: Supervisor, stop: threading.Event) -> tuple[threading.Thread, list[int]]:
    result: list[int] = []
    thread = threading.Thread(target=lambda: result.append(sup.run(stop)), daemon=True)
    thread.start()
    return thread, result


def test_output_is_prefixed_and_children_stop_in_reverse_order(tmp_path: Path) -> None:
    log = tmp_path / "log"
    out, err = io.StringIO(), io.StringIO()
    sup = Supervisor([_child(n, log) for n in ("first", "second", "third")], out=out, err=err)
    stop = threading.Event()
    thread, result = _run_in_thread(sup, stop)
    _wait(lambda: len(_lines(log)) == 3 and "[third] hello from third" in out.getvalue())
    assert "[first] hello from first" in out.getvalue()
    stop.set()
    thread.join(30)
    assert result == [0]
    assert [line for line in _lines(log) if line.endswith("stopped")] == [
        "third stopped",
        "second stopped",
        "first stopped",
    ]
    assert err.getvalue() == ""


def test_a_crashing_child_is_reported_restarted_and_finally_everything_stops(tmp_path: Path) -> None:
    log = tmp_path / "log"
    out, err = io.StringIO(), io.StringIO()
    crasher = _child("crasher", log, 'print("disk on fire", flush=True)\nsys.exit(3)\n')
    sup = Supervisor([_child("steady", log), crasher], max_restarts=2, backoff_s=0.05, out=out, err=err)
    stop = threading.Event()
    thread, result = _run_in_thread(sup, stop)
    thread.join(60)
    assert result == [1]
    assert sup.failed == "crasher"
    assert _lines(log).count("crasher started") == 3  # first start and two restarts
    assert "steady stopped" in _lines(log)  # the healthy child was stopped too
    report = err.getvalue()
    assert "[run] !!! crasher exited unexpectedly with code 3" in report
    assert "restart 1/2" in report and "restart 2/2" in report
    assert "disk on fire" in report  # its last output is part of the report
    assert "giving up and stopping everything" in report


def test_a_child_that_ignores_sigterm_is_killed() -> None:
    stubborn = ChildSpec(
        "stubborn",
        (sys.executable, "-c", "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); "
         "print('ready', flush=True); time.sleep(60)"),
    )  # fmt: skip
    out, err = io.StringIO(), io.StringIO()
    sup = Supervisor([stubborn], stop_timeout_s=0.5, out=out, err=err)
    stop = threading.Event()
    thread, result = _run_in_thread(sup, stop)
    _wait(lambda: "[stubborn] ready" in out.getvalue())
    stop.set()
    thread.join(30)
    assert result == [0]
    assert "[run] stubborn did not stop in" in err.getvalue()
    assert "[run] stubborn stopped (code -9)" in out.getvalue()


def test_children_do_not_outlive_a_killed_supervisor(tmp_path: Path) -> None:
    pid_file = tmp_path / "child.pid"
    code = textwrap.dedent(
        f"""
        import sys, threading
        from cli.supervisor import ChildSpec, Supervisor
        child = ChildSpec("sleeper", (sys.executable, "-c",
            "import os, time; open({str(pid_file)!r}, 'w').write(str(os.getpid())); time.sleep(120)"))
        Supervisor([child]).run(threading.Event())
        """
    )
    sup = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait(lambda: pid_file.exists() and pid_file.read_text().strip() != "")
        child_pid = int(pid_file.read_text())
        os.kill(sup.pid, signal.SIGKILL)
        sup.wait(10)

        def gone() -> bool:
            try:
                os.kill(child_pid, 0)
            except ProcessLookupError:
                return True
            stat = Path(f"/proc/{child_pid}/stat").read_text()
            return ") Z " in stat

        _wait(gone, 10)
    finally:
        if sup.poll() is None:
            sup.kill()
            sup.wait()


def test_invalid_configurations_are_refused() -> None:
    with pytest.raises(ValueError, match="nothing to supervise"):
        Supervisor([])
    with pytest.raises(ValueError, match="unique"):
        Supervisor([ChildSpec("a", ("true",)), ChildSpec("a", ("true",))])
