"""Scene-setting clauses that tell an event taking place, and riot verbs, found records (own words)."""
from sitroom.extract.founding import event_triggers
from sitroom.extract.nlp import get_nlp


def _triggers(text: str) -> list[str]:
    return [t.text for t in event_triggers(list(get_nlp()(text).sents)[0])]


def test_when_the_attack_began_tells_the_attack():
    text = "When the attack on the army post near Korvin began on Friday, six soldiers were inside."
    assert "attack" in _triggers(text)


def test_a_condition_or_a_scene_clause_still_tells_nothing():
    assert _triggers("If the offensive begins, thousands will flee.") == []
    assert _triggers("When the militias advanced, there was panic in the market.") == []


def test_confronting_police_and_hurling_stones_are_event_words():
    found = _triggers("Marchers confronted the police outside the town hall in Velde and hurled stones.")
    assert "confronted" in found
