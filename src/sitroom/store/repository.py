"""Store: save documents with their entries and event records, and read events back.

One document is saved in one transaction, so a crash half-way leaves the previous state of that
document (or nothing) rather than a mix. Re-saving unchanged input is a no-op; a changed
document replaces the machine's values but keeps event ids that still exist and every analyst
edit (events an analyst touched are withdrawn, not deleted, when the machine stops producing them).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Engine, delete, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session, selectinload, sessionmaker

from sitroom.model import Document, Entry, EventRecord

from . import convert
from .convert import StoreError
from .db import make_engine, resolve_db_url, upgrade_to_head
from .query import EventFilter, conditions
from .schema import DocumentRow, EntryRow, EventEditRow, EventRow


@dataclass
class SaveResult:
    """What save_document did: status is "inserted", "updated" or "unchanged"."""

    doc_id: str
    status: str
    events_added: int = 0
    events_updated: int = 0
    events_removed: int = 0
    events_withdrawn: int = 0

    def __str__(self) -> str:
        if self.status == "unchanged":
            return "unchanged"
        parts = [f"{self.events_added} added", f"{self.events_updated} updated", f"{self.events_removed} removed"]
        if self.events_withdrawn:
            parts.append(f"{self.events_withdrawn} withdrawn (analyst-edited)")
        return f"{self.status}: events {', '.join(parts)}"


@dataclass
class EventEdit:
    """An analyst's change to one field, beside the machine's value at the time."""

    event_id: str
    field: str
    machine_value: Any
    analyst_value: Any
    user: str
    at: datetime


def _now() -> datetime:
    return datetime.now(timezone.utc)


class Store:
    """The event database. Open with Store.open(url); use as a context manager or call close()."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str | None = None) -> "Store":
        """Connect (default: $SITROOM_DB or ~/.local/share/sitroom/sitroom.db) and migrate to head."""
        resolved = resolve_db_url(url)
        try:
            shown = make_url(resolved).render_as_string(hide_password=True)
            engine = make_engine(resolved)
        except (ArgumentError, ValueError) as exc:
            raise StoreError(f"{resolved}: not a database URL ({exc})") from exc
        try:
            upgrade_to_head(engine)
        except SQLAlchemyError as exc:
            engine.dispose()
            raise StoreError(f"{shown}: cannot open database: {_first_line(exc)}") from exc
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- writing -----------------------------------------------------------------------------

    def save_document(self, doc: Document, entries: list[Entry], records: list[EventRecord]) -> SaveResult:
        """Save a document, its entries and its events in one transaction.

        Database failures come out as StoreError naming the document; nothing of it is written.
        """
        try:
            return self._save(doc, entries, records)
        except (SQLAlchemyError, OverflowError) as exc:
            raise StoreError(f"{doc.doc_id}: could not save: {_first_line(exc)}") from exc

    def _save(self, doc: Document, entries: list[Entry], records: list[EventRecord]) -> SaveResult:
        ids = [r.event_id for r in records]
        if any(not i for i in ids):
            raise StoreError(f"{doc.doc_id}: an event record has no event_id")
        if len(set(ids)) != len(ids):
            raise StoreError(f"{doc.doc_id}: duplicate event_id in one save")
        for rec in records:
            if rec.doc_id and rec.doc_id != doc.doc_id:
                raise StoreError(f"{doc.doc_id}: event {rec.event_id} says it comes from {rec.doc_id}")
        fingerprint = convert.input_fingerprint(doc, entries, records)
        with self._sessions.begin() as session:
            row = session.scalar(select(DocumentRow).where(DocumentRow.doc_id == doc.doc_id))
            if row is not None and row.content_hash == doc.content_hash and row.input_hash == fingerprint:
                return SaveResult(doc.doc_id, "unchanged")
            now = _now()
            status = "updated"
            if row is None:
                status = "inserted"
                row = DocumentRow(ingested_at=now)
                session.add(row)
            convert.fill_document_row(row, doc)
            row.input_hash = fingerprint
            row.updated_at = now
            session.flush()
            self._replace_entries(session, row, entries)
            result = SaveResult(doc.doc_id, status)
            self._replace_events(session, row, records, now, result)
            return result

    def _replace_entries(self, session: Session, row: DocumentRow, entries: list[Entry]) -> None:
        session.execute(delete(EntryRow).where(EntryRow.document_id == row.id))
        session.expire(row, ["entries"])
        session.add_all([_with_doc(convert.entry_row(e), row.id) for e in entries])
        session.flush()

    def _replace_events(
        self, session: Session, doc_row: DocumentRow, records: list[EventRecord], now: datetime,
        result: SaveResult,
    ) -> None:
        existing = {
            ev.event_id: ev
            for ev in session.scalars(
                select(EventRow).where(EventRow.event_id.in_([r.event_id for r in records]))
            )
        }
        for ev in existing.values():
            if ev.document_id != doc_row.id:
                raise StoreError(f"{doc_row.doc_id}: event {ev.event_id} already belongs to another document")
        current = session.scalars(select(EventRow).where(EventRow.document_id == doc_row.id)).all()
        wanted = set(existing) | {r.event_id for r in records}
        for ev in current:
            if ev.event_id in wanted:
                continue
            has_edits = session.scalar(select(func.count()).where(EventEditRow.event_id == ev.id))
            if has_edits:
                if ev.withdrawn_at is None:
                    ev.withdrawn_at = now
                    result.events_withdrawn += 1
            else:
                session.delete(ev)
                result.events_removed += 1
        for rec in records:
            ev = existing.get(rec.event_id)
            if ev is None:
                ev = EventRow(document_id=doc_row.id, created_at=now)
                session.add(ev)
                result.events_added += 1
            else:
                ev.evidence.clear()
                result.events_updated += 1
            convert.fill_event_row(ev, rec)
            ev.updated_at = now
            ev.withdrawn_at = None
            ev.evidence.extend(convert.evidence_rows(rec))
        session.flush()

    def record_edit(self, event_id: str, field: str, analyst_value: Any, user: str) -> EventEdit:
        """Keep an analyst's value for one field beside the machine's (which stays as it was)."""
        if field not in EventRecord.CONTRACT_FIELDS or field in ("event_id", "doc_id", "evidence"):
            raise StoreError(f"{event_id}: field {field!r} cannot be edited")
        convert.check_edit(field, analyst_value)
        with self._sessions.begin() as session:
            ev = session.scalar(select(EventRow).where(EventRow.event_id == event_id))
            if ev is None:
                raise StoreError(f"no event {event_id}")
            machine = convert.record_from_row(ev, "").to_dict()[field]
            edit = EventEditRow(
                event_id=ev.id, field=field, machine_value=machine, analyst_value=analyst_value,
                user=user, at=_now(),
            )
            session.add(edit)
            session.flush()
            return EventEdit(event_id, field, machine, analyst_value, user, edit.at)

    # -- reading -----------------------------------------------------------------------------

    def events(self, flt: EventFilter | None = None, apply_edits: bool = False) -> list[EventRecord]:
        """Events matching the filter, with evidence, by event date then id.

        Values are the machine's; with apply_edits the latest analyst value of each edited field
        replaces it and extra["edited_fields"] lists those fields. Filters match machine values.
        """
        flt = flt or EventFilter()
        stmt = (
            select(EventRow, DocumentRow.doc_id)
            .join(DocumentRow, EventRow.document_id == DocumentRow.id)
            .where(*conditions(flt))
            .options(selectinload(EventRow.evidence))
            .order_by(EventRow.event_date.is_(None), EventRow.event_date, EventRow.event_id)
            .offset(flt.offset or 0)
        )
        if flt.limit is not None:
            stmt = stmt.limit(flt.limit)
        with self._sessions() as session:
            found = [(ev.id, convert.record_from_row(ev, doc_id)) for ev, doc_id in session.execute(stmt)]
            if apply_edits:
                _apply_edits(session, found)
            return [rec for _, rec in found]

    def count_events(self, flt: EventFilter | None = None) -> int:
        flt = flt or EventFilter()
        with self._sessions() as session:
            return session.scalar(select(func.count(EventRow.id)).where(*conditions(flt))) or 0

    def event(self, event_id: str, apply_edits: bool = False) -> EventRecord | None:
        """One event by id, withdrawn or not (see events() for apply_edits)."""
        with self._sessions() as session:
            found = session.execute(
                select(EventRow, DocumentRow.doc_id)
                .join(DocumentRow, EventRow.document_id == DocumentRow.id)
                .where(EventRow.event_id == event_id)
                .options(selectinload(EventRow.evidence))
            ).first()
            if not found:
                return None
            rec = convert.record_from_row(found[0], found[1])
            if apply_edits:
                _apply_edits(session, [(found[0].id, rec)])
            return rec

    def edits(self, event_id: str) -> list[EventEdit]:
        """Every analyst edit of an event, oldest first."""
        with self._sessions() as session:
            rows = session.scalars(
                select(EventEditRow).join(EventRow).where(EventRow.event_id == event_id)
                .order_by(EventEditRow.id)
            ).all()
            return [
                EventEdit(event_id, r.field, r.machine_value, r.analyst_value, r.user, r.at) for r in rows
            ]

    def documents(self, limit: int | None = None, offset: int = 0) -> list[Document]:
        """Stored documents (without entries), in doc_id order."""
        stmt = select(DocumentRow).order_by(DocumentRow.doc_id).offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self._sessions() as session:
            return [convert.document_from_row(r) for r in session.scalars(stmt)]

    def document(self, doc_id: str) -> tuple[Document, list[Entry]] | None:
        with self._sessions() as session:
            row = session.scalar(
                select(DocumentRow).where(DocumentRow.doc_id == doc_id).options(selectinload(DocumentRow.entries))
            )
            if row is None:
                return None
            return convert.document_from_row(row), [convert.entry_from_row(e) for e in row.entries]


def _apply_edits(session: Session, found: list[tuple[int, EventRecord]]) -> None:
    """Overlay the latest analyst value per field onto the records (in place)."""
    by_row = dict(found)
    if not by_row:
        return
    latest: dict[tuple[int, str], Any] = {}
    for i in range(0, len(found), 500):  # keep IN lists short for SQLite's variable limit
        chunk = [row_id for row_id, _ in found[i : i + 500]]
        edits = session.scalars(
            select(EventEditRow).where(EventEditRow.event_id.in_(chunk)).order_by(EventEditRow.id)
        )
        for edit in edits:
            latest[(edit.event_id, edit.field)] = edit.analyst_value
    for (row_id, field), value in latest.items():
        rec = by_row[row_id]
        convert.apply_edit(rec, field, value)
        rec.extra.setdefault("edited_fields", [])
        if field not in rec.extra["edited_fields"]:
            rec.extra["edited_fields"].append(field)
    for rec in by_row.values():
        if "edited_fields" in rec.extra:
            rec.extra["edited_fields"].sort()


def _first_line(exc: Exception) -> str:
    """The driver's message without SQLAlchemy's SQL dump and links."""
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _with_doc(entry: EntryRow, document_id: int) -> EntryRow:
    entry.document_id = document_id
    return entry
