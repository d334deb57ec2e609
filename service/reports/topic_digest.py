"""A 专题's daily digest (专题日报) as Word: the day's figures, events and items, each linked to the
web page it comes from, from stored data only (no sentence is made up: every line is a count, a
stored title or a name).

Links are absolute: the service's public address (``settings.public_url`` when the deployment sets
one, else the address the request came to) joined with the page's path. Figures link to the
专题 page of that day (``/topics/{id}?day=``), events to ``/events/{id}``, items to ``/items/{id}``.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, datetime
from urllib.parse import quote

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from models.db import Item
from models.enums import SourceTier
from models.timeutil import to_local
from service.names import Names
from service.reports.brief import grade_label
from service.reports.safe_text import document_text as t
from service.topic_story import TopicStory
from yuqing.settings import Settings

EVENT_ORDER_NOTE = (
    "按事件等级（特别重大、重大、较大、一般、未定级）排列，同级按当日相关条目的热度（条目及转载数）、条目数、"
    "最近动态排列；较大及以上事件全部列出。"
)
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def public_base(settings: Settings, request_base: str) -> str:
    """The address people open the web UI at, without a trailing slash."""
    configured = getattr(settings, "public_url", None)  # a setting the deployment may add
    return str(configured or request_base).rstrip("/")


def link(paragraph: Paragraph, url: str, text: str) -> None:
    """Append ``text`` to ``paragraph`` as a hyperlink to ``url`` (blue, underlined)."""
    rel = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    anchor = OxmlElement("w:hyperlink")
    anchor.set(qn("r:id"), rel)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    for tag, value in (("w:color", "1F5FA8"), ("w:u", "single")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), value)
        props.append(el)
    run.append(props)
    text_el = OxmlElement("w:t")
    text_el.text = t(text)
    text_el.set(qn("xml:space"), "preserve")
    run.append(text_el)
    anchor.append(run)
    paragraph._p.append(anchor)


def _tier(value: str) -> str:
    try:
        return str(SourceTier(value).label)
    except ValueError:
        return value


def digest_document(
    story: TopicStory, items: Sequence[Item], day: date, now: datetime, base: str, names: Names
) -> bytes:
    """The Word file of ``story`` (one local day of a 专题) with ``items`` listed."""
    topic = story.topic
    page = f"{base}/topics/{topic.id}?day={day.isoformat()}"
    doc = Document()
    doc.add_heading(t(f"专题日报：{topic.name}"), level=0)
    doc.add_paragraph(f"日期：{day.isoformat()}（北京时间）　生成时间：{to_local(now).strftime('%Y-%m-%d %H:%M')}")
    doc.add_paragraph(t(f"关键词：{'、'.join(map(str, topic.keywords))}"))
    if topic.exclude:
        doc.add_paragraph(t(f"排除词：{'、'.join(map(str, topic.exclude))}"))
    if topic.places:
        doc.add_paragraph(t(f"地点：{'、'.join(map(str, topic.places))}"))

    doc.add_heading("一、当日数据", level=1)
    for caption, value in (("相关条目", story.total), ("负面条目", story.negative), ("热度（含转载）", story.heat)):
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(f"{caption}：")
        link(p, page, f"{value} 条" if caption != "热度（含转载）" else str(value))
    if story.items.truncated:
        doc.add_paragraph("（条目过多，以上数据只统计了最近的部分条目）")
    for title, header, rows in (
        ("按来源类型", "来源类型", [(_tier(k), n) for k, n in story.tiers]),
        ("主要来源", "来源", story.sources),
        ("涉及地点", "地点", [(k, n) for k, n in story.places if n]),
    ):
        p = doc.add_paragraph()
        link(p, page, title)
        if not rows:
            doc.add_paragraph("无。")
            continue
        table = doc.add_table(rows=1, cols=2)
        table.style = "Table Grid"
        table.rows[0].cells[0].text, table.rows[0].cells[1].text = header, "条目数"
        for name, n in rows:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = t(name), str(n)

    doc.add_heading("二、相关事件", level=1)
    if not story.events:
        doc.add_paragraph("无。")
    else:
        doc.add_paragraph(EVENT_ORDER_NOTE)
    for e in story.events:
        p = doc.add_paragraph(style="List Number")
        link(p, f"{base}/events/{e.event.id}", e.event.title)
        topic_name = names.topic(e.event.topic) if e.event.topic else "未分类"
        grade = grade_label(e.event.grade)
        p.add_run(t(f"（{grade}；{topic_name}；当日相关条目 {e.items} 条，其中负面 {e.negative} 条，热度 {e.heat}）"))
    if story.events_omitted:
        doc.add_paragraph(f"另有 {story.events_omitted} 起一般或未定级的相关事件未列出。")

    doc.add_heading("三、相关条目", level=1)
    if not items:
        doc.add_paragraph("无。")
    for item in items:
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(f"{to_local(item.published_at).strftime('%H:%M')} ")
        link(p, f"{base}/items/{quote(item.id, safe='')}", item.title)
        negative = "，负面" if item.negative else ""
        p.add_run(t(f"（{names.source(item.source_id)}，{_tier(item.source_tier)}{negative}）"))
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
