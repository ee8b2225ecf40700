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


def _incidents(text: str):
    return [r for r in records(text) if r.event_type != "Non-conflict"]


def test_a_toll_sentence_folds_into_the_attack_it_counts():
    recs = _incidents("Gunmen stormed a camp for displaced families in Kasoko near Bunia on Wednesday night. "
                      "At least six people have reportedly been killed and more than 30 injured.")
    assert len(recs) == 1
    assert recs[0].fatalities == 6 and recs[0].sub_event_type == "Attack"


def test_a_toll_for_another_town_is_not_folded_into_the_attack():
    from sitroom.extract.coref import fold_toll_siblings
    from sitroom.model import CountRange, EventRecord
    text = "Militants attacked Mopti. In Gao, 12 people were killed."
    attack = EventRecord(event_id="a", doc_id="d", report_kind="incident", event_type="Battles",
                         sub_event_type="Armed clash", disorder_type="Political violence",
                         location="Mopti", country="Mali")
    attack.extra["sentences"] = [[0, 25]]
    toll = EventRecord(event_id="b", doc_id="d", report_kind="incident", event_type="Protests",
                       sub_event_type="Excessive force against protesters", disorder_type="Demonstrations",
                       location="Gao", country="Mali")
    toll.counts["killed"] = CountRange(12, 12, 12)
    toll.extra["sentences"] = [[26, len(text)]]
    assert len(fold_toll_siblings([attack, toll], text)) == 2


def test_a_toll_that_rose_replaces_the_figure_told_before():
    from sitroom.extract.coref import fold_toll_siblings
    from sitroom.model import CountRange, EventRecord
    text = "A car bomb hit the market in Baidoa. The death toll rose to 9 on Friday."
    attack = EventRecord(event_id="a", doc_id="d", report_kind="incident", event_type="Explosions/Remote violence",
                         sub_event_type="Remote explosive/landmine/IED", disorder_type="Political violence",
                         location="Baidoa", country="Somalia")
    attack.counts["killed"] = CountRange(5, 5, 5)
    attack.fatalities = 5
    attack.extra["sentences"] = [[0, 36]]
    toll = EventRecord(event_id="b", doc_id="d", report_kind="incident", event_type="Strategic developments",
                       sub_event_type="Other", disorder_type="Strategic developments")
    toll.counts["killed"] = CountRange(9, 9, 9)
    toll.extra["sentences"] = [[37, len(text)]]
    out = fold_toll_siblings([attack, toll], text)
    assert len(out) == 1 and out[0].fatalities == 9
