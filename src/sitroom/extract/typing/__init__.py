"""Event typing: which ACLED sub-event type (or non-conflict category) a text reports.

    from sitroom.extract.typing import classify_text, classify_sentence, classify_many

`classify_text` labels the main event of a snippet or article (always a label);
`classify_sentence` returns None for sentences that report no event (feelings, background,
opinion, humanitarian conditions). Each label carries the trigger words that justify it as
character offsets within the text passed in.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from sitroom.extract.typing.model import CascadeModel, get_model
from sitroom.extract.typing import rules as _rules
from sitroom.extract.typing.protest import prepare as _prepare_protests
from sitroom.extract.typing.rules import PROTEST, apply_precedence, battle_or_remote
from sitroom.extract.typing.sentence import no_event_sentence
from sitroom.extract.typing.taxonomy import NO_EVENT, TAXONOMY

__all__ = ["EventLabel", "TAXONOMY", "classify_text", "classify_sentence", "classify_sentences", "classify_many"]

_TOKEN = re.compile(r"(?u)\b[\w'-]+\b")
NO_EVENT_THRESHOLD = 0.5


@dataclass
class EventLabel:
    """One event-type decision with its evidence span (offsets within the classified text)."""

    event_type: str
    sub_event_type: str
    disorder_type: str
    confidence: float
    trigger_start: int | None
    trigger_end: int | None
    trigger_text: str


def _trigger(text: str, label: str) -> tuple[int | None, int | None]:
    """Span of the word (or word pair) in `text` that most supports `label`."""
    model = get_model()
    vocab, row = model.word.vocabulary_, model.clf.coef_[model.classes.index(label)]

    def weight(term: str) -> float:
        col = vocab.get(term)
        return 0.0 if col is None else float(row[col])

    toks = [(m.group(0).lower(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    best, span = 0.0, (None, None)
    for i, (tok, s, e) in enumerate(toks):
        w = weight(tok)
        if w > best:
            best, span = w, (s, e)
        if i + 1 < len(toks):
            w2 = weight(f"{tok} {toks[i + 1][0]}")
            if w2 > best:
                best, span = w2, (s, toks[i + 1][2])
    return span


def _label(text: str, probs: np.ndarray, classes: list[str], allow_none: bool,
           rules: bool = True) -> EventLabel | None:
    order = np.argsort(-probs)
    top = classes[order[0]]
    if allow_none and (top == NO_EVENT or probs[classes.index(NO_EVENT)] >= NO_EVENT_THRESHOLD):
        return None
    event_probs = probs.copy()
    if NO_EVENT in classes:
        event_probs[classes.index(NO_EVENT)] = 0.0
    total = float(event_probs.sum()) or 1.0
    k = int(np.argmax(event_probs))
    label = str(classes[k])
    conf = float(event_probs[k]) / total
    ranked = [str(classes[i]) for i in np.argsort(-event_probs)]
    final, cue = label, None
    if rules:
        if "battle_or_remote" not in _rules.DISABLED:
            label, _ = battle_or_remote(text, label, ranked)
        final, cue = apply_precedence(text, label, ranked)
    if final != classes[k]:
        # a codebook rule moved the label: trust it about as much as the classifier's pick
        conf = max(float(event_probs[classes.index(final)]) / total, 0.6 * conf)
    if cue is not None:
        start, end = cue.start(), cue.end()
    else:
        start, end = _trigger(text, final)
    event_type, disorder = TAXONOMY[final]
    return EventLabel(event_type=event_type, sub_event_type=final, disorder_type=disorder,
                      confidence=round(min(max(conf, 0.0), 1.0), 4), trigger_start=start, trigger_end=end,
                      trigger_text=text[start:end] if start is not None else "")


def _parse_protests(texts: list[str], probs: np.ndarray, classes: list[str]) -> None:
    """Parse in one batch the texts whose best event label is a protest type: how the protest
    was met is read from the parse (typing/protest.py), one text at a time is several times slower."""
    event = [i for i, c in enumerate(classes) if c != NO_EVENT]
    picks = [t for t, p in zip(texts, probs) if classes[event[int(np.argmax(p[event]))]] in PROTEST]
    if len(picks) > 1:
        _prepare_protests(picks)


def _model(retype: bool = True):
    """The default model; `retype=False` gives the cascade's TF-IDF model alone (no encoder pass)."""
    model = get_model()
    return model if retype or not isinstance(model, CascadeModel) else model.fast


def classify_many(texts: list[str], retype: bool = True) -> list[EventLabel]:
    """Main event of each text, batched through one vectorisation. `retype=False` skips the
    encoder's second look at rows TF-IDF is unsure of: the pipeline's helper calls (a clause, a
    tally's whole entry, a whole short document) use it, since their confidence thresholds were
    set against the TF-IDF model (routing them too cost precision on the development documents)."""
    if not texts:
        return []
    model = get_model()
    if not retype and isinstance(model, CascadeModel):
        probs = model.fast_proba([t or "" for t in texts])  # rows typed lately come from memory
    else:
        probs = _model(retype).predict_proba([t or "" for t in texts])
    _parse_protests([t or "" for t in texts], probs, model.classes)
    return [_label(t or "", p, model.classes, allow_none=False) for t, p in zip(texts, probs)]


def classify_text(text: str, retype: bool = True) -> EventLabel:
    """Main event a snippet or article reports; always returns a label."""
    return classify_many([text], retype)[0]


def classify_sentence(text: str) -> EventLabel | None:
    """The event one sentence reports, or None when it reports none."""
    return classify_sentences([text])[0]


def classify_sentences(texts: list[str]) -> list[EventLabel | None]:
    """`classify_sentence` for many sentences through one vectorisation (same answers, in order):
    the pipeline can type a document's sentences in one call instead of one call each."""
    out: list[EventLabel | None] = [None] * len(texts)
    todo = [i for i, t in enumerate(texts) if t and t.strip() and not no_event_sentence(t)]
    if not todo:
        return out
    model = get_model()
    probs = model.predict_proba([texts[i] for i in todo])
    _parse_protests([texts[i] for i in todo], probs, model.classes)
    for i, p in zip(todo, probs):
        out[i] = _label(texts[i], p, model.classes, allow_none=True)
    return out
