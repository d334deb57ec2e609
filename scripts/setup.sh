#!/usr/bin/env bash
# Set up yuqing on this machine (Debian/Ubuntu). Idempotent: a second run only checks.
#
#   1. installs the Debian packages that are missing: python3-venv, Java 17 (JRE), Maven, and
#      fonts-noto-cjk (Chinese in the PDF briefs);
#   2. creates .venv and installs the project into it (editable; with the test extras when
#      YUQING_SETUP_EXTRAS=test, as scripts/test.sh does);
#   3. fetches the web pages' chart library (Apache ECharts, pinned) from the npm registry into
#      service/web/static/vendor/ (scripts/web-assets.sh; the service serves it, no CDN);
#   4. fetches the Kafka broker jars from Maven Central once into ~/.cache/yuqing (skipped when
#      YUQING_KAFKA_BOOTSTRAP points at an existing cluster).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { printf '[setup] %s\n' "$*"; }

APT_UPDATED=0
apt_install() {
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
            say "missing Debian packages: $* — install them as root: apt-get install $*"; exit 1
        fi
    fi
    if [ "$APT_UPDATED" -eq 0 ]; then
        say "apt-get update"
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null
        APT_UPDATED=1
    fi
    say "installing Debian packages: $*"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >/dev/null
}

missing=()
command -v python3 >/dev/null 2>&1 || missing+=(python3)
if [ -z "${YUQING_KAFKA_BOOTSTRAP:-}" ]; then
    command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jre-headless)
    command -v mvn >/dev/null 2>&1 || missing+=(maven)
fi
# Chinese glyphs for the PDF briefs (the service names the package when they are missing)
ls /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
if [ "${#missing[@]}" -gt 0 ]; then apt_install "${missing[@]}"; fi

python3 - <<'PY'
import sys
if sys.version_info < (3, 11):
    sys.exit(f"[setup] Python 3.11+ is required, found {sys.version.split()[0]}")
PY

if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c 'import sys' >/dev/null 2>&1; then
    say "creating .venv"
    rm -rf .venv
    if ! python3 -m venv .venv >/dev/null 2>&1; then
        rm -rf .venv
        apt_install python3-venv  # Debian keeps venv/ensurepip in a package of their own
        python3 -m venv .venv
    fi
fi

extras="${YUQING_SETUP_EXTRAS:-}"
target="."
[ -n "$extras" ] && target=".[$extras]"
stamp=".venv/.yuqing-installed"
want="$(sha256sum pyproject.toml | cut -d' ' -f1) $extras"
have="$(cat "$stamp" 2>/dev/null || true)"
# An install with the test extras also serves a plain set-up.
if [ "$have" != "$want" ] && { [ -n "$extras" ] || [ "${have%% *}" != "${want%% *}" ]; } \
    || ! .venv/bin/python -c 'import yuqing' >/dev/null 2>&1; then
    say "installing yuqing into .venv (pip install -e '$target'; a few minutes on a fresh machine)"
    .venv/bin/python -m pip install -q --upgrade pip >/dev/null
    # One line per package fetched, so a long first install shows it is moving; pip's whole
    # output is kept in .venv/pip-install.log and its end is shown if it fails.
    log=.venv/pip-install.log
    if ! .venv/bin/python -m pip install -e "$target" 2>&1 | tee "$log" \
            | { grep --line-buffered -E '^Collecting ' || true; } | sed -u 's/^Collecting /[setup]   /'; then
        tail -n 25 "$log" >&2
        say "pip install failed (whole output: $log)"
        exit 1
    fi
    say "python packages installed ($(grep -c '^Collecting ' "$log" || true) fetched)"
    printf '%s' "$want" > "$stamp"
else
    say "python packages up to date"
fi

bash scripts/web-assets.sh

if [ -z "${YUQING_KAFKA_BOOTSTRAP:-}" ]; then
    .venv/bin/yuqing kafka fetch
else
    say "using the Kafka cluster at $YUQING_KAFKA_BOOTSTRAP (no local broker)"
fi
say "ready: .venv/bin/yuqing run"
