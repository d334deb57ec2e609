"""Content similarity of items and events.

Two signals decide that an item reports the same incident as an event:

* near-duplicate copies: the collectors' 64-bit SimHash within a small Hamming distance;
* similar content: cosine similarity of character-bigram weights of title and text, with the place
  names removed first (two incidents in the same town share the town's name, not the story).

Bigram fingerprints are capped (:data:`MAX_TERMS`) so an event's stored ``terms`` stay small.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from operator import itemgetter
from typing import Any

import numpy as np

MAX_TERMS = 120
_ASCII_WORD = re.compile(r"[A-Za-z]{2,}")
_HAN_FIRST, _HAN_LAST = 0x4E00, 0x9FFF
_HAN_BITS = 15
"""bits of a Han character's offset from :data:`_HAN_FIRST` (0x51FF at most)"""
_HAN_MASK = (1 << _HAN_BITS) - 1
_TITLE_WEIGHT = 2


def simhash_to_int(value: str | None) -> int | None:
    """Parse the collectors' 16-hex-digit SimHash into a signed 64-bit integer (the DB's BigInteger)."""
    if not value:
        return None
    try:
        number = int(value, 16)
    except ValueError:
        return None
    number &= (1 << 64) - 1
    return number - (1 << 64) if number >= 1 << 63 else number


def hamming(a: int, b: int) -> int:
    """Bits that differ between two 64-bit SimHashes (signed or unsigned representations)."""
    return ((a ^ b) & ((1 << 64) - 1)).bit_count()


def _body(title: str, text: str, places: Iterable[str]) -> str:
    body = f"{title}\n" * _TITLE_WEIGHT + text[:2000]
    for place in sorted(set(places), key=len, reverse=True):
        if place:
            body = body.replace(place, " ")
    return body


def bigram_counts(title: str, text: str, places: Iterable[str] = ()) -> tuple[list[int | str], np.ndarray]:
    """The strongest terms of an item and their counts, strongest first, capped at :data:`MAX_TERMS`.

    A term is a Han character bigram, keyed by its code (:func:`bigram_code`), or an ASCII word
    (lower-cased, two letters or more). Title counted twice, place names removed, text cut at 2,000
    characters; equal counts keep the order of first occurrence.
    """
    body = _body(title, text, places)
    chars = np.frombuffer(body.encode("utf-32-le"), dtype=np.uint32)
    han = (chars >= _HAN_FIRST) & (chars <= _HAN_LAST)
    pairs = han[:-1] & han[1:]
    codes = ((chars[:-1] << 16) | chars[1:])[pairs]
    positions = np.flatnonzero(pairs)
    keys: list[int | str] = []
    counts = np.empty(0, dtype=np.int64)
    firsts = np.empty(0, dtype=np.int64)
    if codes.size:
        unique, first, count = np.unique(codes, return_index=True, return_counts=True)
        keys = unique.tolist()
        counts, firsts = count, positions[first]
    words: dict[str, list[int]] = {}
    for match in _ASCII_WORD.finditer(body):
        seen = words.setdefault(match.group().lower(), [match.start(), 0])
        seen[1] += 1
    if words:
        keys = [*keys, *words]
        counts = np.concatenate([counts, np.array([c for _, c in words.values()], dtype=np.int64)])
        firsts = np.concatenate([firsts, np.array([f for f, _ in words.values()], dtype=np.int64)])
    order = np.lexsort((firsts, -counts))[:MAX_TERMS]
    return [keys[i] for i in order.tolist()], counts[order]


def batch_bigram_counts(
    docs: Sequence[tuple[str, str, Iterable[str]]], columns: Callable[[Sequence[int | str]], np.ndarray]
) -> list[tuple[np.ndarray, np.ndarray]]:
    """:func:`bigram_counts` of many items at once, as ``(columns, counts)`` per item.

    ``columns`` maps term keys to vector columns (a vocabulary). The same terms, counts and order as
    item by item, computed with a few array operations over the whole batch: every bigram occurrence
    and every term is packed into one 64-bit key (item, bigram or rank, position), so grouping and
    ranking are plain sorts of distinct integers (a stable or multi-key sort costs several times
    more). A batch too large for such keys (thousands of long items) is counted in halves.
    """
    bodies = [_body(title, text, places) for title, text, places in docs]
    lengths = np.fromiter((len(b) + 1 for b in bodies), np.int64, len(bodies))
    shift = max(int(lengths.sum()).bit_length(), 1)  # bits of a position in the batch
    if len(docs) > 1 and (len(docs) - 1).bit_length() + 2 * _HAN_BITS + shift > 64:
        half = len(docs) // 2
        return [*batch_bigram_counts(docs[:half], columns), *batch_bigram_counts(docs[half:], columns)]
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]]).astype(np.int64)
    chars = np.frombuffer("\x00".join(bodies).encode("utf-32-le"), dtype=np.uint32)
    han = (chars >= _HAN_FIRST) & (chars <= _HAN_LAST)
    positions = np.flatnonzero(han[:-1] & han[1:])
    # Occurrences as (item, first char, second char, position) keys: sorted, each bigram of an item
    # is one run whose first key holds its first position.
    owner = (np.searchsorted(starts, positions, side="right") - 1).astype(np.uint64)
    offsets = chars.astype(np.uint64) - np.uint64(_HAN_FIRST)
    bigram = (owner << np.uint64(2 * _HAN_BITS)) | (offsets[positions] << np.uint64(_HAN_BITS)) | offsets[positions + 1]
    keys = np.sort((bigram << np.uint64(shift)) | positions.astype(np.uint64))
    runs = keys >> np.uint64(shift)
    run_start = np.flatnonzero(np.concatenate([[True], runs[1:] != runs[:-1]])) if keys.size else np.empty(0, np.int64)
    unique = runs[run_start]
    count = np.diff(np.append(run_start, keys.size)).astype(np.int64)
    item = (unique >> np.uint64(2 * _HAN_BITS)).astype(np.int64)
    first_char = ((unique >> np.uint64(_HAN_BITS)) & np.uint64(_HAN_MASK)) + np.uint64(_HAN_FIRST)
    second_char = (unique & np.uint64(_HAN_MASK)) + np.uint64(_HAN_FIRST)
    han_codes = ((first_char << np.uint64(16)) | second_char).astype(np.int64)
    distinct, inverse = np.unique(han_codes, return_inverse=True)
    col = columns(distinct.tolist())[inverse] if distinct.size else np.empty(0, np.int32)
    firsts = (keys[run_start] & np.uint64((1 << shift) - 1)).astype(np.int64) - starts[item]
    words_item, words_col, words_count, words_first = [], [], [], []
    for k, body in enumerate(bodies):
        words: dict[str, list[int]] = {}
        for match in _ASCII_WORD.finditer(body):
            seen = words.setdefault(match.group().lower(), [match.start(), 0])
            seen[1] += 1
        if words:
            words_item += [k] * len(words)
            words_col += columns(list(words)).tolist()
            words_first += [f for f, _ in words.values()]
            words_count += [c for _, c in words.values()]
    if words_item:
        item = np.concatenate([item, np.array(words_item, np.int64)])
        col = np.concatenate([col, np.array(words_col, np.int32)])
        count = np.concatenate([count, np.array(words_count, np.int64)])
        firsts = np.concatenate([firsts, np.array(words_first, np.int64)])
    # Each item's terms by count, then first occurrence (distinct per item: no two terms start at
    # one position), as one key per term.
    count_bits = max(int(count.max()).bit_length(), 1) if count.size else 1
    first_bits = max(int(lengths.max()).bit_length(), 1) if lengths.size else 1
    rank = (item << (count_bits + first_bits)) | (((1 << count_bits) - 1 - count) << first_bits) | firsts
    order = np.argsort(rank)
    item, col, count = item[order], col[order], count[order]
    bounds = np.searchsorted(item, np.arange(len(bodies) + 1))
    out = []
    for k in range(len(bodies)):
        lo, hi = bounds[k], min(bounds[k + 1], bounds[k] + MAX_TERMS)
        out.append((col[lo:hi], count[lo:hi]))
    return out


def bigram_code(term: str) -> int | str:
    """The key of a stored term: a Han bigram's code, or the term itself (an ASCII word)."""
    if len(term) == 2 and not term.isascii():
        return (ord(term[0]) << 16) | ord(term[1])
    return term


def term_of(key: int | str) -> str:
    """The stored form of a term key (inverse of :func:`bigram_code`)."""
    if isinstance(key, int):
        return chr(key >> 16) + chr(key & 0xFFFF)
    return key


def fingerprint(title: str, text: str, places: Iterable[str] = ()) -> dict[str, float]:
    """Bigram weights of an item (title counted twice), place names removed, capped at MAX_TERMS."""
    keys, counts = bigram_counts(title, text, places)
    return {term_of(k): float(n) for k, n in zip(keys, counts.tolist(), strict=True)}


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Cosine similarity of two sparse weight vectors (0 when either is empty)."""
    if not a or not b:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    dot = sum(w * b.get(t, 0.0) for t, w in a.items())
    if dot == 0.0:
        return 0.0
    na = math.sqrt(sum(w * w for w in a.values()))
    nb = math.sqrt(sum(w * w for w in b.values()))
    return dot / (na * nb)


def absorb(event_terms: Mapping[str, float], item_terms: Mapping[str, float], items: int = 1) -> dict[str, float]:
    """The event's fingerprint after adding an item to an event of ``items`` items.

    Both sides are normalised; the event's side counts ``items`` times, so the fingerprint is the
    centroid of its items and a late, off-topic item cannot drag it away. Capped at MAX_TERMS.
    """
    event_scale = float(max(items, 1)) / (math.sqrt(sum(w * w for w in event_terms.values())) or 1.0)
    item_scale = 1.0 / (math.sqrt(sum(w * w for w in item_terms.values())) or 1.0)
    merged = {t: w * event_scale for t, w in event_terms.items()}
    for t, w in item_terms.items():
        merged[t] = merged.get(t, 0.0) + w * item_scale
    # Strongest first: the grouping index takes an event's first terms as its strongest.
    top = sorted(merged.items(), key=itemgetter(1), reverse=True)[:MAX_TERMS]
    return {t: round(w, 4) for t, w in top}


IDF_FULL_AT = 200
"""Documents (open events plus the batch's items) from which term rarity counts in full; below it
the weights are blended towards equal weights (a handful of events says little about which terms
are common)."""


def rarity(df: np.ndarray, n: int) -> np.ndarray:
    """The weight of terms held by ``df`` of ``n`` documents (open events and a batch's items):
    ``1 + log((n+1)/(df+1)) · min(1, n/IDF_FULL_AT)``. Terms that many open events share (小区,
    希望, 反映) weigh less than the terms that tell one story from another (搅拌站, 一个小区的名字)."""
    if n <= 0:
        return np.ones(len(df))
    weights: np.ndarray = 1.0 + np.log((n + 1.0) / (df + 1.0)) * min(1.0, n / IDF_FULL_AT)
    return weights


def reweighted(matrix: Any, weights: np.ndarray) -> Any:
    """Rows of ``matrix`` (CSR) with every stored entry scaled by ``weights`` (aligned with its
    ``data``), scaled back to length 1."""
    from scipy import sparse

    data = matrix.data * weights
    rows = np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))
    norms = np.sqrt(np.bincount(rows, weights=data * data, minlength=matrix.shape[0]))
    norms[norms == 0] = 1.0
    data /= norms[rows]
    return sparse.csr_matrix((data, matrix.indices, matrix.indptr), shape=matrix.shape)
