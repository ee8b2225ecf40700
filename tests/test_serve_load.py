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


@pytest.fixture
def client(store):
    return TestClient(create_app(store, settings=Settings(public_read=True, secret="t" * 32)))


CACHED_READS = [("/api/events", {"limit": "50"}), ("/api/map", {"event_type": "Battles"}),
                ("/api/aggregates/daily", {})]


@pytest.mark.parametrize("path, params", CACHED_READS)
def test_cached_reads_gzipped_once_give_the_same_body(client, path, params):
    plain = client.get(path, params=params, headers={"Accept-Encoding": "identity"})
    assert plain.status_code == 200 and "content-encoding" not in plain.headers
    for _ in range(2):  # built, then from the cache
        raw = client.get(path, params=params, headers={"Accept-Encoding": "gzip"},
)
        assert raw.headers["content-encoding"] == "gzip"
        assert raw.json() == plain.json()  # httpx decodes the gzip it was sent
        assert raw.headers["etag"] == plain.headers["etag"]


def test_gzip_is_not_applied_twice(client):
    stream = client.get("/api/map", headers={"Accept-Encoding": "gzip"})
    # httpx undoes one gzip layer; a second layer would leave bytes that are not JSON
    assert stream.headers["content-encoding"] == "gzip"
    assert not stream.content.startswith(b"\x1f\x8b")
    assert gzip.decompress(gzip.compress(stream.content)) == stream.content


def test_etag_gives_304_until_the_data_changes(client, store):
    first = client.get("/api/events", params={"limit": "20"})
    etag = first.headers["etag"]
    again = client.get("/api/events", params={"limit": "20"}, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.headers["etag"] == etag and again.content == b""
    assert client.get("/api/events", params={"limit": "20"},
                      headers={"If-None-Match": f'"other", W/{etag}'}).status_code == 304
    shown = first.json()["events"][0]
    ReviewStore(store).edit(shown["event_id"], {"fatalities": shown["fatalities"] + 1}, "tester")
    changed = client.get("/api/events", params={"limit": "20"}, headers={"If-None-Match": etag})
    assert changed.status_code == 200 and changed.headers["etag"] != etag


def _reads(reviews: ReviewStore) -> list:
    flt = EventFilter(event_type="Battles", limit=100)
    events, total = reviews.list_events(flt, ReviewFilter(), newest_first=True)
    one = reviews.get("ev-load/doc-0-3")
    return [total, [e.to_dict() for e in events], one.to_dict() if one else None,
            reviews.map_points(EventFilter(), ReviewFilter(), 1000), reviews.daily(EventFilter()),
            [h.to_dict() for h in reviews.history("ev-load/doc-0-3")], reviews.merged_into_this("ev-load/doc-0-3")]


def test_snapshot_reads_equal_plain_reads_and_see_the_next_write(db_url):
    store = Store.open(db_url)
    try:
        doc = Document("load/fresh", "Text of a fresh test document.", pub_date=date(2020, 3, 1), date_source="cli")
        store.save_document(doc, [], _records(doc.doc_id, 12, 0))
        reviews, other = ReviewStore(store), ReviewStore(store)  # `other`: a second worker
        with reviews.snapshot():  # no edit and no review yet: the lookups are skipped
            fresh = _reads(reviews)
        assert fresh == _reads(reviews)
        # a write by another worker: the next snapshot reads it, filters and history included
        other.edit("ev-load/fresh-1", {"event_type": "Battles"}, "tester")
        other.reject("ev-load/fresh-0", "tester")
        with reviews.snapshot():
            after = _reads(reviews)
        assert after == _reads(reviews) and after != fresh
        ids = [e["event_id"] for e in after[1]]
        assert "ev-load/fresh-1" in ids and "ev-load/fresh-0" not in ids
    finally:
        store.close()


def test_postgresql_reads_run_without_begin_and_rollback(db_url):
    store = Store.open(db_url)
    try:
        if store.engine.dialect.name != "postgresql":
            pytest.skip("SQLite's driver opens no transaction for reads already")
        with store._sessions() as session:  # noqa: SLF001
            assert session.connection().connection.dbapi_connection.autocommit is True
        with store._sessions.begin() as session:  # noqa: SLF001
            assert session.connection().connection.dbapi_connection.autocommit is False
    finally:
        store.close()


@pytest.mark.parametrize("path", ["/api/events", "/api/events/nope", "/", "/static/style.css", "/api/map"])
def test_security_headers_on_every_response(client, path):
    resp = client.get(path, headers={"Accept-Encoding": "gzip"})
    assert "default-src 'self'" in resp.headers["content-security-policy"]
    assert resp.headers["x-content-type-options"] == "nosniff"
    assert resp.headers["referrer-policy"] == "same-origin" and resp.headers["x-frame-options"] == "DENY"
    assert len(resp.headers.get_list("x-frame-options")) == 1
