"""The classifier's taxonomy file of a jurisdiction (``taxonomy.yaml``).

The gazetteer and the segmentation word lists are read by :mod:`yuqing.jurisdiction` (the service
reads them too). Each YAML file is validated by :func:`yuqing.config.load_yaml` (``ConfigError``
with file:line).
"""

from __future__ import annotations

from pathlib import Path

from models.taxonomy import Taxonomy, Topic
from yuqing.config import load_yaml

__all__ = ["Taxonomy", "Topic", "load_taxonomy"]


def load_taxonomy(path: Path) -> Taxonomy:
    return load_yaml(Path(path), Taxonomy)
