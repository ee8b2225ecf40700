"""One record per real-world event across documents, idempotent re-ingestion, near-duplicates.

Text-based tests run the real pipeline on texts written for this file; the merge-rule tests
build EventRecords directly. Every test runs on SQLite and on PostgreSQL (db_url fixture).
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sitroom.extract.pipeline import extract_document
from sitroom.model import CountRange, Document, EventRecord
from sitroom.resolve.merge import independent_reports
from sitroom.store import EventFilter, Store

EXAMPLE = Path(__file__).resolve().parents[1] / ".." / "shared" / "examples" / "aleppo-liveblog-2016-11-29.txt"
DAY = date(2017, 3, 14)

OUTLET_A = (
    "An air strike hit a crowded vegetable market in the town of Saraqeb in Idlib province on Tuesday, "
    "killing 20 people, the White Helmets said."
)
OUTLET_B = (
    "Warplanes struck the market in Saraqeb, Idlib province, on Tuesday. The Syrian Observatory for "
    "Human Rights said 25 civilians were killed in the air strike and dozens more were wounded."
)
OUTLET_C = (
    "At least 30 people were killed when an air strike hit a market in Saraqeb on Tuesday, "
    "a local doctor told reporters. Most of the victims were traders and their customers."
)

WIRE = (
    "An air strike killed 12 people at a bus station in the town of Maarat al-Numan in Idlib province "
    "on Tuesday. The strike hit the station shortly after noon as passengers waited for minibuses to "
    "the coast. The blast flattened a two-storey building next to the ticket office, and the "
    "station's roof fell onto several parked vehicles. Most of the dead were travellers and drivers "
    "who worked at the station."
)
# the same wire story on another site: no dateline, two phrases changed, a line added
WIRE_COPY = (
    WIRE.replace("shortly after noon", "around midday").replace("two-storey", "two-story")
    + " Additional reporting by our correspondent."
)

BLOG = (
    "UPDATE 1640 GMT: Government shelling hit the town of Kafr Nabl in Idlib province, killing five "
    "people including two children, according to the civil defence.\n\n"
    "UPDATE 1310 GMT: Rebels and government forces clashed on the outskirts of Hama city on Tuesday, "
    "a monitoring group said.\n\n"
    "UPDATE 0905 GMT: A car bomb exploded near a checkpoint in the town of Azaz, killing three "
    "fighters, local activists reported.\n"
)
NEW_ENTRY = (
    "UPDATE 1815 GMT: Russian warplanes bombed the town of Khan Shaykhun in Idlib province, killing "
    "nine civilians, the White Helmets said.\n\n"
)
BLOG_V2 = NEW_ENTRY + BLOG
BLOG_CORRECTED = BLOG_V2.replace("killing three fighters", "killing four fighters")


@pytest.fixture
def store(db_url):
    s = Store.open(db_url)
    yield s
    s.close()


def ingest(store: Store, doc_id: str, text: str, publisher: str = "Example Wire", day: date = DAY):
    doc = Document(doc_id, text, publisher=publisher, pub_date=day, date_source="input")
    entries, records = extract_document(doc)
    return store.save_document(doc, entries, records), records


def only_event(store: Store, **kw) -> EventRecord:
    found = store.events(EventFilter(**kw))
    assert len(found) == 1, [(r.event_id, r.location, r.sub_event_type) for r in found]
    return found[0]


# -- text through the real pipeline -----------------------------------------------------------

def test_three_outlets_one_air_strike(store):
    for i, (text, outlet) in enumerate([(OUTLET_A, "Levant Daily"), (OUTLET_B, "Gulf Wire"),
                                        (OUTLET_C, "North Star News")]):
        ingest(store, f"outlet-{i}", text, publisher=outlet)
    event = only_event(store, sub_event_type="Air/drone strike")
    killed = event.counts["killed"]
    assert (killed.low, killed.high) == (20, 30)
    assert event.fatalities == 20
    assert event.corroboration == 3
    assert len(event.attribution["sources"]) == 3
    assert event.reliability == "corroborated"
    assert {"Levant Daily", "Gulf Wire", "North Star News"} <= set(event.source.split("; "))
    # every report's evidence is kept, the other documents' with their doc_id
    assert {r["doc_id"] for r in event.extra["reports"]} == {"outlet-0", "outlet-1", "outlet-2"}
    assert event.evidence and event.doc_id == "outlet-0"
    others = event.extra["merged_evidence"]
    assert {e["doc_id"] for e in others} == {"outlet-1", "outlet-2"}
    texts = {"outlet-1": OUTLET_B, "outlet-2": OUTLET_C}
    assert all(texts[e["doc_id"]][e["start"]:e["end"]] == e["text"] for e in others)
    # the raw per-document reports stay available, and any report id finds the event
    reports = store.reports(event.event_id)
    assert [r.doc_id for r in reports] == ["outlet-0", "outlet-1", "outlet-2"]
    assert [r.counts["killed"].low for r in reports] == [20, 25, 30]
    assert store.event(reports[2].event_id).event_id == event.event_id
    assert store.count_events(EventFilter(sub_event_type="Air/drone strike")) == 1


def test_two_strikes_same_day_different_neighbourhoods_stay_two(store):
    ingest(store, "nb-1", "An air strike hit the Sheikh Maqsoud district of Aleppo on Tuesday, killing six "
                          "people, the Kurdish Red Crescent said.", publisher="Levant Daily")
    ingest(store, "nb-2", "Warplanes bombed the Jdeideh neighbourhood of Aleppo on Tuesday, killing four "
                          "residents, a local monitor said.", publisher="Gulf Wire")
    strikes = store.events(EventFilter(sub_event_type="Air/drone strike"))
    assert len(strikes) == 2
    assert sorted(r.fatalities for r in strikes) == [4, 6]
    assert all(r.corroboration == 1 for r in strikes)


def test_same_document_twice_changes_nothing(store):
    first, _ = ingest(store, "outlet-0", OUTLET_A)
    ingest(store, "outlet-1", OUTLET_B, publisher="Gulf Wire")
    before = {r.event_id: r.to_dict() for r in store.events()}
    again, _ = ingest(store, "outlet-0", OUTLET_A)
    assert first.status == "inserted" and again.status == "unchanged"
    assert store.count_events() == len(before)
    assert {r.event_id: r.to_dict() for r in store.events()} == before


def test_live_blog_new_update_adds_only_its_events(store):
    first, v1 = ingest(store, "blog", BLOG)
    assert first.events_added == len(v1) >= 3
    ids_v1 = {r.event_id for r in store.events()}
    result, v2 = ingest(store, "blog", BLOG_V2)
    new = {r.event_id for r in v2} - {r.event_id for r in v1}
    assert result.status == "updated"
    assert (result.events_added, result.events_removed) == (len(new), 0) and new
    ids_v2 = {r.event_id for r in store.events()}
    assert ids_v1 < ids_v2 and ids_v2 - ids_v1 == new
    # the added events are the new entry's: their evidence lies inside it
    for rec in v2:
        if rec.event_id in new:
            assert all(e.end <= len(NEW_ENTRY) for e in rec.evidence)
    # a correction to one entry replaces only that entry's event; the others keep their ids
    fixed, v3 = ingest(store, "blog", BLOG_CORRECTED)
    changed = {r.event_id for r in v2} - {r.event_id for r in v3}
    assert len(changed) == 1
    assert fixed.events_removed == 1 and fixed.events_added == 1
    assert ids_v2 - changed <= {r.event_id for r in store.events()}
    assert store.count_events() == len(ids_v2)


def test_analyst_edit_survives_reingest(store):
    _, v1 = ingest(store, "blog", BLOG)
    shelling = next(r for r in v1 if "Kafr Nabl" in r.location or r.sub_event_type.startswith("Shelling"))
    store.record_edit(shelling.event_id, "fatalities", 6, "analyst@example.org")
    ingest(store, "blog", BLOG_V2)
    ingest(store, "blog", BLOG_V2)
    edited = store.event(shelling.event_id, apply_edits=True)
    assert edited.fatalities == 6 and edited.extra["edited_fields"] == ["fatalities"]
    assert store.event(shelling.event_id).fatalities == shelling.fatalities  # machine value kept
    [edit] = store.edits(shelling.event_id)
    assert (edit.machine_value, edit.analyst_value) == (shelling.fatalities, 6)


def test_near_duplicate_wire_story_is_one_source(store):
    first, _ = ingest(store, "site-a", WIRE, publisher="Levant Daily")
    copy, _ = ingest(store, "site-b", WIRE_COPY, publisher="Gulf Wire")
    other, _ = ingest(store, "site-c", OUTLET_A, publisher="Levant Daily")
    assert first.near_duplicate_of is None and other.near_duplicate_of is None
    assert copy.near_duplicate_of == "site-a"
    assert "near-duplicate of site-a" in str(copy)
    assert store.near_duplicate_of("site-b") == "site-a" and store.near_duplicate_of("site-a") is None
    strike = only_event(store, location_contains="Maarat")
    assert {r["doc_id"] for r in strike.extra["reports"]} == {"site-a", "site-b"}
    assert strike.corroboration == 1 and strike.reliability == "single source"
    # both outlets are still listed
    assert {"Levant Daily", "Gulf Wire"} <= set(strike.source.split("; "))


def test_independent_report_still_corroborates_a_copied_story(store):
    ingest(store, "site-a", WIRE, publisher="Levant Daily")
    ingest(store, "site-b", WIRE_COPY, publisher="Gulf Wire")
    ingest(store, "site-c", "Civil defence workers said 14 people died when warplanes bombed the bus station "
                            "in Maarat al-Numan on Tuesday.", publisher="North Star News")
    strike = only_event(store, location_contains="Maarat")
    assert len(strike.extra["reports"]) == 3
    assert strike.corroboration == 2


@pytest.mark.skipif(not EXAMPLE.exists(), reason="shared example live blog not present")
def test_example_live_blog_twice_leaves_count_unchanged(store):
    text = EXAMPLE.read_text(encoding="utf-8")
    ingest(store, "aleppo-liveblog", text, publisher="EA WorldView", day=date(2016, 11, 29))
    count = store.count_events()
    assert count > 0
    again, _ = ingest(store, "aleppo-liveblog", text, publisher="EA WorldView", day=date(2016, 11, 29))
    assert again.status == "unchanged"
    assert store.count_events() == count


# -- merge rules with records built directly --------------------------------------------------

def strike(doc_id: str, event_id: str, killed: int, source: str, *, location: str = "Saraqib",
           lat: float | None = 35.8636, lon: float | None = 36.8006, day: str = "2017-03-14",
           precision: int = 2, sub: str = "Air/drone strike",
           etype: str = "Explosions/Remote violence") -> EventRecord:
    return EventRecord(
        event_id=event_id, doc_id=doc_id, event_date=day, date_start=day, date_end=day, time_precision=1,
        disorder_type="Political violence", event_type=etype, sub_event_type=sub,
        actor1="Military Forces of Russia (2000-)", country="Syria", iso3="SYR", admin1="Idlib",
        location=location, latitude=lat, longitude=lon, geo_precision=precision, fatalities=killed,
        counts={"killed": CountRange(killed, killed, killed)}, source=f"{source}; Wire",
        attribution={"sources": [source], "hedged": False}, confidence=0.8,
    )


def save(store: Store, doc_id: str, *records: EventRecord, text: str | None = None):
    doc = Document(doc_id, text or f"Report {doc_id}: " + " ".join(r.event_id for r in records))
    return store.save_document(doc, [], list(records))


def cluster_of(store: Store, event_id: str) -> str:
    return store.event(event_id).event_id


def test_cluster_id_outlives_its_founding_report(store):
    save(store, "a", strike("a", "ev-a", 10, "Rescuers"))
    save(store, "b", strike("b", "ev-b", 12, "Monitor"))
    save(store, "c", strike("c", "ev-c", 11, "Doctor"))
    assert {cluster_of(store, i) for i in ("ev-a", "ev-b", "ev-c")} == {"ev-a"}
    # document a is corrected: its report now places the strike elsewhere and leaves the cluster
    moved = strike("a", "ev-a", 10, "Rescuers", location="Kafr Nabl", lat=35.6131, lon=36.5611)
    result = save(store, "a", moved, text="corrected")
    assert result.events_joined == 0
    assert cluster_of(store, "ev-b") == cluster_of(store, "ev-c") == "ev-a"  # stable for the others
    # the id "ev-a" now names the event of b and c; a's report gets a numbered id of its own
    assert store.event("ev-a~2").location == "Kafr Nabl"
    assert [r.event_id for r in store.reports("ev-a~2")] == ["ev-a"]
    assert store.count_events() == 2
    merged = store.event("ev-b")
    assert merged.event_id == "ev-a" and merged.corroboration == 2
    assert {r.event_id for r in store.reports("ev-a")} == {"ev-b", "ev-c"}
    # document a drops the event entirely: the cluster keeps its id too
    save(store, "a", text="nothing here now")
    assert cluster_of(store, "ev-b") == "ev-a" and store.count_events() == 1


def test_resaving_reevaluates_membership_and_keeps_others(store):
    save(store, "a", strike("a", "ev-a", 10, "Rescuers"))
    save(store, "b", strike("b", "ev-b", 12, "Monitor", location="Kafr Nabl", lat=35.6131, lon=36.5611))
    assert store.count_events() == 2
    # b is corrected to the same place as a: it joins a's event
    result = save(store, "b", strike("b", "ev-b", 12, "Monitor"), text="b corrected")
    assert result.events_joined == 1 and store.count_events() == 1
    event = store.event("ev-a")
    assert (event.counts["killed"].low, event.counts["killed"].high, event.fatalities) == (10, 12, 10)


def test_one_report_per_document_in_an_event(store):
    # a city-level report could match either neighbourhood report of one document; that document
    # said they are two events, so the other document joins only one of them
    city = strike("x", "ev-city", 9, "Monitor", location="Aleppo", lat=36.2167, lon=37.1667, precision=2)
    save(store, "x", city)
    one = strike("y", "ev-y1", 5, "Rescuers", location="Aleppo - Al-Jdayde", lat=36.2069, lon=37.1568, precision=1)
    two = strike("y", "ev-y2", 4, "Rescuers", location="Aleppo - Sheikh Maqsoud", lat=36.2361, lon=37.1517,
                 precision=1)
    save(store, "y", one, two)
    assert store.count_events() == 2
    assert sorted(len(store.reports(e.event_id)) for e in store.events()) == [1, 2]


def test_different_days_types_and_kinds_stay_apart(store):
    save(store, "a", strike("a", "ev-a", 10, "Rescuers"))
    save(store, "b", strike("b", "ev-b", 10, "Monitor", day="2017-03-17"))
    save(store, "c", strike("c", "ev-c", 10, "Doctor", sub="Peaceful protest", etype="Protests"))
    tally = strike("d", "ev-d", 10, "Ministry")
    tally.report_kind = "aggregate"
    save(store, "d", tally)
    assert store.count_events() == 4


def test_filters_match_any_report_and_paging_counts_events(store):
    save(store, "a", strike("a", "ev-a", 10, "Rescuers"), strike("a", "ev-a2", 2, "Police", day="2017-03-01"))
    save(store, "b", strike("b", "ev-b", 12, "Syrian Observatory"))
    save(store, "c", strike("c", "ev-c", 3, "Doctor", day="2017-03-20"))
    assert store.count_events() == 3
    assert [r.event_id for r in store.events()] == ["ev-a2", "ev-a", "ev-c"]
    assert [r.event_id for r in store.events(EventFilter(limit=1, offset=1))] == ["ev-a"]
    # only b's report names the Observatory, yet the whole event comes back
    found = store.events(EventFilter(source_contains="observatory"))
    assert [r.event_id for r in found] == ["ev-a"] and found[0].corroboration == 2
    assert store.count_events(EventFilter(doc_id="b")) == 1
    assert [r.event_id for r in store.events(EventFilter(doc_id="b"))] == ["ev-a"]


def test_edit_on_a_merged_event(store):
    save(store, "a", strike("a", "ev-a", 10, "Rescuers"))
    save(store, "b", strike("b", "ev-b", 12, "Monitor"))
    edit = store.record_edit("ev-a", "fatalities", 11, "analyst")
    assert edit.machine_value == 10
    save(store, "b", strike("b", "ev-b", 13, "Monitor"), text="b updated")
    event = store.event("ev-a", apply_edits=True)
    assert event.fatalities == 11 and event.counts["killed"].high == 13
    assert [e.analyst_value for e in store.edits("ev-b")] == [11]


def test_copies_count_once_in_merge_rules():
    reports = [
        {"doc_id": "a", "sources": ["Levant Daily"], "source": "Levant Daily"},
        {"doc_id": "b", "sources": ["Gulf Wire"], "source": "Gulf Wire", "duplicate_of": "a"},
        {"doc_id": "c", "sources": ["Sky"], "source": "Sky", "duplicate_of": "z"},
        {"doc_id": "d", "sources": ["Sea"], "source": "Sea", "duplicate_of": "z"},
    ]
    assert [r["doc_id"] for r in independent_reports(reports)] == ["a", "c"]
