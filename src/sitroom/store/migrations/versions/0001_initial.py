"""Initial schema: documents, entries, events, evidence, event_edits.

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-27
"""
import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("doc_id", sa.String(), nullable=False),
        sa.Column("url", sa.String(), nullable=True),
        sa.Column("publisher", sa.String(), nullable=True),
        sa.Column("title", sa.String(), nullable=True),
        sa.Column("pub_date", sa.Date(), nullable=True),
        sa.Column("date_source", sa.String(), nullable=False),
        sa.Column("media_type", sa.String(), nullable=False),
        sa.Column("content_hash", sa.String(), nullable=False),
        sa.Column("input_hash", sa.String(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("ingested_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_documents"),
        sa.UniqueConstraint("doc_id", name="uq_documents_doc_id"),
    )
    op.create_table(
        "entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("index", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("heading", sa.Text(), nullable=True),
        sa.Column("timestamp", sa.String(), nullable=True),
        sa.Column("entry_date", sa.Date(), nullable=True),
        sa.Column("kind", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_entries"),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], ondelete="CASCADE",
            name="fk_entries_document_id_documents",
        ),
        sa.UniqueConstraint("document_id", "index", name="uq_entries_document_id_index"),
    )
    op.create_index("ix_entries_document_id", "entries", ["document_id"])

    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.String(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("report_kind", sa.String(), nullable=False),
        sa.Column("event_date", sa.Date(), nullable=True),
        sa.Column("date_start", sa.Date(), nullable=True),
        sa.Column("date_end", sa.Date(), nullable=True),
        sa.Column("time_precision", sa.Integer(), nullable=True),
        sa.Column("disorder_type", sa.String(), nullable=False),
        sa.Column("event_type", sa.String(), nullable=False),
        sa.Column("sub_event_type", sa.String(), nullable=False),
        sa.Column("actor1", sa.String(), nullable=False),
        sa.Column("assoc_actor_1", sa.String(), nullable=False),
        sa.Column("actor2", sa.String(), nullable=False),
        sa.Column("assoc_actor_2", sa.String(), nullable=False),
        sa.Column("inter1", sa.String(), nullable=False),
        sa.Column("inter2", sa.String(), nullable=False),
        sa.Column("civilian_targeting", sa.String(), nullable=False),
        sa.Column("country", sa.String(), nullable=False),
        sa.Column("iso3", sa.String(), nullable=False),
        sa.Column("admin1", sa.String(), nullable=False),
        sa.Column("admin2", sa.String(), nullable=False),
        sa.Column("location", sa.String(), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("geo_precision", sa.Integer(), nullable=True),
        sa.Column("fatalities", sa.Integer(), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("attribution", sa.JSON(), nullable=False),
        sa.Column("corroboration", sa.Integer(), nullable=False),
        sa.Column("reliability", sa.String(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("extra", sa.JSON(), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
        sa.Column("withdrawn_at", TZ, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_events"),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], ondelete="CASCADE",
            name="fk_events_document_id_documents",
        ),
        sa.UniqueConstraint("event_id", name="uq_events_event_id"),
    )
    for column in (
        "document_id", "report_kind", "event_date", "event_type", "sub_event_type", "actor1",
        "country", "admin1", "location",
    ):
        op.create_index(f"ix_events_{column}", "events", [column])
    op.create_index("ix_events_lat_lon", "events", ["latitude", "longitude"])

    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_evidence"),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], ondelete="CASCADE", name="fk_evidence_event_id_events",
        ),
    )
    op.create_index("ix_evidence_event_id", "evidence", ["event_id"])

    op.create_table(
        "event_edits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(), nullable=False),
        sa.Column("machine_value", sa.JSON(), nullable=True),
        sa.Column("analyst_value", sa.JSON(), nullable=True),
        sa.Column("user", sa.String(), nullable=False),
        sa.Column("at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_event_edits"),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], ondelete="RESTRICT", name="fk_event_edits_event_id_events",
        ),
    )
    op.create_index("ix_event_edits_event_id", "event_edits", ["event_id"])


def downgrade() -> None:
    op.drop_table("event_edits")
    op.drop_table("evidence")
    op.drop_table("events")
    op.drop_table("entries")
    op.drop_table("documents")
