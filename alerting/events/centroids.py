"""Event fingerprints of a whole batch at once.

An event's fingerprint after a batch is its stored one, weighted by its earlier item count, plus
each new item's unit fingerprint: the strongest :data:`~alerting.events.similarity.MAX_TERMS`
terms, rounded as stored. A batch touches hundreds of events; summing and ranking the terms of all
of them in one sort costs a fraction of one sort per event (numpy's per-call overhead dominates
for vectors of a few hundred terms).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from alerting.events.similarity import MAX_TERMS

Vector = tuple[np.ndarray, np.ndarray]
"""(term columns, weights)"""

_EMPTY: Vector = (np.empty(0, np.int32), np.empty(0, np.float64))


def top_terms(groups: Sequence[Sequence[Vector]]) -> list[Vector]:
    """For each group of vectors: the columns of the summed weights' strongest :data:`MAX_TERMS`
    terms (strongest first, equal weights by column) and those weights rounded to four places."""
    lengths = [sum(cols.size for cols, _ in group) for group in groups]
    total = sum(lengths)
    if not total:
        return [_EMPTY for _ in groups]
    cols = np.concatenate([c for group in groups for c, _ in group]).astype(np.int64)
    vals = np.concatenate([v for group in groups for _, v in group]).astype(np.float64)
    width = int(cols.max()) + 1
    owner = np.repeat(np.arange(len(groups), dtype=np.int64), lengths)
    keys, inverse = np.unique(owner * width + cols, return_inverse=True)  # by group, then column
    weights = np.bincount(inverse, weights=vals)
    owners = keys // width
    order = np.lexsort((-weights, owners))  # by group, then strongest first (stable: ties by column)
    ranked_owners = owners[order]
    starts = np.searchsorted(ranked_owners, np.arange(len(groups)))
    kept = order[np.arange(order.size) - starts[ranked_owners] < MAX_TERMS]
    bounds = np.searchsorted(owners[kept], np.arange(len(groups) + 1))
    top_cols = (keys[kept] % width).astype(np.int32)
    top_vals = np.round(weights[kept], 4)
    return [(top_cols[bounds[g] : bounds[g + 1]], top_vals[bounds[g] : bounds[g + 1]]) for g in range(len(groups))]
