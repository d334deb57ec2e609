#!/usr/bin/env bash
# Set up and run every test, including the real-Kafka and PostgreSQL ones.
#
#   bash scripts/test.sh [pytest args...]
#
# Runs scripts/setup.sh (with the test extras), installs Debian's PostgreSQL server and Chromium
# (browser tests) when missing, starts a throwaway PostgreSQL unless YUQING_TEST_POSTGRES_URL is
# already set, runs pytest (test files spread over parallel workers), and stops that PostgreSQL
# again. The exit code is pytest's (so "no tests collected", code 5, fails too).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

YUQING_SETUP_EXTRAS=test bash scripts/setup.sh

# shellcheck source=scripts/test-postgres.sh
source scripts/test-postgres.sh

missing=()
if [ -z "${YUQING_TEST_POSTGRES_URL:-}" ] && ! pg_test_bindir >/dev/null; then missing+=(postgresql); fi
if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then missing+=(chromium); fi
# Chinese glyphs in the browser tests' screenshots (without them the pages show boxes)
# (grep without -q: an early exit would break fc-list's pipe and, with pipefail, the check)
if ! fc-list : family 2>/dev/null | grep -i "noto sans cjk" >/dev/null; then missing+=(fonts-noto-cjk); fi
if [ "${#missing[@]}" -gt 0 ]; then
    sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    echo "[test] installing Debian packages: ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ -z "${YUQING_TEST_POSTGRES_URL:-}" ]; then
    trap pg_test_stop EXIT
    pg_test_start
else
    echo "[test] using PostgreSQL from YUQING_TEST_POSTGRES_URL"
fi

# Test files run in parallel, one worker per core up to four (each worker starts its own broker:
# ~0.8 GB). YUQING_TEST_WORKERS overrides the count; 0 runs everything in this one process.
workers="${YUQING_TEST_WORKERS:-$(nproc)}"
[ "$workers" -gt 4 ] && [ -z "${YUQING_TEST_WORKERS:-}" ] && workers=4

set +e
.venv/bin/pytest -n "$workers" --dist loadfile "$@"
code=$?
set -e
exit "$code"
