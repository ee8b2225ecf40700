"""Victim counts: figures attached to the right victims, non-counts ignored, ACLED fatalities."""
from __future__ import annotations

import pytest

from sitroom.extract.counts import CountMention, extract_counts, fatalities_from
from sitroom.extract.nlp import get_nlp
from sitroom.extract.numbers import find_quantities, words_to_int


def counts_of(text: str, offset: int = 0) -> list[CountMention]:
    doc = get_nlp()(text)
    out: list[CountMention] = []
    for sent in doc.sents:
        out.extend(extract_counts(sent, offset))
    return out


def summary(text: str) -> list[tuple[str, int | None, int | None, int | None, str]]:
    return [(m.category, m.low, m.best, m.high, m.qualifier) for m in counts_of(text)]


@pytest.mark.parametrize(
    "words,value",
    [("twenty-five", 25), ("a dozen", 12), ("two hundred and forty", 240), ("1,450", 1450),
     ("3 million", 3_000_000), ("half a dozen", 6), ("nineteen", 19), ("banana", None)],
)
def test_words_to_int(words, value):
    assert words_to_int(words) == value


def test_killed_and_vague_injured_in_one_clause():
    assert summary("Medics said 31 people were killed and dozens injured in the raid.") == [
        ("killed", 31, 31, 31, "exact"),
        ("injured", 12, 12, None, "vague"),
    ]


def test_active_verbs_with_bare_figures():
    assert summary("The gunmen killed 17 and wounded 52 before fleeing.") == [
        ("killed", 17, 17, 17, "exact"),
        ("injured", 52, 52, 52, "exact"),
    ]


def test_number_words_and_abduction():
    assert summary("Militants kidnapped three aid workers outside the clinic.") == [
        ("abducted", 3, 3, 3, "exact")
    ]


def test_people_taken_is_detention():
    assert summary("Residents say troops took 250 men from the quarter on Sunday.") == [
        ("detained", 250, 250, 250, "exact")
    ]


def test_range_of_displaced_civilians():
    assert summary("Officials estimate 8,000 to 15,000 civilians have fled into the valley.") == [
        ("displaced", 8000, 11500, 15000, "range")
    ]


def test_bounds():
    assert summary("The strike killed at least 14 people.") == [("killed", 14, 14, None, "at_least")]
    assert summary("Shelling has killed more than 2,300 people in the city.") == [
        ("killed", 2300, 2300, None, "more_than")
    ]
    assert summary("Nearly 40 students were arrested at the university.") == [
        ("detained", None, 40, 40, "about")
    ]


def test_outcome_words_after_figures():
    assert summary("The car bomb left nine people dead and 23 wounded.") == [
        ("killed", 9, 9, 9, "exact"),
        ("injured", 23, 23, 23, "exact"),
    ]


def test_outcome_nouns_count_themselves():
    assert summary("The blast claimed 11 lives.") == [("killed", 11, 11, 11, "exact")]
    assert summary("The monitor recorded 64 deaths in the province.") == [
        ("killed", 64, 64, 64, "exact")
    ]


def test_evacuated_and_vague_hundreds():
    assert summary("Hundreds of patients were evacuated from the hospital.") == [
        ("evacuated", 100, 100, None, "vague")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Twelve buses left the besieged district at dawn.",
        "Since early October there had been more than 1500 air strikes on the town.",
        "Ahmad, a father of four, said the bakery was gone.",
        "Three of their five field hospitals have been destroyed.",
        "Some 180,000 civilians were still in the besieged area.",
        "About 90,000 remain inside the old city.",
        "Warplanes have killed civilians trying to reach the river.",
        "Many residents would rather die than surrender.",
        "UPDATE 0930 GMT: The convoy was attacked at 4:15 pm.",
        "The rebels seized two villages near the highway.",
        "Fighting has raged since 2012 in the province.",
    ],
)
def test_not_casualty_counts(text):
    assert counts_of(text) == []


def test_age_is_not_the_count_but_the_victim_is():
    assert summary("A nine-year-old boy was killed by a sniper.") == [("killed", 1, 1, 1, "exact")]
    assert summary("Two 17-year-old students were arrested.") == [("detained", 2, 2, 2, "exact")]


def test_partitive_counts_the_part():
    assert summary("Officials said one of the six hostages was killed.") == [
        ("killed", 1, 1, 1, "exact")
    ]


def test_offsets_are_document_offsets():
    prefix = "HEADLINE\n\n"
    text = "Police detained 45 protesters near the square."
    ms = counts_of(text, offset=len(prefix))
    full = prefix + text
    assert len(ms) == 1
    assert full[ms[0].start : ms[0].end] == ms[0].text == "45 protesters"


def test_subset_is_not_a_second_count():
    ms = counts_of("At least 30 civilians, including eight children, died in the shelling.")
    assert [(m.category, m.best) for m in ms] == [("killed", 30)]
    assert fatalities_from(ms) == 30


def test_fatalities_lowest_credible_and_group_sums():
    assert fatalities_from(counts_of("Six soldiers and four civilians were killed.")) == 10
    two_reports = counts_of("Activists said 40 people were killed. State media said 28 people died.")
    assert fatalities_from(two_reports) == 28
    assert fatalities_from(counts_of("Dozens of people were killed in the market.")) == 12
    assert fatalities_from(counts_of("Fifty people were wounded.")) == 0
    assert fatalities_from([]) == 0


def test_quantities_skip_times_ages_and_years():
    texts = [q.text for q in find_quantities("In 2014 at 10:30 a 45-year-old saw 300 people")]
    assert texts == ["300"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The clinic received 14 wounded people after the blast.", [("injured", 14)]),
    ("Three of the wounded later died in hospital.", [("killed", 3)]),
    ("My brother and cousin were killed at a checkpoint.", [("killed", 2)]),
    ("Her husband, injured in a raid last year, cannot work.", [("injured", 1)]),
    ("His father was arrested at home on Monday.", [("detained", 1)]),
    ("His son said the soldiers would kill him.", []),
])
def test_possessed_and_participle_victims(text, expected):
    assert [(m.category, m.low) for m in counts_of(text)] == expected


def test_distinct_victims_in_one_sentence_add_up():
    from sitroom.extract.records import sentence_ranges
    ranges = sentence_ranges(counts_of("A mine killed a farmer and his two sons near the village."))
    assert (ranges["killed"].low, ranges["killed"].high) == (3, 3)
    # the same group told twice is one figure, not two
    ranges = sentence_ranges(counts_of("At least 12 people were killed and some reports say 15 people died."))
    assert ranges["killed"].low == 12
