"""Split a document into entries: live-blog updates, the original entry, headline-led sections.

A live blog's updates each report on their own moment ("UPDATE 1445 GMT: ..."), so relative
dates and places are read per entry. A plain article is one entry. Marker words themselves
("UPDATE 1445 GMT:") are kept out of the entry text so their digits are never read as counts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from sitroom.model import Document, Entry

UPDATE_MARKER = re.compile(
    r"^[ \t]*(?:UPDATE|Update|UPDATED|LATEST)\s*,?\s*(?:at\s+)?"
    r"(?P<time>\d{1,2}[:.]?\d{2})\s*(?P<zone>GMT|UTC|BST|CET|CEST|EET|EEST|ET|EST|EDT|PT|local time|a\.?m\.?|p\.?m\.?)?\s*[:\-–—]\s*",
    re.MULTILINE,
)
ORIGINAL_MARKER = re.compile(r"^[ \t]*ORIGINAL ENTRY\s*[:\-–—]\s*", re.MULTILINE | re.IGNORECASE)
CAPTION_MARKER = re.compile(r"^[ \t]*(?:PHOTO|VIDEO|IMAGE|MAP|AUDIO)\s*:", re.IGNORECASE)
_SMALL_WORDS = {
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "from", "with",
    "as", "is", "are", "vs", "via", "into", "over", "after", "before", "beside", "each", "other",
}


@dataclass
class _Cut:
    pos: int  # where the entry text starts (after any marker)
    line_start: int  # where the marker/heading line starts
    kind: str
    heading: str | None = None
    timestamp: str | None = None


def _format_time(raw: str, zone: str | None) -> str:
    digits = re.sub(r"\D", "", raw).zfill(4)
    return f"{digits[:2]}:{digits[2:]}" + (f" {zone}" if zone else "")


def is_headline(line: str, prev_blank: bool, next_blank: bool) -> bool:
    """A short title-cased line standing alone between blank lines, not ending a sentence."""
    text = line.strip()
    if not text or not prev_blank or not next_blank or len(text) > 110:
        return False
    if CAPTION_MARKER.match(text):
        return False
    if text[-1] in ".,;:!?" or text.endswith("…"):
        return False
    words = re.findall(r"[A-Za-z\u00C0-\u024F][\w'’\-]*", text)
    if not 2 <= len(words) <= 16:
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if not content:
        return False
    capitalised = sum(1 for w in content if w[0].isupper())
    return capitalised / len(content) >= 0.75


def split_entries(doc: Document) -> list[Entry]:
    """Entries in text order; a document without markers is one 'article' entry."""
    text = doc.text
    cuts: list[_Cut] = []
    for m in UPDATE_MARKER.finditer(text):
        cuts.append(_Cut(m.end(), m.start(), "update", timestamp=_format_time(m.group("time"), m.group("zone"))))
    for m in ORIGINAL_MARKER.finditer(text):
        cuts.append(_Cut(m.end(), m.start(), "original"))
    is_live_blog = bool(cuts)
    lines = _lines_with_offsets(text)
    for i, (start, line) in enumerate(lines):
        prev_blank = i == 0 or not lines[i - 1][1].strip()
        next_blank = i + 1 >= len(lines) or not lines[i + 1][1].strip()
        if is_headline(line, prev_blank, next_blank) and not any(c.line_start == start for c in cuts):
            end = start + len(line)
            cuts.append(_Cut(end, start, "section", heading=line.strip()))
    if not cuts:
        return [Entry(0, 0, len(text), kind="article", entry_date=doc.pub_date)]
    cuts.sort(key=lambda c: c.line_start)
    entries: list[Entry] = []
    if text[: cuts[0].line_start].strip():
        entries.append(Entry(0, 0, cuts[0].line_start, kind="lead", entry_date=doc.pub_date))
    for n, cut in enumerate(cuts):
        end = cuts[n + 1].line_start if n + 1 < len(cuts) else len(text)
        entries.append(
            Entry(
                index=len(entries),
                start=cut.pos,
                end=end,
                heading=cut.heading,
                timestamp=cut.timestamp,
                entry_date=doc.pub_date,
                kind=cut.kind if is_live_blog or cut.kind != "section" else "section",
            )
        )
    # headline-only entries (a heading followed directly by another heading) carry no text
    return [e for e in _reindex(entries) if text[e.start : e.end].strip() or e.heading]


def _reindex(entries: list[Entry]) -> list[Entry]:
    for i, e in enumerate(entries):
        e.index = i
    return entries


def _lines_with_offsets(text: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def caption_spans(text: str) -> list[tuple[int, int]]:
    """Photo/video captions describe an image, not an event; extraction skips them."""
    spans = []
    for start, line in _lines_with_offsets(text):
        if CAPTION_MARKER.match(line):
            spans.append((start, start + len(line)))
    return spans
