"""Running tolls of the fighting, periods of "these N years", and incidents told as one of a
tally's incidents (issue 11). Words of this project's own."""
from __future__ import annotations

from datetime import date

from sitroom.extract.counts import extract_counts
from sitroom.extract.nlp import get_nlp
from sitroom.extract.pipeline import extract_document
from sitroom.extract.tally import is_aggregate, tells_a_tally_member
from sitroom.model import Document


def aggregate(text: str) -> bool:
    sent = next(get_nlp()(text).sents)
    return is_aggregate(sent, 0, extract_counts(sent, 0))[0]


def test_a_running_toll_of_the_fighting_is_a_tally():
    assert aggregate("The relief agency says more than 600 people have been killed and 2,000 injured in the fighting.")
    assert aggregate("Medics said at least 250 civilians have died in the clashes between the two armies.")


def test_a_small_toll_of_one_fight_stays_an_incident():
    assert not aggregate("Two people have been killed in the fighting in Varn, residents said.")
    assert not aggregate("Three soldiers were killed in the fighting near Varn on Monday.")


def test_these_n_years_is_a_period():
    assert aggregate("The monitors confirmed 4,120 civilian deaths in these three years.")
    assert aggregate("Over those two years, 58 people were killed in Varn district.")


def test_one_of_the_strikes_is_a_member_of_the_tally():
    assert tells_a_tally_member("Following one of the strikes, the coalition opened an inquiry.")
    assert tells_a_tally_member("In the deadliest of the attacks, a market was hit.")
    assert not tells_a_tally_member("One of the soldiers said the strikes would go on.")


def test_an_incident_of_a_tally_takes_the_tally_period():
    text = ("The coalition carried out four air strikes in Yemen in early March 2024 that killed at least 60 "
            "civilians, the monitors said. Following one of the strikes on a fuel depot in Sanaa, the coalition "
            "said the target was military. Guards at the depot also fired at fleeing workers, witnesses said.")
    _entries, records = extract_document(Document(doc_id="t-member", text=text, pub_date=date(2024, 5, 20)))
    sanaa = [r for r in records if r.report_kind == "incident" and r.location and "Sanaa" in r.location]
    assert sanaa, [(r.report_kind, r.location, r.date_start) for r in records]
    assert all("2024-03-01" <= r.date_start <= "2024-03-10" for r in sanaa)


def test_a_week_in_a_whole_province_is_a_tally():
    assert aggregate("At least 30 people were killed this week in Kordo province, the relief agency said.")
    assert aggregate("Fighting this week in the Lakes region has killed 45 people.")


def test_a_week_of_one_incident_or_a_town_is_no_tally():
    assert not aggregate("Two soldiers were killed last week in an ambush near Kadun in Borno state.")
    assert not aggregate("Gunmen killed 12 villagers in Gusau last week.")
