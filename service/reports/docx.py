"""Word output (python-docx) of a brief. Untrusted text (titles, topics, unit names) goes through
:func:`~service.reports.safe_text.document_text`: python-docx refuses control characters."""

from __future__ import annotations

import io

from docx import Document

from models.timeutil import to_local
from service.reports.brief import Brief, grade_label
from service.reports.safe_text import document_text as t
from service.review import Rate


def _pct(rate: Rate) -> str:
    return f"{rate.rate:.0%}" if rate.rate is not None else "—"


def brief_document(brief: Brief) -> bytes:
    doc = Document()
    doc.add_heading(brief.title, level=0)
    doc.add_paragraph(f"统计时段：{brief.period_label}（北京时间）")
    doc.add_paragraph(f"生成时间：{to_local(brief.generated_at).strftime('%Y-%m-%d %H:%M')}")

    doc.add_heading("一、新增舆情事件", level=1)
    doc.add_paragraph(f"本期新增事件 {brief.events} 起。")
    for title, rows in (("按事件等级", brief.by_grade), ("按领域", brief.by_topic)):
        doc.add_paragraph(title)
        table = doc.add_table(rows=1, cols=2)
        table.style = "Table Grid"
        table.rows[0].cells[0].text, table.rows[0].cells[1].text = title[1:], "数量"
        for name, n in rows:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = t(name), str(n)

    doc.add_heading("二、重点事件", level=1)
    if not brief.top_events:
        doc.add_paragraph("无。")
    for e in brief.top_events:
        topic = brief.names.topic(e.topic) if e.topic else "未分类"
        doc.add_paragraph(t(f"{e.title}（{topic}，{grade_label(e.grade)}，{e.item_count} 条）"), style="List Number")

    doc.add_heading("三、超期未办", level=1)
    if not brief.review.overdue:
        doc.add_paragraph("无超期案件。")
    for o in brief.review.overdue:
        due = to_local(o["due_at"]).strftime("%m-%d %H:%M") if o["due_at"] else ""
        doc.add_paragraph(t(f"{o['unit']}：{o['title']}（{o['rule']}，期限 {due}）"), style="List Bullet")

    doc.add_heading("四、各单位回应及时率", level=1)
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ["单位", "案件数", "及时率", "退单次数"], strict=True):
        cell.text = text
    for unit in brief.review.units:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = t(unit.unit_name), str(unit.cases)
        cells[2].text, cells[3].text = _pct(unit.overall), str(unit.bounced)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
