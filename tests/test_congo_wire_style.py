"""Wire style names the Democratic Republic of Congo plain "Congo"; the other Congo is named in full."""
from __future__ import annotations


from sitroom.extract.nlp import get_nlp



def _countries(geo, text: str) -> dict[str, str]:
    ctx = geo.context_for(text)
    return {p.text: p.country for s in get_nlp()(text).sents for p in geo.find_places(s, 0, ctx)}


def test_plain_congo_is_the_democratic_republic(geo):
    found = _countries(geo, "Rebels killed eleven farmers in eastern Congo on Sunday, a local official said.")
    assert found["Congo"] == "Democratic Republic of Congo"


def test_a_dateline_congo_places_its_towns_in_the_democratic_republic(geo):
    found = _countries(geo, "BUNIA, Congo (AP) — Militiamen attacked a camp near Bunia in Ituri province overnight.")
    assert found["BUNIA"] == "Democratic Republic of Congo"


def test_the_republic_of_congo_named_in_full_stays_itself(geo):
    found = _countries(geo, "Floods hit Brazzaville, the capital of the Republic of Congo, on Monday.")
    assert found["Republic of Congo"] == "Republic of Congo"
    assert found["Brazzaville"] == "Republic of Congo"
