"""The content of a document, independent of its format: headings, paragraphs of runs, tables.

A brief (日报/周报) and a 专报 are built once as a list of :data:`Block`; :mod:`service.reports.docx`
and :mod:`service.reports.pdf` render the same list, so the Word file and the PDF say the same
thing and carry the same evidence links. A :class:`Run` with ``href`` is a link to a page of the
web UI, stored as a path (``/events/12``); :func:`href` joins it to the public address. A few
links lead outside (a 首次发布's own address): those are absolute ``http(s)`` addresses.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

from service.reports.safe_text import document_text


@dataclass(frozen=True)
class Run:
    """A piece of text, optionally a link (``href``: a web UI path such as ``/events/12``)."""

    text: str
    href: str | None = None


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1
    """0 for the document title, 1 for sections, 2 for subsections."""


@dataclass(frozen=True)
class Para:
    runs: tuple[Run, ...]
    style: Literal["body", "number", "bullet", "note"] = "body"


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[Run, ...], ...]
    """One run per cell, as many cells as ``header``."""


Block = Heading | Para | Table


def para(*parts: str | Run, style: Literal["body", "number", "bullet", "note"] = "body") -> Para:
    """A paragraph of plain strings and runs."""
    return Para(tuple(p if isinstance(p, Run) else Run(p) for p in parts), style)


def cells(*parts: str | int | Run) -> tuple[Run, ...]:
    return tuple(p if isinstance(p, Run) else Run(str(p)) for p in parts)


def href(base: str, path: str) -> str:
    """``path`` (``/events/12``) on the web UI at ``base`` (``https://yq.example.cn``); with no
    ``base`` the path itself, a link relative to wherever the web UI is served. A web address
    outside the web UI (``https://www.gov.cn/…``, see :func:`web_address`) is kept as it is."""
    if web_address(path):
        return path
    return base.rstrip("/") + path if base else path


def web_address(url: str | None) -> bool:
    """True for an absolute ``http``/``https`` address: the only outside addresses a document links to."""
    if not url:
        return False
    parts = urlsplit(url)
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def clean(text: str) -> str:
    """Text without the characters documents cannot hold (see :mod:`service.reports.safe_text`)."""
    return document_text(text)
