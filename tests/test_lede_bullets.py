"""A summary's bullet lines above a story do not use up its lede: the day the lede names still
dates the story's undated sentences."""
from __future__ import annotations

from datetime import date

from sitroom.extract.pipeline import extract_document
from sitroom.model import Document

THURSDAY = date(2023, 3, 16)


def test_bullets_before_the_lede_leave_its_day_to_the_story():
    text = ("- Curfew declared in the northern districts\n"
            "- Opposition leader says talks are off\n"
            "- Hospitals report dozens of injured\n"
            "- Minister blames foreign agents\n"
            "KANO: Police fired tear gas at thousands of protesters in Kano on Wednesday night.\n"
            "Some protesters were later arrested.\n"
            "In a separate incident, gunmen shot dead two traders at a market in Zaria.\n")
    _, records = extract_document(Document(doc_id="bullets", text=text, pub_date=THURSDAY))
    market = [r for r in records if r.location == "Zaria"]
    assert market and market[0].date_start == "2023-03-15"
