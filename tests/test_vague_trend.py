"""A sentence that sums up months or years with no edge and no figure ("has carried out dozens of
strikes in recent years") is a trend: it founds no record beside the day's event, while a stated
figure over such a span, or a vague word on a dated day, still reports something codable."""
from __future__ import annotations

from datetime import date

from sitroom.extract.counts import extract_counts
from sitroom.extract.frame import vague_trend
from sitroom.extract.nlp import get_nlp
from sitroom.extract.pipeline import extract_document
from sitroom.model import Document

DAY = date(2026, 3, 18)
LEDE = "Gunmen killed seven villagers in Zamfara state on Sunday, police said.\n\n"


def trend(text: str) -> bool:
    sent = list(get_nlp()(text).sents)[0]
    return vague_trend(sent, extract_counts(sent, 0))


def test_vague_words_over_spans_without_edges_are_trends():
    assert trend("Government aircraft have bombed dozens of villages in Darfur in recent years.")
    assert trend("The group has kidnapped hundreds of travellers on the highway over the past decade.")
    assert trend("Police had foiled several planned attacks in the county in the last three months.")


def test_a_figure_or_a_dated_day_is_not_a_trend():
    assert not trend("Militants have killed 58 people in Borno in the past three months, the governor said.")
    assert not trend("Gunmen killed dozens of villagers in Zamfara state on Sunday.")
    assert not trend("Fighters have attacked an army post in Konduga, residents said.")


def test_the_trend_sentence_founds_no_second_record():
    text = LEDE + "Armed gangs have abducted thousands of people in northwest Nigeria over the past decade."
    recs = extract_document(Document("trend", text, pub_date=DAY))[1]
    assert [r.location for r in recs] == ["Zamfara"]
