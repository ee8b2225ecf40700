"""A covering index on events (event_type, event_date, cluster_id, withdrawn_at).

Revision ID: 0007_type_date_index
Revises: 0006_version_indexes
Create Date: 2026-12-02

The load bench's (and a dashboard's) most frequent read is a page of one event type over a
date window. With only single-column indexes SQLite walks every report of that type (a fifth
of the table) and checks each date in the table row: 2.4 ms for a 90-day window at 10k events,
0.3 ms with this index, which answers the filter, the grouping by cluster and the withdrawn
check from the index alone.
"""
from alembic import op

import sitroom.store.web_schema  # noqa: F401  (registers the index on the ORM metadata)

revision = "0007_type_date_index"
down_revision = "0006_version_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_events_type_date", "events", ["event_type", "event_date", "cluster_id", "withdrawn_at"])


def downgrade() -> None:
    op.drop_index("ix_events_type_date", table_name="events")
