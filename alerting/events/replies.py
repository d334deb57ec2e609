"""Replies: items that answer a story rather than report one.

A government's reply to a complaint (``市生态环境局回应贺村镇河水发黑问题``) restates the matter in
official words, so its content is less similar to the complaint than copies of the complaint are
to each other; grouping lets a reply join the story it answers at a lower bar
(``GroupingConfig.reply_similarity``) when they name a place in common.
"""

from __future__ import annotations

import re

from models.enums import SourceTier
from models.messages import RawItem

_REPLY = re.compile(r"回应|答复|回复|通报|情况说明|作出说明|调查结果|处置情况|辟谣|澄清")
_REPLYING_TIERS = frozenset({SourceTier.OFFICIAL, SourceTier.MAINSTREAM})


def is_reply(item: RawItem) -> bool:
    """An official or mainstream item whose title says it answers a story (``市生态环境局回应…``,
    ``关于…的情况通报``)."""
    return item.source_tier in _REPLYING_TIERS and _REPLY.search(item.title) is not None
