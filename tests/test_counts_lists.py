"""Counts told over a list of victims, one-person determiners and camp residents (issue 11)."""
from __future__ import annotations

from sitroom.extract.counts import extract_counts, fatalities_from
from sitroom.extract.nlp import get_nlp


def counts_of(text: str):
    doc = get_nlp()(text)
    return [m for sent in doc.sents for m in extract_counts(sent, 0)]


def test_outcome_after_a_list_covers_every_person_of_it():
    found = counts_of("The ambush near Korvel left two of the nine militants and a ranger dead, officials said.")
    assert [(m.category, m.low, m.victim) for m in found] == [("killed", 2, "militant"), ("killed", 1, "ranger")]
    assert fatalities_from(found) == 3


def test_participle_after_a_list_covers_every_person_of_it():
    found = counts_of("The blast left four herders and a medic wounded, the monitor said.")
    assert {(m.category, m.low) for m in found} == {("injured", 4), ("injured", 1)}


def test_a_list_left_behind_without_an_outcome_counts_nobody():
    assert counts_of("The convoy left three trucks and a tanker at the crossing.") == []


def test_another_person_is_one_victim():
    found = counts_of("The raid came after another border guard was shot dead near Ostrel on Friday.")
    assert [(m.category, m.low) for m in found] == [("killed", 1)]


def test_displaced_camp_residents_are_people():
    found = counts_of("One elderly IDP from the Varro camp was killed during the assault on Tiseno.")
    assert [(m.category, m.low, m.victim) for m in found] == [("killed", 1, "idp")]
    assert fatalities_from(counts_of("Three IDPs were wounded when a shell hit the camp.")) == 0
    assert [m.category for m in counts_of("Three IDPs were wounded when a shell hit the camp.")] == ["injured"]


def test_a_figure_in_brackets_after_an_act_noun_counts_its_victims():
    found = counts_of("The troops then carried out summary executions (around 50 people in one day) near Kelo.")
    assert [(m.category, m.low) for m in found] == [("killed", 50)]
    assert [(m.category, m.low) for m in counts_of("Gunmen carried out a massacre (at least 30 villagers) in Doma.")] \
        == [("killed", 30)]


def test_a_figure_in_brackets_after_a_thing_counts_nobody():
    assert counts_of("The convoy carried supplies (around 50 tents) to Kelo.") == []


def test_victims_listed_by_name_after_the_dead_count_one_each():
    found = counts_of("The dead were identified as Corporal Tamas Ledo, Private Arvo Kint and Sergeant Milo Rast.")
    assert [(m.category, m.low, m.victim) for m in found] == [("killed", 3, "named")]
    assert [(m.category, m.low) for m in counts_of("Those wounded included Dara Velk and Omid Saraf.")] == [
        ("injured", 2)]


def test_names_listed_without_an_outcome_count_nobody():
    assert counts_of("The delegation included Dara Velk and Omid Saraf.") == []
    assert counts_of("They were identified as Dara Velk and Omid Saraf.") == []
