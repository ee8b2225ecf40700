"""Readers and entry splitting: what users feed sitroom, and the errors they get for bad input."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from sitroom.errors import InputError
from sitroom.ingest.entries import split_entries
from sitroom.ingest.readers import parse_cli_date, read_inputs
from sitroom.model import Document

FIXTURES = Path(__file__).parent / "fixtures"


def _read(path, cli_date=None):
    return list(read_inputs([str(path)], cli_date))


def test_plain_text_keeps_date_unknown_without_a_date():
    (doc,) = _read(FIXTURES / "liveblog_sample.txt")
    assert isinstance(doc, Document)
    assert doc.pub_date is None and doc.date_source == "unknown"


def test_cli_date_is_the_document_date():
    (doc,) = _read(FIXTURES / "liveblog_sample.txt", date(2016, 11, 29))
    assert doc.pub_date == date(2016, 11, 29) and doc.date_source == "cli"


def test_live_blog_updates_become_entries_with_timestamps():
    (doc,) = _read(FIXTURES / "liveblog_sample.txt", date(2016, 11, 29))
    entries = split_entries(doc)
    stamps = [e.timestamp for e in entries if e.kind == "update"]
    assert stamps == ["16:30 GMT", "09:15 GMT"]
    original = [e for e in entries if e.kind == "original"]
    assert len(original) == 1
    assert doc.text[original[0].start:original[0].end].lstrip().startswith("Government troops")
    headings = [e.heading for e in entries if e.heading]
    assert "Talks Stall in Geneva" in headings
    # marker words are not part of the entry text, so "1630" can never be read as a count
    for e in entries:
        assert "UPDATE 1630" not in doc.text[e.start:e.end]
    assert all(e.entry_date == date(2016, 11, 29) for e in entries)


def test_plain_article_is_one_entry():
    doc = Document(doc_id="x", text="Police arrested 12 people in Lagos on Friday. They were released later.")
    (entry,) = split_entries(doc)
    assert (entry.start, entry.end, entry.kind) == (0, len(doc.text), "article")


def test_html_main_text_and_metadata_date():
    (doc,) = _read(FIXTURES / "article.html")
    assert isinstance(doc, Document)
    assert "Hajin" in doc.text
    assert "Home | World" not in doc.text
    assert doc.pub_date == date(2019, 3, 4) and doc.date_source == "metadata"


def test_feed_items_are_documents_with_their_own_dates():
    docs = _read(FIXTURES / "feed.xml")
    assert [d.doc_id for d in docs] == ["wire-a1", "wire-a2"]
    assert docs[0].pub_date == date(2019, 3, 5)
    assert docs[1].publisher == "Example Wire"
    assert "<p>" not in docs[0].text


def test_jsonl_lines_with_ids_dates_and_one_bad_line(tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_text(
        json.dumps({"id": "a", "text": "Gunmen killed two farmers in Benue.", "date": "2021-05-02"}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "c", "text": "Troops shelled the village.", "publisher": "Wire"}) + "\n",
        encoding="utf-8",
    )
    out = _read(p)
    assert isinstance(out[0], Document) and out[0].doc_id == "a" and out[0].pub_date == date(2021, 5, 2)
    assert isinstance(out[1], InputError) and out[1].source.endswith(":2")
    assert isinstance(out[2], Document) and out[2].publisher == "Wire" and out[2].pub_date is None


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "empty input"),
        (b"   \n\t\n", "empty input"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary data"),
    ],
)
def test_bad_files_get_one_reason(tmp_path, content, reason):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    (err,) = _read(p)
    assert isinstance(err, InputError)
    assert reason in str(err) and str(p) in str(err)


def test_missing_file_and_directory_errors(tmp_path):
    (err,) = _read(tmp_path / "nope.txt")
    assert isinstance(err, InputError) and "no such file" in str(err)
    empty_dir = tmp_path / "d"
    empty_dir.mkdir()
    (err,) = _read(empty_dir)
    assert isinstance(err, InputError) and "no files" in str(err)


def test_huge_file_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("SITROOM_MAX_BYTES", "1000")
    p = tmp_path / "big.txt"
    p.write_text("Shelling hit the town. " * 100)
    (err,) = _read(p)
    assert isinstance(err, InputError) and "too large" in str(err)


def test_windows_1252_text_is_decoded(tmp_path):
    p = tmp_path / "cp.txt"
    p.write_bytes("Protesters gathered in Bogot\xe1 on Monday \x96 police used tear gas.".encode("latin-1"))
    (doc,) = _read(p)
    assert isinstance(doc, Document) and "Bogotá" in doc.text


def test_malformed_feed_is_reported(tmp_path):
    p = tmp_path / "broken.rss"
    p.write_text("<rss><channel><title>x</title><item><title>unclosed")
    (err,) = _read(p)
    assert isinstance(err, InputError) and "feed" in str(err)


def test_html_without_main_text_is_reported(tmp_path):
    p = tmp_path / "empty.html"
    p.write_text("<html><body><nav>Home</nav></body></html>")
    (err,) = _read(p)
    assert isinstance(err, InputError) and "HTML" in str(err)


@pytest.mark.parametrize("bad", ["29/11/2016", "2016-13-01", "yesterday", ""])
def test_bad_cli_date_is_refused(bad):
    with pytest.raises(InputError) as info:
        parse_cli_date(bad)
    assert "--date" in str(info.value)


def test_url_inputs_are_fetched_and_http_errors_reported(tmp_path):
    import functools
    import http.server
    import threading

    (tmp_path / "page.html").write_text((FIXTURES / "article.html").read_text(encoding="utf-8"), encoding="utf-8")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *a, **k: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        (doc,) = list(read_inputs([f"{base}/page.html"]))
        assert isinstance(doc, Document) and doc.doc_id == f"{base}/page.html" and "Hajin" in doc.text
        (err,) = list(read_inputs([f"{base}/missing.html"]))
        assert isinstance(err, InputError) and "HTTP 404" in str(err)
    finally:
        server.shutdown()
