"""A protest under way, told with its aim ("have been rallying to demand ..."), is an event; a
call or a plan to protest is not (typing/sentence.py and data/typing/snippets/batch14.txt)."""
import pytest

from sitroom.extract.typing import classify_sentence
from sitroom.extract.typing.sentence import no_event_sentence


@pytest.mark.parametrize("text", [
    "Across the river in Ostrava, people have been rallying to call for the mine to stay open.",
    "Nurses are marching through the old town, urging the council to reopen the clinic.",
    "Crowds were demonstrating outside the courthouse to call for the judge's removal.",
])
def test_a_protest_under_way_with_its_aim_is_no_appeal(text):
    assert not no_event_sentence(text)


@pytest.mark.parametrize("text", [
    "The party called on its members to rally outside the ministry on Thursday.",
    "Unions urged workers to join a march for higher wages next month.",
])
def test_a_call_to_protest_stays_an_appeal(text):
    assert no_event_sentence(text)


def test_a_progressive_protest_is_typed_as_a_protest():
    label = classify_sentence("Hundreds of villagers have been marching along the coast road to urge the "
                              "authorities to stop the sand mining.")
    assert label is not None and label.sub_event_type == "Peaceful protest"
