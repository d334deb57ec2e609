#!/usr/bin/env bash
# Fetch the web pages' front-end libraries (Apache ECharts and its word-cloud extension) from the
# npm registry at the versions pinned in service/web/assets/package-lock.json, and copy the files
# the pages load into service/web/static/vendor/, which the service serves itself (government
# networks are often cut off from the internet: no CDN). Idempotent: a second run only checks.
#
#   bash scripts/web-assets.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { printf '[web-assets] %s\n' "$*"; }

assets=service/web/assets
vendor=service/web/static/vendor
files=(
    "echarts/dist/echarts.min.js:echarts.min.js"
    "echarts-wordcloud/dist/echarts-wordcloud.min.js:echarts-wordcloud.min.js"
)
stamp="$vendor/.lock-sha256"
want="$(sha256sum "$assets/package-lock.json" | cut -d' ' -f1)"

complete=1
for pair in "${files[@]}"; do [ -s "$vendor/${pair#*:}" ] || complete=0; done
if [ "$complete" -eq 1 ] && [ "$(cat "$stamp" 2>/dev/null || true)" = "$want" ]; then
    say "up to date"
    exit 0
fi

if ! command -v npm >/dev/null 2>&1; then
    sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    say "installing Debian packages: nodejs npm"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends nodejs npm >/dev/null
fi

say "npm ci (versions pinned by $assets/package-lock.json)"
npm ci --prefix "$assets" --no-audit --no-fund --ignore-scripts --loglevel=error >/dev/null
mkdir -p "$vendor"
for pair in "${files[@]}"; do
    cp "$assets/node_modules/${pair%%:*}" "$vendor/${pair#*:}"
done
printf '%s' "$want" > "$stamp"
say "ready: ${files[*]##*:} in $vendor"
