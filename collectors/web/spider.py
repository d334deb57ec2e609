"""A generic list-page → detail-page spider: a source needs only its list page URL.

Article links are found without selectors (:mod:`collectors.web.links`), and so is the next list
page when ``max_pages`` > 1: the pager's link, or for a 大汉 jpage list the POST its script makes to
the list's data proxy (:mod:`collectors.web.jpage`; each answer counts as one list page). A source's
``web:`` selectors override either. The spider only
parses: it yields plain dicts (url, html-derived fields); cleaning, de-duplication and publishing
are the item pipelines' job (see :mod:`collectors.web.pipelines`).

Nothing fails quietly: a page that cannot be fetched (HTTP error, redirect loop, a body over the
size limit once decompressed) or yields no article text is recorded in ``errors``; only pages
robots.txt forbids are skipped silently (counted in ``ignored``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import FormRequest, Request, Response, TextResponse
from twisted.python.failure import Failure

from collectors.config import WebSource
from collectors.encoding import detect
from collectors.errors import ParseError, ScriptDrawnError
from collectors.normalize import canonical_url
from collectors.web.extract import Article, extract_article
from collectors.web.jpage import ProxyPage, first_proxy_page, next_proxy_page, proxy_links
from collectors.web.links import find_article_links, list_frame_url, looks_like_list, other_site_hosts
from collectors.web.pager import next_page_url
from collectors.web.scripted import script_rendered
from models.messages import item_id_for

ROBOTS_REFUSAL = "Forbidden by robots.txt"
"""scrapy's message for a request robots.txt forbids (it raises a bare IgnoreRequest for several reasons)."""
DRY_RUN_DETAILS = 10
"""A dry run of a list page fetches at most this many of its articles."""


def _readable(response: Response) -> TextResponse:
    """The response decoded by the bytes, as feeds are (a declared charset the bytes contradict loses)."""
    content_type = (response.headers.get("Content-Type") or b"").decode("latin-1")
    encoding = detect(response.body, content_type)
    return TextResponse(url=response.url, body=response.body, headers=response.headers, encoding=encoding)


class ListDetailSpider(scrapy.Spider):
    """Crawls ``source``'s list page (and ``max_pages`` of pagination), then each new detail page.

    ``known`` tells which item ids were already published, so their pages are not fetched again.
    With ``detail_url`` set (dry runs), that page is fetched and parsed as what it is: an article,
    or a list page whose first :data:`DRY_RUN_DETAILS` articles are then fetched.
    """

    name = "list_detail"

    def __init__(
        self,
        source: WebSource,
        known: Callable[[list[str]], set[str]] | None = None,
        detail_url: str | None = None,
        sink: Any = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.source = source
        self.sink = sink
        self.published = 0
        self.known = known or (lambda ids: set())
        self.detail_url = detail_url
        self.errors: list[str] = []
        self.list_pages_ok = 0
        self.skipped_known = 0
        self.ignored = 0
        self.kind: str | None = None
        self.links_found = 0
        self.more_pages: str | None = None
        """The list page the page limit (``max_pages``) kept the crawl from, if any."""
        self._link_re = re.compile(source.web.link_pattern) if source.web.link_pattern else None

    async def start(self) -> Any:
        # dont_filter: a redirect loop back to the start page must end in an error, not be deduplicated away.
        if self.detail_url:
            yield Request(self.detail_url, callback=self.parse_any, errback=self.on_list_error, dont_filter=True)
        else:
            yield Request(
                str(self.source.url),
                callback=self.parse,
                errback=self.on_list_error,
                cb_kwargs={"page": 1},
                dont_filter=True,
            )

    def parse_any(self, response: Response) -> Iterator[Any]:
        """A dry run's page: a list page is crawled like a source's, an article is extracted."""
        text = _readable(response)
        if self._drawn_by_script(text):
            return
        links: list[Any] = []
        try:
            is_list, links = looks_like_list(text.text, response.url)
            if not is_list:
                article = extract_article(text.text, self.source.web, url=response.url)
        except ScriptDrawnError as exc:  # its HTML's links are a sidebar's, not a list to crawl
            self.errors.append(str(exc))
            return
        except ParseError as exc:
            if not links:  # neither an article nor a list
                error = str(exc) if str(exc).endswith(response.url) else f"{response.url}: {exc}"
                try:
                    elsewhere = other_site_hosts(text.text, response.url)
                except ParseError:  # the page itself is unreadable: its own error says so
                    elsewhere = []
                if elsewhere:
                    error += (
                        f"; its headline links are on other sites ({', '.join(elsewhere[:3])}), and a web source"
                        " follows only links on its own site: use a list page of the site the articles are on"
                    )
                self.errors.append(error)
                return
            is_list = True  # a short list (a few links, no article text)
        if is_list:
            self.kind = "list"
            yield from self.parse(response, page=1, limit=DRY_RUN_DETAILS)
        else:
            self.kind = "article"
            self.list_pages_ok += 1
            yield self._item(response.url, article)

    def _drawn_by_script(self, text: TextResponse, what: str = "") -> bool:
        """Record and say so when the page's text is drawn by a script (:mod:`collectors.web.scripted`):
        its HTML would give an empty article or a "list" of its navigation links."""
        if self.source.web.links or self.source.web.body:
            return False  # the source's selectors say where its links or text are
        try:
            reason = script_rendered(text.text, text.url)
        except ParseError:
            return False  # an unreadable page: parsing it again says why
        if reason is None:
            return False
        self.kind = self.kind or "script"
        self.errors.append(f"{what}{text.url}: {reason}")
        return True

    def _links(self, text: TextResponse) -> list[str]:
        if self.source.web.links is None:
            hrefs = [link.url for link in find_article_links(text.text, text.url)]
        else:
            hrefs = [text.urljoin(h.strip()) for h in text.css(self.source.web.links).getall()]
        return self._keep(hrefs)

    def _keep(self, hrefs: list[str]) -> list[str]:
        """``hrefs`` that are web pages matching the source's ``link_pattern``, each once."""
        links: list[str] = []
        for url in hrefs:
            if not url.startswith(("http://", "https://")):
                continue
            if self._link_re and not self._link_re.search(url):
                continue
            if url not in links:
                links.append(url)
        return links

    def _next_page(self, text: TextResponse) -> str | None:
        if self.source.web.next_page:
            nxt = text.css(self.source.web.next_page).get()
            return text.urljoin(nxt.strip()) if nxt else None
        return next_page_url(text.text, text.url)

    def parse(
        self, response: Response, page: int = 1, limit: int | None = None, framed: bool = False
    ) -> Iterator[Request]:
        """A list page: follow links to unseen detail pages, then the next page. A page whose records
        its CMS loads into a frame (:func:`collectors.web.links.list_frame_url`) is read through that
        frame's page (``framed``), which counts as the same list page."""
        text = _readable(response)
        if self._drawn_by_script(text, "list page "):
            return
        try:
            frame = None if framed or self.source.web.links else list_frame_url(text.text, response.url)
        except ParseError:
            frame = None  # an unreadable page: reading its links says why
        if frame is not None:
            cb_kwargs = {"page": page, "limit": limit, "framed": True}
            yield Request(frame, callback=self.parse, errback=self.on_list_error, cb_kwargs=cb_kwargs)
            return
        self.list_pages_ok += 1
        try:
            links = self._links(text)
        except ParseError as exc:
            self.errors.append(f"list page {response.url}: {exc}")
            return
        if not links:
            self.errors.append(f"list page {response.url}: no article links found")
        yield from self._follow(links, limit)
        nxt = self._next_page(text)
        if nxt and nxt != response.url:
            if page < self.source.web.max_pages:
                yield Request(nxt, callback=self.parse, errback=self.on_error, cb_kwargs={"page": page + 1})
            else:
                self.more_pages = self.more_pages or nxt
        elif nxt is None and self.source.web.next_page is None:
            proxy = first_proxy_page(text.text, text.url)
            if proxy is not None and page < self.source.web.max_pages:
                yield self._proxy_request(proxy, page + 1)
            elif proxy is not None:
                self.more_pages = self.more_pages or f"{proxy.url} (the list's 大汉 jpage data proxy)"

    def _follow(self, links: list[str], limit: int | None) -> Iterator[Request]:
        """Requests for the detail pages of ``links`` (at most ``limit``) not published before."""
        self.links_found += len(links)
        if limit is not None:
            links = links[:limit]
        ids = {url: item_id_for(self.source.id, canonical_url(url)) for url in links}
        known = self.known(list(ids.values()))
        for url in links:
            if ids[url] in known:
                self.skipped_known += 1
                continue
            yield Request(url, callback=self.parse_detail, errback=self.on_error)

    def _proxy_request(self, proxy: ProxyPage, page: int) -> Request:
        """The POST a 大汉 jpage list's script makes for its next records (see :mod:`collectors.web.jpage`)."""
        return FormRequest(
            proxy.url,
            formdata=proxy.form,
            callback=self.parse_proxy,
            errback=self.on_error,
            cb_kwargs={"page": page, "proxy": proxy},
        )

    def parse_proxy(self, response: Response, page: int, proxy: ProxyPage) -> Iterator[Request]:
        """A 大汉 jpage proxy's answer: one more list page, as ``<datastore>`` records."""
        self.list_pages_ok += 1
        text = _readable(response)
        try:
            records, found = proxy_links(text.text, response.url)
        except ParseError as exc:
            self.errors.append(f"list page {response.url}: {exc}")
            return
        if not records and proxy.total is not None:
            self.errors.append(f"list page {response.url}: the list's data proxy answered no records")
        yield from self._follow(self._keep([link.url for link in found]), None)
        nxt = next_proxy_page(proxy, records)
        if nxt is not None and page < self.source.web.max_pages:
            yield self._proxy_request(nxt, page + 1)
        elif nxt is not None:
            self.more_pages = self.more_pages or f"{nxt.url} (the list's 大汉 jpage data proxy)"

    def parse_detail(self, response: Response) -> Iterable[dict[str, Any]]:
        text = _readable(response)
        if self._drawn_by_script(text):
            return
        try:
            article = extract_article(text.text, self.source.web, url=response.url)
        except ParseError as exc:
            self.errors.append(str(exc))
            return
        yield self._item(response.url, article)

    @staticmethod
    def _item(url: str, article: Article) -> dict[str, Any]:
        return {
            "url": url,
            "title": article.title,
            "text": article.body_text,
            "published": article.published,
            "author": article.author,
            "origin": article.origin,
            "index_fields": article.index_fields,
        }

    def on_list_error(self, failure: Failure) -> None:
        self.errors.append(f"list page: {_describe(failure)}")

    def on_error(self, failure: Failure) -> None:
        if isinstance(failure.value, IgnoreRequest) and str(failure.value) == ROBOTS_REFUSAL:
            self.ignored += 1  # robots.txt forbids this page: skipped on purpose, not a failure
            return
        self.errors.append(_describe(failure))


def _describe(failure: Failure) -> str:
    request = getattr(failure, "request", None)
    url = request.url if request is not None else "?"
    value = failure.value
    response = getattr(value, "response", None)
    if response is not None:
        return f"HTTP {response.status} from {url}"
    return f"{type(value).__name__} for {url}: {value}"[:500]
