"""A tally is coded on the period it sums and the area it covers, and several incidents or areas
carrying one figure make a tally (words of this project's own)."""
from __future__ import annotations

from datetime import date

import pytest

from sitroom.extract.counts import extract_counts
from sitroom.extract.nlp import get_nlp
from sitroom.extract.tally import is_aggregate, tally_area, tally_period
from sitroom.resolve.geocode import Geocoder


def first_sentence(text: str):
    return next(get_nlp()(text).sents)


@pytest.mark.parametrize(
    "text, anchor, start, end",
    [
        ("The mission documented 640 civilian deaths in the first half of the year.", date(2024, 7, 9),
         date(2024, 1, 1), date(2024, 6, 30)),
        ("In the first half of 2023, monitors recorded 300 deaths, a rise on the same period of 2022.",
         date(2023, 8, 1), date(2023, 1, 1), date(2023, 6, 30)),
        ("Mekelle, 2 July 2024 – The commission said today it had documented 410 civilian deaths in Tigray "
         "region between January and May 2024.", date(2024, 7, 2), date(2024, 1, 1), date(2024, 5, 31)),
        ("The office recorded 70 killings between 1 January and 30 June 2024, compared with 60 in the same "
         "period last year.", date(2024, 7, 9), date(2024, 1, 1), date(2024, 6, 30)),
        ("In the first fortnight of this month, 44 civilian deaths were verified.", date(2024, 3, 20),
         date(2024, 3, 1), date(2024, 3, 15)),
        ("More than 300 people have been killed in the region since January.", date(2024, 7, 9),
         date(2024, 1, 1), date(2024, 7, 9)),
        ("Last month, 40 civilians were killed across the province.", date(2024, 7, 9),
         date(2024, 6, 1), date(2024, 6, 30)),
    ],
)
def test_the_period_a_tally_sums(text, anchor, start, end):
    period = tally_period(first_sentence(text), 0, anchor)
    assert period is not None
    assert (period.date_start, period.date_end) == (start, end)


def test_a_tally_without_a_date_has_no_period_of_its_own():
    sent = first_sentence("By region, 40 were killed in the north and 12 in the east.")
    assert tally_period(sent, 0, date(2024, 7, 9)) is None


def test_a_days_tally_keeps_its_day():
    sent = first_sentence("An additional 20 villagers were killed across the province on Monday.")
    period = tally_period(sent, 0, date(2024, 7, 9))
    assert period is not None and period.date_start == period.date_end == date(2024, 7, 8)


@pytest.mark.parametrize(
    "text, area",
    [
        ("(Dakar) – Soldiers executed at least 12 men in two incidents since March in Oudalan province, "
         "the group said.", "Oudalan"),
        ("Addis Ababa, 5 August 2025 – The commission documented 300 civilian deaths in Tigray region "
         "between January and June 2025.", "Tigray"),
        ("KYIV, 10 July 2025 – The mission documented 200 civilians killed in Ukraine in June 2025.", "Ukraine"),
    ],
)
def test_the_area_a_tally_covers_not_its_dateline(text, area):
    sent = first_sentence(text)
    geocoder = Geocoder.default()
    place = tally_area(sent, 0, geocoder.find_places(sent, 0, geocoder.context_for(text)))
    assert place is not None and place.location == area


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 30 villagers in two attacks in the district in late May.",
        "The study counted the deaths of 31 people killed in the provinces of Cusco, Arequipa and Lima.",
        "Security forces killed 31 protesters between December and February.",
        "The coalition carried out four attacks that killed at least 60 civilians.",
        "The monitors documented 40 civilians killed in Libya in October 2024.",
        "The mission documented 640 civilian deaths in the first half of the year.",
    ],
)
def test_several_incidents_areas_or_months_make_a_tally(text):
    sent = first_sentence(text)
    agg, why = is_aggregate(sent, 0, extract_counts(sent, 0))
    assert agg and why


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb killed 14 people at a checkpoint in the town on Monday.",
        "Gunmen killed 30 villagers in an attack on the market in late May.",
        "Police said 5 people were killed when a bus was ambushed in June.",
    ],
)
def test_one_incident_stays_an_incident(text):
    sent = first_sentence(text)
    assert is_aggregate(sent, 0, extract_counts(sent, 0)) == (False, "")
