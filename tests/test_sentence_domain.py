"""A disaster, accident or disease line inside a conflict report founds no conflict record (own words)."""
from datetime import date

import pytest

from sitroom.extract.domain import sentence_domain
from sitroom.extract.pipeline import extract_document
from sitroom.model import Document


@pytest.mark.parametrize("text, domain", [
    ("A minibus collided with a lorry on the coast road near Velmar on Monday, killing nine people.",
     "Man-made disaster"),
    ("A cholera outbreak has killed 140 people in the eastern districts since March, the ministry said.",
     "Natural disaster"),
    ("Floods in the lower valley last month destroyed 600 homes.", "Natural disaster"),
    ("An overloaded ferry capsizes off Orlin island; 30 feared drowned.", "Man-made disaster"),
])
def test_non_conflict_sentences_are_read_as_their_domain(text, domain):
    assert sentence_domain(text) == domain


@pytest.mark.parametrize("text", [
    "Militants ambushed a bus on the coast road near Velmar on Monday, killing nine passengers.",
    "Army shelling of the flooded district killed six people.",
    "Gunmen shot dead two guards at the cholera clinic in Tarsk.",
])
def test_conflict_sentences_keep_their_conflict_reading(text):
    assert sentence_domain(text) is None


def test_crash_line_in_an_attack_story_founds_no_conflict_record():
    text = ("Gunmen kill seven in raid on Dorsa village\n"
            "Gunmen on motorbikes raided the village of Dorsa in the north on Sunday, killing seven "
            "farmers, police said.\n"
            "Separately, a bus plunged into a gorge on the mountain highway near Tavel on Sunday, "
            "killing 14 passengers, police said.")
    _, records = extract_document(Document("sd1", text, pub_date=date(2031, 3, 4)))
    conflict = [r for r in records if r.event_type != "Non-conflict"]
    assert conflict and all(r.fatalities != 14 for r in conflict)
    assert any(r.sub_event_type == "Man-made disaster" and r.fatalities == 14 for r in records)


def test_sport_sentences_and_match_reports_found_no_record():
    from sitroom.extract.domain import no_event_sentence
    assert no_event_sentence("Tarsk took the lead when their winger shot low past the goalkeeper.") == "sport"
    assert no_event_sentence("Militants shot dead a goalkeeper of the town's club on Sunday.") is None
    text = ("Velmar beat Tarsk in World Cup qualifier\n"
            "VELMAR (Wire) - Velmar's striker scored twice as the home side beat Tarsk 2-1 in a World Cup "
            "qualifier on Saturday.\n"
            "Tarsk took the lead after ten minutes when their winger shot low past the goalkeeper after a "
            "counter-attack.\n"
            "The visitors launched wave after wave of attacks late on, but a late penalty killed off the game.\n"
            "The result leaves Velmar top of the league table.")
    _, records = extract_document(Document("sp1", text, pub_date=date(2031, 3, 4)))
    assert [r for r in records if r.event_type != "Non-conflict"] == []
