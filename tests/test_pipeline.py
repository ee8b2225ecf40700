"""Pipeline decisions users see: which sentences become events, and how retellings join them."""
from __future__ import annotations

from datetime import date

import pytest

from sitroom.extract.nlp import get_nlp
from sitroom.extract.pipeline import extract_document, reports_nothing
from sitroom.model import Document


def _sent(text: str):
    return list(get_nlp()(text).sents)[0]


@pytest.mark.parametrize("text", [
    "The rescue service posted an update on the day's attacks:",
    "Leave your homes now.",
    "Quickly gather your families and go.",
])
def test_lead_ins_and_commands_report_nothing(text):
    assert reports_nothing(_sent(text))


@pytest.mark.parametrize("text", [
    "Gunmen killed five people near the market.",
    "A mass rally in the old town in 2012:",
    "Shelling hit the hospital on Monday.",
])
def test_event_sentences_are_kept(text):
    assert not reports_nothing(_sent(text))


def test_retelling_sentence_joins_its_event():
    doc = Document(doc_id="d1", pub_date=date(2019, 6, 3), text=(
        "Rescuers say government air strikes hit a market in Maarat al-Numan on Monday. "
        "The report said 12 people were killed and dozens injured."))
    _, records = extract_document(doc)
    strikes = [r for r in records if r.sub_event_type == "Air/drone strike"]
    assert len(strikes) == 1
    assert strikes[0].fatalities == 12
    assert strikes[0].counts["injured"].low == 12
    assert strikes[0].event_date == "2019-06-03"


def test_undated_report_takes_the_narrative_date_and_outlet():
    doc = Document(doc_id="d2", text=(
        "The Daily Courier reported that on March 4, 2013, soldiers shelled the old mosque in Homs. "
        "Government planes later bombed the minaret."))
    _, records = extract_document(doc)
    assert records and all(r.event_date == "2013-03-04" for r in records)
    assert all("Daily Courier" in r.source for r in records)


def test_witness_account_of_people_taken_is_an_event():
    doc = Document(doc_id="d3", pub_date=date(2020, 2, 11), text=(
        "My neighbour told me that soldiers took 30 men from the village to the base yesterday."))
    _, records = extract_document(doc)
    taken = [r for r in records if "detained" in r.counts]
    assert taken and taken[0].counts["detained"].low == 30
    assert taken[0].event_date == "2020-02-10"


def test_part_of_a_tally_joins_the_tally():
    doc = Document(doc_id="d5", pub_date=date(2019, 6, 4), text=(
        "The monitoring network documented 64 deaths on Monday across the country. "
        "Most of the deaths were from bombing of the markets of Ariha and Saraqib."))
    _, records = extract_document(doc)
    assert len(records) == 1 and records[0].report_kind == "aggregate"


def test_victims_named_in_the_next_sentence_fill_actor2():
    doc = Document(doc_id="d6", pub_date=date(2017, 3, 2), text=(
        "Separatist forces shelled homes in Mariupol this morning, the city council said. "
        "One civilian was killed and two were injured."))
    _, records = extract_document(doc)
    assert len(records) == 1
    assert records[0].actor2.startswith("Civilians") and records[0].fatalities == 1
    assert records[0].counts["injured"].low == 2


def test_a_sentence_going_on_about_an_earlier_day_keeps_that_day():
    doc = Document(doc_id="d7", pub_date=date(2018, 3, 14), text=(
        "A spokesman said on Monday that 300 families had fled into Taiz. "
        "In addition, Houthi fighters took control of two villages near Taiz."))
    _, records = extract_document(doc)
    took = [r for r in records if "took control" in r.evidence[0].text]
    assert took and took[0].event_date == "2018-03-12"


def test_a_countrys_minister_is_not_the_place_of_a_meeting():
    doc = Document(doc_id="d8", pub_date=date(2016, 11, 29), text=(
        "Fighting continued in Aleppo. An aide said Ayrault and Germany's Frank-Walter Steinmeier will "
        "discuss Aleppo today with Sergei Lavrov."))
    _, records = extract_document(doc)
    assert all(r.location != "Germany" for r in records)


def test_the_city_is_the_city_the_report_is_about():
    doc = Document(doc_id="d9", pub_date=date(2018, 3, 14), text=(
        "Shells hit a market in Taiz on Monday, killing four people. Taiz has been besieged for years. "
        "On Sunday, a landmine exploded near Maqbana, killing two men. "
        "Thousands of people have fled the western districts of the city since the weekend."))
    _, records = extract_document(doc)
    fled = [r for r in records if "displaced" in r.counts]
    assert fled and fled[0].location == "Taiz"
    assert all(doc.text[e.start:e.end] == e.text for r in records for e in r.evidence)
