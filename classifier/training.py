"""Training a topic model from labelled data, the jurisdiction's vocabulary and the desk's corrections.

The segmenter's user dictionary is the jurisdiction's ``userdict.txt`` plus every unit name
(``units.yaml``) and place name (``gazetteer.yaml``); stopwords come from ``stopwords.txt``. Labels
are mapped to topic ids through ``taxonomy.yaml``; a label that is not a topic there (a typo, a
label of another taxonomy) is an error that names every such row. Each class needs at least
:data:`MIN_PER_CLASS` examples (:func:`check_class_sizes`); experiments may lower that
explicitly. Corrections (``LabelCorrection`` rows with ``field == "topic"``) replace or add the
label of their item; the latest correction of an item wins.
"""

from __future__ import annotations

import hashlib
import platform
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from classifier.dataset import Dataset, Example
from classifier.errors import TrainingDataError
from classifier.model import TopicModel
from models.timeutil import utcnow
from yuqing.jurisdiction import read_word_list, segmentation_words

MIN_PER_CLASS = 10
"""Fewest examples of a class ``yuqing train`` accepts without ``--allow-small-data``."""
SMALL_DATA_MIN = 2
"""Fewest examples of a class even an experiment needs (the confidence calibration splits them)."""
_LISTED = 20


def vocabulary(jurisdiction_dir: Path) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The user dictionary (:func:`yuqing.jurisdiction.segmentation_words`) and stopwords of a
    jurisdiction (files that are absent count as empty)."""
    d = Path(jurisdiction_dir)
    stop = read_word_list(d / "stopwords.txt") if (d / "stopwords.txt").is_file() else ()
    return segmentation_words(d), stop


def map_labels(data: Dataset, jurisdiction_dir: Path | None) -> Dataset:
    """Replace labels by topic ids of the jurisdiction's taxonomy when it has one.

    Raises :class:`TrainingDataError` naming each row whose label is no topic of the taxonomy.
    """
    path = Path(jurisdiction_dir) / "taxonomy.yaml" if jurisdiction_dir else None
    if path is None or not path.is_file():
        return data
    from classifier.jurisdiction import load_taxonomy

    taxonomy = load_taxonomy(path)
    examples = tuple(Example(e.id, e.title, e.body, taxonomy.resolve(e.label), e.origin) for e in data.examples)
    unknown = [
        (old, new) for old, new in zip(data.examples, examples, strict=True) if taxonomy.label_of(new.label) is None
    ]
    if unknown:
        raise TrainingDataError(_unknown_labels(data.source, [e for e, _ in unknown], taxonomy, path))
    return Dataset(examples, data.source)


def _unknown_labels(source: str, rows: list[Example], taxonomy: Any, path: Path) -> str:
    import difflib

    names = [n for t in taxonomy.topics for n in (t.id, t.label, *t.aliases)]
    lines = [f"{source}: {len(rows)} row(s) have a label that is no topic of {path}:"]
    for e in rows[:_LISTED]:
        close = difflib.get_close_matches(e.label, names, n=1, cutoff=0.5)
        hint = f" (did you mean {close[0]}?)" if close else ""
        lines.append(f"  {e.origin or 'id ' + e.id}: {e.label!r}{hint}")
    if len(rows) > _LISTED:
        lines.append(f"  … and {len(rows) - _LISTED} more")
    lines.append("topics: " + "、".join(f"{t.label} ({t.id})" for t in taxonomy.topics))
    return "\n".join(lines)


def check_class_sizes(data: Dataset, minimum: int = MIN_PER_CLASS) -> Counter[str]:
    """The examples per class; :class:`TrainingDataError` when a class has fewer than ``minimum``
    or there are fewer than two classes."""
    counts = Counter(data.labels)
    if len(counts) < 2:
        raise TrainingDataError(f"{data.source}: need at least two classes to train, found {len(counts)}")
    small = sorted((n, label) for label, n in counts.items() if n < minimum)
    if small:
        listed = ", ".join(f"{label!r} has {n}" for n, label in small)
        raise TrainingDataError(
            f"{data.source}: too few examples to train ({len(data)} in all): {listed}; each class needs at "
            f"least {minimum} (--allow-small-data trains anyway, for experiments)"
        )
    return counts


def corrections_from_db(url: str) -> Dataset:
    """Items whose topic the desk corrected, labelled with the latest correction."""
    from sqlalchemy import select

    from models.db import Item, LabelCorrection
    from yuqing.db.engine import make_engine, make_session_factory

    engine = make_engine(url)
    try:
        with make_session_factory(engine)() as session:
            rows = session.execute(
                select(LabelCorrection.item_id, LabelCorrection.new_value, Item.title, Item.text)
                .join(Item, Item.id == LabelCorrection.item_id)
                .where(LabelCorrection.field == "topic")
                .order_by(LabelCorrection.at, LabelCorrection.id)
            ).all()
    except Exception as exc:  # any database failure is a data problem for the trainer
        raise TrainingDataError(f"cannot read corrections from the database: {exc}") from exc
    finally:
        engine.dispose()
    latest: dict[str, Example] = {}
    for item_id, label, title, text in rows:
        latest[item_id] = Example(item_id, title or "", text or "", label, f"correction of item {item_id}")
    return Dataset(tuple(latest.values()), "label_corrections")


def merge(base: Dataset, corrections: Dataset) -> Dataset:
    """``base`` plus ``corrections``; a corrected example replaces a base example of the same id."""
    corrected = {e.id for e in corrections.examples}
    kept = tuple(e for e in base.examples if e.id not in corrected)
    return Dataset(kept + corrections.examples, f"{base.source} + {len(corrections)} corrections")


def train(
    data: Dataset,
    jurisdiction_dir: Path | None,
    *,
    progress: Callable[[str], None] | None = None,
    advance: Callable[[int], None] | None = None,
    now: datetime | None = None,
    min_per_class: int = MIN_PER_CLASS,
) -> TopicModel:
    """Fit a :class:`TopicModel` on ``data`` with the jurisdiction's vocabulary; return it unsaved.

    ``progress`` is told each phase; ``advance`` is called with the number of documents segmented.
    Raises :class:`TrainingDataError` when a class has fewer than ``min_per_class`` examples.
    """
    step = progress or (lambda _msg: None)
    counts = check_class_sizes(data, max(min_per_class, SMALL_DATA_MIN))
    userdict, stopwords = vocabulary(jurisdiction_dir) if jurisdiction_dir else ((), ())
    model = TopicModel(userdict=userdict, stopwords=stopwords)
    step("segmenting")
    docs = data.docs
    fields = []
    for start in range(0, len(docs), 256):
        fields.extend(model.prepare(docs[start : start + 256]))
        if advance:
            advance(len(docs[start : start + 256]))
    step("fitting")
    model.fit_fields(fields, data.labels, calibrate=True)
    created = now or utcnow()
    digest = hashlib.sha256("\x1f".join(f"{e.label}\x1e{e.title}\x1e{e.body}" for e in data.examples).encode())
    model.metadata = _metadata(data, counts, created, digest.hexdigest()[:10], model)
    if min_per_class < MIN_PER_CLASS:
        model.metadata["small_data"] = f"trained with at least {min_per_class} per class (experiment)"
    step("done")
    return model


def _metadata(data: Dataset, counts: Counter[str], created: datetime, digest: str, model: TopicModel) -> dict[str, Any]:
    import sklearn

    return {
        "model_version": f"{created.strftime('%Y%m%dT%H%M%SZ')}-{digest}",
        "created_at": created.isoformat(),
        "training_data": data.source,
        "training_data_sha256_prefix": digest,
        "n_examples": len(data),
        "class_counts": dict(sorted(counts.items())),
        "segmenter": "rjieba cut_for_search (HMM) + user dictionary + stopwords",
        "features": "tf-idf (sublinear): char 1-2-grams | words | headline words",
        "classifier": "NB-SVM (log-count-ratio scaled LinearSVC per class, balanced), temperature-scaled softmax",
        "temperature": model.temperature,
        "userdict_size": len(model.userdict),
        "stopwords_size": len(model.stopwords),
        "sklearn_version": sklearn.__version__,
        "python_version": platform.python_version(),
    }
