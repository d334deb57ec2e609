"""Pages a script draws (their text only in a script's data) are reported as such, with the source
the desk can use instead, never taken for a list of their navigation links or an empty article."""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest

from collectors.config import parse_sources
from collectors.dryrun import dry_run
from collectors.errors import CollectorError, ScriptDrawnError
from collectors.web.extract import extract_article
from collectors.web.links import looks_like_list
from collectors.web.runner import run_crawl
from collectors.web.scripted import script_rendered
from tests.collectors.conftest import FixtureSite, Route
from tests.collectors.test_extract import FIRST, PARAGRAPHS, article
from tests.collectors.test_web_sites import TITLES, list_page

BODY = [
    "海关总署5月9日发布数据，今年前4个月，我国货物贸易进出口总值13.81万亿元，同比增长5.7%。",
    "其中，出口7.81万亿元，增长4.9%；进口6万亿元，增长6.8%。",
    "海关总署统计分析司负责人表示，前4个月我国外贸运行总体平稳，向好态势进一步巩固，积极因素不断增多。",
    "从贸易方式看，一般贸易进出口8.94万亿元，增长5.8%，占我国外贸总值的64.7%。",
    "从经营主体看，民营企业进出口7.5万亿元，增长9.7%，占我国外贸总值的54.3%，比去年同期提升1.9个百分点。",
]


def toutiao_shell() -> str:
    """A 今日头条 article as its shell serves it: the text only in ``BASE_DATA``, escaped as markup."""
    content = "".join(f"&lt;p&gt;{line}&lt;/p&gt;" for line in BODY)
    return (
        "<!DOCTYPE html><html><head><meta charset=utf-8><title>前4个月我国外贸向好态势进一步巩固 - 今日头条</title>"
        '<link rel="stylesheet" href="//s3.pstatp.com/toutiao/static/css/page/index_node/index.css"></head>'
        '<body><div id="root"></div><script>var BASE_DATA = {userInfo: {id: 0}, articleInfo: {'
        f"title: '前4个月我国外贸向好态势进一步巩固', content: '{content}', "
        "groupId: '7366789012345678901', subInfo: {source: '新华社', time: '2024-05-09 11:20'}}};</script>"
        '<script src="//s3.pstatp.com/toutiao/static/js/vendor.js"></script></body></html>'
    )


def spa_list_shell(feed: str = "") -> str:
    """A 政务服务 site built as a Vue app: its channel navigation in the HTML, its list in a script's state."""
    nav = "".join(f'<li><a href="/channel/100{i}.html">{name}</a></li>' for i, name in enumerate(_CHANNELS))
    state = {"list": [{"id": 8000 + i, "title": t, "date": f"2024-06-{i + 1:02d}"} for i, t in enumerate(TITLES)]}
    return (
        f"<html><head><meta charset=utf-8><title>政务动态</title>{feed}</head><body>"
        f'<div class="header"><ul class="nav">{nav}</ul></div><div id="app"></div>'
        f"<script>window.__INITIAL_STATE__ = {json.dumps(state, ensure_ascii=False)};"
        "fetch('/api/cms/article/list?channelId=1001&pageSize=15')</script>"
        '<div class="footer">主办：江山市人民政府办公室</div></body></html>'
    )


_CHANNELS = [
    "时政要闻频道",
    "部门动态频道",
    "乡镇街道动态",
    "通知公告频道",
    "政策文件频道",
    "政策解读频道",
    "政务服务频道",
]
BASE = "https://www.jiangshan.gov.cn/zwdt/index.html"


def test_a_script_drawn_page_is_recognised_and_a_page_showing_its_text_is_not() -> None:
    assert looks_like_list(spa_list_shell(), BASE)[0]  # what the HTML alone suggests: its navigation
    reason = script_rendered(spa_list_shell(), BASE)
    assert reason is not None and "rendered by script" in reason and "__INITIAL_STATE__" in reason
    assert "json_api" in reason and "https://www.jiangshan.gov.cn/api/cms/article/list?channelId=1001" in reason
    feed = '<link rel="alternate" type="application/rss+xml" href="/rss/zwdt.xml">'
    reason = script_rendered(spa_list_shell(feed), BASE)
    assert reason is not None and "rss source: https://www.jiangshan.gov.cn/rss/zwdt.xml" in reason
    reason = script_rendered(toutiao_shell(), "https://www.toutiao.com/article/7366789012345678901/")
    assert reason is not None and "BASE_DATA" in reason
    # A page that shows its article while also shipping it as data (澎湃's Next.js pages), and an
    # article with a menu of Chinese names in a script, are read as their HTML shows them.
    data = json.dumps({"props": {"content": "".join(BODY * 2)}}, ensure_ascii=False)
    shown = article("".join(f"<p>{line}</p>" for line in BODY)).replace(
        "</body>", f'<script id="__NEXT_DATA__" type="application/json">{data}</script></body>'
    )
    assert script_rendered(shown, BASE) is None
    menu = "var menu = [" + ",".join(f"'{t}'" for t in TITLES) + "];"
    assert script_rendered(article(PARAGRAPHS).replace("</body>", f"<script>{menu}</script></body>"), BASE) is None


def test_weibo_and_douyin_pages_are_script_drawn() -> None:
    # 微博's status page keeps the post in $render_data; 抖音 sends its RENDER_DATA JSON percent-encoded.
    post = {"status": {"text": "".join(BODY), "user": {"screen_name": "江山发布"}}}
    weibo = (
        '<html><head><title>微博</title></head><body><div id="app"></div>'
        f"<script>var $render_data = [{json.dumps(post, ensure_ascii=False)}][0] || {{}};</script></body></html>"
    )
    reason = script_rendered(weibo, "https://m.weibo.cn/status/5012345678901234")
    assert reason is not None and "$render_data" in reason
    encoded = quote(json.dumps({"aweme": {"desc": "".join(BODY)}}, ensure_ascii=False))
    douyin = (
        '<html><head><title>抖音</title></head><body><div id="root"></div>'
        f'<script id="RENDER_DATA" type="application/json">{encoded}</script></body></html>'
    )
    reason = script_rendered(douyin, "https://www.douyin.com/video/7370000000000000000")
    assert reason is not None and "RENDER_DATA" in reason


def test_dry_runs_of_script_drawn_pages_say_what_to_use_instead(site: FixtureSite) -> None:
    site.add("/robots.txt", Route(body=b"", content_type="text/plain"))
    site.add("/article/7366789012345678901/", Route(body=toutiao_shell().encode(), content_type="text/html"))
    site.add("/zwdt/index.html", Route(body=spa_list_shell().encode(), content_type="text/html"))
    with pytest.raises(CollectorError, match=r"rendered by script.*BASE_DATA.*json_api source"):
        dry_run(f"{site.base}/article/7366789012345678901/", "web")
    with pytest.raises(CollectorError, match=r"rendered by script.*__INITIAL_STATE__.*/api/cms/article/list"):
        dry_run(f"{site.base}/zwdt/index.html", "web")
    assert not any(path.startswith("/channel/") for path in site.hits)  # its navigation is no list of articles


def test_a_source_whose_list_page_is_drawn_by_script_reports_it(site: FixtureSite) -> None:
    site.add("/robots.txt", Route(body=b"", content_type="text/plain"))
    site.add("/zwdt/index.html", Route(body=spa_list_shell().encode(), content_type="text/html"))
    source = parse_sources(
        f"""
sources:
  - id: spa
    type: web
    url: "{site.base}/zwdt/index.html"
    http: {{min_delay_s: 0, timeout_s: 5, retries: 0}}
"""
    ).sources[0]
    result = run_crawl(source, dry_run=True, timeout_s=60)  # type: ignore[arg-type]
    assert result.items == [] and result.list_pages_ok == 0
    (error,) = result.errors
    assert error.startswith(f"list page {site.base}/zwdt/index.html: the page is rendered by script")
    assert not any(path.startswith("/channel/") for path in site.hits)


_HOT = "".join(f'<li><a href="/art/2024/6/{i}/art_{i}.html">江山市热点新闻标题第{i}条内容</a></li>' for i in range(10))
_NOTICE = (
    "本网站所登载的信息，除注明来源外，均为江山市人民政府网站版权所有，"
    "未经许可不得转载、摘编或利用其它方式使用上述作品。"
)


def drawn_article(script: str) -> str:
    """A government article whose text a script writes into the empty ``#zoom`` below the headline
    and its info line; the HTML shows only the site's navigation, a hot-links sidebar and a notice."""
    return f"""<html><head><meta charset="utf-8"><title>前4个月我国外贸向好态势进一步巩固_江山市人民政府</title></head>
<body><div class="header"><h1><a href="/">江山市人民政府</a></h1><ul class="nav">
{"".join(f'<li><a href="/col/col{i}/index.html">{name}</a></li>' for i, name in enumerate(_CHANNELS))}</ul></div>
<div class="main"><div class="left"><div class="article-title">前4个月我国外贸向好态势进一步巩固</div>
<div class="info">发布时间：2024-05-09 11:20 来源：江山市商务局</div><div id="zoom"></div></div>
<div class="right"><h3>热点排行</h3><ul>{_HOT}</ul><div class="notice">{_NOTICE}</div></div></div>
{script}<div class="footer">主办单位：江山市人民政府办公室 网站标识码：3308810001</div></body></html>"""


_MARKUP = "".join(f"<p>{line}</p>" for line in BODY)
ARTICLE_URL = "https://www.jiangshan.gov.cn/art/2024/5/9/art_1229_8801.html"


@pytest.mark.parametrize(
    "script",
    [
        # the text as a string a script writes in; escaped to \uXXXX as JSON encoders do by default
        f"<script>var content = {json.dumps(_MARKUP, ensure_ascii=False)};$('#zoom').html(content);</script>",
        f"<script>var content = {json.dumps(_MARKUP)};document.getElementById('zoom').innerHTML = content;</script>",
        # an object of the article's fields, or a JSON script block
        "<script>window.DATA = "
        + json.dumps({"title": "前4个月我国外贸向好态势进一步巩固", "content": _MARKUP}, ensure_ascii=False)
        + ";</script>",
        '<script type="application/json" id="data">'
        + json.dumps({"article": {"id": 8801, "content": _MARKUP}}, ensure_ascii=False)
        + "</script>",
    ],
    ids=["var", "var-escaped", "window-data", "json-block"],
)
def test_an_article_a_script_writes_in_from_one_string_is_read(script: str) -> None:
    page = drawn_article(script)
    assert script_rendered(page, ARTICLE_URL) is None  # the HTML shows too much to be a shell
    assert not looks_like_list(page, ARTICLE_URL)[0]  # its hot-links sidebar is no list
    result = extract_article(page, url=ARTICLE_URL)
    assert result.title == "前4个月我国外贸向好态势进一步巩固"
    assert result.body_text == "\n".join(BODY)
    assert result.published == "2024-05-09 11:20" and result.origin == "江山市商务局"


def paragraphs_in_data() -> str:
    return drawn_article(
        "<script>var DATA = " + json.dumps({"paras": [{"t": line} for line in BODY]}, ensure_ascii=False) + ";</script>"
    )


def test_an_article_only_a_scripts_data_holds_is_reported_not_read_as_its_sidebar() -> None:
    page = paragraphs_in_data()
    assert not looks_like_list(page, ARTICLE_URL)[0]
    with pytest.raises(ScriptDrawnError, match=r"^正文由脚本加载: .*scripts \(\d+ Chinese characters of prose"):
        extract_article(page, url=ARTICLE_URL)
    # Scripts holding a form's prompts or a short notice beside a real article change nothing.
    prompts = (
        "<script>alert('请输入正确的手机号码。'); var tip = '本站仅支持IE9及以上版本浏览器访问，请升级。';</script>"
    )
    page = article(PARAGRAPHS).replace("</body>", f"{prompts}</body>")
    assert extract_article(page).body_text.startswith(FIRST)


def test_dry_runs_read_or_report_an_article_a_script_writes_in(site: FixtureSite) -> None:
    site.add("/robots.txt", Route(body=b"", content_type="text/plain"))
    read = drawn_article(f"<script>var content = {json.dumps(_MARKUP)};$('#zoom').html(content);</script>")
    site.add("/art/read.html", Route(body=read.encode(), content_type="text/html"))
    site.add("/art/data.html", Route(body=paragraphs_in_data().encode(), content_type="text/html"))
    run = dry_run(f"{site.base}/art/read.html", "web")
    (item,) = run.items
    assert item.title == "前4个月我国外贸向好态势进一步巩固" and item.text == "\n".join(BODY)
    with pytest.raises(CollectorError, match="正文由脚本加载"):
        dry_run(f"{site.base}/art/data.html", "web")
    assert not any(path.startswith("/art/2024/") for path in site.hits)  # the sidebar is not crawled


_SUMMARIES = [f"第{i}条摘要：江山市各乡镇开展防汛演练，检验应急预案，提升群众避险自救能力。" for i in range(12)]


def test_a_list_or_a_short_article_that_also_ships_its_data_is_read_from_its_html() -> None:
    # A list page whose script also holds its records (titles with their summaries) stays a list.
    records = [{"title": t, "summary": s} for t, s in zip(TITLES, _SUMMARIES, strict=True)]
    data = json.dumps({"props": {"list": records}}, ensure_ascii=False)
    page = list_page(TITLES).replace(
        "</body>", f'<script id="__NEXT_DATA__" type="application/json">{data}</script></body>'
    )
    is_list, links = looks_like_list(page, "https://www.jiangshan.gov.cn/col/col1/index.html")
    assert is_list and [link.text for link in links] == TITLES
    # A short notice its HTML shows, repeated in the data beside its related stories' summaries.
    notice = "端午节期间，江山市政务服务中心6月10日暂停对外办公，6月11日起恢复正常。"
    related = [{"title": t, "summary": s} for t, s in zip(TITLES, _SUMMARIES, strict=True)]
    data = json.dumps({"props": {"content": f"<p>{notice}</p>", "related": related}}, ensure_ascii=False)
    page = article(f"<p>{notice}</p>").replace(
        "</body>", f'<script id="__NEXT_DATA__" type="application/json">{data}</script></body>'
    )
    assert extract_article(page).body_text == notice
