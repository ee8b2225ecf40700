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
