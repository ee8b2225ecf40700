"""Quantity phrases in running text: numerals, number words, vague amounts, ranges and bounds.

Reports give casualty figures in many shapes ("25", "1,450", "twenty-five", "a dozen", "dozens",
"6,000 to 12,000", "at least 25", "more than 1,000"). This module finds those phrases and turns
each into a (low, best, high) triple with a qualifier; it knows nothing about *what* is counted
(that is counts.py's job), but it does drop things that are clearly not counts of anything
(ages, clock times, dates, percentages, measures).

Conventions (ACLED codebook where it has one, documented here so reviewers can check them):

* exact "25"                   -> low=best=high=25, qualifier "exact"
* "at least 25", "no fewer than" -> low=best=25, high=None, "at_least"
* "more than 1,000", "over"      -> low=best=1000, high=None, "more_than" (the stated figure, not
  1001: the conservative figure a coder writes down)
* "about/around/some/an estimated 50" -> low=best=high=50, "about"
* "nearly/almost/up to/fewer than 50" -> low=None, best=high=50, "about" (an upper bound)
* "6,000 to 12,000", "between 6 and 12" -> low=6000, high=12000, best=midpoint, "range"
* vague words, qualifier "vague" (codebook: dozens=12, hundreds=100, several/few=3):
  "a few"/"few"/"several"/"some"/"a handful"/"a number of" -> low=best=3;
  "many"/"numerous"/"scores" -> low=3, best=10 ("many" is 10 by convention, 3 is the floor);
  "dozens" -> 12, "hundreds" -> 100, "thousands" -> 1000, "tens of thousands" -> 10000,
  "hundreds of thousands" -> 100000, "millions" -> 1000000; high is None for all of them.
  "a dozen" is 12 exact-ish (qualifier "about"), "half a dozen" 6.
"""
from __future__ import annotations

import re
from fractions import Fraction
from dataclasses import dataclass

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}

# vague word -> (low, best)
VAGUE = {
    "a few": (3, 3), "few": (3, 3), "several": (3, 3), "a handful of": (3, 3),
    "a number of": (3, 3),
    "many": (3, 10), "numerous": (3, 10), "scores of": (3, 10), "scores": (3, 10),
    "dozens": (12, 12), "dozens of": (12, 12),
    "hundreds": (100, 100), "hundreds of": (100, 100),
    "thousands": (1000, 1000), "thousands of": (1000, 1000),
    "tens of thousands": (10_000, 10_000), "tens of thousands of": (10_000, 10_000),
    "hundreds of thousands": (100_000, 100_000), "hundreds of thousands of": (100_000, 100_000),
    "millions": (1_000_000, 1_000_000), "millions of": (1_000_000, 1_000_000),
}

MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)

_WORD = "|".join(sorted(list(UNITS) + list(TENS) + list(SCALES), key=len, reverse=True))
_NUMWORDS = rf"(?:{_WORD})(?:(?:[\s-]+|\s+and\s+)(?:{_WORD}))*"
_NUMERAL = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
_NUMERAL_SCALED = rf"(?:{_NUMERAL})(?:\s+(?:million|thousand|hundred))?"
_DOZEN = r"(?:half\s+a|a|one|two|three|four|five|six)\s+dozen"
_ONE = rf"(?:{_DOZEN}|{_NUMERAL_SCALED}|{_NUMWORDS})"
_VAGUE = (
    r"tens\s+of\s+thousands(?:\s+of)?|hundreds\s+of\s+thousands(?:\s+of)?|"
    r"dozens(?:\s+of)?|hundreds(?:\s+of)?|thousands(?:\s+of)?|millions(?:\s+of)?|"
    r"scores\s+of|a\s+handful\s+of|a\s+number\s+of|a\s+few|several|numerous|many|few"
)
_LOWER = r"at\s+least|no\s+(?:fewer|less)\s+than|a\s+minimum\s+of|not\s+less\s+than"
_MORE = r"more\s+than|over|upwards\s+of|in\s+excess\s+of|upward\s+of"
_ABOUT = (
    r"about|around|approximately|roughly|some|an\s+estimated|estimated|close\s+to|"
    r"almost|nearly|up\s+to|as\s+many\s+as|fewer\s+than|less\s+than|under|at\s+most|"
    r"just\s+over|just\s+under|a\s+further|another"
)
_UPPER_WORDS = {"almost", "nearly", "up to", "fewer than", "less than", "under", "at most",
                "just under", "as many as"}

QUANTITY_RE = re.compile(
    rf"""(?ix)
    (?<![\w$£€.,:/-])
    (?:(?P<mod>{_LOWER}|{_MORE}|{_ABOUT})\s+)?
    (?:
        between\s+(?P<ra>{_ONE})\s+and\s+(?P<rb>{_ONE})
      | (?P<a>{_ONE})(?:\s*(?:-|–|—|to|or)\s*(?P<b>{_ONE}))?
      | (?P<vague>{_VAGUE})
    )
    (?![\w-]*\d)(?!\w)
    """
)

# what makes a number not a count of anything
_AFTER_NOT_COUNT = re.compile(
    rf"""(?ix)^(?:
        [\s-]*(?:year|month|week|day)s?[\s-]*old\b | -year\b | -month\b | -day\b | -hour\b |
        -storey\b | -story\b | -km\b | -kilometre\b | -kilometer\b | -mile\b | -metre\b |
        -meter\b | -minute\b | -second\b | -point\b | -page\b |
        \s*(?:%|percent\b|per\s*cent\b) |
        \s*(?:gmt|utc|cet|est|edt|bst|local\s+time|hrs|hours?\s+gmt|am\b|pm\b|a\.m\.|p\.m\.|o'clock) |
        \s*:\d | \s*(?:km|kilometres?|kilometers?|miles?|metres?|meters?|m\b|cm|mm|kg|kilograms?|
        tons?|tonnes?|pounds?|lbs?|dollars?|usd|euros?|litres?|liters?|hectares?|acres?|
        square|sq\b|degrees?|times\b|°)\b |
        \s*(?:st|nd|rd|th)\b |
        \s+(?:{MONTHS})\b
    )"""
)
_BEFORE_NOT_COUNT = re.compile(
    rf"""(?ix)(?:
        (?:\b(?:{MONTHS})\.?,?\s*$) |
        (?:\b(?:father|mother|parent|grandfather|grandmother|mom|dad)\s+of\s*$) |
        (?:[$£€#]\s*$) | (?:\bno\.\s*$) | (?:\bno\s+$) | (?:\bage\s+of\s*$) | (?:\bnumber\s*$) | (?:\bupdate\s*$) |
        (?:\b(?:route|highway|resolution|article|page|chapter|flight|unit|brigade|division|
            battalion|regiment|squadron|corps|platoon|group|team|section|block|building|
            district|sector|checkpoint|gate|road|street|kilometre|km|level|phase|grade|size|
            age|aged|ages|channel|code|version|room|floor|square|zone|point|apartment)\s*$) |
        (?:\d[:.]\s*$)
    )"""
)
_YEAR_CONTEXT_BEFORE = re.compile(
    r"(?i)\b(?:in|since|of|until|till|by|from|during|early|late|mid|before|after|summer|"
    r"winter|spring|autumn|fall|year|years|through|to|and|between|around|circa|c\.)\s*-?\s*$"
)


@dataclass
class Quantity:
    """A number phrase: where it is in the text it was found in, and what it is worth."""

    start: int
    end: int
    text: str
    low: int | None
    best: int | None
    high: int | None
    qualifier: str  # exact|at_least|more_than|about|range|vague


def words_to_int(words: str) -> int | None:
    """'twenty-five' -> 25, 'two hundred and forty' -> 240, 'a dozen' -> 12; None if not a number."""
    w = words.lower().strip()
    m = re.fullmatch(r"(half\s+a|a|one|two|three|four|five|six)\s+dozen", w)
    if m:
        k = {"half a": 0.5, "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
             "six": 6}[re.sub(r"\s+", " ", m.group(1))]
        return int(k * 12)
    m = re.fullmatch(rf"({_NUMERAL})(?:\s+(million|thousand|hundred))?", w)
    if m:
        # exact arithmetic: a float would round a long figure ("26 digits") to a wrong integer
        base = Fraction(m.group(1).replace(",", ""))
        if m.group(2):
            base *= SCALES[m.group(2)]
        return int(base) if base.denominator == 1 else None
    total = current = 0
    seen = False
    for part in re.split(r"[\s-]+", w):
        if part == "and" or not part:
            continue
        if part in UNITS:
            current += UNITS[part]
        elif part in TENS:
            current += TENS[part]
        elif part == "hundred":
            current = max(current, 1) * 100
        elif part in ("thousand", "million"):
            total += max(current, 1) * SCALES[part]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _is_year_like(text: str, m: re.Match, value: int | None) -> bool:
    raw = m.group("a") or ""
    if not re.fullmatch(r"\d{4}", raw) or value is None or not 1800 <= value <= 2100:
        return False
    after = text[m.end():]
    if not after.strip() or re.match(r"\s*[,.;:)\]'’\"]", after) or re.match(r"\s+(?:and|to|or)\b", after, re.I):
        return True
    return bool(_YEAR_CONTEXT_BEFORE.search(text[: m.start()]))


def _value(m: re.Match, text: str) -> Quantity | None:
    mod = re.sub(r"\s+", " ", (m.group("mod") or "").lower())
    if m.group("vague"):
        key = re.sub(r"\s+", " ", m.group("vague").lower())
        low, best = VAGUE[key]
        if mod in ("more than", "over", "at least"):
            return Quantity(m.start(), m.end(), m.group(0), low, best, None, "vague")
        return Quantity(m.start(), m.end(), m.group(0), low, best, None, "vague")
    if m.group("ra"):
        a, b = words_to_int(m.group("ra")), words_to_int(m.group("rb"))
    else:
        a = words_to_int(m.group("a"))
        b = words_to_int(m.group("b")) if m.group("b") else None
    if a is None:
        return None
    if b is not None:
        if b < a:  # "10-12", "6,000 to 12,000"; a smaller second figure is not a range
            return None
        return Quantity(m.start(), m.end(), m.group(0), a, (a + b) // 2, b, "range")
    if mod in ("at least", "no fewer than", "no less than", "a minimum of", "not less than"):
        return Quantity(m.start(), m.end(), m.group(0), a, a, None, "at_least")
    if mod in ("more than", "over", "upwards of", "upward of", "in excess of", "just over"):
        return Quantity(m.start(), m.end(), m.group(0), a, a, None, "more_than")
    if mod in _UPPER_WORDS:
        return Quantity(m.start(), m.end(), m.group(0), None, a, a, "about")
    if mod:
        return Quantity(m.start(), m.end(), m.group(0), a, a, a, "about")
    if re.fullmatch(_DOZEN, m.group("a"), re.I):
        return Quantity(m.start(), m.end(), m.group(0), a, a, a, "about")
    return Quantity(m.start(), m.end(), m.group(0), a, a, a, "exact")


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity phrase in `text` that could be a count (offsets are into `text`)."""
    out: list[Quantity] = []
    for m in QUANTITY_RE.finditer(text):
        if not m.group(0).strip():
            continue
        before, after = text[: m.start()], text[m.end():]
        if _AFTER_NOT_COUNT.match(after) or _BEFORE_NOT_COUNT.search(before[-40:]):
            continue
        if re.match(r"\s*-\s*[a-z]", after, re.I):  # "seven-year-old", "two-storey": a modifier
            continue
        if m.group("a") and re.fullmatch(r"\d+\.\d+", m.group("a")):
            continue
        q = _value(m, text)
        if q is None:
            continue
        if _is_year_like(text, m, words_to_int(m.group("a") or "") if m.group("a") else None):
            continue
        # a modifier that belongs to an adjacent word ("some", "over") with a vague word is kept;
        # but "some" alone before a non-number is caught by the vague branch, never here
        out.append(q)
    return out
