"""The 日报/周报 as document blocks, every figure and every named record a link to its evidence.

- 新增事件 N 起, each grade's and each topic's count: the listing page of exactly those events
  (:func:`service.queries.brief_records.events_path`).
- 重点事件 (ordered and chosen by :mod:`service.queries.key_events`, with the number left out):
  the event page (which lists the event's items); the number of events it leaves out: the listing
  page of exactly those; 超期未办: the case page.
- 各单位回应及时率, 案件数: the listing page of the cases the review counted for that unit.

Links are web UI paths; the renderers join them to the public address (or leave them relative).
"""

from __future__ import annotations

from models.timeutil import to_local
from service.reports.blocks import Block, Heading, Run, Table, cells, para
from service.reports.brief import Brief, Figure, grade_label
from service.review import Rate

RELATIVE_NOTE = "注：本文件中的链接为系统内相对地址（未配置 YUQING_PUBLIC_URL），请在系统网址后打开。"


KEY_ORDER_NOTE = (
    "按事件等级（特别重大、重大、较大、一般、未定级）排列，同级按热度（条目及转载数）、条目数、最近动态排列；"
    "较大及以上事件全部列出。"
)


OMITTED_REST = "本期有动态的一般或未定级事件未列出。"


def omitted_text(count: int) -> str:
    """The sentence saying how many events active in the period the list leaves out."""
    return f"另有 {count} 起{OMITTED_REST}"


def pct(rate: Rate) -> str:
    return f"{rate.rate:.0%}" if rate.rate is not None else "—"


def figure_run(figure: Figure, unit: str) -> Run:
    return Run(f"{figure.count} {unit}", figure.path)


def _counts(title: str, figures: list[Figure]) -> list[Block]:
    """A breakdown of the new events; none at all without events (a table of headings only reads
    like a table that failed to fill)."""
    if not figures:
        return []
    rows = tuple(cells(f.label, figure_run(f, "起")) for f in figures)
    return [para(title), Table((title[1:], "数量"), rows)]


def brief_blocks(brief: Brief, relative: bool = False) -> list[Block]:
    """The brief's content; ``relative`` adds the note that its links are relative paths."""
    blocks: list[Block] = [
        Heading(brief.title, 0),
        para(f"统计时段：{brief.period_label}（北京时间）"),
        para(f"生成时间：{to_local(brief.generated_at).strftime('%Y-%m-%d %H:%M')}"),
    ]
    if relative:
        blocks.append(para(RELATIVE_NOTE, style="note"))
    blocks += [
        Heading("一、新增舆情事件"),
        para("本期新增事件 ", figure_run(brief.events, "起"), "。"),
        *_counts("按事件等级", brief.by_grade),
        *_counts("按领域", brief.by_topic),
        Heading("二、重点事件"),
    ]
    if not brief.top_events:
        blocks.append(para("无。"))
    else:
        blocks.append(para(KEY_ORDER_NOTE, style="note"))
    for e in brief.top_events:
        topic = brief.names.topic(e.topic) if e.topic else "未分类"
        path = f"/events/{e.id}"
        about = f"（{grade_label(e.grade)}，{topic}，"
        heat = brief.top_heat.get(e.id)
        size = f"{e.item_count} 条" + (f"，热度 {heat}" if heat is not None else "")
        blocks.append(para(Run(e.title, path), about, Run(size, path), "）", style="number"))
    if brief.top_omitted.count:
        blocks.append(para("另有 ", figure_run(brief.top_omitted, "起"), OMITTED_REST))
    blocks.append(Heading("三、超期未办"))
    if not brief.review.overdue:
        blocks.append(para("无超期案件。"))
    for o in brief.review.overdue:
        due = to_local(o["due_at"]).strftime("%m-%d %H:%M") if o["due_at"] else ""
        case = Run(o["title"], f"/cases/{o['case_id']}")
        blocks.append(para(f"{o['unit']}：", case, f"（{o['rule']}，期限 {due}）", style="bullet"))
    blocks.append(Heading("四、各单位回应及时率"))
    rows = []
    for unit in brief.review.units:
        figure = brief.unit_cases.get(unit.unit_id)
        count = figure_run(figure, "件") if figure else Run(str(unit.cases))
        rows.append(cells(unit.unit_name, count, pct(unit.overall), unit.bounced))
    if rows:
        blocks.append(Table(("单位", "案件数", "及时率", "退单次数"), tuple(rows)))
    else:
        blocks.append(para("本期无派单案件。"))
    return blocks
