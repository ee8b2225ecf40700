"""Split a document into entries: live-blog updates, the original entry, headline-led sections.

A live blog's updates each report on their own moment ("UPDATE 1445 GMT: ..."), so relative
dates and places are read per entry. A plain article is one entry (cut into parts past
MAX_ENTRY_CHARS, so no entry costs more than a bounded amount). Marker words themselves
("UPDATE 1445 GMT:") are kept out of the entry text so their digits are never read as counts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sitroom.model import Document, Entry

UPDATE_MARKER = re.compile(
    r"^[ \t]*(?:UPDATE|Update|UPDATED|LATEST)\s*,?\s*(?:at\s+)?"
    r"(?P<time>\d{1,2}[:.]?\d{2})\s*(?P<zone>GMT|UTC|BST|CET|CEST|EET|EEST|ET|EST|EDT|PT|local time|a\.?m\.?|p\.?m\.?)?\s*[:\-–—]\s*",
    re.MULTILINE,
)
# a bare time stamp opening a line ("2215 GMT:", "1.35pm:", "10:30 a.m. Headline", a line that is
# only "11:43am", "1h ago 02.21 Headline"); read as updates only when a document has two or more
STAMP_MARKER = re.compile(
    r"^[ \t]*(?:[\u2022*\-][ \t]*)?(?:\d{1,2}\s*(?:h|min|m)\s+ago[ \t]+)?"
    r"(?P<time>(?:[01]?\d|2[0-3])[:.][0-5]\d|(?:[01]\d|2[0-3])[0-5]\d(?=[ \t]*(?:GMT|UTC|BST|CET|CEST|EET|EEST)\b))"
    r"[ \t]*(?P<ampm>[ap]\.?m\b\.?)?[ \t]*(?P<zone>GMT|UTC|BST|CET|CEST|EET|EEST|EDT|EST|local time)?"
    r"[ \t]*(?:[:\-\u2013\u2014\"][ \t]*|$|(?=[A-Z\u2018\u201c\"']))",
    re.MULTILINE,
)
_MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"])}
_MONTH = r"(?P<month>" + "|".join(m.capitalize() for m in _MONTHS) + r")"
# a line that is only a date ("March 23, 2022", "Monday 4 August"): the day of the updates below it
DATE_LINE = re.compile(
    r"^[ \t]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?"
    r"(?:" + _MONTH + r"[ \t]+(?P<d1>\d{1,2})(?:st|nd|rd|th)?|(?P<d2>\d{1,2})(?:st|nd|rd|th)?[ \t]+"
    + _MONTH.replace("month", "month2") + r")(?:,?[ \t]+(?P<year>(?:19|20)\d{2}))?[ \t]*$",
    re.MULTILINE,
)
MIN_STAMPS = 2
# a newest-first blog whose clock goes up by more than this between updates crossed midnight
MIDNIGHT_JUMP_MIN = 60
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
    stamps = [m for m in STAMP_MARKER.finditer(text) if m.start() not in {c.line_start for c in cuts}]
    if len(stamps) >= MIN_STAMPS:
        for m in stamps:
            zone = m.group("zone") or (m.group("ampm") or "").replace(".", "") or None
            cuts.append(_Cut(m.end(), m.start(), "update", timestamp=_format_time(m.group("time"), zone)))
    for m in DATE_LINE.finditer(text):
        day = _line_date(m, doc.pub_date)
        if day is not None and (cuts or len(stamps) >= MIN_STAMPS):
            cuts.append(_Cut(m.end(), m.start(), "section", heading=m.group(0).strip()))
    is_live_blog = bool(cuts) and any(c.kind == "update" for c in cuts)
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
    _date_updates(entries, text, doc.pub_date)
    # headline-only entries (a heading followed directly by another heading) carry no text
    kept = [e for e in entries if text[e.start : e.end].strip() or e.heading]
    return _reindex(_bounded(kept, text))


def _line_date(m: re.Match, pub: date | None) -> date | None:
    """The date a DATE_LINE names; the year from the line, else the document's."""
    month = _MONTHS[(m.group("month") or m.group("month2")).lower()]
    day = int(m.group("d1") or m.group("d2"))
    year = int(m.group("year")) if m.group("year") else (pub.year if pub else None)
    if year is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _minutes(stamp: str) -> int | None:
    """Minutes after midnight of an entry's formatted time ("22:15 GMT", "01:35 pm")."""
    m = re.match(r"(\d{2}):(\d{2})(?: (.*))?$", stamp)
    if not m:
        return None
    hour, minute, zone = int(m.group(1)), int(m.group(2)), (m.group(3) or "").lower()
    if zone in ("pm", "am") and hour > 12:
        return None
    if zone == "pm" and hour != 12:
        hour += 12
    elif zone == "am" and hour == 12:
        hour = 0
    return hour * 60 + minute


def _midnight_crossings(pairs: list[tuple[int, int]]) -> int:
    """How many times a newest-first clock jumps up down the page by more than MIDNIGHT_JUMP_MIN
    (the update below written the day before), as the loop of _date_updates steps it."""
    return sum(1 for a, b in pairs if b - a > MIDNIGHT_JUMP_MIN)


def _date_updates(entries: list[Entry], text: str, pub: date | None) -> None:
    """Each update's own day: from the date line above it, stepped across midnight.

    A date line ("March 23, 2022") sets the day of the updates below it. Between date lines the
    clock tells the order: in a newest-first blog (times mostly falling down the page) a time that
    jumps up means the update below was written the day before; in an oldest-first blog a time
    that falls means the next day. Without a date line the oldest update is on the publication day
    (a live page is dated by the day it opened): the first of an oldest-first blog, the last of a
    newest-first one.
    """
    if pub is None:
        return
    timed = [(e, _minutes(e.timestamp)) for e in entries if e.timestamp]
    pairs = [(a, b) for (_, a), (_, b) in zip(timed, timed[1:]) if a is not None and b is not None]
    # the clock's step between neighbours, read round the dial: 00:15 after 23:40 is 35 minutes on
    steps = [((b - a) % 1440) - (1440 if (b - a) % 1440 > 720 else 0) for a, b in pairs]
    falling = sum(1 for d in steps if d < 0)
    rising = sum(1 for d in steps if d > 0)
    newest_first = falling > rising
    day, prev = pub, None
    if newest_first and not any(e.heading and not e.timestamp and DATE_LINE.fullmatch(e.heading) for e in entries):
        # a page is dated by the day it was opened, its oldest update at the bottom: each time the
        # clock crosses midnight going up the page, the updates above are a day later
        day = pub + timedelta(days=_midnight_crossings(pairs))
    for e in entries:
        heading_day = None
        if e.heading and not e.timestamp:
            m = DATE_LINE.fullmatch(e.heading)
            heading_day = _line_date(m, pub) if m else None
        if heading_day is not None:
            day, prev = heading_day, None
            e.entry_date = day
            continue
        now = _minutes(e.timestamp) if e.timestamp else None
        if now is not None and prev is not None:
            if newest_first and now - prev > MIDNIGHT_JUMP_MIN:
                day -= timedelta(days=1)
            elif not newest_first and prev - now > MIDNIGHT_JUMP_MIN:
                day += timedelta(days=1)
        if now is not None:
            prev = now
        if e.kind != "lead":
            e.entry_date = day


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
