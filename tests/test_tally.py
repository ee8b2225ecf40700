"""Tallies over an area or a period are told apart from single incidents."""
from __future__ import annotations

import pytest

from sitroom.extract.counts import extract_counts
from sitroom.extract.nlp import get_nlp
from sitroom.extract.tally import is_aggregate


def aggregate(text: str) -> tuple[bool, str]:
    sent = next(get_nlp()(text).sents)
    return is_aggregate(sent, 0, extract_counts(sent, 0))


@pytest.mark.parametrize(
    "text",
    [
        "The network documented 73 deaths on Sunday across the country, including 30 in Deir ez-Zor.",
        "Since October 2, there have been more than 900 air strikes on the eastern districts.",
        "Shelling since early June has killed more than 700 people in the enclave.",
        "At least 450 civilians have been killed so far this year in the province.",
        "Since the start of the uprising, more than 300,000 people have died.",
        "The death toll from the week of fighting rose to 212.",
        "In total, 85 people were killed in the offensive.",
        "Clashes killed 5 in Hama, 7 in Homs and 2 in Latakia.",
        "The army says three soldiers were killed in the past 24 hours along the front.",
        "Two more bodies were found, bringing the death toll since the floods of violence began to 300.",
    ],
)
def test_tallies(text):
    agg, why = aggregate(text)
    assert agg and why


@pytest.mark.parametrize(
    "text",
    [
        "An air strike on a bakery in Atarib killed 19 people.",
        "Two children were wounded when a mortar hit their school on Wednesday.",
        "Gunmen abducted four engineers near the dam.",
        "Warplanes struck the hospital in the morning.",
        "His son, wounded by a sniper last month, cannot walk.",
        "Two more villagers died of their wounds in hospital, bringing the total death toll to five.",
        "A third body was pulled from the rubble, raising the toll to three.",
    ],
)
def test_single_incidents(text):
    assert aggregate(text) == (False, "")
