"""What an article page says about itself (publish time, 来源, 信息公开 index fields) on the forms
news and government templates write it in."""

from __future__ import annotations

import pytest

from collectors.web.extract import extract_article
from tests.collectors.test_extract import FIRST, PARAGRAPHS, article

INFO = "发布时间：2024-06-12 15:30 来源：江山市应急管理局 浏览次数：123"


def with_info(info: str, head: str = "") -> str:
    return article(PARAGRAPHS).replace(INFO, info).replace("<head>", f"<head>{head}")


@pytest.mark.parametrize(
    ("info", "origin"),
    [
        # 中国新闻网: the source and a link after one full-width space
        ("2024年06月12日 15:30　来源：中国新闻网　参与互动", "中国新闻网"),
        # pages in traditional characters (香港、台湾 releases, Big5 sites)
        ("發布時間：2024-06-12 15:30 來源：衛生健康局 瀏覽次數：123", "衛生健康局"),
        ("資料來源：衛生署衞生防護中心  發佈日期：2024-06-12 15:30", "衛生署衞生防護中心"),
    ],
)
def test_the_source_ends_where_the_line_moves_on(info: str, origin: str) -> None:
    result = extract_article(with_info(info))
    assert result.origin == origin and result.published is not None and "2024" in result.published


DATE_ONLY = '<meta name="publishdate" content="2024-06-12">'


@pytest.mark.parametrize(
    ("info", "head", "published"),
    [
        # 人民网: a date-only publishdate meta, the minute in the line under the headline
        ("2024年06月12日15:30 | 来源：人民网－人民日报", DATE_ONLY, "2024年06月12日15:30"),
        # 中国政府网 (开普云): the same with a space, 来源 in a span of its own
        ("2024-06-12 15:30<span>来源： 新华社</span>", DATE_ONLY, "2024-06-12 15:30"),
        # 新华网: the year, the day and the time each in a span of their own
        (
            '<span class="year"><em> 2024</em></span><span class="day"><em> 06</em>/<em>12</em></span>'
            '<span class="time"> 15:30:05</span> 来源：新华网',
            "",
            "2024-06-12 15:30:05",
        ),
    ],
    ids=["people", "govcn", "xinhuanet"],
)
def test_the_publish_time_keeps_its_minute(info: str, head: str, published: str) -> None:
    assert extract_article(with_info(info, head)).published == published


def test_an_index_table_whose_label_cells_have_no_colon() -> None:
    # 信息公开 pages of many county sites: label cells without a colon; 成文日期 two days before 发布日期.
    cells = [("索 引 号", "002593478/2024-35681"), ("主题分类", "安全生产监管"), ("发文机关", "江山市人民政府办公室")]
    cells += [("成文日期", "2024-06-05"), ("发文字号", "江政办发〔2024〕21号"), ("发布日期", "2024-06-07")]
    rows = "".join(
        f'<tr><td class="xxgk_tit">{a}</td><td>{b}</td><td class="xxgk_tit">{c}</td><td>{d}</td></tr>'
        for (a, b), (c, d) in zip(cells[::2], cells[1::2], strict=True)
    )
    page = article(f'<table class="xxgk_table">{rows}</table>{PARAGRAPHS}').replace(INFO, "")
    result = extract_article(page)
    assert result.index_fields == {label.replace(" ", ""): value for label, value in cells}
    assert result.published == "2024-06-07"


@pytest.mark.parametrize(
    "info",
    [
        # 新浪: the date, then the source as a link marked by its class, without a label
        '<span class="date">2024年06月12日 15:30</span><a href="https://zjnews.zjol.com.cn/" class="source ent-source">'
        "浙江日报</a>",
        # 腾讯: a span marked a_source
        '<span class="a_source">浙江日报</span><span class="a_time">2024-06-12 15:30</span>',
    ],
)
def test_a_source_marked_by_its_class_without_a_label(info: str) -> None:
    result = extract_article(with_info(info))
    assert result.origin == "浙江日报" and result.published in ("2024-06-12 15:30", "2024年06月12日 15:30")


def test_a_wechat_article_gets_the_publish_time_only_its_script_knows() -> None:
    # mp.weixin.qq.com: #publish_time is empty in the HTML; the script fills it from var ct (epoch seconds).
    info = '<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em>'
    script = '<script type="text/javascript" nonce="1545761157">var ct = "1718177400";var t="";</script>'
    page = with_info(info).replace("</body>", f"{script}</body>")
    assert extract_article(page).published == "2024-06-12 15:30:00"
    assert extract_article(page.replace('id="publish_time"', 'id="js_time"')).published is None


@pytest.mark.parametrize(
    ("head", "credit"),
    [
        ('<meta name="editor" content="严玉洁"><meta name="author" content="严玉洁">', ""),  # 中国日报
        ('<meta name="author" content="严玉洁">', "<p>（编辑：严玉洁 王辉）</p>"),
    ],
)
def test_an_author_meta_naming_the_editor_is_no_author(head: str, credit: str) -> None:
    page = with_info(INFO.replace(" 浏览次数：123", ""), head).replace(PARAGRAPHS, PARAGRAPHS + credit)
    assert extract_article(page).author is None
    assert extract_article(with_info(INFO, '<meta name="author" content="严玉洁">')).author == "严玉洁"


def test_an_empty_source_label_followed_by_the_visit_count_names_no_source() -> None:
    # 开普云 / 集约化 pages: 来源：<b></b> 访问量：199 发布日期：… — 访问量 is the next label, not the source.
    info = (
        '<span class="ly">来源：<b></b></span> <span class="llcs">访问量：<b>199</b></span> 发布日期：2024-06-12 15:30'
    )
    result = extract_article(with_info(info))
    assert result.origin is None and result.published == "2024-06-12 15:30"


def test_a_pubdate_meta_that_is_the_page_generation_time_gives_way_to_the_page() -> None:
    # 开普云 regenerates old pages: a 2015 report's PubDate meta says 2022, the same as its
    # "页面生成时间" meta; the 发布日期 under the headline says when it was published.
    generated = (
        '<meta name="PubDate" content="2022-04-24 10:00:43">'
        '<meta name="others" content="页面生成时间 2022-04-24 10:00:43">'
    )
    result = extract_article(with_info("发布日期：2017-05-15 10:49:00", generated))
    assert result.published == "2017-05-15 10:49:00"
    # A PubDate meta that differs from the generation time is the publish time, as before.
    kept = generated.replace('content="2022-04-24 10:00:43">', 'content="2017-05-15 09:00:00">', 1)
    assert extract_article(with_info("发布日期：2017-05-15 10:49:00", kept)).published == "2017-05-15 09:00:00"


def test_a_cite_crediting_the_publication_above_the_text_is_the_source() -> None:
    # 新浪 (Taiwan): <cite><a>北京新浪網</a> (2020-01-21 11:12)</cite> under the headline, no label.
    cite = '<cite><a href="/cobrand/sinacn/">江山日报</a> (2024-06-12 15:30)</cite>'
    result = extract_article(with_info(cite))
    assert result.origin == "江山日报" and result.published == "2024-06-12 15:30"
    # A labelled source still comes first; a <cite> holding only a date names none.
    assert extract_article(with_info(f"来源：江山市应急管理局 {cite}")).origin == "江山市应急管理局"
    assert extract_article(with_info("<cite>(2024-06-12 15:30)</cite>")).origin is None


@pytest.mark.parametrize(
    ("info", "origin"),
    [
        # 腾讯 (older pages): the source in span.where between the column and the time
        (
            '<span class="infoCol"><a href="/china/">国内新闻</a></span><span class="where">'
            '<a href="http://www.xinhuanet.com/">新华网</a></span><span class="auth"></span>'
            '<span class="pubTime">2024年06月12日15:30</span>',
            "新华网",
        ),
        # a media-name span beside the time
        (
            '<div class="author"><span class="media-name">浙江日报</span> <span>2024-06-12 15:30</span></div>',
            "浙江日报",
        ),
        # 經濟日報 / 聯合報 (traditional characters): the paper opens the byline, before its reporter
        (
            '<span class="article-body__time">2024-06-12 15:30</span>'
            '<span class="article-body__author">經濟日報 記者林家溱／台北即時報導</span>',
            "經濟日報",
        ),
        ('<div class="story_info"><span>2024-06-12 15:30</span>聯合報 記者王聖藜／台北即時報導</div>', "聯合報"),
        # 發佈時間 / 來源 labels in traditional characters still come first
        (
            '發佈時間：2024-06-12 15:30　來源：香港經濟日報 <span class="author">經濟日報 記者林家溱</span>',
            "香港經濟日報",
        ),
        # an info line of a date and a publication's name, nothing else
        ('<div class="article-info">2024-06-12 15:30 新华网</div>', "新华网"),
    ],
    ids=["qq-where", "media-name", "udn-author", "udn-line", "traditional-labels", "info-line"],
)
def test_a_source_shown_without_a_label_next_to_the_headline(info: str, origin: str) -> None:
    result = extract_article(with_info(info))
    assert result.origin == origin
    assert result.published in ("2024-06-12 15:30", "2024年06月12日15:30")


@pytest.mark.parametrize(
    "info",
    [
        # 澎湃 (current pages): the account's name above 来源：澎湃新闻·澎湃号·政务
        '<div class="index_name__ID4kk">江山发布</div><div><span>2024-06-12 15:30</span>'
        "<span>来源：澎湃新闻·澎湃号·政务</span></div>",
        # 澎湃 (older pages): the platform's breadcrumb to the account, no 来源 label
        '<div class="news_about"><p><a href="/list_25462">澎湃号·政务</a> &gt; <a href="/gov_1">江山发布</a></p>'
        "<p>2024-06-12 15:30</p></div>",
    ],
    ids=["thepaper-labelled-platform", "thepaper-breadcrumb"],
)
def test_a_platform_accounts_page_names_the_account_as_its_source(info: str) -> None:
    result = extract_article(with_info(info))
    assert result.origin == "江山发布" and result.published == "2024-06-12 15:30"
    # An account reposting a publication that the page labels: the labelled publication.
    reposted = info.replace("来源：澎湃新闻·澎湃号·政务", "来源：央视新闻")
    if reposted != info:
        assert extract_article(with_info(reposted)).origin == "央视新闻"


@pytest.mark.parametrize(
    "info",
    [
        # a breadcrumb in div.where, a person in span.author, a video in div.media: no source
        '<div class="where">当前位置：<a href="/">首页</a> &gt; <a href="/c/">政务动态</a></div>2024-06-12 15:30',
        '<span class="author">张三</span> <span>2024-06-12 15:30</span>',
        '<div class="media">视频</div> 2024-06-12 15:30',
        # 本报记者 names no paper; a name shown without a platform's 来源 is no account
        '<p class="byline">本报记者 张三 李四</p> 2024-06-12 15:30',
        '<div class="user-name">张三</div> 2024-06-12 15:30',
        # an info line of a date and a person, or of a date and a column
        '<div class="article-info">2024-06-12 15:30 张三</div>',
        '<div class="info">2024-06-12 15:30 政务动态</div>',
        # a photo's credit above the text names the picture's agency, not the text's source
        '<span>2024-06-12 15:30</span><p class="pic-note">新华社记者 张三 摄</p>',
    ],
    ids=["breadcrumb", "person", "video", "own-reporter", "name", "info-person", "info-column", "photo-credit"],
)
def test_marks_that_hold_something_else_name_no_source(info: str) -> None:
    assert extract_article(with_info(info)).origin is None


def test_a_headline_about_a_reporter_is_no_byline() -> None:
    page = with_info("2024-06-12 15:30").replace(
        '<div class="article-title">', '<div class="article-title"><h1>人民日报记者直击洪灾现场</h1>'
    )
    assert extract_article(page).origin is None


def test_a_source_meta_is_read_only_when_the_page_shows_no_source() -> None:
    head = '<meta name="source" content="新华社">'
    assert extract_article(with_info("发布时间：2024-06-12 15:30", head)).origin == "新华社"
    assert extract_article(with_info(INFO, head)).origin == "江山市应急管理局"


def test_a_dateline_opening_the_text_names_the_paper() -> None:
    # 中央社 and the papers relaying it open the text with the byline in brackets; 本报 names no paper.
    dateline = "（中央社記者王小明台北12日電）"
    page = with_info("2024-06-12 15:30").replace(f"<p>{FIRST}", f"<p>{dateline}{FIRST}")
    assert extract_article(page).origin == "中央社"
    assert extract_article(page.replace("中央社記者", "本報記者")).origin is None
