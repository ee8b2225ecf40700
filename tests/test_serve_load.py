"""Reads made cheaper for load (issue 15): a page's total from a window count, pre-compressed
cached bodies, ETags. Each must give exactly the answer of the plain way, on both stores."""
from __future__ import annotations

import gzip
from datetime import date, timedelta

import pytest
from fastapi.testclient import TestClient

from sitroom.model import Document, EventRecord
from sitroom.serve.app import create_app
from sitroom.serve.settings import Settings
from sitroom.store import EventFilter, Store
from sitroom.store.review import ReviewFilter, ReviewStore

TYPES = ("Battles", "Protests", "Riots")


def _records(doc_id: str, n: int, start: int) -> list[EventRecord]:
    return [EventRecord(event_id=f"ev-{doc_id}-{i}", doc_id=doc_id, report_kind="incident",
                        event_date=(date(2020, 1, 1) + timedelta(days=(start + i) % 40)).isoformat(),
                        event_type=TYPES[i % 3], location=f"Town {i % 5}", fatalities=i % 4,
                        latitude=10 + i / 100, longitude=20 + i / 100, country="Testland")
            for i in range(n)]


@pytest.fixture
def store(db_url):
    s = Store.open(db_url)
    for d in range(3):
        doc = Document(f"load/doc-{d}", f"Text of test document {d}.", pub_date=date(2020, 3, 1),
                       date_source="cli")
        s.save_document(doc, [], _records(doc.doc_id, 25, 7 * d))
    reviews = ReviewStore(s)
    # clusters of several reports, a rejected event and an analyst's edit: every path of the reads
    reviews.merge("ev-load/doc-0-3", "ev-load/doc-1-3", "tester")
    reviews.merge("ev-load/doc-0-3", "ev-load/doc-2-6", "tester")
    reviews.reject("ev-load/doc-1-9", "tester")
    reviews.edit("ev-load/doc-2-4", {"event_type": "Battles"}, "tester")
    yield s
    s.close()


def _separate_count(reviews: ReviewStore, flt: EventFilter, rf: ReviewFilter) -> int:
    everything = EventFilter(**{**flt.__dict__, "limit": None, "offset": 0})
    events, _ = reviews.list_events(everything, rf, with_total=False)
    return len(events)


@pytest.mark.parametrize("flt", [
    EventFilter(), EventFilter(event_type="Battles"), EventFilter(date_from="2020-01-10", date_to="2020-01-20"),
    EventFilter(event_type="Battles", location_contains="town 2"),
])
@pytest.mark.parametrize("offset", [0, 10, 70, 500])
def test_total_of_a_page_is_the_count_of_matching_events(store, flt, offset):
    reviews = ReviewStore(store)
    for rf in (ReviewFilter(), ReviewFilter(include_hidden=True), ReviewFilter(review_status="merged")):
        page = EventFilter(**{**flt.__dict__, "limit": 10, "offset": offset})
        events, total = reviews.list_events(page, rf, newest_first=True)
        expected = _separate_count(reviews, flt, rf)
        assert total == expected
        assert len(events) == max(0, min(10, expected - offset))
