"""Two mentions one text dates on two different days are two events."""
from __future__ import annotations

from sitroom.model import CountRange, EventRecord
from sitroom.resolve.merge import merge_records, same_event


def _clash(doc_id: str, day: str, **extra) -> EventRecord:
    return EventRecord(
        event_id=f"{doc_id}-{day}", doc_id=doc_id, report_kind="incident", event_date=day, date_start=day,
        date_end=day, time_precision=1, disorder_type="Political violence", event_type="Battles",
        sub_event_type="Armed clash", actor1="Rebels", location="Kidal", country="Mali", latitude=18.44,
        longitude=1.41, geo_precision=1, counts={"killed": CountRange(2, 2, 2)}, fatalities=2,
        source="X", attribution={"sources": ["X"], "hedged": False}, confidence=0.7, extra=dict(extra),
    )


def test_one_text_writing_two_days_tells_two_events():
    a, b = _clash("doc", "2021-03-24"), _clash("doc", "2021-03-25")
    assert not same_event(a, b)
    assert len(merge_records([a, b])) == 2


def test_a_days_slack_still_joins_two_outlets_or_an_undated_mention():
    assert same_event(_clash("wire-a", "2021-03-24"), _clash("wire-b", "2021-03-25"))
    undated = _clash("doc", "2021-03-25", date_from="document date")
    assert same_event(_clash("doc", "2021-03-24"), undated)
