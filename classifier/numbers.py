"""Reading numbers written in Arabic or Chinese numerals: ``12``, ``1.5``, ``十二``, ``一百零五``, ``三千``,
counts with their exactness (``十几`` → at least 11; a range ``七八`` → at least 7, up to 8) and amounts
of money (``1.2亿``, ``5,000万``)."""

from __future__ import annotations

import re
from enum import StrEnum

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
FORMAL_DIGITS = {"壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9}
"""The numerals of amounts written out (大写: ``壹仟贰佰万元``)."""
DIGITS.update(FORMAL_DIGITS)
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000, "拾": 10, "佰": 100, "仟": 1000}
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
    text = text.replace("廿", "二十").replace("卅", "三十")  # 廿一 → 21, 卅 → 30
    if text in ("仨", "俩"):
        return 3 if text == "仨" else 2  # (as people post them: 仨人受伤)
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


class Bound(StrEnum):
    """How exact a figure is."""

    EXACT = "exact"
    AT_LEAST = "at_least"
    """余/多/以上/超过/逾/上/十几/数十: the true figure is at least the value."""
    ABOUT = "about"
    """约/近/左右: an approximation (近 may mean a little fewer)."""


CN_NUMERALS = "零〇一二两三四五六七八九十百千万几数壹贰叁肆柒捌玖拾佰仟廿卅"
"""Characters of Chinese numerals; 伍 and 陆 (队伍, 大陆, 陆续) count only after another numeral;
廿 and 卅 are twenty and thirty (``六死廿一伤``)."""
CN_NUMBER = rf"[{CN_NUMERALS}]+(?:[伍陆][{CN_NUMERALS}]*)*"
"""One Chinese numeral (``十二``, ``三十``, ``叁拾伍``)."""
# A count or an amount in either script, with 几/数 approximations (use inside a group); Arabic
# digits may take 万 or 亿 (7万人, 1.2万人).
NUM = rf"(?:(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:万|亿)?|{CN_NUMBER}|[仨俩])"
"""(仨 and 俩, three and two as people post them, alone: 仨人受伤, 埋了仨.)"""
RISEN_FROM = (
    rf"由(?:前日|昨日|昨天|昨晚|昨夜|今晨|今早|此前|前一日|当日)?的?{NUM}(?:名|人|例)?(?=增至|升至|上升到|增加到)"
)
"""The count a figure rose from, right before its latest (由昨晚的38人增至57人; 就诊人数由前日的61人增至112人)."""
AT_LEAST_WORDS = ("超过", "超", "逾", "至少", "不少于", "不低于", "上", "过")
APPROXIMATE_WORDS = ("近", "约", "将近", "接近", "大约")
_WORD_TAILS = {
    # 上 qualifies only a round 百/千/万/亿 (上百人, 上亿元): in 机上4人 it is "on board"
    "上": "上(?=[百千万亿])",
    # 过 likewise (过亿元, 过百人): in 经过3人 or 超过 it is no qualifier of its own
    "过": "(?<![经超通路越度不])过(?=[百千万亿])",
    # 近 and 约 that end a word are no qualifier: 附近32名村民 are nearby villagers, not "nearly 32";
    # 预约30人 booked, 签约 signed (将近, 接近 and 大约 are qualifiers of their own)
    "近": "(?<![附最靠邻临亲贴逼])近",
    "约": "(?<![预签节相特制违履公条和合])约",
}
QUALIFIERS = "|".join(
    _WORD_TAILS.get(w, w) for w in sorted((*AT_LEAST_WORDS, *APPROXIMATE_WORDS), key=len, reverse=True)
)


_CN_RANGE = re.compile(
    r"(?P<pre>[零〇一二两三四五六七八九十百千万]*?)(?P<a>[一二两三四五六七八九])(?P<b>[二两三四五六七八九])(?P<post>[十百千万]?)"
)


def bound_of(before: str, after: str) -> Bound:
    """How exact a figure is from the words around its number: 余/多 after it or 超过/逾 before it a lower
    bound, 约/近 before it about, else exact (``300余人``, ``约200人``, ``超过1500公顷``)."""
    if after in ("余", "多") or before in AT_LEAST_WORDS:
        return Bound.AT_LEAST
    return Bound.ABOUT if before in APPROXIMATE_WORDS else Bound.EXACT


def count_range(text: str) -> tuple[float, float] | None:
    """The lower and upper values of a range written as two neighbouring digits (``七八`` → 7–8,
    ``两三`` → 2–3, ``二三十`` → 20–30, ``十五六`` → 15–16, ``一两百`` → 100–200), or ``三五`` (3–5, as common a
    few); ``None`` otherwise."""
    m = _CN_RANGE.fullmatch(text)
    if m is None:
        return None
    a, b = DIGITS[m.group("a")], DIGITS[m.group("b")]
    if b != a + 1 and (a, b) != (3, 5):
        return None
    pre, post = m.group("pre"), m.group("post")
    try:
        return float(chinese_to_int(pre + m.group("a") + post)), float(chinese_to_int(pre + m.group("b") + post))
    except ValueError:
        return None


def parse_count(text: str) -> tuple[float, Bound] | None:
    """The value of a number word and whether it is a lower bound (``十几`` → 11, at least).

    ``None`` when ``text`` is not a number.
    """
    text = text.replace(",", "")
    if text[0].isdigit():
        times = BIG_UNITS.get(text[-1], 1)
        try:
            return float(text[:-1] if times > 1 else text) * times, Bound.EXACT
        except ValueError:
            return None
    bound = Bound.EXACT
    if (span := count_range(text)) is not None:
        return span[0], Bound.AT_LEAST  # 七八人, 两三人: at least the lower
    if "几" in text or "数" in text:
        bound = Bound.AT_LEAST
        if text in ("几", "数"):
            return 2.0, bound
        # 十几 → 十一, 几十/数十 → 二十, 一百几十 → 一百二十
        text = re.sub(r"(?<=十)[几数]", "一", text)
        text = re.sub(r"[几数]", "二", text)
    try:
        return float(chinese_to_int(text)), bound
    except ValueError:
        return None


AMOUNT_UNITS = {
    "": 1.0,
    "十": 10.0,
    "百": 100.0,
    "千": 1e3,
    "万": 1e4,
    "十万": 1e5,
    "百万": 1e6,
    "千万": 1e7,
    "亿": 1e8,
}


def parse_amount(text: str) -> float | None:
    """The value in 元 of an amount written before ``元`` (``1.2亿``, ``5,000万``, ``三千万``, ``亿``)."""
    text = text.replace(",", "")
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(十|百|千|万|十万|百万|千万|亿)?", text)
    if m:
        return float(m.group(1)) * AMOUNT_UNITS[m.group(2) or ""]
    if (decimal := _CN_DECIMAL.fullmatch(text)) is not None:  # 一点五亿: 1.5亿
        whole = chinese_to_int(decimal.group(1))
        fraction = float("0." + "".join(str(_CN_DIGIT[c]) for c in decimal.group(2)))
        return (whole + fraction) * AMOUNT_UNITS[decimal.group(3) or ""]
    if (ranged := _RANGE_THEN_UNIT.fullmatch(text)) is not None and (low := count_range(ranged.group(1))) is not None:
        return low[0] * AMOUNT_UNITS[ranged.group(2)]  # 两三千万: two thousand 万 at least, not 两 and 三千万
    parsed = parse_count(text)
    return parsed[0] if parsed else None


_RANGE_THEN_UNIT = re.compile(r"(.+)(千万|百万|十万|万|亿)")
"""A range, then its unit: the last 万 or 亿 (两千五六百万: 两千五六百 of 万, not 两千五六 of 百万)."""
_CN_DIGIT = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
CN_DECIMAL = r"[零〇一二两三四五六七八九十百千]+点[零〇一二三四五六七八九]+"
"""A Chinese numeral with a decimal point (``一点五``, ``十二点三``), as amounts are written (一点五亿元)."""
_CN_DECIMAL = re.compile(
    r"([零〇一二两三四五六七八九十百千]+)点([零〇一二三四五六七八九]+)(十|百|千|万|十万|百万|千万|亿)?"
)


_SPACED = re.compile(
    r"[ \u00a0\u2009](?:(?<=[\u4e00-\u9fff].)(\d+(?:\.\d+)?)[ \u00a0\u2009]"
    r"(?=(?:余|多)?(?:[人名位具例万亿元死伤亡]|个人|千万|百万))"
    # (not an emergency number's: 村里人叫了120 人腿骨折了)
    r"|(?<=\d.)(?<!(?<!\d)1(?:10|19|20|22)[ \u00a0\u2009])(?=(?:余|多)?(?:[人名位具例万亿元]|千万|百万)))"
)
"""A space between a number and its measure word or its amount's unit (``1.2 亿元``), or a number spaced
on both sides between Chinese words, its measure word after it (``造成死亡 3 人``, and in ``造成 3 死 5 伤``;
the number, group 1, belongs to the words before it as much as to its measure word, so both spaces go). A
number spaced before only (``2人当场死亡 1人经抢救无效死亡``) begins a new clause of a headline. The space
comes first in the pattern, so a text is scanned for its spaces alone (a look-behind first is tried at
every character); the two cases are one pass (a space matched by one cannot be matched by the other: the
character before it is Chinese in one, a digit in the other)."""


def unspaced_counts(text: str) -> str:
    """``text`` with the spaces between a number and its measure word or unit taken out (``共造成 25 人
    死亡``, ``直接经济损失 1.2 亿元``, as web text spaced from English writes it), and those before such a
    number too where it is spaced on both sides (``造成死亡 3 人``), so the count is read as if
    unspaced."""
    if " " in text or "\u00a0" in text or "\u2009" in text:  # (most texts have none: one fast test each)
        return _SPACED.sub(r"\1", text)  # (group 1 unmatched: the space is dropped)
    return text
