"""Commemorations and court proceedings about past killings found no record (sentences of our own)."""
from datetime import date

import pytest

from sitroom.extract.dates import resolve_event_date
from sitroom.extract.frame import background_tally, retells_the_past
from sitroom.extract.nlp import get_nlp
from sitroom.extract.pipeline import extract_document
from sitroom.model import Document

ANCHOR = date(2031, 6, 10)


def _past(text: str) -> str:
    return retells_the_past(get_nlp()(text)[:], ANCHOR)


@pytest.mark.parametrize("text", [
    "Thousands gathered at the hillside cemetery in Morvan on Saturday to mark the 20th anniversary of "
    "the massacre, in which 400 villagers were killed.",
    "Families of the victims gathered at the harbour on Tuesday to mark five years since the depot blast, "
    "which killed 90 people.",
    "The governor laid a wreath at the monument to the 2011 siege, in which 700 people died.",
    "A court in Tarsk on Monday convicted four men of planning the 2027 bombing of the bus station that "
    "killed 31 people.",
    "The tribunal opened the trial of a former militia commander accused of ordering attacks that killed "
    "200 civilians.",
    "Prosecutors told the judges that fighters under his command burned the village and killed its men.",
    "The appeals court upheld the sentences of nine men convicted over the 2028 raid.",
])
def test_ceremonies_and_hearings_retell_the_past(text: str) -> None:
    assert _past(text)


@pytest.mark.parametrize("text", [
    "Police fired tear gas at hundreds of students in Morvan on Saturday as they marked the anniversary "
    "of last year's protests.",
    "Gunmen attacked the court building in Tarsk on Monday, killing two guards.",
    "A bomb exploded at a vigil in the market square, killing three mourners.",
    "The mission held a memorial for four peacekeepers killed on 2 June near the river crossing.",
    "State prosecutors said gunmen killed five men at a bar in Tarsk on Sunday.",
    "Police arrested six men and charged them with the murder.",
])
def test_incidents_stay_events(text: str) -> None:
    assert _past(text) == ""


def test_tallies_over_years_are_background():
    nlp = get_nlp()
    old = nlp("Since 2019, attacks in the province have killed more than 9,000 people.")[:]
    recent = nlp("Since January, attacks in the province have killed more than 900 people.")[:]
    assert background_tally(resolve_event_date(old, 0, ANCHOR), ANCHOR)
    assert not background_tally(resolve_event_date(recent, 0, ANCHOR), ANCHOR)


def test_anniversary_story_founds_no_conflict_record():
    text = ("Morvan marks 20 years since the massacre\n"
            "MORVAN (Wire) - Thousands of people gathered at the hillside cemetery in Morvan on Saturday to "
            "mark the 20th anniversary of the massacre, in which soldiers killed 400 villagers.\n"
            "Survivors laid flowers on the graves and a choir sang.\n"
            "A court in the capital convicted two former officers over the killings in 2024.")
    _, records = extract_document(Document("fp1", text, pub_date=date(2031, 6, 8)))
    assert [r for r in records if r.event_type != "Non-conflict"] == []


@pytest.mark.parametrize("text, expected", [
    ("The two navies began joint exercises off the Orlin coast on Monday, with live-fire drills.", True),
    ("The junta held a military parade in the capital on Tuesday.", True),
    ("Two soldiers were killed when militants attacked troops returning from a drill.", False),
])
def test_exercises_and_parades_are_displays(text, expected):
    assert bool(_past(text)) is expected


def test_trend_of_cooperation_is_out_of_frame():
    from sitroom.extract.founding import EVENT_NOUNS
    from sitroom.extract.frame import out_of_frame
    sent = get_nlp()("Security cooperation between the two states has weakened since the coup.")[:]
    assert out_of_frame(sent, False, resolve_event_date(sent, 0, ANCHOR), ANCHOR, EVENT_NOUNS)


def test_incidents_of_long_ago_are_history():
    from sitroom.extract.frame import long_past_incident
    nlp = get_nlp()
    old = nlp("Rebel fighters overran the garrison town of Orlin in July 2019, killing 300 soldiers.")[:]
    recent = nlp("Rebel fighters overran the garrison town of Orlin in July 2029, killing 300 soldiers.")[:]
    assert long_past_incident(resolve_event_date(old, 0, ANCHOR), ANCHOR)
    assert not long_past_incident(resolve_event_date(recent, 0, ANCHOR), ANCHOR)
    text = ("Orlin rebuilds twelve years on\n"
            "ORLIN (Wire) - Rebel fighters overran the garrison town of Orlin in July 2019, killing 300 soldiers.\n"
            "Today the town has a new school and a market, and traders say business is slowly returning.")
    _, records = extract_document(Document("lp1", text, pub_date=ANCHOR))
    assert [r for r in records if r.event_type != "Non-conflict"] == []
