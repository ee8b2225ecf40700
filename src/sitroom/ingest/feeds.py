"""RSS and Atom feeds: one document per item, dated by the item's own timestamp."""
from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterator
from datetime import date

import feedparser

from sitroom.errors import InputError
from sitroom.ingest.limits import document_size_problem, plausible_publication_date
from sitroom.model import Document

_TAG = re.compile(r"<[^>]+>")
_BLOCK = re.compile(r"</?(p|div|br|li|h[1-6]|blockquote)[^>]*>", re.I)


def looks_like_feed(head: str) -> bool:
    """Sniff the start of a document for RSS/Atom/RDF root elements."""
    return bool(re.search(r"<(rss|feed|rdf:rdf)[\s>]", head))


def html_to_text(fragment: str) -> str:
    """Feed summaries carry HTML; keep paragraph breaks, drop tags, unescape entities."""
    text = _BLOCK.sub("\n\n", fragment)
    text = _TAG.sub("", text)
    text = html_lib.unescape(text)
    text = re.sub(r"[ \t]+", " ", text)
    return re.sub(r"\n\s*\n\s*(\n\s*)*", "\n\n", text).strip()


def documents_from_feed(source: str, data: bytes, cli_date: date | None) -> Iterator[Document | InputError]:
    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = getattr(parsed, "bozo_exception", None)
        detail = f" ({str(reason).splitlines()[0][:120]})" if reason else ""
        raise InputError(source, f"malformed feed or feed with no items{detail}")
    publisher = parsed.feed.get("title") or None
    for n, item in enumerate(parsed.entries, start=1):
        where = f"{source}#item{n}"
        body = ""
        if item.get("content"):
            body = " ".join(c.get("value", "") for c in item["content"])
        body = body or item.get("summary", "") or ""
        text = html_to_text(body)
        title = html_to_text(item.get("title", "") or "")
        if title and not text.startswith(title):
            text = f"{title}\n\n{text}" if text else title
        if not text.strip():
            yield InputError(where, "feed item has no text")
            continue
        problem = document_size_problem(text)
        if problem:
            yield InputError(where, problem)
            continue
        stamp = item.get("published_parsed") or item.get("updated_parsed")
        item_date = plausible_publication_date(date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday)) if stamp else None
        yield Document(
            doc_id=item.get("id") or item.get("link") or where,
            text=text,
            url=item.get("link") or None,
            publisher=publisher,
            title=title or None,
            pub_date=cli_date or item_date,
            date_source="cli" if cli_date else ("metadata" if item_date else "unknown"),
            media_type="feed",
        )
