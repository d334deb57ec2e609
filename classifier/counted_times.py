"""Incidents counted by 次 (``共发生交通事故120次``, ``火灾十多次，``, ``共出现强降雨过程8次``), for
:mod:`classifier.other_events`.

次 counts anything done again (``出动12次``, ``停电7次``, ``发生两次爆炸``: one incident's blasts,
``余震120次``: one earthquake's), so a count by 次 is one of incidents only right after an incident
noun (事故, 火灾, 火警, 警情 …), and a tally only when it is summed up (``共``, ``累计`` before it) or
stands alone in its clause (``交通事故23次，``), as counts by 起 are. ``多次`` is an adverb
(``多次发生火灾``), ``第3次`` an ordinal, ``次日`` a day: none of them counts.

Most texts have no number before 次: :data:`_SHAPE` finds the candidates by their 次 (the regex
search skips ahead to it), and only the few characters before each are read.
"""

from __future__ import annotations

import re

_SHAPE = re.compile(r"次(?<=[\d两三四五六七八九十百千万几数余]次)|次(?<=[\d十百千万]多次)")
"""A number before 次 (not 多次 alone)."""
_BEFORE = re.compile(
    r"(?:(?P<summed>共|累计|总计|合计)[^，,。；;]{0,12}?|(?P<happened>发生|出现|共有)了?[^，,。；;\d]{0,8}?)?"
    # (earthquakes summed up: 共记录到3.0级以上地震12次; not 余震120次, one earthquake's)
    r"(?:事故|火灾|火警|火情|警情|车祸|险情|案件|(?<![余强])地震|(?:暴雨|强降雨|强降水|台风|寒潮|强对流|冰雹)(?:天气过程|过程|天气)?)(?:共|累计|达|约|了)*"
    r"(?<![第\d两三四五六七八九十百千万几数])(?:[2-9]|\d{2,}|[两三四五六七八九十百千万几数]+)(?:余|多)?次$"
)
"""An incident noun and its count by 次, ending at the 次, after a sum's or a happening's word if any."""
_REACH = 40
"""How far before its 次 a count is read."""
_NUMBER_CHARS = frozenset("0123456789两三四五六七八九十百千万几数余多共累计达约了")
_NOUN_ENDS = frozenset("故灾警情祸件雨水风潮流雹程气震")
"""The last characters of the incident nouns of :data:`_BEFORE`: a 次 whose number follows none of
them is no count, found without a search."""
_NOT_AFTER = re.compile(r"日|年|月|生|数|要|序|级|第")
"""次日, 次年, 次生灾害, 次数 …: no count."""
_ALONE_AFTER = re.compile(r"[，,、：:（(]|$|死亡|受伤|造成|致|共")
"""What ends a count standing alone in its clause (交通事故23次，死亡5人)."""


def times_counts(text: str, happened: bool = False) -> list[tuple[int, int]]:
    """The spans of ``text`` that count incidents by 次 as a tally (``共发生交通事故120次``,
    ``火灾十多次，``); with ``happened``, also any said to have happened (``发生火灾3次``)."""
    found = []
    for shape in _SHAPE.finditer(text):
        end = shape.end()
        at = shape.start()
        while at > 0 and text[at - 1] in _NUMBER_CHARS:
            at -= 1
        if at == 0 or text[at - 1] not in _NOUN_ENDS or _NOT_AFTER.match(text, end):
            continue
        m = _BEFORE.search(text, max(0, end - _REACH), end)
        if m is None:
            continue
        if text.startswith("地震", at - 2) and not m.group("summed"):
            continue  # (earthquakes only summed up: 一天内发生地震3次 may be one's tremors)
        if m.group("summed") or (happened and m.group("happened")) or _ALONE_AFTER.match(text, end):
            found.append(m.span())
    return found
