"""Between contract dataclasses (sitroom.model) and table rows, in both directions."""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from datetime import date
from typing import Any

from sitroom.errors import SitroomError
from sitroom.model import CountRange, Document, Entry, EventRecord, Evidence

from .schema import DocumentRow, EntryRow, EventRow, EvidenceRow

# contract fields kept in an events column of the same name (everything but ids, evidence and
# the date / JSON fields that need converting)
SCALAR_FIELDS = (
    "report_kind", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1",
    "assoc_actor_1", "actor2", "assoc_actor_2", "inter1", "inter2", "civilian_targeting",
    "country", "iso3", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision",
    "fatalities", "source", "corroboration", "reliability", "confidence", "notes",
)
# contract fields stored some other way (ids, dates, JSON columns, the evidence table)
SPECIAL_FIELDS = ("event_id", "doc_id", "event_date", "date_start", "date_end", "counts",
                  "attribution", "evidence")
DATE_FIELDS = ("event_date", "date_start", "date_end")


class StoreError(SitroomError):
    """A record the store cannot keep as given (bad date, clashing event id)."""


def parse_iso_date(value: Any, what: str) -> date | None:
    """Contract dates are ISO strings; the store keeps real dates so ranges compare correctly."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise StoreError(f"{what}: not an ISO date: {value!r}") from exc


def input_fingerprint(doc: Document, entries: list[Entry], records: list[EventRecord]) -> str:
    """A hash of what a save brings besides the text, so unchanged input is a no-op while a
    re-extraction of the same text with a better extractor still updates the store."""
    payload = {
        "doc": {k: v for k, v in asdict(doc).items() if k != "text"},
        "entries": [asdict(e) for e in entries],
        "records": [dict(r.to_dict(), extra=r.extra) for r in sorted(records, key=lambda r: r.event_id)],
    }
    blob = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def fill_document_row(row: DocumentRow, doc: Document) -> None:
    row.doc_id = doc.doc_id
    row.url = doc.url
    row.publisher = doc.publisher
    row.title = doc.title
    row.pub_date = doc.pub_date
    row.date_source = doc.date_source
    row.media_type = doc.media_type
    row.content_hash = doc.content_hash
    row.text = doc.text


def document_from_row(row: DocumentRow) -> Document:
    return Document(
        doc_id=row.doc_id, text=row.text, url=row.url, publisher=row.publisher, title=row.title,
        pub_date=row.pub_date, date_source=row.date_source, media_type=row.media_type,
    )


def entry_row(entry: Entry) -> EntryRow:
    return EntryRow(
        index=entry.index, start=entry.start, end=entry.end, heading=entry.heading,
        timestamp=entry.timestamp, entry_date=entry.entry_date, kind=entry.kind,
    )


def entry_from_row(row: EntryRow) -> Entry:
    return Entry(
        index=row.index, start=row.start, end=row.end, heading=row.heading,
        timestamp=row.timestamp, entry_date=row.entry_date, kind=row.kind,
    )


def fill_event_row(row: EventRow, rec: EventRecord) -> None:
    """Write the machine's values of a record into its row (evidence is replaced by the caller)."""
    row.event_id = rec.event_id
    for name in SCALAR_FIELDS:
        setattr(row, name, getattr(rec, name))
    for name in DATE_FIELDS:
        setattr(row, name, parse_iso_date(getattr(rec, name), f"{rec.event_id}.{name}"))
    row.counts = {k: v.to_dict() for k, v in rec.counts.items()}
    row.attribution = json.loads(json.dumps(rec.attribution, default=str))
    row.extra = json.loads(json.dumps(rec.extra, default=str))


def evidence_rows(rec: EventRecord) -> list[EvidenceRow]:
    return [
        EvidenceRow(position=i, field=e.field, start=e.start, end=e.end, text=e.text)
        for i, e in enumerate(rec.evidence)
    ]


def record_from_row(row: Any, doc_id: str, evidence: list[Any] | None = None) -> EventRecord:
    """The record of an events row: an ORM EventRow, or a plain result row of the events columns
    with its evidence rows given apart (reads that skip the ORM's per-object bookkeeping)."""
    rec = EventRecord(event_id=row.event_id, doc_id=doc_id)
    for name in SCALAR_FIELDS:
        setattr(rec, name, getattr(row, name))
    for name in DATE_FIELDS:
        value = getattr(row, name)
        setattr(rec, name, value.isoformat() if value is not None else None)
    rec.counts = {k: CountRange(**v) for k, v in (row.counts or {}).items()}
    rec.attribution = dict(row.attribution or {})
    rec.evidence = [Evidence(e.field, e.start, e.end, e.text) for e in (row.evidence if evidence is None else evidence)]
    rec.extra = dict(row.extra or {})
    return rec


def apply_edit(rec: EventRecord, field_name: str, value: Any) -> None:
    """Put an analyst's value into a record (the contract's JSON shape, as record_edit takes it)."""
    if field_name == "counts":
        rec.counts = {k: CountRange(**v) for k, v in (value or {}).items()}
    elif field_name in DATE_FIELDS:
        parsed = parse_iso_date(value, field_name)
        setattr(rec, field_name, parsed.isoformat() if parsed else None)
    else:
        setattr(rec, field_name, value)


def check_edit(field_name: str, value: Any) -> None:
    """Refuse analyst values the record could not hold, before they are stored."""
    try:
        apply_edit(EventRecord(), field_name, value)
    except (TypeError, AttributeError) as exc:
        raise StoreError(f"{field_name}: not a valid value: {value!r}") from exc
