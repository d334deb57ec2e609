"""A generic list-page → detail-page spider, configured by a source's ``web:`` selectors.

The spider only parses: it yields plain dicts (url, html-derived fields, fetch time); cleaning,
de-duplication and publishing are the item pipelines' job (see :mod:`collectors.web.pipelines`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response, TextResponse
from twisted.python.failure import Failure

from collectors.config import WebSource
from collectors.encoding import declared_charset, detect
from collectors.normalize import canonical_url
from collectors.web.extract import extract_article
from models.messages import item_id_for


def _readable(response: Response) -> TextResponse:
    """The response decoded right: an undeclared charset is detected (GBK/Big5 pages)."""
    content_type = (response.headers.get("Content-Type") or b"").decode("latin-1")
    if isinstance(response, TextResponse) and declared_charset(response.body, content_type):
        return response
    return TextResponse(url=response.url, body=response.body, headers=response.headers, encoding=detect(response.body))


class ListDetailSpider(scrapy.Spider):
    """Crawls ``source``'s list page (and ``max_pages`` of pagination), then each new detail page.

    ``known`` tells which item ids were already published, so their pages are not fetched again.
    With ``detail_url`` set, only that one page is fetched and parsed (dry runs).
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
        self._link_re = re.compile(source.web.link_pattern) if source.web.link_pattern else None

    async def start(self) -> Any:
        if self.detail_url:
            yield Request(self.detail_url, callback=self.parse_detail, errback=self.on_error, dont_filter=True)
        else:
            yield Request(str(self.source.url), callback=self.parse, errback=self.on_list_error, cb_kwargs={"page": 1})

    def parse(self, response: Response, page: int = 1) -> Iterator[Request]:
        """A list page: follow links to unseen detail pages, then the next page."""
        self.list_pages_ok += 1
        text = _readable(response)
        links: list[str] = []
        for href in text.css(self.source.web.links).getall():
            url = text.urljoin(href.strip())
            if not url.startswith(("http://", "https://")):
                continue
            if self._link_re and not self._link_re.search(url):
                continue
            if url not in links:
                links.append(url)
        ids = {url: item_id_for(self.source.id, canonical_url(url)) for url in links}
        known = self.known(list(ids.values()))
        for url in links:
            if ids[url] in known:
                self.skipped_known += 1
                continue
            yield Request(url, callback=self.parse_detail, errback=self.on_error)
        if self.source.web.next_page and page < self.source.web.max_pages:
            nxt = text.css(self.source.web.next_page).get()
            if nxt:
                yield Request(
                    text.urljoin(nxt.strip()), callback=self.parse, errback=self.on_error, cb_kwargs={"page": page + 1}
                )

    def parse_detail(self, response: Response) -> Iterable[dict[str, Any]]:
        text = _readable(response)
        article = extract_article(text.text, self.source.web)
        yield {
            "url": response.url,
            "title": article.title,
            "text": article.body_text,
            "published": article.published,
            "author": article.author,
        }

    def on_list_error(self, failure: Failure) -> None:
        self.errors.append(f"list page: {_describe(failure)}")

    def on_error(self, failure: Failure) -> None:
        if isinstance(failure.value, IgnoreRequest):
            self.ignored += 1  # forbidden by robots.txt, or filtered on purpose: not a failure
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
