"""collectors: collected_items indexed by original_id (the copies folded into an item, for heat)

Revision ID: 0420_collected_original
Revises: 0410_source_quiet
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0420_collected_original"
down_revision: str | Sequence[str] | None = "0410_source_quiet"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_collected_items_original_id", "collected_items", ["original_id"])


def downgrade() -> None:
    op.drop_index("ix_collected_items_original_id", table_name="collected_items")
