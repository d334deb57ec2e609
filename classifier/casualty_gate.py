"""The cheap test before a text's casualty and loss figures are read (:mod:`classifier.casualties`).

:func:`trigger_starts` finds any casualty word (:data:`classifier.casualty_tokens.WORDS`), a loss
or a rise (损失, 升至 …), people still searched for (``在搜``), the few who survived (``人生还``),
lives taken and things burned or destroyed (:mod:`classifier.casualty_forms`: ``夺走``, ``烧毁``,
``烧光``, ``毁坏``) and compact tolls (``9死``, ``6人亡``, a digit, ASCII or fullwidth, or a Chinese
numeral before 死, 亡 or 伤, with 人 or 名 between or not, or 死 before one: ``死3人伤5人``, ``死了3个人``);
a text or a sentence without one of them cannot state a figure, and everything costlier is skipped.
The words are found by one Aho–Corasick automaton (:class:`classifier.keywords.Keywords`): the
regular expression it replaces stopped at every 人, 于, 到 or 者 to try its look-behinds, twice as
slow on real text.
"""

from __future__ import annotations

from functools import cache

from classifier.casualty_forms import DESTROYED_WORDS, LIVES_WORDS, SEARCHED_WORDS, SURVIVED_WORDS
from classifier.casualty_tokens import WORDS
from classifier.keywords import Keywords
from classifier.numbers import CN_NUMERALS

_DIGITS = "0123456789０１２３４５６７８９" + CN_NUMERALS


@cache
def _trigger_words() -> Keywords:
    words = {*WORDS, "损失", "升至", "增至", "上升到", "上升至", *LIVES_WORDS, *DESTROYED_WORDS, "烧光", "毁坏"}
    words |= set(SEARCHED_WORDS)  # 另有1人仍在搜救中
    words |= set(SURVIVED_WORDS)  # 船上454人，仅12人生还
    words |= {f"{digit}{mark}" for digit in _DIGITS for mark in "死亡伤"}
    words |= {f"{digit}{unit}{mark}" for digit in _DIGITS for unit in "人名" for mark in "死亡伤"}
    words |= {f"死{digit}" for digit in _DIGITS}  # 死3人伤5人: the verb before its number
    words |= {f"死了{digit}" for digit in _DIGITS}  # 塌方死了3个人
    return Keywords(sorted(words))


def trigger_starts(text: str) -> list[int]:
    """Where words that can state a figure begin in ``text``, in order, none overlapping (empty:
    ``text`` states none). No such word holds a sentence break, so a sentence that holds one has one
    of these starts inside it, and a sentence without one cannot state a figure."""
    return [start for _, start, _ in _trigger_words().finditer(text)]
