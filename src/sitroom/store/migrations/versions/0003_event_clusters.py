"""Cross-document events: cluster id per stored report; near-duplicate document fingerprints.

Revision ID: 0003_event_clusters
Revises: 0002_web_review
Create Date: 2026-11-28
"""
import sqlalchemy as sa
from alembic import op

revision = "0003_event_clusters"
down_revision = "0002_web_review"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("cluster_id", sa.String(), nullable=True))
    # every report stored so far is its own event until it is saved again
    op.execute("UPDATE events SET cluster_id = event_id")
    with op.batch_alter_table("events") as batch:
        batch.alter_column("cluster_id", existing_type=sa.String(), nullable=False)
        batch.create_index("ix_events_cluster_id", ["cluster_id"])
        batch.create_index("ix_events_kind_date", ["report_kind", "event_date"])
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("minhash", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("near_duplicate_of", sa.String(), nullable=True))
    op.create_table(
        "document_bands",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_document_bands"),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], ondelete="CASCADE",
            name="fk_document_bands_document_id_documents",
        ),
    )
    op.create_index("ix_document_bands_document_id", "document_bands", ["document_id"])
    op.create_index("ix_document_bands_key", "document_bands", ["key"])


def downgrade() -> None:
    op.drop_table("document_bands")
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("near_duplicate_of")
        batch.drop_column("minhash")
    with op.batch_alter_table("events") as batch:
        batch.drop_index("ix_events_kind_date")
        batch.drop_index("ix_events_cluster_id")
        batch.drop_column("cluster_id")
