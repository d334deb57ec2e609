"""What an article page says about itself (publish time, 来源, 信息公开 index fields) on the forms
news and government templates write it in."""

from __future__ import annotations

import pytest

from collectors.web.extract import extract_article
from tests.collectors.test_extract import PARAGRAPHS, article

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
