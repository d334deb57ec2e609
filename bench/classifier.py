"""Classifier benchmark: the plain baseline against the product's classifier, side by side, one core.

    python bench/classifier.py [--train FILE] [--test FILE] [--test-size 0.2] [--repeat 9] [--cv] [--default-gc]

Baseline: ``jieba.lcut`` as the tokenizer of a default ``TfidfVectorizer`` and a default
``LinearSVC``. Product: the whole classifier stage as ``yuqing classify`` runs it
(:meth:`classifier.engine.Classifier.classify` on ``RawItem`` s with the example jurisdiction's
tables: segmentation, features, topic with confidence and top terms, negativity, event type,
casualty figures and grade, places, routing, 简要信息 facts, the ``Classification`` messages).
Both are trained on the same training messages (title + body) and run on the same test messages in
this one process, pinned to one CPU, each on the whole test set per call. Runs alternate (baseline,
product, product, baseline, …) so both see the same machine; the medians of ``--repeat`` runs are
reported, and the ratio is the median of the per-round ratios. CPU time of the process is used.
Before the timed rounds the process's garbage collector is set up as ``yuqing classify`` sets it up
(:func:`yuqing.worker.tune_garbage_collector`), for both sides (the baseline runs no collection
either way); ``--default-gc`` leaves CPython's defaults.
Without ``--test`` the training file is split (stratified, fixed seed). ``--cv`` adds 5-fold
cross-validation of the topic model (fold seeds 0, 1, 2). The last line printed is one JSON object.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import logging  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_DATA = Path("/work/shared/data/tipdm2020/messages_labeled.xlsx")
DEFAULT_SENTIMENT = Path("/work/shared/data/sentiment/chnsenticorp_hotel.csv")
JURISDICTION = ROOT / "yuqing" / "examples" / "jiangshan"


def _pin_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        cpu = sorted(os.sched_getaffinity(0))[-1]
        os.sched_setaffinity(0, {cpu})
        return f"cpu {cpu}"
    return "not pinned (no sched_setaffinity)"


def _cpu_seconds(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.process_time()
    fn()
    return time.process_time() - start


def _engine(model):  # type: ignore[no-untyped-def]
    """The classifier stage with the example jurisdiction's tables and ``model``."""
    from classifier.engine import Classifier
    from classifier.jurisdiction import load_taxonomy
    from classifier.places import PlaceFinder
    from classifier.routing import Router, load_routing
    from classifier.sentiment import SentimentScorer
    from yuqing.directory import load_units
    from yuqing.jurisdiction import load_gazetteer

    return Classifier(
        model,
        load_taxonomy(JURISDICTION / "taxonomy.yaml"),
        PlaceFinder(load_gazetteer(JURISDICTION / "gazetteer.yaml")),
        Router(load_routing(JURISDICTION / "routing.yaml")),
        load_units(JURISDICTION / "units.yaml"),
        SentimentScorer(),
    )


def _items(docs):  # type: ignore[no-untyped-def]
    from models.enums import SourceType
    from models.messages import RawItem
    from models.timeutil import utcnow

    now = utcnow()
    return [
        RawItem(
            id=f"bench{i:08d}",
            source_id="bench",
            source_type=SourceType.JSON_API,
            title=t[:1000],
            text=b,
            published_at=now,
            collected_at=now,
        )
        for i, (t, b) in enumerate(docs)
    ]


def _median(values: list[float]) -> float:
    return float(statistics.median(values))


def _cross_validation(path: Path) -> dict[str, object]:
    from classifier.dataset import read_dataset
    from classifier.evaluation import cross_validate
    from classifier.model import TopicModel
    from classifier.training import map_labels, vocabulary

    data = map_labels(read_dataset(path), JURISDICTION)
    userdict, stopwords = vocabulary(JURISDICTION)
    scores = []
    for seed in (0, 1, 2):
        report = cross_validate(data, lambda: TopicModel(userdict=userdict, stopwords=stopwords), 5, seed=seed)
        scores.append(round(report.macro_f1, 4))
        print(
            f"5-fold cross-validation, fold seed {seed}: macro-F1 {report.macro_f1:.4f}, accuracy {report.accuracy:.4f}"
        )
    return {"cv_macro_f1_by_seed": scores, "cv_macro_f1_mean": round(sum(scores) / len(scores), 4)}


def _negativity(path: Path) -> dict[str, object]:
    """Accuracy and F1 of the product's negativity on a labelled review file (out of domain; never trained on)."""
    import csv

    from sklearn.metrics import accuracy_score, f1_score

    from classifier.sentiment import SentimentScorer

    if not path.exists():
        print(f"sentiment file {path} not found: negativity check skipped")
        return {"negativity_check": "skipped (file not present)"}
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    scorer = SentimentScorer()
    truth = [r["label"].strip() == "0" for r in rows]
    guess = [scorer.score(r["review"]).negative for r in rows]
    return {
        "negativity_file": str(path),
        "negativity_accuracy": round(float(accuracy_score(truth, guess)), 4),
        "negativity_f1": round(float(f1_score(truth, guess)), 4),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--train", type=Path, default=None, help=f"labelled xlsx/csv (default {DEFAULT_DATA})")
    parser.add_argument("--test", type=Path, default=None, help="labelled xlsx/csv to score (default: split --train)")
    parser.add_argument("--test-size", type=float, default=0.2)
    parser.add_argument(
        "--sentiment",
        type=Path,
        default=DEFAULT_SENTIMENT,
        help="csv with label (0 = negative) and review columns: negativity check of the lexicon",
    )
    parser.add_argument("--repeat", type=int, default=9, help="timing runs of each; medians are reported")
    parser.add_argument("--cv", action="store_true", help="also 5-fold cross-validation (fold seeds 0, 1, 2)")
    parser.add_argument(
        "--default-gc",
        action="store_true",
        help="leave CPython's garbage collector as it is (default: set up as `yuqing classify` does)",
    )
    args = parser.parse_args()

    train_path = args.train or DEFAULT_DATA
    if not train_path.exists():
        print(f"training file {train_path} not found: pass --train FILE (default data is not present here)")
        return 2
    if args.train is None:
        print(f"using the default data file {train_path}")

    logging.getLogger("jieba").setLevel(logging.ERROR)
    import jieba
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics import f1_score
    from sklearn.model_selection import train_test_split
    from sklearn.pipeline import make_pipeline
    from sklearn.svm import LinearSVC

    from classifier.dataset import read_dataset
    from classifier.jurisdiction import load_taxonomy
    from classifier.model import TopicModel
    from classifier.training import vocabulary

    pinned = _pin_one_core()
    train = read_dataset(train_path)
    if args.test:
        test = read_dataset(args.test)
        tr_docs, tr_y, te_docs, te_y = train.docs, train.labels, test.docs, test.labels
    else:
        tr_docs, te_docs, tr_y, te_y = train_test_split(
            train.docs, train.labels, test_size=args.test_size, stratify=train.labels, random_state=0
        )
        print(f"no --test: stratified split of {train_path.name}, {len(te_docs)} test messages (seed 0)")
    tr_text = [f"{t}\n{b}" for t, b in tr_docs]
    te_text = [f"{t}\n{b}" for t, b in te_docs]

    jieba.initialize()
    baseline = make_pipeline(TfidfVectorizer(tokenizer=jieba.lcut, token_pattern=None, lowercase=False), LinearSVC())
    t0 = time.perf_counter()
    baseline.fit(tr_text, tr_y)
    baseline_train_s = time.perf_counter() - t0

    userdict, stopwords = vocabulary(JURISDICTION)
    taxonomy = load_taxonomy(JURISDICTION / "taxonomy.yaml")
    ours = TopicModel(userdict=userdict, stopwords=stopwords)
    t0 = time.perf_counter()
    ours.fit(tr_docs, [taxonomy.resolve(y) for y in tr_y])
    ours_train_s = time.perf_counter() - t0

    engine = _engine(ours)
    items = _items(te_docs)
    # warm-up on the whole test set, so that nothing built on first use (jieba's dictionary, compiled
    # kernels, the facts reader of the first emergency, caches) falls into a timed round: a worker
    # runs for days, its steady state is what counts
    baseline.predict(te_text)
    engine.classify(items)
    if not args.default_gc:
        from yuqing.worker import tune_garbage_collector

        tune_garbage_collector()

    n = len(te_docs)
    base_runs: list[float] = []
    product_runs: list[float] = []
    model_runs: list[float] = []
    for round_ in range(args.repeat):  # interleaved: ABBA order so neither side always runs first
        order = ("base", "product") if round_ % 2 == 0 else ("product", "base")
        for side in order:
            if side == "base":
                base_runs.append(_cpu_seconds(lambda: baseline.predict(te_text)))
            else:
                product_runs.append(_cpu_seconds(lambda: engine.classify(items)))
        model_runs.append(_cpu_seconds(lambda: ours.predict(te_docs, with_terms=True)))
    ratios = [b / p for b, p in zip(base_runs, product_runs, strict=True)]
    base_pred = baseline.predict(te_text)
    ours_pred = [c.topic for c in engine.classify(items)]
    base_f1 = float(f1_score(te_y, base_pred, average="macro"))
    ours_f1 = float(f1_score([taxonomy.resolve(y) for y in te_y], ours_pred, average="macro"))

    result = {
        "train_file": str(train_path),
        "test_file": str(args.test) if args.test else f"stratified split {args.test_size} of train_file (seed 0)",
        "n_train": len(tr_docs),
        "n_test": n,
        "mean_chars": round(sum(len(t) for t in te_text) / max(n, 1), 1),
        "cpu": pinned,
        "timing": f"median of {args.repeat} interleaved runs each (CPU time), whole test set per call",
        "gc": "CPython defaults" if args.default_gc else "set up as `yuqing classify` does (yuqing.worker)",
        "baseline_train_s": round(baseline_train_s, 2),
        "train_s": round(ours_train_s, 2),
        "baseline_items_per_s": round(n / _median(base_runs), 1),
        "items_per_s": round(n / _median(product_runs), 1),
        "ratio": round(_median(ratios), 2),
        "ratio_range": [round(min(ratios), 2), round(max(ratios), 2)],
        "product_includes": "the whole classifier stage: segmentation, features, topic, confidence, top terms, "
        "negativity, event type, figures and grade, places, routing, facts, Classification messages",
        "topic_model_items_per_s": round(n / _median(model_runs), 1),
        "topic_model_ratio": round(_median(base_runs) / _median(model_runs), 2),
        "baseline_macro_f1": round(base_f1, 4),
        "macro_f1": round(ours_f1, 4),
    }
    print(
        f"baseline {result['baseline_items_per_s']} items/s, product {result['items_per_s']} items/s: "
        f"ratio {result['ratio']} (per-round {result['ratio_range'][0]}–{result['ratio_range'][1]}); "
        f"macro-F1 {result['macro_f1']} vs baseline {result['baseline_macro_f1']}"
    )
    if args.cv:
        result.update(_cross_validation(train_path))
    result.update(_negativity(args.sentiment))
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
