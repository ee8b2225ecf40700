"""A text told only in disaster or crime words gives no conflict records (words of our own)."""
from sitroom.extract.domain import non_conflict_domain, retype_off_domain
from sitroom.model import EventRecord

QUAKE = ("A strong earthquake struck the hill district of Varnessa before dawn on Friday. "
         "Officials said 140 people died when houses collapsed, and aftershocks kept rescuers away "
         "from two villages. The quake had a magnitude of 6.4.")
BUST = ("Customs officers at the port of Lindmar seized 900 kilograms of cocaine hidden in a "
        "shipment of frozen fish, and one man was arrested. The cocaine was bound for Europe; "
        "a small drone was also found in the container, along with smuggling records.")
QUAKE_IN_WAR = ("An earthquake hit the border town of Varnessa on Friday, and army shelling of the "
                "same district killed six people hours later, residents said; the quake damaged a "
                "clinic and militants attacked a checkpoint.")


def _record(sub: str = "Attack") -> EventRecord:
    return EventRecord(event_id="x", doc_id="d", report_kind="incident", disorder_type="Political violence",
                       event_type="Violence against civilians", sub_event_type=sub)


def test_disaster_only_text_is_typed_as_the_disaster():
    assert non_conflict_domain(QUAKE) == "Natural disaster"
    recs = [_record()]
    retype_off_domain(recs, QUAKE)
    assert (recs[0].event_type, recs[0].sub_event_type) == ("Non-conflict", "Natural disaster")


def test_drug_seizure_with_one_stray_conflict_word_is_crime():
    assert non_conflict_domain(BUST) == "Organized crime"


def test_conflict_words_keep_the_records_as_they_are():
    assert non_conflict_domain(QUAKE_IN_WAR) is None
    recs = [_record("Shelling/artillery/missile attack")]
    retype_off_domain(recs, QUAKE_IN_WAR)
    assert recs[0].sub_event_type == "Shelling/artillery/missile attack"


def test_a_text_whose_only_records_are_displacement_figures_gets_none():
    from sitroom.extract.domain import drop_displacement_only

    fled = _record("Other")
    fled.event_type, fled.disorder_type = "Strategic developments", "Strategic developments"
    fled.counts = {"displaced": {"low": 30000, "best": 30000, "high": 30000}}
    assert drop_displacement_only([fled]) == []


def test_an_attack_on_displaced_people_is_kept():
    from sitroom.extract.domain import drop_displacement_only

    burned = _record("Attack")
    burned.counts = {"displaced": {"low": 5, "best": 5, "high": 5}}
    assert drop_displacement_only([burned]) == [burned]


def test_displacement_figures_beside_an_incident_stay():
    from sitroom.extract.domain import drop_displacement_only

    fled = _record("Other")
    fled.counts = {"displaced": {"low": 500, "best": 500, "high": 500}}
    raid = _record("Attack")
    raid.fatalities = 3
    raid.counts = {"killed": {"low": 3, "best": 3, "high": 3}}
    assert drop_displacement_only([fled, raid]) == [fled, raid]
