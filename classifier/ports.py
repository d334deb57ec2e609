"""The classifier behind its door to the web service: checking ``routing.yaml`` and ``taxonomy.yaml``
edited online (:class:`models.ports.RuleDocuments`) with the models and checks
:func:`~classifier.engine.load_classifier` and the classify worker use, and each against the other
(:mod:`classifier.topic_references`)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TypeVar

from classifier.errors import ModelError
from classifier.jurisdiction import Taxonomy, parse_taxonomy
from classifier.model_labels import model_labels
from classifier.routing import RoutingTable, parse_routing
from classifier.topic_references import dropped_topics, refuse_unknown_topics
from yuqing.config import parse_yaml, read_config_text, validate_yaml
from yuqing.directory import load_units
from yuqing.errors import ConfigError, NotFound

T = TypeVar("T", Taxonomy, RoutingTable)


class ClassifierPorts:
    """The classifier's implementation of ``RuleDocuments`` (the ``routing`` and ``taxonomy`` documents).

    ``model_dir`` is the model the classify workers serve (``YUQING_MODEL_DIR``; default: the
    jurisdiction's ``model/``): a taxonomy is checked against its labels, read from its
    ``metadata.json`` (the model itself is not loaded). A routing text is checked against the
    taxonomy in force and a taxonomy text against the routing in force (``in_force``, else the files).
    """

    def __init__(self, model_dir: Path | None = None) -> None:
        self.model_dir = model_dir

    def check_document(
        self, document: str, text: str, *, jurisdiction_dir: Path, in_force: Mapping[str, str] | None = None
    ) -> None:
        jurisdiction_dir = Path(jurisdiction_dir)
        if document == "routing":
            table = parse_routing(text, "routing.yaml", load_units(jurisdiction_dir / "units.yaml"))
            taxonomy = _other(jurisdiction_dir, in_force, "taxonomy", Taxonomy)
            if taxonomy is not None:
                refuse_unknown_topics(table, taxonomy, text, "routing.yaml")
        elif document == "taxonomy":
            try:
                labels = model_labels(self.model_dir or jurisdiction_dir / "model")
            except ModelError as exc:
                raise ConfigError(f"taxonomy.yaml: 无法核对模型的标签：{exc}") from exc
            topics = parse_taxonomy(text, "taxonomy.yaml", labels)
            routing = _other(jurisdiction_dir, in_force, "routing", RoutingTable)
            if routing is not None:
                dropped = dropped_topics(
                    routing, topics, name="taxonomy.yaml", lines=parse_yaml(text, "taxonomy.yaml")[1]
                )
                if dropped:
                    raise ConfigError("\n".join(dropped))
        else:
            raise NotFound(f"the classifier has no document {document!r}")


def _other(jurisdiction_dir: Path, in_force: Mapping[str, str] | None, document: str, model: type[T]) -> T | None:
    """The other document as it will be in force, to check against; None when there is none, or it
    cannot be read (it is then refused by its own check when next edited, and by the stage loading it)."""
    name = f"{document}.yaml"
    try:
        text = in_force[document] if in_force and document in in_force else read_config_text(jurisdiction_dir / name)
        return validate_yaml(text, model, name)
    except ConfigError:
        return None
