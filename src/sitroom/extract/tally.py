"""Tallies: figures summed over an area or a period, which are not one incident.

ACLED never adds a tally to incident counts ("91 deaths across the country on Monday", "the
toll since the start of the war", "more than 2000 air raids since November 15"). A sentence is
an aggregate when its figure is qualified by a wide area, a long or open period, a running
total, or a breakdown over several places. An ordinary incident ("an air strike on X killed 25")
is not, even when it carries a date.
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from sitroom.extract.counts import CountMention
from sitroom.extract.numbers import find_quantities
from sitroom.spans import span_ents

_AREA = re.compile(
    r"(?i)\b(?:across|throughout|nationwide|country-?wide|all\s+over|around)\s+"
    r"(?:the\s+)?(?:country|nation|syria|iraq|yemen|region|province|governorate|territory|"
    r"[A-Z][a-z]+(?:\s+[Pp]rovince)?)\b|\bnationwide\b|\bcountrywide\b|"
    r"\bin\s+(?:several|many|various|multiple|different)\s+(?:towns|cities|villages|provinces|"
    r"areas|places|districts|regions|locations)\b"
)
_PERIOD = re.compile(
    r"""(?ix)\b(?:
        so\s+far\s+(?:this|in)\s+(?:year|month|week|\d{4}) | so\s+far\b |
        to\s+date\b | in\s+total\b | a\s+total\s+of\b | total(?:led|ed)?\b | cumulative |
        since\s+the\s+(?:start|beginning|outbreak|onset)\s+of |
        since\s+(?:the\s+)?(?:war|conflict|uprising|revolution|crisis)\s+(?:began|started|erupted) |
        over\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:days|weeks|months|years|week|month|year) |
        during\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:days|weeks|months|years|week|month|year) |
        in\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:days|weeks|months|years|week|month|year) |
        (?:in|over|during)\s+the\s+(?:past|last|previous)\s+(?:24|48|72|twenty-four|forty-eight)\s+hours |
        (?:this|last)\s+(?:year|month) | throughout\s+the\s+(?:year|month|war|conflict) |
        (?:monthly|weekly|annual|yearly)\s+(?:toll|report|tally|count) |
        per\s+(?:day|week|month) | every\s+(?:day|week|month) | a\s+day\b | daily\s+average
    )"""
)
_TOLL = re.compile(
    r"(?i)\b(?:(?:death|casualty|overall|total|civilian)\s+toll|toll\s+(?:rose|climbed|reached|"
    r"stood|jumped|increased|has\s+risen|had\s+risen|now\s+stands|is\s+now)|"
    r"the\s+toll\s+(?:to|at|of)|brings?\s+the\s+(?:death\s+)?toll|brought\s+the\s+(?:death\s+)?toll|"
    r"tally|running\s+total)\b"
)
# "..., bringing the death toll to four": the running total of the incident just told, a tally
# only when an area or a period widens it ("bringing the toll since January to 300")
_INCIDENT_TOTAL = re.compile(
    r"(?i)\b(?:bring|brings|bringing|brought|raising|raises|raised|taking|takes|took)\s+the\s+"
    r"(?:(?:total|overall|provisional|official)\s+)?(?:death\s+|casualty\s+)?(?:toll|number\s+of\s+(?:dead|deaths))\s+to\b"
)
_SINCE = re.compile(
    r"(?i)\bsince\s+(?:(?:early|mid|late)[\s-]+)?(?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december|\d{4}|the\s+start|the\s+beginning|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|last\s+\w+)"
)
_EVENT_NOUNS = re.compile(
    r"(?i)^\s*(?:(?:air|aerial|russian|regime|coalition|artillery|barrel)\s+)?"
    r"(?:air\s*raids?|air\s*strikes?|airstrikes?|raids|strikes|shellings?|attacks|barrel\s+bombs|"
    r"bombings|explosions|missiles|rockets|shells|sorties|violations|incidents|massacres)\b"
)
_DOCUMENTED = re.compile(r"(?i)\b(?:documented|recorded|counted|registered|tallied|monitored)\b")
_BREAKDOWN = re.compile(
    r"(?i)\b(?:including|of\s+whom|of\s+which|among\s+them)\s+(?:at\s+least\s+|more\s+than\s+|"
    r"some\s+)?[\d,]+(?:\s+(?:people|civilians|deaths|dead))?\s+in\s+(?:the\s+)?[A-Z][\w'-]*"
)
_PER_PLACE = re.compile(r"\b\d[\d,]*\s+(?:[a-z]+\s+)?in\s+(?:the\s+)?[A-Z]")


def is_aggregate(sent: Span, offset: int, counts: list[CountMention]) -> tuple[bool, str]:
    """(True, why) when the sentence reports a tally over an area or period, not one incident."""
    # the running total of one incident is no tally: its words do not count as one
    text = _INCIDENT_TOTAL.sub(" ", sent.text)
    # counts of attacks rather than of victims ("more than 2000 air raids since November 15")
    event_counts = [q for q in find_quantities(text) if _EVENT_NOUNS.match(text[q.end:])]
    # one victim is an incident whatever period the sentence names ("injured in a strike last month")
    has_figure = any((c.low or c.best or 0) >= 2 for c in counts) or bool(event_counts)
    if not has_figure:
        return False, ""
    if _TOLL.search(text):
        return True, "running death toll"
    m = _BREAKDOWN.search(text)
    if m:
        return True, f"breakdown by place: '{m.group(0)}'"
    m = _AREA.search(text)
    if m:
        return True, f"figure over a wide area: '{m.group(0)}'"
    m = _PERIOD.search(text)
    if m:
        return True, f"figure over a period: '{m.group(0).strip()}'"
    if event_counts:
        q = event_counts[0]
        m = _SINCE.search(text)
        if m or q.best is not None and q.best >= 10:
            return True, f"count of attacks: '{q.text}{_EVENT_NOUNS.match(text[q.end:]).group(0)}'"
    m = _SINCE.search(text)
    if m and any(c.category == "killed" for c in counts):
        return True, f"deaths over an open period: '{m.group(0)}'"
    if _DOCUMENTED.search(text) and any(
        c.category == "killed" and (c.best or 0) >= 50 for c in counts
    ):
        return True, "monitor's documented total"
    if len(_PER_PLACE.findall(text)) >= 2:
        return True, "figures over several places"
    places = {e.text for e in span_ents(sent) if e.label_ in ("GPE", "LOC", "FAC")}
    numbered = [c for c in counts if c.category == "killed"]
    if len(places) >= 3 and len(numbered) >= 2:
        return True, "figures over several places"
    return False, ""
