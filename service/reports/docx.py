"""Word output (python-docx) of a document's blocks, links as real Word hyperlinks.

Untrusted text (titles, topics, unit names) goes through
:func:`~service.reports.safe_text.document_text`: python-docx refuses control characters. python-docx
has no hyperlink API; :func:`add_link` writes the ``w:hyperlink`` element with an external
relationship, which is what Word itself writes.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from service.reports.blocks import Block, Heading, Para, Run, Table, clean, href
from service.reports.brief import Brief
from service.reports.brief_blocks import brief_blocks

STYLES = {"body": None, "number": "List Number", "bullet": "List Bullet", "note": None}


def add_link(paragraph: Paragraph, text: str, url: str) -> None:
    """Append ``text`` to ``paragraph`` as a hyperlink to ``url`` (blue, underlined)."""
    rel = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    color = OxmlElement("w:color")
    color.set(qn("w:val"), "0563C1")
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    props.extend([color, underline])
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    run.extend([props, t])
    link.append(run)
    paragraph._p.append(link)


def _runs(paragraph: Paragraph, runs: Sequence[Run], base: str) -> None:
    for r in runs:
        if r.href:
            add_link(paragraph, clean(r.text), href(base, r.href))
        else:
            paragraph.add_run(clean(r.text))


def render_docx(blocks: Sequence[Block], base: str = "") -> bytes:
    """The blocks as a .docx; links point at ``base`` + path (relative paths without ``base``)."""
    doc = Document()
    for block in blocks:
        match block:
            case Heading(text, level):
                doc.add_heading(clean(text), level=level)
            case Para(runs, style):
                _runs(doc.add_paragraph(style=STYLES[style]), runs, base)
            case Table(header, rows):
                table = doc.add_table(rows=1, cols=len(header))
                table.style = "Table Grid"
                for cell, text in zip(table.rows[0].cells, header, strict=True):
                    cell.text = text
                for row in rows:
                    for cell, run in zip(table.add_row().cells, row, strict=True):
                        _runs(cell.paragraphs[0], [run], base)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def brief_document(brief: Brief, base: str = "") -> bytes:
    """The 日报/周报 as Word, every figure and event linked to its records on the web UI at ``base``."""
    return render_docx(brief_blocks(brief, relative=not base), base)
