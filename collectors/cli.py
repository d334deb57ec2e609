"""Commands of the collectors: ``yuqing collect``."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add the collector commands to ``app``."""
