"""Missing people (失踪/失联/下落不明) as :mod:`classifier.casualties` reads them.

* **Counted with the dead in one figure** (``死亡、失踪12人``, ``遇难和失踪人员达12人``,
  ``12人死亡失踪``): one figure of both (:attr:`Mention.with_deaths`), not a death figure and a
  missing figure to add; not when each has its own number (``3人死亡、失踪2人``).
* **Found again**: when the sentence goes on to say they were found (``失联的3名驴友已全部获救``,
  ``找到了失联的3名驴友``), or a later sentence finds as many as were missing or names the missing
  as found (``5名船员失联。…5名船员均已获救``, ``失联人员已全部获救``), the figure is left out with
  the reason :data:`FOUND`; found dead (``4名失联人员已全部找到，均已遇难``) they are deaths, counted
  once. Some of them found (``已找到8人``), someone else (``已找到嫌疑人``) or others rescued
  (``5人失踪，20人获救``, ``其余人员均已升井``) leave the figure as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from classifier.casualty_tokens import FOUND, Kind, Mention
from classifier.numbers import CN_NUMERALS, NUM, parse_count

__all__ = ["found_in_sentence", "found_later_on", "with_deaths"]

_DEAD_AND = re.compile(r"(?:死亡|遇难|罹难|丧生)(?:人员|者)?(?:、|和|及|与|或)?$")
_AND_MISSING = re.compile(r"(?:、|和|及|与|或)?(?:失踪|失联|下落不明)")
_OWN_NUMBER = re.compile(rf"(?:\d|[{CN_NUMERALS}])(?:余|多)?(?:名|人|位)?$")
_NUMBER_NEXT = re.compile(rf"(?:人员|人数)?(?:分别)?(?:为|是|达|有)?(?:\d|[{CN_NUMERALS}])")


def with_deaths(sentence: str, m: Mention) -> Mention:
    """``m`` as a figure of the dead and the missing together when its words name both
    (``死亡、失踪12人``, ``遇难和失踪人员达12人``, ``12人死亡失踪``): one figure, not two."""
    word_first = sentence.startswith(("失踪", "失联", "下落不明"), m.start)
    dead = _DEAD_AND.search(sentence, max(0, m.start - 8), m.start) if m.kind is Kind.MISSING and word_first else None
    # 死亡、失踪12人; not 3人死亡、失踪2人 (the deaths have their own number)
    if dead is not None and _OWN_NUMBER.search(sentence, max(0, dead.start() - 4), dead.start()) is None:
        return replace(m, quote=sentence[dead.start() : m.start + len(m.quote)], start=dead.start(), with_deaths=True)
    end = m.start + len(m.quote)
    missing = _AND_MISSING.match(sentence, end) if m.kind is Kind.DEATHS and not m.unnumbered else None
    # 12人死亡失踪; not 3人死亡、失踪2人 (each its own number)
    if missing is not None and _NUMBER_NEXT.match(sentence, missing.end()) is None:
        return replace(m, kind=Kind.MISSING, quote=sentence[m.start : missing.end()], with_deaths=True)
    return m


_FOUND_AFTER = re.compile(
    r"(?:人员|者)?[^\d。；;！!？?其另]{0,12}?(?:已|均已|均|都|全部)(?:经|于[^，,。；;]{0,8})?(?:全部|均|都)?"
    r"(?:被)?(?:找到|寻获|搜寻到|搜救到|获救|救出|平安(?:返回|归来|脱险|获救)?|安全(?:返回|升井|脱险|转移)|脱险|联系上"
    r"|返回|生还)"
    # they themselves, all of them: not 已找到8人, 已找到其中1人遗体, 已找到嫌疑人
    r"(?=[，,。；;！!？?\s]|$|了)"
)
_FOUND_BEFORE = re.compile(r"(?:找到|寻获|搜寻到|搜救到|救出|救起)了?(?:全部|所有)?$")
_ALL_DEAD = re.compile(
    r"[，,]?(?:均|全部|都|皆)(?:已经|已|经|确认|不幸)*(?:遇难|死亡|身亡|罹难|无生命体征|没有生命体征)"
)


def found_in_sentence(sentence: str, m: Mention) -> Mention:
    """A missing figure whose people the sentence goes on to say were found: left out
    (``失联的3名驴友已全部获救``), or deaths when all of them were found dead (``4名失联人员已全部
    找到，均已遇难``)."""
    if m.kind is not Kind.MISSING or m.with_deaths:
        return m
    if _FOUND_BEFORE.search(sentence, max(0, m.start - 8), m.start):  # 找到了失联的3名驴友
        return replace(m, left_out=FOUND)
    end = m.start + len(m.quote)
    found = _FOUND_AFTER.match(sentence, end)
    if found is None:
        return m
    dead = _ALL_DEAD.match(sentence, found.end())
    if dead is not None:
        return replace(m, kind=Kind.DEATHS, quote=sentence[m.start : dead.end()])
    return replace(m, quote=sentence[m.start : found.end()], left_out=FOUND)


_ALL_FOUND = re.compile(
    # all of them, not others or some (其余5人已获救, 其中2人获救)
    rf"(?:(?<!其余)(?<!其他)(?<!其它)(?<!其中)(?<!另外)(?<!另有)(?<!还有)(?<![\d.另余])(?P<num>{NUM})(?:名|人)[^，,。；;！!？?\d其另余]{{0,8}}?"
    r"|(?:失联|失踪|被困)(?:的)?(?:人员|者))"
    r"(?:已经|已|均已|均|都已|都|已全部|全部)*(?:被)?(?:找到|寻获|获救|救出|平安|安全返回|安全升井|脱险|生还|升井)"
)


def found_later_on(text: str, missing: Mention) -> str | None:
    """The words of a later sentence saying all the missing were found (``5名船员失联。截至发稿，
    5名船员均已获救``, ``失联人员已全部获救``), or ``None``."""
    if "获救" not in text and "找到" not in text and "救出" not in text and "平安" not in text:
        return None  # (most texts name none of these)
    # (found dead, 均已找到，均已遇难, they are counted with the deaths that sentence states)
    for m in _ALL_FOUND.finditer(text, missing.start + len(missing.quote)):
        parsed = parse_count(m.group("num")) if m.group("num") else None
        # as many as were missing (5人失踪，20人获救: others rescued)
        if m.group("num") is None or (parsed is not None and parsed[0] == missing.value):
            return m.group()
    return None
