"""Render demo items as the formats real Chinese sources use (RSS 2.0, GBK RSS, HTML, JSON)."""

from __future__ import annotations

import json
from email.utils import format_datetime
from html import escape

from cli.demo.content import DemoItem
from models.timeutil import to_local

ROBOTS_TXT = "User-agent: *\nDisallow: /admin/\nDisallow: /private/\n"


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.replace("\r", "").split("\n") if p.strip()] or [text]


def rss(items: list[DemoItem], *, title: str, link: str, base: str, declare_encoding: bool = True) -> str:
    """An RSS 2.0 document. ``declare_encoding=False`` leaves the XML declaration without one."""
    declaration = '<?xml version="1.0" encoding="UTF-8"?>' if declare_encoding else '<?xml version="1.0"?>'
    entries = []
    for item in items:
        url = f"{base}/{item.entry.channel.value}/{item.n}.html"
        entries.append(
            "  <item>\n"
            f"    <title>{escape(item.entry.title)}</title>\n"
            f"    <link>{escape(url)}</link>\n"
            f'    <guid isPermaLink="true">{escape(url)}</guid>\n'
            f"    <author>{escape(item.entry.author)}</author>\n"
            f"    <pubDate>{format_datetime(to_local(item.published_at))}</pubDate>\n"
            f"    <description>{escape(item.entry.text)}</description>\n"
            "  </item>"
        )
    return (
        f"{declaration}\n"
        '<rss version="2.0">\n<channel>\n'
        f"  <title>{escape(title)}</title>\n"
        f"  <link>{escape(link)}</link>\n"
        f"  <description>{escape(title)}</description>\n"
        "  <language>zh-cn</language>\n" + "\n".join(entries) + "\n</channel>\n</rss>\n"
    )


def _page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(title)}</title>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def list_page(items: list[DemoItem], *, site: str) -> str:
    """The list page: ``ul.news-list > li > a[href=/web/article/<n>.html]`` plus ``span.date``."""
    rows = "\n".join(
        f'  <li><a href="/web/article/{i.n}.html">{escape(i.entry.title)}</a>'
        f' <span class="date">{to_local(i.published_at):%Y-%m-%d %H:%M}</span></li>'
        for i in items
    )
    return _page(site, f'<h1>{escape(site)}</h1>\n<ul class="news-list">\n{rows}\n</ul>')


def article_page(item: DemoItem, *, site: str) -> str:
    """A detail page: ``h1.title``, ``span.pubtime`` (Asia/Shanghai, no zone), ``span.author``,
    ``div.article-content > p``."""
    paragraphs = "\n".join(f"  <p>{escape(p)}</p>" for p in _paragraphs(item.entry.text))
    body = (
        f'<div class="nav"><a href="/web/list.html">{escape(site)}</a></div>\n'
        f'<h1 class="title">{escape(item.entry.title)}</h1>\n'
        f'<div class="meta">发布时间：<span class="pubtime">{to_local(item.published_at):%Y-%m-%d %H:%M:%S}</span>'
        f'　来源：<span class="author">{escape(item.entry.author)}</span></div>\n'
        f'<div class="article-content">\n{paragraphs}\n</div>'
    )
    return _page(item.entry.title, body)


def messages_json(items: list[DemoItem]) -> str:
    """A JSON list of message-board records (``created_at`` is ISO 8601 with the +08:00 offset)."""
    records = [
        {
            "id": i.n,
            "title": i.entry.title,
            "content": i.entry.text,
            "created_at": to_local(i.published_at).isoformat(timespec="seconds"),
            "user": i.entry.author,
            "likes": i.entry.likes + 7 * i.cycle,
        }
        for i in items
    ]
    return json.dumps(records, ensure_ascii=False, indent=1)


def index_page(base: str, *, site: str) -> str:
    links = [
        ("/feeds/news.xml", "江山融媒 RSS (UTF-8)"),
        ("/feeds/forum-gbk.xml", "江山论坛 RSS (GBK, 无编码声明)"),
        ("/web/list.html", "江山新闻网 列表页"),
        ("/api/messages.json", "江山市民留言板 JSON"),
        ("/robots.txt", "robots.txt"),
    ]
    rows = "\n".join(
        f'  <li><a href="{href}">{escape(label)}</a> <code>{escape(base + href)}</code></li>' for href, label in links
    )
    return _page(site, f"<h1>{escape(site)}</h1>\n<p>演示数据均为虚构，仅用于演示。</p>\n<ul>\n{rows}\n</ul>")
