"""'over/at the weekend' dates an event to the latest Saturday-Sunday (words of our own)."""
import datetime as dt

from sitroom.extract.dates import resolve_event_date
from sitroom.extract.nlp import get_nlp


def _resolve(text: str, anchor: dt.date):
    sent = list(get_nlp()(text).sents)[0]
    return resolve_event_date(sent, 0, anchor)


def test_over_the_weekend_is_the_last_saturday_and_sunday():
    d = _resolve("Bombs hit two markets in Harlow over the weekend, killing four.", dt.date(2031, 7, 15))
    assert (d.date_start, d.date_end) == (dt.date(2031, 7, 12), dt.date(2031, 7, 13))


def test_at_the_weekend_told_on_a_sunday_ends_that_day():
    d = _resolve("Militants raided a village near Oster at the weekend.", dt.date(2031, 7, 13))
    assert (d.date_start, d.date_end) == (dt.date(2031, 7, 12), dt.date(2031, 7, 13))
