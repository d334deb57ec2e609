"""The cheap test before a text's casualty and loss figures are read (:mod:`classifier.casualties`).

:func:`trigger_starts` finds any casualty word (:data:`classifier.casualty_tokens.WORDS`), a loss
or a rise (损失, 升至 …), people still searched for (``在搜``), the few who survived (``人生还``),
lives taken and things burned or destroyed (:mod:`classifier.casualty_forms`: ``夺走``, ``烧毁``,
``烧光``, ``毁坏``) and compact tolls (``9死``, ``6人亡``, a digit, ASCII or fullwidth, or a Chinese
numeral before 死, 亡 or 伤, with 人 or 名 between or not, or 死 before one: ``死3人伤5人``, ``死了3个人``);
a text or a sentence without one of them cannot state a figure, and everything costlier is skipped.
Two kinds of word open less than the whole gate: a 伤 of another word (工伤认定, 伤害, 伤残, 伤心: a 伤
before another character that is no word of its own and no number before it) opens nothing, as the
figures' reader reads no injury there; and a sentence whose only such words are a loss's or a
destruction's (损失, 烧毁 …: :data:`LOSS_WORDS`) can state a loss and nothing else
(:func:`classifier.casualty_forms.losses`), so the readers of people are skipped there. In a
citizen's long complaint these two are most of the sentences the gate opened (造成经济损失, 工伤保险).
The words are found by one Aho–Corasick automaton (:class:`classifier.keywords.Keywords`): the
regular expression it replaces stopped at every 人, 于, 到 or 者 to try its look-behinds, twice as
slow on real text.
"""

from __future__ import annotations

import re
from functools import cache

from classifier.casualty_forms import (
    DESTROYED_WORDS,
    HURT_POSTED_WORDS,
    LIVES_WORDS,
    ONLY_SAVED_WORDS,
    RELEASE_WORDS,
    SEARCHED_WORDS,
    SURVIVED_WORDS,
)
from classifier.casualty_tokens import WORDS
from classifier.keywords import Keywords
from classifier.numbers import CN_NUMERALS

_DIGITS = "0123456789０１２３４５６７８９" + CN_NUMERALS
LOSS_WORDS = frozenset({"损失", *DESTROYED_WORDS, "烧光", "毁坏", "烧掉"})
"""The words that can open the gate to a loss only (no casualty word is one of them)."""
_OTHER_WORD_AFTER = re.compile(r"[\u4e00-\u9fff](?<![者人重])")
"""What follows a 伤 of another word (伤害, 伤残, 工伤保险); not 伤者, 伤人员, 伤重 (其中3人伤重)."""
_COUNTED_BEFORE = frozenset("0123456789０１２３４５６７８９人名余多" + CN_NUMERALS)
"""What precedes a 伤 that a compact toll may read whatever follows it (10余人伤重, 5死3伤)."""


@cache
def _trigger_words() -> Keywords:
    words = {*WORDS, "损失", "升至", "增至", "上升到", "上升至", *LIVES_WORDS, *DESTROYED_WORDS, "烧光", "毁坏"}
    words |= {"烧掉", "烧没"}  # 这一把火烧掉了一亿多, 光成品鞋就烧掉两千多万, 货全烧没了，少说也有一千多万
    goods = (
        "货",
        "西",
        "备",
        "存",
        "料",
        "品",
        "材",
        "电",
        "服",
        "具",
        "器",
    )  # (the last characters of casualty_forms' goods: 仓库里的货少说有…, 衣服家电少说有…)
    words |= {f"{last}{least}" for last in goods for least in ("少说", "起码", "最少")}
    # (the amount first: 仓库里少说有两三千万的货)
    words |= {f"{least}{also}有" for least in ("少说", "起码", "最少") for also in ("", "也")}
    words |= {f"没{hurt}" for hurt in ("伤到", "砸到", "砸伤", "撞到", "烧到")}  # no one hurt: 没伤到人
    words |= {f"人{also}没{what}事" for also in ("", "都", "也") for what in ("", "什么", "啥")}  # 还好人没事
    words |= set(SEARCHED_WORDS)  # 另有1人仍在搜救中
    words |= set(SURVIVED_WORDS)  # 船上454人，仅12人生还
    words |= set(ONLY_SAVED_WORDS)  # 载有50余名赶集村民的机动渡船…倾覆，目前仅救起14人，搜救仍在持续
    words |= set(RELEASE_WORDS)  # 有毒气体外泄，…130多名村民出现胸闷、呕吐等症状
    words |= set(HURT_POSTED_WORDS)  # 电瓶车上的阿姨被撞倒在地 腿上都是血
    words |= {f"{digit}{mark}" for digit in _DIGITS for mark in "死亡伤"}
    words |= {f"{digit}{unit}{mark}" for digit in _DIGITS for unit in "人名" for mark in "死亡伤"}
    words |= {f"死{digit}" for digit in _DIGITS}  # 死3人伤5人: the verb before its number
    words |= {f"死了{digit}" for digit in (*_DIGITS, "俩", "仨")}  # 塌方死了3个人, 死了俩
    words |= {f"死了{near}{digit}" for near in ("近", "将近") for digit in _DIGITS}  # 死了近十个人
    words |= {f"当场{just}{gone}" for just in ("", "就") for gone in ("走了", "没了")}  # 听说当场走了四个
    words |= {f"咬{done}{digit}" for done in ("", "了", "伤", "伤了") for digit in _DIGITS}  # 疯狗一下午咬了七八个人
    # KTV着火了 三个人死了 (people counted, then 死了)
    adverbs = ("", "都", "全", "全都", "当场", "当场就", "就", "已经", "已")
    words |= {f"{unit}{adverb}{gone}" for unit in "人名" for adverb in adverbs for gone in ("死了", "没了")}
    return Keywords(sorted(words))


def triggers(text: str) -> list[tuple[int, str]]:
    """``(start, word)`` of the words that can state a figure in ``text``, in order, none overlapping
    (empty: ``text`` states none). No such word holds a sentence break, so a sentence that holds one
    has one of them inside it, and a sentence without one cannot state a figure."""
    return [
        (start, word)
        for word, start, end in _trigger_words().finditer(text)
        if word != "伤"
        or _OTHER_WORD_AFTER.match(text, end) is None
        or (start > 0 and text[start - 1] in _COUNTED_BEFORE)
    ]


def trigger_starts(text: str) -> list[int]:
    """Where the words of :func:`triggers` begin in ``text``."""
    return [start for start, _ in triggers(text)]
