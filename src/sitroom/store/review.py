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
from .schema import EventEditRow, EventRow, EvidenceRow
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

        # NOT IN / IN over the small status table: evaluated once, not per event row.
        # Statuses are kept under the id the analyst saw: the event's (cluster's) id.
        def having(*conds: ColumnElement[Any]):
            return select(EventStatusRow.event_id).where(*conds)

        if rf.review_status:
            if rf.review_status == "unreviewed":
                out.append(EventRow.cluster_id.not_in(having(EventStatusRow.status != "unreviewed")))
            else:
                out.append(EventRow.cluster_id.in_(having(EventStatusRow.status == rf.review_status)))
        elif not rf.include_hidden:
            out.append(EventRow.cluster_id.not_in(having(EventStatusRow.status.in_(HIDDEN_STATUSES))))
        return out

    def where(self, flt: EventFilter, rf: ReviewFilter) -> list[ColumnElement[Any]]:
        """Conditions on report rows. An event (cluster) is listed when any of its reports
        matches, placed by the dates of its matching reports: one pass over the matching rows
        grouped by cluster, no second pass over every report of every cluster.

        report_kind is compared through coalesce() so that no planner walks its index: nearly
        every report is an incident, and SQLite without statistics otherwise looks up 95% of the
        table row by row through that index (5x slower than a scan at 100k events)."""
        out = []
        if flt.report_kind:
            flt = copy.copy(flt)
            out.append(func.coalesce(EventRow.report_kind, "") == flt.report_kind)
            flt.report_kind = None
        return [*conditions(flt), *out, *self._review_conditions(rf)]

    def _order(self, newest_first: bool) -> list[Any]:
        """By the event's date then id, undated events last. Newest first is what the dashboard
        shows; oldest first is the store's own order (exports)."""
        if newest_first:
            latest = func.max(EventRow.event_date)
            if self.store.engine.dialect.name == "sqlite":  # NULL sorts lowest there
                return [latest.desc(), EventRow.cluster_id.desc()]
            return [latest.desc().nulls_last(), EventRow.cluster_id.desc()]
        first = func.min(EventRow.event_date)
        return [first.is_(None), first, EventRow.cluster_id]

    def list_events(self, flt: EventFilter, rf: ReviewFilter | None = None, with_total: bool = True,
                    newest_first: bool = False) -> tuple[list[ReviewedEvent], int | None]:
        """A page of events (filter's limit/offset count events, i.e. clusters of reports from
        several documents) and the total matching. Each event comes back whole (every report
        folded in by the store), whichever of its reports matched."""
        rf = rf or ReviewFilter()
        stmt = (
            select(EventRow.cluster_id)
            .where(*self.where(flt, rf))
            .group_by(EventRow.cluster_id)
            .order_by(*self._order(newest_first))
            .offset(flt.offset or 0)
        )
        if flt.limit is not None:
            stmt = stmt.limit(flt.limit)
        with self._sessions() as session:
            cluster_ids = list(session.scalars(stmt))
            found = Store._cluster_records(session, cluster_ids, flt.include_withdrawn)  # noqa: SLF001
            total = None
            if with_total:
                total = session.scalar(
                    select(func.count(func.distinct(EventRow.cluster_id))).where(*self.where(flt, rf))
                ) or 0
            return self._overlay(session, found, set()), total

    def _overlay(self, session, found: list[tuple[list[int], EventRecord]],
                 withdrawn: set[str]) -> list[ReviewedEvent]:
        """Lay each event's latest analyst value per field (edited on any of its reports) and
        its review status over the merged record; keep what the machine said for those fields."""
        row_ids = [i for ids_, _ in found for i in ids_]
        owner = {i: rec.event_id for ids_, rec in found for i in ids_}
        edits: list[Any] = []
        statuses: dict[str, EventStatusRow] = {}
        event_ids = [rec.event_id for _, rec in found]
        for i in range(0, max(len(row_ids), len(event_ids)), CHUNK):  # SQLite limits bound variables
            rows_chunk, ids_chunk = row_ids[i : i + CHUNK], event_ids[i : i + CHUNK]
            if rows_chunk:
                edits.extend(session.execute(
                    select(EventEditRow.id, EventEditRow.event_id, EventEditRow.field, EventEditRow.analyst_value)
                    .where(EventEditRow.event_id.in_(rows_chunk))
                ).all())
            if ids_chunk:
                statuses.update({s.event_id: s for s in session.scalars(
                    select(EventStatusRow).where(EventStatusRow.event_id.in_(ids_chunk)))})
        edits.sort(key=lambda e: e[0])
        latest: dict[str, dict[str, Any]] = {}
        for _, row_id, name, analyst in edits:
            latest.setdefault(owner[row_id], {})[name] = analyst
        out = []
        for _, rec in found:
            machine_values: dict[str, Any] = {}
            if rec.event_id in latest:
                rec = copy.deepcopy(rec)
                machine_now = rec.to_dict()
                for name, analyst in latest[rec.event_id].items():
                    machine_values[name] = machine_now.get(name)
                    _apply(rec, name, analyst)
            st = statuses.get(rec.event_id)
            out.append(ReviewedEvent(
                record=rec, status=st.status if st else "unreviewed", reviewed_by=st.user if st else None,
                reviewed_at=_aware(st.at) if st else None, merged_into=st.merged_into if st else None,
                machine_values=machine_values, withdrawn=rec.event_id in withdrawn,
            ))
        return out

    def get(self, event_id: str) -> ReviewedEvent | None:
        """One event by its id or the id of any of its reports."""
        with self._sessions() as session:
            cluster_id = Store._cluster_id_of(session, event_id)  # noqa: SLF001
            if cluster_id is None:
                return None
            found = Store._cluster_records(session, [cluster_id], include_withdrawn=False)  # noqa: SLF001
            withdrawn: set[str] = set()
            if not found:
                found = Store._cluster_records(session, [cluster_id], include_withdrawn=True)  # noqa: SLF001
                withdrawn = {cluster_id}
            if not found:
                return None
            return self._overlay(session, found, withdrawn)[0]

    def reports(self, event_id: str) -> list[EventRecord]:
        """The per-document reports of an event (each with its own document's evidence)."""
        return self.store.reports(event_id)

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

    def _per_event(self, flt: EventFilter, rf: ReviewFilter):
        """One row per matching event (cluster): the first date, type, kind and the lowest
        fatality figure among its matching reports (ACLED's conservative count)."""
        return (
            select(EventRow.cluster_id.label("cid"), func.min(EventRow.event_date).label("day"),
                   func.min(EventRow.event_type).label("etype"), func.min(EventRow.report_kind).label("kind"),
                   func.min(EventRow.fatalities).label("fatalities"))
            .where(*self.where(flt, rf))
            .group_by(EventRow.cluster_id)
            .subquery()
        )

    def daily(self, flt: EventFilter, rf: ReviewFilter | None = None) -> dict[str, list[dict[str, Any]]]:
        """Events and fatalities per day and event type; incidents and tallies kept apart."""
        rf = rf or ReviewFilter()
        ev = self._per_event(flt, rf)
        stmt = (
            select(ev.c.kind, ev.c.day, ev.c.etype, func.count(), func.coalesce(func.sum(ev.c.fatalities), 0))
            .where(ev.c.day.is_not(None))
            .group_by(ev.c.kind, ev.c.day, ev.c.etype)
            .order_by(ev.c.day, ev.c.etype)
        )
        out: dict[str, list[dict[str, Any]]] = {"incidents": [], "tallies": []}
        with self._sessions() as session:
            for kind, day, etype, n, fat in session.execute(stmt):
                key = "tallies" if kind == "aggregate" else "incidents"
                out[key].append({"date": day.isoformat() if isinstance(day, date) else str(day),
                                 "event_type": etype, "events": int(n), "fatalities": int(fat)})
        return out

    def map_points(self, flt: EventFilter, rf: ReviewFilter, limit: int) -> list[list[Any]]:
        """[event_id, lat, lon, event_type, fatalities, report_kind] per placed event, newest first
        (a cluster is placed at its lead report's point, approximated by the smallest coordinates)."""
        stmt = (
            select(EventRow.cluster_id, func.min(EventRow.latitude), func.min(EventRow.longitude),
                   func.min(EventRow.event_type), func.min(EventRow.fatalities), func.min(EventRow.report_kind))
            .where(*self.where(flt, rf), EventRow.latitude.is_not(None), EventRow.longitude.is_not(None))
            .group_by(EventRow.cluster_id)
            .order_by(*self._order(True))
            .limit(limit)
        )
        with self._sessions() as session:
            return [list(r) for r in session.execute(stmt)]

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

    def confirm(self, event_id: str, user: str, note: str = "") -> str:
        """Returns the id the status is kept under (the event's id, when given a report's)."""
        eid = self._require(event_id).record.event_id
        self._log(eid, "confirm", "confirmed", user, note)
        return eid

    def reject(self, event_id: str, user: str, note: str = "") -> str:
        eid = self._require(event_id).record.event_id
        self._log(eid, "reject", "rejected", user, note)
        return eid

    def reopen(self, event_id: str, user: str, note: str = "") -> str:
        eid = self._require(event_id).record.event_id
        self._log(eid, "reopen", "unreviewed", user, note)
        return eid

    def edit(self, event_id: str, changes: dict[str, Any], user: str, note: str = "") -> list[str]:
        """Record the fields whose value differs from the current one; returns their names."""
        ev = self._require(event_id)
        eid, current = ev.record.event_id, ev.record.to_dict()
        values = {name: coerce_value(name, value) for name, value in changes.items()}
        changed = [name for name, value in values.items() if current.get(name) != value]
        for name in changed:
            self.store.record_edit(eid, name, values[name], user)
        if changed:
            self._log(eid, "edit", "edited", user, note, {"fields": changed})
        return changed

    def merge(self, keep_id: str, other_id: str, user: str, note: str = "") -> None:
        """other_id reports the same event as keep_id: it is marked merged and hidden from lists
        (the store's own cross-document clustering does this by itself for the cases it sees)."""
        keep, other = self._require(keep_id), self._require(other_id)
        kid, oid = keep.record.event_id, other.record.event_id
        if kid == oid:
            raise StoreError("an event cannot be merged with itself")
        if keep.status == "merged":
            raise StoreError(f"{kid} was itself merged into {keep.merged_into}")
        if other.status == "merged":
            raise StoreError(f"{oid} is already merged into {other.merged_into}")
        self._log(oid, "merge", "merged", user, note, {"merged_into": kid}, merged_into=kid)
        self._log(kid, "merge", keep.status if keep.status != "unreviewed" else "confirmed", user, note,
                  {"absorbed": oid}, merged_into=None)

    def merged_into_this(self, event_id: str) -> list[str]:
        """Ids of the events an analyst merged into this one."""
        with self._sessions() as session:
            return list(session.scalars(select(EventStatusRow.event_id).where(
                EventStatusRow.merged_into == event_id, EventStatusRow.status == "merged")))

    def split(self, event_id: str, changes: dict[str, Any], user: str, note: str = "",
              evidence_positions: list[int] | None = None) -> str:
        """Make a second event out of one that reported two: a copy of the event's lead report
        (same document) with the chosen evidence, whose differing fields are stored as analyst
        edits beside the copied machine values. Returns the new event id."""
        if not changes:
            raise StoreError("a split needs at least one field that differs for the new event")
        values = {name: coerce_value(name, value) for name, value in changes.items()}
        source = self._require(event_id)
        eid = source.record.event_id
        now = _now()
        with self._sessions.begin() as session:
            src = session.scalar(select(EventRow).where(EventRow.event_id == eid)
                                 .options(selectinload(EventRow.evidence)))
            if src is None:  # a cluster named after a report that has left it: use its oldest
                src = session.scalar(select(EventRow).where(EventRow.cluster_id == eid)
                                     .order_by(EventRow.withdrawn_at.is_not(None), EventRow.id).limit(1)
                                     .options(selectinload(EventRow.evidence)))
            if src is None:
                raise StoreError(f"no event {event_id}")
            n = 1 + (session.scalar(select(func.count(EventRow.id)).where(
                EventRow.event_id.like(f"{src.event_id}-split-%"))) or 0)
            new_id = f"{src.event_id}-split-{n}"
            new = EventRow(document_id=src.document_id, created_at=now, updated_at=now)
            for col in EventRow.__table__.columns.keys():
                if col not in ("id", "event_id", "cluster_id", "created_at", "updated_at", "withdrawn_at",
                               "document_id"):
                    setattr(new, col, copy.deepcopy(getattr(src, col)))
            new.event_id = new.cluster_id = new_id
            new.extra = dict(src.extra or {}, split_from=eid, created_by=user)
            keep = set(evidence_positions) if evidence_positions is not None else None
            for i, ev in enumerate(src.evidence):
                if keep is None or i in keep:
                    new.evidence.append(EvidenceRow(position=len(new.evidence), field=ev.field,
                                                    start=ev.start, end=ev.end, text=ev.text))
            session.add(new)
        for name, value in values.items():
            self.store.record_edit(new_id, name, value, user)
        self._log(new_id, "split", "edited", user, note, {"split_from": eid, "fields": list(values)})
        self._log(eid, "split", source.status if source.status != "unreviewed" else "edited", user, note,
                  {"split_into": new_id})
        return new_id
