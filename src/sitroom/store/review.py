"""Analyst review of events: confirm, reject, edit, merge, split, with a log of who did what when.

Field corrections go through Store.record_edit, so they sit beside the machine's values in
event_edits; this module adds the review status and action log (web_schema) and reads events
back with the analysts' values laid over the machine's.
"""
from __future__ import annotations

import copy
import dataclasses
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import ColumnElement, case, delete, func, literal, select, update
from sqlalchemy.orm import selectinload

from sitroom.extract.notes import generate_notes
from sitroom.model import CountRange, EventRecord

from .convert import StoreError
from .query import Columns, EventFilter, conditions
from .repository import Store
from .review_values import EDITABLE_FIELDS, FieldError, check_changes, coerce_value  # noqa: F401 (re-exported)
from .schema import EventEditRow, EventRow, EvidenceRow
from .web_schema import OVERRIDE_FIELDS, EventOverrideRow, EventReviewRow, EventStatusRow

STATUSES = ("unreviewed", "confirmed", "edited", "rejected", "merged")
HIDDEN_STATUSES = ("rejected", "merged")
CHUNK = 500
# fields whose change makes the generated notes sentence out of date (extract/notes.py reads them)
NOTES_INPUTS = ("report_kind", "event_date", "date_start", "date_end", "sub_event_type", "actor1", "actor2",
                "location", "country", "counts", "fatalities", "source")
# what the review queue puts first: deadly, then uncertain, then disputed events
SORTS = ("date", "fatalities", "event_type", "location", "confidence", "priority")
# where data_version() holds the latest edit id and the latest review action id (None: never any)
EDITS_AT, REVIEWS_AT = 4, 5


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


def _apply(rec: EventRecord, name: str, value: Any) -> None:
    if name == "counts":
        rec.counts = {k: CountRange(**v) for k, v in (value or {}).items()}
    else:
        setattr(rec, name, value)


class ReviewStore:
    """Review actions and reviewed reads over a Store.

    Every read (lists, filters, map points, daily counts, facets, exports) sees the effective
    value of a field: the analyst's latest where one was given, else the machine's. SQL reads
    it through event_overrides (one row per edited event), joined only while any event has
    been edited, so a store nobody edited keeps its plain, index-friendly queries."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._sessions = store._sessions  # noqa: SLF001 - same database, same session factory
        self._local = threading.local()  # this thread's snapshot of the data version (snapshot())
        self._fill_missing_overrides()

    # -- effective values --------------------------------------------------------------------

    @contextmanager
    def snapshot(self) -> Iterator[tuple[Any, ...]]:
        """The data version, read once for the reads of this block in this thread, which then
        skip asking what the version already says: no edit ever made (no corrections to lay
        over or filter by: the event_overrides probe and the edits lookup), no review action
        ever taken (no status to look up). Saves up to three round trips per page, which on
        PostgreSQL cost about as much as the page itself. A write landing inside the block is
        seen by the next block, as a cached answer built from the version is."""
        version = self.data_version()
        self._local.version = version
        try:
            yield version
        finally:
            self._local.version = None

    def _never(self, index: int) -> bool:
        """True when this thread's snapshot says the log at `index` of data_version is empty."""
        version = getattr(self._local, "version", None)
        return version is not None and version[index] is None

    def _effective(self, session) -> dict[str, ColumnElement[Any]] | None:
        """Field -> SQL expression of its effective value, or None when nothing was edited."""
        if self._never(EDITS_AT) or session.scalar(select(EventOverrideRow.cluster_id).limit(1)) is None:
            return None
        out: dict[str, ColumnElement[Any]] = {}
        for name in OVERRIDE_FIELDS:
            edited = EventOverrideRow.edited.contains(f"|{name}|", autoescape=True)
            out[name] = case((edited, getattr(EventOverrideRow, name)), else_=getattr(EventRow, name))
        return out

    @staticmethod
    def _joined(stmt, eff: dict[str, ColumnElement[Any]] | None):
        if eff is None:
            return stmt
        return stmt.outerjoin(EventOverrideRow, EventOverrideRow.cluster_id == EventRow.cluster_id)

    def _col(self, eff: dict[str, ColumnElement[Any]] | None, name: str) -> ColumnElement[Any]:
        return eff[name] if eff and name in eff else getattr(EventRow, name)

    def refresh_overrides(self, cluster_ids: list[str]) -> None:
        """Rewrite the SQL-readable analyst values of these events from their edits."""
        for cid in dict.fromkeys(cluster_ids):
            ev = self.get(cid)
            with self._sessions.begin() as session:
                session.execute(delete(EventOverrideRow).where(EventOverrideRow.cluster_id == cid))
                if ev is None:
                    continue
                edited = [n for n in OVERRIDE_FIELDS if n in ev.machine_values]
                if not edited:
                    continue
                rec = ev.record
                values = {n: getattr(rec, n) for n in OVERRIDE_FIELDS}
                values["event_date"] = date.fromisoformat(rec.event_date) if rec.event_date else None
                session.add(EventOverrideRow(cluster_id=ev.record.event_id,
                                             edited="|" + "|".join(edited) + "|", **values))

    def _fill_missing_overrides(self) -> None:
        """Events edited before event_overrides existed (or by `Store.record_edit` directly)."""
        with self._sessions() as session:
            missing = list(session.scalars(
                select(EventRow.cluster_id).join(EventEditRow, EventEditRow.event_id == EventRow.id)
                .where(EventRow.cluster_id.not_in(select(EventOverrideRow.cluster_id)))
                .distinct()))
        self.refresh_overrides(missing)

    # -- reading -----------------------------------------------------------------------------

    def data_version(self) -> tuple[Any, ...]:
        """Changes whenever what a read could return changes: reports added, re-extracted,
        withdrawn or deleted (count, highest id, latest update), an edit, a review action
        (merges and splits are logged as actions). Cheap: aggregates over indexed columns and
        one pass over the events' update times."""
        # one statement of separate scalar subqueries: each MAX is then a lookup at the end of its
        # index (a single SELECT of several aggregates makes SQLite scan the table instead)
        parts = [select(func.count(EventRow.id)), select(func.max(EventRow.id)),
                 select(func.max(EventRow.updated_at)), select(func.max(EventRow.withdrawn_at)).where(EventRow.withdrawn_at.is_not(None)),
                 select(func.max(EventEditRow.id)), select(func.max(EventReviewRow.id))]
        with self._sessions() as session:
            return tuple(session.execute(select(*(p.scalar_subquery() for p in parts))).one())

    def _review_conditions(self, rf: ReviewFilter, eff) -> list[ColumnElement[Any]]:
        out: list[ColumnElement[Any]] = []
        if rf.reliability:
            out.append(self._col(eff, "reliability") == rf.reliability)

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

    def where(self, flt: EventFilter, rf: ReviewFilter, eff=None) -> list[ColumnElement[Any]]:
        """Conditions on report rows (joined to event_overrides when eff is given). An event
        (cluster) is listed when any of its reports matches, placed by the dates of its matching
        reports: one pass over the matching rows grouped by cluster.

        Without edits, report_kind is compared through coalesce() so that no planner walks its
        index: nearly every report is an incident, and SQLite without statistics otherwise looks
        up 95% of the table row by row through that index (5x slower than a scan at 100k events)."""
        out = []
        if flt.report_kind and eff is None:
            flt = copy.copy(flt)
            out.append(func.coalesce(EventRow.report_kind, "") == flt.report_kind)
            flt.report_kind = None
        return [*conditions(flt, Columns(eff)), *out, *self._review_conditions(rf, eff)]

    def _order(self, newest_first: bool, eff=None, sort: str = "date") -> list[Any]:
        """By the event's date then id, undated events last. Newest first is what the dashboard
        shows; oldest first is the store's own order (exports). Other sorts (the table's
        columns, the review queue's priority) fall back to the date order for ties."""
        day = self._col(eff, "event_date")
        if newest_first:
            latest = func.max(day)
            if self.store.engine.dialect.name == "sqlite":  # NULL sorts lowest there
                by_date = [latest.desc(), EventRow.cluster_id.desc()]
            else:
                by_date = [latest.desc().nulls_last(), EventRow.cluster_id.desc()]
        else:
            first = func.min(day)
            by_date = [first.is_(None), first, EventRow.cluster_id]
        if sort == "fatalities":
            key = func.min(self._col(eff, "fatalities"))
            return [key.desc() if newest_first else key, *by_date]
        if sort in ("event_type", "location"):
            key = func.min(self._col(eff, sort))
            return [key.desc() if newest_first else key, *by_date]
        if sort == "confidence":
            key = func.min(EventRow.confidence)
            return [key.desc() if newest_first else key, *by_date]
        if sort == "priority":
            contested = func.max(case((self._col(eff, "reliability") == "contested", 1), else_=0))
            return [func.min(self._col(eff, "fatalities")).desc(), func.min(EventRow.confidence),
                    contested.desc(), *by_date]
        return by_date

    def list_events(self, flt: EventFilter, rf: ReviewFilter | None = None, with_total: bool = True,
                    newest_first: bool = False, sort: str = "date") -> tuple[list[ReviewedEvent], int | None]:
        """A page of events (filter's limit/offset count events, i.e. clusters of reports from
        several documents) and the total matching. Each event comes back whole (every report
        folded in by the store), whichever of its reports matched."""
        rf = rf or ReviewFilter()
        if sort not in SORTS:
            raise StoreError(f"sort must be one of {', '.join(SORTS)}")
        with self._sessions() as session:
            eff = self._effective(session)
            # the total rides on the page as a window count over the grouped rows: one pass over
            # the matching reports instead of a second, separate count of the same filter
            columns = [EventRow.cluster_id, func.count().over()] if with_total else [EventRow.cluster_id]
            stmt = (
                self._joined(select(*columns), eff)
                .where(*self.where(flt, rf, eff))
                .group_by(EventRow.cluster_id)
                .order_by(*self._order(newest_first, eff, sort))
                .offset(flt.offset or 0)
            )
            if flt.limit is not None:
                stmt = stmt.limit(flt.limit)
            rows = session.execute(stmt).all()
            cluster_ids = [r[0] for r in rows]
            found = Store._cluster_records(session, cluster_ids, flt.include_withdrawn)  # noqa: SLF001
            total = None
            if with_total:
                total = rows[0][1] if rows else 0
                if not rows and flt.offset:  # a page past the end carries no count: ask apart
                    total = session.scalar(
                        self._joined(select(func.count(func.distinct(EventRow.cluster_id))).select_from(EventRow), eff)
                        .where(*self.where(flt, rf, eff))
                    ) or 0
            return self._overlay(session, found, set()), total

    def unplaced(self, flt: EventFilter, rf: ReviewFilter | None = None, limit: int = 50) -> tuple[int, list[ReviewedEvent]]:
        """Events matching the filter that have no coordinates: how many, and the newest of them,
        so the map can say what it does not show."""
        rf = rf or ReviewFilter()
        with self._sessions() as session:
            eff = self._effective(session)
            # an event is unplaced when none of its matching reports has coordinates: one grouped
            # pass, no anti-join against every placed event
            unplaced = (self._joined(select(EventRow.cluster_id), eff).where(*self.where(flt, rf, eff))
                        .group_by(EventRow.cluster_id)
                        .having(func.count(self._col(eff, "latitude")) == 0))
            total = session.scalar(select(func.count()).select_from(unplaced.subquery())) or 0
            ids = list(session.scalars(unplaced.order_by(*self._order(True, eff)).limit(limit))) if total else []
            found = Store._cluster_records(session, ids, flt.include_withdrawn)  # noqa: SLF001
            return total, self._overlay(session, found, set())

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
            if rows_chunk and not self._never(EDITS_AT):
                edits.extend(session.execute(
                    select(EventEditRow.id, EventEditRow.event_id, EventEditRow.field, EventEditRow.analyst_value)
                    .where(EventEditRow.event_id.in_(rows_chunk))
                ).all())
            if ids_chunk and not self._never(REVIEWS_AT):
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
            for e in ([] if self._never(EDITS_AT) else self.store.edits(event_id))
        ]
        if self._never(REVIEWS_AT):
            return items
        with self._sessions() as session:
            for r in session.scalars(select(EventReviewRow).where(EventReviewRow.event_id == event_id)
                                     .order_by(EventReviewRow.id)):
                items.append(HistoryItem(at=_aware(r.at), user=r.user, action=r.action, status=r.status,
                                         note=r.note, detail=dict(r.detail or {})))
        items.sort(key=lambda i: i.at)
        return items

    def activity(self, user: str | None = None, action: str | None = None, event_id: str | None = None,
                 limit: int = 100, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
        """Every analyst's review actions across all events, newest first (the team's activity
        log), filterable by user, action and event; with the total matching."""
        conds = []
        if user:
            conds.append(EventReviewRow.user == user)
        if action:
            conds.append(EventReviewRow.action == action)
        if event_id:
            conds.append(EventReviewRow.event_id == event_id)
        with self._sessions() as session:
            total = session.scalar(select(func.count(EventReviewRow.id)).where(*conds)) or 0
            rows = session.scalars(select(EventReviewRow).where(*conds)
                                   .order_by(EventReviewRow.id.desc()).limit(limit).offset(offset))
            return [{"at": _aware(r.at).isoformat(), "user": r.user, "action": r.action, "status": r.status,
                     "event_id": r.event_id, "note": r.note, "detail": dict(r.detail or {})} for r in rows], total

    def activity_facets(self) -> dict[str, list[str]]:
        with self._sessions() as session:
            return {"user": list(session.scalars(select(EventReviewRow.user).distinct().order_by(EventReviewRow.user))),
                    "action": list(session.scalars(select(EventReviewRow.action).distinct()
                                                   .order_by(EventReviewRow.action)))}

    def _per_event(self, flt: EventFilter, rf: ReviewFilter, eff):
        """One row per matching event (cluster): the first date, type, kind and the lowest
        fatality figure among its matching reports (ACLED's conservative count)."""
        return (
            self._joined(select(
                EventRow.cluster_id.label("cid"), func.min(self._col(eff, "event_date")).label("day"),
                func.min(self._col(eff, "event_type")).label("etype"),
                func.min(self._col(eff, "report_kind")).label("kind"),
                func.min(self._col(eff, "fatalities")).label("fatalities")), eff)
            .where(*self.where(flt, rf, eff))
            .group_by(EventRow.cluster_id)
            .subquery()
        )

    def daily(self, flt: EventFilter, rf: ReviewFilter | None = None) -> dict[str, list[dict[str, Any]]]:
        """Events and fatalities per day and event type; incidents and tallies kept apart."""
        rf = rf or ReviewFilter()
        out: dict[str, list[dict[str, Any]]] = {"incidents": [], "tallies": []}
        with self._sessions() as session:
            ev = self._per_event(flt, rf, self._effective(session))
            stmt = (
                select(ev.c.kind, ev.c.day, ev.c.etype, func.count(), func.coalesce(func.sum(ev.c.fatalities), 0))
                .where(ev.c.day.is_not(None))
                .group_by(ev.c.kind, ev.c.day, ev.c.etype)
                .order_by(ev.c.day, ev.c.etype)
            )
            for kind, day, etype, n, fat in session.execute(stmt):
                key = "tallies" if kind == "aggregate" else "incidents"
                out[key].append({"date": day.isoformat() if isinstance(day, date) else str(day),
                                 "event_type": etype, "events": int(n), "fatalities": int(fat)})
        return out

    def map_points(self, flt: EventFilter, rf: ReviewFilter, limit: int) -> list[list[Any]]:
        """[event_id, lat, lon, event_type, fatalities, report_kind, location, event_date] per
        placed event, newest first (a cluster is placed at its lead report's point, approximated
        by the smallest coordinates)."""
        with self._sessions() as session:
            eff = self._effective(session)
            lat, lon = self._col(eff, "latitude"), self._col(eff, "longitude")
            stmt = (
                self._joined(select(
                    EventRow.cluster_id, func.min(lat), func.min(lon), func.min(self._col(eff, "event_type")),
                    func.min(self._col(eff, "fatalities")), func.min(self._col(eff, "report_kind")),
                    func.min(self._col(eff, "location")), func.max(self._col(eff, "event_date"))), eff)
                .where(*self.where(flt, rf, eff), lat.is_not(None), lon.is_not(None))
                .group_by(EventRow.cluster_id)
                .order_by(*self._order(True, eff))
                .limit(limit)
            )
            # 5 decimals are a metre: more only lengthens the payload of every map
            return [[r[0], round(r[1], 5), round(r[2], 5), *r[3:7], r[7].isoformat() if isinstance(r[7], date) else r[7]]
                    for r in session.execute(stmt)]

    def facets(self) -> dict[str, list[str]]:
        """Values present in the store (analysts' values included), for the filter menus."""
        with self._sessions() as session:
            def distinct(name):
                values = set(session.scalars(select(getattr(EventRow, name)).distinct()))
                values |= set(session.scalars(select(getattr(EventOverrideRow, name)).distinct()))
                return sorted(v for v in values if v)
            return {"event_type": distinct("event_type"), "sub_event_type": distinct("sub_event_type"),
                    "reliability": distinct("reliability"), "country": distinct("country")}

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

    def next_in_queue(self, after: str | None = None, flt: EventFilter | None = None) -> str | None:
        """The most pressing unreviewed event (deadliest, then least confident, then contested)
        other than `after`: what the review queue's "next" opens."""
        flt = copy.copy(flt) if flt else EventFilter()
        flt.limit, flt.offset = 2, 0
        events, _ = self.list_events(flt, ReviewFilter(review_status="unreviewed"), with_total=False,
                                     newest_first=True, sort="priority")
        ids = [e.record.event_id for e in events if e.record.event_id != after]
        return ids[0] if ids else None

    def edit(self, event_id: str, changes: dict[str, Any], user: str, note: str = "") -> list[str]:
        """Record the fields whose value differs from the current one; returns their names.

        Derived values follow: a new fatality figure becomes the killed count when the counts
        are not edited with it, and the generated notes sentence is rewritten from the corrected
        fields unless an analyst wrote the notes."""
        ev = self._require(event_id)
        eid, current = ev.record.event_id, ev.record.to_dict()
        values = check_changes(changes)
        if "fatalities" in values and "counts" not in values and values["fatalities"] != current["fatalities"]:
            counts = dict(current["counts"])
            if values["fatalities"]:
                counts["killed"] = CountRange(values["fatalities"], values["fatalities"], values["fatalities"]).to_dict()
            else:
                counts.pop("killed", None)
            values["counts"] = counts
        changed = [name for name, value in values.items() if current.get(name) != value]
        # notes count as the analyst's own once they differ from what the generator would write
        own_notes = "notes" in ev.machine_values and current["notes"] != generate_notes(ev.record)
        if changed and "notes" not in values and not own_notes and any(n in NOTES_INPUTS for n in changed):
            rec = copy.deepcopy(ev.record)
            for name in changed:
                _apply(rec, name, values[name])
            notes = generate_notes(rec)
            if notes != current["notes"]:
                values["notes"] = notes
                changed.append("notes")
        for name in changed:
            self.store.record_edit(eid, name, values[name], user)
        if changed:
            self._log(eid, "edit", "edited", user, note, {"fields": changed})
            self.refresh_overrides([eid])
        return changed

    def merge(self, keep_id: str, other_id: str, user: str, note: str = "") -> None:
        """other_id reports the same event as keep_id: its reports join keep_id's cluster, so
        the kept event is folded exactly as the store's own cross-document merge folds one
        (sources, counts as ranges, conservative fatalities, reliability grade), and the
        other id stays resolvable (it opens the kept event) with status "merged"."""
        keep, other = self._require(keep_id), self._require(other_id)
        kid, oid = keep.record.event_id, other.record.event_id
        if kid == oid:
            raise StoreError("an event cannot be merged with itself")
        if keep.status == "merged":
            raise StoreError(f"{kid} was itself merged into {keep.merged_into}")
        if other.status == "merged":
            raise StoreError(f"{oid} is already merged into {other.merged_into}")
        with self._sessions.begin() as session:
            session.execute(update(EventRow).where(EventRow.cluster_id == oid).values(cluster_id=kid))
        self._log(oid, "merge", "merged", user, note, {"merged_into": kid}, merged_into=kid)
        self._log(kid, "merge", keep.status if keep.status != "unreviewed" else "confirmed", user, note,
                  {"absorbed": oid}, merged_into=None)
        self.refresh_overrides([kid, oid])

    def merged_into_this(self, event_id: str) -> list[str]:
        """Ids of the events an analyst merged into this one."""
        if self._never(REVIEWS_AT):
            return []
        with self._sessions() as session:
            return list(session.scalars(select(EventStatusRow.event_id).where(
                EventStatusRow.merged_into == event_id, EventStatusRow.status == "merged")))

    def split(self, event_id: str, changes: dict[str, Any], user: str, note: str = "",
              evidence_positions: list[int] | None = None) -> str:
        """Make a second event out of one that reported two: a report of the same document with
        the chosen evidence. It keeps the parent's when, where and source, but not its actors or
        figures (those belonged to the other event): actors and counts come from `changes` only,
        stored as analyst edits. Returns the new event id."""
        if not changes:
            raise StoreError("a split needs at least one field that differs for the new event")
        values = check_changes(changes)
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
            for col in SPLIT_CLEARED:
                setattr(new, col, "")
            new.fatalities, new.counts, new.corroboration, new.reliability = 0, {}, 1, "single source"
            new.event_id = new.cluster_id = new_id
            new.extra = dict(src.extra or {}, split_from=eid, created_by=user)
            keep = set(evidence_positions) if evidence_positions is not None else None
            for i, ev in enumerate(src.evidence):
                if keep is None or i in keep:
                    new.evidence.append(EvidenceRow(position=len(new.evidence), field=ev.field,
                                                    start=ev.start, end=ev.end, text=ev.text))
            session.add(new)
        if "fatalities" in values and "counts" not in values and values["fatalities"]:
            values["counts"] = {"killed": CountRange(values["fatalities"], values["fatalities"],
                                                     values["fatalities"]).to_dict()}
        if "notes" not in values:
            rec = copy.deepcopy(self._require(new_id).record)
            for name, value in values.items():
                _apply(rec, name, value)
            values["notes"] = generate_notes(rec)
        for name, value in values.items():
            self.store.record_edit(new_id, name, value, user)
        self._log(new_id, "split", "edited", user, note, {"split_from": eid, "fields": list(values)})
        self._log(eid, "split", source.status if source.status != "unreviewed" else "edited", user, note,
                  {"split_into": new_id})
        self.refresh_overrides([new_id])
        return new_id


# the other event's participants do not carry over to an event split off it
SPLIT_CLEARED = ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "inter1", "inter2", "civilian_targeting")
