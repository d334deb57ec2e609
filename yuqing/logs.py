"""Structured logging for every process: key=value lines on a terminal, JSON lines with ``log_json``.

Exceptions are logged compactly in both modes (:func:`compact_traceback`): the plain traceback
without local variables, at most :data:`MAX_FRAMES` frames and :data:`MAX_TRACEBACK_CHARS`
characters. Rendering locals (structlog's default when ``rich`` is installed) wrote megabytes per
error from a web request and blocked the server while it did.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType
from typing import Any

import structlog

MAX_FRAMES = 40
"""Innermost frames kept of a traceback."""
MAX_TRACEBACK_CHARS = 16_000
"""A longer traceback (a giant exception message, such as an SQL statement with its parameters)
keeps its start and its end."""

QUIET_LOGGERS = ("kafka", "fontTools")
"""Libraries whose INFO lines are their own internals (the Kafka client's connection steps, the
font subsetter's table-by-table report for every PDF brief): only their warnings and errors are
logged."""

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def compact_traceback(exc_info: ExcInfo) -> str:
    """The traceback of ``exc_info`` as plain text, bounded (see the module docstring)."""
    exc_type, exc, tb = exc_info
    text = "".join(traceback.TracebackException(exc_type, exc, tb, limit=-MAX_FRAMES).format()).rstrip("\n")
    if len(text) > MAX_TRACEBACK_CHARS:
        head, tail = MAX_TRACEBACK_CHARS // 4, MAX_TRACEBACK_CHARS * 3 // 4
        text = f"{text[:head]}\n… ({len(text) - head - tail} characters cut) …\n{text[-tail:]}"
    return text


class StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to ``sys.stderr`` as it is when a record is written, not as it was when logging was
    configured: a command run in-process (a test runner, an embedding program) may swap
    ``sys.stderr`` for a while and close its stand-in afterwards, and later records must not fail
    with "I/O operation on closed file"."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    @property
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, _value: Any) -> None:
        """Ignored: the stream is always the current ``sys.stderr``."""


def configure_logging(level: str = "INFO", json: bool = False, process: str = "yuqing") -> None:
    """Route stdlib and structlog logs through one structured formatter on stderr."""
    renderer: structlog.typing.Processor = (
        structlog.processors.JSONRenderer(ensure_ascii=False)
        if json
        else structlog.dev.ConsoleRenderer(colors=False, exception_formatter=structlog.dev.plain_traceback)
    )
    shared: list[structlog.typing.Processor] = [
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]
    structlog.configure(
        processors=[*shared, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        cache_logger_on_first_use=True,
    )
    handler = StderrHandler()
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=shared,
            processors=[
                structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                # exc_info becomes the bounded text under "exception", before any renderer sees it
                structlog.processors.ExceptionRenderer(compact_traceback),
                renderer,
            ],
        )
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    structlog.contextvars.bind_contextvars(process=process)
