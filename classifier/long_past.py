"""Figures of an incident dated by a year long before the item was published.

A page published today that tells ``2008年“4·28”胶济铁路特别重大交通事故造成72人死亡`` or
``2015年8月12日，天津港发生…火灾爆炸事故，造成165人遇难`` recalls an incident of years ago (a
retrospective, a feature, a lesson drawn): no statutory clock starts now. The text alone cannot
tell this (the year is past only against the day it was published), so the classifier asks here
with the item's publication time.

A figure is long past when the sentence it stands in names a year before it (``2008年``, with its
month when given) at least :data:`PAST_MONTHS` months before the month of publication, nothing
from the year to the end of the figure's words speaks of now (``今天``, ``目前``, ``截至``, ``升至`` …: ``2008年建成的
大桥今天坍塌``), and the year opens no span up to now (``2008年以来``, ``2008年至今``: a tally).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime

from classifier.casualty_tokens import Mention
from classifier.sentences import SENTENCE_END
from models.timeutil import to_local

PAST_MONTHS = 12
"""How many months before publication a dated incident is no news (a year and more: an
anniversary's look back, not an incident's follow-up)."""
_YEAR = re.compile(
    r"(?<![\d年])(?P<year>(?:19|20)\d{2})年(?:(?P<month>1[0-2]|0?[1-9])月)?"
    r"(?![^，,。；;！!？?]{0,3}(?:以来|至今|来|起|开始|到现在|到目前|之前|以前|之后|以后|前后|底前|相比))"
    # (a span of the year right after it: 2019年内, 年里, 年度, 年代; not a place's 里 a few words on, 2018年在县里)
    r"(?!(?:内|里|间|度|代|份))"
)
_NOW = re.compile(
    r"今[天日晨早年]|昨|前天|日前|近日|目前|截至|截止|刚刚|本月|本周|现已|最新|升至|增至|上升到|当前|[本此这][次起场]"
    r"|如今|现在|最近|近期|而且|并且|前几天|这几天|上周|上个?月"
)


def long_past_year(text: str, mentions: Iterable[Mention], published: datetime) -> str | None:
    """The year (as written) that dates every one of ``mentions`` (the figures a grade was read
    from) long before ``published``, or ``None`` when any of them is not so dated."""
    spans = []
    for mention in mentions:
        if not text.startswith(mention.quote, mention.start):
            return None  # (a figure read from other words than these: no place in the text to date it by)
        spans.append((mention.start, mention.start + len(mention.quote)))
    return _dating_all(text, spans, published)


def long_past_words(text: str, words: Iterable[str], published: datetime) -> str | None:
    """The year (as written) that dates every place ``text`` tells one of ``words`` (the event's words a grade
    without figures was read from: ``2018年底，那围墙倒了``) long before ``published``, or ``None``."""
    spans = [(m.start(), m.end()) for word in words for m in re.finditer(re.escape(word), text)]
    return _dating_all(text, spans, published) if spans else None


def _dating_all(text: str, spans: Iterable[tuple[int, int]], published: datetime) -> str | None:
    """The year dating every one of ``spans`` long before ``published`` (:func:`long_past_year`), or ``None``."""
    local = to_local(published)
    words = None
    for start, end in spans:
        opened = max((m.end() for m in SENTENCE_END.finditer(text, 0, start)), default=0)
        year = max(_YEAR.finditer(text, opened, start), key=lambda m: m.start(), default=None)
        if year is None or _NOW.search(text, year.end(), end) is not None:
            return None
        month = int(year.group("month") or 12)
        if (local.year - int(year.group("year"))) * 12 + local.month - month < PAST_MONTHS:
            return None
        words = year.group()
    return words
