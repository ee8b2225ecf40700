"""Places told under coordinated prepositions ("in A, in the city of B, and in C") are one event
each; a second prepositional phrase that names no place, or a place inside another, is not. Own texts."""
from __future__ import annotations

from datetime import date

from sitroom.extract.pipeline import extract_document
from sitroom.model import Document


def _places(text: str) -> list[str]:
    _, records = extract_document(Document(doc_id="lp", text=text, pub_date=date(2024, 3, 5)))
    return [r.location for r in records if r.event_type != "Non-conflict"]


def test_each_coordinated_prepositional_phrase_names_an_event_place():
    places = _places("Fighting raged in Kherson, in the town of Nova Kakhovka and in Mykolaiv on Sunday.")
    assert places[:2] == ["Kherson", "Nova Kakhovka"] and len(places) == 3 and places[2].startswith("Mykola")


def test_the_same_preposition_twice_with_a_comma_lists_two_places():
    places = _places("Police arrested dozens of protesters in Lahore, in the city of Multan on Friday.")
    assert places == ["Lahore", "Multan"]


def test_a_second_phrase_without_a_place_adds_no_event():
    assert _places("Gunmen killed five people in Kaduna on Monday, in a second attack this week.") == ["Kaduna"]


def test_a_place_a_direction_is_told_from_is_not_listed():
    places = _places("Fighting raged in a village east of Kherson, and in Mykolaiv on Sunday.")
    assert "Kherson" not in places
