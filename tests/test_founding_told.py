"""An incident named with its own day and place inside a statement about it founds a record
(issue 11: NGO statements that condemn or recall an attack). Words of this project's own."""
from __future__ import annotations

from datetime import date

from sitroom.extract.dates import resolve_event_date
from sitroom.extract.founding import told_incident
from sitroom.extract.nlp import get_nlp
from sitroom.extract.pipeline import extract_document
from sitroom.model import Document

ANCHOR = date(2024, 3, 10)


def told(text: str):
    sent = next(get_nlp()(text).sents)
    found = told_incident(sent, 0, resolve_event_date(sent, 0, ANCHOR))
    return None if found is None else (found[0].text, found[1])


def test_a_dated_placed_attack_inside_a_condemnation():
    assert told("The mission condemns the militia for raids on aid workers, such as the 4 March attack "
                "in Herat against a clinic.") == ("attack", "Attack")


def test_the_day_right_after_the_phrase_is_the_incident_day():
    assert told("The agency condemned the suicide attack on a police post in Veska on 3 March.") == (
        "attack", "Suicide bomb")
    assert told("The ministry denounced Tuesday's bombing of the market in Darvel.") == (
        "bombing", "Remote explosive/landmine/IED")


def test_attacks_in_general_or_undated_found_nothing():
    assert told("The council condemned any attack on civilians in Darvel on Tuesday.") is None
    assert told("The agency condemned attacks on civilians and said on 3 March that it would visit Veska.") is None
    assert told("The mission condemned the attack on the clinic in Tarvik.") is None  # no day of its own


def test_separately_opens_another_incident():
    from sitroom.extract.founding import opens_another_incident

    assert opens_another_incident("Separately, one woman died when a drone hit a house in Kalo.")
    assert opens_another_incident("In another attack, gunmen killed two herders near Dora.")
    assert opens_another_incident("Elsewhere, three soldiers were wounded.")
    assert not opens_another_incident("The attack left two people dead, separately from the damage.")


def test_a_separate_incident_is_not_folded_into_the_one_before():
    text = ("Russian shelling killed four people on Monday, the governor said. "
            "Separately, one woman died and two were wounded, officials said.")
    _entries, records = extract_document(Document(doc_id="t-separately", text=text, pub_date=ANCHOR))
    # the woman is no lower report of the four: the shelling keeps its toll
    assert records and records[0].fatalities == 4
