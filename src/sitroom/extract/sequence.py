"""Two acts told in one sentence as successive steps are two events.

"Soldiers clashed with militants in X on Monday and subsequently executed 40 villagers" tells a
battle and, after it, killings of civilians: ACLED codes each. A coordinated verb opened by a
sequencing adverb (data/coref.yaml) whose own clause is typed as another kind of event becomes a
mention of its own, with the figures told in its clause; the first clause keeps the rest. Kinds
the codebook folds into one event stay one: a strike told within a battle (Battles absorbs it),
and two steps of one type of violence ("abducted five farmers and later killed them").
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

import yaml
from spacy.tokens import Span, Token

from sitroom.extract.coref import DATA_FILE
from sitroom.extract.founding import event_noun_type
from sitroom.extract.typing import TAXONOMY, EventLabel, classify_sentence

if TYPE_CHECKING:  # pragma: no cover
    from sitroom.extract.pipeline import Mention

# event types the codebook folds into one event when told together (the higher type wins)
ABSORBED_PAIRS = {frozenset({"Battles", "Explosions/Remote violence"})}


@lru_cache(maxsize=1)
def sequence_adverbs() -> frozenset[str]:
    with open(DATA_FILE, encoding="utf-8") as f:
        data = yaml.safe_load(f) or {}
    return frozenset(w.lower() for w in data.get("sequence_adverbs", []))


def _sequenced_step(sent: Span) -> Token | None:
    """The first verb coordinated with the sentence's main verb and opened by a sequencing adverb."""
    root = sent.root
    for tok in root.children:
        if tok.dep_ == "conj" and tok.pos_ == "VERB" and tok.i > root.i \
                and any(c.dep_ == "advmod" and c.lower_ in sequence_adverbs() for c in tok.children):
            return tok
    return None


def _object_label(step: Token) -> EventLabel | None:
    """The step's type from the event noun it does ("conducted summary executions": an Attack),
    for a clause too short for the classifier to read."""
    for obj in step.children:
        if obj.dep_ == "dobj":
            sub = event_noun_type(obj.text)
            if sub is not None and sub in TAXONOMY:
                event_type, disorder = TAXONOMY[sub]
                return EventLabel(event_type, sub, disorder, 0.5, None, None, "")
    return None


def _distinct(first: EventLabel, second: EventLabel | None) -> bool:
    if second is None or "Non-conflict" in (first.event_type, second.event_type):
        return False
    if first.event_type == second.event_type:
        return False
    return frozenset({first.event_type, second.event_type}) not in ABSORBED_PAIRS


def sequenced_parts(mention: "Mention", sent: Span, offset: int) -> list["Mention"]:
    """[first step, later step] when the sentence tells two successive acts of different kinds;
    [] otherwise. Document offsets, as the mention's."""
    if mention.aggregate:
        return []
    step = _sequenced_step(sent)
    if step is None:
        return []
    cut = offset + step.left_edge.idx
    end = mention.sentence_end
    text = mention.doc.text
    label = classify_sentence(text[cut:end]) or _object_label(step)
    if not _distinct(mention.label, label):
        return []
    label = EventLabel(label.event_type, label.sub_event_type, label.disorder_type, label.confidence, None, None, "")
    first = replace(mention, counts=[c for c in mention.counts if c.start < cut])
    later = replace(mention, label=label, counts=[c for c in mention.counts if c.start >= cut],
                    sentence_start=cut, sentence_text=text[cut:end])
    return [first, later]
