"""The model artifact: round trip, versioned metadata, and clear errors for bad files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import joblib
import pytest

from classifier.engine import load_classifier
from classifier.errors import ModelError
from classifier.model import ARTIFACT, METADATA, TOP_TERMS, _readable, load_model


def test_round_trip_predicts_topics_with_terms(jurisdiction: Path) -> None:
    model = load_model(jurisdiction / "model")
    assert set(model.labels) == {"chengjian", "laodong", "jiaoyu"}
    [a, b] = model.predict([("拖欠工资", "老板拖欠农民工工资不给"), ("小学入学", "孩子入学报名被拒")])
    assert (a.topic, b.topic) == ("laodong", "jiaoyu")
    assert 0.0 < a.confidence <= 1.0 and a.terms
    meta = json.loads((jurisdiction / "model" / METADATA).read_text(encoding="utf-8"))
    assert meta["model_version"] == model.version and meta["n_examples"] == 24
    assert "社保卡" in model.userdict and "东城街道" in model.userdict  # userdict.txt + gazetteer


def test_the_terms_shown_are_words_a_reader_can_use(jurisdiction: Path) -> None:
    model = load_model(jurisdiction / "model")
    (p,) = model.predict([("东城街道拖欠工资", "东城街道一工地老板拖欠农民工工资不给，我们去了好几次都没有人管")])
    assert p.terms and all(len(t) > 1 for t in p.terms), p.terms
    assert not any(t != u and t in u for t in p.terms for u in p.terms), p.terms


def test_parts_of_a_shown_word_are_left_out() -> None:
    """Search-mode words include the parts of a longer one (峡口, 口镇 of 峡口镇): the whole is shown."""
    strongest_first = ["受伤", "峡口", "口镇", "峡口镇", "受伤", "货车"]
    assert _readable(strongest_first) == ("受伤", "峡口镇", "货车")
    many = [f"词{i:02d}" for i in range(3 * TOP_TERMS)]
    assert _readable(many) == tuple(many[:TOP_TERMS])


def _copy(jurisdiction: Path, tmp_path: Path) -> Path:
    target = tmp_path / "j"
    shutil.copytree(jurisdiction, target)
    return target


def test_missing_model_is_a_clear_error(jurisdiction: Path, tmp_path: Path) -> None:
    folder = _copy(jurisdiction, tmp_path)
    (folder / "model" / ARTIFACT).unlink()
    with pytest.raises(ModelError, match="not found"):
        load_classifier(folder)


def test_corrupt_model_is_a_clear_error(jurisdiction: Path, tmp_path: Path) -> None:
    folder = _copy(jurisdiction, tmp_path)
    path = folder / "model" / ARTIFACT
    path.write_bytes(path.read_bytes()[:500])
    with pytest.raises(ModelError, match="corrupt"):
        load_model(folder / "model")


def test_model_of_another_format_is_refused(tmp_path: Path) -> None:
    (tmp_path / "m").mkdir()
    joblib.dump({"format": 99}, tmp_path / "m" / ARTIFACT)
    with pytest.raises(ModelError, match="format"):
        load_model(tmp_path / "m")
    joblib.dump(["not", "a", "model"], tmp_path / "m" / ARTIFACT)
    with pytest.raises(ModelError, match="format"):
        load_model(tmp_path / "m")


def test_shipped_model_loads_and_classifies() -> None:
    from yuqing.settings import EXAMPLE_JURISDICTION

    model = load_model(EXAMPLE_JURISDICTION / "model")
    assert len(model.labels) >= 10
    [p] = model.predict([("工资拖欠", "老板拖欠我们半年工资不给，请人社局帮忙讨薪")])
    assert p.topic == "laodong"
    assert (EXAMPLE_JURISDICTION / "model" / ARTIFACT).stat().st_size < 5_000_000


def test_the_weights_are_read_by_feature_one_aligned_cache_line_each() -> None:
    import numpy as np
    import scipy.sparse as sp

    from classifier.linear import CACHE_LINE, NbSvm, feature_rows

    rng = np.random.default_rng(0)
    x = sp.random(60, 300, density=0.05, format="csr", random_state=1)
    y = [f"topic{i % 7}" for i in range(60)]
    model = NbSvm().fit(x, y)
    rows = model.weights_by_feature()
    # a feature's weights for all 7 classes start a cache line and fill it, padded with zeros
    assert rows.shape == (300, 8) and rows.flags.c_contiguous
    assert rows.ctypes.data % CACHE_LINE == 0 and rows.strides[0] == CACHE_LINE
    assert np.array_equal(rows[:, :7], model.coef_.T) and not rows[:, 7:].any()
    # the scores are those of the weights as fitted, to the last bit
    assert np.array_equal(model.decision_function(x), np.asarray(x @ model.coef_.T) + model.intercept_)
    assert feature_rows(rng.normal(size=(9, 5))).shape == (5, 16)  # more classes than a line holds


def test_training_twice_on_the_same_messages_gives_the_same_model() -> None:
    """The terms shown for a message must not change because the model was trained again."""
    import numpy as np
    import scipy.sparse as sp

    from classifier.linear import NbSvm

    x = sp.random(300, 2000, density=0.02, format="csr", random_state=3)
    y = [f"topic{i % 7}" for i in range(300)]
    first, second = NbSvm().fit(x, y), NbSvm().fit(x, y)
    assert np.array_equal(first.coef_, second.coef_) and np.array_equal(first.intercept_, second.intercept_)
