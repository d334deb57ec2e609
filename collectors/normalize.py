"""Normalisation of collected items: canonical URLs, clean text, times, content fingerprints.

Everything here is a pure function: no I/O, the current time is passed in.
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import lxml.html
from lxml import etree

from models.timeutil import SHANGHAI, ensure_aware, not_in_future

TRACKING_PARAMS = frozenset(
    {
        "spm", "from", "source", "share", "share_token", "sharer", "fbclid", "gclid", "yclid", "msclkid",
        "mc_cid", "mc_eid", "scene", "srcid", "clicktime", "enterid", "isappinstalled", "wfr", "_hsenc",
        "_hsmi", "ref", "ref_src", "vd_source", "share_source", "share_medium", "timestamp", "utm",
    }
)  # fmt: skip
_DROP_TAGS = (
    "script", "style", "noscript", "iframe", "nav", "header", "footer", "aside", "template", "svg",
    "input", "select", "textarea", "button",
)  # fmt: skip
_BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "blockquote", "pre"}
)
_BOILERPLATE = re.compile(
    r"^(首页|上一篇|下一篇|返回顶部|打印本页|关闭窗口|分享到|责任编辑|【字体|字号|扫一扫|版权所有|Copyright).{0,60}$"
)


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, drop default ports, fragments and tracking parameters (utm_*...)."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port is None or (scheme, port) in {("http", 80), ("https", 443)} else f"{host}:{port}"
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith("utm_") and k.lower() not in TRACKING_PARAMS
    ]
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query, doseq=True), ""))


def _collapse(text: str) -> str:
    lines = []
    for raw in text.splitlines():
        line = re.sub(r"[ \t\u3000\xa0]+", " ", raw).strip()
        if line and not _BOILERPLATE.match(line):
            lines.append(line)
    return "\n".join(lines)


_HTML_TAG = re.compile(
    r"<(?:!--|!\[CDATA\[|/?(?:p|div|br|span|a|img|b|i|u|s|em|strong|font|small|big|sub|sup|ul|ol|li|dl|dt|dd"
    r"|table|thead|tbody|tr|td|th|h[1-6]|section|article|header|footer|nav|aside|main|blockquote|pre|code|hr"
    r"|script|style|iframe|form|input|label|center|figure|figcaption|video|audio|source|html|body|head|meta|link"
    r"|title|o:p)(?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'=<>`]+))?)*\s*/?>)",
    re.IGNORECASE,
)
_ENTITY = re.compile(r"&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


def strip_controls(text: str) -> str:
    """``text`` without control characters (C0 except tab and line breaks, DEL, C1, non-characters)."""
    return _CONTROL.sub("", text)


def looks_like_html(text: str) -> bool:
    """True when ``text`` holds an HTML tag or entity; plain text such as ``a<b 且 c>d`` does not."""
    return bool(_HTML_TAG.search(text) or _ENTITY.search(text))


def plain_text(text: str) -> str:
    """Plain text kept as written: control characters removed, spaces collapsed, blank lines dropped."""
    lines = (re.sub(r"[ \t\u3000\xa0]+", " ", line).strip() for line in strip_controls(text).splitlines())
    return "\n".join(line for line in lines if line)


def html_to_text(fragment: str) -> str:
    """Visible text of an HTML fragment: scripts, styles, navigation and boilerplate lines removed.

    Text that is not HTML (no tag, no entity) is returned as plain text, intact: ``a<b 且 c>d``
    stays ``a<b 且 c>d``. Control characters never survive.
    """
    fragment = strip_controls(fragment or "")
    if not looks_like_html(fragment):
        return plain_text(fragment)
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return _collapse(html.unescape(re.sub(r"<[^>]+>", " ", fragment)))
    return element_text(root)


def element_text(root: lxml.html.HtmlElement) -> str:
    """Visible text of a parsed element with one line per block (the element is modified)."""
    for bad in root.xpath("|".join(f".//{t}" for t in _DROP_TAGS)):
        bad.drop_tree()
    for comment in root.xpath(".//comment()"):
        comment.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCK_TAGS:
            el.tail = "\n" + (el.tail or "")
            if el.tag.lower() == "br":
                continue
            el.text = "\n" + (el.text or "")
    return _collapse(root.text_content())


def clean_title(title: str | None) -> str:
    """A one-line title without markup (when it is HTML) or control characters, at most 1000 characters."""
    text = html_to_text(title or "").replace("\n", " ")
    return text[:1000]


_CN_DATE = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:[\sT]*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?"
)


def find_date(text: str) -> str | None:
    """The first date-like substring of ``text`` (``2026-11-20 09:30``, ``2026年11月20日``), if any."""
    match = _CN_DATE.search(text or "")
    return match.group(0) if match else None


def parse_time(value: str | None) -> datetime | None:
    """Parse RFC 822, ISO 8601, Chinese or epoch times; naive ones are Asia/Shanghai. None if unparseable."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    if re.fullmatch(r"\d{10}(\d{3})?", text):
        seconds = int(text) / (1000 if len(text) == 13 else 1)
        return datetime.fromtimestamp(seconds, UTC)
    try:
        return ensure_aware(datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        pass
    try:
        return ensure_aware(parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError):
        pass
    match = _CN_DATE.search(text)
    if match:
        y, mo, d, h, mi, s = (int(g) if g else 0 for g in match.groups())
        try:
            return datetime(y, mo, d, h, mi, s, tzinfo=SHANGHAI).astimezone(UTC)
        except ValueError:
            return None
    return None


def published_time(value: str | None, now: datetime, fallback: datetime | None = None) -> datetime:
    """The published time of an item: parsed, never in the future, ``fallback`` or ``now`` when absent."""
    parsed = parse_time(value) or fallback or now
    return not_in_future(ensure_aware(parsed), now, slack=timedelta(0))


def fingerprint_text(title: str, text: str) -> str:
    """What identity is judged on: the body when substantial, else title and body; NFKC, no spaces."""
    basis = text if len(text) >= 40 else f"{title}\n{text}"
    basis = unicodedata.normalize("NFKC", basis)
    return re.sub(r"[\s\W_]+", "", basis).lower()


def content_hash(title: str, text: str) -> str:
    """SHA-256 (hex) of the fingerprint text: equal for exact copies."""
    return hashlib.sha256(fingerprint_text(title, text).encode("utf-8")).hexdigest()
