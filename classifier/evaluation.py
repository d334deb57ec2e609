"""Measuring a topic model: held-out scoring and stratified k-fold cross-validation.

Reports give accuracy, macro-F1, per-class precision/recall/F1/support and the confusion matrix,
as text, as one JSON object, and as a PNG picture (matplotlib's Agg backend, no display needed).
A model is never scored on the messages it was trained on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from classifier.dataset import Dataset
from classifier.model import TopicModel

CV_SEED = 0


@dataclass(frozen=True)
class Report:
    accuracy: float
    macro_f1: float
    per_class: dict[str, dict[str, float]]
    labels: tuple[str, ...]
    confusion: tuple[tuple[int, ...], ...]
    n: int
    method: str

    def as_json(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "n": self.n,
            "accuracy": round(self.accuracy, 4),
            "macro_f1": round(self.macro_f1, 4),
            "per_class": self.per_class,
            "labels": list(self.labels),
            "confusion_matrix": [list(r) for r in self.confusion],
        }

    def as_text(self) -> str:
        width = max(len(label) for label in self.labels) + 2
        lines = [
            f"{self.method}: {self.n} messages",
            f"accuracy  {self.accuracy:.4f}",
            f"macro-F1  {self.macro_f1:.4f}",
            "",
            f"{'class':<{width}}  precision  recall     f1  support",
        ]
        for label in self.labels:
            m = self.per_class[label]
            lines.append(
                f"{label:<{width}}  {m['precision']:9.3f}  {m['recall']:6.3f}  {m['f1']:5.3f}  {int(m['support']):7d}"
            )
        lines += ["", "confusion matrix (rows: true, columns: predicted; order as above)"]
        lines += ["  ".join(f"{v:4d}" for v in row) for row in self.confusion]
        return "\n".join(lines)


def score(truth: Sequence[str], predicted: Sequence[str], method: str, labels: Sequence[str] | None = None) -> Report:
    """Compute a :class:`Report` from true and predicted labels."""
    from sklearn.metrics import accuracy_score, confusion_matrix, precision_recall_fscore_support

    order = list(labels) if labels else sorted(set(truth) | set(predicted))
    p, r, f, s = precision_recall_fscore_support(truth, predicted, labels=order, zero_division=0)
    present = [i for i, label in enumerate(order) if label in set(truth)]
    per_class = {
        label: {
            "precision": round(float(p[i]), 4),
            "recall": round(float(r[i]), 4),
            "f1": round(float(f[i]), 4),
            "support": int(s[i]),
        }
        for i, label in enumerate(order)
    }
    macro = float(sum(f[i] for i in present) / len(present)) if present else 0.0
    cm = confusion_matrix(truth, predicted, labels=order)
    return Report(
        accuracy=float(accuracy_score(truth, predicted)),
        macro_f1=macro,
        per_class=per_class,
        labels=tuple(order),
        confusion=tuple(tuple(int(v) for v in row) for row in cm),
        n=len(truth),
        method=method,
    )


def evaluate_model(model: TopicModel, data: Dataset) -> Report:
    """Score a trained ``model`` on ``data`` (which must not be its training data)."""
    predicted = [p.topic for p in model.predict(data.docs, with_terms=False)]
    return score(data.labels, predicted, f"held-out evaluation on {data.source}", model.labels)


def cross_validate(
    data: Dataset,
    make_model: Callable[[], TopicModel],
    folds: int = 5,
    progress: Callable[[int], None] | None = None,
    seed: int = CV_SEED,
) -> Report:
    """Stratified ``folds``-fold cross-validation (fold assignment by ``seed``); segmentation is done once."""
    from sklearn.model_selection import StratifiedKFold

    template = make_model()
    fields = template.prepare(data.docs)
    labels = data.labels
    predicted = [""] * len(labels)
    splitter = StratifiedKFold(folds, shuffle=True, random_state=seed)
    for train_idx, test_idx in splitter.split(fields, labels):
        model = make_model()
        model.fit_fields([fields[i] for i in train_idx], [labels[i] for i in train_idx], calibrate=False)
        for i, p in zip(test_idx, model.predict_fields([fields[i] for i in test_idx], with_terms=False), strict=True):
            predicted[i] = p.topic
        if progress:
            progress(1)
    return score(labels, predicted, f"{folds}-fold cross-validation (fold seed {seed}) on {data.source}")


def plot_confusion(report: Report, path: Path) -> Path:
    """Draw the confusion matrix as a PNG at ``path`` (Agg backend; CJK font when one is installed)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib import font_manager

    cjk = [
        f.name
        for f in font_manager.fontManager.ttflist
        if any(k in f.name for k in ("CJK", "Hei", "WenQuanYi", "Song", "Ming"))
    ]
    if cjk:
        plt.rcParams["font.sans-serif"] = [cjk[0], *plt.rcParams["font.sans-serif"]]
    # labels as indices when no CJK font is installed, with the legend in the title
    ticks = list(report.labels) if cjk else [str(i) for i in range(len(report.labels))]
    n = len(report.labels)
    fig, ax = plt.subplots(figsize=(1.2 + 0.7 * n, 1.0 + 0.7 * n), dpi=100)
    matrix = report.confusion
    ax.imshow(matrix, cmap="Blues")
    top = max((max(r) for r in matrix), default=1) or 1
    for i in range(n):
        for j in range(n):
            v = matrix[i][j]
            ax.text(j, i, str(v), ha="center", va="center", color="white" if v > top / 2 else "black", fontsize=8)
    ax.set_xticks(range(n), ticks, rotation=45, ha="right")
    ax.set_yticks(range(n), ticks)
    ax.set_xlabel("predicted")
    ax.set_ylabel("true")
    ax.set_title(f"macro-F1 {report.macro_f1:.3f}, accuracy {report.accuracy:.3f}", fontsize=9)
    fig.tight_layout()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    plt.close(fig)
    return path
