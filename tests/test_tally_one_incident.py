"""A figure tied to one act is an incident even when a month dates it or a second source gives its
own toll; "a day after" dates the act and is no daily rate. A month that frames a sum stays a tally."""
from __future__ import annotations

from sitroom.extract.counts import extract_counts
from sitroom.extract.nlp import get_nlp
from sitroom.extract.tally import is_aggregate


def aggregate(text: str) -> bool:
    sent = list(get_nlp()(text).sents)[0]
    return is_aggregate(sent, 0, extract_counts(sent, 0))[0]


def test_last_month_dating_one_raid_is_an_incident():
    assert not aggregate("Nine herders were killed last month when gunmen raided the hamlet of Kouré.")
    assert not aggregate("Six soldiers died last month in an ambush near the border post.")


def test_another_sources_toll_for_the_same_attack_is_an_incident():
    assert not aggregate("A district official put the toll at nine but said more bodies could be found.")


def test_a_day_after_is_no_rate():
    assert not aggregate("Four guards were killed on Friday, a day after two soldiers died in a similar blast.")


def test_sums_over_a_month_stay_tallies():
    assert aggregate("Armed groups killed 240 civilians in the province last month, the UN said.")
    assert aggregate("The death toll rose to 45 on Sunday.")
    assert aggregate("About 30 people are killed a day in the capital, aid groups say.")
