"""Sentence starts at line breaks that end a text part (headline, caption, byline, paragraph).

The parser reads a headline with no full stop and the lede under it as one sentence, so the
headline's "today" or the caption's date dates the lede's event, and a byline's place becomes its
place. A blank line always ends a sentence; a single line break does when the line before it is
finished (ends with sentence punctuation, or is a short line with no trailing comma or joining
word) and the next line starts like a sentence (a capital, a digit, a quote). A hard-wrapped
paragraph ("... the eastern city of\nGoma after days") keeps its sentences: its lines end
mid-phrase, and the next line goes on in lower case or after a joining word.
"""
from __future__ import annotations

import re

import numpy as np
from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

# a line this short with no closing punctuation is a headline, a caption or a byline, not a
# hard-wrapped line of running text (wire copy wraps near 60-80 characters); in a text whose
# lines are not hard-wrapped a longer unfinished line is a headline too
SHORT_LINE = 60
HEADLINE_LINE = 160
# a text is hard-wrapped when most of its long lines stop mid-sentence
WRAPPED_SHARE = 0.5
WRAPPED_MIN_LINES = 4
_ENDS_SENTENCE = re.compile(r"[.!?:;\"”’)\]]\s*$")
_JOINING_END = re.compile(
    r"(?i)(?:[,(\-–—/&]|\b(?:the|a|an|of|in|on|at|to|for|and|or|but|by|from|with|as|that|which|who|"
    r"its|their|his|her|near|after|before|into|over|under|than|is|are|was|were|has|have|had))\s*$")
_STARTS_SENTENCE = re.compile(r"^(?:[\"“‘'(\[]?[A-Z0-9]|[-•*#–—] ?\S)")


def _line_before(text: str, pos: int) -> str:
    """The text of the line that ends at character `pos`."""
    return text[text.rfind("\n", 0, pos) + 1 : pos]


def hard_wrapped(text: str) -> bool:
    """Whether the text's lines are wrapped at a fixed width (old wire copy, plain-text mail):
    then a line break inside a paragraph says nothing about where a sentence ends."""
    long_lines = [ln.rstrip() for ln in text.split("\n") if len(ln.strip()) >= 40]
    if len(long_lines) < WRAPPED_MIN_LINES:
        return False
    open_ended = sum(1 for ln in long_lines if not _ENDS_SENTENCE.search(ln))
    return open_ended / len(long_lines) >= WRAPPED_SHARE


def part_break(text: str, newline_at: int, next_at: int, wrapped: bool = False) -> bool:
    """Whether the line break(s) between `newline_at` and the next token at `next_at` end a
    sentence: a blank line between them, or a finished line followed by a sentence start."""
    gap = text[newline_at:next_at]
    if gap.count("\n") >= 2:
        return True
    before = _line_before(text, newline_at).rstrip()
    if not before or not _STARTS_SENTENCE.match(text[next_at : next_at + 3]):
        return False
    if _ENDS_SENTENCE.search(before):
        return True
    return len(before) < (SHORT_LINE if wrapped else HEADLINE_LINE) and not _JOINING_END.search(before)


@Language.component("sitroom_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Mark the first token after a text part's closing line break as a sentence start; the
    parser keeps every boundary set here and finds the others itself."""
    text = doc.text
    wrapped = hard_wrapped(text)
    for i in _tokens_at_newlines(doc, text):
        tok = doc[i]
        nl = -1
        if tok.is_space and "\n" in tok.text:
            nl = tok.idx + tok.text.index("\n")
        elif "\n" in tok.whitespace_:
            nl = tok.idx + len(tok.text) + tok.whitespace_.index("\n")
        if nl < 0:
            continue
        nxt = doc[tok.i + 1]
        if nxt.is_space:
            continue
        if part_break(text, nl, nxt.idx, wrapped):
            nxt.is_sent_start = True
    return doc


def _tokens_at_newlines(doc: Doc, text: str) -> list[int]:
    """Indices of the tokens (the last one excepted) whose text or trailing space holds a line
    break, in order. Why: only those can end a text part, and visiting every token from Python
    was about 4% of the parse in a profile of long texts; the line breaks are found in the text
    and each mapped to the token that covers it (tokens tile the text)."""
    starts = doc.to_array(IDX)
    last = len(doc) - 1
    out: list[int] = []
    pos = text.find("\n")
    while pos >= 0:
        i = int(np.searchsorted(starts, pos, side="right")) - 1
        if i >= last:
            break
        if not out or out[-1] != i:
            out.append(i)
        pos = text.find("\n", pos + 1)
    return out
