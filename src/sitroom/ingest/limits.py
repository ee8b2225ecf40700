"""Bounds on what one input may claim to be: its publication date and its length.

A publication date anchors every relative date of the document ("yesterday", "last month"), so a
date no report can have (year 1, year 9999) would either overflow the calendar or date events
into the future; it is refused (`--date`, a JSONL "date") or ignored (page and feed metadata).
"""
from __future__ import annotations

import os
from datetime import date, timedelta

# reports of the conflicts sitroom codes start long after this; earlier is a typo or a placeholder
EARLIEST_PUBLICATION = date(1900, 1, 1)
# a report dated tomorrow is a time zone ahead of us, not a forecast
FUTURE_TOLERANCE = timedelta(days=1)

# Extraction costs time in proportion to a document's length (entries are parsed in bounded parts,
# ingest/entries.py), about 1.5 minutes per million characters of event-dense text on a 2-core
# machine (bench/bench_bigdoc.py; spaCy's parse is over half of it). Beyond this many characters a document is refused up front
# rather than keep a batch busy for many minutes; SITROOM_MAX_DOC_CHARS changes it.
DEFAULT_MAX_DOC_CHARS = 1_000_000


def latest_publication(today: date | None = None) -> date:
    """The latest publication date accepted: today (UTC-agnostic, one day of slack)."""
    return (today or date.today()) + FUTURE_TOLERANCE


def publication_date_problem(value: date, today: date | None = None) -> str | None:
    """Why `value` cannot be a publication date, or None when it can."""
    if value < EARLIEST_PUBLICATION:
        return f"{value.isoformat()} is before {EARLIEST_PUBLICATION.isoformat()}, not a report's date"
    latest = latest_publication(today)
    if value > latest:
        return f"{value.isoformat()} is in the future (after {latest.isoformat()})"
    return None


def plausible_publication_date(value: date | None) -> date | None:
    """`value` when it can be a publication date, else None (for metadata we only read, not trust)."""
    if value is None or publication_date_problem(value) is not None:
        return None
    return value


def max_document_chars() -> int:
    """Upper bound on one document's text; SITROOM_MAX_DOC_CHARS changes it."""
    try:
        return int(os.environ.get("SITROOM_MAX_DOC_CHARS", DEFAULT_MAX_DOC_CHARS))
    except ValueError:
        return DEFAULT_MAX_DOC_CHARS


def document_size_problem(text: str) -> str | None:
    """Why a document's text is too long to extract, or None."""
    limit = max_document_chars()
    if len(text) > limit:
        return (f"document too long to extract ({len(text):,} characters; the limit is {limit:,}: split it, "
                "or set SITROOM_MAX_DOC_CHARS to raise it)")
    return None
