"""A hostile text of one very long "sentence" (no 。, only commas or nothing at all) is read in
bounded stretches: each figure and each emergency word is judged against at most
``LONGEST_SENTENCE`` characters around it, not the whole run, so the time such a text takes grows
with its length, not with its square (a 100,000-character run of figures had taken 90 seconds)."""

from __future__ import annotations

import pytest

import classifier.occurrence as occurrence
from classifier.casualties import _pieces
from classifier.grading import propose
from classifier.missing import trapped_now
from classifier.sentences import LONGEST_SENTENCE


def test_a_run_on_sentence_is_read_in_pieces_ending_at_a_clause_break() -> None:
    text = "甲" * 900 + "，" + "乙" * 300 + "。短句。" + "丙" * 2500
    pieces = [(m.start(), m.end()) for m in _pieces(text)]
    assert pieces == [(0, 901), (901, 1201), (1202, 1204), (1205, 2205), (2205, 3205), (3205, 3705)]
    assert all(end - start <= LONGEST_SENTENCE for start, end in pieces)


def test_a_sentence_of_ordinary_length_is_one_piece() -> None:
    text = "昨晚一民房起火，" * 100 + "造成3人死亡。"
    assert [(m.start(), m.end()) for m in _pieces(text)] == [(0, len(text) - 1)]


def test_each_emergency_word_is_judged_within_a_bounded_stretch(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []
    judge = occurrence.other_event

    def other_event(sentence: str, offset: int, *args: object) -> str | None:
        seen.append(len(sentence))
        return judge(sentence, offset, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(occurrence, "other_event", other_event)
    text = "化工厂氯气泄漏" * 3000
    for at in (0, len(text) // 2, len(text) - 2):
        occurrence.context_of(text, at + 5, at + 7)
    assert seen and max(seen) <= 2 * LONGEST_SENTENCE + 2, max(seen)


def test_a_run_of_figures_is_still_read() -> None:
    """The pieces change nothing for the figures themselves: the first toll counts."""
    p = propose("某地发生事故\n事故造成" + "数人死亡，" * 3000)
    assert p.figures.deaths == 2, p.reasons
    assert trapped_now("火灾" + "3名工人被埋，" * 3000) is None  # a fire is no site where the buried may die
