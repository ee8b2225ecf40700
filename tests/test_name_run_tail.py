"""A place name whose last word alone is some other place (issue 11).

"Ubok Itam Ekou in Tsafe LGA": the gazetteer knows an "Ekou" (in another country), not the village. When
no reading of the tail fits and the text marks it as a place, the place is the whole run of name
words; a facility's name or a run whose inner name is the container's stays as it was.
Texts are our own.
"""
from __future__ import annotations

import pytest

from sitroom.extract.nlp import get_nlp
from sitroom.resolve.geocode import Geocoder


@pytest.fixture(scope="module")
def geo():
    return Geocoder.default()


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def _second(geo, nlp, name):
    text = ("Bandits killed ten people in Zamfara State, Nigeria, on Friday. They also stopped at "
            f"{name} in Tsafe Local Government where they killed six more.")
    sents, ctx = list(nlp(text).sents), geo.context_for(text)
    geo.locate(sents[0], 0, ctx)
    return geo.locate(sents[1], 0, ctx, use_last=False)


def test_an_unknown_village_is_named_by_its_whole_run(geo, nlp):
    # "Ekou" alone is a village abroad; no reading of it lies in the named area
    place = _second(geo, nlp, "Ubok Itam Ekou")
    assert place is not None and place.location == "Ubok Itam Ekou" and place.admin1 == "Zamfara", place


def test_a_known_word_inside_the_run_is_part_of_the_name(geo, nlp):
    place = _second(geo, nlp, "Kaduna Gari Ekou")
    assert place is not None and place.location == "Kaduna Gari Ekou" and place.admin1 == "Zamfara", place


def test_a_facility_name_does_not_grow(geo, nlp):
    text = "Shots were fired near the Harold Wright Cancer Center in Sioux City, Iowa."
    places = geo.find_places(list(nlp(text).sents)[0], 0, geo.context_for(text))
    assert not any("Center" in p.location for p in places)  # no place named by the whole run
