"""The line-break component visits only the tokens that hold a line break: the same ones, in the
same order, as a walk over every token."""
from sitroom.extract.linebreaks import _tokens_at_newlines
from sitroom.extract.nlp import get_nlp

TEXTS = [
    "Headline with no stop\nThe lede starts here. It goes on.\n\nA second paragraph\n\n\nafter blank lines",
    "\nStarts with a break\n",
    "No break at all in this one.",
    "Ends with breaks\n\n",
    "Spaces  \n  around\t\n breaks  \n\nand a hard-wrapped line of\ntext that goes on",
    "",
]


def _every_token(doc):
    return [t.i for t in doc[:-1] if "\n" in t.text or "\n" in t.whitespace_]


def test_same_tokens_as_walking_every_token():
    nlp = get_nlp()
    for text in TEXTS:
        doc = nlp.make_doc(text)
        assert _tokens_at_newlines(doc, doc.text) == _every_token(doc), repr(text)


def test_sentence_starts_still_set_after_a_headline():
    doc = get_nlp()("Troops shell the town\nResidents said three people were killed on Monday.")
    starts = [s.text.split()[0] for s in doc.sents]
    assert "Residents" in starts
