"""The people a gathering brought together, read for the 简要信息 of a mass incident."""

from __future__ import annotations

import pytest

from classifier.gatherings import gathered
from classifier.numbers import Bound


@pytest.mark.parametrize(
    ("text", "count", "bound", "shown"),
    [
        ("12月4日上午9时许，约200名某小区业主聚集在市政府门口", 200, Bound.ABOUT, "约200人"),
        ("现场聚集人数达300余人", 300, Bound.AT_LEAST, "300余人"),
        ("百余名工人围堵厂区大门讨薪", 100, Bound.AT_LEAST, "百余人"),
        ("一度有上千名群众聚集", 1000, Bound.AT_LEAST, "上千人"),
        ("300多村民堵路", 300, Bound.AT_LEAST, "300多人"),
        ("约200人聚集在县政府门口", 200, Bound.ABOUT, "约200人"),
    ],
)
def test_the_people_gathered_are_read_as_the_brief_writes_them(
    text: str, count: float, bound: Bound, shown: str
) -> None:
    crowd = gathered(text)
    assert crowd is not None and (crowd.count, crowd.bound, crowd.shown) == (count, bound, shown), crowd


@pytest.mark.parametrize(
    "text",
    [
        "要做好矛盾化解，防止群众聚集",
        "一度有人聚集",  # no number
        "事故现场围观群众200余人",  # onlookers, no gathering
        "第3名业主聚集",  # (a number of one or an ordinal)
    ],
)
def test_no_number_of_people_gathered_is_no_figure(text: str) -> None:
    assert gathered(text) is None


def test_the_cheap_test_before_the_gathering_words_lets_every_word_through() -> None:
    """:func:`classifier.gatherings._may_gather` tests a few characters before the words' automaton: every word it
    stands for must pass it (a word added to the lists and not to the test would never be read)."""
    from classifier.gatherings import _may_gather, _words

    assert all(_may_gather(word) for word in _words().words)
