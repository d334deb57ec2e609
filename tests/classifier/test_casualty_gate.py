"""The cheap test before figures are read: every form that can state a figure opens the gate, in the
sentence that holds it, and a text that cannot state one is skipped."""

from __future__ import annotations

import pytest

from classifier.casualties import read_figures
from classifier.casualty_gate import trigger_starts
from classifier.casualty_tokens import Kind


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("事故造成3人死亡", "死亡"),
        ("车祸致３死５伤", "３死"),  # a fullwidth digit before 死
        ("货车撞人致6人亡", "6人亡"),
        ("两车相撞一死两伤", "一死"),
        ("火灾夺走了3条生命", "夺走"),
        ("大火烧毁厂房，价值约2000万元", "烧毁"),
        ("货物烧光，价值约600万元", "烧光"),
        ("死亡人数升至9人", "死亡"),
        ("事故直接经济损失约1500万元", "损失"),
    ],
)
def test_every_form_that_can_state_a_figure_opens_the_gate(text: str, word: str) -> None:
    starts = trigger_starts(text)
    # the word, or a longer one holding it that begins before it (经济损失 for 损失)
    assert starts and min(starts) <= text.find(word) < min(starts) + 6, starts


def test_the_gate_is_per_sentence_and_closed_on_texts_without_a_figure() -> None:
    assert trigger_starts("小区路灯坏了一个月，希望尽快维修。") == []
    assert read_figures("小区路灯坏了一个月，希望尽快维修。").figures == {}
    text = "今天天气晴好。一辆货车侧翻，造成2人死亡。"
    starts = trigger_starts(text)
    assert starts and all(text.index("。") < start < text.rindex("。") for start in starts)
    assert read_figures(text).figures[Kind.DEATHS].value == 2


def test_a_text_the_automaton_cannot_read_is_still_read() -> None:
    # a lone surrogate cannot be held in UTF-8: the words are then looked for one by one
    found = read_figures("车祸致3人死亡\ud800")
    assert found.figures[Kind.DEATHS].value == 3
    assert read_figures("车祸致３死５伤").figures[Kind.INJURED].value == 5
