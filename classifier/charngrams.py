"""Fast TF-IDF of character unigrams and bigrams, computed with numpy instead of Python loops.

Each text becomes its array of code points; unigram keys are the code points and bigram keys pack
two code points into one integer (``a << 21 | b``; code points fit in 21 bits). The vocabulary is
a sorted key array, so looking up all n-grams of a batch is one ``searchsorted``. Weighting
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
        return self

    def fit_transform(self, texts: Sequence[str]) -> sp.csr_matrix:
        return self.fit(texts).transform(texts)

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
        pos = np.searchsorted(vocab, keys)
        pos[pos >= vocab.size] = 0
        found = vocab[pos] == keys
        counts = sp.csr_matrix((np.ones(int(found.sum())), (rows[found], pos[found])), shape=(n, vocab.size))
        counts.sum_duplicates()
        counts.data = (np.log(counts.data) + 1.0) * self.idf_[counts.indices]
        sq = np.bincount(np.repeat(np.arange(n), np.diff(counts.indptr)), weights=counts.data**2, minlength=n)
        norms = np.sqrt(sq)
        norms[norms == 0] = 1.0
        counts.data /= np.repeat(norms, np.diff(counts.indptr))
        return counts

    def get_feature_names_out(self) -> np.ndarray[Any, Any]:
        return np.array([_decode(int(k)) for k in self.vocab_], dtype=object)
