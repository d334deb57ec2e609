"""The 简要信息 (first brief of an incident, due within 5 hours) drafted from an event's facts.

:func:`event_facts` merges the facts the classifier stored with each item
(``Classification.facts``) into the event's facts; :func:`draft_text` writes the draft the desk
edits on the event page; :func:`draft_document` turns the (edited) text into a Word file and
appends the evidence: each fact with its words and the item it came from, the item's web address
a hyperlink. What the items do not state is marked 〔待核实〕/〔待补充〕 instead of being guessed.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Mapping, Sequence
from datetime import datetime

from pydantic import ValidationError

from models.db import Event, Item
from models.enums import IncidentGrade
from models.facts import EventFacts, Fact, FactKind, ItemFacts, SourcedFact, merge_facts
from models.timeutil import to_local
from service.reports.safe_text import document_text as _clean

log = logging.getLogger("yuqing.service.brief")

TODO = "〔待核实〕"
MAX_DRAFT = 20_000


def event_facts(items: Sequence[Item]) -> EventFacts:
    """The event's facts from its stored items; a stored fact that no longer validates is logged and skipped."""
    found = []
    for item in items:
        raw = (item.classification or {}).get("facts") or []
        facts = []
        for data in raw:
            try:
                facts.append(Fact.model_validate(data))
            except ValidationError as exc:
                log.warning("skipping an unreadable stored fact", extra={"item_id": item.id, "error": str(exc)})
        if facts:
            found.append(ItemFacts(item_id=item.id, title=item.title, published_at=item.published_at, facts=facts))
    return merge_facts(found)


def _casualties(facts: EventFacts) -> str:
    def value(kind: FactKind) -> str | None:
        f = facts.figure(kind)
        return f.fact.value if f else None

    parts = []
    serious = value(FactKind.SERIOUS)
    for kind, word in (
        (FactKind.DEATHS, "死亡"),
        (FactKind.MISSING, "失踪（失联）"),
        (FactKind.INJURED, "受伤"),
        (FactKind.POISONED, "中毒（发病）"),
    ):
        shown = value(kind)
        if shown:
            among = f"（其中{serious}重伤）" if kind is FactKind.INJURED and serious else ""
            parts.append(f"{shown}{word}{among}")
    if serious and not value(FactKind.INJURED):
        parts.append(f"{serious}重伤")
    text = "、".join(parts)
    if not text and (spared := value(FactKind.NO_CASUALTIES)):
        text = spared  # 未造成人员伤亡, as the items word it
    for kind in (FactKind.LOSS, FactKind.FOREST_AREA, FactKind.BURNED_AREA):
        shown = value(kind)
        if shown:
            text = f"{text}，{kind.label}{shown}" if text else f"{kind.label}{shown}"
    return text


def draft_text(event: Event, facts: EventFacts, unit_names: Mapping[str, str], now: datetime) -> str:
    """The draft of the 简要信息: a title line, a blank line, then one paragraph per line."""
    where = facts.where[0].fact.value if facts.where else "〔地点待核实〕"
    what = facts.what.fact.value if facts.what else "〔事件待核实〕"
    when = facts.when.fact.value if facts.when else "〔时间待核实〕"
    reported = to_local(now).strftime("%Y年%m月%d日%H时%M分")
    if facts.where and facts.what and where in what:
        # the event named with its place (峡口水库一渔船翻沉): the place is not written twice
        lines = [f"关于{what}的简要信息", "", f"{when}，{what}。"]
    else:
        lines = [f"关于{where}{what}的简要信息", "", f"{when}，{where}发生{what}。"]
    casualties = _casualties(facts)
    if casualties and facts.figure(FactKind.NO_CASUALTIES) is not None:
        lines.append(f"截至{reported}，据报{casualties}（以核实为准）。")
    elif casualties:
        lines.append(f"截至{reported}，事件已造成{casualties}（数字以核实为准）。")
    else:
        lines.append(f"截至{reported}，人员伤亡和财产损失情况{TODO}。")
    trapped = facts.figure(FactKind.TRAPPED)
    if trapped is not None and trapped.fact.number:
        lines.append(f"目前仍有{trapped.fact.value}被困，搜救正在进行（以核实为准）。")
    elif trapped is not None:
        lines.append("被困人员已全部脱困（以核实为准）。")
    if (crowd := facts.figure(FactKind.GATHERED)) is not None:
        lines.append(f"现场聚集人员{crowd.fact.value}（以核实为准）。")
    if (moved := facts.figure(FactKind.EVACUATED)) is not None:
        lines.append(f"已疏散、转移群众{moved.fact.value}（以核实为准）。")
    if (taken := facts.figure(FactKind.HOSPITALIZED)) is not None:
        lines.append(f"{'另有' if casualties else ''}{taken.fact.value}送医（以核实为准）。")
    if (cases := facts.figure(FactKind.CASES)) is not None:
        lines.append(f"已报告病例{cases.fact.value}（以核实为准）。")
    if facts.units:
        names = "、".join(u.fact.value for u in facts.units)
        lines.append(f"事件发生后，{names}已开展处置。")
    else:
        lines.append(f"事件发生后，处置情况{TODO}。")
    lines.append("目前，现场处置、人员救治和原因调查等进展〔待补充〕。")
    if event.grade:
        try:
            grade = IncidentGrade(event.grade).label
        except ValueError:
            grade = event.grade
        corrected = "、".join(f"{f.fact.kind.label}{f.fact.value}" for f in facts.figures if f.fact.revised)
        if corrected:  # 死亡人数由11人核减为9人: the grade proposed on the earlier figure may no longer hold
            lines.append(f"事件等级初判为{grade}；据最新通报，{corrected}（经核减），等级请据此复核，以最终核定为准。")
        else:
            lines.append(f"事件等级初判为{grade}，以最终核定为准。")
    lead = unit_names.get(event.lead_unit or "", "") or TODO
    lines += ["", f"报送单位：{lead}　　报送时间：{to_local(now).strftime('%Y-%m-%d %H:%M')}"]
    return "\n".join(lines)


def sourced_facts(facts: EventFacts) -> list[SourcedFact]:
    """Every fact of ``facts`` with its source, in the order the 简要信息 and the 专报 list them."""
    return [
        *([facts.when] if facts.when else []),
        *facts.where,
        *([facts.what] if facts.what else []),
        *facts.figures,
        *facts.units,
    ]


def draft_document(text: str, facts: EventFacts, urls: Mapping[str, str | None], now: datetime) -> bytes:
    """A Word file of ``text`` (first line the title) with the facts' evidence appended."""
    from docx import Document

    from service.reports.blocks import web_address
    from service.reports.docx import add_link

    lines = [line.strip() for line in _clean(text[:MAX_DRAFT]).replace("\r\n", "\n").split("\n")]
    lines = [line for line in lines if line]
    doc = Document()
    doc.add_heading(lines[0] if lines else "简要信息", level=1)
    for line in lines[1:]:
        doc.add_paragraph(line)
    doc.add_heading("附：要素来源", level=2)
    evidence = sourced_facts(facts)
    if not evidence:
        doc.add_paragraph("未从条目中提取到要素。")
    else:
        table = doc.add_table(rows=1, cols=4)
        table.style = "Table Grid"
        for cell, head in zip(table.rows[0].cells, ["要素", "内容", "原文", "来源条目"], strict=True):
            cell.text = head
        for s in evidence:
            cells = table.add_row().cells
            source = s.item_title or s.item_id
            url = urls.get(s.item_id)
            published = to_local(s.published_at).strftime("%m-%d %H:%M")
            cells[0].text = s.fact.kind.label
            cells[1].text = _clean(s.fact.value)
            cells[2].text = _clean(s.fact.quote)
            cell = cells[3].paragraphs[0]
            cell.add_run(_clean(f"{source}（{published}）"))
            if url:
                cell.add_run(" ")
                if web_address(url):
                    add_link(cell, _clean(url), url)
                else:  # only web addresses become links
                    cell.add_run(_clean(url))
    doc.add_paragraph(
        f"草稿生成时间：{to_local(now).strftime('%Y-%m-%d %H:%M')}（北京时间）；要素由系统提取，报送前请核实。"
    )
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
