"""Counts told through how people died, through who they were, or beside a vague word: the figure a
coder writes down (ACLED's lowest credible number of dead)."""
from __future__ import annotations

import pytest

from sitroom.extract.counts import CountMention, extract_counts, fatalities_from
from sitroom.extract.nlp import get_nlp
from sitroom.extract.records import sentence_ranges


def counts_of(text: str) -> list[CountMention]:
    doc = get_nlp()(text)
    return [m for sent in doc.sents for m in extract_counts(sent, 0)]


def killed(text: str) -> int:
    return fatalities_from(counts_of(text))


@pytest.mark.parametrize("text,dead", [
    ("Two traders were shot dead outside the bus depot.", 2),
    ("Raiders shot dead three herdsmen at the well.", 3),
    ("The four travellers were pulled from the minibus and beaten to death by a mob.", 4),
    ("A nightwatchman was stabbed to death at the depot.", 1),
    ("Five women were burned to death when the hut was set alight.", 5),
    ("Gunmen gunned down two farmers in their field.", 2),
])
def test_a_violent_act_with_its_deadly_result_counts_the_dead(text, dead):
    assert killed(text) == dead


def test_shot_without_a_deadly_result_is_no_death():
    assert killed("Two traders were shot in the leg outside the bus depot.") == 0


@pytest.mark.parametrize("text,category,n", [
    ("The operation ended with the killing of six insurgents.", "killed", 6),
    ("Residents protested the abduction of 14 schoolgirls.", "abducted", 14),
    ("Lawyers condemned the arrest of nine students.", "detained", 9),
])
def test_an_act_noun_counts_the_people_of_its_of_phrase(text, category, n):
    found = [m for m in counts_of(text) if m.category == category]
    assert found and found[0].best == n


def test_named_victims_are_counted_one_each():
    assert killed("Private Tomas Rivera was killed in the ambush.") == 1
    assert killed("Grace Okafor and Daniel Mensah died at the scene.") == 2


def test_a_named_victim_adds_to_the_others_killed_with_them():
    assert killed("Fighters ambushed the truck, killing Samuel Boateng and at least three others.") == 4
    assert killed("Insurgents raided the post, killing a guard and four others.") == 5


def test_an_age_after_a_name_is_not_a_count():
    assert killed("Halima Yusuf, 38, a teacher, was shot dead by two men on a motorbike.") == 1


def test_soldiers_and_civilians_in_one_sentence_add_up():
    assert killed("Three soldiers and two civilians were killed when the mortar landed.") == 5


def test_one_named_person_and_a_ranger_noun_is_a_person():
    counts = counts_of("One ranger died and four others were wounded.")
    assert [(m.category, m.best) for m in counts] == [("killed", 1), ("injured", 4)]


def test_a_number_beats_a_vague_word_in_one_sentence():
    text = "Dozens of people died in the blaze, a nurse said, putting the toll at 27."
    assert killed(text) == 27
    assert sentence_ranges(counts_of(text))["killed"].low == 27


def test_a_vague_word_above_a_small_part_is_kept():
    # "dozens ... including 3 children": the part does not lower the whole
    assert killed("Dozens were killed in the market, among them 3 children.") >= 3


def test_bodies_and_a_provisional_toll_are_counted():
    assert killed("The provisional toll is eleven bodies, the mayor said.") == 11
    assert killed("Volunteers pulled at least six bodies from the river.") == 6


@pytest.mark.parametrize("text,dead", [
    ("Nine fishermen were reported killed near the lake.", 9),
    ("Officials said four people had been confirmed killed and two wounded.", 4),
    ("Twelve miners are feared dead after the raid.", 12),
])
def test_a_victim_reported_confirmed_or_feared_dead_counts(text, dead):
    assert killed(text) == dead


def test_the_verb_right_before_a_figure_counts_it_when_the_parse_strays():
    text = ("A drone strike on a clinic in the northern district killed at least 15 people, including "
            "two nurses, who had gathered there for treatment, relatives and a local council said on Friday.")
    assert killed(text) == 15
