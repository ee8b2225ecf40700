"""Assemble an EventRecord from a sentence mention, keeping the evidence of every field.

Kept apart from the pipeline so that the rules for combining reports (counts as ranges,
ACLED's conservative fatalities, sources listed once) live in one place.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from sitroom.extract.counts import GENERIC_VICTIMS, MAX_PLAUSIBLE_COUNT, CountMention, figures_over_vague, is_plausible
from sitroom.extract.notes import generate_notes
from sitroom.model import CountRange, EventRecord, stable_event_id
from sitroom.resolve.country_names import event_country

if TYPE_CHECKING:  # pragma: no cover
    from sitroom.extract.pipeline import Mention


def entry_key(mention: "Mention") -> str:
    """Identifies the entry by its marker, not its position, so ids survive new updates on top."""
    entry = mention.entry
    return entry.timestamp or entry.heading or entry.kind


def build_record(mention: "Mention") -> EventRecord:
    doc = mention.doc
    label = mention.label
    record = EventRecord(
        event_id=stable_event_id(doc.doc_id, entry_key(mention), mention.sentence_text.strip()),
        doc_id=doc.doc_id,
        report_kind="aggregate" if mention.aggregate else "incident",
        disorder_type=label.disorder_type,
        event_type=label.event_type,
        sub_event_type=label.sub_event_type,
        confidence=round(float(label.confidence), 3),
    )
    text = doc.text
    # the whole sentence the event was read from, so a reviewer sees the context of every field
    record.add_evidence("event", text, mention.sentence_start, mention.sentence_end)
    if label.trigger_start is not None and label.trigger_end is not None:
        start = mention.sentence_start + label.trigger_start
        record.add_evidence("sub_event_type", text, start, mention.sentence_start + label.trigger_end)
    else:
        record.add_evidence("sub_event_type", text, mention.sentence_start, mention.sentence_end)
    if mention.aggregate:
        record.extra["aggregate_reason"] = mention.aggregate_reason
    _apply_date(record, mention)
    _apply_place(record, mention)
    _apply_actors(record, mention)
    _apply_counts(record, mention.counts, text)
    _apply_attribution(record, mention)
    record.extra["sentences"] = [[mention.sentence_start, mention.sentence_end]]
    record.extra["entry"] = mention.entry.index
    record.confidence = _confidence(record, label.confidence)
    record.notes = generate_notes(record)
    return record


def merge_mention_into(record: EventRecord, mention: "Mention") -> None:
    """A later sentence about the same event adds counts, place, actors and sources it lacked."""
    text = mention.doc.text
    record.add_evidence("event", text, mention.sentence_start, mention.sentence_end)
    if mention.date is not None and (not record.date_start or (
            "date_from" in record.extra and _own_day(mention))):
        # the first day the text itself gives the event beats the report's own day
        _apply_date(record, mention)
    if not record.location and mention.place is not None:
        _apply_place(record, mention)
    if mention.actors is not None and _better_actors(record, mention.actors):
        _apply_actors(record, mention)
    elif mention.actors is not None and not record.actor2 and mention.actors.actor2 \
            and mention.actors.actor2 != record.actor1:
        _apply_victims(record, mention)
    _apply_counts(record, mention.counts, text)
    _apply_attribution(record, mention)
    record.extra.setdefault("sentences", []).append([mention.sentence_start, mention.sentence_end])
    record.notes = generate_notes(record)


def _own_day(mention: "Mention") -> bool:
    """The mention's day is written in its own sentence (not carried from another, nor the report's)."""
    res = mention.date
    return res is not None and res.kind != "anchor" and res.start is not None \
        and mention.sentence_start <= res.start < mention.sentence_end


def _apply_date(record: EventRecord, mention: "Mention") -> None:
    res = mention.date
    if res is not None:
        record.date_start = res.date_start.isoformat()
        record.date_end = res.date_end.isoformat()
        record.event_date = res.event_date.isoformat()
        record.time_precision = res.time_precision
        if res.start is not None and res.end is not None:
            record.add_evidence("event_date", mention.doc.text, res.start, res.end)
        add_value_note(record, res.note)
        if res.kind == "anchor":
            # only the day it was reported: an explicit day of the event told elsewhere wins
            record.extra["date_from"] = "entry date" if mention.entry.entry_date else "document date"
        else:
            record.extra.pop("date_from", None)
    elif mention.anchor is not None:
        # no date words: the event is reported as of the entry's (or document's) date
        day = mention.anchor.isoformat()
        record.date_start = record.date_end = record.event_date = day
        record.time_precision = 1
        record.extra["date_from"] = "entry date" if mention.entry.entry_date else "document date"
    else:
        record.extra["date_from"] = "unknown: no date in the text and no document date"


def _apply_place(record: EventRecord, mention: "Mention") -> None:
    apply_place(record, mention.place, mention.doc.text)


def apply_place(record: EventRecord, place, text: str) -> None:
    """Fill the location fields from a geocoded place, with the place words as evidence."""
    if place is None:
        return
    record.location = place.location
    record.country = event_country(place.country)
    record.iso3 = place.iso3
    record.admin1 = place.admin1
    record.admin2 = place.admin2
    record.latitude = place.latitude
    record.longitude = place.longitude
    record.geo_precision = place.geo_precision
    # the gazetteer kind tells coreference which of two mentions names the finer place
    record.extra["place_kind"] = place.kind or ""
    record.extra.pop("place_unresolved", None)
    record.extra.pop("placed_within", None)
    if not place.resolved:
        # the name is kept and flagged; when the text puts it inside a known area ("Karki village in
        # Hasakah province") the record sits at that area's point with the area's coarser precision
        record.extra["place_unresolved"] = place.text
        within = place.within
        if within is not None and within.latitude is not None:
            record.latitude, record.longitude = within.latitude, within.longitude
            record.geo_precision = max(within.geo_precision or 3, 2)
            record.admin1 = record.admin1 or within.admin1
            record.country = record.country or event_country(within.country)
            record.iso3 = record.iso3 or within.iso3
            record.extra["placed_within"] = within.location
    if place.start is not None and place.end is not None and place.end > place.start:
        record.add_evidence("location", text, place.start, place.end)


def fill_focus_place(records: list[EventRecord], place) -> None:
    """A record that no sentence placed sits in the document's focus country (`place`, country level)
    rather than in no country at all; flagged so that a reviewer sees the place is inferred."""
    if place is None:
        return
    for record in records:
        if record.country or record.location:
            continue
        apply_place(record, place, "")
        record.extra["place_from"] = "document focus"
        record.notes = generate_notes(record)


def _better_actors(record: EventRecord, actors) -> bool:
    """A later sentence that names the actor replaces one the coding rules only inferred."""
    inferred = set(record.extra.get("inferred_fields", []))
    if not actors.actor1 or "actor1" in set(getattr(actors, "inferred", []) or []):
        return False
    return not record.actor1 or "actor1" in inferred


def _apply_actors(record: EventRecord, mention: "Mention") -> None:
    actors = mention.actors
    if actors is None:
        return
    record.extra["inferred_fields"] = list(getattr(actors, "inferred", []) or [])
    for name in ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "inter1", "inter2", "civilian_targeting"):
        setattr(record, name, getattr(actors, name) or "")
    for field_name, spans in (actors.mentions or {}).items():
        for m in spans:
            record.add_evidence(field_name, mention.doc.text, m.start, m.end)


def sentence_ranges(counts: list[CountMention]) -> dict[str, CountRange]:
    """One range per category for the figures of one sentence: figures for distinct groups add up
    ("a woman and her two daughters" is 3), figures for the same group are alternatives, and a
    general total is kept when a breakdown would lower it (as counts.fatalities_from does)."""
    out: dict[str, CountRange] = {}
    for category in {c.category for c in counts}:
        mentions = figures_over_vague([c for c in counts if c.category == category])
        generic: CountRange | None = None
        groups: dict[str, CountRange] = {}
        for c in mentions:
            rng = CountRange(c.low, c.best, c.high)
            if c.victim in GENERIC_VICTIMS:
                generic = rng if generic is None else combine_ranges(generic, rng)
            else:
                groups[c.victim] = rng if c.victim not in groups else combine_ranges(groups[c.victim], rng)
        summed = _sum_ranges(list(groups.values())) if groups else None
        if generic is None or summed is not None and (summed.low or 0) > (generic.low or 0):
            out[category] = summed if summed is not None else generic
        else:
            out[category] = generic
    return out


def _sum_ranges(ranges: list[CountRange]) -> CountRange:
    def total(values):
        return None if any(v is None for v in values) else sum(values)
    lows = [r.low if r.low is not None else r.best for r in ranges]
    bests = [r.best if r.best is not None else r.low for r in ranges]
    highs = [r.high for r in ranges]
    return CountRange(total(lows), total(bests), total(highs))


def _apply_victims(record: EventRecord, mention: "Mention") -> None:
    """A later sentence that names who suffered ("One civilian was killed") fills actor2."""
    actors = mention.actors
    record.actor2, record.inter2 = actors.actor2, actors.inter2
    record.assoc_actor_2 = record.assoc_actor_2 or actors.assoc_actor_2
    record.civilian_targeting = record.civilian_targeting or actors.civilian_targeting
    for m in (actors.mentions or {}).get("actor2", []):
        record.add_evidence("actor2", mention.doc.text, m.start, m.end)


def add_value_note(record: EventRecord, note: str) -> None:
    """A value read from the text but not used (a date after the document's, an impossible count)."""
    notes = record.extra.setdefault("value_notes", [])
    if note and note not in notes:
        notes.append(note)


def _apply_counts(record: EventRecord, counts: list[CountMention], text: str) -> None:
    for c in counts:
        if not is_plausible(c):
            add_value_note(record, f"count {c.text!r} (above {MAX_PLAUSIBLE_COUNT:,})")
    counts = [c for c in counts if is_plausible(c)]
    # a figure beats a vague word for the same victims ("many killed" ... "19 civilians were
    # killed"): "many" is no credible lowest figure once the text gives a number
    vague = set(record.extra.get("vague_counts", []))
    for category, rng in sentence_ranges(counts).items():
        current = record.counts.get(category)
        only_vague = all(c.qualifier == "vague" for c in counts if c.category == category)
        if current is None or (category in vague and not only_vague):
            record.counts[category] = rng
            vague.discard(category)
            if only_vague:
                vague.add(category)
        elif only_vague and category not in vague:
            continue
        else:
            record.counts[category] = combine_ranges(current, rng)
    record.extra["vague_counts"] = sorted(vague)
    for c in counts:
        record.add_evidence(f"counts.{c.category}", text, c.start, c.end)
        if c.category == "killed":
            record.add_evidence("fatalities", text, c.start, c.end)
    killed = record.counts.get("killed")
    record.fatalities = conservative_fatalities(killed)


def combine_ranges(a: CountRange, b: CountRange) -> CountRange:
    """Two reports of one figure: the range spans both, the best is the higher credible best."""
    lows = [v for v in (a.low, b.low) if v is not None]
    highs = [v for v in (a.high, b.high, a.best, b.best) if v is not None]
    bests = [v for v in (a.best, b.best) if v is not None]
    return CountRange(min(lows) if lows else None, max(bests) if bests else None, max(highs) if highs else None)


def conservative_fatalities(killed: CountRange | None) -> int:
    """ACLED codes the lowest credible figure."""
    if killed is None:
        return 0
    for value in (killed.low, killed.best, killed.high):
        if value is not None:
            return int(value)
    return 0


def _apply_attribution(record: EventRecord, mention: "Mention") -> None:
    attr = mention.attribution
    names = list(record.attribution.get("sources", []))
    if attr is not None:
        for s in attr.sources:
            if s.name not in names:
                names.append(s.name)
            record.add_evidence("source", mention.doc.text, s.start, s.end)
        if attr.hedged:
            record.attribution["hedged"] = True
            if attr.hedge_start is not None and attr.hedge_end is not None:
                record.add_evidence("attribution.hedged", mention.doc.text, attr.hedge_start, attr.hedge_end)
    record.attribution["sources"] = names
    publisher = mention.doc.publisher
    parts = names + ([publisher] if publisher and publisher not in names else [])
    record.source = "; ".join(parts)


def _confidence(record: EventRecord, label_confidence: float) -> float:
    """Typing confidence, discounted for each core field we could not fill."""
    score = float(label_confidence)
    if record.latitude is None:
        score *= 0.85
    if not record.date_start:
        score *= 0.85
    if not record.actor1:
        score *= 0.9
    if record.attribution.get("hedged"):
        score *= 0.9
    return round(max(0.0, min(1.0, score)), 3)
