"""collectors: source_health remembers when a source last brought something new

Revision ID: 0410_source_quiet
Revises: 0400_collectors
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.db.base

revision: str = "0410_source_quiet"
down_revision: str | Sequence[str] | None = "0400_collectors"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("source_health", schema=None) as batch_op:
        batch_op.add_column(sa.Column("last_new_at", models.db.base.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("quiet_alerted_at", models.db.base.UTCDateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("source_health", schema=None) as batch_op:
        batch_op.drop_column("quiet_alerted_at")
        batch_op.drop_column("last_new_at")
