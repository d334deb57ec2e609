"""``yuqing run``: every process of the service on one machine."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add ``run`` to ``app``."""
