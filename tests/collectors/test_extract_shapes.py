"""Article extraction on page shapes first seen on real pages of a holdout set the extractor was not
developed on (news pages in traditional characters, a 热线 工单 page, an old table-layout notice):
each page is written here, never copied."""

from __future__ import annotations

from collectors.web.extract import extract_article
from tests.collectors.test_extract import FIRST, HEADLINE, LAST, MIDDLE, PARAGRAPHS, article, assert_article


def test_a_dateline_opening_the_text_is_its_first_paragraph() -> None:
    # 新浪 (Taiwan) opens a story with "日期:1月21日，…": a label, but the line is two sentences of prose.
    dateline = "日期:6月12日，江山市召开防汛防台风工作部署会。这是今年入汛以来全市第一次专题部署防汛工作。"
    page = article(f"<p>{dateline}</p><p>{MIDDLE}</p><p>{LAST}</p>")
    body = extract_article(page).body_text
    assert body.startswith(dateline), body[:80]
    # An info line opening the text is still no paragraph of it, a sentence end and all.
    info = "<p>日期：2024-06-12 来源：江山市应急管理局。</p>"
    assert extract_article(article(info + PARAGRAPHS)).body_text.startswith(FIRST)


def _ticket(sections: str) -> str:
    return (
        '<html><head><meta charset="utf-8"><title>关于新桥村道路积水的反映-12345热线</title></head><body>'
        '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/gdgs/">工单公示</a></li></ul>'
        '<div class="gd-detail"><div class="gd-title">关于新桥村道路积水的反映</div>'
        '<div class="gd-row"><label>工单编号：</label><span>JS2024061200352</span></div>'
        f"{sections}</div>"
        '<div class="footer">主办单位：江山市12345政务服务便民热线</div></body></html>'
    )


def test_a_hotline_ticket_set_as_labelled_sections_is_taken_whole() -> None:
    # 12345 热线 工单 pages in blocks: 诉求内容 (the complaint, one block of text) and 办理结果 (the
    # reply, several paragraphs); the reply is the best block, the complaint is in its own section.
    complaint = "市民反映：石桥镇新桥村村口道路地势低洼，每逢下雨积水严重，居民出行十分不便，希望尽快疏通排水管道。"
    reply = f"<p>承办单位：石桥镇人民政府</p><p>{FIRST}</p>" + f"<p>{MIDDLE}</p>" * 3 + f"<p>{LAST}</p>"
    sections = (
        f'<div class="gd-sec"><div class="gd-sec-t">诉求内容</div><div class="gd-sec-c">{complaint}</div></div>'
        f'<div class="gd-sec"><div class="gd-sec-t">办理结果</div><div class="gd-sec-c">{reply}</div></div>'
    )
    body = extract_article(_ticket(sections)).body_text
    assert body.startswith(complaint) and body.endswith(LAST), body
    # A block shaped like a section but further away (a sidebar box after other blocks) does not join.
    aside = (
        f'<div class="gd-sec"><div class="gd-sec-t">办事指南</div><div class="gd-sec-c">{MIDDLE}{MIDDLE}</div></div>'
    )
    apart = sections.split("</div></div>", 1)[1] + '<div class="gd-pj">满意度：满意</div>' + aside
    assert extract_article(_ticket(apart)).body_text.count(MIDDLE) == 3


OLD_NOTICE = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title}</title></head><body>
<table width="1000"><tr><td><img src="/images/top.jpg"></td></tr>
<tr><td class="menu"><a href="/">首页</a> | <a href="/news/">政务要闻</a></td></tr></table>
<table width="1000"><tr><td class="left"><a href="/tzgg/">通知公告</a><br><a href="/gsgg/">公示公告</a></td><td>
<table width="100%"><tr><td class="dqwz">您现在的位置：<a href="/">首页</a> &gt; <a href="/tzgg/">通知公告</a></td></tr>
<tr><td align="center">{headline}</td></tr>
<tr><td align="center">作者：江山市应急管理局 发布时间：2024-06-12 点击数：156</td></tr>
<tr><td class="content">{paragraphs}</td></tr></table></td></tr></table>
<table width="1000"><tr><td>版权所有：江山市人民政府 主办：江山市人民政府办公室</td></tr></table></body></html>"""


def test_a_headline_in_a_styled_cell_beats_a_title_naming_only_the_site() -> None:
    # Old table-layout county sites: <title> is the site's name; the headline is a bold red <font> in
    # the cell above the text, with no heading tag and no class.
    styled = f'<font style="font-size:20px;font-weight:bold;color:#c00">{HEADLINE}</font>'
    page = OLD_NOTICE.format(title="江山市人民政府", headline=styled, paragraphs=PARAGRAPHS)
    assert extract_article(page).title == HEADLINE
    assert (
        extract_article(
            OLD_NOTICE.format(title="江山市人民政府", headline=f"<b>{HEADLINE}</b>", paragraphs=PARAGRAPHS)
        ).title
        == HEADLINE
    )
    # A <title> that states the headline keeps it; a bold line that is not alone in its block is no headline.
    stated = OLD_NOTICE.format(
        title=f"{HEADLINE}_江山市人民政府", headline="<b>江山市应急管理局</b>", paragraphs=PARAGRAPHS
    )
    assert extract_article(stated).title == HEADLINE
    inline = OLD_NOTICE.format(title="江山市人民政府", headline=f"<b>{HEADLINE}</b>（第2号）", paragraphs=PARAGRAPHS)
    assert extract_article(inline).title == "江山市人民政府"


def test_an_app_promotion_closing_the_text_is_left_out() -> None:
    # 自由時報 closes a story with "不用抽 不用搶 現在用APP看新聞 保證天天中獎 點我下載APP …".
    promo = (
        '<p class="app">不用抽 不用搶 現在用APP看新聞 保證天天中獎 <a href="/app.html">點我下載APP</a>'
        ' <a href="/act.html">按我看活動辦法</a></p>'
    )
    assert_article(article(PARAGRAPHS + promo))
    plain = "<p>下载江山发布客户端</p>"
    assert_article(article(PARAGRAPHS + plain))
    # A sentence of the text naming an app stays.
    sentence = "<p>市民可下载“浙里办”APP查询防汛避险场所，也可拨打12345咨询。</p>"
    assert extract_article(article(PARAGRAPHS + sentence)).body_text.endswith("也可拨打12345咨询。")


def test_a_bracketed_link_to_another_story_and_a_related_heading_in_traditional_spelling_end_the_text() -> None:
    # 上報 closes the last sentence with "（<a>another story's headline</a>）", then 【熱門點閱】 and
    # more headlines.
    last = f'<p>{LAST}（<a href="/news_info.php?SerialNo=83139">中職二度延賽至4月11日</a>）</p>'
    hot = (
        '<div class="rss_close"><strong>【熱門點閱】</strong></div><div class="rss_close"><strong>●傳武肺病毒恐侵害'
        '免疫系統 <a href="/n/1">張上淳：需有更多屍檢資訊證實</a></strong></div>'
    )
    page = article(f"<p>{FIRST}</p><p>{MIDDLE}</p><p>{MIDDLE}</p>{last}{hot}")
    body = extract_article(page).body_text
    assert body.endswith(LAST), body[-80:]
    assert "熱門點閱" not in body and "延賽" not in body and "屍檢" not in body
    # A bracketed link inside a sentence (详见（附件1）), or too short for a headline, stays.
    kept = f'<p>{LAST}（<a href="/f/1.pdf">附件1</a>）</p>'
    assert extract_article(article(f"<p>{FIRST}</p><p>{MIDDLE}</p>{kept}")).body_text.endswith("（附件1）")
