"""The fields a document becomes: words of a long body read from its start, characters from all of it."""

from __future__ import annotations

import pytest

from classifier.text import HEAD_CHARS, WORD_CHARS, Segmenter


@pytest.mark.parametrize("title", ["", "小区电梯故障"])
def test_a_long_body_gives_the_words_of_its_start_and_the_characters_of_all_of_it(title: str) -> None:
    segmenter = Segmenter()
    start = "电梯故障多次投诉无人处理。" * (WORD_CHARS // 13 + 1)
    body = start[:WORD_CHARS] + "垃圾清运不及时"
    fields = segmenter.fields(title, body)
    assert "电梯" in fields.words
    assert "垃圾" not in fields.words and "清运" not in fields.words  # past the first WORD_CHARS characters
    assert fields.text.endswith("垃圾清运不及时")  # the character n-grams read it
    assert "垃圾" in segmenter.fields(title, "垃圾清运不及时").words


def test_a_body_without_a_title_gives_its_head_from_its_first_characters() -> None:
    body = "暴雨导致小区地下车库进水" + "，" * HEAD_CHARS + "物业无人处理"
    fields = Segmenter().fields("", body)
    assert "暴雨" in fields.head and "物业" not in fields.head
    assert "物业" in fields.words


def test_a_body_without_a_title_is_segmented_once_its_head_first() -> None:
    segmenter = Segmenter()
    body = "小区地下车库进水。" * 4 + "好的，" + "物业不作为，" * 10  # (a word, 物业, crossing the head's end)
    assert body.index("物业") < HEAD_CHARS < body.index("物业") + 2
    fields = segmenter.fields("", body)
    head = tuple(segmenter._jieba.cut_for_search(body[:HEAD_CHARS], True))
    assert fields.head == head
    assert fields.words == (*head, *segmenter._jieba.cut_for_search(body[HEAD_CHARS:WORD_CHARS], True))
