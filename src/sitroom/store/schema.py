"""ORM tables of the store.

Events keep the machine's values in their own columns; an analyst's correction goes to
event_edits beside it (who, when, old and new value), so nothing the machine said is lost and
nothing an analyst said is overwritten by a re-run. The schema itself is created by the Alembic
migration in migrations/versions, which must stay in step with these classes
(tests/test_store.py checks that they do).
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    MetaData,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    # fixed constraint names, so migrations can refer to them on every database
    metadata = MetaData(naming_convention=NAMING)


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_id: Mapped[str] = mapped_column(String, nullable=False, unique=True)
    url: Mapped[str | None] = mapped_column(String)
    publisher: Mapped[str | None] = mapped_column(String)
    title: Mapped[str | None] = mapped_column(String)
    pub_date: Mapped[date | None] = mapped_column(Date)
    date_source: Mapped[str] = mapped_column(String(), nullable=False, default="unknown")
    media_type: Mapped[str] = mapped_column(String(), nullable=False, default="text")
    content_hash: Mapped[str] = mapped_column(String(), nullable=False)
    # hash of everything else saved with the text (metadata, entries, records): same text and
    # same input_hash = nothing to do
    input_hash: Mapped[str] = mapped_column(String(), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    # MinHash signature of the text (resolve/neardup.py) and, when it nearly copies a document
    # saved earlier (same wire story on another site), that document's doc_id
    minhash: Mapped[list[int] | None] = mapped_column(JSON)
    near_duplicate_of: Mapped[str | None] = mapped_column(String)

    entries: Mapped[list[EntryRow]] = relationship(
        back_populates="document", cascade="all, delete-orphan", passive_deletes=True,
        order_by="EntryRow.index",
    )
    events: Mapped[list[EventRow]] = relationship(back_populates="document", passive_deletes=True)


class EntryRow(Base):
    __tablename__ = "entries"
    __table_args__ = (UniqueConstraint("document_id", "index", name="uq_entries_document_id_index"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), nullable=False,
        index=True,
    )
    index: Mapped[int] = mapped_column(Integer, nullable=False)
    start: Mapped[int] = mapped_column(Integer, nullable=False)
    end: Mapped[int] = mapped_column(Integer, nullable=False)
    heading: Mapped[str | None] = mapped_column(Text)
    timestamp: Mapped[str | None] = mapped_column(String())
    entry_date: Mapped[date | None] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(), nullable=False, default="article")

    document: Mapped[DocumentRow] = relationship(back_populates="entries")


class DocumentBandRow(Base):
    """One LSH band key of a document's MinHash: documents sharing a key are compared."""

    __tablename__ = "document_bands"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True,
    )
    key: Mapped[str] = mapped_column(String, nullable=False, index=True)


class EventRow(Base):
    __tablename__ = "events"
    __table_args__ = (
        Index("ix_events_lat_lon", "latitude", "longitude"),
        # partial: only withdrawn rows, so that no planner walks it for "withdrawn_at IS NULL"
        # (nearly every row) instead of a selective index
        Index("ix_events_withdrawn_at", "withdrawn_at", sqlite_where=text("withdrawn_at IS NOT NULL"),
              postgresql_where=text("withdrawn_at IS NOT NULL")),
        # candidate lookup when merging across documents (store/clusters.py): same kind, a day range
        Index("ix_events_kind_date", "report_kind", "event_date"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[str] = mapped_column(String(), nullable=False, unique=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), nullable=False,
        index=True,
    )
    report_kind: Mapped[str] = mapped_column(String(), nullable=False, index=True)
    event_date: Mapped[date | None] = mapped_column(Date, index=True)
    date_start: Mapped[date | None] = mapped_column(Date)
    date_end: Mapped[date | None] = mapped_column(Date)
    time_precision: Mapped[int | None] = mapped_column(Integer)
    disorder_type: Mapped[str] = mapped_column(String, nullable=False, default="")
    event_type: Mapped[str] = mapped_column(String, nullable=False, default="", index=True)
    sub_event_type: Mapped[str] = mapped_column(String, nullable=False, default="", index=True)
    actor1: Mapped[str] = mapped_column(String, nullable=False, default="", index=True)
    assoc_actor_1: Mapped[str] = mapped_column(String, nullable=False, default="")
    actor2: Mapped[str] = mapped_column(String, nullable=False, default="")
    assoc_actor_2: Mapped[str] = mapped_column(String, nullable=False, default="")
    inter1: Mapped[str] = mapped_column(String(), nullable=False, default="")
    inter2: Mapped[str] = mapped_column(String(), nullable=False, default="")
    civilian_targeting: Mapped[str] = mapped_column(String(), nullable=False, default="")
    country: Mapped[str] = mapped_column(String, nullable=False, default="", index=True)
    iso3: Mapped[str] = mapped_column(String(), nullable=False, default="")
    admin1: Mapped[str] = mapped_column(String, nullable=False, default="", index=True)
    admin2: Mapped[str] = mapped_column(String, nullable=False, default="")
    location: Mapped[str] = mapped_column(String, nullable=False, default="", index=True)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    geo_precision: Mapped[int | None] = mapped_column(Integer)
    fatalities: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    source: Mapped[str] = mapped_column(Text, nullable=False, default="")
    attribution: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    corroboration: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    reliability: Mapped[str] = mapped_column(String(), nullable=False, default="single source")
    confidence: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    # indexed (with withdrawn_at) so that the data version every cached read checks is a
    # lookup at the index's end, not a scan of every event (store/review.py: data_version)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, index=True)
    # set when a newer version of the document no longer yields this event but an analyst has
    # edited it, so the edit is kept; withdrawn events are hidden from queries by default
    withdrawn_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # the real-world event this report belongs to (store/clusters.py): reports of several
    # documents share it. A plain value, not a reference, so it outlives the report that founded it
    cluster_id: Mapped[str] = mapped_column(String, nullable=False, index=True)

    document: Mapped[DocumentRow] = relationship(back_populates="events")
    evidence: Mapped[list[EvidenceRow]] = relationship(
        back_populates="event", cascade="all, delete-orphan", passive_deletes=True,
        order_by="EvidenceRow.position",
    )
    edits: Mapped[list[EventEditRow]] = relationship(
        back_populates="event", passive_deletes=True, order_by="EventEditRow.id",
    )


class EvidenceRow(Base):
    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True,
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    field: Mapped[str] = mapped_column(String(), nullable=False)
    start: Mapped[int] = mapped_column(Integer, nullable=False)
    end: Mapped[int] = mapped_column(Integer, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)

    event: Mapped[EventRow] = relationship(back_populates="evidence")


class EventEditRow(Base):
    __tablename__ = "event_edits"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(
        ForeignKey("events.id", ondelete="RESTRICT"), nullable=False, index=True,
    )
    field: Mapped[str] = mapped_column(String(), nullable=False)
    machine_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    analyst_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    user: Mapped[str] = mapped_column(String, nullable=False)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)

    event: Mapped[EventRow] = relationship(back_populates="edits")
