"""What kind of incident a stretch of text tells (a fire, an explosion, a collapse …), to tell two
incidents at one site apart (:mod:`classifier.dated`).

A stretch may tell several kinds (``爆炸起火``: an explosion and a fire; ``瓦斯爆炸``: gas and an
explosion). Two stretches tell different incidents only when each tells some kind and they share
none (``透水事故`` beside ``瓦斯爆炸``, ``爆炸`` beside ``火灾``); a word that names no kind
(``事故``, ``事件``, ``险情``) may be any of them, so it tells nothing apart.
"""

from __future__ import annotations

import re

from classifier.prefilter import Prefiltered

_KINDS = Prefiltered(
    re.compile(
        r"(?P<fire>火灾|大火|起火|失火|着火|火情|燃烧|烧毁)"
        r"|(?P<explosion>爆炸|爆燃|闪爆)"
        r"|(?P<gas>瓦斯|一氧化碳|中毒|窒息|泄漏)"
        r"|(?P<inrush>透水|突水|涌水)"
        r"|(?P<collapse>坍塌|垮塌|倒塌|塌方|冒顶|塌陷)"
        r"|(?P<traffic>相撞|追尾|侧翻|翻车|车祸|碰撞|撞)"
        r"|(?P<sinking>翻沉|沉没|倾覆|落水)"
        r"|(?P<fall>坠落|坠亡|坠楼)"
        r"|(?P<flood>滑坡|泥石流|山洪|内涝|洪水|洪灾)"
        r"|(?P<crush>踩踏)"
    )
)


def kinds_of(text: str, start: int = 0, end: int | None = None) -> frozenset[str]:
    """The kinds of incident ``text[start:end]`` names (``fire``, ``explosion`` …; empty when it
    names none)."""
    stop = len(text) if end is None else end
    return frozenset(m.lastgroup for m in _KINDS.finditer(text, start, stop) if m.lastgroup is not None)


def different(one: frozenset[str], other: frozenset[str]) -> bool:
    """Whether incidents of kinds ``one`` and ``other`` are surely two: each of some kind, none shared."""
    return bool(one) and bool(other) and not one & other
