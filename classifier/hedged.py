"""Figures the text gives as a guess or an unconfirmed word, for the desk to check.

Early reports hedge their tolls: ``死亡人数可能超过30人``, ``恐已有10人遇难``, ``预计直接经济损失达1.2亿元``,
``据传3人死亡``, ``网传5人失踪``, ``网友爆料称…致3人死亡``. Grading still reads the figure (the proposal
is the desk's to confirm, and a toll that may be 特别重大 must reach it), and :func:`hedged` names the
words, so the reason asks the desk to check before a statutory clock is started on a guess. Only a hedge in the clause
of the figure and at most :data:`REACH` characters before it counts (``据称伏尔加河游轮沉没事故78人被
救起`` hedges the report, not a toll of this clause's), or one inside the figure's own words; a
word of hearsay (``据传``, ``网传``, ``听说``) hedges all its clause says, up to :data:`HEARSAY_REACH`
characters before the figure (``据传隧道塌方事故已致5人死亡``). A casualty stated without a number is no
toll to hedge (``疑似枪杀…``).
"""

from __future__ import annotations

import re

from classifier.casualties import CasualtyReport

__all__ = ["hedged"]

REACH = 8
"""How far before a figure a hedge word is looked for, within its clause."""

_HEDGE = re.compile(
    r"可能|或将|或已|或达|或超|或有|恐怕|恐已|恐有|恐达|恐超|恐将|估计|预计|预估|初估|据传|据称|传言|传闻|网传|疑似|疑有|或许|大概"
    r"|听说|据说|好像|似乎"
    # a post's word, not yet confirmed (网友爆料称…致3人死亡)
    r"|爆料|网友称|网友说|网帖称|网帖说"
)
_BREAK = re.compile(r"[，,。；;！!？?\n]")
HEARSAY_REACH = 24
"""How far before a figure a word of hearsay is looked for, within its clause."""
_HEARSAY = re.compile(r"据传|网传|传言|传闻|听说|据说|爆料|网友称|网友说|网帖称|网帖说")
"""Hearsay, which leaves unconfirmed whatever its clause goes on to tell (not 据称, 据悉: a source's)."""
_CONFIRMED = re.compile(r"(?<![不未])属实|(?<![未经待法能不])证实")
CONFIRM_REACH = 30
"""How far after hearsay's figure its confirmation is looked for."""


def hedged(text: str, report: CasualtyReport) -> str | None:
    """The words of the first counted figure of ``report`` (read from ``text``) that a hedge
    qualifies, from the hedge to the figure's end (``可能超过30人``), or ``None``."""
    for m in sorted(report.figures.values(), key=lambda m: m.start):
        if m.unnumbered:
            continue  # (疑似枪杀…: what is unsure is who did it, and no toll is stated)
        end = m.start + len(m.quote)
        left = max(0, m.start - REACH)
        breaks = [b.end() for b in _BREAK.finditer(text, left, m.start)]
        begin = breaks[-1] if breaks else left
        found = _HEDGE.search(text, begin, end)
        if found is None and begin == left and left > 0:
            # (a word of hearsay further back in the clause: 据传隧道塌方事故已致5人死亡)
            far = max(0, m.start - HEARSAY_REACH)
            breaks = [b.end() for b in _BREAK.finditer(text, far, left)]
            found = _HEARSAY.search(text, breaks[-1] if breaks else far, end)
        if found is not None and not _confirmed(text, found.group(), end):
            return text[found.start() : end]
    return None


def _confirmed(text: str, hedge: str, end: int) -> bool:
    """Whether hearsay is said to be confirmed after the figure it hedges (``网传“…致3死”？官方：属实``)."""
    return (
        "实" in text
        and _HEARSAY.fullmatch(hedge) is not None
        and _CONFIRMED.search(text, end, end + CONFIRM_REACH) is not None
    )
