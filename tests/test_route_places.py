"""Where people fled, were taken or came from is a route, not the event's place: such a place never
becomes a record's location, while the place where the act happened still does."""
from __future__ import annotations

from datetime import date

from sitroom.extract.pipeline import extract_document
from sitroom.model import Document
from sitroom.resolve.event_place import names_a_route


def test_route_phrases_are_recognised():
    assert names_a_route("After the raid the gunmen fled towards ")
    assert names_a_route("The wounded were airlifted to ")
    assert names_a_route("fighters who cross from ")
    assert names_a_route("the officers were headed to boost the operation in ")
    assert not names_a_route("Gunmen attacked a checkpoint in ")
    assert not names_a_route("A car bomb exploded near ")


def test_no_record_lies_where_the_attackers_fled_or_the_wounded_were_flown():
    text = ("Gunmen shot dead five traders at a market in Kidal on Tuesday, local officials said.\n\n"
            "The attackers fled towards Tessalit on motorbikes. The wounded were airlifted to Gao for treatment.")
    recs = extract_document(Document("route", text, pub_date=date(2026, 3, 12)))[1]
    places = {r.location for r in recs}
    assert "Kidal" in places
    assert not places & {"Tessalit", "Gao"}
