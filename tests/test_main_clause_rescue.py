"""A sentence whose main verb tells an event founds a record even when the sentence-level
detector passes over it (own words)."""
from __future__ import annotations

from datetime import date

from sitroom.extract import pipeline
from sitroom.extract.founding import tells_an_event_as_main_clause
from sitroom.extract.nlp import get_nlp
from sitroom.model import Document


def _sent(text: str):
    return list(get_nlp()(text).sents)[0]


def test_a_main_event_verb_tells_an_event():
    assert tells_an_event_as_main_clause(_sent("Hundreds of people have been marching in the town of Kasese."))
    assert tells_an_event_as_main_clause(_sent("Gunmen stormed the market in Gao and torched several shops."))


def test_a_posted_recording_of_an_event_tells_it():
    assert tells_an_event_as_main_clause(_sent("The council posted this clip, showing shelling in the Kafr Sousa district:"))


def test_an_event_under_a_modal_talk_or_subordinate_clause_does_not():
    assert not tells_an_event_as_main_clause(_sent("Residents fear that the militia will attack the town again."))
    assert not tells_an_event_as_main_clause(_sent("The governor said the army could retake the district soon."))
    assert not tells_an_event_as_main_clause(_sent("Prices of bread have risen sharply in the capital."))


def test_a_verb_whose_event_reading_hangs_on_its_object_does_not():
    assert not tells_an_event_as_main_clause(_sent("About 500 farmers took part in the meeting in Eldoret."))
    assert not tells_an_event_as_main_clause(_sent("Customs officers seized 40 kilograms of heroin at the port."))


def test_the_rescued_sentence_founds_a_record(monkeypatch):
    # the detector reads every sentence as no event: the main-clause verb still founds the record
    monkeypatch.setattr(pipeline, "classify_sentences", lambda texts: [None] * len(texts))
    doc = Document(doc_id="r1", pub_date=date(2021, 5, 9), text=(
        "Thousands of people have been marching in the city of Kisumu to demand the release of detained students."))
    _, records = pipeline.extract_document(doc)
    protests = [r for r in records if r.event_type == "Protests"]
    assert len(protests) == 1 and protests[0].location == "Kisumu"


def test_a_sentence_without_a_main_event_verb_stays_without_record(monkeypatch):
    monkeypatch.setattr(pipeline, "classify_sentences", lambda texts: [None] * len(texts))
    doc = Document(doc_id="r2", pub_date=date(2021, 5, 9), text=(
        "Gunmen stormed a church in the town of Kisumu on Sunday. "
        "Officials in Nakuru hope that talks between the two parties will resume next week."))
    _, records = pipeline.extract_document(doc)
    records = [r for r in records if r.event_type != "Non-conflict"]
    assert len(records) == 1 and records[0].location == "Kisumu"
    assert all("hope" not in e.text for e in records[0].evidence)


def test_a_rescued_sentence_without_a_place_of_its_own_founds_nothing(monkeypatch):
    monkeypatch.setattr(pipeline, "classify_sentences", lambda texts: [None] * len(texts))
    doc = Document(doc_id="r3", pub_date=date(2021, 5, 9), text=(
        "Gunmen stormed a church in the town of Kisumu on Sunday.\n\n"
        "On Monday, students marched to demand lower fees."))
    _, records = pipeline.extract_document(doc)
    assert records and all(r.event_type != "Protests" for r in records)
