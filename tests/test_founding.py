"""Which sentences found an event record: facts with something to code them by, not feelings,
appeals, background or talk about talk."""
from __future__ import annotations

from datetime import date

import pytest

from sitroom.extract.nlp import get_nlp
from sitroom.extract.founding import event_triggers
from sitroom.extract.pipeline import extract_document
from sitroom.model import Document


def _sent(text: str):
    return list(get_nlp()(text).sents)[0]


@pytest.mark.parametrize("text", [
    "We are afraid that the soldiers will storm the camp.",
    "Residents spoke of fears that the army was shelling the villages.",
    "When the rebels advanced there was a mix of fighters from many places.",
    "The town was the last opposition-held stronghold on the road.",
    "The bombing did not stop them.",
    "We need to end the attacks on hospitals.",
])
def test_no_factual_trigger(text):
    assert event_triggers(_sent(text)) == []


@pytest.mark.parametrize("text", [
    "Rebels shelled the market on Monday.",
    "The mayor said gunmen kidnapped two aid workers.",
    "An air strike hit the clinic.",
])
def test_reported_events_have_triggers(text):
    assert event_triggers(_sent(text))


def _records(text: str, day=date(2021, 5, 12)):
    _, records = extract_document(Document(doc_id="f", pub_date=day, text=text))
    return records


def test_fear_appeal_and_weather_found_nothing():
    records = _records(
        "We are terrified that the militia will come back. Please open the roads and let the aid in. "
        "Temperatures have dropped below freezing. The council has accused the governor of lying.")
    assert [r for r in records if r.event_type != "Non-conflict"] == []


def test_event_with_a_place_founds_a_record_in_a_quote():
    records = _records('"Soldiers burned the market in Kidal on Sunday," a trader said.')
    assert records and records[0].event_date == "2021-05-09"


def test_habitual_background_founds_nothing():
    from sitroom.extract.founding import event_triggers
    from sitroom.extract.nlp import get_nlp

    background = list(get_nlp()("Militias and rebels have long fought around the northern district.").sents)[0]
    event = list(get_nlp()("Militias and rebels fought around the northern district on Monday.").sents)[0]
    assert event_triggers(background) == []
    assert [t.lemma_ for t in event_triggers(event)] == ["fight"]


@pytest.mark.parametrize("text", [
    "Aid groups received reports of looting and abductions across the province.",
    "The envoy repeated calls for an end to the shelling of the capital.",
    "The minister warned of attacks on polling stations.",
    "The scourge of kidnapping has emptied whole districts of the north.",
])
def test_talk_and_generic_framing_leave_no_factual_trigger(text):
    assert event_triggers(_sent(text)) == []


def test_a_condemned_attack_still_has_a_trigger():
    assert event_triggers(_sent("The governor condemned the attack on the clinic."))


TODAY_RAID = "Gunmen killed three farmers in Gusau on Monday. "


@pytest.mark.parametrize("text, dates_a_fact", [
    ("The mediators said both armies must honour the truce in Nairobi on 3 May.", False),
    ("Both armies will resume talks in Nairobi on 3 May.", False),
    ("Soldiers stormed the camp in Nairobi on 3 May.", True),
])
def test_a_date_founds_only_when_it_dates_a_fact(text, dates_a_fact):
    from sitroom.extract.dates import resolve_event_date
    from sitroom.extract.founding import _date_dates_a_fact

    sent = _sent(text)
    own_date = resolve_event_date(sent, 0, date(2021, 5, 12))
    assert own_date is not None and _date_dates_a_fact(sent, 0, own_date) is dates_a_fact


@pytest.mark.parametrize("text, whole_war", [
    ("The war and the blockade have killed more than 80,000 people.", True),
    ("Fighting has claimed thousands of lives.", True),
    ("Gunmen have killed 12 villagers.", False),
    ("The war killed four soldiers on the bridge.", False),
])
def test_whole_war_toll_is_told_apart_from_an_incident(text, whole_war):
    from sitroom.extract.founding import _whole_war_toll

    assert _whole_war_toll(_sent(text)) is whole_war


def test_whole_war_toll_without_a_period_founds_nothing_but_a_dated_raid_does():
    records = _records(TODAY_RAID + "Donors met in Geneva on Tuesday to raise money for the north. "
                       "The war and the blockade have killed more than 80,000 people.")
    assert [(r.event_date, r.fatalities) for r in records if r.event_type != "Non-conflict"] == [("2021-05-10", 3)]
