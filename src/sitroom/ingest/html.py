"""HTML pages: the main text via trafilatura, the publication date from page metadata."""
from __future__ import annotations

import logging
from datetime import date

import trafilatura
from htmldate import find_date

from sitroom.errors import InputError
from sitroom.ingest.limits import document_size_problem, plausible_publication_date
from sitroom.model import Document

# trafilatura and htmldate log every oddity of real-world pages; users need our one line instead.
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)

# fewer words than this is navigation or boilerplate, not a report
MIN_MAIN_TEXT_WORDS = 8


def document_from_html(source: str, html: str, cli_date: date | None, url: str | None = None) -> Document:
    """Extract the article body; refuse pages with no main text rather than keep menus and ads."""
    try:
        text = trafilatura.extract(
            html, url=url, include_comments=False, include_tables=False, favor_recall=True, deduplicate=False
        )
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken markup
        raise InputError(source, f"malformed HTML ({type(exc).__name__})") from None
    if not text or len(text.split()) < MIN_MAIN_TEXT_WORDS:
        raise InputError(source, "malformed HTML or no main text found")
    problem = document_size_problem(text)
    if problem:
        raise InputError(source, problem)
    meta = trafilatura.extract_metadata(html, default_url=url)
    page_date = _page_date(html, meta)
    pub_date = cli_date or page_date
    return Document(
        doc_id=url or source,
        text=text.replace("\r\n", "\n"),
        url=url or (meta.url if meta and meta.url else None),
        publisher=(meta.sitename if meta and meta.sitename else None),
        title=(meta.title if meta and meta.title else None),
        pub_date=pub_date,
        date_source="cli" if cli_date else ("metadata" if page_date else "unknown"),
        media_type="html",
    )


def _page_date(html: str, meta: object) -> date | None:
    """The original publication date the page declares (meta tags, JSON-LD, time elements)."""
    found = None
    try:
        found = find_date(html, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
    except Exception:  # htmldate is best-effort on broken pages
        found = None
    if not found and meta is not None and getattr(meta, "date", None):
        found = meta.date
    if not found:
        return None
    try:
        # a page claiming year 1 or a future day is wrong about itself: treat the date as unknown
        return plausible_publication_date(date.fromisoformat(str(found)[:10]))
    except ValueError:
        return None
