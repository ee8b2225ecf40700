"""Mentions of one event in one report become one record: the day a source spoke never
founds a second attack beside the one its later sentence dates, the headline folds into the
lede's event, and the event's slots come from the mention that tells each best."""
from __future__ import annotations

from datetime import date

from sitroom.extract.pipeline import extract_document
from sitroom.model import Document


def records(text: str, day: date = date(2024, 5, 10)):
    return extract_document(Document("coref-headline", text, pub_date=day))[1]


def incidents(text: str):
    return [r for r in records(text) if r.report_kind == "incident"]


def test_the_day_a_source_spoke_yields_to_the_event_day_told_later():
    recs = incidents("Fourteen villagers were killed when gunmen stormed a settlement in central Mali, "
                     "a local official said on Thursday.\n\n"
                     "The gunmen on motorbikes attacked the village of Diallassagou in the Mopti region "
                     "on Tuesday evening, the official added.")
    assert len(recs) == 1
    assert recs[0].event_date == "2024-05-07"
    assert recs[0].fatalities == 14


def test_a_province_and_a_village_inside_it_are_one_event():
    recs = incidents("Militants killed nine farmers in Borno State on Tuesday, residents said.\n\n"
                     "The fighters stormed fields outside the town of Konduga on Tuesday and opened fire "
                     "on the farmers.")
    assert len(recs) == 1
    assert recs[0].location == "Konduga"
    assert recs[0].fatalities == 9


def test_two_tolls_in_one_province_stay_two_incidents():
    recs = incidents("Militants killed nine farmers in Borno State on Tuesday, residents said.\n\n"
                     "Four soldiers were killed on Tuesday when fighters attacked an army base in Konduga.")
    assert sorted(r.fatalities for r in recs) == [4, 9]


def test_a_headline_folds_into_the_event_its_lede_tells():
    text = ("Soldiers killed as militants overrun army post in Niger\n\n"
            "Militants on Monday attacked an army post in the village of Inates in the Tillaberi region, "
            "killing seven soldiers, the defence ministry said.")
    recs = incidents(text)
    assert len(recs) == 1
    assert recs[0].fatalities == 7
    assert recs[0].location == "Inates"
    assert recs[0].event_date == "2024-05-06"


def test_a_headline_alone_still_reports_its_event():
    recs = incidents("Gunmen kill nine villagers in central Mali\n\nNo further details were given.")
    assert len(recs) == 1


def test_the_attack_retold_later_links_to_the_event_before_it():
    recs = incidents("Militants stormed an army post in the village of Inates on Monday, killing seven soldiers.\n\n"
                     "The commander said reinforcements arrived from Tillaberi.\n\n"
                     "A resident said the attack also left homes burned.\n\n"
                     "The blast of a mortar round during the attack wounded two herders near Inates.")
    assert len(recs) == 1
    assert recs[0].fatalities == 7 and recs[0].location == "Inates"


def test_a_retelling_with_its_own_different_toll_elsewhere_stays_apart():
    recs = incidents("Militants stormed an army post in the village of Inates on Monday, killing seven soldiers.\n\n"
                     "In Niamey, the attack on a police station on Sunday killed three officers.")
    assert sorted(r.fatalities for r in recs) == [3, 7]
