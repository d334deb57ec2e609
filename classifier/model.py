"""The topic model: segmenter word lists + TF-IDF features + a linear classifier (NB-SVM), as one artifact.

:class:`TopicModel` is what ``yuqing train`` writes and every worker serves. The artifact
(``model.joblib`` in the model directory, with a readable ``metadata.json`` beside it) holds the
user dictionary and stopwords the segmenter is built from, the fitted features, the classifier,
the label list, the confidence temperature and the training metadata, so training and serving
can never disagree. :func:`load_model` refuses anything else with :class:`ModelError`.

Confidence is a softmax over the SVM's decision values with a temperature fitted on
cross-validated decision values of the training data (temperature scaling), so it behaves like a
probability without changing which topic wins.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from classifier.errors import ModelError
from classifier.features import TextFeatures
from classifier.linear import NbSvm, feature_rows
from classifier.text import Fields, Segmenter
from yuqing.traditional import simplified

FORMAT = 3
"""3: NB-SVM classifier, word features looked up by hash (retrain older models with ``yuqing train``)."""
ARTIFACT = "model.joblib"
METADATA = "metadata.json"
TOP_TERMS = 6


@dataclass(frozen=True)
class TopicPrediction:
    topic: str
    confidence: float
    terms: tuple[str, ...]


@dataclass
class TopicModel:
    """A fitted (or fittable) topic classifier over ``(title, body)`` documents."""

    userdict: tuple[str, ...] = ()
    stopwords: tuple[str, ...] = ()
    features: TextFeatures = field(default_factory=TextFeatures)
    """Replaced in ``__post_init__`` by features that drop ``stopwords`` when left at the default."""
    classifier: NbSvm = field(default_factory=NbSvm)
    labels: tuple[str, ...] = ()
    temperature: float = 1.0
    metadata: dict[str, Any] = field(default_factory=dict)
    _segmenter: Segmenter | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if not self.labels and self.stopwords and not self.features.word.exclude:
            self.features = TextFeatures(stopwords=frozenset(self.stopwords))

    @property
    def segmenter(self) -> Segmenter:
        if self._segmenter is None:
            self._segmenter = Segmenter(self.userdict, self.stopwords)
        return self._segmenter

    @property
    def version(self) -> str:
        return str(self.metadata.get("model_version", "unversioned"))

    def prepare(self, docs: Sequence[tuple[str, str]], *, is_simplified: bool = False) -> list[Fields]:
        """The fields of ``(title, body)`` documents, traditional characters read as simplified
        (:mod:`yuqing.traditional`), in training as in serving; ``is_simplified`` says the
        caller has simplified them already (the classifier stage does so once for all its readers)."""
        if not is_simplified:
            docs = [(simplified(title), simplified(body)) for title, body in docs]
        return self.segmenter.fields_many(docs)

    def fit_fields(self, docs: Sequence[Fields], labels: Sequence[str], *, calibrate: bool = True) -> TopicModel:
        """Fit on prepared documents. ``calibrate`` also fits the confidence temperature (3-fold)."""
        if len(set(labels)) < 2:
            raise ValueError("need at least two distinct labels to train")
        x = self.features.fit_transform(docs)
        self.classifier.fit(x, list(labels))
        self.labels = tuple(str(c) for c in self.classifier.classes_)
        self.temperature = _fit_temperature(self.classifier, x, list(labels)) if calibrate else 1.0
        return self

    def fit(self, docs: Sequence[tuple[str, str]], labels: Sequence[str], *, calibrate: bool = True) -> TopicModel:
        return self.fit_fields(self.prepare(docs), labels, calibrate=calibrate)

    def decision(self, docs: Sequence[Fields]) -> tuple[Any, np.ndarray[Any, Any]]:
        x = self.features.transform(docs)
        scores = self.classifier.decision_function(x)
        if scores.ndim == 1:
            scores = np.column_stack([-scores, scores])
        return x, scores

    def predict_fields(self, docs: Sequence[Fields], *, with_terms: bool = True) -> list[TopicPrediction]:
        """Topic, confidence and (optionally) the terms that pushed the winning topic most."""
        if not docs:
            return []
        x, scores = self.decision(docs)
        best = scores.argmax(axis=1)
        probs = _softmax(scores / self.temperature)
        coef = self.classifier.coef_
        weights = self.classifier.weights_by_feature() if coef.shape[0] > 1 else feature_rows(np.vstack([-coef, coef]))
        terms = _top_terms(x, best, weights, self.features) if with_terms else None
        return [
            TopicPrediction(self.labels[c], float(probs[i, c]), terms[i] if terms is not None else ())
            for i, c in enumerate(best)
        ]

    def predict(
        self, docs: Sequence[tuple[str, str]], *, with_terms: bool = True, is_simplified: bool = False
    ) -> list[TopicPrediction]:
        return self.predict_fields(self.prepare(docs, is_simplified=is_simplified), with_terms=with_terms)

    def save(self, directory: Path) -> Path:
        """Write the artifact and ``metadata.json`` into ``directory``; return the artifact path."""
        import joblib

        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        payload = {
            "format": FORMAT,
            "userdict": self.userdict,
            "stopwords": self.stopwords,
            "features": self.features,
            "classifier": self.classifier,
            "labels": self.labels,
            "temperature": self.temperature,
            "metadata": self.metadata,
        }
        path = directory / ARTIFACT
        tmp = path.with_suffix(".tmp")
        joblib.dump(payload, tmp, compress=("xz", 6))
        tmp.replace(path)
        meta = {"format": FORMAT, "labels": list(self.labels), **self.metadata}
        (directory / METADATA).write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        return path


def load_model(directory: Path) -> TopicModel:
    """Load and check the artifact in ``directory``; raise :class:`ModelError` saying what is wrong."""
    import joblib

    path = Path(directory) / ARTIFACT
    if not path.is_file():
        raise ModelError(f"{path}: model file not found (train one with `yuqing train`)")
    try:
        payload = joblib.load(path)
    except Exception as exc:  # any unpickling failure means the file is unusable
        raise ModelError(f"{path}: model file is corrupt or unreadable ({type(exc).__name__}: {exc})") from exc
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        found = payload.get("format") if isinstance(payload, dict) else type(payload).__name__
        raise ModelError(
            f"{path}: unsupported model format {found!r} (expected {FORMAT}); retrain it with `yuqing train`"
        )
    try:
        model = TopicModel(
            userdict=tuple(payload["userdict"]),
            stopwords=tuple(payload["stopwords"]),
            features=payload["features"],
            classifier=payload["classifier"],
            labels=tuple(payload["labels"]),
            temperature=float(payload["temperature"]),
            metadata=dict(payload["metadata"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ModelError(f"{path}: model file is incomplete ({exc})") from exc
    if not isinstance(model.features, TextFeatures) or not isinstance(model.classifier, NbSvm):
        raise ModelError(f"{path}: model file holds unexpected objects")
    if tuple(str(c) for c in getattr(model.classifier, "classes_", ())) != model.labels or len(model.labels) < 2:
        raise ModelError(f"{path}: label list does not match the classifier")
    model.predict([("自检", "模型加载自检")], with_terms=True)  # fail now, not on the first batch
    return model


def _softmax(z: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    out: np.ndarray[Any, Any] = e / e.sum(axis=1, keepdims=True)
    return out


def _fit_temperature(template: NbSvm, x: Any, y: list[str]) -> float:
    """The temperature minimising the log-loss of cross-validated decision values."""
    from sklearn.base import clone
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    counts = np.unique(y, return_counts=True)[1]
    folds = int(min(3, counts.min()))
    if folds < 2:
        return 1.0
    cv = StratifiedKFold(folds, shuffle=True, random_state=0)
    scores = cross_val_predict(clone(template), x, y, cv=cv, method="decision_function")
    if scores.ndim == 1:
        scores = np.column_stack([-scores, scores])
    classes = sorted(set(y))
    truth = np.array([classes.index(v) for v in y])
    best_t, best_loss = 1.0, math.inf
    for t in np.geomspace(0.02, 5.0, 60):
        p = _softmax(scores / t)[np.arange(len(y)), truth]
        loss = float(-np.log(np.clip(p, 1e-12, None)).mean())
        if loss < best_loss:
            best_t, best_loss = float(t), loss
    return best_t


def _top_terms(
    x: Any, best: np.ndarray[Any, Any], weights: np.ndarray[Any, Any], features: TextFeatures
) -> list[tuple[str, ...]]:
    """Per row, the word features that pushed the winning class most, as a reader can use them
    (:meth:`TextFeatures.shown`, :func:`_readable`); character n-grams explain little to a reader
    and are left out; compiled (:func:`classifier.kernels.top_contributions`)."""
    from classifier.kernels import top_contributions

    cols = top_contributions(
        x.indptr,  # as scipy keeps them (int32 for a batch's matrix): no copy
        x.indices,
        x.data,
        best.astype(np.int64),
        weights,
        np.int64(features.word_offset),
        # the same word can come from the text and the headline block, and parts of words are left out
        np.int64(2 * TOP_TERMS),
        features.shown(),
    )
    names = features.terms()
    return [_readable([names[col] for col in row if col >= 0]) for row in cols.tolist()]


def _readable(candidates: list[str]) -> tuple[str, ...]:
    """The first :data:`TOP_TERMS` of ``candidates`` (strongest first), each once and not a part of
    another candidate (search-mode segmentation also yields ``峡口`` and ``口镇`` of ``峡口镇``: the
    whole word is shown)."""
    words = list(dict.fromkeys(candidates))
    joined = "\0".join(words)  # a word found more than once in it is part of another
    kept: list[str] = []
    for t in words:
        if joined.count(t) == 1:
            kept.append(t)
            if len(kept) == TOP_TERMS:
                break
    return tuple(kept)
