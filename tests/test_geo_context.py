"""Document context in geocoding (issue 12): the dateline, one sense per discourse, named countries.

Texts are our own; each test asserts what a reader of the story would say about where it is.
"""
from __future__ import annotations

import pytest

from sitroom.resolve.geocode import Geocoder
from sitroom.resolve.places_cli import place_rows


@pytest.fixture(scope="module")
def geo():
    return Geocoder.default()


def rows(geo, text):
    return list(place_rows("d", text, geo))


def by_text(rs, text):
    return [r for r in rs if r["text"] == text]


def test_dateline_region_decides_the_document_country(geo):
    text = ("LONDON, Ontario (CP) — A fire gutted a warehouse overnight.\n"
            "Crews in London worked until dawn, the fire chief said.")
    assert geo.context_for(text).focus_cc == "CA"


def test_one_sense_per_discourse_follows_the_dateline(geo):
    text = ("PORTLAND, Maine (AP) — Two fishing boats sank in a storm on Tuesday.\n"
            "Harbour officials in Portland said the crews were rescued.\n"
            "Portland has seen three such storms this winter.")
    rs = rows(geo, text)
    lons = {round(r["longitude"]) for r in rs if r["text"].lower() == "portland"}
    assert lons == {-70}, rs  # Maine's Portland every time, never Oregon's


def test_a_name_with_its_own_container_keeps_it(geo):
    text = ("PORTLAND, Maine (AP) — A storm hit the coast on Tuesday.\n"
            "A second storm reached Portland, Oregon, on Wednesday.")
    rs = rows(geo, text)
    pts = sorted(round(r["longitude"]) for r in rs if r["text"].lower() == "portland")
    assert pts == [-123, -70], rs


def test_a_direction_moves_the_event_point_not_the_toponym(geo):
    text = "Floods swept through villages in northern Mali on Sunday."
    [row] = [r for r in rows(geo, text) if r["text"] == "Mali"]
    mali = geo.gaz.country("ML")
    assert (row["latitude"], row["longitude"]) == (round(mali.lat, 5), round(mali.lon, 5))
    place = geo.locate(text, 0, geo.context_for(text))
    assert place.note == "direction:north" and place.latitude > mali.lat  # the event: Mali's north


def test_a_country_the_text_names_supports_its_cities(geo):
    text = ("Farmers in Iowa and Nebraska lost crops to hail this week.\n"
            "Their cooperative also sells wheat to France, and its agent in Paris said prices fell.")
    [row] = by_text(rows(geo, text), "Paris")
    assert row["country"] == "France", row


def test_nationality_and_continent_adjectives_are_mentions_of_their_area(geo):
    text = "Swedish and South African engineers joined a European team."
    rs = rows(geo, text)
    got = {r["text"]: (r["feature"], r["name"]) for r in rs}
    assert got["Swedish"] == ("country", "Sweden")
    assert got["South African"][0] == "country" and "African" not in got  # the longer adjective wins
    assert got["European"] == ("continent", "Europe")
    assert all(r["flag"] == "demonym" for r in rs)


def test_an_adjective_inside_a_country_name_is_not_a_second_mention(geo):
    rs = rows(geo, "Aid reached the Central African Republic on Monday.")
    assert [r["feature"] for r in rs] == ["country"] and rs[0]["flag"] != "demonym"
