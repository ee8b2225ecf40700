"""Sources read over a whole document: the next sentence's account, names given in full elsewhere."""
from __future__ import annotations

from datetime import date

from sitroom.extract.nlp import get_nlp
from sitroom.extract.pipeline import extract_document
from sitroom.extract.sources import _fuller_name, continues_into
from sitroom.model import Document


def _two(text: str):
    sents = list(get_nlp()(text).sents)
    return sents[0], sents[1]


def test_next_sentence_goes_on_with_the_event():
    a, b = _two("A mortar shell hit a school in the town on Sunday. The army said the shell came from the hills.")
    assert continues_into(a, b)
    a, b = _two("Five guards were killed in an ambush near the mine. Two died on the way to hospital, medics said.")
    assert continues_into(a, b)
    a, b = _two("A mortar shell hit a school in the town on Sunday. The minister said talks would resume.")
    assert not continues_into(a, b)


def test_record_takes_the_account_of_the_sentence_that_goes_on_with_it():
    text = ("Roadside bomb kills soldiers in Gao\n\n"
            "The defence minister said on Monday that more troops would be sent north.\n\n"
            "Three Malian soldiers were killed when their truck struck a roadside bomb near Gao on Tuesday.\n\n"
            "The regional governor said the truck was part of a supply convoy.\n\n"
            "Elsewhere, the ministry said schools would reopen next week.")
    _, records = extract_document(Document(doc_id="gao", pub_date=date(2023, 3, 15), text=text))
    bomb = [r for r in records if r.sub_event_type == "Remote explosive/landmine/IED"]
    assert bomb and all("governor" in r.source.lower() for r in bomb)
    assert not any("minister" in r.source.lower() for r in bomb)


def test_part_of_a_name_is_read_as_the_full_name():
    cited = ["Tribal elder Sheikh Hamad al-Saadi", "Sheikh Hamad", "Police"]
    assert _fuller_name("Sheikh Hamad", cited) == "Tribal elder Sheikh Hamad al-Saadi"
    assert _fuller_name("Police", ["Kano state police spokesman Abdullahi Haruna"]) == "Police"
    assert _fuller_name("UN", ["UN OCHA"]) == "UN"


def test_a_release_publishes_the_witnesses_it_quotes():
    text = ("South Sudan: Investigate Village Burnings\n\n"
            "(Juba) – South Sudan's government should open an inquiry into the burning of villages in Unity "
            "State, Amnesty International said today.\n\n"
            "On May 4, soldiers set fire to more than 200 homes in Leer, two witnesses told the "
            "organisation's researchers.")
    _, records = extract_document(Document(doc_id="rel", pub_date=date(2023, 6, 1), text=text))
    quoted = [r for r in records if "witness" in r.source.lower()]
    assert quoted and all(r.source.endswith("Amnesty International") for r in quoted)


def test_a_release_whose_issuer_is_named_after_a_long_caption():
    caption = ("Smoke rises over burned huts in a village of Unity State on May 4, 2023, in a photo "
               "taken by a resident and shared with researchers, showing the scale of the damage "
               "left behind after the troops withdrew from the area later that week. ") * 4
    text = ("South Sudan: Investigate Village Burnings\n\n" + caption + "\n\n"
            "(Juba) – South Sudan's government should open an inquiry into the burning of villages in Unity "
            "State, Amnesty International said today.\n\n"
            "On May 4, soldiers set fire to more than 200 homes in Leer, two witnesses told the "
            "organisation's researchers.")
    _, records = extract_document(Document(doc_id="rel2", pub_date=date(2023, 6, 1), text=text))
    quoted = [r for r in records if "witness" in r.source.lower()]
    assert quoted and all(r.source.endswith("Amnesty International") for r in quoted)
