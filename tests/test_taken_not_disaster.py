"""People taken away, told with no cause the typing model can read, are a taking, never a disaster:
the figures say what happened (pipeline._victim_count_label)."""
from __future__ import annotations

from datetime import date

from sitroom.extract.pipeline import extract_document
from sitroom.model import Document


def test_people_taken_on_their_own_day_are_a_taking_record():
    # the second sentence alone reads as no event to the sentence model and as a disaster to the
    # whole-text model: only its figures say what happened
    text = ("Militiamen raided a market in Kindu on Monday and burned several stalls. "
            "On Friday, 30 people were taken at the bus station.")
    recs = extract_document(Document("taken", text, pub_date=date(2024, 3, 9)))[1]
    friday = [r for r in recs if r.event_date == "2024-03-08"]
    assert friday, [(r.event_date, r.sub_event_type) for r in recs]
    assert friday[0].event_type != "Non-conflict"
    assert friday[0].sub_event_type in ("Abduction/forced disappearance", "Arrests")
