"""EventFilter: what analysts search events by, turned into SQL conditions."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, exists, func, or_, select

from .convert import parse_iso_date
from .schema import DocumentRow, EventRow, EvidenceRow


@dataclass
class EventFilter:
    """Every given criterion must hold. Text criteria match case-insensitively as substrings;
    country matches the name (any case) or the ISO3 code.

    bbox is (min_lon, min_lat, max_lon, max_lat), GeoJSON's order; events without coordinates
    never match a bbox. `text` searches notes, location, actors, source and evidence text.
    """

    date_from: date | str | None = None
    date_to: date | str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    report_kind: str | None = None
    country: str | None = None
    location_contains: str | None = None
    actor: str | None = None
    source_contains: str | None = None
    text: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    doc_id: str | None = None
    limit: int | None = None
    offset: int = 0
    include_withdrawn: bool = False


class Columns:
    """Where conditions() reads each field: the machine's columns by default; the review layer
    passes expressions that read the analysts' values where they exist (store/review.py)."""

    def __init__(self, overrides: dict[str, ColumnElement[Any]] | None = None) -> None:
        self._overrides = overrides or {}

    def __getattr__(self, name: str) -> ColumnElement[Any]:
        if name.startswith("_"):
            raise AttributeError(name)
        return self._overrides.get(name, getattr(EventRow, name))


def conditions(f: EventFilter, cols: Columns | None = None) -> list[ColumnElement[Any]]:
    """SQL conditions of the filter over report rows; `cols` says which value of a field counts."""
    c: Any = cols or Columns()
    out: list[ColumnElement[Any]] = []
    if not f.include_withdrawn:
        out.append(EventRow.withdrawn_at.is_(None))
    if f.date_from:
        out.append(c.event_date >= parse_iso_date(f.date_from, "date_from"))
    if f.date_to:
        out.append(c.event_date <= parse_iso_date(f.date_to, "date_to"))
    for name in ("event_type", "sub_event_type", "report_kind"):
        value = getattr(f, name)
        if value:
            out.append(getattr(c, name) == value)
    if f.country:
        out.append(or_(func.lower(c.country) == f.country.lower(), c.iso3 == f.country.upper()))
    if f.location_contains:
        out.append(c.location.icontains(f.location_contains, autoescape=True))
    if f.actor:
        out.append(or_(*(
            col.icontains(f.actor, autoescape=True)
            for col in (c.actor1, c.assoc_actor_1, c.actor2, c.assoc_actor_2)
        )))
    if f.source_contains:
        out.append(c.source.icontains(f.source_contains, autoescape=True))
    if f.text:
        in_evidence = exists().where(
            EvidenceRow.event_id == EventRow.id, EvidenceRow.text.icontains(f.text, autoescape=True),
        )
        out.append(or_(
            *(col.icontains(f.text, autoescape=True) for col in (
                c.notes, c.location, c.actor1, c.actor2,
                c.assoc_actor_1, c.assoc_actor_2, c.source,
            )),
            in_evidence,
        ))
    if f.bbox:
        min_lon, min_lat, max_lon, max_lat = f.bbox
        out.append(c.longitude.between(min_lon, max_lon))
        out.append(c.latitude.between(min_lat, max_lat))
    if f.doc_id:
        out.append(EventRow.document_id == select(DocumentRow.id).where(
            DocumentRow.doc_id == f.doc_id).scalar_subquery())
    return out
