"""service: 专题 (special-topic watches) defined by the desk

Revision ID: 0530_special_topics
Revises: 0510_routed_inbox

On the service's own branch (after ``0510_routed_inbox``): the table references no other table.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.db.base

revision: str = "0530_special_topics"
down_revision: str | Sequence[str] | None = "0510_routed_inbox"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "special_topics",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("keywords", sa.JSON(), nullable=False),
        sa.Column("exclude", sa.JSON(), nullable=False),
        sa.Column("places", sa.JSON(), nullable=False),
        sa.Column("starts_at", models.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("ends_at", models.db.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", models.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", models.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_special_topics")),
        sa.UniqueConstraint("name", name=op.f("uq_special_topics_name")),
    )


def downgrade() -> None:
    op.drop_table("special_topics")
