"""alerting: index events by lead unit and by the event they were merged into

Revision ID: 0510_events_indexes
Revises: 0100_alerting

The units' routed lists read the events led by a unit in a time range
(``ix_events_lead_unit_last_seen_at``, beside the co-units GIN index of ``0300_service``); the
desk's incident cards count a merged event's alerts on the event it went into, which needs the events
merged into a given one (``ix_events_merged_into_id``). Both without scanning the table.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0510_events_indexes"
down_revision: str | Sequence[str] | None = "0100_alerting"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index("ix_events_lead_unit_last_seen_at", ["lead_unit", "last_seen_at"], unique=False)
        batch_op.create_index("ix_events_merged_into_id", ["merged_into_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index("ix_events_merged_into_id")
        batch_op.drop_index("ix_events_lead_unit_last_seen_at")
