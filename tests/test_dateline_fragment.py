"""A wire dateline is where and when a story was filed, never an event (own words)."""
from __future__ import annotations

from datetime import date

from sitroom.extract.founding import event_triggers
from sitroom.extract.nlp import get_nlp
from sitroom.extract.pipeline import extract_document, is_dateline_fragment
from sitroom.model import Document


def _first_sentence(text: str):
    return list(get_nlp()(text).sents)[0]


def test_a_dateline_split_off_as_a_sentence_is_a_fragment():
    assert is_dateline_fragment(_first_sentence("KANDI, March 3 (Agence) -"))
    assert is_dateline_fragment(_first_sentence("PORTO NOVO (Wire) —"))
    assert not is_dateline_fragment(_first_sentence("Marchers blocked the bridge in Kandi on Friday."))


def test_the_month_march_is_not_a_protest_trigger():
    sent = _first_sentence("Thousands of farmers marched to the ministry on March 3, organisers said.")
    found = [t.text for t in event_triggers(sent)]
    assert "marched" in found and "March" not in found


def test_a_flood_story_with_a_march_dateline_founds_no_protest():
    text = ("Floods kill nine in northern Benin\n\n"
            "KANDI, March 3 (Agence) - At least nine people died after rivers burst their banks near Kandi, "
            "the civil protection agency said on Tuesday.\n\n"
            "Hundreds of families were moved to schools on higher ground.")
    _, records = extract_document(Document(doc_id="flood", text=text, pub_date=date(2024, 3, 3)))
    assert not [r for r in records if r.event_type == "Protests"]
