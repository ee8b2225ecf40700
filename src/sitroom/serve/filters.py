"""Query parameters shared by the event list, the aggregates, the exports and the dashboard."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import HTTPException, Query

from sitroom.store import EventFilter
from sitroom.store.review import STATUSES, ReviewFilter

MAX_PAGE = 1000
# far beyond any store's size, and within every database's 64-bit integers
MAX_OFFSET = 10_000_000


@dataclass
class EventQuery:
    flt: EventFilter
    review: ReviewFilter

    def query_string(self) -> dict[str, str]:
        """The active filters as query parameters (for links: export, next page)."""
        f, r = self.flt, self.review
        pairs = {
            "date_from": f.date_from, "date_to": f.date_to, "event_type": f.event_type,
            "sub_event_type": f.sub_event_type, "report_kind": f.report_kind, "country": f.country,
            "place": f.location_contains, "actor": f.actor, "source": f.source_contains, "q": f.text,
            "doc_id": f.doc_id, "reliability": r.reliability, "review_status": r.review_status,
            "bbox": ",".join(str(v) for v in f.bbox) if f.bbox else None,
            "include_hidden": "1" if r.include_hidden else None,
        }
        return {k: str(v) for k, v in pairs.items() if v not in (None, "")}


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if not value:
        return None
    try:
        parts = tuple(float(p) for p in value.split(","))
    except ValueError:
        parts = ()
    if len(parts) != 4 or parts[0] > parts[2] or parts[1] > parts[3]:
        raise HTTPException(status_code=422, detail="bbox must be min_lon,min_lat,max_lon,max_lat")
    return parts  # type: ignore[return-value]


def _blank(value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None


def event_query(
    date_from: Annotated[str | None, Query(description="Earliest event_date, YYYY-MM-DD")] = None,
    date_to: Annotated[str | None, Query(description="Latest event_date, YYYY-MM-DD")] = None,
    event_type: Annotated[str | None, Query(description="ACLED event type, exact")] = None,
    sub_event_type: Annotated[str | None, Query(description="ACLED sub-event type, exact")] = None,
    report_kind: Annotated[str | None, Query(description="incident or aggregate")] = None,
    country: Annotated[str | None, Query(description="Country name or ISO3 code")] = None,
    place: Annotated[str | None, Query(description="Substring of the location name")] = None,
    bbox: Annotated[str | None, Query(description="min_lon,min_lat,max_lon,max_lat")] = None,
    actor: Annotated[str | None, Query(description="Substring of any actor")] = None,
    source: Annotated[str | None, Query(description="Substring of the source")] = None,
    reliability: Annotated[str | None, Query(description="Reliability grade, exact")] = None,
    review_status: Annotated[str | None, Query(description="unreviewed, confirmed, edited, rejected, merged")] = None,
    include_hidden: Annotated[bool, Query(description="Also list rejected and merged events")] = False,
    q: Annotated[str | None, Query(description="Free text: notes, places, actors, source, evidence")] = None,
    doc_id: Annotated[str | None, Query(description="Only events of this document")] = None,
) -> EventQuery:
    """The filters of an event search; every given one must hold. A NUL character in any of
    them is refused (422): PostgreSQL cannot hold one in text and SQLite would match it
    against everything, so no database is asked."""
    texts = {"date_from": date_from, "date_to": date_to, "event_type": event_type,
             "sub_event_type": sub_event_type, "report_kind": report_kind, "country": country,
             "place": place, "bbox": bbox, "actor": actor, "source": source, "reliability": reliability,
             "review_status": review_status, "q": q, "doc_id": doc_id}
    for name, value in texts.items():
        if value and "\x00" in value:
            raise HTTPException(status_code=422, detail=f"{name}: contains a NUL character")
    if review_status and review_status not in STATUSES:
        raise HTTPException(status_code=422, detail=f"review_status must be one of {', '.join(STATUSES)}")
    if report_kind and report_kind not in ("incident", "aggregate"):
        raise HTTPException(status_code=422, detail="report_kind must be incident or aggregate")
    flt = EventFilter(
        date_from=_blank(date_from), date_to=_blank(date_to), event_type=_blank(event_type),
        sub_event_type=_blank(sub_event_type), report_kind=_blank(report_kind), country=_blank(country),
        location_contains=_blank(place), actor=_blank(actor), source_contains=_blank(source),
        text=_blank(q), bbox=parse_bbox(_blank(bbox)), doc_id=_blank(doc_id),
    )
    return EventQuery(flt, ReviewFilter(reliability=_blank(reliability),
                                        review_status=_blank(review_status), include_hidden=include_hidden))
