"""One decoding path for feeds and web pages, where Chinese sites often declare the wrong charset.

The bytes decide when a declaration and the bytes disagree:

1. A byte-order mark wins.
2. Bytes that are valid UTF-8 (and not plain ASCII) are UTF-8, whatever is declared: GBK or Big5
   text is practically never valid UTF-8, while "gb2312" declared on UTF-8 pages is common.
3. Otherwise the candidates are the declared charset (HTTP ``Content-Type``, then the XML
   declaration or HTML ``<meta>``), GB18030 (a superset of GB2312/GBK) and Big5-HKSCS. Each is
   decoded leniently (an invalid byte becomes U+FFFD instead of disqualifying the codec) and
   scored by how much it reads like Chinese; the best wins, the declaration on a tie.
4. Only a body that reads as Chinese in none of them goes to charset-normalizer (and a declared
   non-Chinese charset that decodes cleanly is kept).

:func:`mojibake_reason` tells decoded text that still looks wrong (undecodable bytes, UTF-8 read
as Latin-1, Chinese read as a Cyrillic or Latin code page, or runs of rare characters), so a
source can report it instead of publishing garbage.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from collectors.errors import ParseError

_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""", re.IGNORECASE)
_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030", "big5": "big5hkscs"}
_CHINESE = ("gb18030", "big5hkscs")

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
_CJK = re.compile(r"[\u4e00-\u9fff]")
_SAMPLE = 200_000
"""Bytes of a body looked at to choose its codec (the whole body is decoded with the choice)."""


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
    head = body[:4096]
    for pattern in (_XML_DECL, _META):
        found = pattern.search(head)
        if found:
            name = normalise_charset(found.group(1).decode("ascii", "ignore"))
            if name:
                return name
    return None


def chinese_score(text: str) -> float:
    """Share of CJK characters that are common Chinese characters (0 when there are none)."""
    cjk = _CJK.findall(text)
    if not cjk:
        return 0.0
    return sum(1 for ch in cjk if ch in _COMMON) / len(cjk)


def _reading(body: bytes, codec: str) -> float:
    """How well ``body`` reads as Chinese in ``codec``: common-character share, less undecodable bytes."""
    text = body.decode(codec, errors="replace")
    cjk = len(_CJK.findall(text))
    if cjk == 0:
        return 0.0
    bad = text.count("\ufffd")
    return chinese_score(text) - 2.0 * bad / (cjk + bad)


def detect(body: bytes, content_type: str | None = None) -> str:
    """Return the codec name that decodes ``body`` correctly (see the module docstring)."""
    if body.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if body.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    declared = declared_charset(body, content_type)
    sample = body[:_SAMPLE]
    try:
        sample.decode("utf-8")
        if not sample.isascii():
            return "utf-8"
        return declared or "utf-8"
    except UnicodeDecodeError as exc:
        # A multi-byte character cut by the sample's end is still UTF-8.
        if exc.start >= len(sample) - 3 and len(body) > _SAMPLE:
            return "utf-8"
    candidates = [c for c in dict.fromkeys((declared, *_CHINESE)) if c and c not in ("utf-8", "ascii")]
    scored = [(_reading(sample, codec), -order, codec) for order, codec in enumerate(candidates)]
    best = max(scored)
    if best[0] > 0.2:
        return best[2]
    if declared and declared not in ("utf-8", "ascii") and declared not in _CHINESE:
        try:
            sample.decode(declared)
            return declared
        except UnicodeDecodeError:
            pass
    guess = from_bytes(sample).best()
    if guess is not None and normalise_charset(guess.encoding):
        return normalise_charset(guess.encoding) or "gb18030"
    return best[2] if best[0] > 0 else declared or "gb18030"


def decode(body: bytes, content_type: str | None = None) -> str:
    """Decode ``body`` with :func:`detect`'s codec (undecodable bytes become U+FFFD)."""
    return body.decode(detect(body, content_type), errors="replace")


def strip_xml_encoding(text: str) -> str:
    """Drop the ``encoding=`` of an XML declaration from already-decoded text (it no longer applies)."""
    return re.sub(r"""^(\s*<\?xml[^>]*?)\sencoding\s*=\s*["'][^"']*["']""", r"\1", text, count=1)


# Letters a Chinese or UTF-8 text turns into when read with a single-byte code page.
_SINGLE_BYTE_RUN = re.compile(r"[\u0080-\u024f\u0370-\u03ff\u0400-\u04ff\u2010-\u203a\u20ac\u2122\uff61-\uff9f]{2,}")
_SINGLE_BYTE_CODECS = ("cp1252", "latin-1", "cp1251", "ptcp154", "koi8-r", "koi8-u", "cp874", "cp932", "cp1250")


def _reads_as_chinese(runs: list[str]) -> str | None:
    """The code page that turns ``runs`` back into Chinese bytes (GB18030 or UTF-8), if one does."""
    sample = "".join(runs)[:2000]
    for codec in _SINGLE_BYTE_CODECS:
        try:
            raw = sample.encode(codec)
        except UnicodeEncodeError:
            continue
        for target in ("utf-8", "gb18030"):
            text = raw.decode(target, errors="replace")
            if len(_CJK.findall(text)) >= 4 and chinese_score(text) >= 0.3 and text.count("\ufffd") * 5 < len(text):
                return f"Chinese text ({target}) read as {codec}"
    return None


def mojibake_reason(text: str) -> str | None:
    """Why ``text`` looks wrongly decoded, or None when it looks like readable text.

    Short texts (under ten non-ASCII characters) are never judged.
    """
    non_ascii = sum(1 for ch in text if ord(ch) > 127 and not ch.isspace())
    if non_ascii < 10:
        return None
    bad = text.count("\ufffd")
    if bad >= 5 and bad * 10 >= non_ascii:
        return f"{bad} of {non_ascii} non-ASCII characters could not be decoded"
    runs = _SINGLE_BYTE_RUN.findall(text)
    if sum(len(r) for r in runs) >= 8:
        found = _reads_as_chinese(runs)
        if found:
            return f"looks like mojibake: {found}"
    cjk = len(_CJK.findall(text))
    if cjk >= 30 and chinese_score(text) < 0.15:
        return "looks like mojibake: the Chinese characters are almost all rare ones (wrong codec)"
    return None


def require_readable(text: str, what: str) -> None:
    """Raise :class:`ParseError` when ``text`` (all of a document's decoded text) looks like mojibake."""
    reason = mojibake_reason(text)
    if reason:
        raise ParseError(f"{what} is not readable text, nothing published: {reason}")
