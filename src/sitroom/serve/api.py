"""The JSON API (/api/...): events, documents, daily aggregates, exports and review actions.

Events come back in the EventRecord.to_dict() shape with analysts' values applied, plus a
`review` object (status, who, when, the machine's values of edited fields).
"""
from __future__ import annotations

import io
import json
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from sitroom.export import write_acled_csv, write_geojson, write_jsonl
from sitroom.store import Store
from sitroom.store.review import ReviewStore
from sitroom.store.users import User

from .auth import require_reader, require_writer
from .cache import CachedBody, ResponseCache
from .coding import complete_type_changes
from .filters import MAX_OFFSET, MAX_PAGE, EventQuery, event_query

router = APIRouter(prefix="/api", dependencies=[Depends(require_reader)])
MAP_POINTS = 5000
UNPLACED_LISTED = 50
SORT_PATTERN = "^(date|fatalities|event_type|location|confidence|priority)$"


def _cached(request: Request, build: Callable[[], Any]) -> Response:
    """The JSON answer of a read, from this process's cache while the data has not changed:
    gzipped once when the client takes gzip, and a 304 when it already holds this body."""
    cache: ResponseCache = request.app.state.response_cache
    key = (request.url.path, str(sorted(request.query_params.multi_items())))
    with reviews_of(request).snapshot() as version:
        entry = cache.get(key, version)
        if entry is None:
            entry = CachedBody.of(json.dumps(build(), ensure_ascii=False, allow_nan=False,
                                             separators=(",", ":")).encode("utf-8"))
            cache.put(key, version, entry)
    # no-cache: a client may keep the body but must ask again (and gets a 304 while it holds)
    headers = {"ETag": entry.etag, "Cache-Control": "private, no-cache", "Vary": "Accept-Encoding"}
    tags = _etags(request.headers.get("if-none-match", ""))
    if entry.etag in tags or "*" in tags:
        return Response(status_code=304, headers=headers)
    if entry.gzipped is not None and "gzip" in request.headers.get("accept-encoding", ""):
        # the GZip middleware passes a body that already has a Content-Encoding through as it is
        return Response(entry.gzipped, media_type="application/json", headers={**headers, "Content-Encoding": "gzip"})
    return Response(entry.body, media_type="application/json", headers=headers)


def _etags(header: str) -> set[str]:
    """The entity tags of an If-None-Match header (weak ones compare as strong for a GET)."""
    return {t.strip().removeprefix("W/") for t in header.split(",") if t.strip()}


def store_of(request: Request) -> Store:
    return request.app.state.store


def reviews_of(request: Request) -> ReviewStore:
    return request.app.state.reviews


class Note(BaseModel):
    note: str = ""


class EditBody(BaseModel):
    changes: dict[str, Any] = Field(description="field name -> the analyst's value")
    note: str = ""


class MergeBody(BaseModel):
    other: str = Field(description="event_id of the duplicate, merged into this event")
    note: str = ""


class SplitBody(BaseModel):
    changes: dict[str, Any] = Field(description="fields of the new event that differ from this one")
    evidence: list[int] | None = Field(None, description="positions of the evidence spans the new event keeps")
    note: str = ""


@router.get("/events", summary="Events matching the filters, one page")
def list_events(
    request: Request,
    query: Annotated[EventQuery, Depends(event_query)],
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
    order: Annotated[str, Query(pattern="^(asc|desc)$", description="desc = newest (or largest) first")] = "desc",
    sort: Annotated[str, Query(pattern=SORT_PATTERN, description="date, fatalities, event_type, location, "
                               "confidence, or priority (the review queue: deadliest, least confident, contested first)")] = "date",
) -> Response:
    query.flt.limit, query.flt.offset = limit, offset

    def build() -> dict[str, Any]:
        events, total = reviews_of(request).list_events(query.flt, query.review, newest_first=order == "desc",
                                                        sort=sort)
        assert total is not None
        return {"total": total, "limit": limit, "offset": offset,
                "next_offset": offset + limit if offset + limit < total else None,
                "events": [e.to_dict() for e in events]}
    return _cached(request, build)


@router.get("/map", summary="Compact points for the map: [event_id, lat, lon, event_type, fatalities, kind, "
                             "location, event_date], and the events it cannot place")
def map_points(request: Request, query: Annotated[EventQuery, Depends(event_query)]) -> Response:
    return _cached(request, lambda: _map_body(request, query))


def _map_body(request: Request, query: EventQuery) -> dict[str, Any]:
    reviews = reviews_of(request)
    rows = reviews.map_points(query.flt, query.review, MAP_POINTS + 1)
    unplaced, listed = reviews.unplaced(query.flt, query.review, UNPLACED_LISTED)
    return {
        "points": rows[:MAP_POINTS], "truncated": len(rows) > MAP_POINTS, "unplaced": unplaced,
        "unplaced_events": [{"event_id": e.record.event_id, "event_date": e.record.event_date,
                             "event_type": e.record.event_type, "location": e.record.location or e.record.country,
                             "fatalities": e.record.fatalities} for e in listed],
    }


@router.get("/activity", summary="The team's review actions, newest first (who changed what, when)")
def activity(
    request: Request,
    user: Annotated[str | None, Query(max_length=200)] = None,
    action: Annotated[str | None, Query(max_length=50)] = None,
    event_id: Annotated[str | None, Query(max_length=500)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> JSONResponse:
    for name, value in (("user", user), ("action", action), ("event_id", event_id)):
        if value and "\x00" in value:
            raise HTTPException(status_code=422, detail=f"{name}: contains a NUL character")
    entries, total = reviews_of(request).activity(user or None, action or None, event_id or None, limit, offset)
    return JSONResponse({"total": total, "limit": limit, "offset": offset, "entries": entries})


@router.get("/review/next", summary="The most pressing unreviewed event (the review queue's next)")
def review_next(request: Request, query: Annotated[EventQuery, Depends(event_query)],
                after: Annotated[str | None, Query(max_length=500)] = None) -> dict[str, Any]:
    return {"event_id": reviews_of(request).next_in_queue(after, query.flt)}


@router.get("/events/{event_id}", summary="One event (by its id or a report's) with evidence, per-document reports and review history")
def get_event(request: Request, event_id: str) -> dict[str, Any]:
    reviews = reviews_of(request)
    with reviews.snapshot():  # one version read spares the lookups of logs that are empty
        ev = reviews.get(event_id)
        if ev is None:
            raise HTTPException(status_code=404, detail=f"no event {event_id}")
        eid = ev.record.event_id
        return {"event": ev.to_dict(), "withdrawn": ev.withdrawn,
                "reports": [r.to_dict() for r in reviews.reports(eid)],
                "merged_here": reviews.merged_into_this(eid),
                "history": [h.to_dict() for h in reviews.history(eid)]}


@router.get("/documents", summary="Stored documents (without text)")
def list_documents(
    request: Request,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> dict[str, Any]:
    docs = store_of(request).documents(limit=limit, offset=offset)
    return {"limit": limit, "offset": offset, "documents": [
        {"doc_id": d.doc_id, "title": d.title, "url": d.url, "publisher": d.publisher,
         "pub_date": d.pub_date.isoformat() if d.pub_date else None, "length": len(d.text)}
        for d in docs]}


@router.get("/documents/{doc_id:path}", summary="One document: text, metadata and entries")
def get_document(request: Request, doc_id: str) -> dict[str, Any]:
    found = store_of(request).document(doc_id)
    if found is None:
        raise HTTPException(status_code=404, detail=f"no document {doc_id}")
    doc, entries = found
    return {
        "doc_id": doc.doc_id, "title": doc.title, "url": doc.url, "publisher": doc.publisher,
        "pub_date": doc.pub_date.isoformat() if doc.pub_date else None, "date_source": doc.date_source,
        "media_type": doc.media_type, "text": doc.text,
        "entries": [{"index": e.index, "start": e.start, "end": e.end, "heading": e.heading,
                     "timestamp": e.timestamp, "entry_date": e.entry_date.isoformat() if e.entry_date else None,
                     "kind": e.kind} for e in entries],
    }


@router.get("/aggregates/daily", summary="Events and fatalities per day and event type; tallies apart")
def daily(request: Request, query: Annotated[EventQuery, Depends(event_query)]) -> Response:
    return _cached(request, lambda: reviews_of(request).daily(query.flt, query.review))


@router.get("/facets", summary="Event types, sub-event types and reliability grades present")
def facets(request: Request) -> dict[str, list[str]]:
    return reviews_of(request).facets()


def _export(request: Request, query: EventQuery, writer, media: str, ext: str) -> Response:
    events, _ = reviews_of(request).list_events(query.flt, query.review, with_total=False)
    buf = io.StringIO(newline="") if ext == "csv" else io.StringIO()
    review = {e.record.event_id: {"status": e.status, "by": e.reviewed_by, "machine_values": e.machine_values}
              for e in events}
    writer([e.record for e in events], buf, review=review)
    return Response(buf.getvalue(), media_type=media,
                    headers={"Content-Disposition": f'attachment; filename="sitroom-events.{ext}"'})


@router.get("/export.csv", summary="ACLED-style CSV of the filtered incidents")
def export_csv(request: Request, query: Annotated[EventQuery, Depends(event_query)]) -> Response:
    return _export(request, query, write_acled_csv, "text/csv; charset=utf-8", "csv")


@router.get("/export.geojson", summary="GeoJSON FeatureCollection of the filtered events")
def export_geojson(request: Request, query: Annotated[EventQuery, Depends(event_query)]) -> Response:
    return _export(request, query, write_geojson, "application/geo+json", "geojson")


@router.get("/export.jsonl", summary="JSON Lines of the filtered events (EventRecord shape)")
def export_jsonl(request: Request, query: Annotated[EventQuery, Depends(event_query)]) -> Response:
    return _export(request, query, write_jsonl, "application/x-ndjson", "jsonl")


@router.get("/me", summary="The authenticated user, if any")
def me(user: Annotated[User | None, Depends(require_reader)]) -> dict[str, Any]:
    return {"user": user.name if user else None}


def _done(request: Request, event_id: str, **extra: Any) -> dict[str, Any]:
    return {**extra, **get_event(request, event_id)}


@router.post("/events/{event_id}/confirm", summary="Confirm the event as coded")
def confirm(request: Request, event_id: str, user: Annotated[User, Depends(require_writer)],
            body: Note | None = None) -> dict[str, Any]:
    reviews_of(request).confirm(event_id, user.name, body.note if body else "")
    return _done(request, event_id)


@router.post("/events/{event_id}/reject", summary="Reject the event (not a real event, or miscoded)")
def reject(request: Request, event_id: str, user: Annotated[User, Depends(require_writer)],
           body: Note | None = None) -> dict[str, Any]:
    reviews_of(request).reject(event_id, user.name, body.note if body else "")
    return _done(request, event_id)


@router.post("/events/{event_id}/reopen", summary="Put the event back to unreviewed")
def reopen(request: Request, event_id: str, user: Annotated[User, Depends(require_writer)],
           body: Note | None = None) -> dict[str, Any]:
    reviews_of(request).reopen(event_id, user.name, body.note if body else "")
    return _done(request, event_id)


@router.post("/events/{event_id}/edit", summary="Correct fields (kept beside the machine's values)")
def edit(request: Request, event_id: str, body: EditBody,
         user: Annotated[User, Depends(require_writer)]) -> dict[str, Any]:
    changed = reviews_of(request).edit(event_id, complete_type_changes(body.changes), user.name, body.note)
    return _done(request, event_id, changed=changed)


@router.post("/events/{event_id}/merge", summary="Merge a duplicate event into this one")
def merge(request: Request, event_id: str, body: MergeBody,
          user: Annotated[User, Depends(require_writer)]) -> dict[str, Any]:
    reviews_of(request).merge(event_id, body.other, user.name, body.note)
    return _done(request, event_id)


@router.post("/events/{event_id}/split", summary="Split a second event off this one")
def split(request: Request, event_id: str, body: SplitBody,
          user: Annotated[User, Depends(require_writer)]) -> dict[str, Any]:
    new_id = reviews_of(request).split(event_id, complete_type_changes(body.changes), user.name, body.note,
                                       body.evidence)
    return _done(request, new_id, split_from=event_id, new_event_id=new_id)
