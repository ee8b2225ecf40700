"""A line spaCy cut in two takes the place the rest of its line names; a complete sentence, or one
whose line ends, does not. Own invented texts; sentence cuts forced so the test does not depend on
where the parser happens to split."""
from __future__ import annotations

from spacy.tokens import Doc

from sitroom.extract.nlp import get_nlp
from sitroom.extract.pipeline import _place_of_the_line_rest
from sitroom.resolve.geocode import Geocoder


def _cut(text: str, starts_at: list[str]):
    nlp = get_nlp()
    made = nlp.make_doc(text)
    words = [t.text for t in made]
    starts = [True if i == 0 or w in starts_at else False for i, w in enumerate(words)]
    doc = Doc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in made], sent_starts=starts)
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return list(doc.sents)


def test_a_cut_line_takes_the_place_of_its_rest():
    text = "• Government air strikes hit Maarat al-Numan town\n• Aid convoys stopped.\n"
    sents = _cut(text, ["Maarat", "•"])
    geocoder = Geocoder.default()
    place = _place_of_the_line_rest(sents[0], 0, geocoder, geocoder.context_for(text))
    assert place is not None and place.location == "Maarat al-Numan"
    assert text[place.start:place.end] == "Maarat al-Numan"


def test_a_complete_sentence_keeps_no_place_from_the_next():
    text = "Government air strikes hit the town. Maarat al-Numan was quiet later.\n"
    sents = _cut(text, ["Maarat"])
    geocoder = Geocoder.default()
    assert _place_of_the_line_rest(sents[0], 0, geocoder, geocoder.context_for(text)) is None


def test_a_line_that_ends_keeps_no_place_from_the_next_line():
    text = "Government air strikes hit\nMaarat al-Numan residents fled.\n"
    sents = _cut(text, ["Maarat"])
    geocoder = Geocoder.default()
    assert _place_of_the_line_rest(sents[0], 0, geocoder, geocoder.context_for(text)) is None
