"""Article extraction from a detail page: title, main text, time and author.

Configured CSS selectors win; without them a small readability-style heuristic picks the block
with the most paragraph text (navigation, scripts, link lists and boilerplate removed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.html
from lxml import etree
from parsel import Selector

from collectors.config import WebSelectors
from collectors.normalize import element_text, find_date, html_to_text

_META_TIME = (
    "meta[property='article:published_time']::attr(content)",
    "meta[name='PubDate']::attr(content)",
    "meta[name='pubdate']::attr(content)",
    "meta[name='publishdate']::attr(content)",
    "time::attr(datetime)",
)
_META_AUTHOR = ("meta[name='author']::attr(content)", "meta[name='Author']::attr(content)")
_CANDIDATES = ("article", "main", "div", "section", "td")
_NEGATIVE = re.compile(r"nav|menu|footer|header|sidebar|comment|share|related|breadcrumb|copyright", re.I)


@dataclass(frozen=True)
class Article:
    title: str
    body_text: str
    published: str | None
    author: str | None


def _first(sel: Selector, query: str | None) -> str | None:
    if not query:
        return None
    values = [v.strip() for v in sel.css(query).getall() if v and v.strip()]
    return " ".join(values) if values else None


def main_text(html: str) -> str:
    """The visible text of the page's main content block."""
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return html_to_text(html)
    for bad in root.xpath("//script|//style|//noscript|//iframe|//nav|//header|//footer|//aside|//form"):
        bad.drop_tree()
    best, best_score = None, 0.0
    for el in root.iter(*_CANDIDATES):
        marker = f"{el.get('class', '')} {el.get('id', '')}"
        if _NEGATIVE.search(marker):
            continue
        paragraphs = el.xpath("./p|./div[not(div)]")
        text_len = sum(len(p.text_content().strip()) for p in paragraphs)
        link_len = sum(len(a.text_content()) for a in el.xpath(".//a"))
        score = text_len - 2 * link_len
        if score > best_score:
            best, best_score = el, score
    if best is None:
        body = root.find("body")
        best = body if body is not None else root
    return element_text(best)


def extract_article(html: str, selectors: WebSelectors) -> Article:
    """Extract one article from ``html`` using ``selectors`` where given."""
    sel = Selector(text=html)
    title = _first(sel, selectors.title) or _first(sel, "h1 ::text") or _first(sel, "title::text") or ""
    if selectors.body:
        fragment = "".join(sel.css(selectors.body).getall())
        body_text = html_to_text(fragment)
    else:
        body_text = main_text(html)
    published = _first(sel, selectors.time)
    if not published:
        published = next((v for q in _META_TIME if (v := _first(sel, q))), None)
    if not published:
        published = find_date(" ".join(sel.css("body *:not(script):not(style)::text").getall()))
    author = _first(sel, selectors.author) or next((v for q in _META_AUTHOR if (v := _first(sel, q))), None)
    if author:
        author = re.sub(r"^(作者|来源|发布者|记者)[:：\s]*", "", author).strip() or None
    return Article(
        title=html_to_text(title).replace("\n", " "), body_text=body_text, published=published, author=author
    )
