"""Each event at the right place: place cues, unknown names anchored in a known area, names read whole.

Texts are the project's own (invented villages with real containers), not from any evaluation set.
"""
from __future__ import annotations

import pytest

from sitroom.extract.nlp import get_nlp
from sitroom.resolve.geocode import Geocoder
from sitroom.resolve.place_cues import cue_kind, generic_only, trailing_cue


@pytest.fixture(scope="module")
def geocoder() -> Geocoder:
    return Geocoder.default()


def _locate(geocoder: Geocoder, text: str):
    ctx = geocoder.context_for(text)
    sent = get_nlp()(text)[:]
    return geocoder.locate(sent, 0, ctx), geocoder.find_places(sent, 0, ctx)


def test_cue_words_come_from_the_data_file():
    assert cue_kind("local government area") == "district"
    assert cue_kind("LGA") == "district"
    assert cue_kind("kebele") == "district"
    assert cue_kind("army camp") == "camp"
    assert cue_kind("villages") == "village"
    assert cue_kind("oblast") == "admin1"
    assert cue_kind("banana") == ""


@pytest.mark.parametrize("text", ["the village", "the Zone", "Kebele 14", "the region", "Local Government Area",
                                  "the northern district"])
def test_cue_words_alone_are_no_place(text):
    assert generic_only(text)


@pytest.mark.parametrize("text", ["Wollo Zone", "the village of Tamberu", "Kaduna"])
def test_a_name_with_its_cue_is_a_place(text):
    assert not generic_only(text)


def test_trailing_cue_leaves_the_name():
    assert trailing_cue(["Gari", "Local", "Government", "Area"]) == 3
    assert trailing_cue(["Kumbo", "Village"]) == 1
    assert trailing_cue(["Village"]) == 0  # nothing left to be the name


def test_unknown_village_with_its_cue_sits_in_the_named_area(geocoder):
    place, _ = _locate(geocoder, "In Nigeria, gunmen besieged Dan Tokoro Village in Bungudu Local Government Area "
                                 "on Friday and killed nine people.")
    assert place.location == "Dan Tokoro"
    assert not place.resolved and place.within is not None
    assert place.country == "Nigeria"


def test_a_part_of_a_cued_name_is_not_the_place(geocoder):
    """'Katsina' inside 'Yar Katsina Village' is not Katsina state: the whole name is the village."""
    place, mentions = _locate(geocoder, "Bandits raided Yar Katsina Village in Zamfara State, Nigeria.")
    assert place.location == "Yar Katsina"
    assert not any(p.text == "Katsina" for p in mentions)


def test_cue_word_alone_is_never_reported(geocoder):
    _, mentions = _locate(geocoder, "In Ethiopia, a drone struck Kebele 07 of Lasta district in North Wollo Zone "
                                    "of the Amhara region.")
    texts = [p.text for p in mentions]
    assert "Kebele" not in texts and "Zone" not in texts
    assert "Lasta" in texts or any("Lasta" in t for t in texts)


def test_unknown_place_after_a_region_beats_the_region(geocoder):
    place, _ = _locate(geocoder, "Gunmen on motorbikes attacked the village of Korombe in the Tillaberi region "
                                 "of Niger.")
    assert place.location == "Korombe"
    assert place.within is not None and place.within.location.startswith("Tillab")
    assert place.country == "Niger"


def test_unknown_township_in_a_possessive_region(geocoder):
    place, _ = _locate(geocoder, "In Myanmar, resistance fighters ambushed a convoy in Magway region's Hlebu "
                           "township on Monday.")
    assert place.location == "Hlebu"
    assert place.within is not None and place.within.kind == "admin1"


def test_payam_in_a_state(geocoder):
    place, mentions = _locate(geocoder, "Armed youths attacked Pakeer Payam in Jonglei State, South Sudan.")
    assert place.location == "Pakeer"
    assert place.country == "S. Sudan" or "Sudan" in place.country


def test_country_name_with_of_is_read_whole(geocoder):
    """'Democratic Republic of Congo' is the country, never a place called 'Republic'."""
    _, mentions = _locate(geocoder, "BUNIA, Democratic Republic of Congo - militiamen attacked a camp.")
    assert not any(p.text == "Republic" for p in mentions)
    assert any(p.kind == "country" and "Congo" in p.location for p in mentions)


def test_islamic_state_is_no_place(geocoder):
    _, mentions = _locate(geocoder, "Fighters of the Islamic State attacked a checkpoint in Kirkuk, Iraq.")
    assert not any(p.text in ("Islamic", "Islamic State") for p in mentions)


def test_article_led_area_name_is_a_place(geocoder):
    place, _ = _locate(geocoder, "A strike hit tents in the al-Tamrawiya area east of Khan Younis in Gaza.")
    assert "al-Tamrawiya" in place.location
