"""Tallies: figures summed over an area or a period, which are not one incident.

ACLED never adds a tally to incident counts ("91 deaths across the country on Monday", "the
toll since the start of the war", "more than 2000 air raids since November 15", "the mission
documented 900 civilian deaths in the first half of the year"). A sentence is an aggregate when
its figure is qualified by a wide area, a long or open period, a running total, several
incidents or a breakdown over several places. An ordinary incident ("an air strike on X killed
25") is not, even when it carries a date.

A tally is coded on its period and its area, not on the day it was published nor the town its
dateline names: `tally_period` and `tally_area` pick those out. The cue words live in
data/tally.yaml.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span

from sitroom.extract.counts import CountMention
from sitroom.extract.dates import DateResolution, find_dates, is_stamp
from sitroom.extract.numbers import find_quantities, words_to_int
from sitroom.spans import span_ents
from sitroom.yamlload import safe_load

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "tally.yaml"


@lru_cache(maxsize=1)
def _vocab() -> dict[str, list[str]]:
    with open(DATA_FILE, encoding="utf-8") as f:
        return safe_load(f) or {}


def _alt(key: str) -> str:
    return "|".join(f"(?:{p})" for p in _vocab().get(key, []))


def _words(key: str) -> str:
    return "|".join(sorted((re.escape(w) if " " not in w else w.replace(" ", r"\s+") for w in _vocab()[key]),
                           key=len, reverse=True))


_AREA = re.compile(rf"(?i){_alt('area_spread')}")
_PERIOD = re.compile(rf"(?i)\b(?:{_alt('period')})")
_TOLL = re.compile(rf"(?i)\b(?:{_alt('toll')})\b")
_INCIDENT_TOTAL = re.compile(rf"(?i)\b(?:{_alt('incident_total')})")
_SINCE = re.compile(rf"(?i)\b(?:{_alt('since')})")
_EVENT_NOUNS = re.compile(rf"(?i)^\s*(?:{_alt('event_nouns')})")
_WEEK = re.compile(rf"(?i)(?:{_alt('week_frames')})")
# "in X province", "in the Y region": a named place that is a whole administrative area
_NAMED_AREA = re.compile(rf"\bin\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){{1,3}}(?i:{_words('area_nouns')})\b")
_ONE_INCIDENT = re.compile(rf"(?i)(?:{_alt('one_incident')})")
_ONE_ACT = re.compile(rf"(?i)(?:{_alt('one_act')})")
_CALENDAR_FRAME = re.compile(rf"(?i)(?:{_alt('calendar_frames')})")
_TOLL_UPDATE = re.compile(rf"(?i)(?:{_alt('toll_update')})")
_TALLY_MEMBER = re.compile(rf"(?i){_alt('tally_members')}")
_CONFLICT_TOLL = re.compile(rf"(?i){_alt('conflict_toll')}")
_DOCUMENTED = re.compile(rf"(?i)\b(?:{_words('documented')})\b")
_BREAKDOWN = re.compile(
    rf"(?i)\b(?:{_words('breakdown_openers')})\s+(?:at\s+least\s+|more\s+than\s+|"
    r"some\s+)?[\d,]+(?:\s+(?:people|civilians|deaths|dead))?\s+in\s+(?:the\s+)?[A-Z][\w'-]*"
)
_PER_PLACE = re.compile(r"\b\d[\d,]*\s+(?:[a-z]+\s+)?in\s+(?:the\s+)?[A-Z]")
# a sentence that breaks down the total just told ("Of those figures, ...", "By region, ...")
_PART_OF_TOTAL = re.compile(rf"(?i)^\W*(?:{_alt('part_of_total')})")
# a date inside a relative clause ("..., where farmers returned to land held for years") is
# background to the tally, not its period
_RELATIVE_CLAUSE = re.compile(r"(?i)\b(?:where|which|who|whose|when|that\s+(?:was|were|had|has|have))\b[^,;]*$")
_COMPARISON = re.compile(rf"(?i)\b(?:{_alt('comparison_cues')})\b[^.;]*$")

_SMALL_NUMBER = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|" \
                r"a\s+series\s+of|a\s+string\s+of|a\s+spate\s+of|a\s+wave\s+of|dozens\s+of)"
# "in three attacks", "during two separate incidents": one figure carried by several incidents
_SEVERAL_INCIDENTS = re.compile(
    rf"(?i)\b(?:in|during|across|over|from)\s+(?:at\s+least\s+)?{_SMALL_NUMBER}\s+(?:separate\s+|distinct\s+|"
    rf"different\s+|\w+\s+)?(?:{_words('incident_nouns')})\b"
)
# "in the regions of A, B and C", "across the provinces of A and B": several areas at once
_SEVERAL_AREAS = re.compile(
    rf"(?i)\b(?:in|across|throughout)\s+(?:the\s+)?(?:\w+\s+)?(?:{_words('area_plurals')})\s+of\s+\S"
)
_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
# "between January and June 2025", "from 1 March to 30 April": a period of more than one month
_MONTH_SPAN = re.compile(
    rf"(?i)\b(?:between|from)\s+(?:\d{{1,2}}\s+)?(?P<a>{_MONTH})\b[^.;]{{0,24}}?\b(?:and|to|until|through)\s+"
    rf"(?:\d{{1,2}}\s+)?(?P<b>{_MONTH})\b"
)
# a whole month or year named as the frame of a monitor's count ("documented ... in June 2025")
_WHOLE_PERIOD = re.compile(rf"(?i)\b(?:in|during|throughout|for)\s+(?:the\s+month\s+of\s+)?(?:{_MONTH}(?:\s+\d{{4}})?|\d{{4}})\b")


# below this a toll of "the fighting" is as likely one clash's count as a running total
RUNNING_TOLL_MIN = 50


def is_aggregate(sent: Span, offset: int, counts: list[CountMention]) -> tuple[bool, str]:
    """(True, why) when the sentence reports a tally over an area or period, not one incident."""
    # the running total of one incident is no tally: its words do not count as one
    text = _INCIDENT_TOTAL.sub(" ", sent.text)
    # counts of attacks rather than of victims ("more than 2000 air raids since November 15")
    event_counts = [q for q in find_quantities(text) if _EVENT_NOUNS.match(text[q.end:])]
    victims = [c for c in counts if (c.low or c.best or 0) >= 2]
    # one victim is an incident whatever period the sentence names ("injured in a strike last month")
    if not victims and not event_counts:
        return False, ""
    if _TOLL.search(text):
        return True, "running death toll"
    m = _BREAKDOWN.search(text)
    if m:
        return True, f"breakdown by place: '{m.group(0)}'"
    m = _CONFLICT_TOLL.search(text)
    if m and any(c.category in ("killed", "injured") and (c.best or c.low or 0) >= RUNNING_TOLL_MIN for c in victims):
        return True, f"running toll of the fighting: '{m.group(0)}'"
    m = _AREA.search(text)
    if m:
        return True, f"figure over a wide area: '{m.group(0)}'"
    m = _PERIOD.search(text)
    if m and not (_CALENDAR_FRAME.fullmatch(m.group(0).strip())
                  and (_ONE_INCIDENT.search(text) or _ONE_ACT.search(text))):
        return True, f"figure over a period: '{m.group(0).strip()}'"
    if _WEEK.search(text) and any(c.category == "killed" for c in victims) and not _ONE_INCIDENT.search(text):
        m = _NAMED_AREA.search(text)
        if m:
            return True, f"figure over a week in an area: '{m.group(0)}'"
    if victims:
        for pattern, why in ((_SEVERAL_INCIDENTS, "figure over several incidents"),
                             (_SEVERAL_AREAS, "figure over several areas"),
                             (_MONTH_SPAN, "figure over months")):
            m = pattern.search(text)
            if m:
                return True, f"{why}: '{m.group(0)}'"
    if event_counts:
        q = event_counts[0]
        m = _SINCE.search(text)
        several = q.best is not None and q.best >= 2 and any(c.category == "killed" for c in victims)
        if m or q.best is not None and q.best >= 10 or several:
            return True, f"count of attacks: '{q.text}{_EVENT_NOUNS.match(text[q.end:]).group(0)}'"
    m = _SINCE.search(text)
    if m and any(c.category == "killed" for c in counts):
        return True, f"deaths over an open period: '{m.group(0)}'"
    if _DOCUMENTED.search(text) and any(c.category == "killed" for c in victims):
        if any((c.best or 0) >= 50 for c in victims):
            return True, "monitor's documented total"
        m = _WHOLE_PERIOD.search(text)
        if m:
            return True, f"monitor's count over a period: '{m.group(0)}'"
    if len(_PER_PLACE.findall(text)) >= 2 or len(breakdown_parts(text)) >= 2:
        return True, "figures over several places"
    m = _PART_OF_TOTAL.search(text)
    if m:
        return True, f"part of a total: '{m.group(0)}'"
    places = {e.text for e in span_ents(sent) if e.label_ in ("GPE", "LOC", "FAC")}
    numbered = [c for c in counts if c.category == "killed"]
    if len(places) >= 3 and len(numbered) >= 2:
        return True, "figures over several places"
    return False, ""


def tells_a_tally_member(text: str) -> bool:
    """The sentence tells one of the incidents a tally summed ("Following one of the strikes, ..."):
    with no day of its own, it happened within that tally's period."""
    return bool(_TALLY_MEMBER.search(text))


def toll_update(sentence: str, sentence_start: int, counts: list[CountMention]) -> CountMention | None:
    """The killed figure that updates the toll of the incident just told ("The toll later rose to
    14"), or None. `sentence_start` is the document offset of `sentence`."""
    for c in counts:
        if c.category == "killed" and c.qualifier != "vague":
            before = sentence[max(0, c.start - sentence_start - 80): max(0, c.start - sentence_start)]
            if _TOLL_UPDATE.search(before):
                return c
    return None


_PARTS = {"first half": (1, 6), "second half": (7, 12), "first quarter": (1, 3), "second quarter": (4, 6),
          "third quarter": (7, 9), "fourth quarter": (10, 12), "last quarter": (10, 12)}
# "the first half of 2025", "the second quarter of the year", "the first six months of this year"
_PART_OF_YEAR = re.compile(
    r"(?i)\b(?P<part>first\s+half|second\s+half|(?:first|second|third|fourth|last)\s+quarter|"
    r"first\s+(?P<n>\w+)\s+months)\s+of\s+(?P<year>\d{4}|(?:the|this)\s+year|last\s+year)\b"
)
# "the first fortnight of this month", "the first week of February 2024"
_PART_OF_MONTH = re.compile(
    rf"(?i)\b(?:the\s+)?first\s+(?P<part>fortnight|week|ten\s+days)\s+of\s+(?:(?:this|the)\s+month(?:\s+of\s+(?P<m1>{_MONTH}))?|"
    rf"(?P<m2>{_MONTH})(?:\s+(?P<y>\d{{4}}))?)\b"
)
# "during the month", "over the reporting month": the month the report covers
_THE_MONTH = re.compile(r"(?i)\b(?:during|in|over|throughout)\s+the\s+(?:reporting\s+)?month\b(?!\s+of)")
# up to this day of a month, a report's "the month" is the month before
EARLY_IN_MONTH = 10
_PART_DAYS = {"fortnight": 15, "week": 7, "ten days": 10}


def _span(m: re.Match, a: dt.date, b: dt.date, base: int, precision: int) -> DateResolution:
    return DateResolution(a, b, a + (b - a) // 2, precision, base + m.start(), base + m.end(), m.group(0), "range")


def _period_phrases(text: str, base: int, anchor: dt.date | None) -> list[DateResolution]:
    """Parts of a year or a month ("the first half of 2025"), which the date parser reads as the
    whole year or not at all."""
    out: list[DateResolution] = []
    for m in _PART_OF_YEAR.finditer(text):
        y = m.group("year").lower()
        if y.isdigit():
            year = int(y)
        elif anchor is None:
            continue
        else:
            year = anchor.year - (1 if y.startswith("last") else 0)
        part = re.sub(r"\s+", " ", m.group("part").lower())
        if m.group("n"):
            n = int(m.group("n")) if m.group("n").isdigit() else words_to_int(m.group("n"))
            if not n or not 1 <= n <= 12:
                continue
            first, last = 1, n
        else:
            first, last = _PARTS[part]
        a, b = dt.date(year, first, 1), dt.date(year, last, calendar.monthrange(year, last)[1])
        if anchor is not None and b > anchor:
            b = anchor  # the year is still running: the tally runs to the report
        if a <= b:
            out.append(_span(m, a, b, base, 3))
    for m in _THE_MONTH.finditer(text):
        if anchor is None:
            continue
        # a report issued early in a month sums the month before; later, the month so far
        if anchor.day <= EARLY_IN_MONTH:
            b = anchor.replace(day=1) - dt.timedelta(days=1)
            a = b.replace(day=1)
        else:
            a, b = anchor.replace(day=1), anchor
        out.append(_span(m, a, b, base, 3))
    for m in _PART_OF_MONTH.finditer(text):
        month_name = m.group("m1") or m.group("m2")
        if month_name:
            month = list(calendar.month_name).index(month_name.capitalize())
            year = int(m.group("y")) if m.group("y") else (anchor.year if anchor else None)
            if year is None:
                continue
            if anchor is not None and not m.group("y") and dt.date(year, month, 1) > anchor:
                year -= 1
        elif anchor is not None:
            year, month = anchor.year, anchor.month
        else:
            continue
        days = _PART_DAYS[re.sub(r"\s+", " ", m.group("part").lower())]
        a = dt.date(year, month, 1)
        b = a + dt.timedelta(days=days - 1)
        if anchor is not None and b > anchor:
            b = anchor
        out.append(_span(m, a, b, base, 2))
    return out


def tally_period(sent: Span, offset: int, anchor: dt.date | None) -> DateResolution | None:
    """The period a tally covers: the first period the sentence names that is not one it is
    compared with ("compared with the same period of 2024") nor background in a relative clause;
    a period wins over a day named beside it (the day of the statement: "said today", a
    dateline). A day alone dates a day's tally. None when the sentence names no date."""
    text = sent.text
    base = offset + sent.start_char
    phrases = _period_phrases(text, base, anchor)
    dates = [d for d in find_dates(sent, offset, anchor) if not is_stamp(sent, offset, d, anchor)]
    # a phrase replaces the bare year the parser read inside it ("the first half of 2025")
    dates = [d for d in dates if not any(p.start <= (d.start or -1) < p.end for p in phrases)] + phrases
    kept = []
    for d in sorted(dates, key=lambda d: d.start if d.start is not None else 0):
        if d.start is None:
            continue
        if _COMPARISON.search(text[max(0, d.start - base - 60): d.start - base]):
            continue  # the figure it is compared with, not its own period
        if _RELATIVE_CLAUSE.search(text[max(0, d.start - base - 80): d.start - base]):
            continue
        kept.append(d)
    # a period beats a day: the day of the statement ("said today", a dateline) is not what it sums
    wide = [d for d in kept if d.date_start != d.date_end]
    if wide:
        return wide[0]
    # a day's tally ("18 more were killed on Monday") is dated by that day
    return kept[0] if kept else None


# what comes right before a place that a tally covers: "in", "across the provinces of", "in the
# south of", "throughout northern"
_AREA_LEAD = re.compile(
    rf"(?i)\b(?:in|across|throughout|within|inside)\s+(?:the\s+)?(?:(?:\w+\s+){{0,2}}(?:{_words('area_plurals')}|"
    r"north|south|east|west|centre|center|parts?|rest)\s+of\s+(?:the\s+)?)?(?:[a-z]+(?:ern|ral)\s+)?$"
    rf"|\b(?:{_words('area_nouns')})\s+of\s+$"
)
_AREA_NOUN = re.compile(rf"(?i)^\s+(?:{_words('area_nouns')})\b")
# a dateline opening the sentence: "(Nairobi) –", "KYIV, 10 July 2025 –", "Bogotá, 3 July 2025."
_DATELINE = re.compile(r"^\W*(?:\([^)]{2,40}\)\s*[-–—:]|[^\n.()]{2,60}?\b\d{4}\s*[-–—.:]|[A-Z][\w'’. -]{1,30}[-–—:]\s)")


def tally_area(sent: Span, offset: int, places: list) -> object | None:
    """The area a tally covers: the first place the sentence puts its figure "in" (or "across"),
    outside a dateline; a dateline names where the statement was issued, not what it counts.
    `places` are the sentence's resolved place mentions (document offsets, text order)."""
    text = sent.text
    base = offset + sent.start_char
    lead = len(text) - len(text.lstrip())
    dateline_end = -1
    for line_start in [0] + [m.end() for m in re.finditer(r"\n", text)]:
        m = _DATELINE.match(text, line_start)
        if m:
            dateline_end = max(dateline_end, m.end())
    for p in places:
        if p.start - base < max(dateline_end, lead):
            continue
        after = text[p.end - base: p.end - base + 20]
        # a name the gazetteer lacks is still an area when the text calls it one ("in X province")
        if not getattr(p, "resolved", False) and not _AREA_NOUN.match(after):
            continue
        before = text[max(0, p.start - base - 60): p.start - base]
        if _AREA_LEAD.search(before):
            return p
    return None


_NUM = r"\d[\d,]*"
_NAME = r"[A-Z][\w'’-]+(?:[ -](?:(?:al|el|ad|as|ash|de|du|la|of)[ -])?[A-Z][\w'’-]+){0,3}"
# "38 in Kharkiv region", "52 civilians killed in the city of Y": a figure, then its place
_PART_IN = re.compile(
    rf"(?<![\w,.])(?P<n>{_NUM})(?:\s+[a-z]+){{0,3}}?\s+in\s+(?:the\s+)?(?:(?:city|town|province|region|"
    rf"governorate|district|state|department|zone|oblast)\s+of\s+)?(?P<place>{_NAME})"
)
# "North Gondar zone (64 deaths)", "Aleppo (18)": a place, then its figure in brackets
_PART_PAREN = re.compile(
    rf"(?P<place>{_NAME})(?:\s+(?:{_words('area_nouns')}))?\s*\((?P<n>{_NUM})(?:\s+[a-z]+)?\)")


def breakdown_parts(text: str) -> list[tuple[int, int, int, int, int]]:
    """The parts of a breakdown by place ("71 in X region, 38 in Y region", "X (64 deaths), Y
    (58)"): (part start, part end, place start, place end, figure), offsets into `text`. Empty
    unless the sentence lists at least two places with a figure each, or one after "including"."""
    found: list[tuple[int, int, int, int, int]] = []
    for pattern in (_PART_IN, _PART_PAREN):
        for m in pattern.finditer(text):
            n = int(m.group("n").replace(",", ""))
            if 1900 <= n <= 2100 and pattern is _PART_IN:
                continue  # "in 2024 in X": a year, not a figure
            if any(a < m.end() and m.start() < b for a, b, *_ in found):
                continue
            found.append((m.start(), m.end(), m.start("place"), m.end("place"), n))
    found.sort()
    if len(found) >= 2:
        return found
    if found and _BREAKDOWN.search(text):
        return found
    return []


def clause_groups(sent: Span, offset: int, counts: list[CountMention]) -> list[tuple[int, int, list[CountMention]]]:
    """A tally's figures told under different coordinated verbs ("executed 9 men, and forcibly
    disappeared 18 others"): (clause start, clause end, its counts), document offsets, one per
    verb clause. A single group (or none) when the figures hang from one verb."""
    doc = sent.doc
    base = offset
    groups: dict[int, list[CountMention]] = {}
    for c in counts:
        tok = next((t for t in sent if base + t.idx <= c.start < base + t.idx + len(t.text) + 1), None)
        while tok is not None and tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
            tok = tok.head
        if tok is None or tok.pos_ not in ("VERB", "AUX"):
            return []
        # the clause is the verb's whole conjunct: climb "disappeared and killed" to its first verb
        while tok.dep_ == "conj" and tok.head.dep_ == "conj":
            tok = tok.head
        groups.setdefault(tok.i, []).append(c)
    if len(groups) < 2:
        return []
    heads = sorted(groups)
    out = []
    for k, i in enumerate(heads):
        verb = doc[i]
        start = sent.start_char if k == 0 else verb.left_edge.idx
        if k + 1 < len(heads):
            end = doc[heads[k + 1]].left_edge.idx
        else:
            end = sent.end_char
        out.append((base + start, base + end, groups[i]))
    return out
