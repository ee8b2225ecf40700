"""A first-level area named after its city is found under the city's other spellings (issue 11).

GeoNames may spell an area one way and its namesake city another (area "Kiev", city "Kyiv" with
"Kiev" among its alternates). Reports write the area with the city's usual spelling and an area
word; the area word must then pick the area, and a bare name must stay the city.
Texts are our own.
"""
from __future__ import annotations


from sitroom.resolve.gazetteer import namesake_names
from sitroom.resolve.placenames import name_key



def test_namesake_names_take_the_biggest_near_city_of_the_country():
    cities = {name_key("Harbour"): [(90_000, 10.0, 10.0, "XX", ["Harbour", "Harbor Town"]),
                          (400_000, 10.5, 10.2, "XX", ["Harbour", "Port Harbour"]),
                          (900_000, 10.1, 10.1, "YY", ["Harbour", "Other"]),
                          (800_000, 30.0, 30.0, "XX", ["Harbour", "Far Away"])]}
    assert namesake_names("Harbour", "XX", 10.2, 10.1, cities) == ["Harbour", "Port Harbour"]
    assert namesake_names("Nowhere", "XX", 10.2, 10.1, cities) == []


def _locate(geo, nlp, text, sentence_index=0):
    ctx = geo.context_for(text)
    sent = list(nlp(text).sents)[sentence_index]
    return geo.locate(sent, 0, ctx, use_last=False)


def test_an_area_word_after_the_city_spelling_finds_the_area(geo, nlp):
    place = _locate(geo, nlp, "Drones struck the Kyiv region overnight, Ukrainian officials said.")
    assert place is not None and place.kind == "admin1" and place.country == "Ukraine"
    # reported under the text's name and area word: a bare "Kiev" would read as the city
    assert place.location == "Kyiv region"


def test_the_bare_name_is_still_the_city(geo, nlp):
    place = _locate(geo, nlp, "Drones struck Kyiv overnight, Ukrainian officials said.")
    assert place is not None and place.kind == "city" and place.location == "Kyiv"


def test_an_area_spelt_as_the_area_keeps_its_own_name(geo, nlp):
    place = _locate(geo, nlp, "Shelling hit the Kharkiv region on Sunday, Ukrainian officials said.")
    assert place is not None and place.kind == "admin1" and place.location == "Kharkiv"
