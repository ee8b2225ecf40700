"""A weakly typed sentence in which another named actor *also* acts tells another event, not a
retelling of the one before it (own words)."""
from __future__ import annotations

from sitroom.extract.founding import adds_an_act
from sitroom.extract.nlp import get_nlp
from sitroom.extract.pipeline import _another_actor_adds
from sitroom.extract.actors import EventActors
from sitroom.model import EventRecord


def _sent(text: str):
    return list(get_nlp()(text).sents)[0]


def test_an_additive_adverb_on_the_main_or_reported_verb_adds_an_act():
    assert adds_an_act(_sent("Police also fired tear gas at the crowd near the stadium."))
    assert adds_an_act(_sent("Rebel guards also shot at inmates trying to escape, survivors said."))
    assert not adds_an_act(_sent("The strike destroyed the depot, which also stored grain."))
    assert not adds_an_act(_sent("Police fired tear gas at the crowd near the stadium."))


class _Mention:
    def __init__(self, actor1: str, adds_act: bool, inferred=()):
        self.actors = EventActors(actor1=actor1, inferred=list(inferred))
        self.adds_act = adds_act


def _record(actor1: str, actor2: str = "") -> EventRecord:
    record = EventRecord(event_id="e", doc_id="d")
    record.actor1, record.actor2 = actor1, actor2
    return record


def test_another_named_actor_also_acting_is_another_event():
    record = _record("Military Forces of Nowhere", "Rebels of the Hills")
    assert _another_actor_adds(record, _Mention("Prison Guards of the Plain", adds_act=True))


def test_a_side_of_the_event_or_no_additive_adverb_keeps_the_retelling():
    record = _record("Military Forces of Nowhere", "Rebels of the Hills")
    assert not _another_actor_adds(record, _Mention("Rebels of the Hills", adds_act=True))
    assert not _another_actor_adds(record, _Mention("Prison Guards of the Plain", adds_act=False))
    assert not _another_actor_adds(record, _Mention("Unidentified Armed Group", adds_act=True))
    assert not _another_actor_adds(record, _Mention("Prison Guards of the Plain", adds_act=True, inferred=["actor1"]))
