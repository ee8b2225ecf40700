"""Heritage sites, building names and namesakes abroad: our own short texts about Syrian sites."""
from __future__ import annotations

import pytest

from sitroom.resolve.merge import haversine_km as km





def places(geo, nlp, text):
    ctx = geo.context_for(text)
    return [p for s in nlp(text).sents if (p := geo.locate(s, 0, ctx, use_last=False)) is not None]


def point(p):
    src = p if p.latitude is not None else p.within
    return None if src is None else (src.latitude, src.longitude)


@pytest.mark.parametrize("text, lat, lon", [
    ("Government shells struck the walls of the Crac des Chevaliers overnight, a monitor said.", 34.757, 36.294),
    ("Looters with bulldozers dug hundreds of pits across Apamea last spring.", 35.415, 36.391),
    ("Satellite images show new looting holes at Dura Europos, archaeologists said.", 34.747, 40.730),
    ("An air strike damaged the Church of Saint Simeon Stylites on Thursday.", 36.334, 36.844),
    ("Fighters used Qalaat Jaabar as a base before they were pushed out.", 35.898, 38.481),
])
def test_heritage_site_named_alone_is_placed_at_the_site(geo, nlp, text, lat, lon):
    p = places(geo, nlp, text)[0]
    assert p.resolved and p.country == "Syria"
    assert km(*point(p), lat, lon) < 5


def test_ancient_city_beats_a_bigger_namesake_abroad(geo, nlp):
    # the text names no country: the curated Syrian site, not Mary (Turkmenistan) or Palmira (Colombia)
    p = places(geo, nlp, "The agency reported that looters dug illegal trenches at Mari during the spring.")[0]
    assert p.iso3 == "SYR" and km(*point(p), 34.549, 40.890) < 5
    p = places(geo, nlp, "A television crew filmed the damage to the ruins of Palmyra on Friday.")[0]
    assert p.iso3 == "SYR" and km(*point(p), 34.56, 38.27) < 10


def test_temple_of_a_god_is_placed_by_its_town_not_a_namesake_town(geo, nlp):
    p = places(geo, nlp, "Militants blew up the Temple of Bel in the ancient city of Palmyra, Syria, on Sunday.")[0]
    assert p.iso3 == "SYR" and km(*point(p), 34.55, 38.27) < 10
    assert p.location != "Temple"


def test_building_words_alone_are_not_places(geo, nlp):
    ps = places(geo, nlp, "Rebels said the Temple was hit by mortar fire in Idlib on Monday.")
    assert all(p.location != "Temple" for p in ps)
    assert ps and ps[0].location == "Idlib"


def test_mosque_name_yields_to_the_town_it_stands_in(geo, nlp):
    p = places(geo, nlp, "A bomb went off outside the Rawda Mosque in Homs after Friday prayers.")[0]
    assert p.location == "Homs"


def test_namesake_abroad_is_not_chosen_when_syria_has_the_place(geo, nlp):
    # "Al-Haffah" is a Syrian town; Hefei (China) shares the key and is far bigger, but China is never named
    p = places(geo, nlp, "Troops shelled the archives in Al-Haffah, residents said.")[0]
    assert p.iso3 == "SYR"


def test_backtick_transliteration_is_one_word(geo, nlp):
    p = places(geo, nlp, "Jets bombed Ma`arrat al-Nu`man in Syria, killing eleven people.")[0]
    assert p.iso3 == "SYR" and km(*point(p), 35.65, 36.67) < 10


def test_outlet_name_does_not_set_the_focus_country(geo, nlp):
    # "America" in the outlet's name must not make Palmyra the one in the United States
    p = places(geo, nlp, "Voice of America reported that fighters damaged the ancient city of Palmyra.")[0]
    assert p.iso3 == "SYR"


def test_place_in_a_countryside_is_read_against_the_governorate(geo, nlp):
    p = places(geo, nlp, "Troops raided farms south of Palmyra in the Homs countryside on Tuesday.")[0]
    assert km(*point(p), 34.56, 38.27) < 15


def test_possessive_city_and_its_old_city(geo, nlp):
    p = places(geo, nlp, "Shells fell on Aleppo’s Old City overnight, residents said.")[0]
    assert p.location.startswith("Aleppo") and km(*point(p), 36.20, 37.16) < 5
    # a person's possessive is not a place
    ps = places(geo, nlp, "A message in Bana’s name described the attack.")
    assert all(p.resolved is False or p.iso3 in ("", "SYR") for p in ps)


def test_known_district_without_coordinates_sits_at_its_city(geo, nlp):
    text = ("Government forces pressed on in eastern Aleppo. "
            "Families fled from Masakin Hananu after days of shelling, a fighter said.")
    p = places(geo, nlp, text)[1]
    assert p.location == "Aleppo - Masakin Hanano" and p.geo_precision == 2 and p.resolved


def test_district_names_listed_with_an_appositive(geo, nlp):
    text = "In Aleppo the YPG took two neighbourhoods, al-Sukkari and Bustan al-Zahra, on Sunday."
    ctx = geo.context_for(text)
    found = {p.location for s in nlp(text).sents for p in geo.find_places(s, 0, ctx)}
    assert {"Aleppo - al-Sukkari", "Aleppo - Bustan al-Zahra"} <= found


@pytest.mark.parametrize("text, lat, lon", [
    ("Witnesses said regime forces in Al Qasayr shelled two mosques overnight.", 34.51, 36.58),
    ("Activists reported that soldiers occupied a school in Dier Ezzor on Friday.", 35.33, 40.14),
])
def test_misspelt_names_reach_the_syrian_town(geo, nlp, text, lat, lon):
    p = places(geo, nlp, text)[0]
    assert p.iso3 == "SYR" and km(*point(p), lat, lon) < 15


def test_generic_first_word_of_an_unknown_name_is_not_that_town(geo, nlp):
    ps = places(geo, nlp, "Militants burned a church in Tell Shamiran, near Hasakah, on Monday.")
    assert all(p.location not in ("Al-Tall", "Tell") for p in ps)


def test_saints_and_lower_case_building_names_are_not_places(geo, nlp):
    ps = places(geo, nlp, "Mortars hit the Saint Michael Church in the old quarter of Damascus on Sunday.")
    assert ps[0].location == "Damascus"
    p = places(geo, nlp, "A bomb exploded near Al Rawda mosque in Deir ez-Zor, a monitor said.")[0]
    assert p.location == "Deir ez-Zor"
