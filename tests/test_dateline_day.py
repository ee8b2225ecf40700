"""A dateline's day, earlier than the page's date, is the day a story's weekdays count back from."""
from __future__ import annotations

from datetime import date

from sitroom.extract.dateline import dateline_day
from sitroom.extract.pipeline import extract_document
from sitroom.model import Document

PAGE = date(2023, 3, 8)  # a Wednesday; the story below was filed on Friday 3 March


def test_the_dateline_day_is_read_only_when_before_the_page_date():
    assert dateline_day("Rebels attack town\nGOMA, Congo, March 3 (Reuters) - Rebels attacked ...", PAGE) \
        == date(2023, 3, 3)
    assert dateline_day("GOMA, Congo, March 8 (Reuters) - Rebels attacked ...", PAGE) is None
    assert dateline_day("GOMA (AP) - Rebels attacked ...", PAGE) is None
    assert dateline_day("GOMA, Congo, March 3, 2021 (Reuters) - Rebels attacked ...", PAGE) is None  # too old


def test_a_weekday_counts_back_from_the_dateline_not_the_page():
    text = "GOMA, Congo, March 3 (Reuters) - Rebels killed six villagers near Goma on Wednesday, officials said."
    records = extract_document(Document(doc_id="filed", text=text, pub_date=PAGE))[1]
    assert records and records[0].date_start == "2023-03-01"
