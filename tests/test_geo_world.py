"""World admin areas, country points, abbreviations and person names: rules of the geoparser on texts of our own."""
from __future__ import annotations

import pytest

from sitroom.resolve import world_admin as wa
from sitroom.resolve.geocode import Geocoder
from sitroom.resolve.merge import haversine_km as km
from sitroom.resolve.places_cli import place_rows




@pytest.fixture(scope="module")
def geo():
    return Geocoder.default()


def rows(geo, text):
    return list(place_rows("t", text, geo))


def by_text(geo, text):
    return {r["text"]: r for r in rows(geo, text)}


def test_first_level_areas_of_any_country_are_places(geo):
    got = by_text(geo, "Aid convoys reached Borno and later crossed into Adamawa after the rains.")
    assert got["Borno"]["feature"] == "admin1" and got["Borno"]["country"] == "Nigeria"
    assert got["Adamawa"]["feature"] == "admin1"
    assert 9 < got["Borno"]["latitude"] < 14 and 11 < got["Borno"]["longitude"] < 15


def test_multi_word_area_is_matched_whole(geo):
    got = by_text(geo, "Bushfires spread across New South Wales during the weekend.")
    assert "New South Wales" in got and got["New South Wales"]["feature"] == "admin1"
    assert got["New South Wales"]["country"] == "Australia"


def test_second_level_area_by_its_full_name(geo):
    got = by_text(geo, "Deputies in Metcalfe County, Kentucky, searched a barn on Tuesday.")
    row = got["Metcalfe County"]
    assert row["feature"] == "district" and row["country"] == "United States of America"


def test_bare_area_name_drops_generic_words():
    assert wa.bare_name("Borno State") == "Borno"
    assert wa.bare_name("Province of Kandahar") == "Kandahar"
    assert wa.bare_name("State") == "State"  # nothing left: the name itself


def test_area_named_by_an_ordinary_word_is_not_indexed_bare(geo):
    # several countries have an admin1 called "Central": the word alone is never that area
    assert not [r for r in rows(geo, "Central banks raised rates again.") if r["feature"] == "admin1"]


def test_country_point_is_the_geocoders_reference_point(geo):
    row = by_text(geo, "Snow fell across Canada overnight.")["Canada"]
    assert km(row["latitude"], row["longitude"], 60.1, -113.6) < 50


def test_exact_country_name_beats_a_town_sharing_its_folded_key(geo):
    text = "The club from Sao Paulo lost in Campinas, and France won the final."
    assert by_text(geo, text)["France"]["feature"] == "country"


def test_postal_abbreviation_after_a_town_is_its_state(geo):
    got = by_text(geo, "A tornado hit Bowling Green, Ky. late on Sunday.")
    assert got["Ky."]["name"] == "Kentucky" and got["Ky."]["feature"] == "admin1"
    assert got["Bowling Green"]["country"] == "United States of America"


def test_dotted_country_abbreviation_is_the_country(geo):
    got = by_text(geo, "Talks between the U.S. and Mexico resumed.")
    assert got["U.S."]["feature"] == "country" and got["U.S."]["country"] == "United States of America"


def test_abbreviation_needs_its_context(geo):
    # "Mass." is a state only after "<Town>, "; "300 B.C." is a year
    texts = [r["text"] for r in rows(geo, "He attended Mass. The temple dates from 300 B.C. and was rebuilt.")]
    assert "Mass." not in texts and "B.C." not in texts


def test_part_of_a_persons_name_is_not_a_place(geo):
    texts = [r["text"] for r in rows(geo, "Coach Georgia Whitfield praised the team in Denver.")]
    assert "Georgia" not in texts and "Denver" in texts


def test_a_persons_surname_stays_a_person_later_in_the_text(geo):
    text = ("The mayor, Thomas Preston, opened the bridge in Leeds. "
            "Preston said the works would end in May.")
    texts = [r["text"] for r in rows(geo, text)]
    assert "Preston" not in texts and "Leeds" in texts


def test_continent_is_a_mention_but_never_an_event_place(geo):
    from sitroom.extract.nlp import get_nlp

    text = "Prices of rice rose across Asia this year."
    assert by_text(geo, text)["Asia"]["feature"] == "continent"
    sent = next(iter(get_nlp()(text).sents))
    assert geo.locate(sent, 0, geo.context_for(text), use_last=False) is None
