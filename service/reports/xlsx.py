"""Excel output (XlsxWriter): the timeliness review and the brief's tables.

Every text cell is written as a string with control characters removed
(:mod:`service.reports.safe_text`): titles come from scraped pages and reports.
"""

from __future__ import annotations

import io
from typing import Any

import xlsxwriter

from models.timeutil import to_local
from service.reports.blocks import href
from service.reports.brief import Brief, grade_label
from service.reports.brief_blocks import KEY_ORDER_NOTE, omitted_text
from service.reports.safe_text import XLSX_OPTIONS, document_text
from service.review import Rate, Review


def _write_row(sheet: Any, row: int, first_col: int, values: list[Any], fmt: Any = None) -> None:
    """Numbers as numbers; everything else as a plain string cell (never a formula or a link)."""
    for col, value in enumerate(values, start=first_col):
        if isinstance(value, bool) or not isinstance(value, int | float):
            sheet.write_string(row, col, document_text(value), fmt)
        else:
            sheet.write_number(row, col, value, fmt)


def _pct(rate: Rate) -> str:
    return f"{rate.rate:.0%}" if rate.rate is not None else "—"


def _local(value: Any) -> str:
    return to_local(value).strftime("%Y-%m-%d %H:%M") if value else ""


def _review_sheets(book: Any, review: Review) -> None:
    head = book.add_format({"bold": True, "bg_color": "#DDEBF7"})
    sheet = book.add_worksheet("单位及时率")
    rules = list(review.rule_labels)
    header = [
        "单位",
        "案件数",
        "退单次数",
        "总体及时率",
        *(review.rule_labels[r] for r in rules),
        "首次发布中位(小时)",
        "首次发布P90(小时)",
    ]
    _write_row(sheet, 0, 0, header, head)
    for row, unit in enumerate(review.units, start=1):
        values: list[Any] = [unit.unit_name, unit.cases, unit.bounced, _pct(unit.overall)]
        values += [_pct(unit.per_rule.get(r, Rate())) for r in rules]
        values += [
            round(unit.median_first_release_h, 2) if unit.median_first_release_h is not None else "",
            round(unit.p90_first_release_h, 2) if unit.p90_first_release_h is not None else "",
        ]
        _write_row(sheet, row, 0, values)
    sheet.set_column(0, len(header), 16)
    over = book.add_worksheet("超期案件")
    _write_row(over, 0, 0, ["案件", "标题", "单位", "规则", "期限"], head)
    for row, item in enumerate(review.overdue, start=1):
        _write_row(over, row, 0, [item["case_id"], item["title"], item["unit"], item["rule"], _local(item["due_at"])])
    over.set_column(1, 1, 50)


def review_workbook(review: Review) -> bytes:
    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf, {"in_memory": True, **XLSX_OPTIONS})
    _review_sheets(book, review)
    book.close()
    return buf.getvalue()


def brief_workbook(brief: Brief, base: str = "") -> bytes:
    """The brief's tables with their evidence as ids: next to every count of 概况 the ids of the
    events it counts; 新增事件 lists those events (with their page on the web UI at ``base``);
    单位案件 the case ids behind each unit's count; 重点事件 and 超期案件 carry event and case ids.
    Listing-page addresses are left out: they carry topic and unit ids, which people never read."""
    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf, {"in_memory": True, **XLSX_OPTIONS})
    head = book.add_format({"bold": True, "bg_color": "#DDEBF7"})
    summary = book.add_worksheet("概况")
    _write_row(summary, 0, 0, [brief.title, brief.period_label])
    _write_row(summary, 1, 0, ["新增事件", brief.events.count, "明细见「新增事件」表"])
    row = 3
    for title, figures in (("事件等级", brief.by_grade), ("领域", brief.by_topic)):
        _write_row(summary, row, 0, [title, "数量", "事件编号"], head)
        for f in figures:
            row += 1
            _write_row(summary, row, 0, [f.label, f.count, _ids(f.ids)])
        row += 2
    summary.set_column(0, 1, 24)
    summary.set_column(2, 2, 40)
    _events_sheet(book, head, brief, base)
    top = book.add_worksheet("重点事件")
    header = ["事件编号", "标题", "等级", "领域", "条目数", "热度", "首次发现", "最近", "链接"]
    _write_row(top, 0, 0, header, head)
    for row, e in enumerate(brief.top_events, start=1):
        topic = brief.names.topic(e.topic) if e.topic else "未分类"
        heat = brief.top_heat.get(e.id, "")
        values = [e.id, e.title, grade_label(e.grade), topic, e.item_count, heat, _local(e.first_seen_at)]
        _write_row(top, row, 0, [*values, _local(e.last_seen_at), href(base, f"/events/{e.id}")])
    row = len(brief.top_events) + 2
    _write_row(top, row, 0, [KEY_ORDER_NOTE])
    left_out = brief.top_omitted
    if left_out.count:  # the events left out, by id, and the page listing them
        _write_row(top, row + 1, 0, [omitted_text(left_out.count), _ids(left_out.ids), href(base, left_out.path)])
    top.set_column(1, 1, 50)
    cases = book.add_worksheet("单位案件")
    _write_row(cases, 0, 0, ["单位", "案件数", "案件编号"], head)
    for row, f in enumerate(brief.unit_cases.values(), start=1):
        _write_row(cases, row, 0, [f.label, f.count, _ids(f.ids)])
    cases.set_column(0, 2, 24)
    _review_sheets(book, brief.review)
    book.close()
    return buf.getvalue()


def _ids(ids: tuple[int, ...]) -> str:
    return "、".join(str(i) for i in ids)


def _events_sheet(book: Any, head: Any, brief: Brief, base: str) -> None:
    """The records of 新增事件 (and of each grade's and topic's count): one row per event."""
    sheet = book.add_worksheet("新增事件")
    _write_row(sheet, 0, 0, ["事件编号", "标题", "等级", "领域", "首次发现", "条目数", "链接"], head)
    for row, e in enumerate(brief.new_events, start=1):
        topic = brief.names.topic(e.topic) if e.topic else "未分类"
        values = [e.id, e.title, grade_label(e.grade), topic, _local(e.first_seen_at), e.item_count]
        _write_row(sheet, row, 0, [*values, href(base, f"/events/{e.id}")])
    sheet.set_column(1, 1, 50)
