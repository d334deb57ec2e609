"""Labelled messages from xlsx or csv files, and from the desk's corrections.

The defaults fit the common message-board export layout (留言编号/留言用户/留言主题/留言时间/
留言详情/一级分类); other layouts name their columns with :class:`Columns`.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from classifier.errors import TrainingDataError


@dataclass(frozen=True)
class Columns:
    """Which columns hold the title, the body and the label (``id`` is optional)."""

    title: str = "留言主题"
    body: str = "留言详情"
    label: str = "一级分类"
    id: str = "留言编号"


@dataclass(frozen=True)
class Example:
    id: str
    title: str
    body: str
    label: str
    origin: str = ""
    """Where the example comes from, for error messages (``messages.csv row 17``)."""


@dataclass(frozen=True)
class Dataset:
    examples: tuple[Example, ...]
    source: str

    @property
    def docs(self) -> list[tuple[str, str]]:
        return [(e.title, e.body) for e in self.examples]

    @property
    def labels(self) -> list[str]:
        return [e.label for e in self.examples]

    def __len__(self) -> int:
        return len(self.examples)


def _rows_xlsx(path: Path) -> Iterator[list[object]]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a bad file
        raise TrainingDataError(f"{path}: not a readable xlsx file ({exc})") from exc
    try:
        for row in book.worksheets[0].iter_rows(values_only=True):
            yield list(row)
    finally:
        book.close()


def _rows_csv(path: Path) -> Iterator[list[object]]:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise TrainingDataError(f"{path}: neither UTF-8 nor GB18030 text")
    yield from csv.reader(text.splitlines())


def _cell(value: object) -> str:
    return "" if value is None else str(value).strip()


def read_dataset(
    path: Path, columns: Columns = Columns(), *, require_label: bool = True, min_classes: int = 2
) -> Dataset:
    """Read labelled messages from ``path`` (``.xlsx`` or ``.csv``); rows without a label are skipped.

    Raises :class:`TrainingDataError` for a missing file, an unknown format or missing columns.
    """
    path = Path(path)
    if not path.is_file():
        raise TrainingDataError(f"{path}: file not found")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        rows = _rows_xlsx(path)
    elif suffix in (".csv", ".txt"):
        rows = _rows_csv(path)
    else:
        raise TrainingDataError(f"{path}: unsupported file type {suffix!r} (use .xlsx or .csv)")
    header = [_cell(h) for h in next(rows, [])]
    wanted = {"title": columns.title, "body": columns.body, "label": columns.label}
    missing = [name for name in wanted.values() if name not in header]
    if missing:
        raise TrainingDataError(f"{path}: missing column(s) {', '.join(missing)}; found {', '.join(header)}")
    ti, bi, li = (header.index(n) for n in wanted.values())
    ii = header.index(columns.id) if columns.id in header else None
    examples = []
    for n, row in enumerate(rows, start=2):
        cells = [_cell(v) for v in row] + [""] * max(0, len(header) - len(row))
        label = cells[li]
        if not label and require_label:
            continue
        if not (cells[ti] or cells[bi]):
            continue
        examples.append(
            Example(cells[ii] if ii is not None else str(n), cells[ti], cells[bi], label, f"{path.name} row {n}")
        )
    if require_label and len({e.label for e in examples}) < min_classes:
        raise TrainingDataError(
            f"{path}: need labelled rows of at least {min_classes} classes, found {len(examples)} rows"
        )
    return Dataset(tuple(examples), str(path))


def read_corpus_dir(directory: Path) -> Dataset:
    """Read every ``*.csv`` in ``directory`` (columns 标题, 内容, 类别) as one dataset."""
    files = sorted(Path(directory).glob("*.csv"))
    if not files:
        raise TrainingDataError(f"{directory}: no .csv files")
    examples: list[Example] = []
    for f in files:
        columns = Columns(title="标题", body="内容", label="类别", id="编号")
        examples.extend(read_dataset(f, columns, min_classes=1).examples)
    if len({e.label for e in examples}) < 2:
        raise TrainingDataError(f"{directory}: need labelled rows of at least two classes")
    return Dataset(tuple(examples), str(directory))
