"""A headline listing places tells one event at each; "Town, Region" is one place. Own texts."""
from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from sitroom.extract.headline_places import listed_places
from sitroom.extract.pipeline import extract_document
from sitroom.model import Document


def _places(text: str, names: list[str], kind: str = "city") -> list:
    out = []
    for name in names:
        start = text.index(name)
        out.append(SimpleNamespace(start=start, end=start + len(name), location=name, kind=kind, resolved=True,
                                   admin1="", admin2="", country="Ruritania"))
    return out


def _level(p) -> str:
    return p.kind


def _inside(a, b) -> bool:
    return a.location in (b.admin1, b.country)


def test_three_listed_cities_are_each_a_place():
    text = "Drones hit Varnok, Belzig and Tarrow"
    ps = _places(text, ["Varnok", "Belzig", "Tarrow"])
    got = listed_places(text, 0, ps[0], ps, _level, _inside, lambda p: False)
    assert [p.location for p in got] == ["Belzig", "Tarrow"]


def test_town_and_its_region_are_one_place():
    text = "Five killed in shelling of Varnok, Belzig"
    ps = _places(text, ["Varnok", "Belzig"])
    assert listed_places(text, 0, ps[0], ps, _level, _inside, lambda p: p.location == "Belzig") == []
    # two towns joined by a comma, neither an area's name, are a list
    assert [p.location for p in listed_places(text, 0, ps[0], ps, _level, _inside, lambda p: False)] == ["Belzig"]


def test_places_with_words_between_are_no_list():
    text = "Troops push from Varnok toward Belzig"
    ps = _places(text, ["Varnok", "Belzig"])
    assert listed_places(text, 0, ps[0], ps, _level, _inside, lambda p: False) == []


def test_a_headline_list_of_cities_founds_one_record_per_city():
    text = ("Russian Missiles Strike Kherson, Mykolaiv and Odesa\nNewsdesk,\n(Newsdesk) -- Three people were "
            "wounded in an overnight attack, officials said on Telegram.\n")
    _, records = extract_document(Document(doc_id="h1", text=text, pub_date=date(2024, 3, 5)))
    places = {r.location for r in records if r.event_type == "Explosions/Remote violence"}
    assert {"Kherson", "Odesa"} <= places and any(p.startswith("Mykola") for p in places)
