"""Web layer: a covering index for listing events grouped by cluster, newest first.

Revision ID: 0004_web_indexes
Revises: 0003_event_clusters
Create Date: 2026-11-27
"""
from alembic import op

import sitroom.store.web_schema  # noqa: F401  (registers the index on the ORM metadata)

revision = "0004_web_indexes"
down_revision = "0003_event_clusters"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_events_cluster_date", "events", ["cluster_id", "event_date", "withdrawn_at"])


def downgrade() -> None:
    op.drop_index("ix_events_cluster_date", table_name="events")
