"""Analyst review of events: confirm, reject, edit, merge, split, with a log of who did what when.

Field corrections go through Store.record_edit, so they sit beside the machine's values in
event_edits; this module adds the review status and action log (web_schema) and reads events
back with the analysts' values laid over the machine's.
"""
from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import selectinload

from sitroom.model import CountRange, EventRecord

from . import convert
from .convert import StoreError
from .query import EventFilter, conditions
from .repository import Store
from .schema import DocumentRow, EventEditRow, EventRow, EvidenceRow
from .web_schema import EventReviewRow, EventStatusRow

STATUSES = ("unreviewed", "confirmed", "edited", "rejected", "merged")
HIDDEN_STATUSES = ("rejected", "merged")
CHUNK = 500
INT_FIELDS = ("time_precision", "geo_precision", "fatalities", "corroboration")
FLOAT_FIELDS = ("latitude", "longitude", "confidence")
EDITABLE_FIELDS = tuple(
    f for f in EventRecord.CONTRACT_FIELDS if f not in ("event_id", "doc_id", "evidence", "attribution")
)


@dataclass
class ReviewFilter:
    """What the web layer filters on beyond EventFilter."""

    reliability: str | None = None
    review_status: str | None = None  # one of STATUSES; None = all but rejected and merged
    include_hidden: bool = False


@dataclass
class ReviewedEvent:
    """An event with the analysts' values applied, and what the machine said for those fields."""

    record: EventRecord
    status: str = "unreviewed"
    reviewed_by: str | None = None
    reviewed_at: datetime | None = None
    merged_into: str | None = None
    machine_values: dict[str, Any] = dataclasses.field(default_factory=dict)
    withdrawn: bool = False

    def to_dict(self) -> dict[str, Any]:
        out = self.record.to_dict()
        out["review"] = {
            "status": self.status,
            "by": self.reviewed_by,
            "at": self.reviewed_at.isoformat() if self.reviewed_at else None,
            "merged_into": self.merged_into,
            "edited_fields": sorted(self.machine_values),
            "machine_values": self.machine_values,
        }
        return out


@dataclass
class HistoryItem:
    at: datetime
    user: str
    action: str
    status: str | None = None
    field: str | None = None
    machine_value: Any = None
    analyst_value: Any = None
    note: str = ""
    detail: dict[str, Any] = dataclasses.field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "at": self.at.isoformat(), "user": self.user, "action": self.action, "status": self.status,
            "field": self.field, "machine_value": self.machine_value, "analyst_value": self.analyst_value,
            "note": self.note, "detail": self.detail,
        }


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def coerce_value(name: str, value: Any) -> Any:
    """Turn a form or JSON value into the contract type of a field; StoreError when it cannot."""
    if name not in EDITABLE_FIELDS:
        raise StoreError(f"field {name!r} cannot be edited")
    if isinstance(value, str):
        value = value.strip()
    try:
        if name in INT_FIELDS:
            if value in ("", None):
                return 0 if name in ("fatalities", "corroboration") else None
            return int(value)
        if name in FLOAT_FIELDS:
            return None if value in ("", None) else float(value)
    except (TypeError, ValueError) as exc:
        raise StoreError(f"{name}: not a number: {value!r}") from exc
    if name in ("event_date", "date_start", "date_end"):
        parsed = convert.parse_iso_date(value, name)
        return parsed.isoformat() if parsed else None
    if name == "counts":
        if not isinstance(value, dict):
            raise StoreError("counts: expected an object")
        try:
            return {k: CountRange(**v).to_dict() for k, v in value.items()}
        except TypeError as exc:
            raise StoreError("counts: expected {category: {low, best, high}}") from exc
    if name == "report_kind" and value not in ("incident", "aggregate"):
        raise StoreError("report_kind must be incident or aggregate")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise StoreError(f"{name}: expected text")
    return value


def _apply(rec: EventRecord, name: str, value: Any) -> None:
    if name == "counts":
        rec.counts = {k: CountRange(**v) for k, v in (value or {}).items()}
    else:
        setattr(rec, name, value)


class ReviewStore:
    """Review actions and reviewed reads over a Store."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._sessions = store._sessions  # noqa: SLF001 - same database, same session factory

    # -- reading -----------------------------------------------------------------------------

    def _review_conditions(self, rf: ReviewFilter) -> list[ColumnElement[Any]]:
        out: list[ColumnElement[Any]] = []
        if rf.reliability:
            out.append(EventRow.reliability == rf.reliability)
        # NOT IN / IN over a small status table: evaluated once, not per event row
        def having(*conds: ColumnElement[Any]):
            return select(EventStatusRow.event_id).where(*conds)

        if rf.review_status:
            if rf.review_status == "unreviewed":
                out.append(EventRow.event_id.not_in(having(EventStatusRow.status != "unreviewed")))
            else:
                out.append(EventRow.event_id.in_(having(EventStatusRow.status == rf.review_status)))
        elif not rf.include_hidden:
            out.append(EventRow.event_id.not_in(having(EventStatusRow.status.in_(HIDDEN_STATUSES))))
        return out

    def where(self, flt: EventFilter, rf: ReviewFilter) -> list[ColumnElement[Any]]:
        return [*conditions(flt), *self._review_conditions(rf)]

    def _order(self, newest_first: bool) -> list[Any]:
        """Event date then id, undated events last. Newest first walks the event_date index
        backwards on SQLite (where NULL sorts lowest), so deep pages stay fast."""
        if newest_first:
            if self.store.engine.dialect.name == "sqlite":
                return [EventRow.event_date.desc(), EventRow.event_id.desc()]
            return [EventRow.event_date.desc().nulls_last(), EventRow.event_id.desc()]
        return [EventRow.event_date.is_(None), EventRow.event_date, EventRow.event_id]

    def list_events(self, flt: EventFilter, rf: ReviewFilter | None = None, with_total: bool = True,
                    newest_first: bool = False) -> tuple[list[ReviewedEvent], int | None]:
        """A page of events (filter's limit/offset) by date then id, and the total matching."""
        rf = rf or ReviewFilter()
        where = self.where(flt, rf)
        stmt = (
            select(EventRow, DocumentRow.doc_id)
            .join(DocumentRow, EventRow.document_id == DocumentRow.id)
            .where(*where)
            .options(selectinload(EventRow.evidence))
            .order_by(*self._order(newest_first))
            .offset(flt.offset or 0)
        )
        if flt.limit is not None:
            stmt = stmt.limit(flt.limit)
        with self._sessions() as session:
            rows = session.execute(stmt).all()
            records = [convert.record_from_row(ev, doc_id) for ev, doc_id in rows]
            withdrawn = {ev.event_id for ev, _ in rows if ev.withdrawn_at is not None}
            total = None
            if with_total:
                total = session.scalar(select(func.count(EventRow.id)).where(*where)) or 0
        return self.overlay(records, withdrawn), total

    def overlay(self, records: list[EventRecord], withdrawn: set[str] | None = None) -> list[ReviewedEvent]:
        """Lay each event's latest analyst value per field and its review status over the record."""
        ids = [r.event_id for r in records]
        if not ids:
            return []
        edits: list[Any] = []
        statuses: dict[str, EventStatusRow] = {}
        with self._sessions() as session:
            for i in range(0, len(ids), CHUNK):  # short IN lists: SQLite limits bound variables
                chunk = ids[i : i + CHUNK]
                edits.extend(session.execute(
                    select(EventRow.event_id, EventEditRow.field, EventEditRow.machine_value,
                           EventEditRow.analyst_value, EventEditRow.id)
                    .join(EventRow, EventEditRow.event_id == EventRow.id)
                    .where(EventRow.event_id.in_(chunk))
                ).all())
                statuses.update({s.event_id: s for s in session.scalars(
                    select(EventStatusRow).where(EventStatusRow.event_id.in_(chunk)))})
        edits.sort(key=lambda e: e[4])
        latest: dict[str, dict[str, tuple[Any, Any]]] = {}
        for event_id, name, machine, analyst, _ in edits:
            latest.setdefault(event_id, {})[name] = (machine, analyst)
        out = []
        for rec in records:
            machine_values: dict[str, Any] = {}
            if rec.event_id in latest:
                rec = copy.deepcopy(rec)
                machine_now = rec.to_dict()
                for name, (_, analyst) in latest[rec.event_id].items():
                    machine_values[name] = machine_now.get(name)
                    _apply(rec, name, analyst)
            st = statuses.get(rec.event_id)
            out.append(ReviewedEvent(
                record=rec, status=st.status if st else "unreviewed", reviewed_by=st.user if st else None,
                reviewed_at=_aware(st.at) if st else None, merged_into=st.merged_into if st else None,
                machine_values=machine_values, withdrawn=rec.event_id in (withdrawn or set()),
            ))
        return out

    def get(self, event_id: str) -> ReviewedEvent | None:
        with self._sessions() as session:
            found = session.execute(
                select(EventRow, DocumentRow.doc_id)
                .join(DocumentRow, EventRow.document_id == DocumentRow.id)
                .where(EventRow.event_id == event_id)
                .options(selectinload(EventRow.evidence))
            ).first()
            if found is None:
                return None
            rec = convert.record_from_row(found[0], found[1])
            withdrawn = {event_id} if found[0].withdrawn_at is not None else set()
        return self.overlay([rec], withdrawn)[0]

    def history(self, event_id: str) -> list[HistoryItem]:
        """Review actions and field edits of an event, oldest first."""
        items = [
            HistoryItem(at=_aware(e.at), user=e.user, action="edit-field", field=e.field,
                        machine_value=e.machine_value, analyst_value=e.analyst_value)
            for e in self.store.edits(event_id)
        ]
        with self._sessions() as session:
            for r in session.scalars(select(EventReviewRow).where(EventReviewRow.event_id == event_id)
                                     .order_by(EventReviewRow.id)):
                items.append(HistoryItem(at=_aware(r.at), user=r.user, action=r.action, status=r.status,
                                         note=r.note, detail=dict(r.detail or {})))
        items.sort(key=lambda i: i.at)
        return items

    def daily(self, flt: EventFilter, rf: ReviewFilter | None = None) -> dict[str, list[dict[str, Any]]]:
        """Events and fatalities per day and event type; incidents and tallies kept apart."""
        rf = rf or ReviewFilter()
        flt = copy.copy(flt)
        flt.limit, flt.offset = None, 0
        stmt = (
            select(EventRow.report_kind, EventRow.event_date, EventRow.event_type,
                   func.count(EventRow.id), func.coalesce(func.sum(EventRow.fatalities), 0))
            .where(*self.where(flt, rf), EventRow.event_date.is_not(None))
            .group_by(EventRow.report_kind, EventRow.event_date, EventRow.event_type)
            .order_by(EventRow.event_date, EventRow.event_type)
        )
        out: dict[str, list[dict[str, Any]]] = {"incidents": [], "tallies": []}
        with self._sessions() as session:
            for kind, day, etype, n, fat in session.execute(stmt):
                key = "tallies" if kind == "aggregate" else "incidents"
                out[key].append({"date": day.isoformat() if isinstance(day, date) else str(day),
                                 "event_type": etype, "events": int(n), "fatalities": int(fat)})
        return out

    def facets(self) -> dict[str, list[str]]:
        """Values present in the store, for the dashboard's filter menus."""
        with self._sessions() as session:
            def distinct(col):
                return [v for v in session.scalars(select(col).distinct().order_by(col)) if v]
            return {"event_type": distinct(EventRow.event_type),
                    "sub_event_type": distinct(EventRow.sub_event_type),
                    "reliability": distinct(EventRow.reliability)}

    # -- review actions ----------------------------------------------------------------------

    def _require(self, event_id: str) -> ReviewedEvent:
        ev = self.get(event_id)
        if ev is None:
            raise StoreError(f"no event {event_id}")
        return ev

    def _log(self, event_id: str, action: str, status: str, user: str, note: str = "",
             detail: dict[str, Any] | None = None, merged_into: str | None = None) -> None:
        now = _now()
        with self._sessions.begin() as session:
            session.add(EventReviewRow(event_id=event_id, action=action, status=status, user=user, at=now,
                                       note=note or "", detail=detail or {}))
            row = session.get(EventStatusRow, event_id)
            if row is None:
                row = EventStatusRow(event_id=event_id)
                session.add(row)
            row.status, row.merged_into, row.user, row.at = status, merged_into, user, now

    def confirm(self, event_id: str, user: str, note: str = "") -> None:
        self._require(event_id)
        self._log(event_id, "confirm", "confirmed", user, note)

    def reject(self, event_id: str, user: str, note: str = "") -> None:
        self._require(event_id)
        self._log(event_id, "reject", "rejected", user, note)

    def reopen(self, event_id: str, user: str, note: str = "") -> None:
        self._require(event_id)
        self._log(event_id, "reopen", "unreviewed", user, note)

    def edit(self, event_id: str, changes: dict[str, Any], user: str, note: str = "") -> list[str]:
        """Record the fields whose value differs from the current one; returns their names."""
        current = self._require(event_id).record.to_dict()
        values = {name: coerce_value(name, value) for name, value in changes.items()}
        changed = [name for name, value in values.items() if current.get(name) != value]
        for name in changed:
            self.store.record_edit(event_id, name, values[name], user)
        if changed:
            self._log(event_id, "edit", "edited", user, note, {"fields": changed})
        return changed

    def merge(self, keep_id: str, other_id: str, user: str, note: str = "") -> None:
        """other_id reports the same event as keep_id: it is marked merged and hidden from lists."""
        if keep_id == other_id:
            raise StoreError("an event cannot be merged with itself")
        keep, other = self._require(keep_id), self._require(other_id)
        if keep.status == "merged":
            raise StoreError(f"{keep_id} was itself merged into {keep.merged_into}")
        if other.status == "merged":
            raise StoreError(f"{other_id} is already merged into {other.merged_into}")
        self._log(other_id, "merge", "merged", user, note, {"merged_into": keep_id}, merged_into=keep_id)
        self._log(keep_id, "merge", keep.status if keep.status != "unreviewed" else "confirmed", user, note,
                  {"absorbed": other_id}, merged_into=None)

    def split(self, event_id: str, changes: dict[str, Any], user: str, note: str = "",
              evidence_positions: list[int] | None = None) -> str:
        """Make a second event out of one that reported two; the analyst's field values for the
        new one are stored as edits beside the copied machine values. Returns the new event id."""
        if not changes:
            raise StoreError("a split needs at least one field that differs for the new event")
        values = {name: coerce_value(name, value) for name, value in changes.items()}
        now = _now()
        with self._sessions.begin() as session:
            src = session.scalar(select(EventRow).where(EventRow.event_id == event_id)
                                 .options(selectinload(EventRow.evidence)))
            if src is None:
                raise StoreError(f"no event {event_id}")
            n = 1 + (session.scalar(select(func.count(EventRow.id)).where(
                EventRow.event_id.like(f"{event_id}-split-%"))) or 0)
            new_id = f"{event_id}-split-{n}"
            new = EventRow(document_id=src.document_id, created_at=now, updated_at=now)
            for col in EventRow.__table__.columns.keys():
                if col not in ("id", "event_id", "created_at", "updated_at", "withdrawn_at", "document_id"):
                    setattr(new, col, copy.deepcopy(getattr(src, col)))
            new.event_id = new_id
            new.extra = dict(src.extra or {}, split_from=event_id, created_by=user)
            keep = set(evidence_positions) if evidence_positions is not None else None
            for i, ev in enumerate(src.evidence):
                if keep is None or i in keep:
                    new.evidence.append(EvidenceRow(position=len(new.evidence), field=ev.field,
                                                    start=ev.start, end=ev.end, text=ev.text))
            session.add(new)
        for name, value in values.items():
            self.store.record_edit(new_id, name, value, user)
        self._log(new_id, "split", "edited", user, note, {"split_from": event_id, "fields": list(values)})
        status = self._require(event_id).status
        self._log(event_id, "split", status if status != "unreviewed" else "edited", user, note,
                  {"split_into": new_id})
        return new_id
