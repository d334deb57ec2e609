"""The numpy TF-IDF blocks equal scikit-learn's TfidfVectorizer with the same settings."""

from __future__ import annotations

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from classifier.tfidf import CharNgramTfidf, KeyTable, WordTfidf

TEXTS = [
    "小区电梯坏了 物业不修 电梯电梯",
    "工地老板拖欠农民工工资 UTF-8 编码",
    "孩子入学报名被拒，学区已满。",
    "电梯故障 拖欠工资 😀 表情",
    "",
]


def _as_dict(matrix, names, row):  # type: ignore[no-untyped-def]
    r = matrix[row]
    return {str(names[i]): v for i, v in zip(r.indices, r.data, strict=True)}


def test_char_ngrams_match_sklearn() -> None:
    ours = CharNgramTfidf(min_df=1).fit(TEXTS[:3])
    ref = TfidfVectorizer(analyzer="char", ngram_range=(1, 2), sublinear_tf=True, lowercase=False).fit(TEXTS[:3])
    a, b = ours.transform(TEXTS), ref.transform(TEXTS)
    for row in range(len(TEXTS)):
        da, db = _as_dict(a, ours.get_feature_names_out(), row), _as_dict(b, ref.get_feature_names_out(), row)
        assert da.keys() == db.keys()
        assert all(abs(da[k] - db[k]) < 1e-12 for k in da)


def test_words_match_sklearn_and_drop_stopwords() -> None:
    docs = [t.split() for t in TEXTS]
    ours = WordTfidf(exclude=frozenset({"物业不修"})).fit(docs[:3])
    ref = TfidfVectorizer(analyzer=lambda d: [w for w in d if w != "物业不修"], sublinear_tf=True).fit(docs[:3])
    a, b = ours.transform(docs), ref.transform(docs)
    assert "物业不修" not in ours.vocabulary_
    for row in range(len(docs)):
        da, db = _as_dict(a, ours.get_feature_names_out(), row), _as_dict(b, ref.get_feature_names_out(), row)
        assert da.keys() == db.keys()
        assert all(abs(da[k] - db[k]) < 1e-12 for k in da)


def test_key_table_finds_every_key_and_only_those() -> None:
    rng = np.random.default_rng(0)
    keys = np.unique(rng.integers(0, 2**62, 5000))
    table = KeyTable(keys)
    assert (table.lookup(keys) == np.arange(keys.size)).all()
    assert (table.lookup(np.array([1, 2, 3], dtype=np.int64)) == -1).all() or set(keys) & {1, 2, 3}
    assert table.lookup(np.zeros(0, dtype=np.int64)).size == 0
