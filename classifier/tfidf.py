"""Fast TF-IDF of character n-grams and of word lists, computed with numpy instead of Python loops.

Both classes weight like ``TfidfVectorizer(sublinear_tf=True)`` (``1 + log tf``, smooth idf, L2
rows); results equal scikit-learn's to rounding (the tests compare them).

Characters (:class:`CharNgramTfidf`): each text becomes its array of code points; unigram keys
are the code points and bigram keys pack two code points into one integer (``a << 21 | b``; code
points fit in 21 bits). The vocabulary is looked up for all n-grams of a batch at once in an
open-addressing hash table held in numpy arrays (:class:`KeyTable`). Weighting
matches ``TfidfVectorizer(analyzer="char", ngram_range=(1, 2), sublinear_tf=True, min_df=...)``
with smooth idf and L2 rows, on whitespace-collapsed text (the caller normalises whitespace).

Words (:class:`WordTfidf`): the tokens of a whole batch are joined into one string and hashed in
numpy (a 64-bit polynomial hash per token, :func:`token_hashes`), then looked up in a
:class:`KeyTable` of the vocabulary's hashes, so no Python code runs per token. Two vocabulary
words with one hash are refused at fit time; an unknown word taking a known word's hash has a
chance of about one in 2^63 / vocabulary size.

Both count (row, n-gram) pairs by sorting packed 64-bit keys once (:func:`_weighted`).

Both number their features by document frequency in training, the most frequent first (ties in
key or code-point order). A text mostly uses frequent features (on the benchmark's messages the
8,000 most frequent of 108,000 columns hold 69 % of a text's features), so what is kept per column
(idf, counts, the weights of every topic) is read from a few hundred kilobytes that stay in the
processor's cache instead of from anywhere in megabytes. The numbering changes nothing else.
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


def char_keys(texts: Sequence[str]) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """The row and key of every character unigram and bigram of ``texts`` (whole batch in numpy)."""
    n = len(texts)
    # one code-point array for the batch, texts separated by NUL (no n-gram with NUL is known)
    cleaned = [t.replace("\x00", "") for t in texts]
    codes = np.frombuffer("\x00".join(cleaned).encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    if codes.size == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    lengths = np.fromiter((len(t) + 1 for t in cleaned), dtype=np.int64, count=n)
    owner = np.repeat(np.arange(n, dtype=np.int64), lengths)[: codes.size]
    bigrams = _BIGRAM_FLAG | (codes[:-1] << _SHIFT) | codes[1:]
    return np.concatenate([owner, owner[:-1]]), np.concatenate([codes, bigrams])


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
        keys, df = keys[keep], df[keep]
        order = np.lexsort((keys, -df))  # the most frequent first (module docstring)
        self.vocab_ = keys[order]
        n = len(texts)
        self.idf_ = np.log((1 + n) / (1 + df[order])) + 1.0
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
        rows, keys = char_keys(texts)
        pos = self._lookup_table().lookup(keys)
        found = pos >= 0
        return _weighted(rows[found], pos[found], n, int(vocab.size), self.idf_)

    def get_feature_names_out(self) -> np.ndarray[Any, Any]:
        return np.array([_decode(int(k)) for k in self.vocab_], dtype=object)


def _weighted(
    rows: np.ndarray[Any, Any],
    cols: np.ndarray[Any, Any],
    n: int,
    width: int,
    idf: np.ndarray[Any, Any],
    bounds: np.ndarray[Any, Any] | None = None,
) -> sp.csr_matrix:
    """Sublinear-tf × idf rows, L2-normalised, from one (row, column) pair per occurrence.

    The pairs are packed into one int64 key and sorted once (numpy's stable sort, which profits
    from the runs the rows already form); equal neighbours are counted. With ``bounds`` (the
    first column of each block after the first), each block of a row is normalised on its own.
    """
    if rows.size == 0:
        return sp.csr_matrix((n, width))
    key = np.sort(rows * np.int64(width) + cols, kind="stable")
    first = np.empty(key.size, dtype=bool)
    first[0] = True
    np.not_equal(key[1:], key[:-1], out=first[1:])
    starts = np.flatnonzero(first)
    counts = np.diff(np.append(starts, key.size))
    unique = key[starts]
    row, col = np.divmod(unique, np.int64(width))
    data = (np.log(counts) + 1.0) * idf[col]
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(row, minlength=n), out=indptr[1:])
    blocks = 1 if bounds is None else bounds.size + 1
    group = row if bounds is None else row * blocks + np.searchsorted(bounds, col, side="right")
    norms = np.sqrt(np.bincount(group, weights=data * data, minlength=n * blocks))
    norms[norms == 0] = 1.0
    data /= norms[group]
    out = sp.csr_matrix((data, col, indptr), shape=(n, width))
    out.has_sorted_indices = True
    out.has_canonical_format = True
    return out


_HASH_BASE = np.uint64(0x100000001B3)
_HASH_MIX = np.uint64(0x9E3779B97F4A7C15)
_MAX_TOKEN = 64
_POWERS = np.cumprod(np.concatenate([np.ones(1, dtype=np.uint64), np.full(_MAX_TOKEN - 1, _HASH_BASE)]))
"""1, B, B², … modulo 2^64."""
_KEY_MASK = np.uint64((1 << 62) - 1)


def token_codes(
    docs: Sequence[Sequence[str]],
) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any], np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """The tokens of ``docs`` as code points: ``(codes, starts, ends, doc_offsets)``, token ``t``
    being ``codes[starts[t]:ends[t]]`` and document ``d`` tokens ``doc_offsets[d]`` to
    ``doc_offsets[d + 1]``. ``NUL`` characters inside tokens are dropped."""
    counts = np.fromiter((len(doc) for doc in docs), dtype=np.int64, count=len(docs))
    offsets = np.zeros(len(docs) + 1, dtype=np.int64)
    np.cumsum(counts, out=offsets[1:])
    total = int(offsets[-1])
    if total == 0:
        empty = np.zeros(0, dtype=np.int64)
        return np.zeros(0, dtype=np.uint32), empty, empty, offsets
    joined = "\x00".join("\x00".join(doc) for doc in docs if doc) + "\x00"
    codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    ends = np.flatnonzero(codes == 0)
    if ends.size != total:  # a token held NUL characters
        return token_codes([[t.replace("\x00", "") for t in doc] for doc in docs])
    starts = np.empty(total, dtype=np.int64)
    starts[0] = 0
    starts[1:] = ends[:-1] + 1
    return codes, starts, ends, offsets


def token_hashes(docs: Sequence[Sequence[str]]) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """The row and 62-bit hash of every token of ``docs``, in order, computed for the whole batch in numpy.

    A token's hash is a polynomial in its code points (position taken modulo 64), mixed with its
    length; equal tokens always hash equally. ``NUL`` characters inside tokens are ignored.
    """
    counts = np.fromiter((len(doc) for doc in docs), dtype=np.int64, count=len(docs))
    rows = np.repeat(np.arange(len(docs), dtype=np.int64), counts)
    total = int(counts.sum())
    if total == 0:
        return rows, np.zeros(0, dtype=np.int64)
    joined = "\x00".join("\x00".join(doc) for doc in docs if doc) + "\x00"
    codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    ends = np.flatnonzero(codes == 0)
    if ends.size != total:  # a token held NUL characters: hash the tokens without them
        return token_hashes([[t.replace("\x00", "") for t in doc] for doc in docs])
    starts = np.empty(total, dtype=np.int64)
    starts[0] = 0
    starts[1:] = ends[:-1] + 1
    position = np.arange(codes.size, dtype=np.int64) - np.repeat(starts, ends - starts + 1)
    terms = codes * _POWERS[position % _MAX_TOKEN]
    hashes = np.add.reduceat(terms, starts)
    lengths = (ends - starts).astype(np.uint64)
    hashes = (hashes ^ (lengths << np.uint64(56))) * _HASH_MIX
    hashes ^= hashes >> np.uint64(29)
    return rows, (hashes & _KEY_MASK).astype(np.int64)


class WordTfidf:
    """TF-IDF of token lists (``min_df`` 1); ``exclude`` tokens (stopwords) and blanks are dropped."""

    def __init__(self, exclude: frozenset[str] = frozenset()) -> None:
        self.exclude = exclude
        self.vocabulary_: dict[str, int] = {}
        self.idf_: np.ndarray[Any, Any] = np.zeros(0)
        self.keys_: np.ndarray[Any, Any] = np.zeros(0, dtype=np.int64)

    def fit(self, docs: Sequence[Sequence[str]]) -> WordTfidf:
        df: dict[str, int] = {}
        for doc in docs:
            for token in set(doc):
                df[token] = df.get(token, 0) + 1
        kept = [t for t in df if t not in self.exclude and t.strip() and "\x00" not in t]
        kept.sort(key=lambda t: (-df[t], t))  # the most frequent first (module docstring)
        _, keys = token_hashes([kept])
        if np.unique(keys).size != keys.size:
            raise ValueError("two vocabulary words share a hash")  # about 1 in 2^40 for 10^5 words
        self.vocabulary_ = {t: i for i, t in enumerate(kept)}
        self.keys_ = keys
        n = len(docs)
        self.idf_ = np.log((1 + n) / (1 + np.array([df[t] for t in kept], dtype=float))) + 1.0
        self.__dict__.pop("_table", None)
        return self

    def fit_transform(self, docs: Sequence[Sequence[str]]) -> sp.csr_matrix:
        return self.fit(docs).transform(docs)

    def _lookup_table(self) -> KeyTable:
        table: KeyTable | None = self.__dict__.get("_table")
        if table is None:
            table = KeyTable(self.keys_)
            self.__dict__["_table"] = table
        return table

    def __getstate__(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "_table"}

    def transform(self, docs: Sequence[Sequence[str]]) -> sp.csr_matrix:
        """The L2-normalised TF-IDF rows of ``docs`` (hashing and lookup for the whole batch at once)."""
        n, width = len(docs), len(self.vocabulary_)
        if n == 0 or width == 0:
            return sp.csr_matrix((n, width))
        rows, keys = token_hashes(docs)
        cols = self._lookup_table().lookup(keys)
        keep = cols >= 0
        return _weighted(rows[keep], cols[keep], n, width, self.idf_)

    def get_feature_names_out(self) -> np.ndarray[Any, Any]:
        names = sorted(self.vocabulary_, key=self.vocabulary_.__getitem__)
        return np.array(names, dtype=object)
