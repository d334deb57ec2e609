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


def test_compiled_fused_blocks_equal_the_blocks_side_by_side() -> None:
    import scipy.sparse as sp

    from classifier.features import TextFeatures
    from classifier.text import Segmenter

    segmenter = Segmenter(("电梯故障",), ("的",))
    docs = [segmenter.fields(t[:6], t) for t in [*TEXTS, "电梯 电梯 的 故障", "拖欠工资"]]
    features = TextFeatures(char_min_df=1, stopwords=frozenset({"的"}))
    fused = features.fit_transform(docs[:4])
    assert abs(fused - features.transform(docs[:4])).max() == 0
    apart = sp.hstack(
        [
            features.char.transform([d.text for d in docs]),
            features.word.transform([d.words for d in docs]),
            features.head.transform([d.head for d in docs]),
        ],
        format="csr",
    )
    assert abs(features.transform(docs) - apart).max() < 1e-12
    assert abs(features.transform_numpy(docs) - apart).max() < 1e-12
    nul = [segmenter.fields("", "电梯\x00故障"), segmenter.fields("", "")]
    assert abs(features.transform(nul) - features.transform_numpy(nul)).max() < 1e-12


def test_features_are_numbered_most_frequent_first() -> None:
    texts = ["小区停车难", "停车难停车贵", "小区物业", "物业停车", "路灯不亮"]
    names = list(CharNgramTfidf(min_df=1).fit(texts).get_feature_names_out())
    df = [sum(name in t for t in texts) for name in names]
    assert df == sorted(df, reverse=True)
    assert names[:3] == ["停", "车", "停车"]  # in 3 texts each, then by code point
    docs = [["小区", "停车", "难"], ["停车", "难", "停车", "贵"], ["小区", "物业"], ["物业", "停车"], ["路灯"]]
    names = list(WordTfidf().fit(docs).get_feature_names_out())
    assert names == ["停车", "小区", "物业", "难", "贵", "路灯"]
