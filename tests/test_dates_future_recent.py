"""A weekday looked forward to is not an event's day; a recent day inside a clause still is."""
import datetime as dt

from sitroom.extract.dates import resolve_event_date
from sitroom.extract.nlp import get_nlp

MONDAY = dt.date(2021, 3, 15)


def _date(text: str) -> dt.date:
    sent = list(get_nlp()(text).sents)[0]
    return resolve_event_date(sent, 0, MONDAY).event_date


def test_scheduled_weekday_is_not_last_week():
    # the truce starts tomorrow: nothing in the sentence happened on last Tuesday
    assert _date("The two militias agreed to a truce to begin Tuesday at dawn.") == MONDAY


def test_future_tense_weekday_is_not_last_week():
    assert _date("Elders will meet the rebel commanders on Thursday in Bakori.") == MONDAY


def test_next_weekday_is_not_last_week():
    assert _date("A march is planned for next Friday.") == MONDAY


def test_past_weekday_still_dates_the_event():
    assert _date("Gunmen burned the granaries of Lutu on Saturday.") == dt.date(2021, 3, 13)


def test_recent_day_in_a_clause_describing_the_victims_dates_the_event():
    text = "The raid left four herders dead and six others wounded near Kalio on Saturday."
    assert _date(text) == dt.date(2021, 3, 13)


def test_old_date_in_a_describing_clause_stays_background():
    text = "Troops shelled the town, held by the rebels since 2015, on Sunday."
    assert _date(text) == dt.date(2021, 3, 14)


def test_date_timing_a_phrase_loses_to_the_date_of_the_clause():
    # "overnight" times the lull; the fighting is this morning's
    text = "Residents said that after a short lull in the shelling overnight, fighting resumed this morning."
    assert _date(text) == MONDAY
