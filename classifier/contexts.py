"""What an emergency word is said in (:func:`classifier.occurrence.context_of`), remembered per text.

Grading (event types, near misses), negativity and the facts reader each ask what the same words
of one item are said in (事故, 火灾, 爆炸 … are event keywords, negative cues and occurrence verbs at
once), and the answer is a pure function of the text and the word's place in it. :func:`context_at`
answers each question once for the text asked about last; a different text (by identity) starts
afresh. The remembered text and its answers are swapped as one pair, so concurrent callers can
only miss, never read another text's answer.
"""

from __future__ import annotations

from classifier.occurrence import context_of

_last: tuple[str, dict[tuple[int, int], str | None]] = ("", {})


def context_at(text: str, start: int, end: int) -> str | None:
    """:func:`~classifier.occurrence.context_of` of ``text[start:end]``, computed once per text."""
    global _last
    memo = _last
    if memo[0] is not text:
        memo = _last = (text, {})
    answers = memo[1]
    key = (start, end)
    if key in answers:
        return answers[key]
    context = answers[key] = context_of(text, start, end)
    return context


def reports_incident_at(text: str, start: int, end: int) -> bool:
    """:func:`~classifier.occurrence.reports_incident`, through :func:`context_at`."""
    return context_at(text, start, end) is None
