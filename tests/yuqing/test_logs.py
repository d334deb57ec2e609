"""What a stage's log holds: its own events, not the internals of the libraries it calls."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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
