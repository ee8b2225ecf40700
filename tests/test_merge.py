"""One record per real-world event: reports of one strike merge, distinct strikes stay apart."""
from __future__ import annotations

from sitroom.model import CountRange, EventRecord
from sitroom.resolve.merge import merge_records, same_event


def _strike(doc_id, event_id, killed_low, killed_best, killed_high, source, *, location="Aleppo - Al-Shaar",
            lat=36.215, lon=37.178, day="2016-11-29", hedged=False, precision=1):
    return EventRecord(
        event_id=event_id, doc_id=doc_id, report_kind="incident", event_date=day, date_start=day, date_end=day,
        time_precision=1, disorder_type="Political violence", event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike", actor1="Military Forces of Russia (2000-)", location=location,
        country="Syria", latitude=lat, longitude=lon, geo_precision=precision,
        counts={"killed": CountRange(killed_low, killed_best, killed_high)}, fatalities=killed_low or 0,
        source=source, attribution={"sources": [source], "hedged": hedged}, confidence=0.8,
    )


def test_three_reports_of_one_strike_become_one_event():
    reports = [
        _strike("wire-a", "ev-a", 20, 20, 20, "Civil Defence"),
        _strike("wire-b", "ev-b", 25, 25, 25, "Syrian Observatory for Human Rights", lat=36.22, lon=37.18),
        _strike("wire-c", "ev-c", 30, 30, None, "Local Coordination Committees", day="2016-11-30"),
    ]
    (event,) = merge_records(reports)
    assert event.event_id == "ev-a"
    killed = event.counts["killed"]
    assert (killed.low, killed.high) == (20, 30)
    assert event.fatalities == 20
    assert event.corroboration == 3
    assert len(event.attribution["sources"]) == 3
    assert event.reliability == "corroborated"
    assert {r["doc_id"] for r in event.extra["reports"]} == {"wire-a", "wire-b", "wire-c"}


def test_two_strikes_same_day_different_neighbourhoods_stay_two():
    a = _strike("d", "ev-1", 5, 5, 5, "Civil Defence", location="Aleppo - Al-Shaar", lat=36.215, lon=37.178)
    b = _strike("d", "ev-2", 3, 3, 3, "Civil Defence", location="Aleppo - Salaheddine", lat=36.19, lon=37.12)
    assert not same_event(a, b)
    assert len(merge_records([a, b])) == 2


def test_different_days_stay_apart():
    a = _strike("d", "ev-1", 5, 5, 5, "X", day="2016-11-20")
    b = _strike("e", "ev-2", 5, 5, 5, "Y", day="2016-11-29")
    assert len(merge_records([a, b])) == 2


def test_tally_never_merges_with_incident():
    a = _strike("d", "ev-1", 5, 5, 5, "X")
    b = _strike("e", "ev-2", 45, 45, 45, "Y")
    b.report_kind = "aggregate"
    assert len(merge_records([a, b])) == 2


def test_hedged_only_and_contested_grades():
    a = _strike("d", "ev-1", 4, 4, 4, "Militant channel", hedged=True)
    b = _strike("e", "ev-2", 4, 4, 4, "Another channel", hedged=True)
    (event,) = merge_records([a, b])
    assert event.reliability == "hedged claim only" and event.attribution["hedged"] is True
    c = _strike("f", "ev-3", 3, 3, 3, "Ministry")
    d = _strike("g", "ev-4", 40, 40, 40, "Rescuers")
    (event,) = merge_records([c, d])
    assert event.reliability == "contested"
    assert event.fatalities == 3


def test_single_report_is_single_source():
    (event,) = merge_records([_strike("d", "ev-1", 2, 2, 2, "Police")])
    assert event.reliability == "single source" and event.corroboration == 1
