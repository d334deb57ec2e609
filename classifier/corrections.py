"""Corrections told as one quote replacing another, read as corrected before grading.

A correction notice quotes what was wrong and what is right: ``“造成3人死亡”应为“造成3人受伤”``,
``受伤人数“17人”应为“7人”``, ``“直接经济损失约1.2亿元”有误，经核实应为“约1200万元”``, or the other way
round, ``将“某地发生一起较大交通事故”误报为“某地发生一起重大交通事故”``. The wrong quote gives way to the
right one (the figures of the wrong one are nobody's), and the right one takes the words before the
wrong one's figure when it tells the figure alone (``约1200万元``: ``直接经济损失约1200万元``). A text
without such a form is returned as it is (most texts hold no quote mark: a test of a character comes
first, then the words after a closing mark).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from classifier.prefilter import Prefiltered

_QUOTE = r"[“\"「]([^”\"」“「\n]{1,60})[”\"」]"
_SHOULD_BE_WORDS = r"[^“”\"「」。；;！!？?\n]{0,16}?(?:应为|应是|应该是|应更正为|更正为|实为)"
_MISREPORTED_WORDS = r"(?:错|误)(?:报|写|发|播|记)(?:成|为)"
_SHOULD_BE = re.compile(rf"{_QUOTE}{_SHOULD_BE_WORDS}[：:]?{_QUOTE}")
"""``“A”应为“B”`` (``“A”有误，经核实应为“B”``): B is right."""
_MISREPORTED = re.compile(rf"{_QUOTE}{_MISREPORTED_WORDS}[：:]?{_QUOTE}")
"""``将“A”误报为“B”``: A is right."""
_CUE = Prefiltered(re.compile(rf"[”\"」](?:{_SHOULD_BE_WORDS}|{_MISREPORTED_WORDS})"))
"""What follows the wrong quote of either form, looked for from closing quote marks only (a text
holds few) before either pattern is tried."""
_TITLE = re.compile(r"《[^《》\n]{1,60}》")
"""A work's or an article's title (《某机械厂起重伤害事故造成3人死亡》)."""
_BEFORE_FIGURE = re.compile(r"[^\d]*?(?=(?:约|近|逾|超过|超|达|共|仅)?\d)")
"""The words of a quote before its figure (``直接经济损失`` of ``直接经济损失约1.2亿元``)."""


def _words_before_figure(quote: str) -> str:
    """The words of ``quote`` before its figure (``造成`` of ``造成3人死亡``), or empty."""
    lead = _BEFORE_FIGURE.match(quote)
    return lead.group() if lead is not None else ""


def _right(wrong: str, right: str) -> str:
    """The right quote, with the wrong one's words before its figure when it has none of its own."""
    words = _words_before_figure(wrong)
    return right if right.startswith(words) else words + right


def _replacing(wrong: str, right: str) -> Callable[[re.Match[str]], str]:
    """What a title becomes with ``wrong`` replaced by ``right`` in it, or their figures when the title words
    the rest otherwise (《山区公路客车侧翻致3人死亡》, “造成3人死亡”应为“造成3人受伤”: 致3人受伤)."""
    words = _words_before_figure(wrong)
    figure, corrected_figure = wrong[len(words) :], right[len(words) :] if right.startswith(words) else right

    def replaced(title: re.Match[str]) -> str:
        told = title.group()
        if wrong in told:
            return told.replace(wrong, right)
        return told.replace(figure, corrected_figure) if figure else told

    return replaced


def corrected(text: str) -> str:
    """``text`` with each quote it says is wrong replaced by the right one (see the module docstring)."""
    # (a quote mark first: most texts hold none, and 应, 误 alone are common: 应该, 应急, 误会)
    if "”" not in text and '"' not in text and "」" not in text:
        return text
    if _CUE.search(text) is None:
        return text
    pairs = [(m.group(1), _right(m.group(1), m.group(2))) for m in _SHOULD_BE.finditer(text)]
    text = _SHOULD_BE.sub(lambda m: _right(m.group(1), m.group(2)), text)
    if "《" in text:
        # the corrected article's title quoted before (本报昨日刊发的《…事故造成3人死亡》一文中，“造成3人死亡”应为…)
        for wrong, right in pairs:
            text = _TITLE.sub(_replacing(wrong, right), text)
    return _MISREPORTED.sub(lambda m: m.group(1), text)
