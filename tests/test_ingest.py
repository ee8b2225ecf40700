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


# -- reliability under bad input (issue 15) --------------------------------------------------

def _jsonl(tmp_path, *objects_or_lines) -> Path:
    p = tmp_path / "lines.jsonl"
    p.write_text("\n".join(o if isinstance(o, str) else json.dumps(o) for o in objects_or_lines) + "\n",
                 encoding="utf-8")
    return p


@pytest.mark.parametrize("field, value, reason", [
    ("publisher", 7, '"publisher" must be a string, not a number'),
    ("publisher", ["A", "B"], '"publisher" must be a string, not a list'),
    ("url", {"href": "x"}, '"url" must be a string, not an object'),
    ("title", True, '"title" must be a string, not a boolean'),
    ("id", [1], '"id" must be a string or an integer, not a list'),
])
def test_wrong_typed_jsonl_field_is_that_lines_error_and_later_lines_still_read(tmp_path, field, value, reason):
    bad = {"id": "w1", "text": "Mortar fire hit a clinic in Taiz on Sunday.", field: value}
    good = {"id": "w2", "text": "Police dispersed a march in Sanaa on Sunday."}
    err, doc = _read(_jsonl(tmp_path, bad, good))
    assert isinstance(err, InputError) and err.source.endswith("lines.jsonl:1") and reason in err.reason
    assert isinstance(doc, Document) and doc.doc_id == "w2"


def test_integer_id_is_still_an_id(tmp_path):
    (doc,) = _read(_jsonl(tmp_path, {"id": 42, "text": "A car bomb exploded near the port of Aden."}))
    assert doc.doc_id == "42"


def test_unpaired_surrogate_in_a_jsonl_line_is_refused_by_name(tmp_path):
    line = '{"id": "u1", "text": "Rockets struck the airport of Mosul \\udc00 at night."}'
    paired = '{"id": "u2", "text": "Rockets struck the airport \\ud83d\\ude80 at night."}'
    err, doc = _read(_jsonl(tmp_path, line, paired))
    assert isinstance(err, InputError) and "unpaired surrogate U+DC00" in err.reason and '"text"' in err.reason
    assert isinstance(doc, Document) and "\U0001F680" in doc.text  # a proper pair is one character


def test_nul_in_jsonl_text_is_refused_the_same_for_every_store(tmp_path):
    # PostgreSQL cannot store U+0000 and SQLite would: refuse it up front, naming the field
    line = '{"id": "n1", "text": "Gunmen burned a market in Bunia\\u0000 on Sunday."}'
    clean = '{"id": "n2", "text": "Gunmen burned a market in Bunia on Sunday."}'
    err, doc = _read(_jsonl(tmp_path, line, clean))
    assert isinstance(err, InputError) and "NUL character" in err.reason and '"text"' in err.reason
    assert isinstance(doc, Document) and doc.doc_id == "n2"


def test_duplicate_jsonl_id_is_an_error_not_a_silent_replacement(tmp_path):
    items = _read(_jsonl(tmp_path,
                         {"id": "same", "text": "Troops shelled a village near Kidal on Friday."},
                         {"id": "other", "text": "Gunmen attacked a bus near Gao on Friday."},
                         {"id": "same", "text": "Troops shelled two villages near Kidal on Friday."}))
    first, second, dup = items
    assert isinstance(first, Document) and "a village" in first.text and isinstance(second, Document)
    assert isinstance(dup, InputError) and dup.source.endswith(":3")
    assert "duplicate id 'same' (first on line 1)" in dup.reason


@pytest.mark.parametrize("value, reason", [
    ("0001-01-01", "before 1900-01-01"),
    ("9999-12-31", "in the future"),
])
def test_impossible_document_dates_are_refused(tmp_path, value, reason):
    with pytest.raises(InputError, match=reason):
        parse_cli_date(value)
    (err,) = _read(_jsonl(tmp_path, {"id": "d", "date": value, "text": "Clashes erupted in Benghazi yesterday."}))
    assert isinstance(err, InputError) and reason in err.reason and '"date"' in err.reason


def test_a_day_ahead_is_still_a_publication_date():
    from datetime import timedelta

    tomorrow = date.today() + timedelta(days=1)
    assert parse_cli_date(tomorrow.isoformat()) == tomorrow


def test_page_metadata_date_in_the_future_is_ignored_not_trusted():
    from sitroom.ingest.html import document_from_html

    body = " ".join(["Security forces fired on protesters in the old city on Friday afternoon."] * 4)
    html = (f'<html><head><meta property="article:published_time" content="2999-05-01"></head>'
            f"<body><article><p>{body}</p></article></body></html>")
    doc = document_from_html("page.html", html, None)
    assert doc.pub_date is None and doc.date_source == "unknown"


def test_document_over_the_character_limit_is_refused_up_front(tmp_path, monkeypatch):
    monkeypatch.setenv("SITROOM_MAX_DOC_CHARS", "5000")
    p = tmp_path / "long.txt"
    p.write_text("Shelling hit the market of Deir ez-Zor on Monday. " * 200, encoding="utf-8")
    (err,) = _read(p)
    assert isinstance(err, InputError) and "document too long to extract" in err.reason
    assert "SITROOM_MAX_DOC_CHARS" in err.reason
    (err,) = _read(_jsonl(tmp_path, {"id": "long", "text": "Shelling hit the market. " * 400}))
    assert isinstance(err, InputError) and "too long" in err.reason


def test_long_entry_is_parsed_in_bounded_parts_that_cover_it_exactly():
    from sitroom.ingest.entries import MAX_ENTRY_CHARS

    paragraph = "Fighting was reported in the northern districts overnight, residents said. " * 12
    text = (paragraph + "\n\n") * (3 * MAX_ENTRY_CHARS // len(paragraph))
    entries = split_entries(Document("long", text))
    assert len(entries) >= 3
    assert all(e.end - e.start <= MAX_ENTRY_CHARS for e in entries)
    assert entries[0].start == 0 and entries[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(entries, entries[1:]))
    assert all(text[e.end - 2 : e.end] == "\n\n" for e in entries[:-1])  # cut at paragraph breaks
    assert {e.kind for e in entries} == {"article"} and [e.index for e in entries] == list(range(len(entries)))


# -- decoding --------------------------------------------------------------------------------

REPORT = "Shelling hit the café district of Homs on Monday — 3 killed, the monitor said.\n"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_unicode_encodings_are_decoded_by_mark_or_shape(tmp_path, codec):
    p = tmp_path / f"{codec}.txt"
    p.write_bytes(REPORT.encode(codec))  # utf-16/utf-32 write a byte-order mark; -le/-be do not
    (doc,) = _read(p)
    assert isinstance(doc, Document) and doc.text == REPORT


def test_mixed_utf8_and_latin1_is_refused_not_turned_into_mojibake(tmp_path):
    p = tmp_path / "mixed.txt"
    p.write_bytes("Le café du port est fermé. ".encode("utf-8") + "Un autre café".encode("latin-1") + b" ferme.\n")
    (err,) = _read(p)
    assert isinstance(err, InputError) and "mixed encodings" in err.reason and "UTF-8" in err.reason


def test_legacy_code_pages_are_decoded_when_the_guess_is_clear(tmp_path):
    for name, text, codec in [
        ("fr.txt", "Les habitants ont fui après les frappes aériennes sur le marché.", "cp1252"),
        ("ar.txt", "قتل ثلاثة مدنيين في قصف على مدينة حلب يوم الاثنين حسب المرصد", "cp1256"),
        ("ru.txt", "Обстрел города продолжался всю ночь, погибли три человека.", "cp1251"),
    ]:
        p = tmp_path / name
        p.write_bytes(text.encode(codec))
        (doc,) = _read(p)
        assert isinstance(doc, Document) and doc.text == text, name


def test_undecodable_noise_is_refused(tmp_path):
    p = tmp_path / "noise.txt"
    p.write_bytes(bytes(range(0x80, 0x100)) * 8)
    (err,) = _read(p)
    assert isinstance(err, InputError)
