"""Which place mention is the event's: the dateline and a launch's origin yield to the place the
sentence tells of. Texts are the project's own, invented, not from any evaluation set."""
from __future__ import annotations

import pytest

from sitroom.extract.nlp import get_nlp
from sitroom.resolve.event_place import launch_origin
from sitroom.resolve.geocode import Geocoder


@pytest.fixture(scope="module")
def geocoder() -> Geocoder:
    return Geocoder.default()


def _where(geocoder: Geocoder, text: str):
    ctx = geocoder.context_for(text)
    return geocoder.locate(get_nlp()(text)[:], 0, ctx, use_last=False)


def test_dateline_city_yields_to_the_region_the_sentence_names(geocoder):
    place = _where(geocoder, "MOGADISHU (Reuters) - Militants stormed an army post in the Hiiraan region at dawn.")
    assert place is not None and place.location == "Hiiraan"


def test_dateline_city_yields_to_the_state_of_the_village(geocoder):
    place = _where(geocoder, "MAIDUGURI, Nigeria (Reuters) - Insurgents raided a village in Borno state "
                             "overnight, killing nine.")
    assert place is not None and place.location == "Borno"


def test_dateline_stays_when_the_sentence_names_no_other_place(geocoder):
    place = _where(geocoder, "NAIROBI, Kenya (Reuters) - Gunmen killed four herders on Sunday.")
    assert place is not None and place.location == "Nairobi"


def test_dateline_city_stays_over_a_bare_country(geocoder):
    place = _where(geocoder, "BEIRUT (AP) — Israeli strikes killed three people in Lebanon on Friday.")
    assert place is not None and place.location == "Beirut"


def test_dateline_yields_to_a_part_of_the_country(geocoder):
    place = _where(geocoder, "BEIRUT (AP) — Israeli strikes killed three people in southern Lebanon on Friday.")
    assert place is not None and place.location == "Lebanon" and place.note == "direction:south"


def test_a_launch_is_coded_where_it_lands(geocoder):
    place = _where(geocoder, "A drone launched from Belgorod hit an apartment block in Kharkiv overnight.")
    assert place is not None and place.location == "Kharkiv"
    place = _where(geocoder, "Two rockets were fired from the Gaza Strip into southern Israel on Tuesday.")
    assert place is not None and place.location == "Israel"


def test_the_origin_stands_when_no_target_place_is_named(geocoder):
    place = _where(geocoder, "Two rockets were launched from Gaza but fell short.")
    assert place is not None and place.location == "Gaza"


def test_launch_origin_reads_the_words_before_the_place():
    assert launch_origin("Mortars were fired from the ")
    assert launch_origin("a missile launched from the occupied ")
    assert not launch_origin("Families fled from the ")
    assert not launch_origin("The rockets hit ")


def test_dateline_town_stays_when_the_sentence_names_the_part_of_the_country_it_lies_in(geocoder):
    place = _where(geocoder, "PATTANI — A ranger was killed by a roadside bomb in southern Thailand on Monday.")
    assert place is not None and place.location == "Pattani"


def test_first_unknown_name_of_a_container_chain_is_the_event_place(geocoder):
    place = _where(geocoder, "A drone strike in Welkaro district, North Tessa Zone, Amhara region, on Friday "
                             "killed two farmers.")
    assert place is not None and place.location == "Welkaro" and not place.resolved
    assert place.within is not None and place.within.location == "Amhara"


def test_an_unknown_zone_alone_in_its_region_stays_the_place(geocoder):
    place = _where(geocoder, "An air strike hit a market in North Tessa Zone, Amhara region, on Friday.")
    assert place is not None and place.location == "North Tessa" and place.within.location == "Amhara"


def test_a_place_named_as_who_speaks_or_leads_is_no_event_place(geocoder):
    assert _where(geocoder, "The strike killed 40 soldiers, according to Kyiv.") is None
    assert _where(geocoder, "A coalition led by Saudi Arabia launched air strikes in late March.") is None
    place = _where(geocoder, "The strike killed 40 soldiers in Kherson, according to Kyiv.")
    assert place is not None and place.location == "Kherson"


def test_a_passive_report_names_where_the_event_happened(geocoder):
    place = _where(geocoder, "Heavy fighting was reported in Kherson on Sunday.")
    assert place is not None and place.location == "Kherson"
    # who reported from where is still no event place
    assert _where(geocoder, "The ministry reported in Kyiv that 12 soldiers died.") is None


def test_a_place_after_the_origin_is_where_the_launch_hit():
    # "fired from X hit Y": both follow "fired from", but only X stands right after "from"
    from sitroom.extract.nlp import get_nlp
    from sitroom.resolve.geocode import Geocoder

    geo, nlp = Geocoder.default(), get_nlp()
    text = "The army said 40 rockets fired from Lebanon hit Israel on Sunday."
    place = geo.locate(list(nlp(text).sents)[0], 0, geo.context_for(text), use_last=False)
    assert place is not None and place.country == "Israel", place
