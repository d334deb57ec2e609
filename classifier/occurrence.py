"""Whether a word of an emergency (事故, 火灾, 倒塌, 暴雨 …) reports something that happened.

A text that names an emergency word is not always about an incident. These are no incident, and
get no event type, statutory grade or 简要信息 facts from the word:

* **a risk or a hypothetical**: ``极可能引发安全事故``, ``随时可能倒塌``, ``一旦发生火灾``, ``存在火灾隐患``,
  ``容易发生事故``, ``担心哪天出车祸``, ``险些酿成火灾``;
* **a habit or a generic statement**: ``经常发生老人摔跤的事故``, ``事故多发路段``, ``时有发生``;
* **prevention and campaigns**: ``严防火灾、爆炸等事故发生``, ``开展火灾应急演练``,
  ``安全隐患大排查``, ``防汛防台``, ``暴雨预警`` (a warning is not the storm);
* **a denial**: ``未发生火灾``, ``没有发生事故``.

Only the clause around the word is read (back to the previous comma or full stop, at most
:data:`REACH` characters, and the few characters after it), so ``昨晚发生火灾，消防部门随后开展排查``
is still a fire. A text is about an incident when *any* occurrence of an emergency word reports
one.
"""

from __future__ import annotations

import re

REACH = 24
"""How far back in its clause a marker reaches."""
AFTER = 8
"""How far after the word a marker reaches."""

_CLAUSE_BREAK = re.compile(r"[，,。；;！!？?\n\s]")
_RISK = (
    r"可能|极易|容易|易(?:引发|发生|造成|导致|出现)|一旦|如果|假如|假若|倘若|万一|要是|若是|若(?:发生|出现)"
    r"|担心|害怕|生怕|恐怕|恐将|随时|迟早|早晚|总有一天|哪天|难免|势必|必将|必然会|将会|会(?:引发|发生|造成|导致|出现)"
    r"|隐患|风险|险些|差点|差一点|险酿|几乎|以免|以防"
)
"""A risk or a hypothetical."""
_CAMPAIGN = (
    r"防止|防范|预防|严防|谨防|提防|避免|杜绝|遏制|消除"
    r"|开展|排查|整治|检查|巡查|督查|演练|演习|宣传|培训|普及|专项|应急预案|防汛|防台|防火|防灾|减灾"
)
"""Prevention, a campaign or a drill."""
_DENIAL = r"未发生|没有?发生|未出现|没有?出现|未造成|从未|不曾|并未|未曾"
_BEFORE = re.compile(f"(?P<risk>{_RISK})|(?P<campaign>{_CAMPAIGN})|(?P<denial>{_DENIAL})")
_HABIT = re.compile(
    r"经常|常常|时常|常年|常有|时有|频繁|频频|屡屡|屡次|多次|每次|每逢|每当|每年|总是|老是|动不动|时不时|不时"
)
"""A habit or a generic statement, unless the clause states a toll (多次行凶致5死13伤)."""
_TOLL = re.compile(r"[\d０-９一二两三四五六七八九十百]+(?:人|名)?(?:死|伤|遇难|身亡|丧生|受伤)")
_AFTER = re.compile(
    rf"[^，,。；;！!？?\n\s]{{0,{AFTER}}}?(?:(?P<risk>隐患|风险|危险(?!化学品|品|废物)|苗头|的可能|之虞)"
    r"|(?P<campaign>预警|警报|防范|防控|预防|防治|演练|演习|预案|排查|整治|宣传|知识|培训)"
    r"|(?P<habit>多发|易发|高发|频发|发生率))"
)
_CLAUSE_REST = re.compile(r"[^，,。；;！!？?\n]*")


def context_of(text: str, start: int, end: int) -> str | None:
    """What the emergency word at ``text[start:end]`` is said in: ``None`` when it reports something
    that happened, else ``"risk"``, ``"habit"``, ``"campaign"`` or ``"denial"``."""
    lo = max(0, start - REACH)
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, lo, start)]
    clause_start = breaks[-1] if breaks else lo
    before = text[clause_start:start]
    found = _BEFORE.search(before) or _AFTER.match(text, end)
    if found:
        return found.lastgroup
    if _HABIT.search(before):
        rest = _CLAUSE_REST.match(text, end)
        if _TOLL.search(before + text[start : rest.end() if rest else end]) is None:
            return "habit"
    return None


def reports_incident(text: str, start: int, end: int) -> bool:
    """Whether the emergency word at ``text[start:end]`` reports something that happened."""
    return context_of(text, start, end) is None
