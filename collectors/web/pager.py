"""The next page of a list page, found without selectors.

Government and news lists page in a few ways: a 下一页 / ``rel=next`` link (its text, title or
image's alt), the TRS WCM ``createPageHTML`` script that draws the pager (the older call with the
page count and current page first, the newer one naming the element it draws into first), or only
numbered links (``index_1.html`` after ``index.html``, ``column-index-2.shtml`` after
``column-index-1.shtml``, ``?page=3`` after ``?page=2``). :func:`next_page_url` tries them in that
order and returns None on the last page.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from collectors.web.dom import Element, parse_html, text_content

_NEXT_TEXT = re.compile(r"^\s*(下一页|下页|后一页|下一頁|next|›|»|>|>>)\s*$", re.IGNORECASE)
_CREATE_PAGE = re.compile(
    r"createPageHTML\(\s*['\"]?(\w+)['\"]?\s*,\s*['\"]?(\w+)['\"]?\s*,\s*['\"]([^'\"]+)['\"]\s*,\s*['\"]([^'\"]+)['\"]"
)
"""TRS WCM's pager call: page count, current page (from 0), file stem and extension; the first two
as numbers or as variables the script sets (``var countPage = 23; createPageHTML(countPage, …)``)."""
_CREATE_PAGE_AT = re.compile(
    r"createPageHTML\(\s*['\"][A-Za-z][\w-]*['\"]\s*,\s*['\"]?(\d+)['\"]?\s*,\s*['\"]?(\d+)['\"]?\s*,"
    r"\s*['\"]([^'\"]+)['\"]\s*,\s*['\"]([^'\"]+)['\"]"
)
"""The newer TRS call, drawing the pager into an element it names first:
``createPageHTML('page_div', 7, 1, 'index', 'html', 103)`` (page count, current page from 1, stem,
extension, records)."""


def next_page_url(html: str | Element, base_url: str) -> str | None:
    """The URL of the list's next page, if the page links one: a 下一页 / ``rel=next`` link (its text,
    title or image's alt), the TRS ``createPageHTML`` call, or else the numbered page after this one
    among the pager's links (``index_1.html`` after ``index.html``, ``column-index-3.shtml`` after
    ``column-index-2.shtml``, ``?page=3`` after ``?page=2``)."""
    root = parse_html(html) if isinstance(html, str) else html
    numbered: list[str] = []
    for a in root.iter("a", "link"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:")):
            continue
        label = text_content(a).strip() or a.get("title") or ""
        if not label:
            label = next((img.get("alt") or img.get("title") or "" for img in a.iter("img")), "")
        if (a.get("rel") or "").lower() == "next" or _NEXT_TEXT.match(label):
            return str(urljoin(base_url, href))
        numbered.append(href)
    for script in root.iter("script"):
        code = script.text or ""
        match = _CREATE_PAGE.search(code)
        if match:
            total, current = _script_number(code, match.group(1)), _script_number(code, match.group(2))
            stem, ext = match.group(3), match.group(4)
            if total is not None and current is not None and current + 1 < total:
                return urljoin(base_url, f"{stem}_{current + 1}.{ext}")
        match = _CREATE_PAGE_AT.search(code)
        if match:
            total, current = int(match.group(1)), int(match.group(2))
            stem, ext = match.group(3), match.group(4)
            # Its page counts from 1 (index.html is page 1, index_1.html page 2); a 0 means it counts from 0.
            following = current + 1 if current == 0 else current
            if following < total and (current > 0 or total > 1):
                return urljoin(base_url, f"{stem}_{following}.{ext}")
    return _numbered_next(numbered, base_url)


_PAGE_FILE = re.compile(r"^(.*/[A-Za-z][\w-]*?)(?:([_-])(\d+))?\.(s?html?|jsp|aspx?|php)$")
"""A page's file: its stem, and the separator and number of a list's later page (``index_3.html``)."""
_PAGE_PARAM = re.compile(r"(?:^|&)(page|pageno|pagenum|pageindex|curpage|currpage|pn|p)=(\d+)(?=&|$)", re.IGNORECASE)


def _numbered_next(hrefs: list[str], base_url: str) -> str | None:
    """Of the pager's ``hrefs``, the page numbered after ``base_url``'s: the same file with the next
    number (``index.html`` → ``index_1.html``, or ``index_2.html`` on sites counting from 1;
    ``index_3.html`` → ``index_4.html``), or the same path with the next ``page=`` parameter."""
    here = urlsplit(base_url)
    path = here.path if not here.path.endswith("/") else here.path + "index.html"
    file = _PAGE_FILE.match(path)
    param = _PAGE_PARAM.search(here.query)
    wanted: dict[str, int] = {}  # URL → preference (lower first)
    if file:
        stem, sep, number, ext = file.groups()
        following = [int(number) + 1] if number else [1, 2]
        for rank, n in enumerate(following):
            for joiner in (sep,) if sep else ("_", "-"):
                wanted.setdefault(f"{stem}{joiner}{n}.{ext}", rank)
    found: dict[int, str] = {}
    for href in hrefs:
        url = urlsplit(urljoin(base_url, href))
        if url.netloc != here.netloc:
            continue
        if url.path in wanted and not url.query:
            found.setdefault(wanted[url.path], urljoin(base_url, href))
        elif url.path == here.path and (other := _PAGE_PARAM.search(url.query)):
            current = int(param.group(2)) if param and param.group(1).lower() == other.group(1).lower() else None
            number = int(other.group(2))
            if (current is not None and number == current + 1) or (current is None and number in (1, 2)):
                found.setdefault(0 if current is not None or number == 2 else 1, urljoin(base_url, href))
    return found[min(found)] if found else None


def _script_number(code: str, token: str) -> int | None:
    """``token`` as a number: itself, or the number the script assigns to the variable it names."""
    if token.isdigit():
        return int(token)
    assigned = re.search(rf"\b{re.escape(token)}\s*=\s*['\"]?(\d+)", code)
    return int(assigned.group(1)) if assigned else None
