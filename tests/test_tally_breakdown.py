"""A breakdown by place is a set of tallies: one aggregate record per place, with the period of
the tally it breaks down, never folded into the total (words of this project's own)."""
from __future__ import annotations

from datetime import date

from sitroom.extract.pipeline import extract_document
from sitroom.extract.tally import breakdown_parts
from sitroom.model import Document


def test_parts_of_a_breakdown_by_place():
    text = "By province, the monitors counted 41 civilians killed in Herat province, 17 in Kandahar and 9 in Ghazni."
    parts = [(text[c:d], n) for _a, _b, c, d, n in breakdown_parts(text)]
    assert parts == [("Herat", 41), ("Kandahar", 17), ("Ghazni", 9)]


def test_bracketed_figures_are_parts_too():
    text = "The worst hit were Tigray region (120 deaths), Afar region (45) and Amhara region (30)."
    assert [n for *_rest, n in breakdown_parts(text)] == [120, 45, 30]


def test_one_incident_is_no_breakdown():
    assert breakdown_parts("A mortar round killed 3 in Kandahar on Friday.") == []


def test_breakdown_records_take_the_tally_period_and_stay_apart():
    text = ("Kabul, 4 June 2024 - The mission documented 120 civilians killed in Afghanistan in May 2024. "
            "By province, 41 civilians were killed in Herat province, 17 in Kandahar and 9 in Ghazni.")
    _entries, records = extract_document(Document(doc_id="t-breakdown", text=text, pub_date=date(2024, 6, 4)))
    tallies = [r for r in records if r.report_kind == "aggregate"]
    by_place = {r.location: r for r in tallies}
    assert any(r.country == "Afghanistan" and r.fatalities == 120 for r in tallies)
    for name, dead in (("Kandahar", 17), ("Ghazni", 9)):
        part = next(r for loc, r in by_place.items() if name in loc)
        assert part.fatalities == dead
        assert (part.date_start, part.date_end) == ("2024-05-01", "2024-05-31")
    # the total is never summed with its parts
    assert max(r.fatalities or 0 for r in tallies) == 120
