"""The classifier behind its door to the web service: checking ``routing.yaml`` and ``taxonomy.yaml``
edited online (:class:`models.ports.RuleDocuments`) with the models and checks
:func:`~classifier.engine.load_classifier` and the classify worker use."""

from __future__ import annotations

from pathlib import Path

from classifier.errors import ModelError
from classifier.jurisdiction import parse_taxonomy
from classifier.model_labels import model_labels
from classifier.routing import parse_routing
from yuqing.directory import load_units
from yuqing.errors import ConfigError, NotFound


class ClassifierPorts:
    """The classifier's implementation of ``RuleDocuments`` (the ``routing`` and ``taxonomy`` documents).

    ``model_dir`` is the model the classify workers serve (``YUQING_MODEL_DIR``; default: the
    jurisdiction's ``model/``): a taxonomy is checked against its labels, read from its
    ``metadata.json`` (the model itself is not loaded).
    """

    def __init__(self, model_dir: Path | None = None) -> None:
        self.model_dir = model_dir

    def check_document(self, document: str, text: str, *, jurisdiction_dir: Path) -> None:
        if document == "routing":
            parse_routing(text, "routing.yaml", load_units(Path(jurisdiction_dir) / "units.yaml"))
        elif document == "taxonomy":
            try:
                labels = model_labels(self.model_dir or Path(jurisdiction_dir) / "model")
            except ModelError as exc:
                raise ConfigError(f"taxonomy.yaml: 无法核对模型的标签：{exc}") from exc
            parse_taxonomy(text, "taxonomy.yaml", labels)
        else:
            raise NotFound(f"the classifier has no document {document!r}")
