"""The 专报 as document blocks (rendered to Word and PDF), every record a link to its page.

Only stored values are written: names come from the directory, labels from the enums, times from
the records; a missing value is shown as "—", never guessed.
"""

from __future__ import annotations

from datetime import datetime

from models.enums import CaseActionKind, DeadlineState, IncidentGrade, SourceTier
from models.timeutil import to_local
from service.names import Names
from service.reports.blocks import Block, Heading, Run, Table, cells, para, web_address
from service.reports.brief_blocks import RELATIVE_NOTE
from service.reports.incident_brief import sourced_facts
from service.reports.special import Special

SPREAD_ROWS = 30
"""Items listed one by one in the 传播路径 (the rest are on the event page)."""


def _t(value: datetime | None) -> str:
    return to_local(value).strftime("%Y-%m-%d %H:%M") if value else "—"


def _label(
    value: str | None, enum: type[IncidentGrade] | type[SourceTier] | type[CaseActionKind] | type[DeadlineState]
) -> str:
    if not value:
        return "—"
    try:
        return enum(value).label
    except ValueError:
        return value


def special_title(special: Special) -> str:
    return f"舆情专报：{special.event.title}"


def _summary(s: Special, names: Names) -> list[Block]:
    e, path = s.event, f"/events/{s.event.id}"
    rows = (
        cells("事件", Run(e.title, path)),
        cells("事件等级", _label(e.grade, IncidentGrade)),
        cells("领域", names.topic(e.topic) if e.topic else "未分类"),
        cells("地点", "、".join(str(p) for p in e.places) or "—"),
        cells("牵头单位", names.unit(e.lead_unit) if e.lead_unit else "—"),
        cells("协办单位", names.units_joined(e.co_units) or "—"),
        cells("首次发现", _t(e.first_seen_at)),
        cells("最近", _t(e.last_seen_at)),
        cells("条目数", Run(f"{s.items} 条（负面 {s.negative} 条，转载 {s.reprints} 次）", path)),
        *_first_release(s),
    )
    return [Heading("一、事件概况"), Table(("项目", "内容"), rows)]


def _link(url: str | None) -> Run:
    """``url`` as a link when it is a web address, else as text ("—" when there is none)."""
    if not url:
        return Run("—")
    return Run(url, url) if web_address(url) else Run(url)


def _first_release(s: Special) -> tuple[tuple[Run, ...], ...]:
    """The earliest 首次发布 of the event's cases (the one the 5-hour rule counts), with its address."""
    r = s.spread.response
    if r is None:
        return (cells("首次发布", "尚无首次发布记录"),)
    when = f"{_t(r.at)}（案件 {r.case_id}" + (f"，{r.channel}" if r.channel else "") + "）"
    return (cells("首次发布", Run(when, f"/cases/{r.case_id}")), cells("首次发布链接", _link(r.url)))


def _spread(s: Special) -> list[Block]:
    sp = s.spread
    blocks: list[Block] = [Heading("二、传播路径")]
    if sp.first is None:
        return [*blocks, para("暂无条目。")]
    f = sp.first
    where = f"（{f.source_name}，{f.tier.label}，{_t(f.published_at)}）"
    blocks.append(para("首发：", Run(f.title, f"/items/{f.id}"), where))
    blocks.append(para(sp.summary()))
    tiers = tuple(cells(tier.label, f"{n} 条") for tier, n in sp.tiers)
    blocks.append(Table(("来源类型", "条目数"), tiers))
    if sp.jumps:
        jumps = "、".join(f"{j.label}（{j.count} 条）" for j in sp.jumps)
        blocks.append(para(f"传播量陡增的时段：{jumps}。"))
    listed = tuple(
        cells(_t(i.published_at), i.tier.label, i.source_name, Run(i.title, f"/items/{i.id}"))
        for i in sp.items[:SPREAD_ROWS]
    )
    blocks.append(Table(("发布时间", "来源类型", "来源", "标题"), listed))
    if sp.total > SPREAD_ROWS:
        rest = sp.total - SPREAD_ROWS
        blocks.append(para(f"其余 {rest} 条见", Run("事件页面", f"/events/{s.event.id}"), "。"))
    return blocks


def _facts(s: Special) -> list[Block]:
    facts = sourced_facts(s.facts)
    if not facts:
        return [Heading("三、事件要素"), para("未从条目中提取到要素。")]
    rows = tuple(
        cells(
            f.fact.kind.label, f.fact.value, f.fact.quote or "—", Run(f.item_title or "来源条目", f"/items/{f.item_id}")
        )
        for f in facts
    )
    return [Heading("三、事件要素"), Table(("要素", "内容", "原文", "来源条目"), rows)]


def _responses(s: Special, names: Names) -> list[Block]:
    blocks: list[Block] = [Heading("四、处置与回应")]
    if not s.responses:
        return [*blocks, para("尚未派单。")]
    rows = tuple(
        cells(
            _t(r.at),
            Run(f"案件 {r.case_id}", f"/cases/{r.case_id}"),
            _label(r.kind, CaseActionKind),
            names.unit(r.unit) if r.unit else "—",
            _link(r.url),
        )
        for r in s.responses
    )
    return [*blocks, Table(("时间", "案件", "动作", "单位", "链接"), rows)]


def _timeliness(s: Special) -> list[Block]:
    blocks: list[Block] = [Heading("五、时效")]
    rows = tuple(
        cells(
            Run(f"案件 {case_id}", f"/cases/{case_id}"),
            d["label"],
            _label(d["status"], DeadlineState),
            _t(d["due_at"]),
            _t(d["met_at"]),
        )
        for case_id, deadlines in s.deadlines.items()
        for d in deadlines
    )
    if not rows:
        return [*blocks, para("尚无时限（未派单）。")]
    return [*blocks, Table(("案件", "时限", "状态", "期限", "完成时间"), rows)]


def special_blocks(special: Special, names: Names, relative: bool = False) -> list[Block]:
    """The 专报's content; ``relative`` adds the note that its links are relative paths."""
    head: list[Block] = [
        Heading(special_title(special), 0),
        para(f"生成时间：{_t(special.generated_at)}（北京时间）；内容均取自系统记录。"),
    ]
    if relative:
        head.append(para(RELATIVE_NOTE, style="note"))
    return [
        *head,
        *_summary(special, names),
        *_spread(special),
        *_facts(special),
        *_responses(special, names),
        *_timeliness(special),
    ]
