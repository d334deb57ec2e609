"""PDF output (fpdf2) of a document's blocks, Chinese in the machine's Noto Sans CJK, links as
real PDF link annotations (``/URI`` actions).

fpdf2 was chosen after measuring: it embeds (subsets) the OpenType/CFF outlines of Debian's
``fonts-noto-cjk`` collection directly, whereas ReportLab's ``TTFont`` refuses CFF outlines and
its ``UnicodeCIDFont`` does not embed the glyphs at all (a reader without the font shows boxes);
WeasyPrint needs Pango and other system libraries. The font is looked up at run time
(:func:`cjk_font`); when it is missing :class:`FontMissing` names the Debian package to install.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import WrapMode, XPos, YPos
from fpdf.fonts import FontFace, TTFFont

from service.errors import ServiceError
from service.reports.blocks import Block, Heading, Para, Run, Table, clean, href
from service.reports.brief import Brief
from service.reports.brief_blocks import brief_blocks

FONT_DIRS = (
    Path("/usr/share/fonts"),
    Path("/usr/local/share/fonts"),
    Path.home() / ".local" / "share" / "fonts",
    Path.home() / ".fonts",
)
FONT_FILES = ("NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular.otf", "NotoSansSC-Regular.otf")
SC_INDEX = 2
"""Simplified Chinese in Debian's NotoSansCJK-Regular.ttc (JP, KR, SC, TC, HK, then the Mono faces)."""

HEADING_SIZES = {0: 18.0, 1: 14.0, 2: 12.0}
BODY = 10.5
LINE = 6.5
MAX_CELL_LINES = 12
"""Lines a table cell may take: a row never outgrows a page (fpdf2 cannot split one and fails)."""
LINK_COLOUR = (5, 99, 193)
HEAD_FILL = (221, 235, 247)


class FontMissing(ServiceError):
    """No CJK font to write a PDF with (the Debian package ``fonts-noto-cjk`` is not installed)."""


def cjk_font(dirs: Sequence[Path] = FONT_DIRS) -> tuple[Path, int]:
    """The Noto Sans CJK font file and, for a collection (.ttc), the index of its Simplified
    Chinese face. Raises :class:`FontMissing` naming the package to install."""
    for folder in dirs:
        if not folder.is_dir():
            continue
        for name in FONT_FILES:
            found = sorted(folder.rglob(name))
            if found:
                return found[0], SC_INDEX if name.endswith(".ttc") else 0
    raise FontMissing(
        "生成 PDF 需要中文字体 Noto Sans CJK：请安装 Debian 软件包 fonts-noto-cjk（apt-get install fonts-noto-cjk）"
    )


def _para(pdf: FPDF, runs: Sequence[Run], base: str, prefix: str = "") -> None:
    pdf.set_x(pdf.l_margin)
    if prefix:
        pdf.write(LINE, prefix, wrapmode=WrapMode.CHAR)
    for r in runs:
        if r.href:
            pdf.set_text_color(*LINK_COLOUR)
            pdf.write(LINE, clean(r.text), link=href(base, r.href), wrapmode=WrapMode.CHAR)
            pdf.set_text_color(0, 0, 0)
        else:
            pdf.write(LINE, clean(r.text), wrapmode=WrapMode.CHAR)
    pdf.ln(LINE + 1)


def _lines(pdf: FPDF, text: str, width: float) -> int:
    """Lines ``text`` takes in a column ``width`` wide (wrapped at any character)."""
    return sum(max(1, math.ceil(pdf.get_string_width(part) / width)) for part in text.split("\n"))


def fit_cell(pdf: FPDF, text: str, width: float, most: int = MAX_CELL_LINES) -> str:
    """``text`` as written in a table cell ``width`` wide with the current font: whole when it takes
    at most ``most`` lines, else the longest prefix that does, ending in "…" (a scraped title or a
    typed note of any length can no longer make a row taller than a page)."""
    if _lines(pdf, text, width) <= most:
        return text
    low, high = 0, len(text)  # the longest prefix that fits, by bisection: lines grow with length
    while low < high:
        mid = (low + high + 1) // 2
        if _lines(pdf, text[:mid] + "…", width) <= most:
            low = mid
        else:
            high = mid - 1
    return text[:low] + "…"


def _table(pdf: FPDF, block: Table, base: str) -> None:
    heads = FontFace(emphasis="", fill_color=HEAD_FILL)  # one regular face: no bold to load
    # fpdf2's default layout: equal columns over the page's width; a little off for the cell margins
    width = pdf.epw / max(1, len(block.header), *(len(cells) for cells in block.rows)) - 2 * pdf.c_margin - 0.5
    with pdf.table(line_height=LINE, wrapmode=WrapMode.CHAR, headings_style=heads) as table:
        head = table.row()
        for text in block.header:
            head.cell(fit_cell(pdf, clean(text), width))
        for cells in block.rows:
            row = table.row()
            for r in cells:
                row.cell(fit_cell(pdf, clean(r.text), width), link=href(base, r.href) if r.href else None)
    pdf.ln(2)


def new_pdf(title: str = "") -> FPDF:
    """An A4 document with the CJK font added as ``cjk``; close it with :func:`close_fonts`."""
    path, index = cjk_font()
    pdf = FPDF(format="A4")
    pdf.set_title(clean(title))
    pdf.set_creator("yuqing")
    pdf.add_font("cjk", fname=str(path), collection_font_number=index)
    return pdf


def close_fonts(pdf: FPDF) -> None:
    """Close the font files ``pdf`` holds open. fpdf2 closes them only in ``output()``, so a document
    that fails before it would keep them open until a garbage collection, somewhere else."""
    for font in pdf.fonts.values():
        if isinstance(font, TTFFont):
            font.close()


def render_pdf(blocks: Iterable[Block], title: str, base: str = "") -> bytes:
    """The blocks as a PDF (A4); links point at ``base`` + path (relative paths without ``base``)."""
    pdf = new_pdf(title)
    try:
        return _render(pdf, blocks, base)
    finally:
        close_fonts(pdf)


def _render(pdf: FPDF, blocks: Iterable[Block], base: str) -> bytes:
    pdf.set_margins(18, 18, 18)
    pdf.add_page()
    number = 0
    for block in blocks:
        match block:
            case Heading(text, level):
                pdf.set_font("cjk", size=HEADING_SIZES.get(level, BODY))
                pdf.ln(2)
                pdf.multi_cell(0, LINE + 2, clean(text), wrapmode=WrapMode.CHAR, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(1)
                number = 0
            case Para(runs, style):
                pdf.set_font("cjk", size=9.0 if style == "note" else BODY)
                number = number + 1 if style == "number" else 0
                prefix = f"{number}. " if style == "number" else "• " if style == "bullet" else ""
                _para(pdf, runs, base, prefix)
            case Table():
                pdf.set_font("cjk", size=9.5)
                _table(pdf, block, base)
    return bytes(pdf.output())


def brief_pdf(brief: Brief, base: str = "") -> bytes:
    """The 日报/周报 as PDF, every figure and event linked to its records on the web UI at ``base``."""
    return render_pdf(brief_blocks(brief, relative=not base), brief.title, base)
