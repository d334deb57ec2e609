"""Article links of a list page, found without selectors.

A list page (栏目页: 通知公告, 政务动态, 滚动新闻 …) holds its articles as a run of similar records
(``<li>``, ``<tr>``, ``<dd>``, ``<div>``), each with one link whose text is a headline, often
with a date. The same page also has navigation, a sidebar of "hot" links and a footer of friend
links. The discovery:

1. Keeps links that may be articles: same site (the registered domain, so ``news.163.com`` and
   ``dy.163.com`` are one site), not the page itself, not ``javascript:``/``mailto:``, with a
   headline-like text (at least five characters, or the link's ``title``) and a URL that looks
   like a document rather than a section (a file name, digits, a query id).
2. Groups them by record: for each link and each ancestor level, the record is the ancestor's
   child holding the link; a group is (container, record tag and class). A record's article link
   is its only URL, or, in a news card that also links tags, a 跟贴 count or its column, the one
   whose text dwarfs the others'. The best group has the most records with one article link
   each, records with dates weighing more and a tree of columns (records linking columns' own
   ``index.html`` pages, the 信息公开 menu beside a list) weighing little; siblings of the container
   with the same signature (one list split in several ``<ul>``) join it.
3. Returns the records' article links in page order, each once.

Some CMSs draw only a column page's frame (header menus, column tabs, an empty pager box) and load
its records from another page into an ``<iframe>`` standing where the list goes (``<ul
class="newslist"><iframe src="law_flist/code_1.shtml">``). The page's own links are then its menus:
when they show no dates and such a frame is there, the list is the frame's
(:func:`list_frame_url`), and the page has no article links of its own.

The next page of a list is found by :mod:`collectors.web.pager`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from collectors.web.dom import Element, drop_invisible, is_hidden, parse_html, text_content
from collectors.web.scripted import MIN_SCRIPT_TEXT, cjk_count, script_prose, scripts_text

_DATE = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]\s*\d{1,2})?|\b\d{1,2}-\d{1,2}\b")
_SECOND_LEVEL = frozenset({"gov", "com", "net", "org", "edu", "ac", "mil"})
_DOC_PATH = re.compile(
    r"\.(s?html?|jsp|aspx?|php)$|\d{4,}|[?&](id|aid|articleid|docid|contentid|newsid)=", re.IGNORECASE
)
_SECTION = re.compile(
    r"/(?:index|default|list|column-index)(?:[-_]\d+)?\.(?:s?html?|jsp|aspx?|php)$|/col/col\d+/?$|/node_\d+\.s?html?$",
    re.IGNORECASE,
)
"""A column's own page (``/zwgk/zcwj/index.html``, ``column-index-1.shtml``, 大汉's ``/col/col1229/``,
新华网's ``node_1134.htm``): what a 信息公开 tree of columns beside the list links to, not an article."""
_PAGE_PATH = re.compile(r"(?:/|\.(?:s?html?|jsp|aspx?|php))$", re.IGNORECASE)
_LIST_PLACE = re.compile(r"list|content|xxgk", re.IGNORECASE)
"""Where a list's frame stands: in a ``<ul>``/``<ol>``/``<dl>``, or a block whose class or id names a
list or the content (not a header or footer include)."""
SECTION_WEIGHT = 0.2
COLUMN_TREE_SHARE = 0.8
"""A group whose records link columns' pages (this share of them or more) is a tree of columns and
counts :data:`SECTION_WEIGHT` of its size in choosing the list: twenty columns beside a list of ten
documents are not the list. A list with a few 专题 pages among its stories (人民网) is a list."""
MIN_LINK_TEXT = 5
_DIGITS = re.compile(r"\d+")
HEADLINE_SHARE = 0.6
"""A record's other links (tags, 跟贴 counts, its column) are at most this share of its headline's length."""


@dataclass(frozen=True)
class Link:
    url: str
    """Absolute URL."""
    href: str
    """The ``href`` as written in the page."""
    text: str


def site_of(host: str) -> str:
    """The registered domain of ``host`` (``www.jiangshan.gov.cn`` → ``jiangshan.gov.cn``)."""
    labels = host.lower().rstrip(".").split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def _is_document(url: str) -> bool:
    parts = urlsplit(url)
    path = parts.path.rstrip("/")
    return bool(path and _DOC_PATH.search(path + ("?" + parts.query if parts.query else "")))


def _candidate_links(root: Element, base_url: str, *, other_sites: bool = False) -> list[tuple[Element, Link]]:
    """Links that may be articles: on the page's own site (``other_sites``: only those elsewhere)."""
    page_site = site_of(urlsplit(base_url).hostname or "")
    out = []
    for a in root.iter("a"):
        link = document_link(a, base_url, page_site, other_sites=other_sites)
        if link is not None:
            out.append((a, link))
    return out


def document_link(
    a: Element, base_url: str, page_site: str, *, other_sites: bool = False, min_text: int = MIN_LINK_TEXT
) -> Link | None:
    """The link ``a`` if it may be an article: a document on the page's site (``other_sites``:
    elsewhere), not the page itself, with at least ``min_text`` characters of text or title."""
    href = (a.get("href") or "").strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
        return None
    text = " ".join(text_content(a).split()) or " ".join((a.get("title") or "").split())
    if len(text) < min_text:  # checked first: resolving every navigation link is costly
        return None
    url = urljoin(base_url, href).split("#")[0]
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or url == base_url.split("#")[0]:
        return None
    if (site_of(parts.hostname or "") != page_site) != other_sites or not _is_document(url):
        return None
    return Link(url=url, href=href, text=text)


def _shape(url: str) -> str:
    """The path of ``url`` with its numbers blanked: the links of one list share it."""
    return _DIGITS.sub("0", urlsplit(url).path)


def _short_titled(
    containers: list[Element],
    signature: tuple[str, str],
    records_taken: set[Element],
    taken: set[str],
    base_url: str,
    shapes: set[str],
) -> list[tuple[Element, Link]]:
    """Records of the list with one link of the shape of the list's other links (beside links to
    its author, say), whose text is too short to pass for a headline alone: a forum post titled
    求助, or an emoji. A 更多 link closing the list has another shape."""
    page_site = site_of(urlsplit(base_url).hostname or "")
    found = []
    for container in containers:
        for record in container:
            if not isinstance(record.tag, str) or record in records_taken or _signature(record) != signature:
                continue
            urls: dict[str, tuple[Element, Link]] = {}
            for a in record.iter("a"):
                link = document_link(a, base_url, page_site, min_text=1)
                if link is not None and _shape(link.url) in shapes:
                    urls.setdefault(link.url, (a, link))
            if len(urls) == 1:
                a, link = next(iter(urls.values()))
                if link.url not in taken:
                    found.append((a, link))
    return found


_POSITION_CLASSES = frozenset(
    {"first", "last", "odd", "even", "on", "active", "cur", "current", "selected", "hot", "top", "new", "clearfix"}
)
"""Classes a CMS puts on some records of a list for their place or state (``<li class="first">``)."""


def _signature(el: Element) -> tuple[str, str]:
    """Tag and first class: records of one list share them (``data_row news_first`` is a ``data_row``).

    A class that only marks a record's place or state (``first``, ``last``, ``odd``, ``on`` …) is no
    part of the signature: the first and last ``<li>`` of a list are records like the others.
    """
    classes = [c for c in (el.get("class") or "").split() if c.lower() not in _POSITION_CLASSES]
    return el.tag, classes[0] if classes else ""


def _weight(text: str) -> int:
    """Letters in ``text`` (CJK included): a headline has many, a 跟贴 count or a date few."""
    return sum(1 for ch in text if ch.isalpha())


def _descendants_at(ancestor: Element, path: list[tuple[str, str]]) -> list[Element]:
    """Descendants of ``ancestor`` reached by following ``path`` (signatures, outermost first)."""
    level = [ancestor]
    for sig in path:
        level = [child for el in level for child in el if isinstance(child.tag, str) and _signature(child) == sig]
    return level


def find_article_links(html: str | Element, base_url: str, max_depth: int = 6) -> list[Link]:
    """The article links of the list page ``html`` at ``base_url`` (see the module docstring).

    A parsed tree passed in has its invisible parts removed (:func:`drop_invisible`).
    """
    return [link for _a, link in _find(html, base_url, max_depth)]


def _find(
    html: str | Element, base_url: str, max_depth: int = 6, *, cleaned: bool = False
) -> list[tuple[Element, Link]]:
    root = parse_html(html) if isinstance(html, str) else html
    if not cleaned:
        drop_invisible(root)
    links = _candidate_links(root, base_url)
    # group key → record element → links in it
    groups: dict[tuple[Element, tuple[str, str]], dict[Element, list[int]]] = {}
    for index, (a, _link) in enumerate(links):
        record, container = a, a.getparent()
        for _level in range(max_depth):
            if container is None:
                break
            groups.setdefault((container, _signature(record)), {}).setdefault(record, []).append(index)
            record, container = container, container.getparent()
    if not groups:
        return []

    weights = [_weight(link.text) for _a, link in links]
    sections = [bool(_SECTION.search(urlsplit(link.url).path)) for _a, link in links]

    def rank(i: int) -> tuple[bool, int]:
        """Of a record's links to one URL, the one showing its text (a headline) beats one whose text
        is only its title attribute (an icon's 有新回复 - 新窗口打开), then the longer."""
        return bool(text_content(links[i][0]).strip()), weights[i]

    headlines: dict[int, int | None] = {}  # id of a record's index list → its article link

    def headline(idx: list[int]) -> int | None:
        """The record's article link: its only URL, the one whose text dwarfs the others', or else
        the one it links more often than any other (a card's picture and headline, a thread's icon
        and title, beside a single link to the author or the last post)."""
        if id(idx) in headlines:
            return headlines[id(idx)]
        by_url: dict[str, int] = {}
        times: dict[str, int] = {}
        for i in idx:
            url = links[i][1].url
            times[url] = times.get(url, 0) + 1
            if url not in by_url or rank(i) > rank(by_url[url]):
                by_url[url] = i
        ranked = sorted(by_url.values(), key=lambda i: -weights[i])
        main: int | None = ranked[0]
        if len(ranked) > 1 and weights[ranked[1]] > HEADLINE_SHARE * weights[ranked[0]]:
            # Two headlines (a block of links, not one record) have no article link.
            counts = sorted(times.values(), reverse=True)
            most = max(times, key=lambda url: times[url])
            main = by_url[most] if counts[0] >= 2 and counts[0] > counts[1] else None
        headlines[id(idx)] = main
        return main

    def score(item: tuple[tuple[Element, tuple[str, str]], dict[Element, list[int]]]) -> float:
        _key, records = item
        single = [r for r, idx in records.items() if headline(idx) is not None]
        if len(single) < max(2, 0.6 * len(records)):
            return 0.0
        dated = sum(1 for r in single if _DATE.search(text_content(r)))
        columns = sum(1 for r in single if sections[headline(records[r]) or 0])
        tree = SECTION_WEIGHT if columns >= COLUMN_TREE_SHARE * len(single) else 1.0
        return tree * len(single) * (1.0 + 0.5 * dated / len(single))

    (container, signature), records = max(groups.items(), key=score)
    if score(((container, signature), records)) == 0:
        return []
    chosen = set()
    taken: set[Element] = set()  # the records with an article link

    def take(records: dict[Element, list[int]]) -> None:
        for record, idx in records.items():
            main = headline(idx)
            if main is not None:
                chosen.add(main)
                taken.add(record)

    take(records)
    containers = [container]
    # One list split over several containers of the same kind (several <ul> of five <li>, each
    # perhaps in its own <div>): cousins up to two levels up with the same path of signatures.
    if container is not None:
        path = [_signature(container)]
        ancestor = container.getparent()
        for _up in range(2):
            if ancestor is None:
                break
            for cousin in _descendants_at(ancestor, path):
                take(groups.get((cousin, signature), {}))
                if cousin not in containers:
                    containers.append(cousin)
            path.insert(0, _signature(ancestor))
            ancestor = ancestor.getparent()
    seen: set[str] = set()
    out = []
    for index in sorted(chosen):
        a, link = links[index]
        if link.url not in seen:
            seen.add(link.url)
            out.append((a, link))
    shapes = {_shape(link.url) for _a, link in out}
    short = _short_titled(containers, signature, taken, seen, base_url, shapes)
    if short:
        order = {el: i for i, el in enumerate(root.iter())}
        out = sorted(out + short, key=lambda pair: order[pair[0]])
    return out


def _list_frames(root: Element, base_url: str) -> list[str]:
    """Pages of the same site shown in visible inline frames standing where a list goes (see
    :data:`_LIST_PLACE`); read before :func:`drop_invisible` removes frames."""
    page_site = site_of(urlsplit(base_url).hostname or "")
    out = []
    for frame in root.iter("iframe", "frame"):
        src = (frame.get("src") or "").strip()
        if not src or is_hidden(frame) or "0" in (frame.get("width"), frame.get("height")):
            continue
        url = urljoin(base_url, src).split("#")[0]
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or site_of(parts.hostname or "") != page_site:
            continue
        if url == base_url.split("#")[0] or not _PAGE_PATH.search(parts.path):
            continue
        if any(
            ancestor.tag in ("ul", "ol", "dl")
            or _LIST_PLACE.search(f"{ancestor.get('class') or ''} {ancestor.get('id') or ''}")
            for ancestor in frame.iterancestors()
        ):
            out.append(url)
    return out


def _framed(frames: list[str], found: list[tuple[Element, Link]]) -> str | None:
    """The first of ``frames`` when the page's own links are no list: none, or fewer than half of
    their records showing a date (menus); a list of the page's own shows its dates."""
    if not frames:
        return None
    dated = 0
    for a, _link in found:
        record = a.getparent()
        dated += bool(_DATE.search(text_content(record if record is not None else a)))
    return frames[0] if dated * 2 < len(found) or not found else None


def list_frame_url(html: str, base_url: str) -> str | None:
    """The URL of the frame holding the list of the list page ``html``, when its records are loaded
    into an ``<iframe>`` and its own links are menus (see the module docstring); else None."""
    root = parse_html(html)
    frames = _list_frames(root, base_url)
    if not frames:
        return None
    drop_invisible(root)
    return _framed(frames, _find(root, base_url, cleaned=True))


def other_site_hosts(html: str, base_url: str) -> list[str]:
    """Hosts of other sites that the page links headline-like documents on, most linked first;
    empty unless there are :data:`MIN_LIST_LINKS` such links (a list of another site's articles)."""
    root = parse_html(html)
    drop_invisible(root)
    counts: dict[str, int] = {}
    for _a, link in _candidate_links(root, base_url, other_sites=True):
        host = urlsplit(link.url).hostname or ""
        counts[host] = counts.get(host, 0) + 1
    if sum(counts.values()) < MIN_LIST_LINKS:
        return []
    return sorted(counts, key=lambda h: -counts[h])


MIN_LIST_LINKS = 5
ARTICLE_SCORE = 16.0
"""The content score of the best block on an article page: about one paragraph of prose (measured:
list pages' best blocks, a welcome line or a footer disclaimer, score 4–11; the shortest real
articles, one paragraph of 120 characters, 22 and more)."""


def _inside_one_record(block: Element, anchors: list[Element]) -> bool:
    """True when ``block`` sits in one record of the list: the largest ancestor of ``block`` that
    holds one of the list's ``anchors`` (and no other) has at least :data:`MIN_LIST_LINKS` siblings
    of its kind holding list links (a thread list quoting each post). An article's text shares its
    ancestors with a whole list of related links, or with a stray breadcrumb link only."""
    held: dict[Element, int] = {}
    for a in anchors:
        for ancestor in a.iterancestors():
            held[ancestor] = held.get(ancestor, 0) + 1
    if block in held:
        return False
    record = None
    for ancestor in block.iterancestors():
        count = held.get(ancestor, 0)
        if count > 1:
            break
        if count == 1:
            record = ancestor
    parent = record.getparent() if record is not None else None
    if record is None or parent is None:
        return False
    kind = _signature(record)
    records = sum(
        1 for sibling in parent if isinstance(sibling.tag, str) and sibling in held and _signature(sibling) == kind
    )
    return records >= MIN_LIST_LINKS


def looks_like_list(html: str, base_url: str) -> tuple[bool, list[Link]]:
    """Whether ``html`` is a list page rather than an article, and its article links.

    A list page has at least five article links, and they are its main content: either the page
    has no article text at all (no block scores like a paragraph of prose, :data:`ARTICLE_SCORE`),
    or its best prose lies inside one record of the list (a forum thread list quoting each post),
    or most of the links lie in the block the article extractor would choose and their headlines
    are not dwarfed by prose there. An article's related links sit beside its text, or after a
    text several times longer. A list page whose records are in a frame (:func:`list_frame_url`)
    has no article links of its own.
    """
    from collectors.web.content import ContentScorer

    root = parse_html(html)
    frames = _list_frames(root, base_url)
    drop_invisible(root)
    found = _find(root, base_url, cleaned=True)
    links = [link for _a, link in found]
    frame = _framed(frames, found)
    if len(found) < MIN_LIST_LINKS and frame is None:
        return False, links
    scorer = ContentScorer(root)
    best = scorer.best()
    if not best or max(scorer.final_score(block) for block in best) < ARTICLE_SCORE:
        if frame is not None:
            return True, []  # its records are in the frame (list_frame_url)
        # No prose in the HTML: a list, unless its scripts hold more prose than the links' text, an
        # article a script writes into the page (the links are a sidebar's; see
        # :func:`collectors.web.scripted.script_prose`), which the extractor reads or reports.
        prose = script_prose(html).chars
        if prose < MIN_SCRIPT_TEXT or prose < sum(cjk_count(link.text) for link in links):
            return True, links
        # A list whose data its script also holds (the records' titles with their summaries) is a list.
        data = scripts_text(html)
        return sum(1 for link in links if link.text in data) * 2 >= len(links), links
    if found and all(_inside_one_record(block, [a for a, _link in found]) for block in best):
        return True, [] if frame else links
    inside = 0
    for a, _link in found:
        ancestors = set(a.iterancestors())
        inside += any(block is a or block in ancestors for block in best)
    prose = len(re.sub(r"\s+", "", scorer.render(best)))
    anchors = sum(len(link.text) for link in links)
    is_list = inside * 2 >= len(found) and anchors * 4 >= prose
    return is_list, [] if is_list and frame else links
