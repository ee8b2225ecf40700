"""Per-source watch state (validators, hashes, schedule, counters), kept in a small database.

Why not a table in the sitroom database: its schema is owned by the store's Alembic migrations and
checked against the store's ORM (tests compare them), so a watcher table there would have to
live in the store's schema module. The state is instead a SQLite file beside the event database
(`sitroom.db` -> `sitroom.watch.db`), or any SQLAlchemy URL given with --state. It is written only
after a poll's documents are saved, so a crash repeats at most one poll, which the store's
idempotent save turns into a no-op.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import Column, Float, Integer, MetaData, String, Table, Text, create_engine, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from sitroom.errors import SitroomError
from sitroom.store.db import DEFAULT_DB_PATH, resolve_db_url

metadata = MetaData()
watch_sources = Table(
    "watch_sources",
    metadata,
    Column("name", String, primary_key=True),
    Column("url", Text, nullable=False),
    Column("kind", String, nullable=False),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("content_hash", String),
    Column("last_poll_at", String),
    Column("last_success_at", String),
    Column("last_change_at", String),
    Column("last_error_at", String),
    Column("last_error", Text),
    Column("consecutive_errors", Integer, nullable=False, default=0),
    Column("next_poll_at", Float),
    Column("polls", Integer, nullable=False, default=0),
    Column("changes", Integer, nullable=False, default=0),
    Column("not_modified", Integer, nullable=False, default=0),
    Column("unchanged", Integer, nullable=False, default=0),
    Column("errors", Integer, nullable=False, default=0),
    Column("docs_saved", Integer, nullable=False, default=0),
    Column("docs_skipped", Integer, nullable=False, default=0),
    Column("docs_failed", Integer, nullable=False, default=0),
    Column("events_added", Integer, nullable=False, default=0),
    Column("events_updated", Integer, nullable=False, default=0),
    Column("events_removed", Integer, nullable=False, default=0),
)


class StateError(SitroomError):
    """The state database cannot be opened or written."""


@dataclass
class SourceState:
    """What the watcher knows about one source between polls (times are ISO 8601 UTC)."""

    name: str
    url: str = ""
    kind: str = "page"
    etag: str | None = None
    last_modified: str | None = None
    content_hash: str | None = None
    last_poll_at: str | None = None
    last_success_at: str | None = None
    last_change_at: str | None = None
    last_error_at: str | None = None
    last_error: str | None = None
    consecutive_errors: int = 0
    next_poll_at: float | None = None  # epoch seconds; None = due now
    polls: int = 0
    changes: int = 0
    not_modified: int = 0
    unchanged: int = 0
    errors: int = 0
    docs_saved: int = 0
    docs_skipped: int = 0
    docs_failed: int = 0
    events_added: int = 0
    events_updated: int = 0
    events_removed: int = 0
    extra: dict = field(default_factory=dict, repr=False)


_COLUMNS = [f.name for f in fields(SourceState) if f.name != "extra"]


def iso_utc(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, tz=timezone.utc).isoformat(timespec="seconds")


def default_state_url(db_url: str | None) -> str:
    """$SITROOM_WATCH_STATE, else a file beside a SQLite event database, else beside the default one."""
    env = os.environ.get("SITROOM_WATCH_STATE")
    if env:
        return state_url(env)
    resolved = make_url(resolve_db_url(db_url))
    if resolved.get_backend_name() == "sqlite" and resolved.database not in (None, "", ":memory:"):
        db_path = Path(resolved.database)
    else:
        db_path = DEFAULT_DB_PATH.expanduser()
    return state_url(str(db_path.with_name(db_path.stem + ".watch.db")))


def state_url(value: str) -> str:
    """A URL stays a URL; a path becomes a SQLite file URL (its folder is created)."""
    if "://" in value:
        return resolve_db_url(value)
    path = Path(value).expanduser().resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


class StateStore:
    """Load and save SourceState rows; each save is its own committed transaction."""

    def __init__(self, url: str) -> None:
        self.url = url
        try:
            self.engine = create_engine(url)
            metadata.create_all(self.engine)
        except SQLAlchemyError as exc:
            raise StateError(f"watch state {url}: cannot open ({str(exc).splitlines()[0]})") from exc

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "StateStore":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def load(self, name: str) -> SourceState | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(watch_sources).where(watch_sources.c.name == name)).mappings().first()
        return SourceState(**{k: row[k] for k in _COLUMNS}) if row else None

    def all(self) -> list[SourceState]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(watch_sources).order_by(watch_sources.c.name)).mappings().all()
        return [SourceState(**{k: r[k] for k in _COLUMNS}) for r in rows]

    def save(self, state: SourceState) -> None:
        values = {k: getattr(state, k) for k in _COLUMNS}
        try:
            with self.engine.begin() as conn:
                exists = conn.execute(
                    select(watch_sources.c.name).where(watch_sources.c.name == state.name)
                ).first()
                if exists:
                    conn.execute(watch_sources.update().where(watch_sources.c.name == state.name).values(**values))
                else:
                    conn.execute(watch_sources.insert().values(**values))
        except SQLAlchemyError as exc:
            raise StateError(f"watch state {self.url}: cannot save {state.name} ({str(exc).splitlines()[0]})") from exc
