"""Event fingerprints of a batch at once (:func:`alerting.events.centroids.top_terms`)."""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from alerting.events.centroids import top_terms
from alerting.events.similarity import MAX_TERMS


def _one_event(group: list[tuple[np.ndarray, np.ndarray]]) -> tuple[list[int], list[float]]:
    """The fingerprint of one event, computed on its own: summed weights, strongest first, equal
    weights by column, the strongest MAX_TERMS, rounded."""
    summed: dict[int, float] = defaultdict(float)
    for cols, vals in group:
        for c, v in zip(cols.tolist(), vals.tolist(), strict=True):
            summed[c] += v
    ranked = sorted(summed.items(), key=lambda cv: (-cv[1], cv[0]))[:MAX_TERMS]
    return [c for c, _ in ranked], [round(v, 4) for _, v in ranked]


def test_each_events_fingerprint_is_what_it_would_be_computed_alone() -> None:
    rng = np.random.default_rng(5)
    groups = []
    for n in range(60):
        vectors = []
        for _ in range(int(rng.integers(0, 5))):  # an event with no vector at all, one, several
            size = int(rng.integers(0, 200))
            cols = rng.choice(400 if n % 2 else 5_000, size=size, replace=False).astype(np.int32)
            # weights from a few values: many ties, broken by column
            vals = rng.choice([0.05, 0.1, 0.25, 0.5], size=size) * (1 + n % 3)
            vectors.append((cols, vals))
        groups.append(vectors)
    got = top_terms(groups)
    assert len(got) == len(groups)
    for group, (cols, vals) in zip(groups, got, strict=True):
        want_cols, want_vals = _one_event(group)
        assert cols.tolist() == want_cols
        assert np.allclose(vals, want_vals)
        assert cols.dtype == np.int32


def test_events_with_more_terms_keep_the_strongest_only_and_empty_batches_give_empty_fingerprints() -> None:
    cols = np.arange(MAX_TERMS * 2, dtype=np.int32)
    (top,) = top_terms([[(cols, cols.astype(np.float64))]])
    assert top[0].tolist() == list(range(MAX_TERMS * 2 - 1, MAX_TERMS - 1, -1))
    empty = top_terms([[], [(np.empty(0, np.int32), np.empty(0, np.float64))]])
    assert [c.size for c, _ in empty] == [0, 0]
    assert top_terms([]) == []
