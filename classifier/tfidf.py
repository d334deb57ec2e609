"""Fast TF-IDF of character n-grams and of word lists, computed with numpy instead of Python loops.

Both classes weight like ``TfidfVectorizer(sublinear_tf=True)`` (``1 + log tf``, smooth idf, L2
rows); results equal scikit-learn's to rounding (the tests compare them).

Characters (:class:`CharNgramTfidf`): each text becomes its array of code points; unigram keys
are the code points and bigram keys pack two code points into one integer (``a << 21 | b``; code
points fit in 21 bits). The vocabulary is looked up for all n-grams of a batch at once in an
open-addressing hash table held in numpy arrays (:class:`KeyTable`). Weighting
matches ``TfidfVectorizer(analyzer="char", ngram_range=(1, 2), sublinear_tf=True, min_df=...)``
with smooth idf and L2 rows, on whitespace-collapsed text (the caller normalises whitespace).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import scipy.sparse as sp

_SHIFT = np.int64(21)
_BIGRAM_FLAG = np.int64(1) << np.int64(42)


def _keys(text: str) -> np.ndarray[Any, Any]:
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    if codes.size < 2:
        return codes
    bigrams = _BIGRAM_FLAG | (codes[:-1] << _SHIFT) | codes[1:]
    return np.concatenate([codes, bigrams])


def _decode(key: int) -> str:
    if key & int(_BIGRAM_FLAG):
        key &= int(_BIGRAM_FLAG) - 1
        return chr(key >> int(_SHIFT)) + chr(key & ((1 << int(_SHIFT)) - 1))
    return chr(key)


class KeyTable:
    """An open-addressing hash table from non-negative int64 keys to their positions, in numpy.

    :meth:`lookup` resolves a whole array of keys with a few vectorised probes (load factor at
    most 1/4, so nearly every key is settled by the first probe).
    """

    _MULT = np.uint64(0x9E3779B97F4A7C15)
    _EMPTY = np.int64(-1)

    def __init__(self, keys: np.ndarray[Any, Any]) -> None:
        size = 1024
        while size < 4 * max(1, keys.size):
            size *= 2
        self.bits = size.bit_length() - 1
        self.mask = size - 1
        self.keys = np.full(size, self._EMPTY, dtype=np.int64)
        self.ids = np.zeros(size, dtype=np.int64)
        self.max_probe = 0
        slots = self._slots(keys)
        for position, (key, slot) in enumerate(zip(keys.tolist(), slots.tolist(), strict=True)):
            probe = 0
            while self.keys[(slot + probe) & self.mask] != self._EMPTY:
                probe += 1
            self.keys[(slot + probe) & self.mask] = key
            self.ids[(slot + probe) & self.mask] = position
            self.max_probe = max(self.max_probe, probe)

    def _slots(self, keys: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
        return ((keys.astype(np.uint64) * self._MULT) >> np.uint64(64 - self.bits)).astype(np.int64)

    def lookup(self, keys: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
        """The position of each key in the table's key array, or -1 for unknown keys."""
        out = np.full(keys.size, -1, dtype=np.int64)
        pending = np.arange(keys.size)
        slots = self._slots(keys)
        for probe in range(self.max_probe + 1):
            where = (slots[pending] + probe) & self.mask
            found = self.keys[where]
            hit = found == keys[pending]
            out[pending[hit]] = self.ids[where[hit]]
            pending = pending[~hit & (found != self._EMPTY)]
            if pending.size == 0:
                break
        return out


class CharNgramTfidf:
    """Character 1–2-gram TF-IDF with ``min_df``; picklable, deterministic."""

    def __init__(self, min_df: int = 2) -> None:
        self.min_df = min_df
        self.vocab_: np.ndarray[Any, Any] = np.zeros(0, dtype=np.int64)
        self.idf_: np.ndarray[Any, Any] = np.zeros(0)

    def fit(self, texts: Sequence[str]) -> CharNgramTfidf:
        uniq = [np.unique(_keys(t)) for t in texts]
        allkeys = np.concatenate(uniq) if uniq else np.zeros(0, dtype=np.int64)
        keys, df = np.unique(allkeys, return_counts=True)
        keep = df >= self.min_df
        self.vocab_ = keys[keep]
        n = len(texts)
        self.idf_ = np.log((1 + n) / (1 + df[keep])) + 1.0
        self.__dict__.pop("_table", None)
        return self

    def fit_transform(self, texts: Sequence[str]) -> sp.csr_matrix:
        return self.fit(texts).transform(texts)

    def _lookup_table(self) -> KeyTable:
        table: KeyTable | None = self.__dict__.get("_table")
        if table is None or table.ids.size < self.vocab_.size:
            table = KeyTable(self.vocab_)
            self.__dict__["_table"] = table
        return table

    def __getstate__(self) -> dict[str, Any]:
        # the lookup table is rebuilt on first use: it is large and derived from vocab_
        return {k: v for k, v in self.__dict__.items() if k != "_table"}

    def transform(self, texts: Sequence[str]) -> sp.csr_matrix:
        """The L2-normalised TF-IDF rows of ``texts`` (the whole batch in a few numpy calls)."""
        n, vocab = len(texts), self.vocab_
        if n == 0 or vocab.size == 0:
            return sp.csr_matrix((n, vocab.size))
        # one code-point array for the batch, texts separated by NUL (no n-gram with NUL is known)
        cleaned = [t.replace("\x00", "") for t in texts]
        codes = np.frombuffer("\x00".join(cleaned).encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
        lengths = np.fromiter((len(t) + 1 for t in cleaned), dtype=np.int64, count=n)
        owner = np.repeat(np.arange(n, dtype=np.int64), lengths)[: codes.size]
        bigrams = _BIGRAM_FLAG | (codes[:-1] << _SHIFT) | codes[1:]
        keys = np.concatenate([codes, bigrams])
        rows = np.concatenate([owner, owner[:-1]])
        pos = self._lookup_table().lookup(keys)
        found = pos >= 0
        return _weighted(rows[found], pos[found], n, int(vocab.size), self.idf_)

    def get_feature_names_out(self) -> np.ndarray[Any, Any]:
        return np.array([_decode(int(k)) for k in self.vocab_], dtype=object)


def _weighted(
    rows: np.ndarray[Any, Any], cols: np.ndarray[Any, Any], n: int, width: int, idf: np.ndarray[Any, Any]
) -> sp.csr_matrix:
    """Sublinear-tf × idf rows, L2-normalised, from one (row, column) pair per occurrence."""
    counts = sp.csr_matrix((np.ones(rows.size), (rows, cols)), shape=(n, width))
    counts.sum_duplicates()
    lengths = np.diff(counts.indptr)
    counts.data = (np.log(counts.data) + 1.0) * idf[counts.indices]
    norms = np.sqrt(np.bincount(np.repeat(np.arange(n), lengths), weights=counts.data**2, minlength=n))
    norms[norms == 0] = 1.0
    counts.data /= np.repeat(norms, lengths)
    return counts


class WordTfidf:
    """TF-IDF of token lists (``min_df`` 1); ``exclude`` tokens (stopwords) and blanks are dropped."""

    def __init__(self, exclude: frozenset[str] = frozenset()) -> None:
        self.exclude = exclude
        self.vocabulary_: dict[str, int] = {}
        self.idf_: np.ndarray[Any, Any] = np.zeros(0)

    def fit(self, docs: Sequence[Sequence[str]]) -> WordTfidf:
        df: dict[str, int] = {}
        for doc in docs:
            for token in set(doc):
                df[token] = df.get(token, 0) + 1
        kept = sorted(t for t in df if t not in self.exclude and t.strip())
        self.vocabulary_ = {t: i for i, t in enumerate(kept)}
        n = len(docs)
        self.idf_ = np.log((1 + n) / (1 + np.array([df[t] for t in kept], dtype=float))) + 1.0
        return self

    def fit_transform(self, docs: Sequence[Sequence[str]]) -> sp.csr_matrix:
        return self.fit(docs).transform(docs)

    def transform(self, docs: Sequence[Sequence[str]]) -> sp.csr_matrix:
        n, width = len(docs), len(self.vocabulary_)
        get = self.vocabulary_.get
        flat = [get(token, -1) for doc in docs for token in doc]
        cols = np.fromiter(flat, dtype=np.int64, count=len(flat))
        rows = np.repeat(np.arange(n, dtype=np.int64), [len(doc) for doc in docs])
        keep = cols >= 0
        return _weighted(rows[keep], cols[keep], n, width, self.idf_)

    def get_feature_names_out(self) -> np.ndarray[Any, Any]:
        names = sorted(self.vocabulary_, key=self.vocabulary_.__getitem__)
        return np.array(names, dtype=object)
