"""tracker: cases, append-only case actions, enforcement marks

Revision ID: 0200_tracker
Revises: 0001_base
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.db.base

revision: str = "0200_tracker"
down_revision: str | Sequence[str] | None = "0001_base"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TS = models.db.base.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=1000), nullable=False),
        sa.Column("lead_unit", sa.String(length=100), nullable=False),
        sa.Column("co_units", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("grade", sa.String(length=40), nullable=True),
        sa.Column("anchor_kind", sa.String(length=20), nullable=False),
        sa.Column("anchor_at", _TS, nullable=False),
        sa.Column("dispatched_at", _TS, nullable=False),
        sa.Column("closed_at", _TS, nullable=True),
        sa.Column("policy", sa.JSON(), nullable=False),
        sa.Column("origin", sa.String(length=40), nullable=False),
        sa.Column("external_ref", sa.String(length=100), nullable=True),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("updated_at", _TS, nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], name=op.f("fk_cases_event_id_events")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint("origin", "external_ref", name="uq_cases_origin_external_ref"),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cases_event_id"), ["event_id"], unique=False)
        batch_op.create_index("ix_cases_lead_unit_dispatched_at", ["lead_unit", "dispatched_at"], unique=False)
        batch_op.create_index("ix_cases_status_dispatched_at", ["status", "dispatched_at"], unique=False)

    op.create_table(
        "case_actions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("unit", sa.String(length=100), nullable=True),
        sa.Column("at", _TS, nullable=False),
        sa.Column("recorded_at", _TS, nullable=False),
        sa.Column("corrects_id", sa.Integer(), nullable=True),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_case_actions_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["corrects_id"], ["case_actions.id"], name=op.f("fk_case_actions_corrects_id_case_actions")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_actions")),
        sa.UniqueConstraint("case_id", "seq", name="uq_case_actions_case_id_seq"),
    )
    with op.batch_alter_table("case_actions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_actions_case_id"), ["case_id"], unique=False)

    op.create_table(
        "case_marks",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("rule_id", sa.String(length=60), nullable=False),
        sa.Column("due_at", _TS, nullable=False),
        sa.Column("mark", sa.String(length=40), nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_case_marks_case_id_cases")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_marks")),
        sa.UniqueConstraint("case_id", "rule_id", "due_at", "mark", name="uq_case_marks_case_rule_due_mark"),
    )
    with op.batch_alter_table("case_marks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_marks_case_id"), ["case_id"], unique=False)


def downgrade() -> None:
    op.drop_table("case_marks")
    op.drop_table("case_actions")
    op.drop_table("cases")
