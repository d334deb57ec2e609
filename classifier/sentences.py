"""Sentences of a text: where each ends, found once, then asked about by bisection.

Several readers (the facts, whether an emergency word reports something that happened) ask many
times which sentence a position is in; scanning the text from its start for each question made
them quadratic in a long text.
"""

from __future__ import annotations

import re
from bisect import bisect_left

SENTENCE_END = re.compile(r"[。！？!?；;\n]")
SENTENCE = re.compile(r"[^。！？!?；;\n]+")
"""One sentence's text (a run without :data:`SENTENCE_END`), for ``finditer`` over a text."""
LONGEST_SENTENCE = 1000
"""The longest stretch a reader judges as one sentence: a longer run without a sentence's end (3 of
the 19,364 real texts hold one, a run-on complaint of 1,001–1,380 characters) is read in pieces or
back from a word at most this far, so that a hostile text of one 200,000-character "sentence" costs
time in proportion to its length, not to its square."""


class Sentences:
    """Where the sentences of ``text`` end (:data:`SENTENCE_END`)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.ends = [m.start() for m in SENTENCE_END.finditer(text)]

    def start_of(self, at: int) -> int:
        """Where the sentence holding ``text[at]`` begins: after the last sentence end before ``at``."""
        i = bisect_left(self.ends, at)
        return self.ends[i - 1] + 1 if i else 0

    def end_of(self, at: int) -> int:
        """The first sentence end at or after ``at``, or the text's end."""
        i = bisect_left(self.ends, at)
        return self.ends[i] if i < len(self.ends) else len(self.text)

    def until(self, begin: int, at: int) -> str:
        """``text`` from ``begin`` to the first sentence end at or after ``at`` (or to its end)."""
        return self.text[begin : self.end_of(at)]


_UP_TO_CLAUSE_BREAK = re.compile(r".*[，,。；;！!？?\n]", re.S)
CLAUSE_REACH = 24
"""How far back :func:`clause_before` reads at most."""


def clause_before(text: str, at: int, reach: int = CLAUSE_REACH) -> str:
    """The words of ``text`` before ``at`` in their clause, at most ``reach`` of them (one match back
    from ``at``, not a scan from the text's start)."""
    low = max(0, at - reach)
    last = _UP_TO_CLAUSE_BREAK.match(text, low, at)
    return text[last.end() if last else low : at]
