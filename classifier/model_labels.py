"""The labels a trained topic model predicts, read from the ``metadata.json`` beside its artifact.

:meth:`classifier.model.TopicModel.save` writes the label list twice: into the artifact and into
the readable ``metadata.json``. A process that only checks a taxonomy edit (the web service) reads
the latter: a few hundred bytes instead of loading scikit-learn and the whole model.
"""

from __future__ import annotations

import json
from pathlib import Path

from classifier.errors import ModelError

METADATA = "metadata.json"
"""The file :meth:`~classifier.model.TopicModel.save` writes beside the artifact (its ``METADATA``)."""


def model_labels(model_dir: Path) -> tuple[str, ...]:
    """The labels of the model in ``model_dir``; ``ModelError`` when its metadata is missing or
    holds no label list."""
    path = Path(model_dir) / METADATA
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ModelError(f"{path}: 找不到模型说明文件（先用 yuqing train 训练模型，或设置 YUQING_MODEL_DIR）") from exc
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ModelError(f"{path}: 模型说明文件无法读取（{type(exc).__name__}）") from exc
    labels = meta.get("labels") if isinstance(meta, dict) else None
    if not isinstance(labels, list) or not labels or not all(isinstance(label, str) for label in labels):
        raise ModelError(f"{path}: 模型说明文件没有标签列表（labels）")
    return tuple(labels)
