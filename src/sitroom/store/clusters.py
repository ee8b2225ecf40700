"""Cross-document events: which stored reports describe the same real-world event.

Every stored event row is one document's report. Reports of one real event share a `cluster_id`
(a plain column value: the event_id of the report that founded the cluster), so the cluster keeps
its id when that founding report later disappears. The rules of "same event" are those of
resolve/merge.py; this module only finds candidates through indexed columns (report kind, event
date within a day, a lat/lon box of a few km or the same location name), assigns clusters when
a document is saved, and folds a cluster's reports into one record when reading.

Rules kept here:
- a report joins the first cluster (oldest first) holding a report of ANOTHER document for which
  merge.same_event holds; it keeps its current cluster when that one still qualifies;
- one document contributes at most one report to a cluster: its extractor already decided that
  its records are distinct events (within a document merge_records has run);
- withdrawn reports (analyst-edited, no longer produced) are never candidates;
- a report that starts a cluster names it after its own event_id, unless another report still
  carries that id (it founded a cluster it has now left): then `<event_id>~<n>`.
- a report of a near-duplicate document (neardup.py: a copy of a live blog with new updates on
  top) read from the same sentence as a report of the document it copies joins that report's
  cluster first, with or without a date or place of its own.
Near-duplicate documents are recognised here too, at save time.
"""
from __future__ import annotations

import copy
import hashlib
import math
from collections.abc import Iterable
from datetime import date, timedelta

from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from sitroom.model import EventRecord
from sitroom.resolve import neardup
from sitroom.resolve.merge import DATE_SLACK_DAYS, SAME_PLACE_KM, merge_into, reports_of, same_event

from .schema import DocumentBandRow, DocumentRow, EventRow, EvidenceRow

KM_PER_DEG = 111.0
# the columns merge.same_event reads, loaded for candidates without their evidence
_MATCH_COLUMNS = (
    "report_kind", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "location",
    "latitude", "longitude", "geo_precision",
)


# -- near-duplicate documents -----------------------------------------------------------------

def fingerprint_document(session: Session, row: DocumentRow, text: str) -> str | None:
    """Store the text's MinHash and band keys; mark the row as a near-duplicate of the most
    similar document saved before it (by row id), or of that one's original. Returns the doc_id."""
    sig = neardup.signature(text)
    keys = neardup.band_keys(sig)
    # two near-copies saved at once share a band key: the later waits and sees the earlier
    lock_keys(session, ((NEARDUP_LOCK_SPACE, str(k)) for k in keys))
    session.execute(delete(DocumentBandRow).where(DocumentBandRow.document_id == row.id))
    row.minhash = sig or None
    row.near_duplicate_of = None
    if keys:
        session.add_all(DocumentBandRow(document_id=row.id, key=k) for k in keys)
        found = session.execute(
            select(DocumentRow.id, DocumentRow.doc_id, DocumentRow.minhash, DocumentRow.near_duplicate_of)
            .where(DocumentRow.id.in_(
                select(DocumentBandRow.document_id).where(DocumentBandRow.key.in_(keys))
                .where(DocumentBandRow.document_id < row.id)
            ))
            .order_by(DocumentRow.id)
        ).all()
        best, best_sim = None, 0.0
        for _id, doc_id, other_sig, other_root in found:
            sim = neardup.similarity(sig, other_sig or [])
            if sim >= neardup.NEAR_DUPLICATE_JACCARD and sim > best_sim:
                best, best_sim = other_root or doc_id, sim
        row.near_duplicate_of = best
    session.flush()
    return row.near_duplicate_of


# -- assigning clusters at save time ----------------------------------------------------------

def assign_clusters(session: Session, doc_row: DocumentRow, saved: list[tuple[EventRow, EventRecord]]) -> int:
    """Give each of a document's (just written) reports its cluster; returns how many joined a
    cluster that holds other documents' reports. Runs inside the caller's transaction.

    Concurrent saves of reports that could match each other are serialised (lock_keys), so each
    sees the other's committed reports and the result is that of saving them one after another.
    """
    lock_keys(session, {key for _, rec in saved for key in candidate_keys(rec)})
    pending = {row.id for row, _ in saved}
    taken: set[str] = set()
    joined = 0
    copied = _sentence_clusters(session, doc_row.near_duplicate_of) if doc_row.near_duplicate_of else {}
    for row, rec in saved:
        rec = _with_doc(rec, doc_row.doc_id)
        matches = _matching_clusters(session, rec, doc_row.id)
        same_sentence = copied.get(_founding_sentence(rec))
        if same_sentence is not None:
            # a near-copy's event read from the very sentence of the original's is that event, even
            # when it has no date or place to be matched by (matching would never find it)
            matches = [same_sentence, *(c for c in matches if c != same_sentence)]
        choice = None
        if row.cluster_id in matches and row.cluster_id not in taken:
            choice = row.cluster_id
        else:
            choice = next((c for c in matches if c not in taken), None)
        if choice is None:
            choice = _own_cluster_id(session, row, pending)
        else:
            joined += 1
        row.cluster_id = choice
        taken.add(choice)
        pending.discard(row.id)
        session.flush()
    return joined


# -- serialising concurrent saves -------------------------------------------------------------

# advisory-lock namespaces (the first of PostgreSQL's two int4 keys); the second is a key's hash
CLUSTER_LOCK_SPACE = 0x5177_0002
NEARDUP_LOCK_SPACE = 0x5177_0003


def candidate_keys(rec: EventRecord) -> list[tuple[int, str]]:
    """Lock keys a report's cluster search depends on: its report kind on each day of its window.

    Two reports that could be the same event have overlapping day windows, so they share a key.
    """
    window = day_window(rec)
    if window is None:
        return []
    first, last = window
    days = min((last - first).days, 62)  # a long range locks its first two months: still shared
    return [(CLUSTER_LOCK_SPACE, f"{rec.report_kind}|{(first + timedelta(days=n)).isoformat()}")
            for n in range(days + 1)]


def lock_keys(session: Session, keys: Iterable[tuple[int, str]]) -> None:
    """Take PostgreSQL transaction advisory locks on the keys, in one global order (no deadlock).

    Held until the save commits. SQLite needs none: it admits one writing transaction at a time.
    """
    if session.get_bind().dialect.name != "postgresql":
        return
    hashed = sorted({(space, _int4(key)) for space, key in keys})
    for space, key in hashed:
        session.execute(text("SELECT pg_advisory_xact_lock(:space, :key)"), {"space": space, "key": key})


def _int4(key: str) -> int:
    """A stable signed 32-bit hash of a key (Python's hash() differs between processes)."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=4).digest(), "big", signed=True)


def _normal_sentence(text: str) -> str:
    return " ".join(text.split())


def _founding_sentence(rec: EventRecord) -> str | None:
    """The sentence a record was first read from (its first "event" evidence)."""
    first = next((e for e in rec.evidence if e.field == "event"), None)
    return _normal_sentence(first.text) if first is not None and first.text.strip() else None


def _sentence_clusters(session: Session, doc_id: str) -> dict[str, str]:
    """Founding sentence -> cluster id of each visible report of the document `doc_id`."""
    rows = session.execute(
        select(EventRow.id, EventRow.cluster_id, EvidenceRow.text)
        .join(DocumentRow, EventRow.document_id == DocumentRow.id)
        .join(EvidenceRow, EvidenceRow.event_id == EventRow.id)
        .where(DocumentRow.doc_id == doc_id, EventRow.withdrawn_at.is_(None), EvidenceRow.field == "event")
        .order_by(EventRow.id, EvidenceRow.position)
    ).all()
    out: dict[str, str] = {}
    seen_events: set[int] = set()
    for event_row_id, cluster_id, sentence in rows:
        if event_row_id in seen_events:
            continue  # only the first "event" evidence founds the report
        seen_events.add(event_row_id)
        key = _normal_sentence(sentence)
        if key and key not in out:
            out[key] = cluster_id
    return out


def _with_doc(rec: EventRecord, doc_id: str) -> EventRecord:
    if rec.doc_id == doc_id:
        return rec
    out = copy.copy(rec)
    out.doc_id = doc_id
    return out


def day_window(rec: EventRecord) -> tuple[date, date] | None:
    """Event dates a candidate may have: the record's days, a day either side."""
    first = rec.date_start or rec.event_date
    last = rec.date_end or rec.event_date
    if not first or not last:
        return None
    try:
        return (date.fromisoformat(first) - timedelta(days=DATE_SLACK_DAYS),
                date.fromisoformat(last) + timedelta(days=DATE_SLACK_DAYS))
    except OverflowError:
        return date.fromisoformat(first), date.fromisoformat(last)


def _matching_clusters(session: Session, rec: EventRecord, document_id: int) -> list[str]:
    """Clusters (oldest first) holding a report of another document of the same event."""
    window = day_window(rec)
    if window is None:  # undated reports never merge across documents (merge._dates_compatible)
        return []
    cols = [EventRow.id, EventRow.cluster_id, EventRow.event_date, EventRow.date_start, EventRow.date_end,
            DocumentRow.doc_id, *(getattr(EventRow, c) for c in _MATCH_COLUMNS)]
    base = (
        select(*cols).join(DocumentRow, EventRow.document_id == DocumentRow.id)
        .where(EventRow.report_kind == rec.report_kind,
               EventRow.event_date.between(*window),
               EventRow.document_id != document_id,
               EventRow.withdrawn_at.is_(None))
    )
    queries = []
    if rec.latitude is not None and rec.longitude is not None:
        dlat = SAME_PLACE_KM / KM_PER_DEG
        dlon = dlat / max(0.01, math.cos(math.radians(rec.latitude)))
        queries.append(base.where(EventRow.latitude.between(rec.latitude - dlat, rec.latitude + dlat),
                                  EventRow.longitude.between(rec.longitude - dlon, rec.longitude + dlon)))
    if rec.location:
        queries.append(base.where(EventRow.location == rec.location))
    first_seen: dict[str, int] = {}
    seen_rows: set[int] = set()
    for query in queries:
        for row in session.execute(query):
            if row.id in seen_rows:
                continue
            seen_rows.add(row.id)
            if same_event(_candidate(row), rec):
                first_seen[row.cluster_id] = min(first_seen.get(row.cluster_id, row.id), row.id)
    return sorted(first_seen, key=first_seen.__getitem__)


def _candidate(row) -> EventRecord:
    rec = EventRecord(doc_id=row.doc_id)
    for name in _MATCH_COLUMNS:
        setattr(rec, name, getattr(row, name))
    for name in ("event_date", "date_start", "date_end"):
        value = getattr(row, name)
        setattr(rec, name, value.isoformat() if value is not None else None)
    return rec


def _own_cluster_id(session: Session, row: EventRow, pending: set[int]) -> str:
    """The report's current cluster id if nobody else holds it, else its event_id, else a
    numbered variant; ids other reports still hold are never taken over."""

    def free(cid: str) -> bool:
        stmt = select(func.count(EventRow.id)).where(EventRow.cluster_id == cid, EventRow.id != row.id)
        if pending:
            stmt = stmt.where(EventRow.id.not_in(pending))
        return not session.scalar(stmt)

    if row.cluster_id and free(row.cluster_id):
        return row.cluster_id
    if free(row.event_id):
        return row.event_id
    n = 2
    while not free(f"{row.event_id}~{n}"):
        n += 1
    return f"{row.event_id}~{n}"


# -- reading: one record per cluster ----------------------------------------------------------

def cluster_record(cluster_id: str, members: Iterable[tuple[EventRecord, str | None]]) -> EventRecord:
    """Fold a cluster's reports (record, near_duplicate_of of its document) into one record.

    The report with the earliest event date (then the oldest) leads: its doc_id, notes and
    evidence are the record's; the other documents' evidence goes to extra["merged_evidence"]
    with their doc_id and event_id; extra["reports"] lists every report. A cluster of one report
    whose id is its own event_id comes back exactly as stored.
    """
    members = list(members)
    if len(members) == 1 and members[0][0].event_id == cluster_id:
        return members[0][0]
    annotated = []
    for rec, duplicate_of in members:
        rec = copy.deepcopy(rec)
        reps = copy.deepcopy(reports_of(rec))
        for rep in reps:
            if duplicate_of:
                rep["duplicate_of"] = duplicate_of
        rec.extra["reports"] = reps
        annotated.append(rec)
    lead, *others = annotated
    lead.event_id = cluster_id
    for other in others:
        merge_into(lead, other)
    lead.extra["reports"] = reports_of(lead)  # recompute drops a single report's list
    return lead
