"""Article extraction on pages the tests write themselves, one per failure mode seen on real
government and news pages: a wrong charset declaration, an early ``</html>`` from an included
fragment, a logo ``<h1>``, an article inside a ``<form>`` (博达/VSB), a link-heavy footer and
friend-links block, paragraphs inside ``<span id="detailContent">``, a hidden-link sidebar."""

from __future__ import annotations

import pytest

from collectors.encoding import decode
from collectors.errors import ParseError
from collectors.web.extract import extract_article

HEADLINE = "江山市召开防汛防台风工作部署会"
FIRST = "6月12日上午，江山市召开防汛防台风工作部署会，全面部署今年防汛防台风工作。"
MIDDLE = "会议指出，各乡镇（街道）、各部门要压紧压实责任，落实落细各项防范措施，确保安全度汛。"
LAST = "会议要求，汛期严格执行24小时值班和领导带班制度，遇有险情第一时间报告。"
SITE = "江山市人民政府"
NAV = "".join(f'<li><a href="/col/col{i}/index.html">栏目{i}</a></li>' for i in range(12))
FRIENDS = "".join(f'<a href="http://www.dept{i}.gov.cn/">衢州市第{i}部门网站</a> | ' for i in range(25))
HOT = "".join(f'<li><a href="/art/2024/6/{i}/art_{i}.html">江山市热点新闻标题第{i}条内容</a></li>' for i in range(10))
FOOTER = (
    '<div class="foot-right">主办单位：江山市人民政府办公室 承办单位：江山市大数据发展中心 '
    "地址：江山市鹿溪南路 联系电话：0570-4022000 网站标识码：3308810001 浙ICP备05000000号 "
    '<a href="/sitemap.html">网站地图</a> <a href="/contact.html">联系我们</a></div>'
)


def article(paragraphs: str, *, head_title: str | None = None, h1: str = "", wrapper: str = "{}") -> str:
    """A government article page around ``paragraphs``, wrapped by ``wrapper``."""
    title = head_title if head_title is not None else f"{HEADLINE}_{SITE}"
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="header"><div class="logo">{h1 or f'<h1><a href="/">{SITE}</a></h1>'}</div>
<ul class="nav">{NAV}</ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1/index.html">政务动态</a></div>
<div class="main"><div class="left">
{
        wrapper.format(f'''<div class="article-title">{HEADLINE}</div>
<div class="info">发布时间：2024-06-12 15:30 来源：江山市应急管理局 浏览次数：123</div>
<div class="article-content">{paragraphs}</div>''')
    }
<div class="related"><h3>相关阅读</h3><ul>{HOT}</ul></div>
</div><div class="right"><h3>热点排行</h3><ul>{HOT}</ul></div></div>
<div class="friend-links">友情链接：{FRIENDS}</div>
<div class="footer">{FOOTER}<p>版权所有：江山市人民政府 技术支持：某某科技</p></div>
</body></html>"""


PARAGRAPHS = f"<p>{FIRST}</p><p>{MIDDLE}</p><p>{MIDDLE}</p><p>{LAST}</p>"


def assert_article(html: str, title: str = HEADLINE) -> None:
    result = extract_article(html, url="http://www.jiangshan.gov.cn/art/2024/6/12/art_1.html")
    assert result.title == title
    body = result.body_text
    assert body.startswith(FIRST) and body.endswith(LAST), body
    for junk in ("友情链接", "衢州市第3部门网站", "主办单位", "版权所有", "热点新闻标题", "栏目3", "相关阅读"):
        assert junk not in body, junk


def test_a_plain_government_article() -> None:
    page = article(PARAGRAPHS)
    assert_article(page)
    result = extract_article(page)
    assert result.published == "2024-06-12 15:30" and result.origin == "江山市应急管理局"


def test_wrong_charset_declaration_is_decoded_by_the_bytes() -> None:
    utf8_declared_gbk = article(PARAGRAPHS).replace('charset="utf-8"', 'charset="gb2312"').encode("utf-8")
    assert_article(decode(utf8_declared_gbk, "text/html; charset=gb2312"))
    gbk_declared_utf8 = article(PARAGRAPHS).encode("gbk")
    assert_article(decode(gbk_declared_utf8, "text/html; charset=utf-8"))


def test_an_included_fragment_with_its_own_end_of_document() -> None:
    fragment = '<div class="share">分享到：微信</div></body></html>'
    assert_article(article(f"<p>{FIRST}</p><p>{MIDDLE}</p>{fragment}<p>{MIDDLE}</p><p>{LAST}</p>"))


def test_a_logo_h1_is_not_the_headline() -> None:
    logo = f'<h1 class="site">{SITE}门户网站</h1>'
    page = article(PARAGRAPHS, h1=logo).replace(f'<div class="article-title">{HEADLINE}</div>', f"<h2>{HEADLINE}</h2>")
    assert_article(page)
    # Also when <title> is only the site's name, the heading just above the text is the headline.
    assert_article(article(PARAGRAPHS, head_title=f"{SITE}门户网站", h1=logo))


def test_an_article_inside_a_form() -> None:
    vsb = '<form name="_newscontent_fromname"><div class="v_news_content">{}</div></form>'
    page = article(PARAGRAPHS, wrapper=vsb)
    assert_article(page)


def test_paragraphs_inside_a_span() -> None:
    page = article(f'<span id="detailContent">{PARAGRAPHS}</span>')
    assert_article(page)


def test_br_separated_lines_in_one_block() -> None:
    page = article(f"{FIRST}<br>{MIDDLE}<br><br>{MIDDLE}<br>{LAST}")
    assert_article(page)


def test_a_link_heavy_footer_never_wins_over_a_short_article() -> None:
    page = article(f"<p>{FIRST}</p><p>{LAST}</p>")
    assert_article(page)


def test_inline_related_links_after_the_text_are_left_out() -> None:
    related = "".join(f'<br><b><a href="/art/{i}.html">相关报道第{i}篇标题文字</a></b><br>' for i in range(5))
    page = article(PARAGRAPHS + related)
    assert_article(page)


def test_headline_from_the_article_title_meta_when_headings_say_nothing() -> None:
    page = (
        article(PARAGRAPHS, head_title="无标题文档")
        .replace("<head>", f'<head><meta name="ArticleTitle" content="{HEADLINE}">')
        .replace(f'<div class="article-title">{HEADLINE}</div>', "")
    )
    assert_article(page)


def test_title_is_never_two_headings_joined() -> None:
    page = article(PARAGRAPHS).replace(
        f'<div class="article-title">{HEADLINE}</div>',
        f'<h1 class="article-title">{HEADLINE}</h1><h1 class="nav-all">全部导航</h1>',
    )
    assert_article(page)


def test_information_disclosure_index_fields() -> None:
    table = (
        '<table class="xxgk"><tr><td>索引号：</td><td>11330881002564218R/2024-00123</td>'
        "<td>主题分类：</td><td>综合政务</td></tr>"
        "<tr><td>发文机关：</td><td>江山市人民政府办公室</td><td>成文日期：</td><td>2024-06-10</td></tr>"
        "<tr><td>文号：</td><td>江政办发〔2024〕12号</td><td>发布日期：</td><td>2024-06-12</td></tr></table>"
    )
    page = article(PARAGRAPHS).replace(
        '<div class="info">发布时间：2024-06-12 15:30 来源：江山市应急管理局 浏览次数：123</div>', table
    )
    result = extract_article(page)
    assert result.index_fields["索引号"] == "11330881002564218R/2024-00123"
    assert result.index_fields["发文机关"] == "江山市人民政府办公室"
    assert result.index_fields["成文日期"] == "2024-06-10" and result.index_fields["文号"] == "江政办发〔2024〕12号"
    assert result.published == "2024-06-12"
    assert "索引号" not in result.body_text and result.body_text.startswith(FIRST)


def test_government_page_metas() -> None:
    page = article(PARAGRAPHS).replace(
        "<head>", '<head><meta name="PubDate" content="2024-06-12 09:00"><meta name="ContentSource" content="江山日报">'
    )
    result = extract_article(page)
    assert result.published == "2024-06-12 09:00" and result.origin == "江山日报"


def test_a_page_without_article_text_is_an_error() -> None:
    with pytest.raises(ParseError, match="no article text"):
        extract_article(f"<html><head><title>{HEADLINE}</title></head><body><ul>{NAV}</ul></body></html>")


def test_ten_thousand_nested_tags_are_an_error_not_an_empty_item() -> None:
    page = "<html><body>" + "<div>" * 10_000 + f"<p>{FIRST}</p>" + "</div>" * 10_000 + "</body></html>"
    with pytest.raises(ParseError, match="not extractable"):
        extract_article(page)


def test_mojibake_is_an_error() -> None:
    garbled = article(PARAGRAPHS).encode("gbk").decode("latin-1")
    with pytest.raises(ParseError, match="mojibake"):
        extract_article(garbled)


def test_headline_inside_the_article_block_under_a_generic_title() -> None:
    page = article(PARAGRAPHS, head_title=f"政务动态_{SITE}").replace(
        f'<div class="article-title">{HEADLINE}</div>', f"<h1>{HEADLINE}</h1>"
    )
    page = page.replace('<div class="left">', '<div class="left"><div class="article">').replace(
        '<div class="related">', '</div><div class="related">'
    )
    page = page.replace(f'<div class="article-content">{PARAGRAPHS}</div>', PARAGRAPHS)  # h1 and text are siblings
    assert_article(page)


def test_the_article_header_block_is_not_the_masthead() -> None:
    # 新华网 and 网易 put the headline in a block named "header" (div.header, div.post_header),
    # and <title> ends in "-新华网" with no spaces around the hyphen.
    page = article(PARAGRAPHS, head_title=f"{HEADLINE}-新华网").replace(
        f'<div class="article-title">{HEADLINE}</div>',
        f'<div class="header"><div class="h-news"><div class="h-title">{HEADLINE}</div></div></div>',
    )
    assert_article(page)
    wrapped = article(PARAGRAPHS, head_title=f"{HEADLINE}_网易新闻").replace(
        f'<div class="article-title">{HEADLINE}</div>', f"<header><h1>{HEADLINE}</h1></header>"
    )
    assert_article(wrapped)


def test_a_headline_shown_only_in_a_plain_cell_is_cut_from_the_title_at_a_bare_hyphen() -> None:
    # 博达-era pages: the headline is a <td><span> with no class, <title> is "headline-column".
    page = article(PARAGRAPHS, head_title=f"{HEADLINE}-纪检").replace(
        f'<div class="article-title">{HEADLINE}</div>',
        f'<table><tr><td align="center"><span class="STYLE8">{HEADLINE}</span></td></tr></table>',
    )
    assert_article(page)


def test_a_meta_title_cut_by_an_unescaped_quote_is_not_the_headline() -> None:
    quoted = '奖金711万元！"中国诺贝尔奖"首位获奖女性啥来头?'
    page = (
        article(PARAGRAPHS, head_title=f"{quoted}_网易新闻")
        .replace("<head>", f'<head><meta property="og:title" content="{quoted}">')
        .replace(f'<div class="article-title">{HEADLINE}</div>', "")
    )
    assert_article(page, title=quoted)


def test_a_heading_with_navigation_appended_is_not_the_headline() -> None:
    page = article(PARAGRAPHS).replace(
        f'<div class="article-title">{HEADLINE}</div>',
        f'<h1 class="article-title">{HEADLINE}<a href="/nav.html">全部导航</a></h1>',
    )
    assert_article(page)


def test_a_text_block_is_chosen_over_its_wrapper_of_byline_and_tail_lines() -> None:
    # 澎湃/证券时报: the text is one block of <br>-separated lines; its wrapper also holds the
    # headline, the byline, the 报料 line and the heading of the recommendations.
    lines = f"{FIRST}<br><br>{MIDDLE}<br><br>{MIDDLE}<br><br>{LAST}"
    wrapper = (
        f'<div class="newsbox"><h1 class="news_title">{HEADLINE}</h1>'
        '<div class="news_about"><p>澎湃新闻记者 张三</p><p>2020-01-03 18:13 来源：澎湃新闻</p></div>'
        f'<div class="news_txt">{lines}</div><div class="news_editor">责任编辑：柴敏懿</div>'
        "<p>澎湃新闻报料：4009-20-4009 澎湃新闻，未经授权不得转载</p><h2>相关推荐</h2></div>"
    )
    page = article("").replace(f'<div class="article-title">{HEADLINE}</div>', "")
    page = page.replace('<div class="article-content"></div>', wrapper)
    assert_article(page)
    assert "报料" not in extract_article(page).body_text


def test_a_disclaimer_or_qr_code_promo_after_the_text_is_left_out() -> None:
    promo = (
        '<p class="ecode_weixin">专注苹果新闻报道，每日推送最新苹果资讯。扫描下方二维码关注苹果汇官方微信。</p>'
        '<div class="article-status"><div class="statement">免责声明：本文来自腾讯新闻客户端自媒体，'
        "不代表腾讯网的观点和立场。</div></div>"
    )
    page = article(PARAGRAPHS + promo)
    assert_article(page)
    body = extract_article(page).body_text
    assert "二维码" not in body and "免责声明" not in body


def test_a_line_break_in_the_source_of_a_paragraph_is_a_space() -> None:
    wrapped = FIRST.replace("，江山市", "，\n                江山市")
    page = article(f"<p>{wrapped}</p><p>{MIDDLE}</p><pre>第一行\n第二行</pre><p>{LAST}</p>")
    body = extract_article(page).body_text
    assert body.split("\n")[0] == FIRST.replace("，江山市", "， 江山市")
    assert "第一行\n第二行" in body


def test_a_disclaimer_line_and_widget_labels_at_the_edges_are_left_out() -> None:
    disclaimer = "<p>免责声明：自媒体综合提供的内容均源自自媒体，文章观点仅代表作者本人，不代表本站立场。</p>"
    page = article(f'<span class="btn">图集</span>{PARAGRAPHS}{disclaimer}<div class="like">+1</div>')
    assert_article(page)
    assert "免责声明" not in extract_article(page).body_text


def test_a_headline_split_over_lines_at_the_top_of_the_text_is_not_body_text() -> None:
    # 国务院公报: a long headline set as three centred lines above the text, none a heading.
    split = "江山市召开<br>防汛防台风<br>工作部署会"
    page = article(f'<p align="center">{split}</p>{PARAGRAPHS}').replace(
        f'<div class="article-title">{HEADLINE}</div>', ""
    )
    assert_article(page)


def test_an_empty_source_label_gives_no_origin_and_laiyuanyu_is_a_label() -> None:
    info = "发布时间：2024-06-12 15:30 来源：江山市应急管理局 浏览次数：123"
    empty = article(PARAGRAPHS).replace(info, "来源:\n | 发布时间: 2024-06-12 | 浏览次数: 5")
    result = extract_article(empty)
    assert result.origin is None and result.published == "2024-06-12"
    variant = article(PARAGRAPHS).replace("来源：江山市应急管理局", "来源于：江山市应急管理局")
    assert extract_article(variant).origin == "江山市应急管理局"


def test_an_original_title_note_opening_the_text_is_not_body_text() -> None:
    # 网易/新浪 reprints open with （原标题：…） above the first paragraph.
    page = article(f"<p>（原标题：{HEADLINE}，全面部署今年工作）</p>{PARAGRAPHS}")
    assert_article(page)


def test_title_column_first_and_a_title_classed_info_line() -> None:
    # <title> "column--headline", and the info line under the headline sits in a block whose class
    # says title: the column is not the headline's site name, the info line is not a headline.
    block = f'<div class="title"><h2>{HEADLINE}</h2><div class="title-info">发布时间： 2024-06-12 10:09:11</div></div>'
    page = article(PARAGRAPHS, head_title=f"政务动态--{HEADLINE}").replace(
        f'<div class="article-title">{HEADLINE}</div>', block
    )
    assert_article(page)


def test_a_shortened_repeat_of_the_headline_inside_the_text_is_not_the_title() -> None:
    # 动易 pages: the headline heading carries a column tag ([校电]…) that <title> repeats, and the
    # text opens with the same headline, without the tag, in a heading of its own.
    tagged = f"【防汛】{HEADLINE}"
    page = article(f"<h2>{HEADLINE}</h2>{PARAGRAPHS}", head_title=f"{tagged}-{SITE}").replace(
        f'<div class="article-title">{HEADLINE}</div>', f'<h2 class="title">{tagged}</h2>'
    )
    assert_article(page, title=tagged)


def test_an_index_table_with_spaced_labels_and_an_empty_cell_above_the_text() -> None:
    # 政府文件 pages: the 索引号 table sits in the article block, labels spaced out in <th> cells,
    # an empty 发文字号 cell followed by the next label, and the headline repeated under a 标题 row.
    cells = [("索 引 号", "113308810025642/2024-00123"), ("主题分类", "综合政务"), ("发文机关", "江山市应急管理局")]
    cells += [("成文日期", "2024年06月10日"), ("标　　题", HEADLINE), ("发文字号", " "), ("发布日期", "2024年06月12日")]
    rows = "".join(f"<tr><th>{label}：</th>\n<td>{value}</td></tr>\n" for label, value in cells)
    page = article(f"<table>{rows}</table><div>{HEADLINE}</div>{PARAGRAPHS}").replace(
        '<div class="info">发布时间：2024-06-12 15:30 来源：江山市应急管理局 浏览次数：123</div>', ""
    )
    result = extract_article(page)
    assert result.index_fields == {
        "索引号": "113308810025642/2024-00123",
        "主题分类": "综合政务",
        "发文机关": "江山市应急管理局",
        "成文日期": "2024年06月10日",
        "发布日期": "2024年06月12日",
    }
    assert result.published == "2024年06月12日"
    assert_article(page)


@pytest.mark.parametrize(
    "info",
    [
        "<span>文章来源：</span> <span>作者：</span> <span>发布时间：2024-06-12</span>",  # 动易: empty labels in a row
        "<span>发布时间：2024-06-12</span><span>来源：</span></div><div>",  # the text follows an empty 来源
        "发布时间：2024-06-12 作者：</li><li><strong>转载请注明：</strong>",  # an empty 作者 before a label
    ],
)
def test_an_empty_source_or_author_label_takes_nothing_from_its_neighbours(info: str) -> None:
    page = article(PARAGRAPHS).replace("发布时间：2024-06-12 15:30 来源：江山市应急管理局 浏览次数：123", info)
    result = extract_article(page)
    assert result.origin is None and result.author is None and result.published == "2024-06-12"


def test_the_author_under_the_headline_beats_the_author_meta() -> None:
    # News sites fill <meta name="author"> with their own name; the byline names the writer.
    page = article(PARAGRAPHS).replace("<head>", '<head><meta name="author" content="江山新闻网">')
    assert extract_article(page).author == "江山新闻网"
    bylined = page.replace("浏览次数：123", "作者：张三 浏览次数：123")
    assert extract_article(bylined).author == "张三"
