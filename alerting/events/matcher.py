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

    # Per slot (open events, then new ones): window, places, and for slots the batch touched, the
    # running sums of the centroid formula (module docstring).
    first = np.concatenate([pool.first, np.zeros(n)])
    last = np.concatenate([pool.last, np.zeros(n)])
    places: list[set[str]] = [set(p) for p in pool.places]
    weight = np.concatenate([pool.item_count.astype(np.float64), np.zeros(n)])
    row_of = np.full(m + n, -1, dtype=np.int64)  # slot → row of the touched-slot arrays
    touched: list[int] = []
    acc = np.zeros((n, n))  # row t: Σ over the slot's batch items j of among[j, :]
    cross = np.zeros(n)  # Σ_j to_pool[j, slot]
    inner = np.zeros(n)  # Σ_ij among[i, j]
    founder: list[int] = []  # per new slot: the item that started it
    slot_of = [-1] * n

    for k, item in enumerate(items):
        lo, hi = item.published - window_s, item.published + window_s
        slot = -1
        if item.copy_of_item is not None and slot_of[item.copy_of_item] >= 0:
            slot = slot_of[item.copy_of_item]
        elif item.copy_of_event is not None:
            slot = item.copy_of_event
        if slot < 0 and item.simhash is not None:
            near = [(int(ham_pool[k, s]), int(s)) for s in np.flatnonzero(ham_pool[k] <= simhash_distance)]
            near += [
                (int(ham_items[k, f]), m + j) for j, f in enumerate(founder) if ham_items[k, f] <= simhash_distance
            ]
            near = [(d, s) for d, s in near if first[s] <= hi and last[s] >= lo]
            if near:
                slot = min(near)[1]
        if slot < 0:

            def title_of(s: int) -> str:
                return pool.titles[s] if s < m else items[founder[s - m]].title

            slot = _most_similar(k, item, to_pool, m, touched, row_of, acc, cross, inner, weight,
                                 first, last, places, lo, hi, similarity, title_of)  # fmt: skip
        if slot < 0:
            slot = m + len(founder)
            founder.append(k)
            places.append(set())
            first[slot] = last[slot] = item.published
        # Join: update the slot's window, places and centroid sums.
        t = row_of[slot]
        if t < 0:
            t = row_of[slot] = len(touched)
            touched.append(slot)
        inner[t] += 2.0 * acc[t, k] + among[k, k]
        if slot < m:
            cross[t] += to_pool[k, slot]
        acc[t] += among[k]
        first[slot] = min(first[slot], item.published)
        last[slot] = max(last[slot], item.published)
        places[slot].update(item.places)
        slot_of[k] = slot
    return slot_of


def _most_similar(
    k: int,
    item: BatchItem,
    to_pool: np.ndarray,
    m: int,
    touched: list[int],
    row_of: np.ndarray,
    acc: np.ndarray,
    cross: np.ndarray,
    inner: np.ndarray,
    weight: np.ndarray,
    first: np.ndarray,
    last: np.ndarray,
    places: list[set[str]],
    lo: float,
    hi: float,
    similarity: float,
    title_of: Callable[[int], str],
) -> int:
    """The most similar slot at or above ``similarity`` that is in the window with compatible places
    (for a reply: at or above its own lower bar, with a place and the subject of its title in
    common with the event's title)."""
    bar = similarity if item.reply_similarity is None else min(similarity, item.reply_similarity)
    scores: list[tuple[float, int]] = []
    if m:
        row = to_pool[k]
        above = np.flatnonzero(row >= bar)
        scores += [(float(row[s]), int(s)) for s in above if row_of[s] < 0]
    if touched:
        t = len(touched)
        slots = np.array(touched)
        w = weight[slots]
        pre = np.where(slots < m, to_pool[k, np.minimum(slots, max(m - 1, 0))], 0.0) if m else np.zeros(t)
        numerator = w * pre + acc[:t, k]
        denominator = np.sqrt(np.maximum(w * w + 2.0 * w * cross[:t] + inner[:t], 1e-12))
        score = numerator / denominator
        scores += [(float(score[i]), int(slots[i])) for i in np.flatnonzero(score >= bar)]
    for score_, slot in sorted(scores, reverse=True):
        in_window = first[slot] <= hi and last[slot] >= lo
        fits = (score_ >= similarity and _compatible(item.places, places[slot])) or (
            bool(item.places & places[slot]) and answers(item.title, title_of(slot), item.places)
        )
        if in_window and fits:
            return slot
    return -1
