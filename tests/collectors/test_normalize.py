"""Canonical URLs, clean text and times."""

from __future__ import annotations

from datetime import UTC, datetime

from collectors.normalize import canonical_url, content_hash, html_to_text, parse_time, published_time

NOW = datetime(2026, 11, 22, 4, 0, tzinfo=UTC)


def test_canonical_url_drops_tracking_and_fragment() -> None:
    assert (
        canonical_url("HTTP://News.Test:80/a/1.html?utm_source=x&id=7&spm=a.b&from=timeline#top")
        == "http://news.test/a/1.html?id=7"
    )
    assert canonical_url("https://x.test") == "https://x.test/"


def test_html_to_text_removes_scripts_styles_navigation_and_boilerplate() -> None:
    text = html_to_text(
        "<nav>首页 新闻</nav><p>第一段。</p><script>alert(1)</script><style>p{}</style>"
        "<p>第二段&amp;结尾。</p><p>责任编辑：张三</p><!-- c -->"
    )
    assert text == "第一段。\n第二段&结尾。"


def test_parse_time_formats() -> None:
    assert parse_time("Thu, 19 Nov 2026 09:30:00 +0800") == datetime(2026, 11, 19, 1, 30, tzinfo=UTC)
    assert parse_time("2026-11-20 14:05") == datetime(2026, 11, 20, 6, 5, tzinfo=UTC)  # naive = Shanghai
    assert parse_time("2026年11月19日 10:00") == datetime(2026, 11, 19, 2, 0, tzinfo=UTC)
    assert parse_time("2026-11-20T08:00:00Z") == datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
    assert parse_time("1795140000") == datetime.fromtimestamp(1795140000, UTC)
    assert parse_time("不是时间") is None


def test_published_time_never_in_future_and_defaults_to_now() -> None:
    assert published_time("2036-01-01 08:00", NOW) == NOW
    assert published_time(None, NOW) == NOW
    assert published_time("2026-11-21 08:00", NOW).tzinfo is not None


def test_content_hash_ignores_spacing_and_punctuation() -> None:
    a = content_hash("t", "居民反映道路积水严重，希望有关部门尽快处理。这是第二句话，用来凑够长度的文字。")
    b = content_hash("t", "居民反映道路积水严重 希望有关部门尽快处理！ 这是第二句话，用来凑够长度的文字")
    assert a == b


def test_plain_text_is_not_html() -> None:
    from collectors.normalize import clean_title, looks_like_html

    assert html_to_text("a<b 且 c>d") == "a<b 且 c>d"
    assert clean_title("1 < 2 且 3 > 2") == "1 < 2 且 3 > 2"
    assert not looks_like_html("a<b 且 c>d") and not looks_like_html("<<关于做好防汛工作的通知>>")
    # Text that is HTML is still stripped of its tags and entities.
    assert looks_like_html("<p class='x'>段落</p>") and looks_like_html("甲 &amp; 乙")
    assert html_to_text("<p class='x'>段落</p><br/>尾") == "段落\n尾"
    assert html_to_text("甲 &amp; 乙") == "甲 & 乙"


def test_control_characters_are_stripped_from_html_and_plain_text() -> None:
    from collectors.items import build_item
    from models.enums import SourceTier, SourceType

    assert html_to_text("<p>标\x02题</p>") == "标题" and html_to_text("标\x02题\x1f") == "标题"
    item = build_item(
        source_id="s",
        source_type=SourceType.WEB,
        tier=SourceTier.OTHER,
        now=NOW,
        title="通\x02知",
        text="正\x00文\x08\n第二行\x9f",
        author="作\x07者",
    )
    assert (item.title, item.text, item.author) == ("通知", "正文\n第二行", "作者")
