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


@pytest.mark.parametrize(
    "text",
    ["申请工伤认定至今未果", "单位拒绝缴纳工伤保险", "这种做法伤害了群众感情", "被鉴定为伤残十级"],
)
def test_a_wound_of_another_word_opens_nothing(text: str) -> None:
    # (the figures' reader reads no injury in 伤害, 伤残, 工伤保险: the gate stays closed)
    assert trigger_starts(text) == []
    assert read_figures(text).figures == {}


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("车祸致10余人伤重", Kind.SERIOUS, 10),
        ("两车相撞，5死3伤", Kind.INJURED, 3),
        ("造成26人伤，其中3人危重", Kind.INJURED, 26),
    ],
)
def test_a_wound_of_a_toll_still_opens_the_gate(text: str, kind: Kind, value: int) -> None:
    assert trigger_starts(text)
    assert read_figures(text).figures[kind].value == value


def test_a_sentence_opened_by_a_loss_alone_reads_its_loss_and_no_people() -> None:
    from classifier.casualty_gate import LOSS_WORDS, triggers

    text = "厂房起火。大火烧毁厂房，造成直接经济损失约1500万元。"
    assert {word for _, word in triggers(text)} <= LOSS_WORDS
    report = read_figures(text)
    assert report.figures[Kind.LOSS].value == 15_000_000
    assert set(report.figures) == {Kind.LOSS}
