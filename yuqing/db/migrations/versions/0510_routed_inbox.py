"""service: what units do with routed 舆情 (签收, reroute requests)

Revision ID: 0510_routed_inbox
Revises: 0001_base

Service tables, on their own branch off the base: a revision on top of ``0300_service`` (which
depends on the alerting and tracker branches), or one depending on it, trips Alembic's branch
bookkeeping (``KeyError: '0001_base'`` on upgrade from empty). These tables reference no other
table, so they need no other branch first.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.db.base

revision: str = "0510_routed_inbox"
down_revision: str | Sequence[str] | None = "0001_base"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "routed_signs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("unit_id", sa.String(length=100), nullable=False),
        sa.Column("target_type", sa.String(length=10), nullable=False),
        sa.Column("target_id", sa.String(length=64), nullable=False),
        sa.Column("signed_by", sa.String(length=100), nullable=False),
        sa.Column("signed_at", models.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_routed_signs")),
        sa.UniqueConstraint("unit_id", "target_type", "target_id", name="uq_routed_signs_unit_target"),
    )
    op.create_table(
        "reroute_requests",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("unit_id", sa.String(length=100), nullable=False),
        sa.Column("target_type", sa.String(length=10), nullable=False),
        sa.Column("target_id", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("requested_by", sa.String(length=100), nullable=False),
        sa.Column("requested_at", models.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("resolved_by", sa.String(length=100), nullable=True),
        sa.Column("resolved_at", models.db.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("resolution", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reroute_requests")),
    )
    with op.batch_alter_table("reroute_requests", schema=None) as batch_op:
        batch_op.create_index("ix_reroute_requests_status_requested_at", ["status", "requested_at"], unique=False)
        batch_op.create_index("ix_reroute_requests_unit_target", ["unit_id", "target_type", "target_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("reroute_requests", schema=None) as batch_op:
        batch_op.drop_index("ix_reroute_requests_unit_target")
        batch_op.drop_index("ix_reroute_requests_status_requested_at")
    op.drop_table("reroute_requests")
    op.drop_table("routed_signs")
