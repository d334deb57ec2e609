"""Text as collectors capture it, made readable before any reader sees it.

Two things a captured page or picture carries that no reader should take for the item's own words:

* **links to other articles** after the article (``相关阅读：``, ``上一篇：``, ``下一篇：``, ``推荐阅读``): their
  headlines name other incidents (``…火灾致3人遇难``), which would grade a page that reports none. The
  text is cut at the first such label after its opening (:func:`article_text`).
* **characters spaced apart** by OCR of a notice's picture (``情 况 通 报 12 月 5 日 … 造 成 1 人 死 亡``): the
  spaces are dropped between Chinese characters, digits and Chinese marks when most characters are so
  spaced (:func:`unspaced`), and the words read again.

Both leave any other text as it is (the same object), so most items cost one scan each.
"""

from __future__ import annotations

import re

__all__ = ["article_text", "unspaced"]

_LINKS = re.compile(
    r"(?:相关阅读|相关新闻|相关链接|相关报道|延伸阅读|推荐阅读|热点推荐|热门推荐|热点新闻|热门新闻|猜你喜欢|上一篇|下一篇)"
    r"\s*[：:】\]\s·]"
)
"""A label of links to other articles (its words first: the engine skips to where one can begin)."""
_BREAK_BEFORE = frozenset(" \t\n\u3000。！？!?】]")
"""What a label follows (not a complaint's own 相关链接：… in its sentence, after a comma)."""
_LINK_CUES = ("篇", "阅读", "推荐", "相关", "热点", "热门", "猜你")
"""One of which every match of :data:`_LINKS` holds."""
_OPENING = 20
"""How far into a body a label must be to cut it (a body that opens with one is left whole)."""
_SPACED_PAIR = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")
_SPACE_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff\d，。、；：！？（）]) (?=[\u4e00-\u9fff\d，。、；：！？（）])")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_SPACED_SHARE = 0.5
"""The share of Chinese characters followed by a single space and another that makes a text OCR's spaced one."""
_SPACED_LEAST = 10


def article_text(body: str) -> str:
    """``body`` up to the first label of links to other articles after its opening (see the module doc)."""
    if not any(word in body for word in _LINK_CUES):
        return body  # (a test of a few characters first: most bodies hold none)
    for label in _LINKS.finditer(body, _OPENING):
        if body[label.start() - 1] in _BREAK_BEFORE:
            return body[: label.start()].rstrip()
    return body


def unspaced(text: str) -> str:
    """``text`` with the spaces OCR put between its characters dropped, when most of its Chinese characters are
    so spaced (see the module doc); ``text`` itself otherwise."""
    if " " not in text:
        return text
    pairs = len(_SPACED_PAIR.findall(text))
    if pairs < _SPACED_LEAST or pairs < _SPACED_SHARE * sum(1 for _ in _CJK.finditer(text)):
        return text  # (the characters counted only in a text with many spaced pairs)
    return _SPACE_INSIDE.sub("", text)
