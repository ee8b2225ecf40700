"""Store: save documents with their entries and event records, and read events back.

One document is saved in one transaction, so a crash half-way leaves the previous state of that
document (or nothing) rather than a mix. Re-saving unchanged input is a no-op; a changed
document replaces the machine's values but keeps event ids that still exist and every analyst
edit (events an analyst touched are withdrawn, not deleted, when the machine stops producing them).

Each stored event row is one document's report; reports of one real-world event from several
documents share a cluster id (store/clusters.py), assigned in the same transaction as the save.
Reading returns one record per cluster (see events()); reports() gives the raw per-document rows.
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

from . import clusters, convert
from .convert import StoreError
from .db import make_engine, resolve_db_url, upgrade_to_head
from .query import EventFilter, conditions
from .schema import DocumentRow, EntryRow, EventEditRow, EventRow, EvidenceRow


@dataclass
class SaveResult:
    """What save_document did: status is "inserted", "updated" or "unchanged"."""

    doc_id: str
    status: str
    events_added: int = 0
    events_updated: int = 0
    events_removed: int = 0
    events_withdrawn: int = 0
    # how many of the document's events joined an event already reported by other documents
    events_joined: int = 0
    # doc_id of an earlier document this one nearly copies (the same wire story elsewhere)
    near_duplicate_of: str | None = None

    def __str__(self) -> str:
        if self.status == "unchanged":
            return "unchanged"
        parts = [f"{self.events_added} added", f"{self.events_updated} updated", f"{self.events_removed} removed"]
        if self.events_withdrawn:
            parts.append(f"{self.events_withdrawn} withdrawn (analyst-edited)")
        if self.events_joined:
            parts.append(f"{self.events_joined} also reported elsewhere")
        dup = f" (near-duplicate of {self.near_duplicate_of})" if self.near_duplicate_of else ""
        return f"{self.status}: events {', '.join(parts)}{dup}"


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


class Sessions:
    """The store's session factory: `begin()` opens a write transaction, a plain call a session
    for reads (which never write: nothing in them is committed).

    On PostgreSQL reads run in autocommit: at the default READ COMMITTED each statement of a
    transaction takes its own snapshot anyway, so the BEGIN and ROLLBACK around a read bought no
    consistency, only two round trips per read; with 20 readers on 2 cores they were a third of
    the time of an event page (issue 15). SQLite's driver opens no transaction for a SELECT, so
    its reads are unchanged."""

    def __init__(self, engine: Engine) -> None:
        self._write = sessionmaker(engine, expire_on_commit=False)
        reads = engine.execution_options(isolation_level="AUTOCOMMIT") \
            if engine.dialect.name == "postgresql" else engine
        self._read = sessionmaker(reads, expire_on_commit=False)

    def __call__(self) -> Session:
        return self._read()

    def begin(self):
        return self._write.begin()


class Store:
    """The event database. Open with Store.open(url); use as a context manager or call close()."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = Sessions(engine)

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
            text_changed = row.content_hash != doc.content_hash or row.minhash is None
            convert.fill_document_row(row, doc)
            row.input_hash = fingerprint
            row.updated_at = now
            session.flush()
            if text_changed:
                clusters.fingerprint_document(session, row, doc.text)
            self._replace_entries(session, row, entries)
            result = SaveResult(doc.doc_id, status, near_duplicate_of=row.near_duplicate_of)
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
            if ev.event_id in wanted or (ev.extra or {}).get("split_from"):
                # an event an analyst split off is theirs, not the machine's: re-extraction keeps it
                continue
            has_edits = session.scalar(select(func.count()).where(EventEditRow.event_id == ev.id))
            if has_edits:
                if ev.withdrawn_at is None:
                    ev.withdrawn_at = now
                    result.events_withdrawn += 1
            else:
                session.delete(ev)
                result.events_removed += 1
        saved = []
        for rec in records:
            ev = existing.get(rec.event_id)
            if ev is None:
                ev = EventRow(document_id=doc_row.id, created_at=now, cluster_id=rec.event_id)
                session.add(ev)
                result.events_added += 1
            else:
                ev.evidence.clear()
                result.events_updated += 1
            convert.fill_event_row(ev, rec)
            ev.updated_at = now
            ev.withdrawn_at = None
            ev.evidence.extend(convert.evidence_rows(rec))
            saved.append((ev, rec))
        session.flush()
        result.events_joined = clusters.assign_clusters(session, doc_row, saved)

    def record_edit(self, event_id: str, field: str, analyst_value: Any, user: str) -> EventEdit:
        """Keep an analyst's value for one field beside the machine's (which stays as it was).

        event_id may name a report or a cluster (an event read from events()); the edit is kept on
        the report of that id, else on the cluster's oldest report, and its machine value is the
        one the analyst saw: the cluster's merged value.
        """
        if field not in EventRecord.CONTRACT_FIELDS or field in ("event_id", "doc_id", "evidence"):
            raise StoreError(f"{event_id}: field {field!r} cannot be edited")
        convert.check_edit(field, analyst_value)
        with self._sessions.begin() as session:
            ev = session.scalar(select(EventRow).where(EventRow.event_id == event_id))
            if ev is None:
                ev = session.scalar(
                    select(EventRow).where(EventRow.cluster_id == event_id)
                    .order_by(EventRow.withdrawn_at.is_not(None), EventRow.id).limit(1)
                )
            if ev is None:
                raise StoreError(f"no event {event_id}")
            merged = self._cluster_records(session, [ev.cluster_id], include_withdrawn=ev.withdrawn_at is not None)
            shown = merged[0][1] if merged else convert.record_from_row(ev, "")
            machine = shown.to_dict()[field]
            edit = EventEditRow(
                event_id=ev.id, field=field, machine_value=machine, analyst_value=analyst_value,
                user=user, at=_now(),
            )
            session.add(edit)
            session.flush()
            return EventEdit(event_id, field, machine, analyst_value, user, edit.at)

    # -- reading -----------------------------------------------------------------------------

    def events(self, flt: EventFilter | None = None, apply_edits: bool = False) -> list[EventRecord]:
        """Events matching the filter, one per real-world event, by event date then id.

        An event whose reports come from several documents is one record (store/clusters.py:
        every source, counts as a range over the reports, conservative fatalities, reliability,
        the other documents' evidence in extra["merged_evidence"]); its event_id is the cluster
        id. It matches a filter when ANY of its reports matches; limit/offset count events.
        Values are the machine's; with apply_edits the latest analyst value of each edited field
        (edited on any of its reports) replaces it and extra["edited_fields"] lists those fields.
        Filters match machine values.
        """
        flt = flt or EventFilter()
        first_date = func.min(EventRow.event_date)
        matching = select(EventRow.cluster_id).where(*conditions(flt)).correlate(None)
        stmt = (
            select(EventRow.cluster_id)
            .where(EventRow.cluster_id.in_(matching), *_visible(flt.include_withdrawn))
            .group_by(EventRow.cluster_id)
            .order_by(first_date.is_(None), first_date, EventRow.cluster_id)
            .offset(flt.offset or 0)
        )
        if flt.limit is not None:
            stmt = stmt.limit(flt.limit)
        with self._sessions() as session:
            cluster_ids = list(session.scalars(stmt))
            found = self._cluster_records(session, cluster_ids, flt.include_withdrawn)
            if apply_edits:
                _apply_edits(session, found)
            return [rec for _, rec in found]

    def count_events(self, flt: EventFilter | None = None) -> int:
        """How many events (clusters) events() would return without limit and offset."""
        flt = flt or EventFilter()
        with self._sessions() as session:
            return session.scalar(
                select(func.count(func.distinct(EventRow.cluster_id))).where(*conditions(flt))
            ) or 0

    def event(self, event_id: str, apply_edits: bool = False) -> EventRecord | None:
        """One event by its id or the id of any of its reports, withdrawn or not (see events()).

        Withdrawn reports are left out unless all of the event's reports are withdrawn.
        """
        with self._sessions() as session:
            cluster_id = self._cluster_id_of(session, event_id)
            if cluster_id is None:
                return None
            found = self._cluster_records(session, [cluster_id], include_withdrawn=False) \
                or self._cluster_records(session, [cluster_id], include_withdrawn=True)
            if not found:
                return None
            if apply_edits:
                _apply_edits(session, found)
            return found[0][1]

    def reports(self, event_id: str, include_withdrawn: bool = False) -> list[EventRecord]:
        """The raw per-document reports of the event with this id (or holding a report of this
        id), as each document's extraction stored them, oldest first."""
        with self._sessions() as session:
            cluster_id = self._cluster_id_of(session, event_id)
            if cluster_id is None:
                return []
            rows = session.execute(
                select(EventRow, DocumentRow.doc_id)
                .join(DocumentRow, EventRow.document_id == DocumentRow.id)
                .where(EventRow.cluster_id == cluster_id, *_visible(include_withdrawn))
                .options(selectinload(EventRow.evidence))
                .order_by(EventRow.id)
            ).all()
            return [convert.record_from_row(ev, doc_id) for ev, doc_id in rows]

    def near_duplicate_of(self, doc_id: str) -> str | None:
        """The doc_id of the earlier document this one nearly copies, if any."""
        with self._sessions() as session:
            return session.scalar(select(DocumentRow.near_duplicate_of).where(DocumentRow.doc_id == doc_id))

    @staticmethod
    def _cluster_id_of(session: Session, event_id: str) -> str | None:
        found = session.scalar(select(EventRow.cluster_id).where(EventRow.cluster_id == event_id).limit(1))
        if found is None:
            found = session.scalar(select(EventRow.cluster_id).where(EventRow.event_id == event_id))
        return found

    @staticmethod
    def _cluster_records(
        session: Session, cluster_ids: list[str], include_withdrawn: bool,
    ) -> list[tuple[list[int], EventRecord]]:
        """(report row ids, merged record) per cluster, in the order of cluster_ids.

        Plain column selects, not ORM objects: a page of a hundred events is read on every
        dashboard request, and building and tracking ORM objects for it cost more than the SQL."""
        members: dict[str, list[tuple[Any, str, str | None]]] = {}
        for i in range(0, len(cluster_ids), 500):  # keep IN lists short for SQLite's variable limit
            chunk = cluster_ids[i : i + 500]
            rows = session.execute(
                select(*EventRow.__table__.columns, DocumentRow.doc_id.label("doc_key"),
                       DocumentRow.near_duplicate_of.label("doc_duplicate_of"))
                .join(DocumentRow, EventRow.document_id == DocumentRow.id)
                .where(EventRow.cluster_id.in_(chunk), *_visible(include_withdrawn))
                .order_by(EventRow.event_date.is_(None), EventRow.event_date, EventRow.id)
            ).all()
            for row in rows:
                members.setdefault(row.cluster_id, []).append((row, row.doc_key, row.doc_duplicate_of))
        evidence = _evidence_of(session, [row.id for group in members.values() for row, _, _ in group])
        out = []
        for cid in cluster_ids:
            group = members.get(cid)
            if not group:
                continue
            rec = clusters.cluster_record(cid, [(convert.record_from_row(ev, d, evidence.get(ev.id, [])), dup)
                                                for ev, d, dup in group])
            out.append(([ev.id for ev, _, _ in group], rec))
        return out

    def edits(self, event_id: str) -> list[EventEdit]:
        """Every analyst edit of an event (of any of its reports), oldest first."""
        with self._sessions() as session:
            cluster_id = self._cluster_id_of(session, event_id)
            rows = session.scalars(
                select(EventEditRow).join(EventRow).where(EventRow.cluster_id == cluster_id)
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


def _evidence_of(session: Session, row_ids: list[int]) -> dict[int, list[Any]]:
    """Evidence rows (field, start, end, text) per events row id, in their stored order."""
    out: dict[int, list[Any]] = {}
    for i in range(0, len(row_ids), 500):  # keep IN lists short for SQLite's variable limit
        for ev in session.execute(
            select(EvidenceRow.event_id, EvidenceRow.field, EvidenceRow.start, EvidenceRow.end, EvidenceRow.text)
            .where(EvidenceRow.event_id.in_(row_ids[i : i + 500]))
            .order_by(EvidenceRow.event_id, EvidenceRow.position)
        ):
            out.setdefault(ev.event_id, []).append(ev)
    return out


def _visible(include_withdrawn: bool) -> list[Any]:
    return [] if include_withdrawn else [EventRow.withdrawn_at.is_(None)]


def _apply_edits(session: Session, found: list[tuple[list[int], EventRecord]]) -> None:
    """Overlay the latest analyst value per field (over all of an event's reports) onto the
    records (in place)."""
    by_row = {row_id: rec for row_ids, rec in found for row_id in row_ids}
    if not by_row:
        return
    row_ids = list(by_row)
    latest: dict[tuple[int, str], tuple[int, Any]] = {}  # (id(record), field) -> (edit id, value)
    for i in range(0, len(row_ids), 500):  # keep IN lists short for SQLite's variable limit
        edits = session.scalars(select(EventEditRow).where(EventEditRow.event_id.in_(row_ids[i : i + 500])))
        for edit in edits:
            key = (id(by_row[edit.event_id]), edit.field)
            if key not in latest or latest[key][0] < edit.id:
                latest[key] = (edit.id, edit.analyst_value)
    records = {id(rec): rec for _, rec in found}
    for (rec_key, field), (_, value) in sorted(latest.items(), key=lambda kv: kv[1][0]):
        rec = records[rec_key]
        convert.apply_edit(rec, field, value)
        rec.extra.setdefault("edited_fields", [])
        if field not in rec.extra["edited_fields"]:
            rec.extra["edited_fields"].append(field)
    for rec in records.values():
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
