"""Words of the region's spoken language read as Mandarin, so every reader of the stage reads them.

People of 江山 and 衢州 post as they speak: ``到现在都还冇找到``, ``有个阿婆冇挺过来``, ``渡船翻咯``,
``锅炉今朝早上炸咯``.
:func:`as_mandarin` maps such a word one character for one (offsets stay where they were, as
:mod:`yuqing.traditional` keeps them): 冇 is 没 (not have, not yet), and 咯 closing a clause is 了 (not 咯血 or 咯咯, in
a word of its own). Hong Kong's and Macau's 求诊 is 就诊 (those seen at hospitals). A text holding none of them is
returned as it is, found so by substring tests.
"""

from __future__ import annotations

import re

_CLOSING = re.compile(r"咯(?=[^\u4e00-\u9fff咯]|$)")
"""咯 at the end of a clause (船翻咯！！, 被冲走咯 到现在…): the particle 了."""


def as_mandarin(text: str) -> str:
    """``text`` with the spoken words above read as Mandarin (``text`` itself when it has none)."""
    if "冇" in text:
        text = text.replace("冇", "没")
    if "咯" in text:
        text = _CLOSING.sub("了", text)
    if "求诊" in text:  # (Hong Kong's and Macau's 求诊 is 就诊: 求诊人数已增至一百零八人)
        text = text.replace("求诊", "就诊")
    return text
