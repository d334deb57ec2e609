"""alerting: alerts, alert log, deliveries, event and topic volume; events.terms

Revision ID: 0100_alerting
Revises: 0001_base
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.db.base

revision: str = "0100_alerting"
down_revision: str | Sequence[str] | None = "0001_base"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UTC = models.db.base.UTCDateTime


def upgrade() -> None:
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("terms", sa.JSON(), nullable=False, server_default="{}"))

    op.create_table(
        "alerts",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("rule", sa.String(length=100), nullable=False),
        sa.Column("level", sa.String(length=40), nullable=False),
        sa.Column("level_colour", sa.String(length=20), nullable=True),
        sa.Column("title", sa.String(length=1000), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("item_id", sa.String(length=64), nullable=True),
        sa.Column("source_id", sa.String(length=100), nullable=True),
        sa.Column("units", sa.JSON(), nullable=False),
        sa.Column("grade", sa.String(length=40), nullable=True),
        sa.Column("places", sa.JSON(), nullable=False),
        sa.Column("dedupe_key", sa.String(length=200), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("created_at", UTC(timezone=True), nullable=False),
        sa.Column("acknowledged_at", UTC(timezone=True), nullable=True),
        sa.Column("acknowledged_by", sa.String(length=100), nullable=True),
        sa.Column("feed_published_at", UTC(timezone=True), nullable=True),
        sa.Column("escalation", sa.JSON(), nullable=False),
        sa.Column("escalation_state", sa.String(length=20), nullable=False),
        sa.Column("next_step_at", UTC(timezone=True), nullable=True),
        sa.Column("claimed_by", sa.String(length=100), nullable=True),
        sa.Column("claimed_until", UTC(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], name=op.f("fk_alerts_event_id_events")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alerts")),
        sa.UniqueConstraint("dedupe_key", name=op.f("uq_alerts_dedupe_key")),
    )
    with op.batch_alter_table("alerts", schema=None) as batch_op:
        batch_op.create_index("ix_alerts_created_at", ["created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_alerts_event_id"), ["event_id"], unique=False)
        batch_op.create_index("ix_alerts_next_step_at", ["escalation_state", "next_step_at"], unique=False)
        batch_op.create_index("ix_alerts_rule_event", ["rule", "event_id", "created_at"], unique=False)

    op.create_table(
        "alert_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("alert_id", sa.String(length=64), nullable=False),
        sa.Column("at", UTC(timezone=True), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("step_index", sa.Integer(), nullable=True),
        sa.Column("step_key", sa.String(length=120), nullable=True),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["alert_id"], ["alerts.id"], name=op.f("fk_alert_log_alert_id_alerts")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alert_log")),
        sa.UniqueConstraint("step_key", name=op.f("uq_alert_log_step_key")),
    )
    with op.batch_alter_table("alert_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_alert_log_alert_id"), ["alert_id"], unique=False)

    op.create_table(
        "alert_deliveries",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("alert_id", sa.String(length=64), nullable=False),
        sa.Column("channel", sa.String(length=60), nullable=False),
        sa.Column("target", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("error", sa.String(length=2000), nullable=True),
        sa.Column("step_index", sa.Integer(), nullable=True),
        sa.Column("at", UTC(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alert_deliveries")),
    )
    with op.batch_alter_table("alert_deliveries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_alert_deliveries_alert_id"), ["alert_id"], unique=False)

    op.create_table(
        "event_volume",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("bucket_start", UTC(timezone=True), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], name=op.f("fk_event_volume_event_id_events")),
        sa.PrimaryKeyConstraint("event_id", "bucket_start", name=op.f("pk_event_volume")),
    )
    op.create_table(
        "topic_volume",
        sa.Column("topic", sa.String(length=100), nullable=False),
        sa.Column("bucket_start", UTC(timezone=True), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("topic", "bucket_start", name=op.f("pk_topic_volume")),
    )


def downgrade() -> None:
    op.drop_table("topic_volume")
    op.drop_table("event_volume")
    with op.batch_alter_table("alert_deliveries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_alert_deliveries_alert_id"))
    op.drop_table("alert_deliveries")
    with op.batch_alter_table("alert_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_alert_log_alert_id"))
    op.drop_table("alert_log")
    with op.batch_alter_table("alerts", schema=None) as batch_op:
        batch_op.drop_index("ix_alerts_rule_event")
        batch_op.drop_index("ix_alerts_next_step_at")
        batch_op.drop_index(batch_op.f("ix_alerts_event_id"))
        batch_op.drop_index("ix_alerts_created_at")
    op.drop_table("alerts")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_column("terms")
