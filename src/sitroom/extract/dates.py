"""When things happened: date expressions in a sentence, resolved against the entry's date.

Reports date events in many ways: "March 2, 2011", "2 March 2011", "between March 15 and 28,
2016", "in August 2012", "early 2013", "on Monday", "yesterday", "since Saturday", "last month",
"mid-September". Absolute dates are parsed with python-dateutil; the relative logic (which
Monday, which year a bare "March 20" belongs to, what "early" means) is written here.

Conventions (documented so reviewers can check them):

* A bare weekday ("on Monday") is the most recent such day on or before the anchor (reports
  are past tense); "today" is the anchor, "yesterday" / "last night" the day before.
* A month without a day is the whole month, precision 3; a year alone the whole year.
* "early X" = the first third (Jan-Apr of a year, days 1-10 of a month), "mid X" the middle
  third (May-Aug, days 11-20), "late X" the last third (Sep-Dec, days 21-end); precision 3
  (2 for a part of a month).
* A month-day without a year takes the anchor's year (the previous year if that would put it
  after the anchor); without an anchor, the nearest year written in the text, else unresolved.
* Ranges: precision 1 for one day, 2 for up to 7 days, 3 beyond. `event_date` of a bounded
  range is its middle day (ACLED codes a week/month-level event to the middle of the period);
  of an open "since X" range (ongoing until the report) it is the end, the anchor.
* Relative expressions need an anchor; with anchor None they are not returned.
"""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace
from pathlib import Path

from dateutil import parser as du_parser
from dateutil.relativedelta import relativedelta
from spacy.tokens import Span, Token

from sitroom.yamlload import safe_load


@dataclass
class DateResolution:
    """A resolved date or date range, with the document words it came from."""

    date_start: dt.date
    date_end: dt.date
    event_date: dt.date
    time_precision: int  # 1 day, 2 a few days/week, 3 month or vaguer
    start: int | None
    end: int | None
    text: str
    kind: str  # explicit|relative|range|since|historical|anchor
    # dates of the sentence that were not used because they fall after the document's date
    note: str = ""


MONTH_NAMES = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTH_ABBR = {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
MONTH_ABBR["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}

_MON = r"(?:january|february|march|april|may|june|july|august|september|october|november|" \
       r"december|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?:\.|\b))"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[0-9]{3}|20\d{2})"
_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_PART = r"(?:early|mid|middle|late|the\s+end\s+of|end|the\s+beginning\s+of|beginning|" \
        r"the\s+start\s+of|start|the\s+middle\s+of)"

# a single calendar point, as specific as the text allows
_MD = rf"{_MON}\s*,?\s*{_DAY}"           # March 15 / March, 15 / Mar. 15th
_DM = rf"{_DAY}\s+(?:of\s+)?{_MON}"      # 15 March / 15th of March
_POINT = rf"""(?:
    (?:{_WD}\s*,?\s*)?(?:{_MD}|{_DM})(?:\s*,?\s*{_YEAR})?
  | (?:{_PART}[\s-]+)?{_MON}(?:\s*,?\s*(?:of\s+)?{_YEAR})?
  | \d{{4}}-\d{{2}}-\d{{2}}
)"""
# a bare day that borrows month/year from its partner: "between August 4 and 11, 2011"
_DAYONLY = rf"{_DAY}(?:\s*,?\s*{_YEAR})?"

RANGE_RE = re.compile(
    rf"""(?ix)
    (?:(?:some\s*time|in|on|during|the\s+period)\s+)?
    (?:betw?e+n\s+(?:betw?e+n\s+)?|from\s+)
    (?P<a>{_POINT}|{_YEAR}|{_DAY})
    \s*,?\s*(?:and|to|until|till|through|thru|-|–|—)\s*
    (?P<b>{_POINT}|{_YEAR}|{_DAYONLY})(?![\w-])
    """
)
ON_AND_RE = re.compile(
    rf"""(?ix)\bon\s+(?:between\s+)?(?P<a>(?:{_MD}|{_DM})\s*,?\s*{_YEAR})\s*,?\s*and\s+
    (?P<b>(?:{_MD}|{_DM})\s*,?\s*{_YEAR})"""
)
DASH_RANGE_RE = re.compile(
    rf"""(?ix)\b(?:(?P<mon1>{_MON})\s+(?P<d1>{_DAY})\s*[-–]\s*(?P<d2>{_DAY})
    |(?P<d3>{_DAY})\s*[-–]\s*(?P<d4>{_DAY})\s+(?P<mon2>{_MON}))(?:\s*,?\s*(?P<y>{_YEAR}))?\b"""
)
POINT_RE = re.compile(rf"(?ix)(?<![\w-]){_POINT}(?![\w])")
PART_YEAR_RE = re.compile(
    rf"(?ix)\b(?P<part>{_PART})[\s-]+(?:of\s+)?(?P<y>{_YEAR})\b"
)
YEAR_RE = re.compile(
    rf"(?ix)\b(?:(?P<prep>in|during|since|by|throughout|of|for|until|before|after|year)\s+"
    rf"(?:the\s+(?:year\s+)?)?)(?P<y>{_YEAR})\b(?![-/]\d)"
)
SEASON_RE = re.compile(
    rf"(?ix)\b(?:(?P<part>early|late|mid)[\s-]+)?(?P<s>spring|summer|autumn|fall|winter)"
    rf"\s+(?:of\s+)?(?P<y>{_YEAR})\b"
)
CENTURY_RE = re.compile(r"(?ix)\b(?P<n>\d{1,2})(?:st|nd|rd|th)\s+century\b")

RELATIVE_RE = re.compile(
    rf"""(?ix)\b(?:
        (?P<yesterday>yesterday|the\s+day\s+before)
      | (?P<lastnight>last\s+night|overnight)
      | (?P<today>today|tonight|this\s+(?:morning|afternoon|evening))
      | (?P<wd>(?:(?P<wdmod>last|this|on|early|late|on\s+the\s+night\s+of|by|next|coming|from|until|till)\s+)?(?P<wdname>{_WD})
            (?:\s+(?:morning|afternoon|evening|night))?)
      | (?P<ago>(?P<agon>\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an)\s+
            (?P<agou>days?|weeks?|months?|years?)\s+ago)
      | (?P<lastunit>(?P<lu_mod>last|this|earlier\s+this|past|previous)\s+(?P<lu>week|weekend|month|year))
      | (?P<theweekend>(?:over|at|during|on)\s+the\s+weekend)
      | (?P<past>(?:the\s+|over\s+the\s+|in\s+the\s+)?(?:past|last|previous|recent)\s+
            (?:(?P<pastn>\d+|two|three|four|five|six|seven|eight|nine|ten|few|several)\s+)?
            (?P<pastu>days|weeks|months|years|24\s+hours|48\s+hours))
      | (?P<recent>(?:in\s+)?recent\s+(?P<ru>days|weeks|months))
      | (?P<formonths>for\s+(?P<fn>months|weeks|days|years))
      | (?P<monthonly>(?:(?P<mpart>early|mid|middle|late|the\s+end\s+of|the\s+beginning\s+of|
            the\s+start\s+of|the\s+middle\s+of)[\s-]+)(?P<mname>{_MON})(?!\s*,?\s*(?:\d|of\s+\d)))
    )\b"""
)
SINCE_RE = re.compile(r"(?i)\b(?:ever\s+)?since\s+$")
_BARE_MONTH_CUE = re.compile(r"(?i)\b(?:in|during|since|by|until|of|through|throughout)\s+$")
# how far before a date its cue word ("since", "in") is looked for: a bounded window, so a long
# sentence costs linear time, not a rescan of its whole beginning at every date
_LOOKBACK = 80
SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
         "seven": 7, "eight": 8, "nine": 9, "ten": 10, "few": 3, "several": 3}
_CUES_FILE = Path(__file__).resolve().parent.parent / "data" / "dates.yaml"


def _load_cues() -> dict[str, list[str]]:
    with _CUES_FILE.open(encoding="utf-8") as f:
        return safe_load(f) or {}


_CUES = _load_cues()
REPORTING_LEMMAS = {w.lower() for w in _CUES.get("reporting_lemmas", [])}
EVENT_LEMMAS = {w.lower() for w in _CUES.get("event_lemmas", [])}
SCHEDULED_LEMMAS = {w.lower() for w in _CUES.get("scheduled_lemmas", [])}
EARLIER_ADJECTIVES = {w.lower() for w in _CUES.get("earlier_event_adjectives", [])}
# how far before the story's day an "earlier" event is looked for
EARLIER_EVENT_DAYS = 7
_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
_FUTURE_WD_MODS = {"next", "coming", "until", "till"}
# what may stand between a line's start and a date stamp: a lead word, a colon, a bullet
_STAMP_LEAD = re.compile(
    r"(?i)^[\s\W]*(?:(?:" + "|".join(re.escape(w) for w in sorted(_CUES.get("stamp_lead_words", []),
                                                                  key=len, reverse=True))
    + r")\b\s*[:\-–—]?\s*)?$"
)
# how far a stamp may lie from the document's date (a time zone, a late edition)
STAMP_SLACK_DAYS = 1


def _month_num(s: str) -> int:
    s = s.lower().rstrip(".")
    return MONTH_NAMES.get(s) or MONTH_ABBR[s[:4] if s.startswith("sept") else s[:3]]


def _month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _part_of_month(part: str, year: int, month: int) -> tuple[dt.date, dt.date, int]:
    last = calendar.monthrange(year, month)[1]
    p = part.lower()
    if "early" in p or "beginning" in p or "start" in p:
        return dt.date(year, month, 1), dt.date(year, month, 10), 2
    if "mid" in p or "middle" in p:
        return dt.date(year, month, 11), dt.date(year, month, 20), 2
    return dt.date(year, month, 21), dt.date(year, month, last), 2


def _part_of_year(part: str, year: int) -> tuple[dt.date, dt.date]:
    p = part.lower()
    if "early" in p or "beginning" in p or "start" in p:
        return dt.date(year, 1, 1), dt.date(year, 4, 30)
    if "mid" in p or "middle" in p:
        return dt.date(year, 5, 1), dt.date(year, 8, 31)
    return dt.date(year, 9, 1), dt.date(year, 12, 31)


def _precision(a: dt.date, b: dt.date) -> int:
    days = (b - a).days
    return 1 if days == 0 else 2 if days <= 7 else 3


def _mid(a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=(b - a).days // 2)


def _year_context(sent: Span, anchor: dt.date | None, near: int) -> int | None:
    """Year for a date written without one: the anchor's, else the nearest year in the text.

    A year in the same sentence wins by distance; else the nearest earlier one, then a later one.
    The text's years are found once per parsed text (not once per date), so the cost stays linear.
    """
    if anchor is not None:
        return anchor.year
    positions, years = _years_in(sent.doc)
    if not positions:
        return None
    candidates: list[tuple[int, int, int]] = []  # (score, position, year)
    i = bisect.bisect_left(positions, near)
    for j in (i - 1, i):  # the nearest year on either side inside the sentence
        if 0 <= j < len(positions) and sent.start_char <= positions[j] < sent.end_char:
            candidates.append((abs(positions[j] - near), positions[j], years[j]))
    before = bisect.bisect_left(positions, sent.start_char) - 1
    if before >= 0:
        candidates.append((near - positions[before] + 10_000, positions[before], years[before]))
    after = bisect.bisect_left(positions, sent.end_char)
    if after < len(positions):
        candidates.append((positions[after] - near + 15_000, positions[after], years[after]))
    return min(candidates)[2] if candidates else None


_YEAR_MENTION = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _years_in(doc) -> tuple[list[int], list[int]]:
    """Start offsets and values of the four-digit years in a parsed text, cached on the Doc."""
    cached = doc.user_data.get("sitroom_years")
    if cached is None:
        found = [(m.start(), int(m.group(0))) for m in _YEAR_MENTION.finditer(doc.text)]
        cached = ([p for p, _ in found], [y for _, y in found])
        doc.user_data["sitroom_years"] = cached
    return cached


class _Unresolved(Exception):
    pass


def _parse_point(
    s: str, year_hint: int | None, month_hint: int | None = None
) -> tuple[dt.date, dt.date, bool]:
    """(start, end, had_year) of one calendar point; a month alone spans the month."""
    t = re.sub(r"(?i)\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*,?\s*", "", s)
    t = re.sub(r"(?i)(\d)(st|nd|rd|th)\b", r"\1", t).replace(",", " ").strip()
    t = re.sub(r"(?i)\bof\b", " ", t)
    t = re.sub(r"\s+", " ", t).strip()
    part = re.match(rf"(?i)^({_PART})[\s-]+(.*)$", t)
    if part:
        body = part.group(2)
        ym = re.search(rf"\b{_YEAR}\b", body)
        year = int(ym.group(0)) if ym else year_hint
        if year is None:
            raise _Unresolved(s)
        month = _month_num(body.split()[0])
        a, b, _ = _part_of_month(part.group(1), year, month)
        return a, b, bool(ym)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", t):
        d = dt.date.fromisoformat(t)
        return d, d, True
    if re.fullmatch(_YEAR, t):
        y = int(t)
        return dt.date(y, 1, 1), dt.date(y, 12, 31), True
    ym = re.search(rf"\b{_YEAR}\b", t)
    has_day = bool(re.search(r"(?<!\d)(?:[12]\d|3[01]|0?[1-9])(?!\d)", re.sub(rf"\b{_YEAR}\b", "", t)))
    has_month = bool(re.search(rf"(?i)\b{_MON}", t))
    year = int(ym.group(0)) if ym else year_hint
    if year is None:
        raise _Unresolved(s)
    if not has_month:
        if month_hint is None or not has_day:
            raise _Unresolved(s)
        day = int(re.search(r"\d+", t).group(0))
        try:
            d = dt.date(year, month_hint, day)
        except ValueError as exc:
            raise _Unresolved(s) from exc
        return d, d, bool(ym)
    if not has_day:
        a, b = _month_range(year, _month_num(re.search(rf"(?i){_MON}", t).group(0)))
        return a, b, bool(ym)
    try:
        d = du_parser.parse(t, default=dt.datetime(year, 1, 1)).date()
    except (ValueError, OverflowError) as exc:
        raise _Unresolved(s) from exc
    return d, d, bool(ym)


def _fix_future(a: dt.date, b: dt.date, had_year: bool, anchor: dt.date | None):
    """A yearless date after the anchor belongs to the previous year (past-tense reporting)."""
    if anchor is not None and not had_year and a > anchor:
        return a - relativedelta(years=1), b - relativedelta(years=1)
    return a, b


def _weekday_on_or_before(anchor: dt.date, wd: int, strictly_before: bool = False) -> dt.date:
    delta = (anchor.weekday() - wd) % 7
    if delta == 0 and strictly_before:
        delta = 7
    return anchor - dt.timedelta(days=delta)


def _weekday_on_or_after(anchor: dt.date, wd: int) -> dt.date:
    return anchor + dt.timedelta(days=(wd - anchor.weekday()) % 7)


def _future_weekday(sent: Span, m: re.Match, base: int) -> bool:
    """A weekday the sentence looks forward to: "next Tuesday", "until Friday", or hanging from a
    verb in the future ("will meet on Monday") or a scheduled happening ("a ceasefire to begin
    Tuesday", "talks would resume Monday")."""
    if (m.group("wdmod") or "").lower() in _FUTURE_WD_MODS:
        return True
    gov = _governor(sent, base + m.start(), base + m.end())
    if gov is None:
        return False
    aux = {c.lower_ for c in gov.children if c.dep_ in ("aux", "auxpass")}
    if aux & _FUTURE_AUX:
        return True
    return bool(aux & {"would", "to"}) and gov.lemma_.lower() in SCHEDULED_LEMMAS


def _relative(m: re.Match, anchor: dt.date) -> tuple[dt.date, dt.date] | None:
    g = m.groupdict()
    if g["yesterday"] or g["lastnight"]:
        d = anchor - dt.timedelta(days=1)
        if g["lastnight"]:
            # "last night" spans the night before the report: code the earlier day
            return d, d
        return d, d
    if g["today"]:
        return anchor, anchor
    if g["wd"]:
        wd = WEEKDAYS[g["wdname"].lower()]
        mod = (g["wdmod"] or "").lower()
        d = _weekday_on_or_before(anchor, wd, strictly_before=(mod == "last"))
        return d, d
    if g["ago"]:
        n = SMALL.get(g["agon"].lower()) or int(g["agon"])
        unit = g["agou"].lower().rstrip("s")
        d = anchor - relativedelta(**{unit + "s": n})
        return d, d
    if g["theweekend"]:
        # "over the weekend": the latest Saturday and Sunday up to the anchor day
        sat = _weekday_on_or_before(anchor, 5)
        return sat, min(sat + dt.timedelta(days=1), anchor)
    if g["lastunit"]:
        mod, unit = g["lu_mod"].lower(), g["lu"].lower()
        this = "this" in mod
        if unit == "week":
            if this:
                return anchor - dt.timedelta(days=anchor.weekday()), anchor
            if mod in ("past",):
                return anchor - dt.timedelta(days=7), anchor
            start = anchor - dt.timedelta(days=anchor.weekday() + 7)
            return start, start + dt.timedelta(days=6)
        if unit == "weekend":
            sat = _weekday_on_or_before(anchor, 5, strictly_before=not this)
            return sat, sat + dt.timedelta(days=1)
        if unit == "month":
            if this:
                return anchor.replace(day=1), anchor
            if mod == "past":
                return anchor - relativedelta(months=1), anchor
            prev = anchor.replace(day=1) - dt.timedelta(days=1)
            return _month_range(prev.year, prev.month)
        if unit == "year":
            if this:
                return dt.date(anchor.year, 1, 1), anchor
            if mod == "past":
                return anchor - relativedelta(years=1), anchor
            return dt.date(anchor.year - 1, 1, 1), dt.date(anchor.year - 1, 12, 31)
    if g["past"]:
        unit = g["pastu"].lower()
        n = SMALL.get((g["pastn"] or "").lower()) or (int(g["pastn"]) if g["pastn"] and g["pastn"].isdigit() else 1)
        if "hours" in unit:
            hours = int(unit.split()[0])
            return anchor - dt.timedelta(days=max(1, hours // 24)), anchor
        unit = unit.rstrip("s") + "s"
        if not g["pastn"] and unit != "days":
            n = 1 if "past" in m.group(0).lower() or "last" in m.group(0).lower() else 1
        if not g["pastn"] and unit == "days":
            n = 3
        return anchor - relativedelta(**{unit: n}), anchor
    if g["recent"]:
        unit = g["ru"].lower()
        span = {"days": relativedelta(days=3), "weeks": relativedelta(weeks=3),
                "months": relativedelta(months=3)}[unit]
        return anchor - span, anchor
    if g["formonths"]:
        unit = g["fn"].lower()
        span = {"days": relativedelta(days=3), "weeks": relativedelta(weeks=3),
                "months": relativedelta(months=3), "years": relativedelta(years=3)}[unit]
        return anchor - span, anchor
    if g["monthonly"]:
        month = _month_num(g["mname"])
        year = anchor.year if month <= anchor.month else anchor.year - 1
        a, b, _ = _part_of_month(g["mpart"], year, month)
        return a, b
    return None


def _make(a: dt.date, b: dt.date, start: int | None, end: int | None, text: str, kind: str,
          precision: int | None = None) -> DateResolution:
    if b < a:
        a, b = b, a
    p = precision if precision is not None else _precision(a, b)
    event = b if kind == "since" else (a if a == b else _mid(a, b))
    return DateResolution(a, b, event, p, start, end, text, kind)


def before_the_story_day(sent: Span, offset: int, story: DateResolution | None,
                         event_nouns: set[str]) -> DateResolution | None:
    """An undated sentence that calls its event earlier than the story's ("An earlier suicide
    attack on the police headquarters ..."): the days before the story's day, not that day itself.
    None when the sentence says no such thing or the story has no day."""
    if story is None:
        return None
    for tok in sent:
        if tok.lower_ in EARLIER_ADJECTIVES and tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN") \
                and tok.head.lemma_.lower() in event_nouns:
            last = story.date_start - dt.timedelta(days=1)
            return _make(last - dt.timedelta(days=EARLIER_EVENT_DAYS - 1), last, offset + tok.idx,
                         offset + tok.idx + len(tok.text), tok.text, "relative", precision=2)
    return None


def _spans_overlap(a: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in taken)


def find_dates(sent: Span, offset: int, anchor: dt.date | None,
               dropped: list[DateResolution] | None = None) -> list[DateResolution]:
    """Every date expression in the sentence that can be resolved, in text order.

    A date that starts after the anchor (or, with no anchor, after today) cannot be the date of
    an event already reported ("on 12 March 2087" in a 2016 report): it is left out, and added to
    `dropped` when the caller passes a list.
    """
    text = sent.text
    base = sent.start_char
    found: list[tuple[int, int, DateResolution]] = []
    taken: list[tuple[int, int]] = []

    def add(s: int, e: int, res: DateResolution | None) -> None:
        if res is None or _spans_overlap((s, e), taken):
            return
        taken.append((s, e))
        found.append((s, e, res))

    def doc_span(s: int, e: int) -> tuple[int, int, str]:
        return offset + base + s, offset + base + e, text[s:e]

    def since_wrap(s: int, e: int, a: dt.date, b: dt.date, kind: str) -> DateResolution | None:
        """'since X' turns a point into an open range ending at the anchor."""
        pre = SINCE_RE.search(text, max(0, s - _LOOKBACK), s)
        if pre:
            if anchor is None or anchor < a:
                return None
            ds, de, t = doc_span(pre.start(), e)
            return _make(a, anchor, ds, de, t, "since")
        ds, de, t = doc_span(s, e)
        return _make(a, b, ds, de, t, kind)

    def kind_for(a: dt.date, b: dt.date, kind: str) -> str:
        if anchor is not None and (anchor - b).days > 366 and kind == "explicit":
            return "historical"
        return kind

    for rx in (ON_AND_RE, RANGE_RE):
        for m in rx.finditer(text):
            try:
                yb = _year_context(sent, anchor, base + m.start())
                inner_year = re.search(rf"\b{_YEAR}\b", m.group("b"))
                hint = int(inner_year.group(0)) if inner_year else yb
                b1, b2, b_had = _parse_point(m.group("b"), hint,
                                             _month_hint(m.group("a")))
                a_year = re.search(rf"\b{_YEAR}\b", m.group("a"))
                a1, a2, a_had = _parse_point(m.group("a"), b1.year if not a_year else None,
                                             b1.month)
                if a1 > b2 and not a_year:
                    a1, a2 = a1 - relativedelta(years=1), a2 - relativedelta(years=1)
            except (_Unresolved, KeyError):
                continue
            if not (a_had or b_had):
                a1, b2 = _fix_future(a1, b2, False, anchor)
            s, e = m.start(), m.end()
            ds, de, t = doc_span(s, e)
            add(s, e, _make(a1, b2, ds, de, t, kind_for(a1, b2, "range")))

    for m in DASH_RANGE_RE.finditer(text):
        mon = m.group("mon1") or m.group("mon2")
        d1, d2 = (m.group("d1"), m.group("d2")) if m.group("mon1") else (m.group("d3"), m.group("d4"))
        year = int(m.group("y")) if m.group("y") else _year_context(sent, anchor, base + m.start())
        if year is None:
            continue
        try:
            a = dt.date(year, _month_num(mon), int(re.sub(r"\D", "", d1)))
            b = dt.date(year, _month_num(mon), int(re.sub(r"\D", "", d2)))
        except (ValueError, KeyError):
            continue
        a, b = _fix_future(a, b, bool(m.group("y")), anchor)
        ds, de, t = doc_span(m.start(), m.end())
        add(m.start(), m.end(), _make(a, b, ds, de, t, kind_for(a, b, "range")))

    for m in SEASON_RE.finditer(text):
        y = int(m.group("y"))
        season = m.group("s").lower()
        months = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
                  "winter": (12, 2)}[season]
        a = dt.date(y, months[0], 1)
        end_y = y + 1 if season == "winter" else y
        b = dt.date(end_y, months[1], calendar.monthrange(end_y, months[1])[1])
        res = since_wrap(m.start(), m.end(), a, b, kind_for(a, b, "explicit"))
        add(m.start(), m.end(), res)

    for m in PART_YEAR_RE.finditer(text):
        y = int(m.group("y"))
        a, b = _part_of_year(m.group("part"), y)
        add(m.start(), m.end(), since_wrap(m.start(), m.end(), a, b, kind_for(a, b, "explicit")))

    for m in POINT_RE.finditer(text):
        raw = m.group(0)
        if not re.search(r"\d", raw) and not re.match(rf"(?i){_PART}", raw):
            # a bare month name: only with "in/during/since/by/of/last/this" before it
            # ("May" is also a verb and a name)
            if not _BARE_MONTH_CUE.search(text, max(0, m.start() - _LOOKBACK), m.start()):
                continue
            if raw.lower().rstrip(".") in ("may", "mar", "jan", "jun", "jul", "aug", "oct",
                                           "nov", "dec", "sep", "feb", "apr") and raw[0].islower():
                continue
        try:
            year_hint = _year_context(sent, anchor, base + m.start())
            a, b, had = _parse_point(raw, year_hint)
        except (_Unresolved, KeyError):
            continue
        if not had:
            if anchor is None and not re.search(r"\d", raw) and year_hint is None:
                continue
            a, b = _fix_future(a, b, had, anchor)
        add(m.start(), m.end(), since_wrap(m.start(), m.end(), a, b, kind_for(a, b, "explicit")))

    for m in YEAR_RE.finditer(text):
        y = int(m.group("y"))
        s = m.start("y")
        a, b = dt.date(y, 1, 1), dt.date(y, 12, 31)
        if m.group("prep").lower() == "since":
            s = m.start()
            if anchor is None or anchor < a:
                continue
            ds, de, t = doc_span(s, m.end())
            add(s, m.end(), _make(a, anchor, ds, de, t, "since"))
            continue
        ds, de, t = doc_span(s, m.end())
        add(s, m.end(), _make(a, b, ds, de, t, kind_for(a, b, "explicit"), precision=3))

    for m in CENTURY_RE.finditer(text):
        n = int(m.group("n"))
        if not 1 <= n <= 21:
            continue
        a, b = dt.date(max(1, (n - 1) * 100 + 1), 1, 1), dt.date(min(9999, n * 100), 12, 31)
        ds, de, t = doc_span(m.start(), m.end())
        add(m.start(), m.end(), _make(a, b, ds, de, t, "historical", precision=3))

    if anchor is not None:
        for m in RELATIVE_RE.finditer(text):
            g = m.groupdict()
            try:
                r = _relative(m, anchor)
            except (OverflowError, ValueError):  # an anchor at the calendar's edge
                continue
            if r is None:
                continue
            a, b = r
            if g["wd"] and _future_weekday(sent, m, base):
                # "the truce is to begin Tuesday": the coming Tuesday, after the report, so no
                # event of the report happened on it
                a = b = _weekday_on_or_after(anchor, WEEKDAYS[g["wdname"].lower()])
            kind = "relative"
            s = m.start()
            if g["wd"] or g["yesterday"] or g["today"] or g["lastnight"] or g["monthonly"]:
                pre = SINCE_RE.search(text, max(0, m.start() - _LOOKBACK), m.start())
                if pre:
                    s, b, kind = pre.start(), anchor, "since"
            if g["past"] or g["recent"] or g["formonths"]:
                kind = "relative"
            ds, de, t = doc_span(s, m.end())
            add(s, m.end(), _make(a, b, ds, de, t, kind))

    found.sort(key=lambda x: x[0])
    latest = anchor if anchor is not None else dt.date.today()
    if dropped is not None:
        dropped.extend(r for _, _, r in found if r.date_start > latest)
    return [r for _, _, r in found if r.date_start <= latest]


def _after_anchor_note(dropped: list[DateResolution], anchor: dt.date | None) -> str:
    """The note a record carries when the sentence's dates were after the document's date."""
    if not dropped:
        return ""
    what = ", ".join(repr(d.text) for d in dropped)
    when = f"the document date {anchor.isoformat()}" if anchor is not None else "today"
    return f"date {what} (after {when})"


def _month_hint(s: str) -> int | None:
    m = re.search(rf"(?i){_MON}", s)
    return _month_num(m.group(0)) if m else None


def _governor(sent: Span, start: int, end: int) -> Token | None:
    """The verb (or the sentence root) that the date expression hangs from."""
    toks = [t for t in sent if start <= t.idx < end]
    if not toks:
        return None
    ids = {t.i for t in toks}
    head = next((t for t in toks if t.head.i not in ids or t.head is t), toks[0])
    h = head.head
    steps = 0
    while h.pos_ not in ("VERB", "AUX") and h.head is not h and steps < 6:
        h = h.head
        steps += 1
    return h


def _depth_below_verb(sent: Span, start: int, end: int) -> int:
    """How many words stand between a date expression and the verb it hangs from: 0 for "attacked
    on Monday", 2 for "resumed after a lull overnight", where the date only times the lull."""
    toks = [t for t in sent if start <= t.idx < end]
    if not toks:
        return 0
    ids = {t.i for t in toks}
    head = next((t for t in toks if t.head.i not in ids or t.head is t), toks[0])
    h, steps = head.head, 0
    while h.pos_ not in ("VERB", "AUX") and h.head is not h and steps < 6:
        h = h.head
        steps += 1
    return steps


def _is_reporting(tok: Token | None) -> bool:
    return tok is not None and tok.lemma_.lower() in REPORTING_LEMMAS


def is_reporting_day(sent: Span, offset: int, d: DateResolution | None) -> bool:
    """The sentence's day hangs from its reporting verb ("an official said on Sunday"): the day
    the news was told, which bounds the event but is not its day (coreference lets a mention's
    explicit event day win over it)."""
    if d is None or d.start is None:
        return False
    return _is_reporting(_governor(sent, d.start - offset, d.end - offset))


def _is_recent_day(d: DateResolution, anchor: dt.date | None) -> bool:
    """A day or a few days just before the report ("on Saturday", "yesterday", "on 3 May" of this
    week): the time of the news, never background, even inside a clause describing a noun
    ("five others wounded on Saturday")."""
    return anchor is not None and d.time_precision <= 2 and d.kind in ("explicit", "relative", "range") \
        and 0 <= (anchor - d.date_end).days <= LEDE_MAX_DAYS


def _is_background(sent: Span, d: DateResolution, base: int, anchor: dt.date | None = None) -> bool:
    """A date inside a clause that describes a noun ("held by rebels since 2012")."""
    if d.start is None or _is_recent_day(d, anchor):
        return False
    gov = _governor(sent, d.start - base, d.end - base)
    return gov is not None and gov.dep_ in ("acl", "relcl") and gov.head.i < gov.i \
        and sent.root is not gov and gov.head.dep_ not in ("nsubj", "nsubjpass")


# how far up its clause chain a date is followed to find the noun clause it lies in
NOUN_CLAUSE_DEPTH = 4


def in_noun_clause(sent: Span, offset: int, d: DateResolution | None) -> bool:
    """The date lies somewhere inside a clause that describes a noun ("provinces, parts of which
    were occupied before the war began in February, ..."): it times that noun's past, not what
    the sentence or the sentences after it report."""
    if d is None or d.start is None:
        return False
    verb = _governor(sent, d.start - offset, d.end - offset)
    for _ in range(NOUN_CLAUSE_DEPTH):
        if verb is None or verb is sent.root or verb.head is verb:
            return False
        if verb.dep_ in ("relcl", "acl") and verb.head.i < verb.i:
            return True
        verb = verb.head
    return False


def resolve_event_date(sent: Span, offset: int, anchor: dt.date | None) -> DateResolution | None:
    """The date of the event the sentence reports.

    Dates hanging from a reporting verb ("X reported on Friday that ...") lose to any other
    date; background dates ("held since 2012", "built in the 13th century") lose to current ones.
    With no date in the sentence, the anchor itself (kind "anchor") when there is one. Dates after
    the anchor are never chosen; the result's `note` names them.
    """
    dropped: list[DateResolution] = []
    dates = [d for d in find_dates(sent, offset, anchor, dropped)
             if not is_stamp(sent, offset, d, anchor)]
    chosen = _choose_event_date(sent, offset, anchor, dates)
    note = _after_anchor_note(dropped, anchor)
    if chosen is not None and note:
        chosen = replace(chosen, note=note)
    return chosen


# how many days before the document's date a lede's day may lie and still date the sentences
# after it that name no day of their own (a report tells last week's attack, not last year's)
LEDE_MAX_DAYS = 7
LEDE_KINDS = {"explicit", "relative", "range"}


def is_lede_date(d: DateResolution | None, anchor: dt.date | None) -> bool:
    """A day (or a few days) shortly before the report, written in the text: the day a dated
    article's narrative is about. Sentences that go on without a date of their own are about
    that day, not the publication day ("Gunmen raided the village on Friday. They burned the
    market.")."""
    if d is None or anchor is None or d.start is None or d.kind not in LEDE_KINDS:
        return False
    return d.time_precision <= 2 and 0 < (anchor - d.date_end).days <= LEDE_MAX_DAYS


def is_stamp(sent: Span, offset: int, d: DateResolution, anchor: dt.date | None) -> bool:
    """A page's own date printed at the start of a line ("June 3, 2019 10:12 am", "Published:
    3 June 2019 ..."): the day of the report, not of an event, so it never dates one. Only a
    written calendar day within a day of the document's date counts."""
    if anchor is None or d.start is None or d.kind != "explicit" or d.time_precision != 1:
        return False
    if not re.search(r"\d", d.text) or abs((d.event_date - anchor).days) > STAMP_SLACK_DAYS:
        return False
    local = d.start - offset
    text = sent.doc.text
    line_start = text.rfind("\n", 0, local) + 1
    return bool(_STAMP_LEAD.match(text[line_start:local]))


def _choose_event_date(sent: Span, offset: int, anchor: dt.date | None,
                       dates: list[DateResolution]) -> DateResolution | None:
    if not dates:
        if anchor is None:
            return None
        return DateResolution(anchor, anchor, anchor, 1, None, None, "", "anchor")
    base = offset
    if anchor is not None and all(_is_background(sent, d, base, anchor) for d in dates):
        # "as the offensive moves into districts held since 2012": the date is background
        return DateResolution(anchor, anchor, anchor, 1, None, None, "", "anchor")
    if len(dates) == 1:
        return dates[0]
    scored = []
    for i, d in enumerate(dates):
        gov = _governor(sent, d.start - base, d.end - base) if d.start is not None else None
        score = 0.0
        if _is_reporting(gov):
            score -= 10
        if d.kind == "historical" and d.time_precision == 3 and d.date_end.year < 1900:
            score -= 5
        if gov is not None and gov.dep_ in ("relcl", "acl"):
            score -= 2
        if gov is not None and gov.dep_ in ("ROOT", "ccomp") and not _is_reporting(gov):
            score += 1
        if d.start is not None:
            # a date deep inside a phrase times that phrase's noun, not the clause's event
            score -= 0.3 * _depth_below_verb(sent, d.start - base, d.end - base)
        score -= i * 0.1  # otherwise the first mention
        scored.append((score, i, d))
    scored.sort(key=lambda x: (-x[0], x[1]))
    return scored[0][2]
