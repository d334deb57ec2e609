"""What the collectors have published: the dedupe index shared by every collector process."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.db.base import Base


class CollectedItem(Base):
    """One item the collectors published (or a copy they dropped as an exact duplicate).

    ``id`` is the item id (a hash of the canonical URL), so a URL is published once. Items with the
    same ``content_hash`` are the same text: only the first is published. ``original_id`` links a
    copy (转载) to the first copy of its story; the first copy's ``copies`` counts the story's copies
    (itself included). ``simhash`` is the signed 64-bit SimHash; ``fingerprint`` the normalised text
    (truncated) used to confirm near-duplicates.
    """

    __tablename__ = "collected_items"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    source_id: Mapped[str] = mapped_column(String(100))
    url: Mapped[str | None] = mapped_column(String(2000), default=None)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    simhash: Mapped[int] = mapped_column(BigInteger, default=0)
    fingerprint: Mapped[str] = mapped_column(Text, default="")
    original_id: Mapped[str | None] = mapped_column(String(64), default=None)
    copies: Mapped[int] = mapped_column(default=1)
    published: Mapped[bool] = mapped_column(default=True)
    """False for an exact copy that was counted but not published."""
    collected_at: Mapped[datetime]

    __table_args__ = (
        Index("ix_collected_items_source_collected", "source_id", "collected_at"),
        Index("ix_collected_items_collected_at", "collected_at"),
        Index("ix_collected_items_original_id", "original_id"),
    )
