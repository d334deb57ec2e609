"""Compiled inner loops of the features (numba), for serving speed.

:func:`fused_tfidf` computes, for a batch, exactly what :meth:`classifier.features.TextFeatures`
computes with numpy (character 1–2-grams, word hashes and headline-word hashes looked up in one
key table, sublinear tf × idf, L2 per block), but document by document in compiled code: counts
go into one reusable array indexed by column, so nothing is sorted (a row's columns come in the
order first seen). The numpy version stays the reference; the tests check that both agree.

Functions compile when a model is loaded (its self-check classifies a text) and are cached on disk:
next to this module when it is writable, else in ``$NUMBA_CACHE_DIR``, which defaults to a folder
in the system's temporary directory (an installed, read-only package still caches; a first start
compiles for some seconds).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

if not os.access(Path(__file__).parent, os.W_OK):  # before numba reads its configuration
    os.environ.setdefault("NUMBA_CACHE_DIR", str(Path(tempfile.gettempdir()) / "yuqing-numba-cache"))

import numpy as np
from numba import njit

Array = np.ndarray[Any, Any]


_MULT = np.uint64(0x9E3779B97F4A7C15)
DIRECT = 1 << 16
"""Character unigrams below this code point are looked up in a plain array."""


@njit(cache=True)
def build_table(keys: Array) -> tuple[Array, np.int64]:
    """An open-addressing table of ``keys`` (non-negative, distinct) with at most half its slots
    used: rows ``(key, position)``, ``-1`` for empty slots. Returns it and its size in bits."""
    bits = np.int64(10)
    while (np.int64(1) << bits) < 2 * keys.size:
        bits += 1
    size = np.int64(1) << bits
    mask = size - 1
    slots = np.full((size, 2), -1, dtype=np.int64)
    shift = np.uint64(64 - bits)
    for position in range(keys.size):
        key = keys[position]
        slot = np.int64((np.uint64(key) * _MULT) >> shift)
        while slots[slot, 0] != -1:
            slot = (slot + 1) & mask
        slots[slot, 0] = key
        slots[slot, 1] = position
    return slots, bits


@njit(cache=True, inline="always")
def _lookup(key: np.int64, slots: Array, mask: np.int64, shift: np.uint64) -> np.int64:
    slot = np.int64((np.uint64(key) * _MULT) >> shift)
    while True:
        found = slots[slot, 0]
        if found == key:
            return np.int64(slots[slot, 1])
        if found == -1:
            return np.int64(-1)
        slot = (slot + 1) & mask


@njit(cache=True, inline="always")
def _token_hash(codes: Array, start: np.int64, end: np.int64, powers: Array) -> np.int64:
    h = np.uint64(0)
    for i in range(start, end):
        h += np.uint64(codes[i]) * powers[(i - start) % 64]
    h = (h ^ (np.uint64(end - start) << np.uint64(56))) * np.uint64(0x9E3779B97F4A7C15)
    h ^= h >> np.uint64(29)
    return np.int64(h & np.uint64((1 << 62) - 1))


@njit(cache=True)
def fused_tfidf(
    text_codes: Array,
    text_offsets: Array,
    word_codes: Array,
    word_starts: Array,
    word_ends: Array,
    doc_words: Array,
    head_codes: Array,
    head_starts: Array,
    head_ends: Array,
    doc_heads: Array,
    direct: Array,
    slots: Array,
    bits: np.int64,
    idf: Array,
    bound1: np.int64,
    bound2: np.int64,
    powers: Array,
) -> tuple[Array, Array, Array]:
    """CSR ``(indptr, indices, data)`` of the batch (see the module docstring).

    ``text_codes[text_offsets[d]:text_offsets[d + 1]]`` are the code points of document ``d``; its
    words are tokens ``doc_words[d]`` to ``doc_words[d + 1]``, token ``t`` being
    ``word_codes[word_starts[t]:word_ends[t]]`` (likewise for headline words).
    """
    n = text_offsets.size - 1
    shift = np.uint64(64 - bits)
    mask = (np.int64(1) << bits) - 1
    bigram = np.int64(1) << np.int64(42)
    head_flag = np.int64(1) << np.int64(62)
    width = idf.size
    counts = np.zeros(width, dtype=np.int32)
    logs = np.zeros(256, dtype=np.float64)  # 1 + log tf for the usual counts (logs[0] is never used)
    logs[1:] = np.log(np.arange(1, 256, dtype=np.float64)) + 1.0
    capacity = 2 * text_codes.size + doc_words[-1] + doc_heads[-1] + 1
    indices = np.empty(capacity, dtype=np.int64)
    data = np.empty(capacity, dtype=np.float64)
    indptr = np.zeros(n + 1, dtype=np.int64)
    nnz = 0
    for d in range(n):
        begin = nnz
        a, b = text_offsets[d], text_offsets[d + 1]
        for i in range(a, b):
            for k in range(2):
                if k == 0:
                    code = np.int64(text_codes[i])
                    col = np.int64(direct[code]) if code < DIRECT else _lookup(code, slots, mask, shift)
                elif i + 1 < b:
                    key = bigram | (np.int64(text_codes[i]) << np.int64(21)) | np.int64(text_codes[i + 1])
                    col = _lookup(key, slots, mask, shift)
                else:
                    break
                if col >= 0:
                    if counts[col] == 0:
                        indices[nnz] = col
                        nnz += 1
                    counts[col] += 1
        for t in range(doc_words[d], doc_words[d + 1]):
            key = _token_hash(word_codes, word_starts[t], word_ends[t], powers)
            col = _lookup(key, slots, mask, shift)
            if col >= 0:
                if counts[col] == 0:
                    indices[nnz] = col
                    nnz += 1
                counts[col] += 1
        for t in range(doc_heads[d], doc_heads[d + 1]):
            key = _token_hash(head_codes, head_starts[t], head_ends[t], powers) | head_flag
            col = _lookup(key, slots, mask, shift)
            if col >= 0:
                if counts[col] == 0:
                    indices[nnz] = col
                    nnz += 1
                counts[col] += 1
        norm0 = 0.0
        norm1 = 0.0
        norm2 = 0.0
        for j in range(begin, nnz):
            col = indices[j]
            c = counts[col]
            v = (logs[c] if c < logs.size else np.log(c) + 1.0) * idf[col]
            counts[col] = 0
            data[j] = v
            if col < bound1:
                norm0 += v * v
            elif col < bound2:
                norm1 += v * v
            else:
                norm2 += v * v
        norm0 = np.sqrt(norm0) if norm0 > 0 else 1.0
        norm1 = np.sqrt(norm1) if norm1 > 0 else 1.0
        norm2 = np.sqrt(norm2) if norm2 > 0 else 1.0
        for j in range(begin, nnz):
            col = indices[j]
            data[j] /= norm0 if col < bound1 else (norm1 if col < bound2 else norm2)
        indptr[d + 1] = nnz
    return indptr, indices[:nnz].copy(), data[:nnz].copy()


@njit(cache=True)
def top_contributions(
    indptr: Array, indices: Array, data: Array, best: Array, weights: Array, offset: np.int64, k: np.int64, shown: Array
) -> Array:
    """Per row, the columns (at or after ``offset``, and ``shown``) that add most to the row's
    winning class ``best[row]``, largest first; ``-1`` pads rows with fewer than ``k`` positive
    contributions. ``weights`` are by feature (features × classes, as
    :func:`classifier.linear.feature_rows` lays them out)."""
    n = indptr.size - 1
    out = np.full((n, k), -1, dtype=np.int64)
    top = np.empty(k, dtype=np.float64)
    for r in range(n):
        filled = 0
        winner = best[r]
        for j in range(indptr[r], indptr[r + 1]):
            col = indices[j]
            if col < offset or not shown[col]:
                continue
            v = data[j] * weights[col, winner]
            if v <= 0.0 or (filled == k and v <= top[k - 1]):
                continue
            # insert into the sorted top list
            i = filled if filled < k else k - 1
            while i > 0 and top[i - 1] < v:
                if i < k:
                    top[i] = top[i - 1]
                    out[r, i] = out[r, i - 1]
                i -= 1
            top[i] = v
            out[r, i] = col
            if filled < k:
                filled += 1
    return out
