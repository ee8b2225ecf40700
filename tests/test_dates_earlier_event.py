"""An undated sentence about an "earlier" event lies in the days before the story's day (own words)."""
from __future__ import annotations

import datetime as dt

from sitroom.extract.dates import DateResolution, before_the_story_day
from sitroom.extract.founding import EVENT_NOUNS
from sitroom.extract.nlp import get_nlp
from sitroom.extract.pipeline import extract_document
from sitroom.model import Document

DAY = dt.date(2021, 3, 10)
STORY = DateResolution(DAY, DAY, DAY, 1, 0, 5, "10 March", "explicit")


def _sent(text: str):
    return list(get_nlp()(text).sents)[0]


def test_an_earlier_attack_lies_in_the_week_before_the_story_day():
    found = before_the_story_day(_sent("A previous raid on the depot in Kisangani wounded two guards."), 0,
                                 STORY, EVENT_NOUNS)
    assert found is not None
    assert found.date_end == dt.date(2021, 3, 9) and found.date_start == dt.date(2021, 3, 3)


def test_earlier_on_a_person_or_an_adverb_says_nothing_about_the_day():
    assert before_the_story_day(_sent("Police dispersed the earlier protesters near the port."), 0,
                                STORY, EVENT_NOUNS) is None
    assert before_the_story_day(_sent("Earlier, soldiers shelled the hills above the town."), 0,
                                STORY, EVENT_NOUNS) is None


def test_the_earlier_attack_is_not_dated_on_the_story_day():
    doc = Document(doc_id="e1", pub_date=dt.date(2021, 3, 12), text=(
        "On 10 March gunmen attacked a school in the town of Gao, killing four pupils.\n\n"
        "An earlier bombing of the market in Mopti killed three traders."))
    _, records = extract_document(doc)
    mopti = [r for r in records if r.location == "Mopti"]
    assert mopti and mopti[0].date_end < "2021-03-10"
    gao = [r for r in records if r.location == "Gao"]
    assert gao and gao[0].date_start == "2021-03-10"
