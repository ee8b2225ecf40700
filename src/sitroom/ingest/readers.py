"""Read inputs (text, HTML, JSON Lines, RSS/Atom, URLs) into Documents.

Each reader yields either a Document or an InputError, so one bad document in a batch is
reported while the others are still processed.
"""
from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path

from sitroom.errors import InputError
from sitroom.ingest.decode import decode_text, looks_binary, max_input_bytes, read_bytes
from sitroom.ingest.html import document_from_html
from sitroom.ingest.limits import document_size_problem, publication_date_problem
from sitroom.ingest.feeds import documents_from_feed, looks_like_feed
from sitroom.model import Document

JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
USER_AGENT = "sitroom/0.1 (+conflict event monitor)"


def parse_cli_date(value: str | None) -> date | None:
    """`--date` must be an ISO day a report can have; anything else is refused rather than guessed."""
    if value is None:
        return None
    try:
        parsed = date.fromisoformat(value.strip())
    except ValueError:
        raise InputError("--date", f"{value!r} is not a date in YYYY-MM-DD form") from None
    problem = publication_date_problem(parsed)
    if problem:
        raise InputError("--date", problem)
    return parsed


def parse_loose_date(value: object) -> date | None:
    """Dates given inside inputs (JSONL `date`): ISO day or timestamp; None if unparseable."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def read_inputs(inputs: Iterable[str], cli_date: date | None = None) -> Iterator[Document | InputError]:
    """All documents of all inputs, in order; errors are yielded in place of bad documents."""
    for raw in inputs:
        try:
            yield from _read_one(raw, cli_date)
        except InputError as exc:
            yield exc


def _read_one(raw: str, cli_date: date | None) -> Iterator[Document | InputError]:
    if re.match(r"^https?://", raw):
        data, content_type = fetch_url(raw)
        yield from documents_from_bytes(raw, data, cli_date, content_type=content_type, url=raw)
        return
    path = Path(raw)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        if not files:
            raise InputError(raw, "directory holds no files")
        for p in files:
            try:
                yield from _read_one(str(p), cli_date)
            except InputError as exc:
                yield exc
        return
    data = read_bytes(path)
    yield from documents_from_bytes(raw, data, cli_date, suffix=path.suffix.lower())


def fetch_url(url: str, timeout: float = 30.0) -> tuple[bytes, str]:
    """GET a page or feed; network errors become one-line input errors."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp:  # noqa: S310 (http/https checked)
            limit = max_input_bytes()
            data = resp.read(limit + 1)
            content_type = resp.headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:
        raise InputError(url, f"HTTP {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise InputError(url, f"cannot fetch ({reason})") from None
    if len(data) > limit:
        raise InputError(url, f"too large (over {limit:,} bytes)")
    if not data.strip():
        raise InputError(url, "empty response")
    return data, content_type


def documents_from_bytes(
    source: str,
    data: bytes,
    cli_date: date | None,
    suffix: str = "",
    content_type: str = "",
    url: str | None = None,
) -> Iterator[Document | InputError]:
    if looks_binary(data):
        raise InputError(source, "binary data, not text")
    text = decode_text(data, source)
    head = text.lstrip()[:512].lower()
    if suffix in JSONL_SUFFIXES or "json" in content_type:
        yield from documents_from_jsonl(source, text, cli_date)
    elif suffix in FEED_SUFFIXES or "rss" in content_type or "atom" in content_type or looks_like_feed(head):
        yield from documents_from_feed(source, data, cli_date)
    elif suffix in HTML_SUFFIXES or "html" in content_type or head.startswith(("<!doctype html", "<html")):
        yield document_from_html(source, text, cli_date, url=url)
    else:
        yield document_from_text(source, text, cli_date, url=url)


def document_from_text(source: str, text: str, cli_date: date | None, url: str | None = None) -> Document:
    """A plain-text report; its date is only what the user tells us."""
    text = normalise_newlines(text)
    if not text.strip():
        raise InputError(source, "empty input")
    problem = document_size_problem(text)
    if problem:
        raise InputError(source, problem)
    return Document(
        doc_id=source,
        text=text,
        url=url,
        pub_date=cli_date,
        date_source="cli" if cli_date else "unknown",
        media_type="text",
    )


def documents_from_jsonl(source: str, text: str, cli_date: date | None) -> Iterator[Document | InputError]:
    """One document per line: {"id", "text", "date"?, "url"?, "publisher"?}.

    An id seen on an earlier line is an error for the later line (it would silently replace the
    first document in the store).
    """
    seen_any = False
    first_line: dict[str, int] = {}
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        seen_any = True
        where = f"{source}:{lineno}"
        yield refuse_repeated_id(document_from_json_line(where, line, cli_date), where, lineno, first_line)
    if not seen_any:
        raise InputError(source, "empty input")


def refuse_repeated_id(item: "Document | InputError", where: str, lineno: int,
                       first_line: dict[str, int]) -> "Document | InputError":
    """A document whose id an earlier line of the same input used becomes an error for this line:
    stored, it would silently replace the first. `first_line` (id -> line) is updated in place."""
    if isinstance(item, Document):
        if item.doc_id in first_line:
            return InputError(where, f"duplicate id {item.doc_id!r} (first on line "
                                     f"{first_line[item.doc_id]}); line skipped")
        first_line[item.doc_id] = lineno
    return item


# optional fields of a JSONL line: each a string when present
_OPTIONAL_TEXT_FIELDS = ("url", "publisher", "title", "date")


def document_from_json_line(where: str, line: str, cli_date: date | None = None) -> Document | InputError:
    """One JSONL line as a document, or the reason it is not one (named by file and line)."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError(where, f"not valid JSON ({exc.msg})")
    except RecursionError:
        return InputError(where, "not valid JSON (nested too deeply)")
    if not isinstance(obj, dict):
        return InputError(where, "expected a JSON object")
    body = obj.get("text")
    if not isinstance(body, str) or not body.strip():
        return InputError(where, "missing or empty \"text\"")
    problem = _field_type_problem(obj)
    if problem:
        return InputError(where, problem)
    doc_id = str(obj["id"]) if obj.get("id") not in (None, "") else where
    line_date = parse_loose_date(obj.get("date"))
    if obj.get("date") not in (None, "") and line_date is None and cli_date is None:
        return InputError(where, f"bad \"date\" {obj.get('date')!r} (expected YYYY-MM-DD)")
    if line_date is not None and cli_date is None:
        date_problem = publication_date_problem(line_date)
        if date_problem:
            return InputError(where, f"bad \"date\": {date_problem}")
    text = normalise_newlines(body)
    size_problem = document_size_problem(text)
    if size_problem:
        return InputError(where, size_problem)
    return Document(
        doc_id=doc_id,
        text=text,
        url=obj.get("url") or None,
        publisher=obj.get("publisher") or None,
        title=obj.get("title") or None,
        pub_date=cli_date or line_date,
        date_source="cli" if cli_date else ("input" if line_date else "unknown"),
        media_type="jsonl",
    )


def _field_type_problem(obj: dict) -> str | None:
    """Why a JSONL object's fields cannot make a document: a wrong type or text that is not Unicode."""
    doc_id = obj.get("id")
    if doc_id is not None and (isinstance(doc_id, bool) or not isinstance(doc_id, (str, int))):
        return f"\"id\" must be a string or an integer, not {_json_type(doc_id)}"
    for name in _OPTIONAL_TEXT_FIELDS:
        value = obj.get(name)
        if value is not None and not isinstance(value, str):
            return f"\"{name}\" must be a string, not {_json_type(value)}"
    for name in ("text", "id", *_OPTIONAL_TEXT_FIELDS):
        value = obj.get(name)
        if isinstance(value, str):
            problem = unicode_problem(value)
            if problem:
                return f"\"{name}\" {problem}"
    return None


def _json_type(value: object) -> str:
    """The JSON name of a decoded value's type, for messages."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


_SURROGATE = re.compile("[\ud800-\udfff]")


def unicode_problem(text: str) -> str | None:
    """Text no store can hold the same way, or None: an unpaired surrogate from a JSON escape
    cannot be encoded as UTF-8, and a NUL (``\\u0000``) is refused by PostgreSQL while SQLite would
    keep it, so both are refused here for every store alike."""
    nul = text.find("\x00")
    if nul >= 0:
        return f"holds a NUL character (U+0000) at character {nul} (not allowed in text)"
    m = _SURROGATE.search(text)
    if m is None:
        return None
    return f"holds an unpaired surrogate U+{ord(m.group(0)):04X} at character {m.start()} (not valid Unicode)"


def normalise_newlines(text: str) -> str:
    """CRLF and CR become LF so offsets mean the same thing on every platform."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
