"""What a stage's log holds: its own events, not the internals of the libraries it calls."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import logging
from yuqing.logs import configure_logging
from service.reports.blocks import Heading, Para, Run
from service.reports.pdf import render_pdf

configure_logging("INFO", json={json}, process="alert")
pdf = render_pdf([Heading("江山市舆情日报", 0), Para((Run("虎山街道火灾已造成3人死亡。"),))], "江山市舆情日报")
assert pdf.startswith(b"%PDF")
logging.getLogger("alerting.reports").info("brief written")
logging.getLogger("fontTools.subset").warning("a font problem worth reading")
"""


def _stderr(json: bool) -> str:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(json=json)],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    return result.stderr


def test_a_pdf_brief_does_not_fill_the_log_with_the_font_subsetters_report() -> None:
    for json in (False, True):
        lines = _stderr(json).splitlines()
        assert any("brief written" in line for line in lines), lines
        assert any("a font problem worth reading" in line for line in lines), "warnings still pass"
        noisy = [line for line in lines if "glyph" in line.lower() or "subsett" in line]
        assert not noisy, noisy[:5]


def test_records_go_to_stderr_as_it_is_now_even_after_a_stand_in_was_closed(monkeypatch: Any) -> None:
    """A command run in-process (a test runner's CliRunner, an embedding program) configures logging
    while ``sys.stderr`` is a stand-in, then closes it: later records still reach the real stderr,
    with no "--- Logging error ---" (I/O operation on closed file) in its place."""
    import io
    import logging

    import structlog

    from yuqing.logs import configure_logging

    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    try:
        stand_in = io.StringIO()
        monkeypatch.setattr(sys, "stderr", stand_in)
        configure_logging("INFO", process="classify")
        logging.getLogger("classifier").info("while the command ran")
        assert "while the command ran" in stand_in.getvalue()
        later = io.StringIO()
        monkeypatch.setattr(sys, "stderr", later)
        stand_in.close()
        logging.getLogger("alembic").warning("after it returned")
        assert "after it returned" in later.getvalue() and "Logging error" not in later.getvalue()
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
        structlog.reset_defaults()
        structlog.contextvars.clear_contextvars()
