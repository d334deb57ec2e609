"""政府信息公开 list pages as county and department sites write them: the documents in a table or a
``<ul class="list">`` with their dates in sibling cells, a tree of twenty columns beside them, and
a pager drawn by the TRS script or by numbered links only."""

from __future__ import annotations

import pytest

from collectors.config import parse_sources
from collectors.web.links import find_article_links, list_frame_url, looks_like_list
from collectors.web.pager import next_page_url
from collectors.web.runner import run_crawl
from tests.collectors.conftest import FixtureSite, Route
from tests.collectors.test_extract import PARAGRAPHS, article

COLUMNS = [
    "政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开政府信息",
    "机构职能与领导信息", "政策文件与解读", "规划计划信息公开", "财政预决算信息", "重点领域信息公开",
    "人事信息公开专栏", "行政权力运行公开", "建议提案办理结果", "政府常务会议信息", "新闻发布会专栏",
    "突发事件应对信息", "公共资源配置信息", "社会公益事业建设", "生态环境保护信息", "安全生产信息公开",
]  # fmt: skip
DOCUMENTS = [f"江山市人民政府办公室关于印发第{i}批防汛防台风工作方案的通知" for i in range(1, 21)]
BASE = "http://www.jiangshan.gov.cn/zwgk/zcwj/index.html"


def column_tree(cls: str, href: str = "/zwgk/col{:03d}/index.html") -> str:
    """The 信息公开 tree of columns, each linking its column's own page."""
    links = "".join(f'<li><a href="{href.format(i)}">{name}</a></li>' for i, name in enumerate(COLUMNS))
    return f'<ul class="{cls}">{links}</ul>'


def table_list(documents: list[str], pager: str, *, first: int = 1) -> str:
    """A 信息公开 table: 序号, 名称 (the link), 文号 and 发布日期 in sibling cells; the column tree on the left."""
    rows = "".join(
        f'<tr><td>{n}</td><td class="bt"><a href="./202406/t20240607_45678{n:02d}.html" title="{title}"'
        f' target="_blank">{title}</a></td><td>江政办发〔2024〕{n}号</td><td>2024-06-{n:02d}</td></tr>'
        for n, title in enumerate(documents, start=first)
    )
    return f"""<html><head><meta charset="utf-8"><title>政策文件_江山市人民政府</title></head><body>
<div class="header"><a href="/">江山市人民政府</a></div>
<div class="main"><div class="xxgk-left"><h3>政府信息公开</h3>{column_tree("list")}</div>
<div class="xxgk-right"><div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a>
&gt; 政策文件</div><table class="xxgk-list" width="100%">
<tr><th>序号</th><th>名称</th><th>文号</th><th>发布日期</th></tr>
{rows}</table><div class="page">{pager}</div></div></div>
<div class="footer">主办单位：江山市人民政府办公室 网站标识码：3308810001</div></body></html>"""


def ul_list(documents: list[str], pager: str) -> str:
    """A 通知公告 list in ``<ul class="list">``, each date in a span beside its link; the columns in a
    menu linking them as 大汉 does (``/col/col1229000001/``)."""
    records = "".join(
        f'<li><a href="./202406/t20240607_45678{n:02d}.html" title="{title}">{title}</a>'
        f'<span class="date">2024-06-{n:02d}</span></li>'
        for n, title in enumerate(documents, start=1)
    )
    return f"""<html><head><meta charset="utf-8"><title>通知公告_江山市人民政府</title></head><body>
<div class="main"><div class="left">{column_tree("menu", "/col/col1229{:06d}/")}</div>
<div class="right"><ul class="list">{records}</ul><div class="pagination">{pager}</div></div></div></body></html>"""


@pytest.mark.parametrize("layout", [table_list, ul_list], ids=["table", "ul-list"])
def test_the_documents_of_a_list_win_over_a_longer_tree_of_columns(layout: object) -> None:
    page = layout(DOCUMENTS[:10], "")  # type: ignore[operator]
    is_list, links = looks_like_list(page, BASE)
    assert is_list and [link.text for link in links] == DOCUMENTS[:10]
    assert links[0].url == "http://www.jiangshan.gov.cn/zwgk/zcwj/202406/t20240607_4567801.html"
    assert [link.text for link in find_article_links(page, BASE)] == DOCUMENTS[:10]


@pytest.mark.parametrize(
    ("pager", "base", "expected"),
    [
        # TRS, the older call and the newer one drawing into an element (its page counting from 1)
        ('<script>createPageHTML(7, 0, "index", "html");</script>', BASE, "index_1.html"),
        ("<div id='page_div'></div><script>createPageHTML('page_div',7, 1,'index','html',103);</script>", BASE,
         "index_1.html"),
        ("<script>createPageHTML('page_div',7, 3,'index','html',103);</script>", BASE.replace("index", "index_2"),
         "index_3.html"),
        ("<script>createPageHTML('page_div',7, 7,'index','html',103);</script>", BASE.replace("index", "index_6"),
         None),
        # numbered links only, the current page a span; a 下一页 that is an image
        ('<span class="current">1</span><a href="index_1.html">2</a><a href="index_2.html">3</a>'
         '<a href="index_6.html">尾页</a>', BASE, "index_1.html"),
        ('<a href="index_1.html">1</a><span>2</span><a href="index_2.html">3</a>', BASE.replace("index", "index_1"),
         "index_2.html"),
        ('<a href="index_1.html"><img src="/images/next.gif" alt="下一页"></a>', BASE, "index_1.html"),
        # 成都-style column-index-N and a page parameter
        ('<a href="column-index-1.shtml">1</a><a href="column-index-2.shtml">2</a>',
         "http://www.jiangshan.gov.cn/zwgk/zcwj/column-index-1.shtml", "column-index-2.shtml"),
        ('<a href="list.jsp?cid=12&page=1">1</a><a href="list.jsp?cid=12&page=3">3</a>',
         "http://www.jiangshan.gov.cn/zwgk/zcwj/list.jsp?cid=12&page=2", "list.jsp?cid=12&page=3"),
        # the last page of a pager whose next would be a page it does not link
        ('<a href="index.html">首页</a><a href="index_5.html">5</a><span>6</span>', BASE.replace("index", "index_6"),
         None),
    ],
    ids=["trs", "trs-element", "trs-element-3", "trs-element-last", "numbers", "numbers-2", "image", "column-index",
         "page-param", "last"],
)  # fmt: skip
def test_the_next_page_of_a_government_list(pager: str, base: str, expected: str | None) -> None:
    found = next_page_url(table_list(DOCUMENTS[:10], pager), base)
    assert found == (base.rsplit("/", 1)[0] + "/" + expected if expected else None)


def test_a_source_follows_a_pager_of_numbered_links_only(site: FixtureSite) -> None:
    site.add("/robots.txt", Route(body=b"", content_type="text/plain"))
    pages = {"index.html": (DOCUMENTS[:10], 1), "index_1.html": (DOCUMENTS[10:20], 11)}
    pagers = {
        "index.html": '<span>1</span><a href="index_1.html">2</a><a href="index_1.html">尾页</a>',
        "index_1.html": '<a href="index.html">1</a><span>2</span>',
    }
    for name, (documents, first) in pages.items():
        body = table_list(documents, pagers[name], first=first).encode()
        site.add(f"/zwgk/zcwj/{name}", Route(body=body, content_type="text/html"))
        for n, title in enumerate(documents, start=first):
            html = article(PARAGRAPHS).replace("江山市召开防汛防台风工作部署会", title)
            site.add(
                f"/zwgk/zcwj/202406/t20240607_45678{n:02d}.html", Route(body=html.encode(), content_type="text/html")
            )
    source = parse_sources(
        f"""
sources:
  - id: jiangshan-zcwj
    type: web
    url: "{site.base}/zwgk/zcwj/index.html"
    http: {{min_delay_s: 0, timeout_s: 5, retries: 0}}
    web: {{max_pages: 3}}
"""
    ).sources[0]
    result = run_crawl(source, dry_run=True, timeout_s=90)  # type: ignore[arg-type]
    assert result.errors == [] and result.list_pages_ok == 2
    assert sorted(item["title"] for item in result.items) == sorted(DOCUMENTS)
    assert not any(path.startswith("/zwgk/col") for path in site.hits)  # the column tree is not followed


MENU = [
    ("/zdjs/about/intro.shtml", "机构概况与职能"), ("/zdjs/about/leaders.shtml", "领导班子成员信息"),
    ("/zdjs/branch/east.shtml", "华东分支机构概况"), ("/zdjs/branch/south.shtml", "华南分支机构概况"),
    ("/zdjs/service/forms.shtml", "业务表格下载专区"), ("/zdjs/service/guide.shtml", "业务办理服务指引"),
    ("/zdjs/service/phone.shtml", "咨询服务电话一览"), ("/zdjs/service/fees.shtml", "业务收费标准说明"),
]  # fmt: skip


def framed_list(
    frame: str = '<iframe id="code_1" src="rules/code_1.shtml" width="100%" frameborder="0"></iframe>',
) -> str:
    """A column page that draws only its frame (a header of dropdown menus, column tabs, an empty pager
    box) and loads its records into an ``<iframe>`` where the list stands."""
    menu = "".join(f'<dd><a href="{href}" target="_parent" title="{name}">{name}</a></dd>' for href, name in MENU)
    return f"""<html><head><meta charset="utf-8"><title>业务规则-登记结算公司</title></head><body>
<div class="header"><ul class="nav"><li><a href="/zdjs/index.shtml">首页</a></li>
<li><a href="/zdjs/about/">关于我们</a><div class="sNav"><dl>{menu}</dl></div></li></ul></div>
<div class="crumb">您当前所在位置：首页 &gt; 法律规则 &gt; <span>业务规则</span></div>
<div class="main"><div class="page_title">业务规则</div>
<div class="tab"><div class="hd"><a href="/zdjs/rules/accounts.shtml">账户管理</a>
<a href="/zdjs/rules/custody.shtml">登记存管</a></div>
<div class="bd"><ul class="newslist">{frame}</ul><div id="page_div"></div></div></div></div>
<div class="footer">版权所有 登记结算公司</div></body></html>"""


def test_a_list_in_a_frame_is_no_list_of_the_menus_beside_it() -> None:
    base = "http://www.example-clear.cn/zdjs/rules.shtml"
    page = framed_list()
    assert looks_like_list(page, base) == (True, [])  # the records are in the frame, not the menu
    assert list_frame_url(page, base) == "http://www.example-clear.cn/zdjs/rules/code_1.shtml"
    # a frame elsewhere (a header include, a hidden counter) or another site's is no list's
    for other in (
        '<iframe src="rules/code_1.shtml" width="0" height="0"></iframe>',
        '<iframe src="http://player.example.com/live.html"></iframe>',
        '<iframe src="rules/code_1.shtml" style="display:none"></iframe>',
    ):
        assert list_frame_url(framed_list(other), base) is None
    header = framed_list("").replace('<div class="header">', '<div class="header"><iframe src="/top.html"></iframe>')
    assert list_frame_url(header, base) is None
    # a dated list of the page's own beside a frame is the page's list
    records = "".join(
        f'<li><a href="./202406/t20240607_45678{n:02d}.html">{title}</a><span>2024-06-{n:02d}</span></li>'
        for n, title in enumerate(DOCUMENTS[:8], start=1)
    )
    dated = framed_list().replace('<div id="page_div">', f'<ul class="list">{records}</ul><div id="page_div">')
    assert list_frame_url(dated, base) is None
    assert [link.text for link in looks_like_list(dated, base)[1]] == DOCUMENTS[:8]


def test_a_source_reads_the_list_in_the_frame(site: FixtureSite) -> None:
    site.add("/robots.txt", Route(body=b"", content_type="text/plain"))
    site.add("/zdjs/rules.shtml", Route(body=framed_list().encode(), content_type="text/html"))
    records = "".join(
        f'<li><a href="/zdjs/rules/202406/t20240607_45678{n:02d}.shtml" target="_blank" title="{title}">{title}</a>'
        f"<span>2024-06-{n:02d}</span></li>"
        for n, title in enumerate(DOCUMENTS[:6], start=1)
    )
    frame = f'<html><body><ul class="list">{records}</ul></body></html>'
    site.add("/zdjs/rules/code_1.shtml", Route(body=frame.encode(), content_type="text/html"))
    for n, title in enumerate(DOCUMENTS[:6], start=1):
        html = article(PARAGRAPHS).replace("江山市召开防汛防台风工作部署会", title)
        site.add(
            f"/zdjs/rules/202406/t20240607_45678{n:02d}.shtml", Route(body=html.encode(), content_type="text/html")
        )
    source = parse_sources(
        f"""
sources:
  - id: clear-rules
    type: web
    url: "{site.base}/zdjs/rules.shtml"
    http: {{min_delay_s: 0, timeout_s: 5, retries: 0}}
"""
    ).sources[0]
    result = run_crawl(source, dry_run=True, timeout_s=90)  # type: ignore[arg-type]
    assert result.errors == []
    assert sorted(item["title"] for item in result.items) == sorted(DOCUMENTS[:6])
    assert not any(path.startswith(("/zdjs/about", "/zdjs/branch", "/zdjs/service")) for path in site.hits)
