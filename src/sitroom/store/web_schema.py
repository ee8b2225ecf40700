"""Tables of the web layer: users, API tokens, login sessions and the analysts' review log.

They live on the store's declarative Base so that one Alembic history covers them (migration
0002_web_review). Reviews refer to events by their stable `event_id` text rather than a foreign
key, so a confirmation survives a re-extraction that deletes and re-creates the event row, and
never blocks the store from removing an event the machine no longer produces.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .schema import Base, EventRow


class UserRow(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String, nullable=False, unique=True)
    password_hash: Mapped[str] = mapped_column(String, nullable=False)
    disabled: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class ApiTokenRow(Base):
    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True,
    )
    # sha256 of the token: a leaked database does not leak usable tokens
    token_hash: Mapped[str] = mapped_column(String, nullable=False, unique=True)
    label: Mapped[str] = mapped_column(String, nullable=False, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class WebSessionRow(Base):
    __tablename__ = "web_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True,
    )
    token_hash: Mapped[str] = mapped_column(String, nullable=False, unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class EventReviewRow(Base):
    """One review action (confirm, reject, edit, merge, split, reopen): who, when, what."""

    __tablename__ = "event_reviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[str] = mapped_column(String, nullable=False, index=True)
    action: Mapped[str] = mapped_column(String, nullable=False)
    status: Mapped[str] = mapped_column(String, nullable=False)
    user: Mapped[str] = mapped_column(String, nullable=False)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)


class EventStatusRow(Base):
    """The current review status of an event (the latest action's outcome), for filtering."""

    __tablename__ = "event_status"

    event_id: Mapped[str] = mapped_column(String, primary_key=True)
    status: Mapped[str] = mapped_column(String, nullable=False, index=True)
    merged_into: Mapped[str | None] = mapped_column(String)
    user: Mapped[str] = mapped_column(String, nullable=False)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


# Reading events groups reports by cluster and orders by date (store/review.py); this covering
# index lets SQLite and PostgreSQL do both without touching the table rows (migration 0004).
Index("ix_events_cluster_date", EventRow.cluster_id, EventRow.event_date, EventRow.withdrawn_at)
# The dashboard's usual question is one event type over a date window: this covering index
# answers it as one range of the index, with the cluster and withdrawal read from it too
# (migration 0007); without it SQLite reads every report of the type and drops the other dates.
Index("ix_events_type_date", EventRow.event_type, EventRow.event_date, EventRow.cluster_id,
      EventRow.withdrawn_at)


class EventOverrideRow(Base):
    """The analysts' values of one event (cluster), one column per field the dashboard filters,
    maps, counts or sorts by, so SQL reads the effective (analyst-over-machine) value.

    Derived from event_edits (the record of who changed what, which stays the truth): rewritten
    after every edit by store/review.py. `edited` lists the edited fields as "|name|name|"; a
    column whose field is not listed there is not used (the machine's value stands)."""

    __tablename__ = "event_overrides"

    cluster_id: Mapped[str] = mapped_column(String, primary_key=True)
    edited: Mapped[str] = mapped_column(String, nullable=False, default="")
    report_kind: Mapped[str | None] = mapped_column(String)
    event_date: Mapped[date | None] = mapped_column(Date)
    event_type: Mapped[str | None] = mapped_column(String)
    sub_event_type: Mapped[str | None] = mapped_column(String)
    actor1: Mapped[str | None] = mapped_column(String)
    assoc_actor_1: Mapped[str | None] = mapped_column(String)
    actor2: Mapped[str | None] = mapped_column(String)
    assoc_actor_2: Mapped[str | None] = mapped_column(String)
    country: Mapped[str | None] = mapped_column(String)
    iso3: Mapped[str | None] = mapped_column(String)
    location: Mapped[str | None] = mapped_column(String)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    fatalities: Mapped[int | None] = mapped_column(Integer)
    source: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    reliability: Mapped[str | None] = mapped_column(String)


OVERRIDE_FIELDS = tuple(c for c in EventOverrideRow.__table__.columns.keys() if c not in ("cluster_id", "edited"))


class LoginFailureRow(Base):
    """A refused login (by user name and client address), for throttling guessers across every
    worker process of the server; rows older than the throttle window are deleted."""

    __tablename__ = "login_failures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String, nullable=False, index=True)
    client: Mapped[str] = mapped_column(String, nullable=False, index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, index=True)
