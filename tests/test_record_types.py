"""Types settled by a record's final actors (extract/record_types.py)."""
from sitroom.extract.record_types import attacks_on_civilians, clash_without_armed_opponent
from sitroom.model import EventRecord


def _record(sub: str, inter1: str, inter2: str, sentence: str) -> EventRecord:
    record = EventRecord(event_id="e1", doc_id="d1", event_type="Battles", sub_event_type=sub,
                         disorder_type="Political violence", inter1=inter1, inter2=inter2)
    record.add_evidence("event", sentence, 0, len(sentence))
    return record


def test_a_clash_with_only_civilians_on_the_other_side_is_an_attack():
    record = _record("Armed clash", "4", "7", "Raiders from a rival clan shot dead four herders at a well near Kobbe.")
    attacks_on_civilians([record])
    assert (record.event_type, record.sub_event_type) == ("Violence against civilians", "Attack")
    assert record.disorder_type == "Political violence"
    assert record.civilian_targeting == "Civilian targeting"


def test_fighting_told_keeps_the_clash():
    record = _record("Armed clash", "2", "7", "Five villagers died in crossfire as rebels fought soldiers in Kobbe.")
    assert not clash_without_armed_opponent(record)
    attacks_on_civilians([record])
    assert record.sub_event_type == "Armed clash"


def test_two_armed_sides_or_an_unknown_attacker_keep_the_clash():
    for inter1, inter2 in (("1", "2"), ("", "7"), ("7", "7")):
        record = _record("Armed clash", inter1, inter2, "Gunmen raided the village of Tessa at night.")
        attacks_on_civilians([record])
        assert record.sub_event_type == "Armed clash", (inter1, inter2)


def test_other_types_are_left_alone():
    record = _record("Air/drone strike", "1", "7", "A drone hit a wedding party in Tessa, killing nine guests.")
    attacks_on_civilians([record])
    assert record.sub_event_type == "Air/drone strike"
