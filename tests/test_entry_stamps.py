"""Bare time stamps and date lines split a live blog into dated updates (words of our own)."""
from datetime import date

from sitroom.ingest.entries import split_entries
from sitroom.model import Document

NEWEST_FIRST = """Border live: shelling reported overnight

0140 GMT: Residents of Kelvar said artillery hit the market square.

0015 GMT: The regional governor called for calm.

2340 GMT: Militia fighters clashed with police near the Dormun bridge.
"""

DATED = """River war live

April 6, 2031

9:10 a.m. Drones struck a depot in Ostrel

A depot burned after the strike.

April 5, 2031

10:45 p.m. Talks stall in the capital

Negotiators left without a deal.
"""

ARTICLE = """Police said 12.30 was the hour of the raid.

Officers detained four men in Tarnby on Monday.
"""


def _updates(text: str, day: date):
    doc = Document(doc_id="t", text=text, pub_date=day)
    return doc, [e for e in split_entries(doc) if e.kind == "update"]


def test_bare_gmt_stamps_make_updates_and_cross_midnight_backwards():
    # the page is dated by the day it opened: its oldest update, at the bottom, is on that day and
    # the updates above the midnight jump are on the next
    doc, ups = _updates(NEWEST_FIRST, date(2031, 3, 1))
    assert [e.timestamp for e in ups] == ["01:40 GMT", "00:15 GMT", "23:40 GMT"]
    assert [e.entry_date for e in ups] == [date(2031, 3, 2), date(2031, 3, 2), date(2031, 3, 1)]
    assert ups[2].text_of(doc).startswith("Militia fighters")


def test_date_line_sets_the_day_of_the_updates_below_it():
    doc, ups = _updates(DATED, date(2031, 4, 6))
    assert [e.entry_date for e in ups] == [date(2031, 4, 6), date(2031, 4, 5)]
    assert ups[0].text_of(doc).startswith("Drones struck")


def test_a_single_time_in_an_article_is_not_a_live_blog():
    doc = Document(doc_id="a", text=ARTICLE, pub_date=date(2031, 1, 1))
    assert all(e.kind != "update" for e in split_entries(doc))
