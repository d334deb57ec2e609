"""Article extraction from a detail page: title, main text, publish time, author, 来源 and the
信息公开 index fields.

Configured CSS selectors win field by field; without them the page is parsed robustly
(:mod:`collectors.web.dom`), the main text is found by :mod:`collectors.web.content`, the headline
by :mod:`collectors.web.title` and the facts by :mod:`collectors.web.meta`. An article a script
writes into the page from a string of its own (``var content = "<p>…</p>"``) is read from that
string (:mod:`collectors.web.scripted`). A page that yields no text, text that looks wrongly
decoded, or whose text is only in its scripts' data raises :class:`~collectors.errors.ParseError`:
it is an error on the source, never an empty item or the page's navigation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parsel import Selector

from collectors.config import WebSelectors
from collectors.encoding import require_readable
from collectors.errors import ParseError, ScriptDrawnError
from collectors.normalize import html_to_text
from collectors.web.content import ContentScorer
from collectors.web.dom import drop_invisible, parse_html, text_content
from collectors.web.meta import cell_index_fields, either, head_facts, page_facts
from collectors.web.origin import breadcrumb_account, marked_origin, named_account
from collectors.web.scripted import MAX_SHOWN, MIN_SCRIPT_TEXT, SCRIPT_SHARE, cjk_count, script_prose, scripts_text
from collectors.web.title import TitleClaims, key, pick_title

INFO_SPAN = 60
"""Elements before the article text searched for its info line (发布时间, 来源 …)."""
_INFO_LABELS = (
    "发布时间", "发布日期", "时间", "日期", "来源", "作者", "浏览", "点击", "阅读", "字号", "原标题", "标题",
    "索引号", "发文机关", "发布机构", "成文日期", "主题分类", "文号", "发文字号", "主题词", "有效性", "体裁分类",
)  # fmt: skip
_INFO_LINE = re.compile("(" + either("|".join(r"\s*".join(label) for label in _INFO_LABELS)) + r")\s*[:：]")
"""An info or 信息公开 index label, spaces inside allowed (索 引 号：, 标　　题：)."""
_PROSE_LINE = re.compile(r"[。！？!?]\s*\S")
"""Two sentences or more: a line opened by a label that is the text's first paragraph (a dateline,
``日期:1月21日，凱爾特人在主場…大勝湖人。這是…``), never an info line."""
MAX_INDEX_VALUE = 60
_SENTENCE = re.compile(r"[，。！？；]")
"""Characters the value line under a label-only line (a table's label cell) may have."""


def _headline_lines(lines: list[str], title_key: str) -> int:
    """How many of the first ``lines`` spell the headline (a long one is often split over lines), or
    the headline without the column tag it opens with ([校电]…, 【通知】…: the tail of it, at least
    three fifths)."""
    spelled = ""
    for count, line in enumerate(lines[:4], start=1):
        spelled += key(line)
        if not spelled or spelled not in title_key:
            return 0
        if spelled == title_key or (title_key.endswith(spelled) and len(spelled) * 5 >= len(title_key) * 3):
            return count
    return 0


def _drop_heading_lines(body: str, title: str) -> str:
    """``body`` without the headline and info lines (发布时间、来源、浏览次数 …) that open it."""
    lines = body.split("\n")
    title_key = key(title)
    while lines:
        if title_key and (count := _headline_lines(lines, title_key)):
            del lines[:count]
        elif len(lines[0]) <= 160 and _INFO_LINE.search(lines[0]) and not _PROSE_LINE.search(lines[0]):
            label_only = _INFO_LINE.fullmatch(lines.pop(0).strip())
            # A label cell of an index table puts its value on the next line: it goes with the label.
            # A value is a code, a name or a date, never a sentence (the first line of the text).
            value = lines[0] if lines else ""
            if (
                label_only
                and len(value) <= MAX_INDEX_VALUE
                and not _INFO_LINE.search(value)
                and not _SENTENCE.search(value)
            ):
                lines.pop(0)
        else:
            break
    return "\n".join(lines)


SHOWN_KEY = 20
"""Letters of the HTML's first line looked for in the scripts' data: the HTML shows the text they hold."""


def _script_drawn(html: str, body_text: str, title: str, where: str) -> str:
    """``body_text``, or the article a script of the page writes in when the HTML shows little of it
    (:func:`~collectors.web.scripted.script_prose`: several times the HTML's Chinese text).

    The article is read from the one string holding it when the HTML shows less than a paragraph
    (:data:`MIN_SCRIPT_TEXT`) or an excerpt of that string. Raises :class:`ScriptDrawnError`
    (正文由脚本加载) when the HTML shows less than a paragraph that the scripts do not also hold, and
    their prose is not in one string: the page's scraps are never its text. A short article its
    HTML shows, repeated in the page's data beside its related stories' summaries, keeps its HTML."""
    shown = cjk_count(body_text)
    if shown >= MAX_SHOWN:
        return body_text
    prose = script_prose(html)
    if prose.chars < MIN_SCRIPT_TEXT or prose.chars <= SCRIPT_SHARE * shown:
        return body_text
    first = key(body_text.split("\n", 1)[0])[:SHOWN_KEY]
    if prose.text is not None and (shown < MIN_SCRIPT_TEXT or (first and first in key(prose.text))):
        return _drop_heading_lines(prose.text, title)
    if shown < MIN_SCRIPT_TEXT and not (first and first in key(scripts_text(html))):
        raise ScriptDrawnError(
            f"正文由脚本加载: the article's text is in the page's scripts ({prose.chars} Chinese characters of"
            f" prose in their data) while its HTML shows {shown}{where}, and a web source reads only the HTML;"
            " use the site's RSS feed as an rss source, or the JSON API the page's script reads as a json_api source"
        )
    return body_text


@dataclass(frozen=True)
class Article:
    title: str
    body_text: str
    published: str | None
    author: str | None
    origin: str | None = None
    """来源, when the page names one."""
    index_fields: dict[str, str] = field(default_factory=dict)
    """信息公开 index fields (索引号, 发文机关, 成文日期 …) when the page has them."""


def _css(html: str, query: str | None) -> str | None:
    if not query:
        return None
    values = [v.strip() for v in Selector(text=html).css(query).getall() if v and v.strip()]
    return " ".join(values) if values else None


def extract_article(html: str, selectors: WebSelectors | None = None, *, url: str | None = None) -> Article:
    """Extract one article from decoded ``html``, using ``selectors`` where given.

    Raises :class:`ParseError` when the page has no article text or its text is not readable.
    """
    selectors = selectors or WebSelectors()
    where = f" at {url}" if url else ""
    root = parse_html(html)
    claims = TitleClaims.read(root)
    head = head_facts(root)
    drop_invisible(root)
    scorer = ContentScorer(root)
    best = scorer.best()
    positions = {el: i for i, el in enumerate(root.iter())}
    first = scorer.first_text(best)
    content_start = positions[first] if first is not None else None

    body_text = html_to_text("".join(Selector(text=html).css(selectors.body).getall())) if selectors.body else None
    if body_text is None:
        body_text = scorer.render(best)
    title = pick_title(root, claims, content_start, override=_css(html, selectors.title))
    title = html_to_text(title).replace("\n", " ")
    if not selectors.body:
        shown = _drop_heading_lines(body_text, title)
        body_text = _script_drawn(html, shown, title, where)
        if body_text is not shown:
            # The text a script writes in goes below the headline and its info line, which the
            # HTML's best block (the headline, a sidebar) may come before: look on both sides of it.
            content_start = None if content_start is None else content_start + INFO_SPAN // 2
    if not body_text.strip():
        raise ParseError(f"no article text found{where}")
    require_readable(f"{title}\n{body_text}", f"the page{where}")

    ordered = list(positions)
    start = content_start if content_start is not None else 0
    above = ordered[max(0, start - INFO_SPAN) : start]
    lead = " ".join(" ".join(t for t in (el.text, el.tail) if t and isinstance(el.tag, str)) for el in above)
    info = f"{lead}\n{body_text[:300]}\n{body_text[-300:]}"
    page = text_content(root)
    facts = page_facts(
        head,
        info,
        page,
        cell_index_fields(root),
        marked=marked_origin(above, body_text.split("\n", 1)[0]),
        account=breadcrumb_account(lead),
        named=named_account(above),
    )
    published = _css(html, selectors.time) or facts.published
    author = _css(html, selectors.author) or facts.author
    if author:
        author = re.sub(r"^(作者|来源|发布者|记者)[:：\s]*", "", author).strip() or None
    return Article(
        title=title,
        body_text=body_text,
        published=published,
        author=author,
        origin=facts.origin,
        index_fields=facts.index_fields,
    )
