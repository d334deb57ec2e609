"""A small process supervisor for ``yuqing run``: every stage as a child process on one machine.

Contract:

* children start in the given order; each child's stdout and stderr are forwarded line by line,
  prefixed with ``[name]``, and the last lines are kept for crash reports;
* a child that exits while the supervisor is not stopping is *reported* (name, exit code, last
  lines) on the supervisor's error stream and restarted after a back-off that doubles per crash;
  a child that stayed up for ``stable_after_s`` gets its back-off and crash count reset;
* when a child crashed more than ``max_restarts`` times in a row, everything is stopped and
  :meth:`Supervisor.run` returns a non-zero exit code;
* on ``stop`` (SIGINT/SIGTERM in ``yuqing run``) children are stopped in reverse order: SIGTERM,
  wait up to ``stop_timeout_s``, then SIGKILL. :meth:`run` then returns 0;
* children die with the supervisor (Linux parent-death signal), so no orphan outlives it.
"""

from __future__ import annotations

import collections
import ctypes
import ctypes.util
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import IO

PR_SET_PDEATHSIG = 1


@dataclass(frozen=True)
class ChildSpec:
    """One supervised process: a name for its log prefix and the argv to run."""

    name: str
    argv: tuple[str, ...]
    env: dict[str, str] = field(default_factory=dict)
    """Extra environment variables on top of the supervisor's own."""


@dataclass
class _Child:
    spec: ChildSpec
    proc: subprocess.Popen[bytes] | None = None
    started_at: float = 0.0
    crashes: int = 0
    restart_at: float | None = None
    tail: collections.deque[str] = field(default_factory=lambda: collections.deque(maxlen=20))
    reader: threading.Thread | None = None


def _parent_death_signal() -> Callable[[], None] | None:
    """A ``preexec_fn`` that makes the child receive SIGTERM when the supervisor dies (Linux only)."""
    if not sys.platform.startswith("linux"):
        return None
    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return None
    prctl = ctypes.CDLL(libc_name, use_errno=True).prctl

    def _set() -> None:
        prctl(PR_SET_PDEATHSIG, signal.SIGTERM)

    return _set


class Supervisor:
    """Runs ``children`` until stopped; see the module docstring for the guarantees."""

    def __init__(
        self,
        children: Sequence[ChildSpec],
        *,
        max_restarts: int = 5,
        backoff_s: float = 1.0,
        max_backoff_s: float = 30.0,
        stable_after_s: float = 60.0,
        stop_timeout_s: float = 15.0,
        out: IO[str] | None = None,
        err: IO[str] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not children:
            raise ValueError("nothing to supervise")
        names = [c.name for c in children]
        if len(set(names)) != len(names):
            raise ValueError(f"child names must be unique: {names}")
        self._children = [_Child(spec) for spec in children]
        self.max_restarts = max_restarts
        self.backoff_s = backoff_s
        self.max_backoff_s = max_backoff_s
        self.stable_after_s = stable_after_s
        self.stop_timeout_s = stop_timeout_s
        self._out = out or sys.stdout
        self._err = err or sys.stderr
        self._clock = clock
        self._lock = threading.Lock()
        self._preexec = _parent_death_signal()
        self.failed: str | None = None
        """Name of the child that exhausted its restarts, if any."""

    # -- public ---------------------------------------------------------------------------------

    def run(self, stop: threading.Event) -> int:
        """Start every child and supervise until ``stop`` is set or a child keeps crashing."""
        try:
            for child in self._children:
                self._start(child)
            while not stop.wait(0.2):
                if not self._check(stop):
                    break
        finally:
            self._stop_all()
        return 1 if self.failed else 0

    def pids(self) -> dict[str, int | None]:
        """The current pid of each child (``None`` while it waits to be restarted)."""
        return {c.spec.name: (c.proc.pid if c.proc and c.proc.poll() is None else None) for c in self._children}

    # -- steps ----------------------------------------------------------------------------------

    def _start(self, child: _Child) -> None:
        env = {**os.environ, "PYTHONUNBUFFERED": "1", **child.spec.env}
        child.proc = subprocess.Popen(  # noqa: S603
            list(child.spec.argv),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=env,
            start_new_session=True,  # Ctrl-C reaches the supervisor only; it stops children in order
            preexec_fn=self._preexec,
        )
        child.started_at = self._clock()
        child.restart_at = None
        child.tail.clear()  # a crash report shows this run's output only
        child.reader = threading.Thread(target=self._forward, args=(child, child.proc), daemon=True)
        child.reader.start()
        self._say(self._out, f"[run] started {child.spec.name} (pid {child.proc.pid}): {' '.join(child.spec.argv)}")

    def _forward(self, child: _Child, proc: subprocess.Popen[bytes]) -> None:
        assert proc.stdout is not None
        for raw in proc.stdout:
            line = raw.decode("utf-8", "replace").rstrip("\n")
            child.tail.append(line)
            self._say(self._out, f"[{child.spec.name}] {line}")
        proc.stdout.close()

    def _check(self, stop: threading.Event) -> bool:
        """Handle exited children; return False when supervision must end."""
        now = self._clock()
        for child in self._children:
            if child.restart_at is not None:
                if now >= child.restart_at and not stop.is_set():
                    self._start(child)
                continue
            proc = child.proc
            if proc is None or proc.poll() is None:
                continue
            if child.reader is not None:
                child.reader.join(timeout=2.0)  # collect its last words before reporting
            uptime = now - child.started_at
            if uptime >= self.stable_after_s:
                child.crashes = 0
            child.crashes += 1
            last = "\n".join(f"    {line}" for line in child.tail) or "    (no output)"
            if child.crashes > self.max_restarts:
                self._say(
                    self._err,
                    f"[run] !!! {child.spec.name} exited with code {proc.returncode} after {uptime:.1f}s; "
                    f"it crashed {child.crashes} times in a row, giving up and stopping everything. "
                    f"Last output:\n{last}",
                )
                self.failed = child.spec.name
                return False
            delay = min(self.backoff_s * 2 ** (child.crashes - 1), self.max_backoff_s)
            self._say(
                self._err,
                f"[run] !!! {child.spec.name} exited unexpectedly with code {proc.returncode} after {uptime:.1f}s; "
                f"restart {child.crashes}/{self.max_restarts} in {delay:.1f}s. Last output:\n{last}",
            )
            child.restart_at = now + delay
        return True

    def _stop_all(self) -> None:
        for child in reversed(self._children):
            proc = child.proc
            if proc is None or proc.poll() is not None:
                continue
            self._say(self._out, f"[run] stopping {child.spec.name} (pid {proc.pid})")
            try:
                proc.send_signal(signal.SIGTERM)
                proc.wait(timeout=self.stop_timeout_s)
            except subprocess.TimeoutExpired:
                self._say(self._err, f"[run] {child.spec.name} did not stop in {self.stop_timeout_s:.0f}s; killing it")
                proc.kill()
                proc.wait()
            except ProcessLookupError:
                pass
            if child.reader is not None:
                child.reader.join(timeout=2.0)
            code = proc.returncode
            how = "" if code in (0, -signal.SIGTERM) else f" (code {code})"  # uvicorn re-raises SIGTERM
            self._say(self._out, f"[run] {child.spec.name} stopped{how}")

    def _say(self, stream: IO[str], line: str) -> None:
        with self._lock:
            stream.write(line + "\n")
            stream.flush()
