"""专题 (special-topic watches) the desk defines: a name, keywords with 排除词, places and a period.

Read per request by the service (a new or edited 专题 takes effect without a restart); matching is
done in SQL by :mod:`service.queries.special_topics`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from models.db.base import Base


class SpecialTopic(Base):
    """One 专题. ``keywords``/``exclude``/``places`` are JSON lists of strings; ``places`` are names of
    the jurisdiction's 乡镇/街道. ``ends_at`` None: still running. Never deleted: ``active`` False
    hides it (its page and digest stay reachable for the record)."""

    __tablename__ = "special_topics"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    keywords: Mapped[list[Any]] = mapped_column(JSON, default=list)
    exclude: Mapped[list[Any]] = mapped_column(JSON, default=list)
    places: Mapped[list[Any]] = mapped_column(JSON, default=list)
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime | None] = mapped_column(default=None)
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    active: Mapped[bool] = mapped_column(default=True)
