"""A headline names its event loosely: a class of actor ("insurgents") where the body names the
group, and a short line typed as property destruction where the body tells a riot. Neither keeps
the headline as a second record beside the body's event."""
from __future__ import annotations

from datetime import date

from sitroom.extract.coref import generic_actor
from sitroom.extract.pipeline import extract_document
from sitroom.model import Document


def incidents(text: str, day: date = date(2025, 9, 17)):
    recs = extract_document(Document("headline-generic", text, pub_date=day))[1]
    return [r for r in recs if r.report_kind == "incident"]


def test_class_names_are_generic_and_named_groups_are_not():
    assert generic_actor("Opposition Rebels (Niger)")
    assert generic_actor("Rioters (India)")
    assert not generic_actor("Jama'at Nusrat al-Islam wal-Muslimin (JNIM)")
    assert not generic_actor("Military Forces of Niger (2023-)")


def test_a_headline_with_a_class_of_actor_folds_into_the_named_groups_attack():
    text = ("Insurgents overrun army outpost in Borno, killing five soldiers\n\n"
            "Fighters of the Islamic State West Africa Province attacked a military outpost in Konduga in "
            "Borno state on Monday night, killing five soldiers, two security sources said on Wednesday.")
    recs = incidents(text)
    assert len(recs) == 1
    assert recs[0].location == "Konduga"


def test_a_headline_typed_as_destruction_folds_into_the_riot_it_announces():
    text = ("Mob sets shops ablaze in Bishnupur district\n\n"
            "A mob set fire to a dozen shops in the market of Moirang in Bishnupur district on Monday after a "
            "quarrel between traders, and police fired tear gas to disperse the rioters, officials said.")
    recs = incidents(text, date(2025, 9, 16))
    assert len([r for r in recs if r.event_type == "Strategic developments"]) == 0
