"""The people a gathering brought together, for the 简要信息 of a mass incident (群体性事件).

A report of people gathered to protest or petition (``约200名业主聚集在市政府门口``, ``聚集人数达300余人``,
``百余名工人围堵厂区大门``) states how many took part: the first figure a brief on such an event gives.
Read only where the event is a gathering (the classifier's 社会安全事件 with such a word), a number of
people right before the verb of gathering or after ``聚集人数``; a gathering prevented or feared
(``防止…聚集``, ``可能引发…聚集``) has no number before its verb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from classifier.keywords import Keywords
from classifier.numbers import CN_NUMERALS, NUM, Bound, bound_of, parse_count
from classifier.prefilter import Prefiltered

__all__ = ["GATHERERS", "GATHERING_TERMS", "PURPOSE", "Gathered", "gathered"]

_CAME_FOR_WORDS = ("讨说法", "讨个说法", "要说法", "讨薪", "讨要", "维权")
_VERBS = ("聚集", "围堵", "堵门", "堵路", "静坐", "上访", "拉横幅", "拉起横幅", "拉着横幅", "围攻", "冲击", "围坐")
_VERB = re.compile("|".join((*_VERBS, *_CAME_FOR_WORDS)))
GATHERING_TERMS = frozenset(
    {*_VERBS, *_CAME_FOR_WORDS, "聚了", "群体性事件", "群体事件", "集体上访", "闹事", "游行", "示威"}
)
"""Event keywords of a gathering: the event whose facts include the people gathered."""
_ROUGHLY = "上百|数百|几百|上千|数千|几千"
GATHERERS = r"(?:群众|村民|居民|业主|工人|员工|职工|民工|农民工|家长|学生|商户|出租车司机|司机|人员|市民|网民|人)"
"""Who gathers (业主, 村民, 工人 …)."""
_PEOPLE = GATHERERS
PURPOSE = re.compile(
    r"(?:拉起|打出|举着|拉|举|打|挂)(?:横幅|标语|条幅|牌子)|讨(?:要|薪|还|回|个?说法)|索要|索赔|要求|维权|静坐|抗议"
    r"|上访|讨债|围堵|堵(?:门|路)|喊口号|质问|抵制|反对"
)
"""What people gathered for or did there, told after where (聚集在售楼部门口拉横幅讨说法, 在工地门口讨要工资)."""
# (no numeral between a measure word and its people: 一个厂门口五六十个农民工 counts fifty, not one)
_BEFORE_VERB = Prefiltered(
    re.compile(
        rf"(?<![第\d])(?P<pre>约|近|超过|逾|共|有)?(?P<num>{NUM}|{_ROUGHLY})(?P<suf>余|多)?"
        # (a measure word, then whose they were; or the people right after the number: 200人, 300多村民)
        rf"(?:(?:名|个|位)[^，,。；;！!？?\d{CN_NUMERALS}]{{0,12}}?{_PEOPLE}|{_PEOPLE})(?:先后|陆续|集体|再次|又|到|来到|前往|在|于)?"
        # (why, in a clause between: 约150名业主因不满延期交房，聚集在…)
        r"(?:(?:因|由于|为)[^，,。；;！!？?\d]{1,16}[，,])?"
        r"[^，,。；;！!？?\d]{0,12}?(?:聚集|围堵|堵门|堵路|静坐|集体上访|上访|拉横幅|拉起横幅|拉着横幅|围攻|冲击|围坐)"
    )
)
_CAME_TO = Prefiltered(
    re.compile(
        rf"(?<![第\d])(?P<pre>约|近|超过|逾|共|有)?(?P<num>{NUM}|{_ROUGHLY})(?P<suf>余|多)?"
        rf"(?:(?:名|个|位)[^，,。；;！!？?\d{CN_NUMERALS}]{{0,12}}?{_PEOPLE}|{_PEOPLE})"
        r"(?:先后|陆续|集体|再次|又)?(?:来到|到(?!处)|前往|聚在|围在|堵在|在)[^，,。；;！!？?\d]{0,14}?[口处厅楼前外场部司府院]"
        r"[^，,。；;！!？?\d]{0,4}?(?:讨个?说法|要说法|讨薪|讨要(?:工资|工钱|欠款|血汗钱|被拖欠)|维权)"
    )
)
"""People counted who came to a place for what they demand (百余名业主到售楼处讨说法, 数十名工人在工地门口讨薪): a
gathering, its verb unsaid (not 100多名工人讨薪无门, 数百名家长到处…维权: no place they came to)."""
_GOT_TOGETHER = Prefiltered(
    re.compile(
        # (or around a door, what for in the next clause: 项目部门口围了七八十个工人，拉着横幅讨要工钱)
        rf"(?:聚|围)了(?P<pre>约|近|超过|逾)?(?P<num>{NUM}|{_ROUGHLY})(?P<suf>余|多)?(?:名|个|位)?{_PEOPLE}"
        r"(?=[^，,。；;！!？?\d]{0,12}?(?:讨|索|维权|要求|抗议|拉横幅|拉起横幅|拉着横幅|静坐|围堵|堵)"
        r"|[，,](?:拉着横幅|拉起横幅|拉横幅|举着牌子))"
    )
)
"""People told as come together or around a place, then what for, as people post it (门口今天上午聚了五六十个农民工讨薪,
门口围了七八十个工人，拉着横幅讨要工钱)."""
_ROUGH = {"上百": 100.0, "数百": 200.0, "几百": 200.0, "上千": 1000.0, "数千": 2000.0, "几千": 2000.0}
"""Counts told roughly, each read as the least it says (数百: two hundred)."""
_COUNTED = re.compile(
    rf"(?:聚集|参与)(?:人员|人数|群众)(?:约|近|超过|逾|达到|达|共|一度达)?(?P<num>{NUM})(?P<suf>余|多)?(?:人|名)"
)


@dataclass(frozen=True)
class Gathered:
    count: float
    bound: Bound
    quote: str
    shown: str = ""
    """The count as the brief writes it (``约200人``, ``300余人``, ``上千人``, ``二三十人``)."""
    verb: str = ""
    """The word of the gathering (``聚集``, ``拉横幅``, ``聚了``), and where it is in the text."""
    at: int = 0


_CROWD_REACH = 48
"""How far from a gathering's word its people are looked for (约150名业主因不满延期交房，聚集在…: before it)."""


def _may_gather(text: str) -> bool:
    """Whether ``text`` holds a character or word every gathering word of :func:`_words` holds one of."""
    return (
        "聚" in text
        or "堵" in text
        or "讨" in text
        or "横幅" in text
        or "上访" in text
        or "维权" in text
        or "静坐" in text
        or "冲击" in text
        or "围攻" in text
        or "围坐" in text
        or "要说法" in text
        or "围了" in text
    )


@cache
def _words() -> Keywords:
    """The words one of which every gathering this module reads holds (聚集 …, 讨说法 …, 聚了, 围了)."""
    return Keywords((*_VERBS, *_CAME_FOR_WORDS, "聚了", "围了"))


def gathered(text: str) -> Gathered | None:
    """The most people ``text`` says gathered (``约200名业主聚集``, ``聚集人数达300余人``), or ``None``."""
    if not _may_gather(text):
        return None  # (a test of a few characters first: the words' automaton costs a pass over the text)
    words = _words().finditer(text)
    if not words:
        return None  # (most texts name no gathering: one pass of the words' automaton)
    crowds: dict[int, re.Match[str]] = {}
    for word, start, end in words:
        # (each pattern read only around its word: the people counted come right before it)
        found: list[re.Match[str]]
        if word in _CAME_FOR_WORDS:
            found = list(_CAME_TO.finditer(text, max(0, start - _CROWD_REACH), end))
        elif word in ("聚了", "围了"):
            found = list(_GOT_TOGETHER.finditer(text, start, min(len(text), end + _CROWD_REACH)))
        else:
            low = max(0, start - _CROWD_REACH)
            found = [*_BEFORE_VERB.finditer(text, low, end), *_COUNTED.finditer(text, start, end + _CROWD_REACH)]
        crowds.update((m.start(), m) for m in found)
    best: Gathered | None = None
    for m in crowds.values():
        raw = m.group("num")
        parsed = (_ROUGH[raw], Bound.AT_LEAST) if raw in _ROUGH else parse_count(raw)
        if parsed is None:
            continue
        value, bound = parsed
        pre = m.groupdict().get("pre") or ""
        pre = pre if pre in ("约", "近", "超过", "逾") else ""
        suf = m.group("suf") or ""
        if suf or pre:
            bound = bound_of(pre, suf)
        if value >= 2 and (best is None or value > best.count):
            verb = _VERB.search(m.group())
            word, at = (verb.group(), m.start() + verb.start()) if verb is not None else ("聚了", m.start())
            best = Gathered(value, bound, m.group(), f"{pre}{raw}{suf}人", word, at)
    return best
