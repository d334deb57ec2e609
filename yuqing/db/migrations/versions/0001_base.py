"""base schema: units, sources, items, events, users, audit

Revision ID: 0001_base
Revises:
Create Date: 2026-11-23 00:58:45.923236
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.db.base

revision: str = "0001_base"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", models.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("target_type", sa.String(length=40), nullable=False),
        sa.Column("target_id", sa.String(length=64), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index("ix_audit_log_target", ["target_type", "target_id"], unique=False)

    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("title", sa.String(length=1000), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("topic", sa.String(length=100), nullable=True),
        sa.Column("event_type", sa.String(length=40), nullable=True),
        sa.Column("grade", sa.String(length=40), nullable=True),
        sa.Column("places", sa.JSON(), nullable=False),
        sa.Column("lead_unit", sa.String(length=100), nullable=True),
        sa.Column("co_units", sa.JSON(), nullable=False),
        sa.Column("sources", sa.JSON(), nullable=False),
        sa.Column("item_count", sa.Integer(), nullable=False),
        sa.Column("negative_count", sa.Integer(), nullable=False),
        sa.Column("first_seen_at", models.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", models.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("peak_at", models.db.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("peak_volume", sa.Integer(), nullable=False),
        sa.Column("occurred_at", models.db.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("simhash", sa.BigInteger(), nullable=True),
        sa.Column("merged_into_id", sa.Integer(), nullable=True),
        sa.Column("created_at", models.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", models.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["merged_into_id"], ["events.id"], name=op.f("fk_events_merged_into_id_events")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index("ix_events_last_seen_at", ["last_seen_at"], unique=False)
        batch_op.create_index("ix_events_status_last_seen_at", ["status", "last_seen_at"], unique=False)

    op.create_table(
        "source_health",
        sa.Column("source_id", sa.String(length=100), nullable=False),
        sa.Column("last_success_at", models.db.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("last_error_at", models.db.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.String(length=2000), nullable=True),
        sa.Column("consecutive_failures", sa.Integer(), nullable=False),
        sa.Column("items_total", sa.Integer(), nullable=False),
        sa.Column("items_last_hour", sa.Integer(), nullable=False),
        sa.Column("cursor", sa.JSON(), nullable=False),
        sa.Column("updated_at", models.db.base.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("source_id", name=op.f("pk_source_health")),
    )
    op.create_table(
        "sources",
        sa.Column("id", sa.String(length=100), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("type", sa.String(length=20), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=True),
        sa.Column("tier", sa.String(length=20), nullable=False),
        sa.Column("region", sa.String(length=100), nullable=True),
        sa.Column("default_unit", sa.String(length=100), nullable=True),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sources")),
    )
    op.create_table(
        "units",
        sa.Column("id", sa.String(length=100), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("parent_id", sa.String(length=100), nullable=True),
        sa.Column("contacts", sa.JSON(), nullable=False),
        sa.Column("leader_contacts", sa.JSON(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_units")),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("password_hash", sa.String(length=300), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("unit_id", sa.String(length=100), nullable=True),
        sa.Column("display_name", sa.String(length=200), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", models.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    op.create_table(
        "items",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("source_id", sa.String(length=100), nullable=False),
        sa.Column("source_type", sa.String(length=20), nullable=False),
        sa.Column("source_tier", sa.String(length=20), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=True),
        sa.Column("title", sa.String(length=1000), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=True),
        sa.Column("region", sa.String(length=100), nullable=True),
        sa.Column("engagement", sa.JSON(), nullable=False),
        sa.Column("published_at", models.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("collected_at", models.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("stored_at", models.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=True),
        sa.Column("simhash", sa.BigInteger(), nullable=True),
        sa.Column("duplicate_of", sa.String(length=64), nullable=True),
        sa.Column("copies", sa.Integer(), nullable=False),
        sa.Column("topic", sa.String(length=100), nullable=True),
        sa.Column("topic_confidence", sa.Double(), nullable=True),
        sa.Column("negative", sa.Boolean(), nullable=True),
        sa.Column("sentiment_score", sa.Double(), nullable=True),
        sa.Column("event_type", sa.String(length=40), nullable=True),
        sa.Column("grade", sa.String(length=40), nullable=True),
        sa.Column("urgency", sa.Double(), nullable=True),
        sa.Column("places", sa.JSON(), nullable=False),
        sa.Column("lead_unit", sa.String(length=100), nullable=True),
        sa.Column("co_units", sa.JSON(), nullable=False),
        sa.Column("classification", sa.JSON(), nullable=True),
        sa.Column("classified_at", models.db.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("publish_sent_at", models.db.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], name=op.f("fk_items_event_id_events")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_items")),
    )
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_items_duplicate_of"), ["duplicate_of"], unique=False)
        batch_op.create_index(batch_op.f("ix_items_event_id"), ["event_id"], unique=False)
        batch_op.create_index("ix_items_lead_unit_stored_at", ["lead_unit", "stored_at"], unique=False)
        batch_op.create_index("ix_items_published_at", ["published_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_items_source_id"), ["source_id"], unique=False)
        batch_op.create_index("ix_items_stored_at", ["stored_at"], unique=False)
        batch_op.create_index("ix_items_topic_stored_at", ["topic", "stored_at"], unique=False)

    op.create_table(
        "label_corrections",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("old_value", sa.String(length=200), nullable=True),
        sa.Column("new_value", sa.String(length=200), nullable=False),
        sa.Column("user", sa.String(length=100), nullable=False),
        sa.Column("at", models.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["items.id"], name=op.f("fk_label_corrections_item_id_items")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_label_corrections")),
    )
    with op.batch_alter_table("label_corrections", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_label_corrections_item_id"), ["item_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("label_corrections", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_label_corrections_item_id"))

    op.drop_table("label_corrections")
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.drop_index("ix_items_topic_stored_at")
        batch_op.drop_index("ix_items_stored_at")
        batch_op.drop_index(batch_op.f("ix_items_source_id"))
        batch_op.drop_index("ix_items_published_at")
        batch_op.drop_index("ix_items_lead_unit_stored_at")
        batch_op.drop_index(batch_op.f("ix_items_event_id"))
        batch_op.drop_index(batch_op.f("ix_items_duplicate_of"))

    op.drop_table("items")
    op.drop_table("users")
    op.drop_table("units")
    op.drop_table("sources")
    op.drop_table("source_health")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index("ix_events_status_last_seen_at")
        batch_op.drop_index("ix_events_last_seen_at")

    op.drop_table("events")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_log_target")

    op.drop_table("audit_log")
