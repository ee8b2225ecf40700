"""Wire datelines ("KANDI, Benin, March 3 (Agence) -", "BEIRUT (AP) —") as a part of the text.

Why: a dateline tells where and when a story was filed. Read as words of the sentence it opens, its
month ("March") and agency pull the sentence's event type (a flood story typed as a protest march);
split off as a sentence of its own, it would found a record. The place and day it gives are read by
the geocoder and the date resolver from the full text; typing and founding must not see it.
"""
from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span

from sitroom.extract.dates import _MON, _month_num

_DASH = r"(?:--|[-–—])"
# [PLACE[, REGION]], [MONTH DAY[, YEAR]] [(AGENCY)] DASH — with a date or an agency, so that an
# ordinary sentence opening "Goma, a city of a million -" is not taken for one
_PLACE = r"(?:[A-Z][A-Za-z.'’-]+(?:\s+[A-Z][A-Za-z.'’-]+){0,3})"
_MONTH = r"(?i:" + _MON + r")"
_DATE = r"(?:" + _MONTH + r"\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+" + _MONTH + r"(?:\s+\d{4})?)"
_AGENCY = r"\([A-Za-z][A-Za-z .&/-]{0,24}\)"
DATELINE_PREFIX = re.compile(
    r"^\s*(?:" + _PLACE + r"\s*(?:,\s*" + _PLACE + r"\s*)?)?,?\s*"
    r"(?:(?:" + _DATE + r")\s*(?:" + _AGENCY + r")?|" + _AGENCY + r")\s*\.?" + _DASH + r"\s*")


def dateline_prefix_end(text: str) -> int:
    """End of the dateline that opens `text`, or 0 when none does."""
    m = DATELINE_PREFIX.match(text)
    if not m or not m.group().strip():
        return 0
    return m.end()


def blank_dateline(text: str) -> str:
    """The text with its opening dateline blanked out (same length, so offsets keep)."""
    end = dateline_prefix_end(text)
    return " " * end + text[end:] if end else text


def is_dateline_fragment(sent: Span) -> bool:
    """A dateline split off as a sentence of its own: short, verbless, ending in a dash."""
    text = sent.text.rstrip()
    if not re.search(_DASH + r"$", text) or len(sent) > 14:
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in sent)


# how many of the text's first lines may hold its dateline (a headline, a byline, a stamp before it)
DATELINE_LINES = 8
# how long before the page's date a dateline's day may lie and still be the story's filing day
DATELINE_MAX_DAYS = 31
_DAY_MONTH = re.compile(r"(?P<m1>" + _MONTH + r")\s+(?P<d1>\d{1,2})(?:,\s*(?P<y1>\d{4}))?"
                        r"|(?P<d2>\d{1,2})\s+(?P<m2>" + _MONTH + r")(?:\s+(?P<y2>\d{4}))?")


def dateline_day(text: str, page_day: dt.date | None) -> dt.date | None:
    """The day a story's dateline gives ("KANO, Nigeria, March 3 (Reuters) -") when it is before
    the page's own date: the story was filed then, so its "on Wednesday" is the Wednesday before
    that day, not before a later page date. None without such a dateline."""
    if page_day is None:
        return None
    for line in [ln for ln in text.split("\n") if ln.strip()][:DATELINE_LINES]:
        m = DATELINE_PREFIX.match(line)
        if not m or not m.group().strip():
            continue
        d = _DAY_MONTH.search(m.group())
        if d is None:
            return None
        month, day = d.group("m1") or d.group("m2"), d.group("d1") or d.group("d2")
        year = d.group("y1") or d.group("y2")
        try:
            when = dt.date(int(year) if year else page_day.year, _month_num(month), int(day))
            if when > page_day and not year:
                when = when.replace(year=when.year - 1)
        except (ValueError, KeyError):
            return None
        return when if 0 < (page_day - when).days <= DATELINE_MAX_DAYS else None
    return None
