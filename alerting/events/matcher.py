"""Deciding, for a whole batch at once, which event each new item joins (pure: no database).

The rules are those of :mod:`alerting.events.grouping`, applied to the items in order of publication:
a copy joins its original's event; else an event whose SimHash is within ``simhash_distance`` bits
and whose time window covers the item (the closest); else the most similar event (cosine of unit
fingerprints ≥ ``similarity``, or for a reply ≥ its ``reply_similarity`` with a place in common)
with compatible places whose window covers the item; else the item starts a new event.

All similarities come from two sparse products computed once per batch: items × open events and
items × items. An event's fingerprint is the centroid of its items: after some items of the batch
joined it, its similarity to the next item is, exactly, ``(n·s₀ + Σⱼ sⱼ) / √(n² + 2n·Σⱼ s₀ⱼ +
Σᵢⱼ sᵢⱼ)`` with ``n`` its earlier item count (weight of its stored unit fingerprint), ``s₀`` the
item's similarity to that fingerprint and ``sᵢⱼ`` the similarities among the items that joined — so
events created or grown within the batch are matched as if each item had been stored on its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from alerting.events.replies import answers

NO_SIMHASH = 65
"""Distance reported where either side has no SimHash (farther than any real distance)."""


@dataclass(frozen=True)
class BatchItem:
    """What matching needs of one new item."""

    published: float
    """seconds since the epoch"""
    places: frozenset[str]
    simhash: int | None
    copy_of_item: int | None = None
    """index (in the batch) of an earlier item it is a copy of"""
    copy_of_event: int | None = None
    """pool slot of the event its original (stored earlier) belongs to"""
    reply_similarity: float | None = None
    """a lower similarity bar for events that share a place and a subject with it (a reply to their story)"""
    title: str = ""
    graded: bool = False
    """it reports casualties or a loss (a proposed grade): it joins a graded event naming one of its
    places at the lower ``incident_similarity`` (a follow-up report of the same accident)"""


@dataclass(frozen=True)
class PoolSide:
    """What matching needs of the open events (one slot each)."""

    vectors: sparse.csr_matrix
    first: np.ndarray
    last: np.ndarray
    places: Sequence[frozenset[str]]
    simhash: Sequence[int | None]
    item_count: np.ndarray
    titles: Sequence[str] = ()
    graded: Sequence[bool] = ()
    """per event: it has a proposed grade (empty: none has)"""


def hamming_matrix(left: Sequence[int | None], right: Sequence[int | None]) -> np.ndarray:
    """Bit distances between two lists of 64-bit SimHashes (:data:`NO_SIMHASH` where one is missing)."""
    a = np.array([(h or 0) & 0xFFFFFFFFFFFFFFFF for h in left], dtype=np.uint64)
    b = np.array([(h or 0) & 0xFFFFFFFFFFFFFFFF for h in right], dtype=np.uint64)
    distance: np.ndarray = np.bitwise_count(a[:, None] ^ b[None, :]).astype(np.int16)
    missing_a = np.array([h is None for h in left], dtype=bool)
    missing_b = np.array([h is None for h in right], dtype=bool)
    distance[missing_a, :] = NO_SIMHASH
    distance[:, missing_b] = NO_SIMHASH
    return distance


def _compatible(item: frozenset[str], event: set[str]) -> bool:
    return not item or not event or bool(item & event)


def match_batch(
    items: Sequence[BatchItem],
    vectors: sparse.csr_matrix,
    pool: PoolSide,
    *,
    similarity: float,
    simhash_distance: int,
    window_s: float,
    incident_similarity: float | None = None,
) -> list[int]:
    """The slot each item joins: ``0 … m-1`` an open event of ``pool``, ``m …`` a new event (numbered
    in order of creation). ``items`` must be in order of publication; ``vectors`` are their unit
    fingerprints (one row each, same columns as ``pool.vectors``)."""
    n, m = len(items), pool.vectors.shape[0]
    to_pool = (vectors @ pool.vectors.T).toarray() if m else np.zeros((n, 0))
    among = (vectors @ vectors.T).toarray()
    hashes = [i.simhash for i in items]
    if any(h is not None for h in hashes):
        ham_pool = hamming_matrix(hashes, list(pool.simhash)) if m else np.zeros((n, 0), np.int16)
        ham_items = hamming_matrix(hashes, hashes)
    else:  # no item has a SimHash: none can match by it
        ham_pool = ham_items = np.full((0, 0), NO_SIMHASH, np.int16)

    # Per slot (open events, then new ones): window and places; for slots the batch touched, the
    # running sums of the centroid formula (module docstring).
    first = np.concatenate([pool.first, np.zeros(n)])
    last = np.concatenate([pool.last, np.zeros(n)])
    places: list[set[str]] = [set(p) for p in pool.places]
    graded: list[bool] = list(pool.graded) or [False] * m
    weight = np.concatenate([pool.item_count.astype(np.float64), np.zeros(n)])
    touched = _Touched.empty(n)
    row_of = [-1] * (m + n)  # slot → row of ``touched``
    founder: list[int] = []  # per new slot: the item that started it
    slot_of = [-1] * n
    bars = [_bar(i, similarity, incident_similarity) for i in items]
    above = _above(to_pool, bars)  # per item: the open events at or above its bar, computed at once

    def title_of(s: int) -> str:
        return pool.titles[s] if s < m else items[founder[s - m]].title

    for k, item in enumerate(items):
        lo, hi = item.published - window_s, item.published + window_s
        slot = -1
        if item.copy_of_item is not None and slot_of[item.copy_of_item] >= 0:
            slot = slot_of[item.copy_of_item]
        elif item.copy_of_event is not None:
            slot = item.copy_of_event
        if slot < 0 and item.simhash is not None:
            near = [(int(ham_pool[k, s]), int(s)) for s in np.flatnonzero(ham_pool[k] <= simhash_distance)]
            if founder:
                distances = ham_items[k, founder]
                near += [(int(distances[j]), m + j) for j in np.flatnonzero(distances <= simhash_distance)]
            near = [(d, s) for d, s in near if first[s] <= hi and last[s] >= lo]
            if near:
                slot = min(near)[1]
        if slot < 0:
            candidates = [(score, s) for score, s in above[k] if row_of[s] < 0]
            if touched.count:
                score = touched.scores(k, to_pool[k] if m else None)
                slots = touched.slot
                candidates += [(float(score[i]), int(slots[i])) for i in np.flatnonzero(score >= bars[k])]
            slot = _most_similar(item, candidates, first, last, places, lo, hi, similarity, title_of, graded,
                                 incident_similarity)  # fmt: skip
        if slot < 0:
            slot = m + len(founder)
            founder.append(k)
            places.append(set())
            graded.append(False)
            first[slot] = last[slot] = item.published
        # Join: update the slot's window, places and centroid sums.
        t = row_of[slot]
        if t < 0:
            t = row_of[slot] = touched.add(slot, min(slot, m - 1) if m else 0, weight[slot])
        touched.inner[t] += 2.0 * touched.acc[t, k] + among[k, k]
        if slot < m:
            touched.cross[t] += to_pool[k, slot]
        touched.acc[t] += among[k]
        first[slot] = min(first[slot], item.published)
        last[slot] = max(last[slot], item.published)
        places[slot].update(item.places)
        graded[slot] = graded[slot] or item.graded
        slot_of[k] = slot
    return slot_of


def _bar(item: BatchItem, similarity: float, incident_similarity: float | None) -> float:
    """The lowest similarity at which ``item`` may join an event (a reply's or a graded report's bar
    holds only for the events :func:`_most_similar` checks it against)."""
    bar = similarity
    if item.reply_similarity is not None:
        bar = min(bar, item.reply_similarity)
    if item.graded and item.places and incident_similarity is not None:
        bar = min(bar, incident_similarity)
    return bar


def _above(to_pool: np.ndarray, bars: Sequence[float]) -> list[list[tuple[float, int]]]:
    """Per item (row): ``(similarity, slot)`` of the open events at or above the item's bar, in slot
    order; one comparison over the whole matrix instead of one per item."""
    n, m = to_pool.shape
    if not m:
        return [[] for _ in range(n)]
    rows, cols = np.nonzero(to_pool >= np.asarray(bars, dtype=np.float64)[:, None])
    values, slots = to_pool[rows, cols].tolist(), cols.tolist()
    bounds = np.searchsorted(rows, np.arange(n + 1)).tolist()
    pairs = list(zip(values, slots, strict=True))
    return [pairs[bounds[k] : bounds[k + 1]] for k in range(n)]


@dataclass
class _Touched:
    """The running sums of the centroid formula for the slots the batch touched, one row each."""

    slot: np.ndarray
    col: np.ndarray
    """the slot's column of the items × open events similarities (any column for a new slot: its
    weight is 0)"""
    weight: np.ndarray
    """the slot's earlier item count (0 for a new slot)"""
    acc: np.ndarray
    """row t: Σ over the slot's batch items j of among[j, :]"""
    cross: np.ndarray
    """Σ_j to_pool[j, slot]"""
    inner: np.ndarray
    """Σ_ij among[i, j]"""
    count: int = 0

    @classmethod
    def empty(cls, n: int) -> _Touched:
        return cls(
            np.zeros(n, np.int64), np.zeros(n, np.int64), np.zeros(n), np.zeros((n, n)), np.zeros(n), np.zeros(n)
        )

    def add(self, slot: int, col: int, weight: float) -> int:
        t = self.count
        self.slot[t], self.col[t], self.weight[t] = slot, col, weight
        self.count += 1
        return t

    def scores(self, k: int, to_pool_row: np.ndarray | None) -> np.ndarray:
        """Item ``k``'s similarity to each touched slot's centroid as it is now (rows ``0…count-1``)."""
        t = self.count
        w = self.weight[:t]
        pre = to_pool_row[self.col[:t]] if to_pool_row is not None else 0.0
        numerator = w * pre + self.acc[:t, k]
        denominator = np.sqrt(np.maximum(w * w + 2.0 * w * self.cross[:t] + self.inner[:t], 1e-12))
        result: np.ndarray = numerator / denominator
        return result


def _most_similar(
    item: BatchItem,
    candidates: list[tuple[float, int]],
    first: np.ndarray,
    last: np.ndarray,
    places: list[set[str]],
    lo: float,
    hi: float,
    similarity: float,
    title_of: Callable[[int], str],
    graded: Sequence[bool] = (),
    incident_similarity: float | None = None,
) -> int:
    """Of ``candidates`` (similarity, slot) at or above the item's bar, the most similar slot at or
    above ``similarity`` that is in the window with compatible places (for a reply: at or above its
    own lower bar, with a place and the subject of its title in common with the event's title; for
    a report with a proposed grade: at or above ``incident_similarity`` to a graded event naming one
    of its places)."""
    for score_, slot in sorted(candidates, reverse=True):
        in_window = first[slot] <= hi and last[slot] >= lo
        shared = bool(item.places & places[slot])
        fits = (
            (score_ >= similarity and _compatible(item.places, places[slot]))
            or (
                shared
                and item.reply_similarity is not None
                and score_ >= item.reply_similarity
                and answers(item.title, title_of(slot), item.places)
            )
            or (
                shared
                and item.graded
                and incident_similarity is not None
                and score_ >= incident_similarity
                and slot < len(graded)
                and graded[slot]
            )
        )
        if in_window and fits:
            return slot
    return -1
