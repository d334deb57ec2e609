"""collectors: collected_items dedupe index

Revision ID: 0400_collectors
Revises: 0001_base
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.db.base

revision: str = "0400_collectors"
down_revision: str | Sequence[str] | None = "0001_base"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "collected_items",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("source_id", sa.String(length=100), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=True),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("simhash", sa.BigInteger(), nullable=False),
        sa.Column("fingerprint", sa.Text(), nullable=False),
        sa.Column("original_id", sa.String(length=64), nullable=True),
        sa.Column("copies", sa.Integer(), nullable=False),
        sa.Column("published", sa.Boolean(), nullable=False),
        sa.Column("collected_at", models.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_collected_items")),
    )
    with op.batch_alter_table("collected_items", schema=None) as batch_op:
        batch_op.create_index("ix_collected_items_content_hash", ["content_hash"], unique=False)
        batch_op.create_index("ix_collected_items_source_collected", ["source_id", "collected_at"], unique=False)
        batch_op.create_index("ix_collected_items_collected_at", ["collected_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("collected_items", schema=None) as batch_op:
        batch_op.drop_index("ix_collected_items_collected_at")
        batch_op.drop_index("ix_collected_items_source_collected")
        batch_op.drop_index("ix_collected_items_content_hash")
    op.drop_table("collected_items")
