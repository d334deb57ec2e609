"""Pages a script draws: their text is in a script's data, not in the HTML a web source reads.

A 今日头条 article served as a shell (``var BASE_DATA = {…content: '…'}``), a 微博 status
(``var $render_data = [{status: {text: …}}]``), a 抖音 page (``RENDER_DATA`` percent-encoded), a
Vue or React site (``<div id="app"></div>`` and ``window.__INITIAL_STATE__``), a Next.js page
without its markup:
the HTML has no article text and no list of links, while its scripts hold the Chinese text a
browser would show. Taken as what its HTML shows, such a page is an article without text or,
worse, a "list" of its navigation links. :func:`script_rendered` recognises one and says what
the desk can use instead: a feed the page names, or the JSON API its script reads, as a
``json_api`` source.

A page that does show its site (navigation, a hot-links sidebar, a notice) but whose article a
script writes into an empty element is not such a shell: :func:`script_prose` finds the prose in
its scripts' strings, which the extractor reads when one string holds it (``var content =
"<p>…</p>"``, ``window.DATA = {"content": …}``) and reports (正文由脚本加载) when it does not.
"""

from __future__ import annotations

import html as htmllib
import re
from dataclasses import dataclass
from urllib.parse import unquote, urljoin

from collectors.normalize import html_to_text
from collectors.web.dom import Element, drop_invisible, parse_html, text_content

_CJK = re.compile(r"[\u4e00-\u9fff]|\\u[4-9][0-9a-fA-F]{3}")
"""A Chinese character, written out or escaped in JSON (``\\u6c5f``)."""
_DATA_NAME = re.compile(
    r"__NEXT_DATA__|__NUXT__|__INITIAL_STATE__|__PRELOADED_STATE__|__APOLLO_STATE__|_SSR_HYDRATED_DATA|"
    r"RENDER_DATA|\$render_data|BASE_DATA|__INITIAL_DATA__|window\.[A-Za-z_$][\w$]*\s*="
)
_MOUNT = re.compile(
    r"""<div\b[^>]*\bid\s*=\s*["']?(?:app|root|__next|__nuxt|app-root|container)\b[^>]*>\s*</div>""", re.I
)
"""An empty element a script mounts the page into."""
_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
_API = re.compile(r"""["'`]((?:https?:)?(?://[\w.-]+)?/[\w./-]*(?:api|json|ajax)[\w./-]*(?:\?[^"'`\s]*)?)["'`]""")
MIN_SCRIPT_TEXT = 100
"""Chinese characters a page's scripts hold at least to be taken for the page's text."""
SCRIPT_SHARE = 3
"""…and at least this many times what the page shows."""
MAX_SHOWN = 400
"""Chinese characters a script-drawn page shows at most (a shell's navigation and footer)."""


_STRING = re.compile(r""""([^"\\\n]*(?:\\.[^"\\\n]*)*)"|'([^'\\\n]*(?:\\.[^'\\\n]*)*)'|`([^`\\]*(?:\\.[^`\\]*)*)`""")
"""A script's string literal in any of JavaScript's quotes (JSON's too), written unrolled so that a
long script is scanned in one pass of runs rather than character by character."""
_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)", re.DOTALL)
_SENTENCE_END = re.compile(r"[。！？]|\\u3002|\\uff01|\\uff1f", re.IGNORECASE)
MIN_PROSE_STRING = 20
"""Chinese characters a string holds at least, with a sentence end, to count as prose (a menu's
names and a form's 请输入手机号 are not)."""
ONE_STRING_SHARE = 0.6
"""The share of the scripts' prose one string holds at least to be read as the article."""


@dataclass(frozen=True)
class ScriptProse:
    """The prose a page's scripts hold in their strings (:func:`script_prose`)."""

    chars: int
    """Chinese characters in the strings that are prose (sentences, not names)."""
    text: str | None
    """The article as text, when one string holds most of that prose (``var content = "<p>…</p>"``)."""


def _unescape(literal: str) -> str:
    """A JavaScript string literal's value: ``\\uXXXX``, ``\\xXX``, ``\\n``, ``\\"``, ``\\/`` … decoded."""

    def one(match: re.Match[str]) -> str:
        code = match.group(1)
        if code[0] in "ux" and len(code) > 1:
            return chr(int(code[1:], 16))
        return {"n": "\n", "t": " ", "r": "", "b": "", "f": ""}.get(code, code)

    value = _ESCAPE.sub(one, literal)
    return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")  # escaped surrogate pairs


def scripts_text(html: str) -> str:
    """The inline scripts of ``html`` that hold Chinese, their escapes decoded (``\\u6c5f`` → 江)."""
    return "\n".join(
        _unescape(body)
        for attrs, body in _SCRIPT.findall(html)
        if "text/xml" not in attrs.lower() and _cjk(body) >= MIN_PROSE_STRING
    )


def script_prose(html: str) -> ScriptProse:
    """The Chinese prose the inline scripts of ``html`` hold in their string literals: a page whose
    article a script writes into an empty element (``var content = "<p>…</p>"; $('#zoom').html(content)``,
    ``window.DATA = {"content": …}``, ``<script type="application/json">``). The strings counted
    have :data:`MIN_PROSE_STRING` Chinese characters and a sentence end; the article is read when
    one string holds :data:`ONE_STRING_SHARE` of them (markup in it is rendered as the page's
    would be), else only the count is given and the page cannot be read from its HTML."""
    strings: list[tuple[int, str]] = []
    for attrs, body in _SCRIPT.findall(html):
        if "text/xml" in attrs.lower() or not _CJK.search(body):
            continue
        for match in _STRING.finditer(body):
            literal = match.group(match.lastindex or 0)
            if len(literal) < MIN_PROSE_STRING or not _SENTENCE_END.search(literal):
                continue
            chars = _cjk(literal)
            if chars >= MIN_PROSE_STRING:
                strings.append((chars, literal))
    total = sum(chars for chars, _literal in strings)
    if not strings:
        return ScriptProse(0, None)
    chars, literal = max(strings)
    if chars < ONE_STRING_SHARE * total:
        return ScriptProse(total, None)
    value = _unescape(literal)
    if "&lt;" in value:
        value = htmllib.unescape(value)  # markup sent escaped as text (&lt;p&gt;…)
    text = html_to_text(value)
    return ScriptProse(total, "\n".join(line.strip() for line in text.split("\n") if line.strip()) or None)


def _readable(script: str) -> str:
    """A script's text, URL-decoded when it is JSON sent percent-encoded (抖音's ``RENDER_DATA``: ``%7B%22…``)."""
    stripped = script.strip()
    return unquote(stripped) if stripped.startswith(("%7B", "%5B")) else script


def cjk_count(text: str) -> int:
    """Chinese characters in ``text``, written out or escaped in JSON."""
    return len(_CJK.findall(text))


_cjk = cjk_count


def script_rendered(html: str, base_url: str) -> str | None:
    """Why ``html`` is a page a script draws, with the desk's alternative; None when its HTML shows its text.

    A page is script-drawn when its scripts hold at least :data:`MIN_SCRIPT_TEXT` Chinese characters,
    :data:`SCRIPT_SHARE` times what it shows, it shows at most :data:`MAX_SHOWN`, and it has a page's
    data (``__NEXT_DATA__``, ``window.x = …``, ``BASE_DATA``) or an empty mount point
    (``<div id="app">``). A page that shows its article as well as shipping it as data (澎湃's
    Next.js pages) is not.
    """
    scripts = [(attrs, body) for attrs, body in _SCRIPT.findall(html) if "text/xml" not in attrs.lower()]
    data = "\n".join(_readable(body) for _attrs, body in scripts)
    in_scripts = _cjk(data)
    if in_scripts < MIN_SCRIPT_TEXT:
        return None
    named = _DATA_NAME.search(data) or _DATA_NAME.search(" ".join(attrs for attrs, _body in scripts))
    if named is None and not _MOUNT.search(html):
        return None  # Chinese in scripts without a page's data (a menu, a counter), not a drawn page
    root = parse_html(html)
    feeds = _feeds(root, base_url)
    body = root.find("body")
    drop_invisible(root)
    shown = _cjk(text_content(body)) if body is not None and body.getparent() is not None else 0
    if shown > MAX_SHOWN or shown * SCRIPT_SHARE > in_scripts:
        return None
    where = f" ({named.group(0).rstrip(' =')})" if named else ""
    reason = (
        f"the page is rendered by script: its text is in a script's data{where} ({in_scripts} Chinese characters)"
        f" while its HTML shows {shown}, and a web source reads only the HTML"
    )
    if feeds:
        return f"{reason}; the page names a feed, add it as an rss source: {', '.join(feeds[:2])}"
    apis = list(dict.fromkeys(urljoin(base_url, m.group(1)) for m in _API.finditer(data)))
    api = f" (its script reads {', '.join(apis[:2])})" if apis else ""
    return (
        f"{reason}; use the site's RSS feed as an rss source, or the JSON API the page's script reads{api}"
        " as a json_api source"
    )


def _feeds(root: Element, base_url: str) -> list[str]:
    """The feeds the page's ``<link rel="alternate">`` tags name."""
    out = []
    for link in root.iter("link"):
        kind = (link.get("type") or "").lower()
        if "alternate" in (link.get("rel") or "").lower() and kind.endswith(("rss+xml", "atom+xml")):
            href = (link.get("href") or "").strip()
            if href:
                out.append(urljoin(base_url, href))
    return out
