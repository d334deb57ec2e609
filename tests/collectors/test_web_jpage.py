"""大汉 jcms/jpage lists beyond their first page: the records the list's script asks its data proxy
for, followed within the source's page limit."""

from __future__ import annotations

from urllib.parse import parse_qs

from collectors.config import parse_sources
from collectors.dryrun import dry_run
from collectors.web.jpage import first_proxy_page, next_proxy_page, proxy_links
from collectors.web.runner import run_crawl
from tests.collectors.conftest import FixtureSite, Route
from tests.collectors.test_web_sites import TITLES, list_page, serve_site

PROXY = "/module/web/jpage/dataproxy.jsp"


def _record(n: int) -> str:
    title = TITLES[n - 1]
    return (
        f"<record><![CDATA[\n<li><a href='/art/2024/6/{n}/art_{n}.html' title='{title}' target='_blank'>{title}</a>"
        f"<span class='bt-data-time'>2024-06-{n:02d}</span></li>]]></record>\n"
    )


def _datastore(numbers: range, *, nextgroup: bool = True) -> str:
    group = (
        f'<nextgroup><![CDATA[<a href="{PROXY}?page=1&appid=1&webid=3&path=/&columnid=1229&unitid=4561'
        '&webname=%E6%B1%9F%E5%B1%B1&permissiontype=0"></a>]]></nextgroup>'
        if nextgroup
        else ""
    )
    return f"<datastore>{group}<recordset>{''.join(_record(n) for n in numbers)}</recordset></datastore>"


def jpage_list(shown: int, *, total: int | None, perpage: int) -> str:
    """A 部门动态 page of a 大汉 site: the first ``shown`` records in the page's datastore, the pager
    drawn by jpage.js from its settings."""
    stated = f"totalRecord:{total}, " if total is not None else ""
    block = (
        f'<div id="4561"><script type="text/xml">{_datastore(range(1, shown + 1))}</script></div>'
        '<script language="javascript" src="/module/web/jpage/jpage.js"></script>'
        f"<script>var jpage_4561 = new jpage(); jpage_4561.init({{unitid:4561, perpage:{perpage}, {stated}"
        "col:1, appid:1, webid:3, path:'/', columnid:1229, sourceContentType:1, permissiontype:0});</script>"
    )
    return list_page([]).replace('<ul class="news-list"></ul>', block)


def proxy_answer(query: str, form: bytes) -> bytes:
    """What dataproxy.jsp answers: the records of the window asked for, in the same datastore XML."""
    window = parse_qs(query)
    fields = parse_qs(form.decode())
    if fields.get("columnid") != ["1229"] or fields.get("unitid") != ["4561"]:
        return b'<?xml version="1.0" encoding="UTF-8"?><datastore><recordset></recordset></datastore>'
    start, end = int(window["startrecord"][0]), int(window["endrecord"][0])
    numbers = range(start, min(end, len(TITLES)) + 1)
    return f'<?xml version="1.0" encoding="UTF-8"?>{_datastore(numbers, nextgroup=False)}'.encode()


def test_the_proxy_windows_follow_the_page_and_end_with_the_list() -> None:
    base = "http://www.jiangshan.gov.cn/col/col1229/index.html"
    first = first_proxy_page(jpage_list(5, total=12, perpage=5), base)
    assert first is not None
    assert (
        first.url == "http://www.jiangshan.gov.cn/module/web/jpage/dataproxy.jsp?startrecord=6&endrecord=10&perpage=5"
    )
    assert first.form["columnid"] == "1229" and first.form["unitid"] == "4561" and first.form["webid"] == "3"
    assert first.form["sourceContentType"] == "1" and "page" not in first.form
    answer = proxy_answer("startrecord=6&endrecord=10", b"columnid=1229&unitid=4561").decode()
    records, links = proxy_links(answer, first.url)
    assert records == 5 and [link.text for link in links] == TITLES[5:10]
    assert links[0].url == "http://www.jiangshan.gov.cn/art/2024/6/6/art_6.html"
    last = next_proxy_page(first, records)
    assert last is not None and last.url.endswith("startrecord=11&endrecord=12&perpage=5")
    assert next_proxy_page(last, 2) is None  # the list's 12 records are all read
    # Without a stated total, the list ends with an answer that has no records.
    unstated = first_proxy_page(jpage_list(5, total=None, perpage=5), base)
    assert unstated is not None and unstated.url.endswith("startrecord=6&endrecord=10&perpage=5")
    assert next_proxy_page(unstated, 0) is None
    # A page whose records are all shown, or a list that is no jpage list, has no proxy page.
    assert first_proxy_page(jpage_list(12, total=12, perpage=15), base) is None
    assert first_proxy_page(list_page(TITLES[:6]), base) is None


def test_a_jpage_list_is_followed_through_its_data_proxy_within_the_page_limit(site: FixtureSite) -> None:
    serve_site(site, pages=2)  # the twelve articles
    site.add(
        "/col/col1229/index.html", Route(body=jpage_list(5, total=12, perpage=5).encode(), content_type="text/html")
    )
    site.add(PROXY, Route(respond=proxy_answer, content_type="text/xml;charset=UTF-8"))

    def crawl(max_pages: int, pages: int) -> list[str]:
        source = parse_sources(
            f"""
sources:
  - id: jiangshan-bmdt
    type: web
    url: "{site.base}/col/col1229/index.html"
    http: {{min_delay_s: 0, timeout_s: 5, retries: 0}}
    web: {{max_pages: {max_pages}}}
"""
        ).sources[0]
        result = run_crawl(source, dry_run=True, timeout_s=90)  # type: ignore[arg-type]
        assert result.errors == [] and result.list_pages_ok == pages
        return sorted(i["title"] for i in result.items)

    assert crawl(2, 2) == sorted(TITLES[:10])  # the page's 5 and one window of 5 more
    assert [(path, query) for path, query, _form in site.posts] == [(PROXY, "startrecord=6&endrecord=10&perpage=5")]
    form = parse_qs(site.posts[0][2].decode())
    assert form["columnid"] == ["1229"] and form["unitid"] == ["4561"] and form["webid"] == ["3"]
    site.posts.clear()
    assert crawl(5, 3) == sorted(TITLES)  # the list ends at its 12th record: two windows, no more asked
    assert [query for _path, query, _form in site.posts] == [
        "startrecord=6&endrecord=10&perpage=5",
        "startrecord=11&endrecord=12&perpage=5",
    ]


def test_a_dry_run_says_where_the_list_goes_on(site: FixtureSite) -> None:
    # A dry run reads one list page; the desk learns the list has more and how to have them read.
    serve_site(site, pages=2)
    site.add(
        "/col/col1229/index.html", Route(body=jpage_list(5, total=12, perpage=5).encode(), content_type="text/html")
    )
    site.add(PROXY, Route(respond=proxy_answer, content_type="text/xml;charset=UTF-8"))
    run = dry_run(f"{site.base}/col/col1229/index.html", "web")
    assert len(run.items) == 5 and not site.posts
    assert run.notes[1] == (
        f"the list goes on at {site.base}{PROXY}?startrecord=6&endrecord=10&perpage=5 (the list's 大汉 jpage data"
        " proxy): a source with web: {max_pages: N} reads N list pages a round"
    )
    paged = dry_run(f"{site.base}/col/col1/index.html", "web")
    assert paged.notes[1].startswith(f"the list goes on at {site.base}/col/col1/index_1.html:")
