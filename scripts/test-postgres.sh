#!/usr/bin/env bash
# A throwaway PostgreSQL server for the test suite, from Debian's packages.
#
#   source scripts/test-postgres.sh && pg_test_start   # exports YUQING_TEST_POSTGRES_URL
#   pg_test_stop                                       # stops it and removes its files
#
# The cluster lives in a temporary directory, listens on 127.0.0.1 on a free port with trust
# authentication (loopback only), and runs as the `postgres` user when we are root.

pg_test_bindir() {
    local dir
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    if [ -z "$dir" ] || [ ! -x "$dir/initdb" ]; then return 1; fi
    printf '%s' "$dir"
}

pg_test_start() {
    local bindir port as=()
    bindir="$(pg_test_bindir)" || { echo "[pg] PostgreSQL server binaries not found" >&2; return 1; }
    PG_TEST_DIR="$(mktemp -d /tmp/yuqing-pg.XXXXXX)"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres:postgres "$PG_TEST_DIR"
        as=(runuser -u postgres --)
    fi
    # outside the ephemeral range, so no client connection takes it first (tests/devtools/ports.py)
    port="$(.venv/bin/python -c 'from tests.devtools.ports import free_port; print(free_port())')"
    "${as[@]}" "$bindir/initdb" -D "$PG_TEST_DIR/data" -U yuqing --auth=trust -E UTF8 --no-locale >"$PG_TEST_DIR/initdb.log" 2>&1 \
        || { cat "$PG_TEST_DIR/initdb.log" >&2; return 1; }
    "${as[@]}" "$bindir/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/server.log" -w -t 60 \
        -o "-p $port -k $PG_TEST_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null || { cat "$PG_TEST_DIR/server.log" >&2; return 1; }
    PG_TEST_BINDIR="$bindir"
    PG_TEST_AS="${as[*]}"
    export YUQING_TEST_POSTGRES_URL="postgresql+psycopg://yuqing@127.0.0.1:$port/postgres"
    echo "[pg] PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') for tests at 127.0.0.1:$port"
}

pg_test_stop() {
    if [ -n "${PG_TEST_DIR:-}" ] && [ -d "$PG_TEST_DIR" ]; then
        # shellcheck disable=SC2086
        $PG_TEST_AS "$PG_TEST_BINDIR/pg_ctl" -D "$PG_TEST_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
        rm -rf "$PG_TEST_DIR"
        PG_TEST_DIR=""
    fi
}
