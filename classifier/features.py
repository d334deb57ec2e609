"""TF-IDF features of prepared documents: characters, words and headline words, side by side.

* character 1–2-grams of the whole text (robust to segmentation errors and unknown names),
  computed by :class:`~classifier.tfidf.CharNgramTfidf`;
* search-mode words of the whole text;
* words of the headline (title), weighted as their own block.

All three use sublinear term frequency (``1 + log tf``) and L2 normalisation per block.

:meth:`TextFeatures.transform` computes the three blocks together: the keys of all blocks (character
n-grams, word hashes, headline-word hashes, each in its own key space) are looked up in one table
and counted with one sort, which gives the same matrix as the blocks side by side at a fraction of
the cost.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import scipy.sparse as sp

from classifier.text import Fields
from classifier.tfidf import (
    _POWERS,
    CharNgramTfidf,
    KeyTable,
    WordTfidf,
    _weighted,
    char_keys,
    token_codes,
    token_hashes,
)

BLOCKS = ("c", "w", "h")
"""Feature-name prefixes: ``c:`` characters, ``w:`` words, ``h:`` headline words."""
_HEAD_FLAG = np.int64(1) << np.int64(62)
"""Headline-word keys are word hashes (below 2^62) with this bit set; character keys stay below 2^43."""


class TextFeatures:
    """Fits and applies the three TF-IDF blocks. Picklable."""

    def __init__(self, char_min_df: int = 2, stopwords: frozenset[str] = frozenset()) -> None:
        self.char = CharNgramTfidf(min_df=char_min_df)
        self.word = WordTfidf(exclude=stopwords)
        self.head = WordTfidf(exclude=stopwords)
        self._names: np.ndarray[Any, Any] | None = None

    def fit_transform(self, docs: Sequence[Fields]) -> sp.csr_matrix:
        self.char.fit([d.text for d in docs])
        self.word.fit([d.words for d in docs])
        self.head.fit([d.head for d in docs])
        self._names = None
        for derived in ("_keys_idf", "_numpy_table", "_compiled", "_terms", "_shown"):
            self.__dict__.pop(derived, None)
        return self.transform(docs)

    def _keys(self) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any], np.ndarray[Any, Any]]:
        """The keys of the three blocks side by side, their idf, and where blocks 2 and 3 start."""
        fused = self.__dict__.get("_keys_idf")
        if fused is None:
            keys = np.concatenate([self.char.vocab_, self.word.keys_, self.head.keys_ | _HEAD_FLAG])
            if np.unique(keys).size != keys.size:
                raise ValueError("feature keys of two blocks coincide")  # about 1 in 2^40
            idf = np.concatenate([self.char.idf_, self.word.idf_, self.head.idf_])
            bounds = np.array([self.char.vocab_.size, self.char.vocab_.size + self.word.keys_.size], dtype=np.int64)
            fused = (keys, idf, bounds)
            self.__dict__["_keys_idf"] = fused
        return fused

    def _table(self) -> tuple[KeyTable, np.ndarray[Any, Any], np.ndarray[Any, Any]]:
        """A numpy key table over the three blocks (the reference path), their idf, and the bounds."""
        table = self.__dict__.get("_numpy_table")
        keys, idf, bounds = self._keys()
        if table is None:
            table = self.__dict__["_numpy_table"] = KeyTable(keys)
        return table, idf, bounds

    def _compiled_table(self) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any], np.int64]:
        """The compiled path's tables: code point → column below :data:`DIRECT`, and a hash table."""
        from classifier.kernels import DIRECT, build_table

        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            keys, _, _ = self._keys()
            direct = np.full(DIRECT, -1, dtype=np.int32)
            small = np.flatnonzero(keys < DIRECT)  # character unigrams of the basic plane
            direct[keys[small]] = small
            slots, bits = build_table(keys)
            compiled = self.__dict__["_compiled"] = (direct, slots, np.int64(bits))
        return compiled

    def transform(self, docs: Sequence[Fields]) -> sp.csr_matrix:
        """The three blocks side by side, each row L2-normalised per block (compiled; see
        :mod:`classifier.kernels`)."""
        from classifier.kernels import fused_tfidf

        direct, slots, bits = self._compiled_table()
        _, idf, bounds = self._keys()
        n = len(docs)
        texts = [d.text.replace("\x00", "") if "\x00" in d.text else d.text for d in docs]
        text_codes = np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint32)
        text_offsets = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(np.fromiter(map(len, texts), dtype=np.int64, count=n), out=text_offsets[1:])
        words = token_codes([d.words for d in docs])
        heads = token_codes([d.head for d in docs])
        indptr, indices, data = fused_tfidf(
            text_codes,
            text_offsets,
            *words,
            *heads,
            direct,
            slots,
            bits,
            idf,
            np.int64(bounds[0]),
            np.int64(bounds[1]),
            _POWERS,
        )
        return sp.csr_matrix((data, indices, indptr), shape=(n, int(idf.size)))

    def transform_numpy(self, docs: Sequence[Fields]) -> sp.csr_matrix:
        """:meth:`transform` in numpy only: the reference the compiled version is tested against."""
        table, idf, bounds = self._table()
        char_rows, char = char_keys([d.text for d in docs])
        word_rows, words = token_hashes([d.words for d in docs])
        head_rows, heads = token_hashes([d.head for d in docs])
        rows = np.concatenate([char_rows, word_rows, head_rows])
        cols = table.lookup(np.concatenate([char, words, heads | _HEAD_FLAG]))
        keep = cols >= 0
        return _weighted(rows[keep], cols[keep], len(docs), int(idf.size), idf, bounds)

    @property
    def word_offset(self) -> int:
        """Column where the word blocks start (columns before it are character n-grams)."""
        return int(self.char.vocab_.size)

    def names(self) -> np.ndarray[Any, Any]:
        """Feature names, prefixed by block (``w:拖欠``), in column order."""
        if self._names is None:
            blocks = (
                self.char.get_feature_names_out(),
                self.word.get_feature_names_out(),
                self.head.get_feature_names_out(),
            )
            parts = [np.char.add(f"{prefix}:", names.astype(str)) for prefix, names in zip(BLOCKS, blocks, strict=True)]
            self._names = np.concatenate(parts)
        return self._names

    def terms(self) -> list[str]:
        """Feature names without their block prefix, in column order (for explanations)."""
        terms: list[str] | None = self.__dict__.get("_terms")
        if terms is None:
            terms = self.__dict__["_terms"] = [str(name)[2:] for name in self.names()]
        return terms

    def shown(self) -> np.ndarray[Any, Any]:
        """Per column, whether its term can explain a result to a reader: a word of two characters
        or more (``有``, ``不``, ``人`` weigh in the model but say nothing to a reader)."""
        shown: np.ndarray[Any, Any] | None = self.__dict__.get("_shown")
        if shown is None:
            shown = self.__dict__["_shown"] = np.fromiter((len(t) > 1 for t in self.terms()), bool, len(self.terms()))
        return shown

    def __getstate__(self) -> dict[str, Any]:
        derived = ("_keys_idf", "_numpy_table", "_compiled", "_terms", "_shown")  # rebuilt on first use
        state = {k: v for k, v in self.__dict__.items() if k not in derived}
        state["_names"] = None
        return state
