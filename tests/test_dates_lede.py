"""A dated article's sentences without a day of their own are about the day its lede names."""
from __future__ import annotations

from datetime import date

from sitroom.extract.dates import DateResolution, is_lede_date
from sitroom.extract.pipeline import extract_document
from sitroom.model import Document

SUNDAY = date(2023, 3, 12)


def _res(start: date, end: date, kind: str = "relative", precision: int = 1) -> DateResolution:
    return DateResolution(start, end, start, precision, 0, 5, "x", kind)


def test_lede_date_is_a_recent_written_day():
    assert is_lede_date(_res(date(2023, 3, 10), date(2023, 3, 10)), SUNDAY)
    assert not is_lede_date(_res(SUNDAY, SUNDAY), SUNDAY)  # the reporting day itself adds nothing
    assert not is_lede_date(_res(date(2023, 1, 2), date(2023, 1, 2)), SUNDAY)  # long ago: background
    assert not is_lede_date(_res(date(2023, 2, 1), date(2023, 2, 28), "explicit", 3), SUNDAY)
    assert not is_lede_date(DateResolution(SUNDAY, SUNDAY, SUNDAY, 1, None, None, "", "anchor"), SUNDAY)


def test_undated_sentences_take_the_ledes_day_not_the_publication_day():
    text = ("Gunmen stormed the village of Tudun Gora on Friday and shot dead four herders, "
            "a council official said.\n\n"
            "In a separate assault, militiamen set fire to houses in Kwoi and killed two farmers.")
    _, records = extract_document(Document(doc_id="lede", text=text, pub_date=SUNDAY))
    assert records
    assert all(r.date_start == "2023-03-10" for r in records), [(r.location, r.date_start) for r in records]

