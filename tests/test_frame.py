"""The time-frame / assertion gate: background, talk, possibility and captions found no record."""
from datetime import date

import pytest

from sitroom.extract.dates import resolve_event_date
from sitroom.extract.founding import EVENT_NOUNS
from sitroom.extract.frame import out_of_frame
from sitroom.extract.nlp import get_nlp

ANCHOR = date(2031, 6, 10)


def _why(text: str, has_counts: bool = False) -> str:
    sent = get_nlp()(text)[:]
    return out_of_frame(sent, has_counts, resolve_event_date(sent, 0, ANCHOR), ANCHOR, EVENT_NOUNS)


@pytest.mark.parametrize("text", [
    "Relief convoys to the northern valley might stop within days, the agency warned.",
    "The tribunal upheld the verdicts against four organisers of the march.",
    "The interior ministry banned all gatherings near the river port.",
    "Violence in the hill districts has intensified.",
    "The coalition force patrols the lake shore and fights the insurgents in the border area.",
    "The rebels often raid cattle camps along the river.",
    "Harbour workers unload sacks of grain at the quay (Photo: Port Authority)",
    "Fighting",
])
def test_background_talk_and_captions_are_out_of_frame(text: str) -> None:
    assert _why(text)


@pytest.mark.parametrize("text, has_counts", [
    ("Gunmen stormed a market in the river town on Tuesday, police said.", False),
    ("The army said its troops retook the bridge after a night of fighting.", False),
    ("Shots were heard across the old quarter on Saturday.", False),
    ("It appears that the militia is in control of the crossing.", False),
    ("The mayor condemned the bombing, which killed six traders.", True),
    ("My brother was wounded in 2024 when a rocket hit the depot.", False),
    ("The raid comes after a soldier was shot dead at a checkpoint on Friday.", False),
])
def test_events_of_the_texts_own_time_pass(text: str, has_counts: bool) -> None:
    assert _why(text, has_counts) == ""
