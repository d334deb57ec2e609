"""Excel output (XlsxWriter): the timeliness review and the brief's tables.

Every text cell is written as a string with control characters removed
(:mod:`service.reports.safe_text`): titles come from scraped pages and reports.
"""

from __future__ import annotations

import io
from typing import Any

import xlsxwriter

from models.timeutil import to_local
from service.reports.brief import Brief, grade_label
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


def brief_workbook(brief: Brief) -> bytes:
    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf, {"in_memory": True, **XLSX_OPTIONS})
    head = book.add_format({"bold": True, "bg_color": "#DDEBF7"})
    summary = book.add_worksheet("概况")
    _write_row(summary, 0, 0, [brief.title, brief.period_label])
    _write_row(summary, 1, 0, ["新增事件", brief.events])
    _write_row(summary, 3, 0, ["事件等级", "数量"], head)
    for i, (grade, n) in enumerate(brief.by_grade, start=4):
        _write_row(summary, i, 0, [grade, n])
    base = 5 + len(brief.by_grade)
    _write_row(summary, base, 0, ["领域", "数量"], head)
    for i, (topic, n) in enumerate(brief.by_topic, start=base + 1):
        _write_row(summary, i, 0, [topic, n])
    summary.set_column(0, 1, 24)
    top = book.add_worksheet("重点事件")
    _write_row(top, 0, 0, ["事件", "标题", "领域", "等级", "条目数", "首次发现", "最近"], head)
    for row, e in enumerate(brief.top_events, start=1):
        _write_row(
            top,
            row,
            0,
            [
                e.id,
                e.title,
                brief.names.topic(e.topic) if e.topic else "",
                grade_label(e.grade),
                e.item_count,
                _local(e.first_seen_at),
                _local(e.last_seen_at),
            ],
        )
    top.set_column(1, 1, 50)
    _review_sheets(book, brief.review)
    book.close()
    return buf.getvalue()
