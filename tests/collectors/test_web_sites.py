"""Web sources by their list URL alone, and web sources that fail loudly: the spider and dry runs
against pages the tests serve themselves."""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker
from typer.testing import CliRunner

from cli.main import build_app
from collectors.base import CollectContext
from collectors.config import parse_sources
from collectors.dryrun import dry_run
from collectors.errors import CollectorError
from collectors.health import HealthStore
from collectors.runner import CollectRunner
from collectors.web.links import find_article_links, looks_like_list
from collectors.web.pager import next_page_url
from collectors.web.runner import run_crawl
from tests.collectors.conftest import FixtureSite, Route
from tests.collectors.test_extract import FIRST, LAST, PARAGRAPHS, article

TITLES = [f"江山市第{i}号政务动态：乡镇防汛演练顺利开展" for i in range(1, 13)]


def list_page(titles: list[str], *, start: int = 1, next_href: str | None = None, charset: str = "utf-8") -> str:
    """A 政务动态 list page: navigation, a dated list, a hot-links sidebar, friend links, a pager."""
    records = "".join(
        f'<li><a href="/art/2024/6/{n}/art_{n}.html" title="{t}">{t}</a><span>2024-06-{n:02d}</span></li>'
        for n, t in enumerate(titles, start=start)
    )
    hot = "".join(f'<li><a href="/art/2023/1/{i}/art_9{i}.html">热点{i}</a></li>' for i in range(5))
    pager = f'<div class="page"><a href="{next_href}">下一页</a></div>' if next_href else ""
    return f"""<html><head><meta charset="{charset}"><title>政务动态_江山市人民政府</title></head><body>
<div class="header"><h1><a href="/">江山市人民政府</a></h1><ul class="nav">
<li><a href="/col/col1/index.html">首页</a></li><li><a href="/col/col2/index.html">政务公开</a></li></ul></div>
<div class="main"><div class="list"><h2>政务动态</h2><ul class="news-list">{records}</ul>{pager}</div>
<div class="side"><ul>{hot}</ul></div></div>
<div class="friend-links">友情链接：<a href="http://www.zj.gov.cn/">浙江省人民政府门户网站</a></div>
</body></html>"""


def serve_site(site: FixtureSite, *, pages: int = 1) -> None:
    site.add("/robots.txt", Route(body=b"User-agent: *\nDisallow:\n", content_type="text/plain"))
    per_page = 6
    for page in range(pages):
        titles = TITLES[page * per_page : (page + 1) * per_page]
        nxt = f"/col/col1/index_{page + 1}.html" if page + 1 < pages else None
        path = "/col/col1/index.html" if page == 0 else f"/col/col1/index_{page}.html"
        # The list page declares GB2312 but its bytes are UTF-8, as many do.
        body = list_page(titles, start=page * per_page + 1, next_href=nxt, charset="gb2312").encode("utf-8")
        site.add(path, Route(body=body, content_type="text/html"))
        for i, title in enumerate(titles, start=page * per_page + 1):
            html = article(PARAGRAPHS.replace("6月12日上午", f"6月{i}日上午")).replace(
                "江山市召开防汛防台风工作部署会", title
            )
            # Every other article is GBK with a UTF-8 declaration.
            raw = html.encode("gbk") if i % 2 else html.encode("utf-8")
            site.add(f"/art/2024/6/{i}/art_{i}.html", Route(body=raw, content_type="text/html; charset=utf-8"))


def test_link_discovery_in_news_cards_with_tags_comment_counts_and_first_card_classes() -> None:
    # 网易-style feed: each card links its picture and headline to the article, plus its column,
    # two keyword pages and a 跟贴 count; the first card and photo cards carry extra classes.
    def card(n: int, extra: str) -> str:
        url = f"https://news.jiangshan.gov.cn/20/0802/{n:02d}/FJ1P0UTC000{n}.html"
        return (
            f'<div class="data_row news_article clearfix {extra}"><a href="{url}" class="na_pic"><img src="/p.jpg"></a>'
            f'<div class="na_detail"><h3><a href="{url}">{TITLES[n]}</a></h3>'
            '<div class="news_tag"><a href="https://news.jiangshan.gov.cn/">新闻</a>'
            f'<a href="https://news.jiangshan.gov.cn/keywords/{n}/1.html">防汛演练</a>'
            f'<a href="https://news.jiangshan.gov.cn/keywords/{n}/2.html">乡镇街道</a></div>'
            f'<a href="https://comment.jiangshan.gov.cn/{n}.html">{n * 1234} 跟贴{n * 1234}</a></div></div>'
        )

    extras = ["news_first"] + [""] * 4 + ["news_photoview"] + [""] * 4
    feed = "".join(card(n, extra) for n, extra in enumerate(extras))
    nav = "".join(f'<li><a href="/col/col{i}/index.html">栏目导航第{i}项</a></li>' for i in range(8))
    html = f'<html><body><ul class="nav">{nav}</ul><div class="ndi_main">{feed}</div></body></html>'
    links = find_article_links(html, "https://news.jiangshan.gov.cn/")
    assert [link.text for link in links] == TITLES[:10]


def test_link_discovery_keeps_the_records_marked_first_and_last() -> None:
    # 动易-style 栏目 list: the first and last <li> carry class="first"/"last", an empty
    # <li class="split"> follows every fifth record, and the last headline is cut with …
    def record(n: int) -> str:
        where = ' class="first"' if n == 0 else ' class="last"' if n == 11 else ""
        text = TITLES[n][:12] + "…" if n == 11 else TITLES[n]
        split = '<li class="split"></li>' if n % 5 == 4 else ""
        return (
            f'<li{where}><span class="date">2024-06-{n + 1:02d}</span>'
            f'<a href="/Item/{2000 + n}.aspx" title="标题：{TITLES[n]}">{text}</a></li>{split}'
        )

    nav = "".join(f'<li><a href="/Category_{i}/Index.aspx">栏目导航第{i}项</a></li>' for i in range(12))
    records = "".join(record(n) for n in range(12))
    html = f'<html><body><ul class="mainNav">{nav}</ul><ul class="infoList">{records}</ul></body></html>'
    links = find_article_links(html, "http://www.jiangshan.gov.cn/Category_7/Index.aspx")
    assert [link.href for link in links] == [f"/Item/{2000 + n}.aspx" for n in range(12)]


def test_a_list_page_whose_only_prose_is_a_disclaimer_is_a_list() -> None:
    # 基金/政务 信息披露 lists: the records carry no prose, so the text scorer's best block is the
    # site's disclaimer line; the page is still a list, not an article.
    disclaimer = (
        '<div class="txt_box01">江山市人民政府 浙ICP备05000000号<br>'
        "提示：网站所有内容仅供参考，具体以相关公告及法律文件为准。</div>"
    )
    html = list_page(TITLES[:10]).replace("</body>", f"{disclaimer}</body>")
    is_list, links = looks_like_list(html, "http://www.jiangshan.gov.cn/col/col1/index.html")
    assert is_list and [link.text for link in links] == TITLES[:10]


def test_link_discovery_reads_the_records_a_hanweb_list_ships_inside_a_script() -> None:
    # 大汉 jcms / jpage lists (江苏、浙江、山东 government sites, 国家医保局): the list is not in the
    # markup but in <script type="text/xml"><datastore>, one CDATA record per article, written
    # into the page by a script. A parser that drops scripts sees no list at all.
    records = "".join(
        f"<record><![CDATA[<li><a href='/art/2024/6/{n}/art_1229_{n}.html' title='{t}' target='_blank'>{t}</a>"
        f"<span>2024-06-{n:02d}</span></li>]]></record>\n"
        for n, t in enumerate(TITLES, start=1)
    )
    proxy = "/module/web/jpage/dataproxy.jsp?page=1&appid=1&webid=1&path=/&columnid=1229&unitid=4561"
    datastore = (
        f'<div id="4561"><script type="text/xml"><datastore><nextgroup><![CDATA[<a href="{proxy}"></a>]]></nextgroup>'
        f"<recordset>{records}</recordset></datastore></script></div>"
        "<script>var param_4561 = {col: 1, columnid: 1229, unitid: 4561};</script>"
    )
    html = list_page([]).replace('<ul class="news-list"></ul>', datastore)
    is_list, links = looks_like_list(html, "http://www.jiangshan.gov.cn/col/col1229/index.html")
    assert is_list and [link.text for link in links] == TITLES
    assert links[0].url == "http://www.jiangshan.gov.cn/art/2024/6/1/art_1229_1.html"


def test_link_discovery_finds_the_list_and_its_next_page() -> None:
    html = list_page(TITLES[:6], next_href="index_1.html")
    links = find_article_links(html, "http://www.jiangshan.gov.cn/col/col1/index.html")
    assert [link.text for link in links] == TITLES[:6]
    assert links[0].url == "http://www.jiangshan.gov.cn/art/2024/6/1/art_1.html"
    assert next_page_url(html, "http://www.jiangshan.gov.cn/col/col1/index.html") == (
        "http://www.jiangshan.gov.cn/col/col1/index_1.html"
    )
    trs = '<script>createPageHTML(5, 0, "index", "html");</script>'
    assert (
        next_page_url(f"<html><body>{trs}</body></html>", "http://x.gov.cn/col/") == "http://x.gov.cn/col/index_1.html"
    )
    # The same call with the counts in variables, as most TRS templates write it.
    trs = (
        "<script>var currentPage = 2; var countPage = 23//共多少页\n"
        'createPageHTML(countPage, currentPage, "index", "html");'
    )
    assert next_page_url(f"<html><body>{trs}</script></body></html>", "http://x.gov.cn/col/") == (
        "http://x.gov.cn/col/index_3.html"
    )
    assert looks_like_list(html, "http://www.jiangshan.gov.cn/col/col1/index.html")[0]
    page = article(
        PARAGRAPHS.replace(
            "</p>", "</p>" + "".join(f'<a href="/art/{i}.html">相关报道第{i}篇</a>' for i in range(6)), 1
        )
    )
    assert not looks_like_list(page, "http://www.jiangshan.gov.cn/art/1.html")[0]


def test_a_forum_list_whose_records_quote_their_posts_is_a_list() -> None:
    # 贴吧/论坛 thread lists: each record has the thread's title and the opening of its post; one
    # post (an advertisement) quotes a long paragraph. That paragraph is the page's best block of
    # prose, but it sits inside one record of the list: the page is a list, not an article.
    ad = (
        "江山市某职业学校关于初中应往届毕业生招生的说明：一、招生对象：应往届初中毕业生。二、录取方式：学校自主录取，"
        "学生直接到指定报名点提供相关资料即可报名！三、招生专业：护理、助产、医学检验技术、药学等十个专业。"
        "四、优惠政策：学生在校期间可享受国家资助金，每年每生两千元。"
    )
    abstracts = [ad, *(f"网友反映{title}，现场情况如何？" for title in TITLES[1:])]
    records = "".join(
        f'<li class="j_thread_list"><div class="threadlist_title"><a href="/p/68545407{n:02d}" title="{title}">'
        f'{title}</a></div><div class="threadlist_author"><a href="/home/main?un=user{n}">江山网友{n}</a></div>'
        f'<div class="threadlist_text">{text}</div></li>'
        for n, (title, text) in enumerate(zip(TITLES, abstracts, strict=True))
    )
    html = list_page([]).replace('<ul class="news-list"></ul>', f'<ul id="thread_list">{records}</ul>')
    is_list, links = looks_like_list(html, "https://tieba.jiangshan.gov.cn/f?kw=jiangshan")
    assert is_list and [link.text for link in links] == TITLES


def test_a_record_with_a_short_title_is_kept_and_a_more_link_is_not() -> None:
    # Forum posts are often titled in a word or two (求助, 曝光, an emoji): too short to tell a
    # headline from a navigation link alone, but a record of the list all the same when its link has
    # the shape of the list's other links. A 更多 link closing the list has another shape.
    titles = [*TITLES[:3], "求助", *TITLES[3:6], "🎁🎁", *TITLES[6:9]]
    records = "".join(
        f'<li class="j_thread_list"><a href="/p/68545407{n:02d}" title="{t}">{t}</a>'
        f"<span>2024-06-{n + 1:02d}</span></li>"
        for n, t in enumerate(titles)
    )
    more = '<li class="j_thread_list"><a href="/col/col1/index_1.html">更多</a></li>'
    html = list_page([]).replace('<ul class="news-list"></ul>', f'<ul id="thread_list">{records}{more}</ul>')
    links = find_article_links(html, "https://tieba.jiangshan.gov.cn/f?kw=jiangshan")
    assert [link.text for link in links] == titles
    assert [link.href for link in links][3] == "/p/6854540703"


def test_a_thread_list_whose_records_also_link_their_authors_and_last_posts() -> None:
    # Discuz! forum lists: a record links the thread from its icon (a title attribute), its title
    # and its pictures, and also links its group and the author (each as long as a short title)
    # and the last post. The URL the record links most often is its thread.
    def record(n: int, title: str) -> str:
        tid = 202800 + n
        return (
            f'<tbody id="normalthread_{tid}"><tr><td class="icn"><a href="thread-{tid}-1-1.html" '
            f'title="有新回复 - 新窗口打开"><img src="folder_new.gif"></a></td><th class="new">'
            f'<a href="thread-{tid}-1-1.html" class="s xst">{title}</a><br><a href="thread-{tid}-1-1.html">'
            f'<img src="p{n}.png"></a><span class="fromg">[来自: <a href="group-79-1.html">江山论坛|精美截图</a>]'
            "</span></th>"
            f'<td class="by"><cite><a href="home.php?mod=space&amp;uid=79{tid}">zhoumingxu{n}</a></cite>'
            f'<em><span>2024-6-{n + 1}</span></em></td><td class="by"><em>'
            f'<a href="forum.php?mod=redirect&amp;tid={tid}&amp;goto=lastpost">15 小时前</a></em></td></tr></tbody>'
        )

    titles = ["武器分块替换问题", "关于屏蔽功能", *TITLES[:8]]
    threads = "".join(record(n, t) for n, t in enumerate(titles))
    html = list_page([]).replace('<ul class="news-list"></ul>', f'<table id="threadlisttableid">{threads}</table>')
    is_list, links = looks_like_list(html, "https://bbs.jiangshan.gov.cn/forum-9-1.html")
    assert is_list and [link.text for link in links] == titles


def test_a_web_source_needs_only_its_list_url(site: FixtureSite) -> None:
    serve_site(site, pages=2)
    source = parse_sources(
        f"""
sources:
  - id: jiangshan-zwdt
    type: web
    url: "{site.base}/col/col1/index.html"
    http: {{min_delay_s: 0, timeout_s: 5, retries: 0}}
    web: {{max_pages: 2}}
"""
    ).sources[0]
    result = run_crawl(source, dry_run=True, timeout_s=90)  # type: ignore[arg-type]
    assert result.errors == [] and result.list_pages_ok == 2
    by_title = {i["title"]: i for i in result.items}
    assert set(by_title) == set(TITLES)
    item = by_title[TITLES[0]]
    assert item["text"].startswith("6月1日上午，江山市第1号政务动态") and item["text"].endswith(LAST)
    assert item["origin"] == "江山市应急管理局" and item["published_at"] == "2024-06-12T07:30:00Z"
    assert "/art/2023/1/" not in " ".join(site.hits)  # the sidebar's links are not articles of the list


def test_dry_run_of_a_list_url(site: FixtureSite, tmp_path: Path) -> None:
    serve_site(site)
    run = dry_run(f"{site.base}/col/col1/index.html", "web")
    assert [i.title for i in run.items] == TITLES[:6] or sorted(i.title for i in run.items) == sorted(TITLES[:6])
    assert run.errors == [] and "6 article links" in run.notes[0]
    env = {"YUQING_DATA_DIR": str(tmp_path / "d"), "YUQING_DATABASE_URL": f"sqlite:///{tmp_path / 'y.db'}"}
    cli = CliRunner().invoke(
        build_app(), ["collect", "--dry-run", "--type", "web", "--url", f"{site.base}/col/col1/index.html"], env=env
    )
    assert cli.exit_code == 0, cli.output
    assert sum(1 for line in cli.stdout.splitlines() if line.startswith("{")) == 6


def test_dry_run_of_a_list_of_another_sites_articles_says_so(site: FixtureSite) -> None:
    # A county page listing the province's articles: the links are on another site, which a web
    # source does not follow; the error says so instead of only "no article text".
    html = list_page(TITLES[:6]).replace('href="/art/', 'href="http://www.zj.gov.cn/art/')
    site.add("/col/col9/index.html", Route(body=html.encode("utf-8"), content_type="text/html"))
    with pytest.raises(CollectorError, match=r"no article text.*other sites \(www\.zj\.gov\.cn\)"):
        dry_run(f"{site.base}/col/col9/index.html", "web")


def _bomb() -> bytes:
    return gzip.compress(b"<html><body>" + b"<p>" * 8_000_000 + b"</body></html>", compresslevel=9)


@pytest.mark.parametrize(
    ("route", "expected"),
    [
        (Route(redirect_to="/loop/b.html"), "redirect"),
        (Route(body=_bomb(), content_type="text/html", headers={"Content-Encoding": "gzip"}), "decompression"),
        (
            Route(
                body=(
                    "<html><body>" + "<div>" * 10_000 + f"<p>{FIRST}</p>" + "</div>" * 10_000 + "</body></html>"
                ).encode(),
                content_type="text/html",
            ),
            "not extractable",
        ),
        (
            Route(body=b"<html><head><title>x</title></head><body></body></html>", content_type="text/html"),
            "no article",
        ),
    ],
    ids=["redirect-loop", "gzip-bomb", "nested-10000", "empty"],
)
def test_a_failing_web_page_is_a_clear_error(site: FixtureSite, tmp_path: Path, route: Route, expected: str) -> None:
    site.add("/robots.txt", Route(body=b"", content_type="text/plain"))
    site.add("/loop/b.html", Route(redirect_to="/loop/a.html"))
    site.add("/loop/a.html", route)
    url = f"{site.base}/loop/a.html"
    with pytest.raises(CollectorError, match=expected):
        dry_run(url, "web")
    env = {"YUQING_DATA_DIR": str(tmp_path / "d"), "YUQING_DATABASE_URL": f"sqlite:///{tmp_path / 'y.db'}"}
    cli = CliRunner().invoke(build_app(), ["collect", "--dry-run", "--type", "web", "--url", url], env=env)
    assert cli.exit_code != 0 and expected in str(cli.exception)


def test_a_failing_list_page_is_recorded_on_the_source(
    site: FixtureSite, migrated_db: tuple[Engine, sessionmaker[Session]]
) -> None:
    site.add("/robots.txt", Route(body=b"", content_type="text/plain"))
    site.add("/a.html", Route(redirect_to="/b.html"))
    site.add("/b.html", Route(redirect_to="/a.html"))
    sources = parse_sources(
        f"""
sources:
  - id: looping
    type: web
    url: "{site.base}/a.html"
    http: {{min_delay_s: 0, timeout_s: 5, retries: 0}}
"""
    ).sources
    health = HealthStore(migrated_db[1])

    def crawl(source: Any) -> Any:
        return run_crawl(source, dry_run=True, timeout_s=60)

    runner = CollectRunner(sources, sink=None, health=health, context=CollectContext(), crawl=crawl)  # type: ignore[arg-type]
    (outcome,) = runner.run_once()
    assert not outcome.ok and "redirect" in (outcome.error or "")
    (row,) = health.all()
    assert row.consecutive_failures == 1 and "redirect" in (row.last_error or "")
