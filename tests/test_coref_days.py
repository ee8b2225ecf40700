"""Two events told on different explicit days stay two records, and who took people decides
whether the taking was an arrest or an abduction."""
from __future__ import annotations

from datetime import date

from sitroom.extract.counts import taken_by
from sitroom.extract.nlp import get_nlp
from sitroom.extract.pipeline import extract_document
from sitroom.model import Document


def records(text: str):
    return extract_document(Document("days", text, pub_date=date(2024, 5, 10)))[1]


def test_a_figure_told_on_another_day_is_not_the_last_events():
    recs = records("Gunmen abducted three nurses near the clinic in Bunia on Tuesday. "
                   "On Sunday, 25 people were taken at the airport.")
    days = sorted(r.event_date for r in recs)
    assert len(recs) == 2 and days[0] != days[1]
    tuesday = next(r for r in recs if r.event_date == "2024-05-07")
    assert tuesday.counts["abducted"].best == 3 and "detained" not in tuesday.counts


def test_a_figure_with_no_day_of_its_own_continues_the_event():
    recs = records("Gunmen abducted three nurses near the clinic in Bunia on Tuesday. "
                   "Two of them were later released, and 5 others were taken with them.")
    assert len(recs) == 1


def _taking(text: str) -> str | None:
    return taken_by(next(get_nlp()(text).sents))


def test_state_forces_taking_people_is_an_arrest():
    assert _taking("Soldiers took eleven young men from the market.") == "Arrests"
    assert _taking("Police rounded up 30 traders at dawn.") == "Arrests"


def test_anyone_else_taking_people_is_an_abduction():
    assert _taking("Rebels took eleven young men from the market.") == "Abduction/forced disappearance"
    assert _taking("Bandits seized 14 passengers from a bus.") == "Abduction/forced disappearance"


def test_the_verb_itself_says_which_whoever_did_it():
    assert _taking("Men in uniform kidnapped the mayor.") == "Abduction/forced disappearance"
    assert _taking("Gunmen were arrested at the checkpoint.") == "Arrests"


def test_a_record_of_soldiers_taking_people_is_typed_an_arrest():
    recs = records("Soldiers took 12 men from the village of Kasongo on Thursday.")
    assert recs and recs[0].sub_event_type == "Arrests"
