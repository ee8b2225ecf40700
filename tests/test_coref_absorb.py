"""A violent event absorbs the quiet developments that only retell it (coref.py `absorbs`, data/coref.yaml):
a sentence pointing back to "the attack" or a headline, whatever type its own wording was guessed."""
from __future__ import annotations

from sitroom.extract.coref import fold_anaphora, fold_headline, resolve_coreference
from sitroom.model import EventRecord

SD = dict(event_type="Strategic developments", disorder_type="Strategic developments")
CLAIM = dict(event_type="Non-conflict", disorder_type="", sub_event_type="Attribution of responsibility")


def _rec(event_id: str, **kw) -> EventRecord:
    base = dict(doc_id="d", event_type="Violence against civilians", sub_event_type="Attack",
                disorder_type="Political violence", event_date="2024-05-12", date_start="2024-05-12",
                date_end="2024-05-12", confidence=0.5, country="Chad")
    extra = kw.pop("extra", {})
    rec = EventRecord(event_id=event_id, **{**base, **kw})
    rec.extra.update(extra)
    return rec


def _two(first: str, second: str) -> tuple[str, tuple[int, int], tuple[int, int]]:
    text = f"{first} {second}"
    return text, (0, len(first)), (len(first) + 1, len(text))


def test_an_anaphoric_claim_folds_into_the_attack_it_points_back_to():
    text, s1, s2 = _two("Gunmen stormed the Ferrow market on Sunday and killed seven traders.",
                        "The Red Dune group said it carried out the attack.")
    attack = _rec("a", location="Ferrow", geo_precision=1, extra={"place_kind": "village", "sentences": [s1]})
    claim = _rec("b", **CLAIM, extra={"sentences": [s2]})
    merged = fold_anaphora([attack, claim], text)
    assert [r.sub_event_type for r in merged] == ["Attack"]


def test_weapons_taken_in_the_raid_are_the_raid_told_again():
    text, s1, s2 = _two("Black Lake fighters overran the Oru outpost on Sunday.",
                        "During the raid they carried off rifles and two mortars.")
    raid = _rec("a", event_type="Battles", sub_event_type="Armed clash", location="Oru",
                extra={"place_kind": "village", "sentences": [s1]})
    taken = _rec("b", **SD, sub_event_type="Disrupted weapons use", extra={"sentences": [s2]})
    merged = fold_anaphora([raid, taken], text)
    assert [(r.event_type, r.sub_event_type) for r in merged] == [("Battles", "Armed clash")]


def test_the_violent_retelling_types_an_event_first_told_as_a_quiet_development():
    # the higher type absorbs the lower one whichever mention came first
    text, s1, s2 = _two("A militia moved into Ferrow village on Sunday.",
                        "The attack killed four herders.")
    quiet = _rec("a", **SD, sub_event_type="Change to group/activity", location="Ferrow", geo_precision=1,
                 extra={"place_kind": "village", "sentences": [s1]})
    attack = _rec("b", extra={"sentences": [s2]})
    merged = fold_anaphora([quiet, attack], text)
    assert len(merged) == 1
    assert (merged[0].sub_event_type, merged[0].location) == ("Attack", "Ferrow")


def test_looting_and_arrests_told_of_the_attack_stay_events_of_their_own():
    text, s1, s2 = _two("Gunmen attacked Ferrow village on Sunday.",
                        "After the attack, soldiers detained six men.")
    attack = _rec("a", location="Ferrow", geo_precision=1, extra={"place_kind": "village", "sentences": [s1]})
    arrests = _rec("b", **SD, sub_event_type="Arrests", extra={"sentences": [s2]})
    assert len(fold_anaphora([attack, arrests], text)) == 2
    looting = _rec("c", **SD, sub_event_type="Looting/property destruction", extra={"sentences": [s2]})
    assert len(fold_anaphora([attack, looting], text)) == 2


def test_a_quiet_development_that_does_not_point_back_stays_its_own_event():
    text, s1, s2 = _two("Gunmen attacked Ferrow village on Sunday.",
                        "The Red Dune group announced a new commander for its northern units.")
    attack = _rec("a", location="Ferrow", geo_precision=1, extra={"place_kind": "village", "sentences": [s1]})
    change = _rec("b", **SD, sub_event_type="Change to group/activity", extra={"sentences": [s2]})
    assert len(fold_anaphora([attack, change], text)) == 2
    # nor does a mention at the same place and day fold by coreference alone (a seizure, a new
    # group: often coded as events of their own)
    same_place = _rec("c", **SD, sub_event_type="Change to group/activity", location="Ferrow", geo_precision=1,
                      extra={"place_kind": "village"})
    assert len(resolve_coreference([attack, same_place])) == 2


def test_a_quiet_headline_folds_into_the_violent_event_its_story_tells():
    text = ("Army launches push against Red Dune fighters near Ferrow\n\n"
            "Soldiers and Red Dune fighters clashed outside Ferrow on Sunday, a local official said.")
    head_end = text.index("\n")
    head = _rec("a", **SD, sub_event_type="Change to group/activity", extra={"sentences": [(0, head_end)]})
    body = _rec("b", event_type="Battles", sub_event_type="Armed clash", location="Ferrow", geo_precision=1,
                extra={"place_kind": "village", "sentences": [(head_end + 2, len(text))]})
    merged = fold_headline([head, body], text)
    assert [r.sub_event_type for r in merged] == ["Armed clash"]


def test_a_claim_at_the_attacks_village_and_day_is_the_attack_and_names_who_did_it():
    attack = _rec("a", location="Ferrow", geo_precision=1, extra={"place_kind": "village"},
                  actor1="Unidentified Armed Group (Chad)")
    claim = _rec("b", **CLAIM, location="Ferrow", geo_precision=1, extra={"place_kind": "village"},
                 actor1="Red Dune Brigade")
    merged = resolve_coreference([attack, claim])
    assert len(merged) == 1
    assert (merged[0].sub_event_type, merged[0].actor1) == ("Attack", "Red Dune Brigade")


def test_a_claim_elsewhere_or_on_another_day_stays_apart():
    attack = _rec("a", location="Ferrow", geo_precision=1, extra={"place_kind": "village"})
    elsewhere = _rec("b", **CLAIM, location="Bol", geo_precision=1, extra={"place_kind": "town"})
    later = _rec("c", **CLAIM, location="Ferrow", geo_precision=1, extra={"place_kind": "village"},
                 event_date="2024-05-20", date_start="2024-05-20", date_end="2024-05-20")
    assert len(resolve_coreference([attack, elsewhere, later])) == 3
