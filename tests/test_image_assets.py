"""The image serves the pinned chart library too: the Dockerfile fetches what
``scripts/web-assets.sh`` fetches (``npm ci`` of ``service/web/assets``, scripts off) and puts the
same files into ``service/web/static/vendor/`` before ``pip install .`` packs the service."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_image_contains_the_vendored_chart_files() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    script = (ROOT / "scripts" / "web-assets.sh").read_text(encoding="utf-8")
    wanted = re.findall(r'"([\w./-]+\.js):([\w.-]+\.js)"', script)
    assert len(wanted) == 2
    stage = re.search(r"^FROM node:20-slim AS (\S+)$", dockerfile, re.MULTILINE)
    assert stage is not None
    assert "COPY service/web/assets/package.json service/web/assets/package-lock.json" in dockerfile
    assert re.search(r"^RUN npm ci --ignore-scripts\b", dockerfile, re.MULTILINE)
    copy = re.search(rf"^COPY --from={stage.group(1)} (.+?) \./service/web/static/vendor/$", dockerfile, re.M | re.S)
    assert copy is not None
    for source, name in wanted:
        assert f"node_modules/{source}" in copy.group(1) and source.endswith(name)
    assert dockerfile.index("./service/web/static/vendor/") < dockerfile.index("RUN pip install .")
    ignored = (ROOT / ".dockerignore").read_text(encoding="utf-8").split()
    assert "service/web/static/vendor" in ignored  # the build's own files, never the host's
