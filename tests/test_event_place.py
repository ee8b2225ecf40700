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
    assert place.country == "South Sudan"


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


def test_record_country_is_spelled_as_acled_writes_it():
    from datetime import date

    from sitroom.extract.pipeline import extract_document
    from sitroom.model import Document
    from sitroom.resolve.country_names import event_country
    from sitroom.resolve.geo_boundaries import country_info

    assert country_info("SS")[0] == "South Sudan"
    assert country_info("CD")[0] == "Democratic Republic of Congo"
    assert event_country(country_info("CI")[0]) == "Ivory Coast"
    assert event_country("Hong Kong") == "China"
    assert event_country("Kenya") == "Kenya"
    doc = Document(doc_id="own-ss", pub_date=date(2024, 5, 3),
                   text="Gunmen killed four herders in an attack on a cattle camp near Bor, South Sudan, on Thursday.")
    _, records = extract_document(doc)
    assert records and all(r.country == "South Sudan" for r in records if r.country)


def test_a_foreign_dateline_is_not_the_event_place(geocoder):
    """The reporter's seat ("Nairobi, Mar 2 (Agency) -") is context, not where a distant event happened."""
    text = ("Nairobi, Mar 2 (Agency) - Gunmen killed seven soldiers in Burkina Faso, the army said.\n"
            "The attack hit a patrol in Burkina Faso near the border.")
    ctx = geocoder.context_for(text)
    doc = get_nlp()(text)
    first = next(iter(doc.sents))
    place = geocoder.locate(first, 0, ctx)
    assert place is None or place.location != "Nairobi"


def test_bracketed_dateline_is_flagged():
    from sitroom.resolve.geo_mentions import is_dateline

    text = "(Dakar) – Soldiers raided a village."
    assert is_dateline(text, 1, 6)
    assert not is_dateline("Soldiers raided Dakar, Oct 3 reports say.", 16, 21)


def test_an_outlets_home_in_brackets_is_not_an_event_place(geocoder):
    place, _ = _locate(geocoder, "Radio Tamazuj (Juba) said gunmen killed three farmers in Jonglei State, South Sudan.")
    assert place is not None and place.location != "Juba"


def test_the_other_side_of_a_border_is_not_the_event_place(geocoder):
    place, _ = _locate(geocoder, "Gunmen raided a village in northern Benin close to the border with Burkina Faso.")
    assert place is not None and place.country == "Benin"


def test_a_capital_taking_a_stance_is_an_actor_not_a_place(geocoder):
    place, _ = _locate(geocoder, "Paris condemned the shelling of Kharkiv in Ukraine.")
    assert place is not None and place.location != "Paris"


def test_where_leaders_met_is_not_the_event_place(geocoder):
    place, _ = _locate(geocoder, "After the drone attack on Odesa in Ukraine, the president met allies in Madrid.")
    assert place is not None and place.location != "Madrid"


def test_dateline_in_brackets_with_a_date():
    from sitroom.resolve.geo_mentions import is_dateline

    text = "Army Killed Herders (Dakar, June 2, 2024) – Soldiers shot"
    i = text.index("Dakar")
    assert is_dateline(text, i, i + 5)


def test_country_of_name_ending_inside_a_run_is_still_whole(geocoder):
    _, mentions = _locate(geocoder, "BENI, Democratic Republic of Congo Nov 3 Rebels attacked the town.")
    assert not any(p.text == "Republic" for p in mentions)


def test_small_marked_places_decide_the_country_when_none_is_named(geocoder):
    """A situation report that names only its local areas ("in Gwoza LGA") is about their country."""
    text = ("Armed groups attacked a camp in Gwoza local government area on Monday. "
            "Two days later, in Bama LGA, a market was burned.")
    ctx = geocoder.context_for(text)
    assert ctx.focus_cc == "NG"


def test_part_of_an_armed_groups_name_never_takes_the_countrys_point(geocoder):
    place, mentions = _locate(geocoder, "Two customs officers killed in Boko Haram attack on Lake Chad island")
    assert place is None or "Boko" not in place.location


def test_plural_cue_after_one_name_is_no_place(geocoder):
    """'the Ancient Villages' is a heritage name, not a place called 'Ancient'; a plural cue after
    several names still reads each of them ('Tsafe and Gusau Local Government Areas')."""
    _, mentions = _locate(geocoder, "An airstrike hit a church in the Ancient Villages of northern Syria.")
    assert not any(p.text == "Ancient" for p in mentions)
    _, mentions = _locate(geocoder, "Gunmen raided Tsafe and Gusau Local Government Areas in Zamfara.")
    assert {"Tsafe", "Gusau"} <= {p.text for p in mentions}
