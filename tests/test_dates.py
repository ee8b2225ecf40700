"""Date resolution: explicit, ranged and relative expressions, and which one dates the event."""
from __future__ import annotations

import datetime as dt

import pytest

from sitroom.extract.dates import DateResolution, find_dates, resolve_event_date
from sitroom.extract.nlp import get_nlp

D = dt.date
ANCHOR = D(2016, 11, 29)  # a Tuesday


def first_sent(text: str):
    return next(get_nlp()(text).sents)


def resolve(text: str, anchor: dt.date | None = ANCHOR) -> DateResolution | None:
    return resolve_event_date(first_sent(text), 0, anchor)


def span(text: str, anchor: dt.date | None = ANCHOR) -> tuple[dt.date, dt.date, int] | None:
    r = resolve(text, anchor)
    return None if r is None else (r.date_start, r.date_end, r.time_precision)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Rebels shelled the bakery on Monday.", (D(2016, 11, 28), D(2016, 11, 28), 1)),
        ("Warplanes struck the market on Tuesday.", (D(2016, 11, 29), D(2016, 11, 29), 1)),
        ("The checkpoint was attacked yesterday.", (D(2016, 11, 28), D(2016, 11, 28), 1)),
        ("Two shells hit the school this morning.", (D(2016, 11, 29), D(2016, 11, 29), 1)),
        ("Drones struck a convoy last night.", (D(2016, 11, 28), D(2016, 11, 28), 1)),
        ("Three days ago gunmen abducted a priest.", (D(2016, 11, 26), D(2016, 11, 26), 1)),
        ("The bombing was relentless last month.", (D(2016, 10, 1), D(2016, 10, 31), 3)),
        ("Since Friday, troops have advanced on the town.", (D(2016, 11, 25), D(2016, 11, 29), 2)),
        ("A siege since late July has cut the road.", (D(2016, 7, 21), D(2016, 11, 29), 3)),
    ],
)
def test_relative_expressions_against_anchor(text, expected):
    assert span(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Protesters toppled a statue on April 4, 2011.", (D(2011, 4, 4), D(2011, 4, 4), 1)),
        ("Protesters toppled a statue on 4 April 2011.", (D(2011, 4, 4), D(2011, 4, 4), 1)),
        ("The fort was looted in June 2013.", (D(2013, 6, 1), D(2013, 6, 30), 3)),
        ("Militias moved into the valley in 2012.", (D(2012, 1, 1), D(2012, 12, 31), 3)),
        ("My cousins were arrested in early 2014.", (D(2014, 1, 1), D(2014, 4, 30), 3)),
        ("Between May 3 and 9, 2015, the souq was shelled.", (D(2015, 5, 3), D(2015, 5, 9), 2)),
        ("Between June 20 and August 2, 2013, the church was hit.",
         (D(2013, 6, 20), D(2013, 8, 2), 3)),
        ("Between October 2, 2012 and March 5, 2014, the site was dug up.",
         (D(2012, 10, 2), D(2014, 3, 5), 3)),
        ("From 3 to 6 July 2014 the town was besieged.", (D(2014, 7, 3), D(2014, 7, 6), 2)),
    ],
)
def test_explicit_dates_need_no_anchor(text, expected):
    assert span(text, None) == expected


def test_relative_dates_need_an_anchor():
    assert resolve("Rebels shelled the bakery on Monday.", None) is None
    assert resolve("The checkpoint was attacked yesterday.", None) is None


def test_no_date_defaults_to_anchor_without_evidence():
    r = resolve("Warplanes struck the hospital.")
    assert r is not None and r.kind == "anchor" and r.date_start == ANCHOR and r.start is None
    assert resolve("Warplanes struck the hospital.", None) is None


def test_event_date_beats_reporting_date():
    r = resolve("The ministry said on Thursday that on October 12 the mosque was shelled.")
    assert (r.date_start, r.text) == (D(2016, 10, 12), "October 12")


def test_yearless_date_after_the_anchor_is_last_year():
    r = resolve("The ministry said that on December 20 the mosque was shelled.")
    assert r.date_start == D(2015, 12, 20)


def test_year_borrowed_from_nearby_text_without_anchor():
    doc = get_nlp()("The siege began in 2013. On March 20 the market burned.")
    sents = list(doc.sents)
    r = resolve_event_date(sents[1], 0, None)
    assert r is not None and r.date_start == D(2013, 3, 20)


def test_historical_reference_keeps_its_own_date():
    dates = find_dates(first_sent("The man said his father was killed in August 1980."), 0, ANCHOR)
    assert [(d.date_start, d.date_end, d.kind) for d in dates] == [
        (D(1980, 8, 1), D(1980, 8, 31), "historical")
    ]


def test_event_date_conventions():
    assert resolve("Between May 3 and 9, 2015, the souq was shelled.").event_date == D(2015, 5, 6)
    since = resolve("Since Friday, troops have advanced on the town.")
    assert since.kind == "since" and since.event_date == ANCHOR


def test_evidence_offsets_are_document_offsets():
    prefix = "UPDATE 1200 GMT:\n"
    text = "Militants stormed the village on 12 March 2015."
    doc = get_nlp()(text)
    r = resolve_event_date(next(doc.sents), len(prefix), None)
    assert (prefix + text)[r.start : r.end] == r.text == "12 March 2015"


def test_clock_times_and_counts_are_not_dates():
    assert find_dates(first_sent("At 1445 GMT, 2000 people gathered."), 0, None) == []


def test_background_clause_date_does_not_date_the_event():
    r = resolve("Troops pushed into the districts that rebels have held since March 2013.")
    assert r.kind == "anchor" and r.date_start == ANCHOR
    dates = find_dates(first_sent("Troops pushed into the districts that rebels have held since March 2013."),
                       0, ANCHOR)
    assert [(d.date_start, d.date_end, d.kind) for d in dates] == [(D(2013, 3, 1), ANCHOR, "since")]


def _resolve_all(text: str, anchor: dt.date):
    doc = get_nlp()(text)
    return [resolve_event_date(s, 0, anchor) for s in doc.sents]


def test_page_stamp_at_line_start_is_not_the_event_day():
    # a wire page prints its own date before the story; the story's day is Thursday
    day = D(2021, 9, 10)  # a Friday
    first = _resolve_all("posted 2021-09-10 Riot police fired tear gas on Thursday at traders in the old market.", day)[0]
    assert (first.date_start, first.kind) == (D(2021, 9, 9), "relative")


def test_stamp_alone_gives_the_reporting_day_not_an_explicit_one():
    day = D(2021, 9, 10)
    first = _resolve_all("10 September 2021 (Coast Radio): Fishermen were seized off the cape.", day)[0]
    assert first.kind == "anchor" and first.date_start == day


def test_date_opening_a_sentence_is_not_a_stamp():
    day = D(2021, 9, 10)
    first = _resolve_all("On 10 September 2021, fishermen were seized off the cape.", day)[0]
    assert first.kind == "explicit"


def test_a_day_after_the_document_date_never_dates_the_event():
    # issue 15 item 14: what comes after the report cannot have been reported as done
    r = resolve("Talks are due on 4 January 2017 after militiamen burned the depot on Sunday.")
    assert r.date_start == D(2016, 11, 27) and "2017" in r.note
    r = resolve("The court will sit on 4 January 2017.")
    assert r.kind == "anchor" and "after" in r.note

