"""A SCHEMATIC township map for tests: one square per township in a grid, NOT real boundaries.

Real boundary files come from the jurisdiction's surveying and mapping authority; the tests only
need a valid file of the ``boundaries.geojson`` convention (:mod:`service.boundaries`).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from yuqing.settings import EXAMPLE_JURISDICTION

ORIGIN = (118.45, 28.55)
CELL = 0.08


def schematic_boundaries(names: Sequence[str], columns: int = 5) -> dict[str, Any]:
    """A FeatureCollection of squares named ``names`` (row by row), labelled schematic."""
    features = []
    for i, name in enumerate(names):
        x, y = ORIGIN[0] + CELL * (i % columns), ORIGIN[1] - CELL * (i // columns)
        ring = [[x, y], [x + CELL, y], [x + CELL, y - CELL], [x, y - CELL], [x, y]]
        features.append(
            {"type": "Feature", "properties": {"name": name}, "geometry": {"type": "Polygon", "coordinates": [ring]}}
        )
    return {"type": "FeatureCollection", "schematic": "示意图，非真实行政边界", "features": features}


def jurisdiction_with_map(tmp: Path, doc: Any) -> Path:
    """A copy of the example jurisdiction with ``doc`` as its ``boundaries.geojson``."""
    target = tmp / "jurisdiction"
    shutil.copytree(EXAMPLE_JURISDICTION, target)
    text = doc if isinstance(doc, str) else json.dumps(doc, ensure_ascii=False)
    (target / "boundaries.geojson").write_text(text, encoding="utf-8")
    return target
