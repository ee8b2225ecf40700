"""Within-document coreference: several tellings of one event give one record, filled from the best."""
from __future__ import annotations

from datetime import date

from sitroom.extract.coref import resolve_coreference
from sitroom.extract.pipeline import extract_document
from sitroom.model import CountRange, Document, EventRecord


def _rec(event_id: str, **kw) -> EventRecord:
    base = dict(doc_id="d", event_type="Violence against civilians", sub_event_type="Attack",
                disorder_type="Political violence", event_date="2024-05-12", date_start="2024-05-12",
                date_end="2024-05-12", confidence=0.5)
    extra = kw.pop("extra", {})
    rec = EventRecord(event_id=event_id, **{**base, **kw})
    rec.extra.update(extra)
    return rec


def test_country_level_lede_joins_the_village_mention_and_takes_its_day_and_place():
    lede = _rec("a", location="Chad", country="Chad", extra={"date_from": "document date", "place_kind": "country",
                                                             "vague_counts": ["killed"]},
                counts={"killed": CountRange(3, 3, None)}, fatalities=3, source="Official")
    detail = _rec("b", location="Kouloudia", country="Chad", admin1="Lac", geo_precision=1,
                  event_date="2024-05-11", date_start="2024-05-11", date_end="2024-05-11",
                  extra={"place_kind": "village"}, counts={"killed": CountRange(14, 14, 14)}, fatalities=14,
                  source="Governor")
    merged = resolve_coreference([lede, detail])
    assert len(merged) == 1
    one = merged[0]
    assert (one.location, one.event_date, one.fatalities) == ("Kouloudia", "2024-05-11", 14)
    assert "Official" in one.source and "Governor" in one.source


def test_two_villages_stay_two_events_and_an_old_event_is_not_the_new_one():
    a = _rec("a", location="Kouloudia", country="Chad", geo_precision=1, extra={"place_kind": "village"})
    b = _rec("b", location="Bol", country="Chad", geo_precision=1, extra={"place_kind": "town"})
    old = _rec("c", location="Chad", country="Chad", event_date="2024-02-03", date_start="2024-02-03",
               date_end="2024-02-03", extra={"place_kind": "country"})
    assert len(resolve_coreference([a, b, old])) == 3


def test_a_kidnapping_is_not_folded_into_a_shelling_at_the_same_place():
    shelling = _rec("a", event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
                    location="Bol", country="Chad", extra={"place_kind": "town"})
    kidnap = _rec("b", sub_event_type="Abduction/forced disappearance", location="Bol", country="Chad",
                  extra={"place_kind": "town"})
    assert len(resolve_coreference([shelling, kidnap])) == 2


def test_a_headline_and_its_story_give_one_record_at_the_named_town():
    text = ("Gunmen kill nine farmers in Burkina Faso\n\n"
            "Gunmen on motorbikes shot dead nine farmers in the town of Djibo, a security source said.")
    doc = Document(doc_id="t", text=text, pub_date=date(2023, 3, 14))
    _, records = extract_document(doc)
    conflict = [r for r in records if r.event_type != "Non-conflict"]
    assert len(conflict) == 1
    assert (conflict[0].location, conflict[0].fatalities) == ("Djibo", 9)


def _told_place_records():
    from sitroom.model import EventRecord
    event = EventRecord(event_id="e1", doc_id="d", report_kind="incident", event_type="Explosions/Remote violence",
                        sub_event_type="Air/drone strike", event_date="2025-03-06", date_start="2025-03-06",
                        date_end="2025-03-06", country="Ethiopia", admin1="Amhara", location="Amhara",
                        latitude=11.7, longitude=38.1, geo_precision=3)
    event.extra.update({"sentences": [[0, 40]], "place_kind": "admin1"})
    told = EventRecord(event_id="e2", doc_id="d", report_kind="incident", event_type="Non-conflict",
                       sub_event_type="Attribution of responsibility", event_date="2025-03-06",
                       date_start="2025-03-06", date_end="2025-03-06", country="Ethiopia", location="Welkaro")
    told.extra.update({"sentences": [[41, 120]], "place_unresolved": "Welkaro"})
    return event, told


def test_a_retelling_typed_as_talk_gives_the_event_its_place():
    from sitroom.extract.coref import fold_anaphora
    text = "A drone strike hit Amhara on Thursday.  A farmer told reporters that the attack occurred in Welkaro."
    event, told = _told_place_records()
    out = fold_anaphora([event, told], text.ljust(130))
    assert out == [event]
    assert event.location == "Welkaro" and event.extra["placed_within"] == "Amhara"
    assert (event.latitude, event.longitude) == (11.7, 38.1) and event.sub_event_type == "Air/drone strike"


def test_a_retelling_in_another_country_stays_apart():
    from sitroom.extract.coref import fold_anaphora
    text = "A drone strike hit Amhara on Thursday.  A farmer told reporters that the attack occurred in Welkaro."
    event, told = _told_place_records()
    told.country = "Sudan"
    assert len(fold_anaphora([event, told], text.ljust(130))) == 2
