"""来源 shown without a ``来源：`` label next to the headline: an element marked as the source, a
byline naming the paper before its reporter, a self-media platform's account.

News templates credit the publication in markup rather than in a label: 新浪's
``<a class="source">``, 网易's ``#ne_article_source``, 腾讯's older ``<span class="where">``, a
``<cite>`` before the date; Taiwanese and Hong Kong papers in a byline (``經濟日報 記者林家溱／台北即時報導``,
``中央社記者…``); 澎湃号, 网易号 and other platforms label themselves as the source
(``来源：澎湃新闻·澎湃号·政务``) and name the account that published the text beside it
(``澎湃号·政务 > 江山发布``, or an element marked as its name). Each reader here looks only at the
elements above the text (the caller's ``elements``), reads at most a few dozen characters of each,
and returns None rather than guess.
"""

from __future__ import annotations

import re

from collectors.web.dom import Element, text_content
from collectors.web.meta import either, is_platform

_STRONG_MARK = re.compile(r"(?<![a-z])(?:source|article_source|a_source|ne_article_source|laiyuan|ly)(?![a-z])", re.I)
"""Classes and ids that name the source element on every template seen."""
_WEAK_MARK = re.compile(r"(?<![a-z])(?:where|media|media[-_]?name|medianame|author|byline|writer|info)(?![a-z])", re.I)
"""Classes and ids that hold the source on some templates and something else on others (a
breadcrumb in ``div.where``, a video in ``div.media``, a person in ``span.author``): their value
counts only when it is a publication's or a body's name (:data:`_ORGANISATION`), beside a date at
most (an info line ``2024-06-12 15:30 新华网``), or a byline."""
_NAME_MARK = re.compile(r"(?<![a-z])(?:author|name|nickname|account|writer)(?![a-z])", re.I)
"""Classes of the element naming a platform account (澎湃's ``index_name__ID4kk``)."""
_ORGANISATION = re.compile(
    r"(?:网|網|报|報|社|台|新闻|新聞|报道|報道|客户端|客戶端|发布|發布|频道|頻道|杂志|雜誌|周刊|週刊|政府|"
    r"局|委|委员会|委員會|办|辦|办公室|辦公室|厅|廳|署|院|中心|部)$"
)
_LABEL_PREFIX = re.compile("^" + either(r"(?:来\s*源|信息来源|文章来源|稿件来源)") + r"\s*[:：]?\s*")
_NOT_A_NAME = re.compile(
    r"[>＞»›/|｜。！？!?，,:：]|位置|首页|首頁|^"
    + either(r"(?:作\s*者|撰\s*稿|记\s*者|编\s*辑|责任编辑|来\s*源|发布|时\s*间|日\s*期|浏览|点击|阅读|字号|转载)")
)
"""What a source or account shown without a label never holds: a breadcrumb's separators, a
sentence, a label of its own."""
_DATE = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")
_TRAILING_DATE = re.compile(r"\s*[(（\[]?\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}.*$")
"""The date a ``<cite>`` gives after the publication's name (``北京新浪網 (2020-01-21 11:12)``)."""
_LEADING_TIME = re.compile(r"^[\s\d\-/.:：年月日时時分秒]*")
_BYLINE = re.compile(
    r"^(?!本)([\u4e00-\u9fff]{1,10}?(?:日报|日報|晚报|晚報|时报|時報|报|報|社|网|網|电视台|電視台|电台|電台|新闻|新聞))"
    r"\s*(?:特约|特約|特派|驻\S{1,4}|駐\S{1,4})?\s*(?:记者|記者|通讯员|通訊員|特派员|特派員)"
    r"\s*[\u4e00-\u9fff]{2,4}(?=[\s／/、,，(（]|$|報導|报道|[\u4e00-\u9fff]{0,4}\d)"
)
"""A byline opening with the paper before its reporter (``經濟日報 記者林家溱／台北即時報導``,
``中央社記者王小明台北21日電``): the reporter's name follows, then a separator, the end, 報導 or a
dateline, so a headline (新华社记者探访…) is no byline; ``本报记者`` names no paper."""
_ACCOUNT = re.compile(
    r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{1,4}号(?:\s*[·・]\s*[\u4e00-\u9fff]{1,4})?\s*[>＞›»]\s*([^\s>＞›»|｜]{2,20})"
)
"""A platform's breadcrumb to the account that published the text (``澎湃号·政务 > 江山发布``)."""
_OPENING_BRACKET = re.compile(r"^\s*[（(【\[]([^）)】\]]{4,40})[）)】\]]")
MAX_NAME = 30
MAX_LEAD = 80
"""Characters of an element read for a byline: a byline line is short, and reading no more keeps
the walk over the elements above the text linear in their number, not in the page's size."""


def _name(value: str) -> str | None:
    value = " ".join(value.split())
    if 2 <= len(value) <= MAX_NAME and not _NOT_A_NAME.search(value) and not _DATE.search(value):
        return value
    return None


def _lead(el: Element, limit: int = MAX_LEAD) -> str | None:
    """The text of ``el``, or None when it is longer than ``limit`` (read no further than that)."""
    parts: list[str] = []
    size = 0
    for piece in el.itertext():
        size += len(piece)
        if size > limit:
            return None
        parts.append(piece)
    return " ".join(" ".join(parts).split())


def byline_paper(text: str) -> str | None:
    """The paper a byline line opens with, after any date and time (``2020-01-21 11:20 聯合報 記者…``);
    a photo's credit (新华社记者 张三 摄) names whose picture it is, not the text's source."""
    if "摄" in text or "攝" in text:
        return None
    match = _BYLINE.match(_LEADING_TIME.sub("", text))
    return match.group(1) if match else None


def _classes(el: Element) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def marked_origin(elements: list[Element], first_line: str = "") -> str | None:
    """The 来源 shown without a label among ``elements`` (those above the text): an element marked
    as the source (新浪's ``<a class="source">浙江日报</a>``, 网易's ``#ne_article_source``, 腾讯's
    ``<span class="where">新华网</span>``), a ``<cite>`` crediting the publication before the date, an
    author, media or info element naming a publication (``<span class="author">浙江日报</span>``,
    ``<div class="article-info">2024-06-12 15:30 新华网</div>``) or opening a byline with it; else
    a byline opening the text's ``first_line``, alone on its line or in brackets before the text
    (``（中央社記者王小明台北12日電）…``)."""
    for el in elements:
        if not isinstance(el.tag, str):
            continue
        marks = _classes(el)
        cite, strong = el.tag == "cite", bool(_STRONG_MARK.search(marks))
        if not (cite or strong or _WEAK_MARK.search(marks)):
            continue
        text = _lead(el, 2 * MAX_NAME) if not strong else " ".join(text_content(el).split())
        if not text:
            continue
        value = _LABEL_PREFIX.sub("", text).strip()
        if not strong and not cite:
            value = _LEADING_TIME.sub("", value).strip()
        if cite or not strong:
            value = _TRAILING_DATE.sub("", value).strip()
        name = _name(value)
        # A weak mark's name is one piece of text (not 国内新闻 新华网, a column and a name in spans).
        if name and (cite or strong or (_ORGANISATION.search(name) and " " not in name)):
            return name
        if not strong and (paper := byline_paper(text)):
            return paper
    for el in elements:
        if isinstance(el.tag, str) and el.tag != "a" and (text := _lead(el)) and (paper := byline_paper(text)):
            return paper
    opening = _OPENING_BRACKET.match(first_line)
    if opening:  # a dateline in brackets opening the text: （中央社記者王小明台北12日電）行政院今天…
        return byline_paper(opening.group(1))
    return byline_paper(first_line) if len(first_line) <= MAX_LEAD else None


def breadcrumb_account(info: str) -> str | None:
    """The account a platform's breadcrumb names in ``info`` (``澎湃号·政务 > 江山发布``)."""
    for match in _ACCOUNT.finditer(info):
        name = _name(match.group(1))
        if name:
            return name
    return None


def named_account(elements: list[Element]) -> str | None:
    """The name shown by an element above the text marked as a name or an author (澎湃's
    ``<div class="index_name__ID4kk">江山发布</div>``): the account, on a page whose 来源 is a
    platform (:func:`~collectors.web.meta.is_platform`); on other pages it may be anyone."""
    for el in elements:
        if isinstance(el.tag, str) and _NAME_MARK.search(_classes(el)) and (text := _lead(el, MAX_NAME)):
            name = _name(_LABEL_PREFIX.sub("", text))
            if name and not is_platform(name):
                return name
    return None
