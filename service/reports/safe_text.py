"""Untrusted text (scraped or reported titles, unit names from imported files) made safe for the
documents the product writes.

- Characters XML 1.0 forbids (C0 controls but tab, newline and carriage return; U+FFFE/U+FFFF;
  lone surrogates) and the C1 controls are removed: python-docx and openpyxl refuse them outright
  (a ``\\x02`` in one title used to fail the whole brief), and they never carry meaning in a brief.
- What people type into the service (notes, reasons, names, keywords) is stored without them
  (:func:`plain_text`).
- Spreadsheet cells are written as strings, never as formulas, numbers or links (see
  :data:`XLSX_OPTIONS`): a title ``=HYPERLINK("http://…")`` stays text.
"""

from __future__ import annotations

import re

_NOT_IN_DOCUMENTS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")

XLSX_OPTIONS = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}
"""XlsxWriter workbook options: ``write()`` of a str always writes a string cell."""


def document_text(value: object) -> str:
    """``value`` as text without the characters documents cannot hold."""
    return _NOT_IN_DOCUMENTS.sub("", str(value))


def plain_text(value: str) -> str:
    """What a person typed (a note, a reason, a name, a keyword), as it is stored: without the
    same characters, which no page shows (they draw as boxes) and no search word can mean; tabs
    and line breaks stay. Scraped and reported text is cleaned so at ingest (the collectors)."""
    return _NOT_IN_DOCUMENTS.sub("", value)
