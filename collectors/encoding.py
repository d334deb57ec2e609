"""Decode bodies whose encoding Chinese sites often leave undeclared (GBK/GB18030/Big5).

Order of trust: a declared charset (HTTP header, then XML declaration or HTML ``<meta>``) when the
body really decodes with it; else UTF-8 when the body is valid UTF-8; else GB18030 (a superset of
GB2312/GBK) against Big5, whichever reads as more plausible Chinese text; charset-normalizer
decides anything else.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""", re.IGNORECASE)
_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "big5hkscs"}

# The most frequent characters of modern written Chinese, simplified and traditional; a correct
# decoding is full of them, a wrong one (GBK bytes read as Big5 or the reverse) is not.
_COMMON_SIMPLIFIED = set(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而"
    "方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应"
    "开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命"
    "此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老"
    "头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府市县镇街道村"
    "社区局委办关于通知工作服务群众反映情况问题投诉举报安全事故政策"
)
_COMMON_TRADITIONAL = set(
    "的一是在不了有和人這中大為上個國我以要他時來用們生到作地於出就分對成會可主發年動同工也能下過子說產種面而"
    "方後多定行學法所民得經十三之進著等部度家電力裡如水化高自二理起小物現實加量都兩體制機當使點從業本去把性好應"
    "開它合還因由其些然前外天政四日那社義事平形相全表間樣與關各重新線內數正心反你明看原又麼利比或但質氣第向道命"
    "此變條只沒結解問意建月公無系軍很情者最立代想已通並提直題黨程展五果料象員革位入常文總次品式活設及管特件長求老"
    "頭基資邊流路級少圖山統接知較將組見計別她手角期根論運農指幾九區強放決西被幹做必戰先回則任取據處府市縣鎮街道村"
    "社區局委辦關於通知工作服務群眾反映情況問題投訴舉報安全事故政策"
)
_COMMON = _COMMON_SIMPLIFIED | _COMMON_TRADITIONAL


def normalise_charset(name: str | None) -> str | None:
    """Return a Python codec name for ``name`` (GB2312/GBK widened to GB18030), or None if unknown."""
    if not name:
        return None
    key = name.strip().strip("\"'").lower()
    key = _ALIASES.get(key, key)
    try:
        return codecs.lookup(key).name
    except LookupError:
        return None


def declared_charset(body: bytes, content_type: str | None = None) -> str | None:
    """The charset named by the HTTP ``Content-Type``, else by an XML declaration or HTML meta tag."""
    if content_type:
        match = re.search(r"charset\s*=\s*\"?([A-Za-z0-9._:-]+)", content_type, re.IGNORECASE)
        if match and normalise_charset(match.group(1)):
            return normalise_charset(match.group(1))
    head = body[:2048]
    for pattern in (_XML_DECL, _META):
        found = pattern.search(head)
        if found:
            name = normalise_charset(found.group(1).decode("ascii", "ignore"))
            if name:
                return name
    return None


def _score(text: str) -> float:
    """Share of CJK characters that are common Chinese characters (0 when there are none)."""
    cjk = [ch for ch in text if "\u4e00" <= ch <= "\u9fff"]
    if not cjk:
        return 0.0
    return sum(1 for ch in cjk if ch in _COMMON) / len(cjk)


def detect(body: bytes, content_type: str | None = None) -> str:
    """Return the codec name that decodes ``body`` correctly (see the module docstring)."""
    if body.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    declared = declared_charset(body, content_type)
    # A UTF-8 declaration is often wrong on GBK sites; any declaration must at least decode.
    if declared:
        try:
            body.decode(declared)
            return declared
        except UnicodeDecodeError:
            pass
    try:
        body.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    scored: list[tuple[float, int, str]] = []
    for order, codec in enumerate(("gb18030", "big5hkscs")):
        try:
            text = body.decode(codec)
        except UnicodeDecodeError:
            continue
        scored.append((_score(text), -order, codec))
    if scored:
        best = max(scored)
        if best[0] > 0:
            return best[2]
    guess = from_bytes(body).best()
    if guess is not None and normalise_charset(guess.encoding):
        return normalise_charset(guess.encoding) or "utf-8"
    return declared or "gb18030"


def decode(body: bytes, content_type: str | None = None) -> str:
    """Decode ``body`` with :func:`detect`'s codec (undecodable bytes become U+FFFD)."""
    return body.decode(detect(body, content_type), errors="replace")


def strip_xml_encoding(text: str) -> str:
    """Drop the ``encoding=`` of an XML declaration from already-decoded text (it no longer applies)."""
    return re.sub(r"""^(\s*<\?xml[^>]*?)\sencoding\s*=\s*["'][^"']*["']""", r"\1", text, count=1)
