"""``yuqing classify --dry-run``: classify lines of text without a broker or a database.

Each input line is either plain text (classified as the item's text, no title) or a JSON object
with ``title`` and/or ``text`` (``body`` is accepted for ``text``) and, optionally, the item
fields that change urgency and routing: ``source_tier``, ``copies``, ``default_unit``,
``source_id``. Blank lines are skipped. Every other line gives exactly one output object, in
input order: the classification (:func:`describe`; ``excerpt`` is the first 80 characters of the
text), or ``{"line": n, "error": "…"}`` for a line that cannot be read; a bad line never stops
the others. Nothing is published or stored.

Standard input is read as bytes (:func:`text_lines`): UTF-8 (a byte-order mark is dropped), UTF-16
when the input opens with its byte-order mark (Notepad's "Unicode"), and a line that is not UTF-8
as GB18030 (GBK/GB2312 text saved by Windows tools), its output then saying ``"encoding":
"gb18030"``. A line that is neither is reported as such, never guessed.
"""

from __future__ import annotations

import codecs
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any

from pydantic import ValidationError

from classifier.engine import Classifier
from models.enums import SourceType
from models.messages import Classification, RawItem
from models.timeutil import utcnow

SOURCE_ID = "dry-run"
_OPTIONAL = ("source_tier", "copies", "default_unit", "source_id", "url", "published_at")
"""Fields a JSON line may give besides title and text (``published_at``: when the item was published,
ISO 8601, Beijing time without an offset, which relative times such as 昨晚 and 上周五 are read against;
now if not given)."""


@dataclass(frozen=True)
class Line:
    """One numbered input line: the item it holds, or why it cannot be read."""

    number: int
    item: RawItem | None
    error: str | None = None
    encoding: str | None = None
    """The codec the line was read with, when it was not UTF-8."""


@dataclass(frozen=True)
class RawLine:
    """An input line as bytes that are not UTF-8 (:func:`read_line` reads it as GB18030 or refuses it)."""

    data: bytes


_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def text_lines(stream: IO[bytes]) -> Iterator[str | RawLine]:
    """The lines of a byte stream: text, or :class:`RawLine` for a line that is not UTF-8.

    The stream is read line by line (an interactive user gets each answer at once); only UTF-16,
    told by its byte-order mark, is decoded as a whole stream.
    """
    first = stream.readline()
    if first.startswith(_UTF16_BOMS):
        rest = io.TextIOWrapper(io.BytesIO(first + stream.read()), encoding="utf-16", errors="replace")
        yield from rest
        return
    if first.startswith(codecs.BOM_UTF8):
        first = first[len(codecs.BOM_UTF8) :]
    line = first
    while line:
        try:
            yield line.decode("utf-8")
        except UnicodeDecodeError:
            yield RawLine(line)
        line = stream.readline()


def _decoded(line: str | RawLine) -> tuple[str | None, str | None]:
    """``(text, codec)`` of a line (codec None for UTF-8), or ``(None, None)`` if it cannot be read."""
    if isinstance(line, str):
        return line, None
    try:
        return line.data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        return None, None


def read_line(number: int, line: str | RawLine) -> Line:
    """Turn one input line into an item (``Line.error`` says what is wrong with a bad one)."""
    decoded, encoding = _decoded(line)
    if decoded is None:
        return Line(number, None, "neither UTF-8 nor GB18030 text: save the input as UTF-8")
    text = decoded.strip()
    fields: dict[str, Any]
    if text.startswith("{"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            return Line(number, None, f"not valid JSON: {exc.msg} at column {exc.colno}")
        if not isinstance(data, dict):
            return Line(number, None, "a JSON line must be an object with title and/or text")
        body = data.get("text", data.get("body", ""))
        title = data.get("title", "")
        if not isinstance(title, str) or not isinstance(body, str):
            return Line(number, None, "title and text must be strings")
        if not (title.strip() or body.strip()):
            return Line(number, None, "the object has neither title nor text")
        fields = {"title": title, "text": body, **{k: data[k] for k in _OPTIONAL if k in data}}
    else:
        fields = {"title": "", "text": text}
    now = utcnow()
    try:
        item = RawItem(
            id=f"{SOURCE_ID}-{number:08d}",
            source_type=SourceType.MANUAL,
            collected_at=now,
            **{"source_id": SOURCE_ID, "published_at": now, **fields},
        )
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        return Line(number, None, problems)
    return Line(number, item, encoding=encoding)


def describe(classifier: Classifier, number: int, item: RawItem, result: Classification) -> dict[str, Any]:
    """The JSON object printed for one classified line (ids with their Chinese names)."""
    names = {u.id: u.name for u in classifier.units.units}
    return {
        "line": number,
        "title": item.title,
        "excerpt": item.text[:80],
        "topic": result.topic,
        "topic_label": result.topic_label,
        "topic_confidence": round(result.topic_confidence, 4),
        "topic_terms": list(result.topic_terms),
        "grade": result.grade.value if result.grade else None,
        "grade_label": result.grade.label if result.grade else None,
        "grade_reasons": list(result.grade_reasons),
        "negative": result.negative,
        "negativity": result.sentiment_score,
        "sentiment_terms": list(result.sentiment_terms),
        "event_type": result.event_type.value,
        "event_type_label": result.event_type.label,
        "event_type_terms": list(result.event_type_terms),
        "places": list(result.places),
        "lead_unit": result.lead_unit,
        "lead_unit_name": names.get(result.lead_unit, result.lead_unit) if result.lead_unit else None,
        "co_units": list(result.co_units),
        "co_unit_names": [names.get(u, u) for u in result.co_units],
        "routing_rule": result.routing_rule,
        "urgency": result.urgency,
        "facts": [
            {"kind": f.kind.value, "label": f.kind.label, "value": f.value, "quote": f.quote} for f in result.facts
        ],
        "model_version": result.model_version,
    }


def classify_lines(
    classifier: Classifier, lines: Iterable[str | RawLine], batch: int = 256
) -> Iterator[dict[str, Any]]:
    """One output object per non-blank input line, in order; lines are classified ``batch`` at a time."""
    pending: list[Line] = []

    def flush() -> Iterator[dict[str, Any]]:
        good = [p for p in pending if p.item is not None]
        results = iter(classifier.classify([p.item for p in good if p.item is not None]))
        for p in pending:
            if p.item is None:
                yield {"line": p.number, "error": p.error}
            else:
                out = describe(classifier, p.number, p.item, next(results))
                if p.encoding:
                    out["encoding"] = p.encoding
                yield out
        pending.clear()

    for number, line in enumerate(lines, start=1):
        if not (line.data if isinstance(line, RawLine) else line).strip():
            continue
        pending.append(read_line(number, line))
        if len(pending) >= batch:
            yield from flush()
    yield from flush()
