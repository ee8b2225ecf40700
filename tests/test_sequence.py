"""A sentence telling two successive acts of different kinds gives two records; steps the codebook
folds into one event (an abduction then a killing; a strike within a battle) stay one."""
from __future__ import annotations

from datetime import date

from sitroom.extract.pipeline import extract_document
from sitroom.model import Document


def _incidents(text: str):
    recs = extract_document(Document("seq", text, pub_date=date(2023, 9, 20)))[1]
    return [r for r in recs if r.event_type != "Non-conflict"]


def test_a_battle_then_executions_are_two_events_each_with_its_own_toll():
    recs = _incidents("Army units clashed with rebels near Kaya in Burkina Faso on Monday and subsequently "
                      "carried out summary executions of about 30 villagers.")
    types = {r.event_type: r for r in recs}
    assert set(types) >= {"Battles", "Violence against civilians"}
    assert types["Violence against civilians"].fatalities == 30
    assert types["Battles"].fatalities == 0
    assert types["Battles"].event_date == types["Violence against civilians"].event_date == "2023-09-18"


def test_two_steps_of_one_kind_of_violence_stay_one_event():
    recs = _incidents("Gunmen abducted five farmers near Kaya in Burkina Faso on Monday and later killed them.")
    assert len(recs) == 1


def test_a_step_without_a_sequencing_word_is_not_split_off():
    recs = _incidents("Army units clashed with rebels near Kaya in Burkina Faso on Monday, killing 12 fighters.")
    assert len(recs) == 1
