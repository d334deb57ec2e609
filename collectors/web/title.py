"""The headline of an article page, and nothing else.

Candidates are single elements (never several joined): headings ``<h1>``–``<h6>`` and elements
whose class or id says title. The page's own statements of its title are ``<title>``,
``og:title`` and the ``ArticleTitle`` meta of Chinese government sites. In order:

Each candidate is scored on three signs of a headline: its text (punctuation and spaces aside)
lies inside one of those statements (``<title>`` is usually "headline_column_site", while a logo
``<h1>`` such as 网易商业 is not part of it); it is headline-long (six characters or more); and it
is the candidate nearest before the article text (a column heading or logo sits further up, a
sub-heading inside the text). A candidate that is part of a longer candidate the page's statements
hold (the headline repeated without its column tag, ``2023任务清单`` under ``[校电]2023任务清单``)
loses. The best candidate with at least two of the signs wins, else the
``ArticleTitle``/``og:title`` meta, else ``<title>``, each without a trailing site name (the
first segment before ``_``, ``|``, `` - ``, ``--``).

Placeholders such as 无标题文档 are never a title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice
from urllib.parse import urlsplit

from collectors.web.dom import Element, text_content
from collectors.web.meta import either

_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_TITLE_MARK = re.compile(r"title|headline|biaoti|\bbt\b|tit\b", re.IGNORECASE)
_NOT_TITLE_MARK = re.compile(r"subtitle|sub-title|sub_title|sitetitle|site-title|logo|nav|menu", re.IGNORECASE)
_MASTHEAD = re.compile(r"logo|masthead|banner|site-?name|top-?bar|\btop\b", re.IGNORECASE)
_INFO_LABEL = re.compile(
    "(" + either(r"发布时间|发布日期|发表时间|时\s*间|日\s*期|来\s*源|作\s*者|浏览|点击") + r")\s*[:：]"
)
"""An info line (发布时间：…) is never the headline, whatever its class says."""
_KEY_DROP = re.compile(r"[\W_]+", re.UNICODE)
_SEPARATORS = re.compile(r"\s*(?:_|\||｜|\s-\s|--|——|\s—\s|\s–\s|::)\s*")
_ANY_SEPARATOR = re.compile(r"\s*(?:[-_|｜–—·:：]+|\s+)\s*")
"""Where a ``<title>`` may be cut when the page itself shows the part before the cut (``headline-site``)."""
_BOLD = re.compile(r"font-weight:(?:bold|bolder|[6-9]00)")
_FONT_SIZE = re.compile(r"font-size:(\d+(?:\.\d+)?)(px|pt)")
_STYLE_TAGS = frozenset({"font", "b", "strong", "span", "em", "u", "i", "big"})
"""Inline tags that style a headline inside its block."""
_SITE_NAME = re.compile(r"\S{2,16}(?:政府|网|网站|门户|平台|局|委|委员会|办|办公室|厅|院|中心|站|馆|报)")
MAX_STYLED = 60
"""Characters a styled block may have and still be taken for the headline."""
_PLACEHOLDERS = frozenset({"无标题文档", "无标题页", "untitleddocument", "untitled", "首页", "newpage1", "document"})
MAX_TITLE = 200
_SMALL = 8
"""Elements (itself included) a block may have and still be looked at as a headline shown alone."""
NEAR = 40
"""How many elements before the article text a heading may sit and still be taken as its title."""


def key(text: str) -> str:
    """Text reduced to letters and digits (CJK included), lower case: how titles are compared."""
    return _KEY_DROP.sub("", text).lower()


def clean(text: str | None) -> str:
    return " ".join((text or "").split())


@dataclass(frozen=True)
class TitleClaims:
    """What the page's ``<head>`` says its title is (read before the head is dropped)."""

    title: str = ""
    meta: tuple[str, ...] = ()
    """``ArticleTitle``, ``og:title`` and similar metas, most specific first."""

    @classmethod
    def read(cls, root: Element) -> TitleClaims:
        titles = [clean(text_content(t)) for t in root.iter("title")]
        title = next((t for t in titles if t and key(t) not in _PLACEHOLDERS), "")
        metas = []
        for query in (
            "//meta[@name='ArticleTitle']/@content",
            "//meta[@name='articletitle']/@content",
            "//meta[@property='og:title']/@content",
            "//meta[@name='og:title']/@content",
            "//meta[@name='twitter:title']/@content",
        ):
            metas += [clean(v) for v in root.xpath(query) if clean(v) and key(v) not in _PLACEHOLDERS]
        # A meta cut short by an unescaped quote (content="a "b" c") is only the start of <title>.
        metas = [m for m in metas if not (key(title).startswith(key(m)) and len(key(m)) < len(key(title)))]
        return cls(title=title, meta=tuple(dict.fromkeys(metas)))


def _masthead(el: Element) -> bool:
    """True when ``el`` is the site's logo or masthead: inside a link home or a logo/banner block.

    A ``<header>`` or a block named "header" is no sign: news and government pages use it as often
    for the article's own header (headline, time, 来源) as for the site's.
    """
    node: Element | None = el
    for _level in range(4):
        if node is None:
            return False
        if node.tag == "a" and urlsplit(node.get("href") or "").path.strip("/") in ("", "index.html", "index.htm"):
            return True
        if _MASTHEAD.search(f"{node.get('class', '')} {node.get('id', '')}"):
            return True
        node = node.getparent()
    return False


def _candidates(root: Element) -> list[tuple[int, str, bool]]:
    """(document position, text, is masthead) of every element that may hold the headline."""
    out = []
    for position, el in enumerate(root.iter()):
        if not isinstance(el.tag, str):
            continue
        marker = f"{el.get('class', '')} {el.get('id', '')}"
        if el.tag in _HEADINGS or (_TITLE_MARK.search(marker) and not _NOT_TITLE_MARK.search(marker)):
            text = clean(text_content(el))
            if len(key(text)) >= 4 and len(text) <= MAX_TITLE and not _INFO_LABEL.match(text):
                home = any(_masthead(a) for a in el.iter("a"))
                out.append((position, text, home or _masthead(el)))
    return out


def _styled(el: Element) -> bool:
    """Whether ``el`` is set as a headline by its style: bold or large (``<font style="font-size:20px;
    font-weight:bold">``, ``<b>``, ``<font size="5">``)."""
    if el.tag in ("b", "strong"):
        return True
    style = (el.get("style") or "").replace(" ", "").lower()
    size = _FONT_SIZE.search(style)
    if _BOLD.search(style) or (size and float(size.group(1)) >= (14 if size.group(2) == "pt" else 18)):
        return True
    return (
        el.tag == "font"
        and (el.get("size") or "").strip().lstrip("+").isdigit()
        and int(el.get("size", "").strip().lstrip("+")) >= 4
    )


def _site_name_only(title: str) -> bool:
    """Whether ``title`` is only a site's or an office's name (镇平县人民政府, 某某市教育局门户网站): one
    segment, short, ending as such names end."""
    return len(_SEPARATORS.split(title.strip())) == 1 and bool(_SITE_NAME.fullmatch(title.strip()))


def _styled_headline(root: Element, content_start: int | None) -> str | None:
    """A headline a page without headings or title classes sets in a styled block just above the
    text (old table-layout government pages: a bold red ``<font>`` in a cell), if any: the last styled
    element within :data:`NEAR` elements before the text that fills its block alone, headline-long
    and no sentence, no info line, no link, no logo."""
    if content_start is None:
        return None
    found = None
    for position, el in enumerate(root.iter()):
        if position >= content_start:
            break
        if position < content_start - NEAR or not isinstance(el.tag, str) or not _styled(el):
            continue
        text = clean(text_content(el))
        block = el
        while block.tag in _STYLE_TAGS and block.getparent() is not None:
            block = block.getparent()
        if key(clean(text_content(block))) != key(text) or any(True for _ in el.iter("a")) or _masthead(el):
            continue
        if 6 <= len(key(text)) <= MAX_STYLED and "。" not in text and not _INFO_LABEL.search(text):
            found = text
    return found


def shown_part(root: Element, title: str) -> str | None:
    """The longest part of ``title`` (cut at a separator) that the page shows as a block of its own.

    ``<title>`` is "headline-site" with separators of every kind (``-`` without spaces included);
    the headline is the part the page also shows on its own, wherever it is (a ``<td>``, a
    ``<span>``). None when the page shows no part of it.
    """
    cuts = [m.start() for m in _ANY_SEPARATOR.finditer(title)] + [len(title)]
    wanted = {key(title[:cut]) for cut in cuts if len(key(title[:cut])) >= 4}
    if not wanted:
        return None
    longest = max(len(k) for k in wanted)
    shown: set[str] = set()
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("html", "body", "head", "title"):
            continue
        if len(el.text or "") > 2 * longest + 20 or sum(1 for _ in islice(el.iter(), _SMALL + 1)) > _SMALL:
            continue  # only small blocks can be the headline alone
        k = key(text_content(el))
        if k in wanted:
            shown.add(k)
    for cut in sorted(cuts, reverse=True):
        if key(title[:cut]) in shown:
            return title[:cut].strip()
    return None


def strip_site(text: str) -> str:
    """``text`` without trailing "_column_site" segments (the first segment, if it is long enough)."""
    parts = [p for p in _SEPARATORS.split(text) if p.strip()]
    if len(parts) > 1 and len(key(parts[0])) >= 4:
        return parts[0].strip()
    return text.strip()


def pick_title(root: Element, claims: TitleClaims, content_start: int | None, override: str | None = None) -> str:
    """The headline of the page ``root`` (cleaned tree); ``content_start`` is the article text's position."""
    if override:
        return clean(override)
    statements = [key(s) for s in (claims.title, *claims.meta) if s]
    headlines: set[str] = set()
    site_names: set[str] = set()
    for statement in (claims.title, *claims.meta):
        # "headline_column_site", sometimes "column--headline": the headline is the first segment
        # or a longer later one; shorter later segments are the column and the site.
        segments = [key(part) for part in _SEPARATORS.split(statement) if key(part)]
        if not segments:
            continue
        headlines.update(seg for seg in segments if len(seg) >= max(6, len(segments[0])))
        if statement == claims.title:
            site_names.update(seg for seg in segments[1:] if len(seg) < len(segments[0]))
    candidates = _candidates(root)
    nearest = None
    if content_start is not None:
        before = [p for p, _, masthead in candidates if content_start - NEAR <= p < content_start and not masthead]
        nearest = before[-1] if before else None
    stated = [key(text) for _, text, _ in candidates if any(key(text) in st for st in statements)]
    best: tuple[float, int, str] | None = None
    for position, text, masthead in candidates:
        k = key(text)
        at = min((st.find(k) for st in statements if k in st), default=-1)
        score = 0.0
        if any(k != longer and k in longer for longer in stated):
            score -= 3.0  # a shortened repeat ("2023任务清单" under "[校电]2023任务清单") of a heading <title> states
        if masthead:
            score -= 3.0
        if any(h != k and h in k for h in headlines):
            score -= 3.0  # the headline and more: its block with the info line, or two headings joined
        if k in site_names:
            score -= 2.0
        elif at >= 0:
            score += 3.0 + (0.5 if at == 0 else 0.0)
        score += 2.0 if len(k) >= 8 else 1.0 if len(k) >= 6 else 0.0
        if position == nearest:
            score += 3.0
        elif content_start is not None and content_start - NEAR <= position < content_start:
            score += 1.0
        elif content_start is not None and position > content_start:
            score -= 1.0
        entry = (score, len(k), text)
        if best is None or entry[:2] > best[:2]:
            best = entry
    if best is not None and best[0] >= 4.0:
        return best[2]
    styled = None if claims.meta else _styled_headline(root, content_start)
    if styled and _site_name_only(claims.title) and key(styled) not in key(claims.title):
        return styled  # <title> names only the site (镇平县人民政府) and the page shows the headline styled
    if claims.meta:
        return strip_site(claims.meta[0])
    if claims.title:
        return shown_part(root, claims.title) or strip_site(claims.title)
    return best[2] if best is not None else ""
