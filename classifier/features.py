"""TF-IDF features of prepared documents: characters, words and headline words, side by side.

* character 1–2-grams of the whole text (robust to segmentation errors and unknown names),
  computed by :class:`~classifier.tfidf.CharNgramTfidf`;
* search-mode words of the whole text;
* words of the headline (title), weighted as their own block.

All three use sublinear term frequency (``1 + log tf``) and L2 normalisation per block.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import scipy.sparse as sp

from classifier.text import Fields
from classifier.tfidf import CharNgramTfidf, WordTfidf

BLOCKS = ("c", "w", "h")
"""Feature-name prefixes: ``c:`` characters, ``w:`` words, ``h:`` headline words."""


class TextFeatures:
    """Fits and applies the three TF-IDF blocks. Picklable."""

    def __init__(self, char_min_df: int = 2, stopwords: frozenset[str] = frozenset()) -> None:
        self.char = CharNgramTfidf(min_df=char_min_df)
        self.word = WordTfidf(exclude=stopwords)
        self.head = WordTfidf(exclude=stopwords)
        self._names: np.ndarray[Any, Any] | None = None

    def fit_transform(self, docs: Sequence[Fields]) -> sp.csr_matrix:
        blocks = [
            self.char.fit_transform([d.text for d in docs]),
            self.word.fit_transform([d.words for d in docs]),
            self.head.fit_transform([d.head for d in docs]),
        ]
        self._names = None
        return sp.hstack(blocks, format="csr")

    def transform(self, docs: Sequence[Fields]) -> sp.csr_matrix:
        blocks = [
            self.char.transform([d.text for d in docs]),
            self.word.transform([d.words for d in docs]),
            self.head.transform([d.head for d in docs]),
        ]
        return sp.hstack(blocks, format="csr")

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

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_names"] = None
        return state
