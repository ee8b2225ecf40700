"""One record per real-world event: merge reports of the same event and grade their reliability.

Two records describe the same event when they are the same kind of report, of a compatible type
family, on overlapping dates (within a day), at the same place (or a few km apart) and with
compatible actors. A merged record keeps every report (source, counts, hedging) in
`extra["reports"]`, so counts are re-derived as a range over the reports, never summed, and
`fatalities` stays ACLED's lowest credible figure.

A report may say `duplicate_of` (the doc_id of an earlier document it nearly copies, e.g. the
same wire story on another site): it is listed with the others but is not an independent source
while the document it copies is among the reports.
"""
from __future__ import annotations

import math
import statistics
from collections.abc import Iterable
from datetime import date, timedelta

from sitroom.model import CountRange, EventRecord

DATE_SLACK_DAYS = 1
SAME_PLACE_KM = 5.0
# remote violence and ground fighting on the same day and place are one Battles event (codebook)
COMPATIBLE_TYPES = {frozenset({"Battles", "Explosions/Remote violence"})}
GRADES = ("single source", "corroborated", "hedged claim only", "contested")


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


def _day_range(rec: EventRecord) -> tuple[date, date] | None:
    first = rec.date_start or rec.event_date
    last = rec.date_end or rec.event_date
    if not first or not last:
        return None
    return date.fromisoformat(first), date.fromisoformat(last)


def _known(name: str) -> bool:
    return bool(name) and not name.startswith("Unidentified")


def _types_compatible(a: EventRecord, b: EventRecord) -> bool:
    """The same sub-event type; or a strike and a battle by the same named actor (one Battles event)."""
    if a.sub_event_type == b.sub_event_type:
        return True
    if a.event_type == b.event_type == "Non-conflict":
        return False
    pair = frozenset({a.event_type, b.event_type})
    related = a.event_type == b.event_type or pair in COMPATIBLE_TYPES
    return related and _known(a.actor1) and a.actor1 == b.actor1


def _written_day(rec: EventRecord) -> bool:
    """The text wrote the event's own day (not only the report's day, nor the day a source spoke)."""
    return bool(rec.date_start) and "date_from" not in rec.extra and not rec.extra.get("reporting_day")


def _dates_compatible(a: EventRecord, b: EventRecord) -> bool:
    ra, rb = _day_range(a), _day_range(b)
    if ra is None or rb is None:
        return ra is None and rb is None and a.doc_id == b.doc_id
    # a day's slack absorbs two outlets' reckonings of one event; one text that writes two
    # different days for two mentions ("attacked on the 24th ... clashes last night") tells two
    slack = 0 if a.doc_id == b.doc_id and _written_day(a) and _written_day(b) else DATE_SLACK_DAYS
    return (ra[0] - rb[1]).days <= slack and (rb[0] - ra[1]).days <= slack


def _norm_place(name: str) -> str:
    return " ".join(name.lower().replace("-", " ").split())


def _names_compatible(a: str, b: str) -> bool:
    """Equal names, or a city and a neighbourhood of it ("Aleppo" / "Aleppo - Al-Shaar")."""
    na, nb = _norm_place(a), _norm_place(b)
    if na == nb:
        return True
    if " - " in a or " - " in b:
        city_a, city_b = a.split(" - ")[0], b.split(" - ")[0]
        return (" - " not in a and _norm_place(city_b) == na) or (" - " not in b and _norm_place(city_a) == nb)
    return False


def _places_compatible(a: EventRecord, b: EventRecord) -> bool:
    if a.location and b.location:
        # one writer names one place the same way; a city-level report may match a neighbourhood
        # only across documents, where another outlet was less precise
        same_doc = a.doc_id == b.doc_id
        if same_doc and _norm_place(a.location) != _norm_place(b.location):
            return False
        if not _names_compatible(a.location, b.location):
            return False
    if a.latitude is not None and b.latitude is not None and a.longitude is not None and b.longitude is not None:
        if haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) > SAME_PLACE_KM:
            return False
        # two named neighbourhoods of one city are different places even when their points are close
        if (a.geo_precision == 1 and b.geo_precision == 1 and a.location and b.location
                and _norm_place(a.location) != _norm_place(b.location)):
            return False
        return True
    if a.location and b.location:
        return _norm_place(a.location) == _norm_place(b.location)
    return not a.location and not b.location and a.doc_id == b.doc_id


def _actors_compatible(a: EventRecord, b: EventRecord) -> bool:
    if _known(a.actor1) and _known(b.actor1) and a.actor1 != b.actor1:
        sides_a = {a.actor1, *filter(None, a.assoc_actor_1.split("; "))}
        sides_b = {b.actor1, *filter(None, b.assoc_actor_1.split("; "))}
        return bool(sides_a & sides_b)
    return True


def same_event(a: EventRecord, b: EventRecord) -> bool:
    """The codebook's test: same kind of event, same place, same day(s), same actors."""
    if a.report_kind == "aggregate" and a.doc_id == b.doc_id and a.sub_event_type != b.sub_event_type \
            and a.counts != b.counts:
        return False  # one statement's tally of killings and its tally of disappearances
    return (
        a.report_kind == b.report_kind
        and _types_compatible(a, b)
        and _dates_compatible(a, b)
        and _places_compatible(a, b)
        and _actors_compatible(a, b)
    )


def report_of(rec: EventRecord) -> dict:
    """What one report said, kept so merged figures can always be recomputed."""
    return {
        "doc_id": rec.doc_id,
        "event_id": rec.event_id,
        "sources": list(rec.attribution.get("sources") or []),
        "source": rec.source,
        "hedged": bool(rec.attribution.get("hedged")),
        "counts": {k: v.to_dict() for k, v in rec.counts.items()},
        "sub_event_type": rec.sub_event_type,
    }


def reports_of(rec: EventRecord) -> list[dict]:
    return rec.extra.get("reports") or [report_of(rec)]


def merge_into(target: EventRecord, other: EventRecord) -> EventRecord:
    """Fold `other` into `target` (whose event_id is kept): evidence, sources and figures."""
    reports = reports_of(target)
    seen = {(r["doc_id"], r["event_id"]) for r in reports}
    for rep in reports_of(other):
        if (rep["doc_id"], rep["event_id"]) not in seen:
            reports.append(rep)
            seen.add((rep["doc_id"], rep["event_id"]))
    target.extra["reports"] = reports
    if other.doc_id != target.doc_id:
        target.extra.setdefault("merged_evidence", []).extend(
            {"doc_id": other.doc_id, "event_id": other.event_id,
             **{"field": e.field, "start": e.start, "end": e.end, "text": e.text}}
            for e in other.evidence
        )
    else:
        for ev in other.evidence:
            target.add_evidence_item(ev)
    for name in ("location", "country", "iso3", "admin1", "admin2", "actor1", "assoc_actor_1", "actor2",
                 "assoc_actor_2", "inter1", "inter2", "civilian_targeting"):
        if not getattr(target, name) and getattr(other, name):
            setattr(target, name, getattr(other, name))
    if target.latitude is None and other.latitude is not None:
        target.latitude, target.longitude, target.geo_precision = other.latitude, other.longitude, other.geo_precision
    elif (other.geo_precision or 9) < (target.geo_precision or 9) and other.latitude is not None:
        target.latitude, target.longitude, target.geo_precision = other.latitude, other.longitude, other.geo_precision
        target.location = other.location or target.location
    if target.event_type != other.event_type and "Battles" in (target.event_type, other.event_type):
        battle = target if target.event_type == "Battles" else other
        target.event_type, target.sub_event_type = battle.event_type, battle.sub_event_type
        target.disorder_type = battle.disorder_type
    target.confidence = max(target.confidence, other.confidence)
    recompute_from_reports(target)
    return target


def recompute_from_reports(rec: EventRecord) -> None:
    """Counts as low/best/high over the reports, conservative fatalities, sources, grade."""
    reports = reports_of(rec)
    categories = sorted({c for r in reports for c in r["counts"]})
    counts: dict[str, CountRange] = {}
    for cat in categories:
        values = [r["counts"][cat] for r in reports if cat in r["counts"]]
        lows = [v["low"] for v in values if v.get("low") is not None]
        bests = [v["best"] for v in values if v.get("best") is not None]
        highs = [v["high"] for v in values if v.get("high") is not None] + bests
        counts[cat] = CountRange(
            min(lows) if lows else None,
            int(statistics.median(bests)) if bests else None,
            max(highs) if highs else None,
        )
    rec.counts = counts
    killed = counts.get("killed")
    rec.fatalities = int(killed.low if killed and killed.low is not None else (killed.best or 0) if killed else 0)
    names: list[str] = []
    for r in reports:
        for s in r["sources"] or ([r["source"]] if r["source"] else []):
            if s and s not in names:
                names.append(s)
    rec.attribution["sources"] = names
    rec.attribution["hedged"] = all(r["hedged"] for r in reports)
    publishers = [r["source"].split("; ")[-1] for r in reports if r["source"]]
    parts = list(names) + [p for p in publishers if p not in names]
    rec.source = "; ".join(dict.fromkeys(parts))
    rec.corroboration = max(1, len(independent_names(reports)))
    rec.reliability = grade(reports)
    if len(reports) > 1:
        rec.extra["reports"] = reports


def grade(reports: list[dict]) -> str:
    """Airwars-style grade: contested > hedged claim only > corroborated > single source."""
    killed = [r["counts"]["killed"] for r in reports if "killed" in r["counts"]]
    if len(killed) >= 2:
        lows = [k["low"] for k in killed if k.get("low") is not None]
        if lows and min(lows) > 0 and max(lows) > 2 * min(lows):
            return "contested"
    if len({r["sub_event_type"] for r in reports}) > 1 and len(reports) > 1:
        families = {r["sub_event_type"] for r in reports}
        if len(families) > 2:
            return "contested"
    if all(r["hedged"] for r in reports):
        return "hedged claim only"
    return "corroborated" if len(independent_names(reports)) >= 2 else "single source"


def independent_reports(reports: list[dict]) -> list[dict]:
    """The reports that count as independent: a near-duplicate of a document that is itself among
    the reports adds nothing (one wire story is one source); of several copies of a document that
    is absent, the first counts."""
    docs = {r["doc_id"] for r in reports if not r.get("duplicate_of")}
    roots: set[str] = set()
    out = []
    for r in reports:
        root = r.get("duplicate_of")
        if root:
            if root in docs or root in roots:
                continue
            roots.add(root)
        out.append(r)
    return out


def independent_names(reports: list[dict]) -> set[str]:
    """Distinct source names (case-insensitive) of the independent reports."""
    return {s.lower() for r in independent_reports(reports) for s in (r["sources"] or [r["source"]]) if s}


def merge_records(records: Iterable[EventRecord]) -> list[EventRecord]:
    """Merge a batch in order: each record joins the first earlier record of the same event.

    Candidates are found through a (day, coarse cell) index, so the cost grows with the number
    of records, not with its square.
    """
    index: dict[tuple, list[EventRecord]] = {}
    out: list[EventRecord] = []
    for rec in records:
        match = None
        for key in candidate_keys(rec):
            for cand in index.get(key, []):
                if cand is not rec and same_event(cand, rec):
                    match = cand
                    break
            if match:
                break
        if match is not None:
            merge_into(match, rec)
            continue
        recompute_from_reports(rec)
        out.append(rec)
        for key in index_keys(rec):
            index.setdefault(key, []).append(rec)
    return out


CELL_DEG = 0.1  # about 11 km: a neighbour cell always holds any point within SAME_PLACE_KM


def _cells(rec: EventRecord, neighbours: bool) -> list[tuple]:
    if rec.latitude is None or rec.longitude is None:
        return [("name", _norm_place(rec.location))]
    cx, cy = math.floor(rec.latitude / CELL_DEG), math.floor(rec.longitude / CELL_DEG)
    if not neighbours:
        return [(cx, cy)]
    return [(cx + dx, cy + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1)]


def _days(rec: EventRecord, slack: int) -> list[str]:
    rng = _day_range(rec)
    if rng is None:
        return ["nodate:" + rec.doc_id]
    try:
        first, last = rng[0] - timedelta(days=slack), rng[1] + timedelta(days=slack)
    except OverflowError:  # dates at the ends of the calendar
        first, last = rng
    span = min((last - first).days, 62)
    return [(first + timedelta(days=i)).isoformat() for i in range(span + 1)]


def index_keys(rec: EventRecord) -> list[tuple]:
    return [(rec.report_kind, d, c) for d in _days(rec, 0) for c in _cells(rec, neighbours=False)]


def candidate_keys(rec: EventRecord) -> list[tuple]:
    return [(rec.report_kind, d, c) for d in _days(rec, DATE_SLACK_DAYS) for c in _cells(rec, neighbours=True)]
