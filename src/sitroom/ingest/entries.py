"""Split a document into entries: live-blog updates, the original entry, headline-led sections.

A live blog's updates each report on their own moment ("UPDATE 1445 GMT: ..."), so relative
dates and places are read per entry. A plain article is one entry (cut into parts past
MAX_ENTRY_CHARS, so no entry costs more than a bounded amount). Marker words themselves
("UPDATE 1445 GMT:") are kept out of the entry text so their digits are never read as counts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sitroom.model import Document, Entry

UPDATE_MARKER = re.compile(
    r"^[ \t]*(?:UPDATE|Update|UPDATED|LATEST)\s*,?\s*(?:at\s+)?"
    r"(?P<time>\d{1,2}[:.]?\d{2})\s*(?P<zone>GMT|UTC|BST|CET|CEST|EET|EEST|ET|EST|EDT|PT|local time|a\.?m\.?|p\.?m\.?)?\s*[:\-–—]\s*",
    re.MULTILINE,
)
ORIGINAL_MARKER = re.compile(r"^[ \t]*ORIGINAL ENTRY\s*[:\-–—]\s*", re.MULTILINE | re.IGNORECASE)
# longest entry parsed as one piece (see _bounded); far above a live-blog update or a news article
MAX_ENTRY_CHARS = 20_000
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
    marker_lines = {c.line_start for c in cuts}
    lines = _lines_with_offsets(text)
    for i, (start, line) in enumerate(lines):
        prev_blank = i == 0 or not lines[i - 1][1].strip()
        next_blank = i + 1 >= len(lines) or not lines[i + 1][1].strip()
        if is_headline(line, prev_blank, next_blank) and start not in marker_lines:
            end = start + len(line)
            cuts.append(_Cut(end, start, "section", heading=line.strip()))
    if not cuts:
        return _reindex(_bounded([Entry(0, 0, len(text), kind="article", entry_date=doc.pub_date)], text))
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
    kept = [e for e in entries if text[e.start : e.end].strip() or e.heading]
    return _reindex(_bounded(kept, text))


def _bounded(entries: list[Entry], text: str) -> list[Entry]:
    """Entries longer than MAX_ENTRY_CHARS cut into consecutive parts of at most that length.

    Each entry is parsed as one spaCy Doc, and spaCy's per-sentence lookups (a sentence's
    entities, the Doc's text) scan the whole Doc: an entry's cost grows with the square of its
    length and its memory with its length. Bounded parts keep a long document's cost linear.
    A part keeps its entry's kind, heading, time and date, so event ids do not change; it ends
    at the last paragraph break (else line break, else sentence end, else space) before the bound.
    """
    out: list[Entry] = []
    for e in entries:
        start = e.start
        while e.end - start > MAX_ENTRY_CHARS:
            cut = _cut_point(text, start, start + MAX_ENTRY_CHARS)
            out.append(replace(e, start=start, end=cut))
            start = cut
        out.append(replace(e, start=start) if start != e.start else e)
    return out


def _cut_point(text: str, start: int, limit: int) -> int:
    """Where to end a part that starts at `start` and may not pass `limit`."""
    floor = start + MAX_ENTRY_CHARS // 2  # never a tiny part
    for sep in ("\n\n", "\n", ". ", " "):
        at = text.rfind(sep, floor, limit)
        if at != -1:
            return at + len(sep)
    return limit


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
