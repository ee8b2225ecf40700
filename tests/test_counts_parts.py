"""A later sentence that only breaks down an event's total ("Among the victims are 58 children")
never lowers its fatalities (issue 11). Words of this project's own."""
from __future__ import annotations

from datetime import date

from sitroom.extract.counts import extract_counts, parts_of_total
from sitroom.extract.nlp import get_nlp
from sitroom.extract.pipeline import extract_document
from sitroom.model import Document


def parts(totals, text):
    sent = next(get_nlp()(text).sents)
    return [(p.low, p.victim) for p in parts_of_total(totals, extract_counts(sent, 0), sent.text, 0)]


def test_a_named_group_below_the_total_is_a_part():
    assert parts({"killed": 400}, "Among the dead are 58 children killed in the shelling.") == [(58, "child")]


def test_a_word_of_inclusion_makes_a_bare_figure_a_part():
    assert parts({"killed": 40}, "Among them, 15 people were killed in the market.") == [(15, "people")]


def test_a_lower_report_of_the_same_people_is_no_part():
    assert parts({"killed": 30}, "Medics later said 25 people had been killed.") == []
    assert parts({"killed": 3}, "A further 7 people were killed.") == []  # above the total: not a part


def test_the_total_survives_its_breakdown_across_sentences():
    text = ("The monitors confirmed 4,120 civilian deaths in these three years, including 1,900 in Varn province. "
            "Among the victims are 310 children killed and 540 injured, the monitors said.")
    _entries, records = extract_document(Document(doc_id="t-parts", text=text, pub_date=date(2025, 5, 2)))
    tallies = [r for r in records if r.report_kind == "aggregate"]
    assert tallies and max(r.fatalities for r in tallies) == 4120
    assert all(r.fatalities != 310 for r in records)


def test_a_toll_update_replaces_the_first_figure():
    text = ("A car bomb went off at a bus station in Mosul on Tuesday, killing six people, police said. "
            "The toll later rose to 15 as rescuers searched the rubble.")
    _entries, records = extract_document(Document(doc_id="t-rose", text=text, pub_date=date(2024, 5, 10)))
    assert [r.fatalities for r in records] == [15]


def test_a_toll_update_told_on_the_next_day_is_the_same_incident():
    text = ("Gunmen killed 11 farmers in Zamfara on Thursday. The death toll rose to 19 on Friday, "
            "officials said.")
    _entries, records = extract_document(Document(doc_id="t-rose2", text=text, pub_date=date(2024, 5, 11)))
    assert [(r.report_kind, r.fatalities) for r in records] == [("incident", 19)]


def test_a_toll_over_a_period_is_no_update_of_the_incident():
    text = ("Gunmen killed 11 farmers in Zamfara on Thursday. The death toll from the violence this year "
            "rose to 400, officials said.")
    _entries, records = extract_document(Document(doc_id="t-rose3", text=text, pub_date=date(2024, 5, 11)))
    assert sorted(r.fatalities for r in records) == [11, 400]


def test_further_victims_are_no_part():
    assert parts({"killed": 30}, "An additional 12 soldiers were killed on Monday.") == []
    assert parts({"killed": 30}, "A further 5 children died in hospital.") == []
