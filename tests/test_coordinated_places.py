"""A mention that lists several places of one level founds one record per place (ACLED codes one
event per location); a stretch between two places, a route, or a figure over a list of areas do not."""
from __future__ import annotations

from datetime import date

from sitroom.extract.pipeline import extract_document
from sitroom.model import Document


def _records(text: str):
    _, records = extract_document(Document(doc_id="c", pub_date=date(2021, 5, 12), text=text))
    return [r for r in records if r.event_type != "Non-conflict"]


def test_listed_towns_are_one_event_each_and_the_figure_is_not_duplicated():
    records = _records("Government artillery shelled the towns of Maarrat al-Numan and Saraqib on Tuesday, "
                       "killing four people.")
    assert sorted(r.location for r in records) == ["Maarat al-Numan", "Saraqib"]
    assert len({r.sub_event_type for r in records}) == 1 and len({r.event_date for r in records}) == 1
    assert sorted(r.fatalities for r in records) == [0, 4]
    assert len({r.event_id for r in records}) == 2


def test_a_list_of_three_cities_is_three_events():
    records = _records("Similar protests were held in Homs, Hama and Latakia on Friday.")
    assert sorted(r.location for r in records) == ["Hama", "Homs", "Latakia"]


def test_a_road_between_two_places_and_a_route_are_one_event():
    assert len(_records("Fighting raged on Tuesday on the road between Homs and Hama.")) == 1
    assert len(_records("Troops advanced from Homs to Hama on Tuesday.")) == 1


def test_a_figure_over_a_list_of_districts_is_not_split():
    records = _records("At least six men were arrested on Sunday in the districts of Homs, Hama and Latakia.")
    assert len(records) == 1
