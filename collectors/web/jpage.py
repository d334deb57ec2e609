"""Further pages of a 大汉 (Hanweb) jcms/jpage list, which its own script fetches from a data proxy.

A jpage list page ships its first records in ``<script type="text/xml"><datastore>`` (read by
:mod:`collectors.web.dom`); a browser's script asks for the next ones with a POST to
``/module/web/jpage/dataproxy.jsp?startrecord=N&endrecord=M&perpage=K``, the form carrying the
list's ``columnid``, ``unitid``, ``webid`` … as the page's script and the datastore's
``<nextgroup>`` link name them. The answer is the same ``<datastore>`` XML, one CDATA record per
article.

:func:`first_proxy_page` reads where the list continues from the page (``None`` when it is not a
jpage list or all its records are already on it); :func:`next_proxy_page` the window after an
answer. A list's end is its ``totalRecord``, when the page states it, or an answer without records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

from collectors.web.dom import Element, datastore_records, parse_html
from collectors.web.links import Link, document_link, site_of

_DATASTORE = re.compile(
    r"<script\b[^>]*?\btype\s*=\s*[\"']?text/xml\b[^>]*>\s*<datastore>(.*?)</datastore>", re.IGNORECASE | re.DOTALL
)
_NEXT_GROUP = re.compile(r"<nextgroup>\s*<!\[CDATA\[(.*?)\]\]>", re.IGNORECASE | re.DOTALL)
_HREF = re.compile(r"""href\s*=\s*["']([^"']*dataproxy\.jsp[^"']*)["']""", re.IGNORECASE)
_RECORD = re.compile(r"<record\b", re.IGNORECASE)
_PERPAGE = re.compile(r"""\bperpage\b["']?\s*[:=]\s*["']?(\d{1,4})""", re.IGNORECASE)
_TOTAL = re.compile(r"""\btotal_?record\b["']?\s*[:=>]\s*["']?(\d{1,7})""", re.IGNORECASE)
_FORM_KEYS = ("col", "appid", "webid", "path", "columnid", "sourceContentType", "unitid", "webname", "permissiontype")
"""What jpage.js posts to the proxy besides the record window (the proxy needs ``columnid`` and ``unitid``)."""
_SCRIPT_VALUE = {
    key: re.compile(rf"""\b{key}\b["']?\s*[:=]\s*["']?([^"',;}}\s]+)""", re.IGNORECASE) for key in _FORM_KEYS
}
PROXY_PATH = "/module/web/jpage/dataproxy.jsp"
MAX_PERPAGE = 200


@dataclass(frozen=True)
class ProxyPage:
    """One window of a jpage list's records, as jpage.js asks the proxy for it."""

    url: str
    """The proxy URL with ``startrecord``, ``endrecord`` and ``perpage``."""
    form: dict[str, str]
    """The POST form (``columnid``, ``unitid`` …)."""
    start: int
    """First record asked for, counting from 1."""
    perpage: int
    total: int | None
    """Records in the whole list, when the page states it."""


def _window(base: str, form: dict[str, str], start: int, perpage: int, total: int | None) -> ProxyPage | None:
    if total is not None and start > total:
        return None
    end = start + perpage - 1 if total is None else min(start + perpage - 1, total)
    query = urlencode({"startrecord": start, "endrecord": end, "perpage": perpage})
    return ProxyPage(url=f"{base}?{query}", form=form, start=start, perpage=perpage, total=total)


def first_proxy_page(html: str, base_url: str) -> ProxyPage | None:
    """The window of records after those ``html`` (a jpage list page at ``base_url``) shows, or None."""
    store = _DATASTORE.search(html)
    if store is None:
        return None
    group = _NEXT_GROUP.search(store.group(1))
    href = _HREF.search(group.group(1)) if group else None
    if href is None and "jpage" not in html:
        return None
    proxy = urljoin(base_url, href.group(1).replace("&amp;", "&")) if href else urljoin(base_url, PROXY_PATH)
    if site_of(urlsplit(proxy).hostname or "") != site_of(urlsplit(base_url).hostname or ""):
        return None
    form: dict[str, str] = {}
    for key, pattern in _SCRIPT_VALUE.items():
        found = pattern.search(html[store.end() :]) or pattern.search(html[: store.start()])
        if found:
            form[key] = found.group(1)
    form.update((k, v) for k, v in parse_qsl(urlsplit(proxy).query, keep_blank_values=True) if k != "page")
    if not form.get("columnid") or not form.get("unitid"):
        return None  # the proxy answers nothing without them
    shown = len(_RECORD.findall(store.group(1)))
    perpage = _PERPAGE.search(html)
    total = _TOTAL.search(html)
    size = min(int(perpage.group(1)) if perpage else shown, MAX_PERPAGE)
    if size < 1 or shown < 1:
        return None
    return _window(proxy.split("?")[0], form, shown + 1, size, int(total.group(1)) if total else None)


def next_proxy_page(page: ProxyPage, records: int) -> ProxyPage | None:
    """The window after ``page``, whose answer held ``records`` records; None at the list's end."""
    if records < 1:
        return None
    return _window(page.url.split("?")[0], page.form, page.start + records, page.perpage, page.total)


def proxy_links(xml: str, base_url: str) -> tuple[int, list[Link]]:
    """The records in a proxy answer and each record's article link (its headline link on the site)."""
    records = datastore_records(xml)
    page_site = site_of(urlsplit(base_url).hostname or "")
    links: list[Link] = []
    for record in records:
        root: Element = parse_html(f"<div>{record}</div>")
        found = [link for a in root.iter("a") if (link := document_link(a, base_url, page_site, min_text=1))]
        if found:
            best = max(found, key=lambda link: len(link.text))
            if best.url not in {link.url for link in links}:
                links.append(best)
    return len(records), links
