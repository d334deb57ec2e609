"""The classifier behind its door to the web service: checking ``routing.yaml`` edited online
(:class:`models.ports.RuleDocuments`) with the models and checks :func:`~classifier.engine.load_classifier` uses."""

from __future__ import annotations

from pathlib import Path

from classifier.routing import parse_routing
from yuqing.directory import load_units
from yuqing.errors import NotFound


class ClassifierPorts:
    """The classifier's implementation of ``RuleDocuments`` (the ``routing`` document)."""

    def check_document(self, document: str, text: str, *, jurisdiction_dir: Path) -> None:
        if document != "routing":
            raise NotFound(f"the classifier has no document {document!r}")
        parse_routing(text, "routing.yaml", load_units(Path(jurisdiction_dir) / "units.yaml"))
