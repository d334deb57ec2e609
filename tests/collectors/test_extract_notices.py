"""Article extraction on government notices and roundups, each failure mode first seen on real
pages of a holdout set the extractor was not developed on (pages written here, never copied)."""

from __future__ import annotations

from collectors.web.extract import extract_article
from tests.collectors.test_extract import FIRST, LAST, MIDDLE, PARAGRAPHS, article, assert_article

TITLE = "江山市城区道路改造工程施工中标（成交）结果公告"


def test_a_notice_set_as_table_rows_is_taken_whole_not_its_longest_cell() -> None:
    # 政府采购 result notices: every line is a table row, and one cell lists dozens of bidders with
    # their scores, separated by 、 — far more punctuation than any row, but only part of the notice.
    bidders = "、".join(f"江山市第{i}建设工程有限公司（8{i % 10}.5、79.0、81.5）" for i in range(30))
    rows = [
        "一、项目编号：JSCG2024-0601",
        "二、项目名称：江山市城区道路改造工程施工",
        "三、中标（成交）信息：供应商名称：江山市交通建设有限公司，中标金额：1234.5万元",
        f"四、评审专家名单及评分：{bidders}",
        "五、公告期限：自本公告发布之日起1个工作日。",
        *(f"{i}、江山市第{i}建设工程有限公司：评审得分较低（综合评审得分较低）" for i in range(1, 16)),
        "六、采购人信息：名称：江山市交通运输局，地址：江山市鹿溪南路1号",
        "七、联系方式：项目联系人：王工，联系电话：0570-4020000",
    ]
    table = "<table>" + "".join(f"<tr><td>{row}</td></tr>" for row in rows) + "</table>"
    page = article(table, head_title=TITLE).replace(
        '<div class="article-title">江山市召开防汛防台风工作部署会</div>', f"<h2>{TITLE}</h2>"
    )
    body = extract_article(page).body_text
    assert body.startswith("一、项目编号：JSCG2024-0601"), body[:80]
    assert body.endswith("联系电话：0570-4020000"), body[-80:]


def test_credit_and_source_lines_closing_the_text_are_left_out() -> None:
    # 人民网 closes every article block with （责编：…）; other sites with 来源：…, 审读：…, 监制：….
    credits = "<p>来源：江山日报</p><p>（责编：王五、赵六）</p><p>审 读：张三</p><p>总监制：李四</p>"
    page = article(PARAGRAPHS + credits)
    assert_article(page)
    body = extract_article(page).body_text
    assert "责编" not in body and "审 读" not in body and "江山日报" not in body
    # A closing paragraph that only mentions a source in its prose stays.
    cited = "<p>以上数据来源：江山市统计局，经整理后发布。</p>"
    assert extract_article(article(PARAGRAPHS + cited)).body_text.endswith("经整理后发布。")


def test_read_more_links_ending_the_paragraphs_of_a_roundup_are_left_out() -> None:
    # 一周要闻 roundups: each item's summary ends ">>>更多内容，点击阅读", a link to the full story.
    more = '&gt;&gt;&gt;<a href="/art/2024/6/{}.html">更多内容，点击阅读</a>'
    items = "".join(
        f"<div><b>{i}.江山市第{i}项工作动态</b></div><div>{text}{more.format(i)}</div>"
        for i, text in enumerate((FIRST, MIDDLE, LAST), start=1)
    )
    cited = '<div>各乡镇（街道）要对照<a href="/art/2024/6/9.html">应急预案</a>逐项落实防汛措施。</div>'
    page = article(items + cited)
    body = extract_article(page).body_text
    assert "点击阅读" not in body and ">>>" not in body, body
    assert f"\n{FIRST}\n" in body and f"\n{LAST}\n" in body
    assert body.endswith("要对照应急预案逐项落实防汛措施。")  # a link inside the prose stays


def test_a_long_text_of_br_lines_beats_a_wrapper_named_content() -> None:
    # 澎湃号·政务: the whole text is one block of <br>-separated lines, dozens of them, with the
    # pictures in child blocks; its wrapper (class "newscontent") also holds the byline, an editor
    # line and the comment box. Each line is a paragraph: the text block must win over the wrapper.
    lines = "<br>".join([FIRST, *(MIDDLE for _ in range(12)), LAST])
    pictured = lines.replace("<br>", '<div class="pic"><img src="/a.jpg"></div>', 2)
    wrapper = (
        f'<div class="newscontent"><h1 class="news_title">{TITLE}</h1>'
        '<div class="news_about"><p>江山发布</p><p>2024-06-12 15:30</p></div>'
        f'<div class="news_txt">{pictured}</div>'
        '<div class="news_editor">投稿请发送邮件至jsfb@example.cn，申请加入江山政务号</div>'
        '<div id="commt"><h2>评论（0）</h2><div>我要跟帖，文明上网，理性发言</div><div>已输入0字</div></div></div>'
    )
    page = article("").replace('<div class="article-title">江山市召开防汛防台风工作部署会</div>', "")
    page = page.replace('<div class="article-content"></div>', wrapper)
    body = extract_article(page).body_text
    assert body.startswith(FIRST) and body.endswith(LAST), body[-120:]
    assert "申请加入" not in body and "跟帖" not in body


def test_a_back_to_the_home_page_link_closing_the_last_paragraph_is_left_out() -> None:
    # 腾讯网 ends the last paragraph with a 返回腾讯网首页>> link, 搜狐 and its copies the author line
    # with 返回搜狐，查看更多.
    home = f'<p>{LAST}<a href="/"><img src="/i.png"><span>返回江山网首页&gt;&gt;</span></a></p>'
    page = article(f"<p>{FIRST}</p><p>{MIDDLE}</p>{home}")
    assert_article(page)
    more = '<p>作者：江山日报记者 张三 李四<a href="/">返回搜狐，查看更多</a></p>'
    body = extract_article(article(PARAGRAPHS + more)).body_text
    assert body.endswith(f"{LAST}\n作者：江山日报记者 张三 李四"), body[-60:]


def test_a_recommendation_or_a_teaser_after_the_end_of_the_text_is_left_out() -> None:
    # 网易 puts a 延伸 · 推荐 block (a link and the other story's summary) inside the text block;
    # reprint sites put another story's teaser after the 责任编辑 line.
    teaser = "近日，江山市某社区民警在开展辖区人口核查工作时，平均每天拨打电话一百余个，被运营商停机。"
    recommended = (
        f'<div class="special_tag"><div class="special_tag_ttl">延伸 · 推荐</div>'
        '<div class="special_tag_cnt"><p><a href="/art/9.html">民警一天打100个电话被停机</a></p>'
        f"<p>{teaser}</p></div></div>"
    )
    page = article(PARAGRAPHS + recommended)
    assert_article(page)
    assert teaser not in extract_article(page).body_text
    quoted = f"<p>责任编辑：<span></span></p><blockquote><p>江山警方通报一起案件</p><p>{teaser}</p></blockquote>"
    longer = f"<p>{FIRST}</p>" + f"<p>{MIDDLE}</p>" * 6 + f"<p>{LAST}</p>"
    page = article(longer + quoted)
    assert_article(page)
    assert teaser not in extract_article(page).body_text


def test_an_editor_line_above_the_text_or_inside_a_roundup_cuts_nothing() -> None:
    top = article(f"<p>责任编辑：王五 发布时间：2024-06-12</p>{PARAGRAPHS}")
    assert_article(top)
    pairs = ((FIRST, MIDDLE), (MIDDLE, MIDDLE), (MIDDLE, LAST))
    items = "".join(f"<p>{one}</p><p>{two}</p><p>（责编：王五）</p>" for one, two in pairs)
    body = extract_article(article(items)).body_text
    assert body.startswith(FIRST) and body.endswith(LAST) and body.count(MIDDLE) == 4, body


def test_an_end_mark_and_the_promotion_after_it_are_left_out() -> None:
    # 公众号 articles close with - END - and then promote other posts (往期推荐 and its links, a
    # 转载请注明出处 line); a 快科技 page ends - THE END - / 转载请注明出处：快科技.
    longer = f"<p>{FIRST}</p>" + f"<p>{MIDDLE}</p>" * 4 + f"<p>{LAST}</p>"
    for mark in ("- END -", "- THE END -", "—END—"):
        promo = (
            f"<p>{mark}</p><p>转载请注明出处：江山发布</p><p>往期推荐</p><p>江山市开展防汛演练，全市三十个单位参加</p>"
        )
        page = article(longer + promo)
        assert_article(page)
        assert "转载请注明" not in extract_article(page).body_text


def test_a_label_left_dangling_at_the_end_of_the_text_is_left_out() -> None:
    # 新浪 ends a story with 点击进入专题：and a link to the topic (a link list, left out): the label
    # stays alone at the end of the text.
    topic = '<div class="wap_special"><div class="tlt">点击进入专题：</div><a href="/z/1.html">江山防汛专题</a></div>'
    page = article(PARAGRAPHS + topic)
    assert_article(page)


def test_a_letter_and_its_reply_in_labelled_rows_are_both_the_text() -> None:
    # 县长信箱 / 网上信访 reply pages: a table of labelled rows; the letter (来信内容) and the reply
    # (回复内容) are in cells of two rows, between them the replying unit and the time.
    letter = "石桥镇新桥村到镇区的村道路面破损严重，坑洼较多，下雨天积水，电动车和行人通行很不安全。希望尽快修复。"
    reply = f"您好！您反映的问题已收悉。{FIRST}经现场核实，部分路段存在路面破损情况，我局已制定修复方案。{LAST}"
    rows = [("信件编号", "XZXX20240612001"), ("来信标题", "关于新桥村道路破损严重的反映"), ("来信内容", letter)]
    rows += [("回复单位", "市交通运输局"), ("回复时间", "2024-06-12 16:20:05"), ("回复内容", reply)]
    table = '<table class="xx_table">' + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows) + "</table>"
    page = (
        '<html><head><title>关于新桥村道路破损严重的反映-县长信箱</title></head><body><ul class="nav">'
        '<li><a href="/">首页</a></li><li><a href="/col/col1300/index.html">县长信箱</a></li></ul>'
        f'<div class="xx_box">{table}</div><div class="footer">主办单位：江山市人民政府办公室</div></body></html>'
    )
    assert extract_article(page).body_text == f"{letter}\n{reply}"
