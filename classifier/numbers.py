"""Reading numbers written in Arabic or Chinese numerals: ``12``, ``1.5``, ``十二``, ``一百零五``, ``三千``."""

from __future__ import annotations

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
NUMBER_CHARS = "".join(DIGITS) + "".join(SMALL_UNITS) + "".join(BIG_UNITS)
NUMBER = rf"(?:\d+(?:\.\d+)?|[{NUMBER_CHARS}]+)"
"""A regular expression for one number in either script (use inside a group)."""


def chinese_to_int(text: str) -> int:
    """Value of a Chinese numeral (``十二`` → 12, ``二十三`` → 23, ``一亿二千万`` → 120000000, ``亿`` → 1亿).

    Raises ``ValueError`` for text that is not a numeral.
    """
    if not text:
        raise ValueError("empty numeral")
    total = 0  # completed 亿/万 sections
    section = 0  # the current section below 万
    digit: int | None = None
    for ch in text:
        if ch in DIGITS:
            digit = DIGITS[ch]
        elif ch in SMALL_UNITS:
            section += (1 if digit is None else digit) * SMALL_UNITS[ch]
            digit = None
        elif ch in BIG_UNITS:
            section += digit or 0
            if not (total or section):
                section = 1  # 亿元, 万人: a bare unit means one of it
            unit = BIG_UNITS[ch]
            total = (total + section) * unit if unit > 10_000 or total < unit else total + section * unit
            section, digit = 0, None
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    return total + section + (digit or 0)


def parse_number(text: str) -> float:
    """Value of ``text`` in Arabic (``1.5``) or Chinese (``十二``) numerals; ``ValueError`` otherwise."""
    text = text.strip()
    try:
        return float(text)
    except ValueError:
        return float(chinese_to_int(text))
