"""Replies: items that answer a story rather than report one.

A government's reply to a complaint (``市生态环境局回应贺村镇河水发黑问题``) restates the matter in
official words, so its content is less similar to the complaint than copies of the complaint are
to each other; grouping lets a reply join the story it answers at a lower bar
(``GroupingConfig.reply_similarity``) when they name a place in common and the reply's title
names the event's subject (:func:`answers`): a reply about the river's colour answers the river
complaint, not the fire in the same township whose words it happens to share.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from models.enums import SourceTier
from models.messages import RawItem

_REPLY = re.compile(r"回应|答复|回复|通报|情况说明|作出说明|调查结果|处置情况|辟谣|澄清")
_REPLYING_TIERS = frozenset({SourceTier.OFFICIAL, SourceTier.MAINSTREAM})


def is_reply(item: RawItem) -> bool:
    """An official or mainstream item whose title says it answers a story (``市生态环境局回应…``,
    ``关于…的情况通报``)."""
    return item.source_tier in _REPLYING_TIERS and _REPLY.search(item.title) is not None


_SUBJECT_END = re.compile(r"[：:，,。；;！!？?（(]")
_NOT_SUBJECT = re.compile(
    r"回应|答复|回复|情况通报|通报|情况说明|作出说明|调查结果|处置情况|辟谣|澄清|关于|网友|群众|反映|问题|一事|情况"
)
_HAN_PAIR = re.compile(r"(?=([\u4e00-\u9fff]{2}))")
SHARED_PAIRS = 2
"""Character pairs a reply's subject must share with an event's title (河水发黑: 河水, 水发, 发黑)."""


def answers(reply_title: str, title: str, places: Iterable[str]) -> bool:
    """Whether the subject of ``reply_title`` (what it says it answers: ``回应贺村镇河水发黑问题`` →
    ``河水发黑``) shares at least :data:`SHARED_PAIRS` character pairs with ``title``, place names
    left out of both."""
    subject = _NOT_SUBJECT.sub(" ", _SUBJECT_END.split(reply_title, maxsplit=1)[0])
    for place in places:
        subject, title = subject.replace(place, " "), title.replace(place, " ")
    wanted = set(_HAN_PAIR.findall(subject))
    return len(wanted & set(_HAN_PAIR.findall(title))) >= SHARED_PAIRS
