"""The cheap test before a text's casualty and loss figures are read (:mod:`classifier.casualties`).

:data:`TRIGGER` finds any casualty word (:data:`classifier.casualty_tokens.WORDS`), a loss or a rise
(损失, 升至 …), lives taken and things burned or destroyed (:mod:`classifier.casualty_forms`:
``夺走``, ``烧毁``, ``烧光``, ``毁坏``) and compact tolls (``9死``, ``6人亡``); a text or a sentence
without one of them cannot state a figure, and everything costlier is skipped.
"""

from __future__ import annotations

import re

from classifier.casualty_forms import DESTROYED_FIRST, DESTROYED_WORDS, LIVES_WORDS
from classifier.casualty_tokens import WORDS
from classifier.numbers import CN_NUMERALS


def ending_with(words: list[str], also: tuple[str, ...] = (), also_last: str = "") -> str:
    """A regex finding any of ``words`` by its last character, then a look-behind per word length
    (and one per pattern of ``also``, which end with one of ``also_last``): one character class
    first, so the search skips ahead to candidate characters, which is several times faster than an
    alternation of the words (or of several classes) on long texts."""
    by_length: dict[int, list[str]] = {}
    for word in words:
        by_length.setdefault(len(word), []).append(re.escape(word))
    last = "".join(sorted({re.escape(c) for c in (*(w[-1] for w in words), *also_last)}))
    behind = [f"(?<={'|'.join(ws)})" for ws in by_length.values()]
    behind += [f"(?<={pattern})" for pattern in also]
    return f"[{last}](?:{'|'.join(behind)})"


TRIGGER = re.compile(
    ending_with(
        [*WORDS, "损失", "升至", "增至", "上升到", "上升至", *LIVES_WORDS, *DESTROYED_WORDS],
        also=(rf"[\d{CN_NUMERALS}][死亡伤]", rf"[\d{CN_NUMERALS}][人名][死亡伤]", *DESTROYED_FIRST),
        also_last="死亡伤烧毁",
    )
)
"""Texts without any of these cannot state a figure: everything costlier is skipped."""
