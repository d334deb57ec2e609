"""A throwaway PostgreSQL cluster (Debian's ``/usr/lib/postgresql/<v>/bin``) that a test or a
benchmark can start, stop, restart and destroy.

When running as root the cluster runs as the ``postgres`` user, which PostgreSQL requires. Trust
authentication on loopback only; ``fsync=off`` (data is thrown away).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

from sqlalchemy import create_engine, text

from tests.devtools.ports import free_port


def _pg_bin() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        raise SystemExit(
            "PostgreSQL server not installed: apt-get install postgresql (or set YUQING_BENCH_POSTGRES_URL)"
        )
    return Path(found[-1]).parent


class PgCluster:
    """A PostgreSQL cluster in a temp dir on a free loopback port, trust auth, fsync off."""

    def __init__(self) -> None:
        self.bin = _pg_bin()
        self.dir = Path(tempfile.mkdtemp(prefix="yuqing-pg-"))
        self.port = free_port()
        self.user = "postgres" if os.geteuid() == 0 else None
        if self.user:
            uid = pwd.getpwnam(self.user).pw_uid
            os.chown(self.dir, uid, -1)

    def _run(self, *args: str | Path) -> None:
        cmd = [str(a) for a in args]
        if self.user:
            cmd = ["su", self.user, "-s", "/bin/sh", "-c", " ".join(cmd)]
        subprocess.run(cmd, check=True, capture_output=True)

    def start(self) -> str:
        data = self.dir / "data"
        if not data.exists():
            self._run(self.bin / "initdb", "-D", data, "-U", "yuqing", "--auth=trust", "-E", "UTF8")
        opts = f"'-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200'"
        self._run(self.bin / "pg_ctl", "-D", data, "-o", opts, "-l", self.dir / "log", "-w", "start")
        return self.url

    def stop(self) -> None:
        self._run(self.bin / "pg_ctl", "-D", self.dir / "data", "-m", "fast", "-w", "stop")

    def destroy(self) -> None:
        try:
            self.stop()
        except subprocess.CalledProcessError:
            pass
        shutil.rmtree(self.dir, ignore_errors=True)

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://yuqing@127.0.0.1:{self.port}/postgres"


def fresh_database(base_url: str, name: str) -> str:
    """Create (or recreate) database ``name`` next to ``base_url``'s and return its URL."""
    from sqlalchemy.engine import make_url

    admin = create_engine(base_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(base_url).set(database=name).render_as_string(hide_password=False)
