"""Web layer: analysts' values per event for SQL reads (event_overrides) and refused logins.

Revision ID: 0005_web_overrides
Revises: 0004_web_indexes
Create Date: 2026-12-02

event_overrides is derived from event_edits; store/review.py fills it for events edited before
this revision the first time a ReviewStore opens the database.
"""
import sqlalchemy as sa
from alembic import op

import sitroom.store.web_schema  # noqa: F401  (registers these tables on the ORM metadata)

revision = "0005_web_overrides"
down_revision = "0004_web_indexes"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "event_overrides",
        sa.Column("cluster_id", sa.String(), nullable=False),
        sa.Column("edited", sa.String(), nullable=False),
        sa.Column("report_kind", sa.String()),
        sa.Column("event_date", sa.Date()),
        sa.Column("event_type", sa.String()),
        sa.Column("sub_event_type", sa.String()),
        sa.Column("actor1", sa.String()),
        sa.Column("assoc_actor_1", sa.String()),
        sa.Column("actor2", sa.String()),
        sa.Column("assoc_actor_2", sa.String()),
        sa.Column("country", sa.String()),
        sa.Column("iso3", sa.String()),
        sa.Column("location", sa.String()),
        sa.Column("latitude", sa.Float()),
        sa.Column("longitude", sa.Float()),
        sa.Column("fatalities", sa.Integer()),
        sa.Column("source", sa.Text()),
        sa.Column("notes", sa.Text()),
        sa.Column("reliability", sa.String()),
        sa.PrimaryKeyConstraint("cluster_id", name="pk_event_overrides"),
    )
    op.create_table(
        "login_failures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("client", sa.String(), nullable=False),
        sa.Column("at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_login_failures"),
    )
    op.create_index("ix_login_failures_name", "login_failures", ["name"])
    op.create_index("ix_login_failures_client", "login_failures", ["client"])
    op.create_index("ix_login_failures_at", "login_failures", ["at"])


def downgrade() -> None:
    op.drop_table("login_failures")
    op.drop_table("event_overrides")
