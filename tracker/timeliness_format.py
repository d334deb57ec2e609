"""Render a :class:`~models.timeliness.TimelinessReport` for ``yuqing report timeliness``: a readable
table, markdown, xlsx."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path
from typing import Any

from models.timeliness import TimelinessReport, TimelinessRow
from models.timeutil import to_local

HEADERS = ("单位", "规则", "案件", "按时", "超时完成", "逾期未办", "在办超期", "待办", "按时率", "中位用时", "P90用时")


def duration(hours: float | None) -> str:
    """Hours as a short Chinese duration: minutes under 1 h, hours under 48 h, else days."""
    if hours is None:
        return "—"
    if hours < 1:
        return f"{hours * 60:.0f} 分钟"
    if hours < 48:
        return f"{hours:.1f} 小时"
    return f"{hours / 24:.1f} 天"


def _cells(r: TimelinessRow) -> list[str]:
    rate = "—" if r.on_time_rate is None else f"{r.on_time_rate:.1%}"
    return [
        r.unit_name or r.unit, r.rule, str(r.cases), str(r.on_time), str(r.late), str(r.overdue), str(r.open_overdue),
        str(r.pending), rate, duration(r.median_hours), duration(r.p90_hours),
    ]  # fmt: skip


def _period(report: TimelinessReport) -> str:
    return (
        f"{to_local(report.start):%Y-%m-%d} 至 {to_local(report.end - timedelta(seconds=1)):%Y-%m-%d}，"
        f"统计时点 {to_local(report.now):%Y-%m-%d %H:%M}"
    )


def text_table(report: TimelinessReport) -> str:
    """A plain-text table aligned for terminals (CJK characters count as two columns)."""
    rows = [list(HEADERS), *(_cells(r) for r in report.rows)]
    widths = [max(_width(row[i]) for row in rows) for i in range(len(HEADERS))]
    lines = [f"回应时效统计 {_period(report)}"]
    for n, row in enumerate(rows):
        lines.append("  ".join(cell + " " * (widths[i] - _width(cell)) for i, cell in enumerate(row)).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    lines.append("")
    lines.append("单位汇总：")
    lines.extend(
        f"  {u.unit_name or u.unit}：案件 {u.cases}，办结 {u.closed}，退单 {u.bounced}，在办超期 {u.open_past_deadline}"
        for u in report.units
    )
    lines.extend(f"注意：{w}" for w in report.warnings)
    return "\n".join(lines)


def markdown_table(report: TimelinessReport) -> str:
    lines = [f"回应时效统计 {_period(report)}", "", "| " + " | ".join(HEADERS) + " |", "|" + "---|" * len(HEADERS)]
    lines.extend("| " + " | ".join(_cells(r)) + " |" for r in report.rows)
    lines.append("")
    lines.append("| 单位 | 案件 | 办结 | 退单 | 在办超期 |")
    lines.append("|---|---|---|---|---|")
    lines.extend(
        f"| {u.unit_name or u.unit} | {u.cases} | {u.closed} | {u.bounced} | {u.open_past_deadline} |"
        for u in report.units
    )
    return "\n".join(lines)


def write_xlsx(report: TimelinessReport, path: Path) -> None:
    """Write the rule table and the unit summary as two sheets (hours as numbers; text as text)."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "时效统计"
    _append(sheet, [_period(report)])
    _append(
        sheet,
        [
            "单位",
            "规则",
            "案件",
            "按时",
            "超时完成",
            "逾期未办",
            "在办超期",
            "待办",
            "按时率",
            "中位用时(小时)",
            "P90用时(小时)",
        ],
    )
    for r in report.rows:
        _append(sheet, [
            r.unit_name or r.unit, r.rule, r.cases, r.on_time, r.late, r.overdue, r.open_overdue, r.pending,
            r.on_time_rate, _round(r.median_hours), _round(r.p90_hours),
        ])  # fmt: skip
        sheet.cell(sheet.max_row, 9).number_format = "0.0%"
    units = book.create_sheet("单位汇总")
    _append(units, ["单位", "案件", "办结", "退单", "在办超期"])
    for u in report.units:
        _append(units, [u.unit_name or u.unit, u.cases, u.closed, u.bounced, u.open_past_deadline])
    for w in report.warnings:
        _append(sheet, [f"注意：{w}"])
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)


_NOT_IN_SHEETS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
"""What XML 1.0 cannot hold (C0 controls but tab and line ends, U+FFFE/U+FFFF, lone surrogates)
and the C1 controls: the rule the service's documents follow (``service.reports.safe_text``).
openpyxl's own pattern misses U+FFFE/U+FFFF, on which saving the workbook fails."""


def _append(sheet: Any, values: list[Any]) -> None:
    """Append a row; text stays text, never a formula (a unit name from an imported file could
    read ``=HYPERLINK(...)``), without the characters a sheet cannot hold."""
    sheet.append([_NOT_IN_SHEETS.sub("", v) if isinstance(v, str) else v for v in values])
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str):
            cell.data_type = "s"


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)
