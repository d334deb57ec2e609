"""Versions of the jurisdiction's rule documents edited online (append-only).

``routing.yaml``, ``alert_rules.yaml`` (alert rules and the keyword schemes 关注词/排除词/地域词) and
``policies.yaml`` are seeded from the YAML files and then edited in the web UI. Every change is a new
row with the full text, who made it and when; rows are never updated or deleted, so the history is
the audit trail and any version can be shown or compared. The stages read the newest version of
their document (see :mod:`yuqing.config_versions`).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.db.base import Base


class ConfigVersion(Base):
    __tablename__ = "config_versions"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    document: Mapped[str] = mapped_column(String(40))
    """``routing``, ``alert_rules`` or ``policies`` (the file's name without ``.yaml``)."""
    version: Mapped[int]
    """1, 2, 3 … per document; the newest is in force."""
    text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    origin: Mapped[str] = mapped_column(String(20))
    """``seed`` (the file on disk at first start), ``import`` (a changed file imported), ``web`` (edited online)."""
    author: Mapped[str] = mapped_column(String(100))
    note: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[datetime]

    __table_args__ = (UniqueConstraint("document", "version", name="uq_config_versions_document_version"),)
