"""context_at answers as context_of does, once per text, and never with another text's answer."""

from __future__ import annotations

from classifier.contexts import context_at, reports_incident_at
from classifier.occurrence import context_of

_TEXTS = (
    "昨晚贺村镇一仓库发生火灾，造成2人受伤。",
    "严防火灾，开展安全隐患大排查。",
    "该路段经常发生交通事故，极可能引发安全事故。",
)


def test_context_at_answers_as_context_of_across_texts_and_repeats() -> None:
    for _ in range(2):
        for text in (*_TEXTS, *reversed(_TEXTS)):
            for word in ("火灾", "事故", "发生"):
                start = text.find(word)
                while start >= 0:
                    end = start + len(word)
                    expected = context_of(text, start, end)
                    assert context_at(text, start, end) == expected
                    assert reports_incident_at(text, start, end) is (expected is None)
                    start = text.find(word, end)


def test_an_equal_text_at_the_same_place_gets_its_own_answer() -> None:
    # the same positions in texts that differ must not share an answer
    happened, prevented = "仓库发生火灾", "仓库严防火灾"
    assert context_at(happened, 4, 6) is None
    assert context_at(prevented, 4, 6) == context_of(prevented, 4, 6) == "campaign"
