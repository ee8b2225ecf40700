"""Two mentions a text dates on two different days are two events; a sentence pointing back at an
undated event dates it; a date describing a noun's past does not date what the paragraph reports."""
from __future__ import annotations

from datetime import date

from sitroom.extract.dates import in_noun_clause, resolve_event_date
from sitroom.extract.nlp import get_nlp
from sitroom.extract.pipeline import extract_document
from sitroom.model import CountRange, Document, EventRecord
from sitroom.resolve.merge import merge_records, same_event


def _clash(doc_id: str, day: str, **extra) -> EventRecord:
    return EventRecord(
        event_id=f"{doc_id}-{day}", doc_id=doc_id, report_kind="incident", event_date=day, date_start=day,
        date_end=day, time_precision=1, disorder_type="Political violence", event_type="Battles",
        sub_event_type="Armed clash", actor1="Rebels", location="Kidal", country="Mali", latitude=18.44,
        longitude=1.41, geo_precision=1, counts={"killed": CountRange(2, 2, 2)}, fatalities=2,
        source="X", attribution={"sources": ["X"], "hedged": False}, confidence=0.7, extra=dict(extra),
    )


def test_one_text_writing_two_days_tells_two_events():
    a, b = _clash("doc", "2021-03-24"), _clash("doc", "2021-03-25")
    assert not same_event(a, b)
    assert len(merge_records([a, b])) == 2


def test_a_days_slack_still_joins_two_outlets_or_an_undated_mention():
    assert same_event(_clash("wire-a", "2021-03-24"), _clash("wire-b", "2021-03-25"))
    undated = _clash("doc", "2021-03-25", date_from="document date")
    assert same_event(_clash("doc", "2021-03-24"), undated)


def _records(text: str, day: date):
    return [r for r in extract_document(Document("t", text, pub_date=day))[1] if r.event_type != "Non-conflict"]


def test_a_sentence_pointing_back_dates_the_undated_event():
    recs = _records("Dozens of gunmen attacked several villages near Kidal in Mali. "
                    "The attacks began on 2 June and the gunmen burned the market.", date(2022, 6, 5))
    assert len(recs) == 1
    assert recs[0].event_date == "2022-06-02"


def test_a_date_in_a_clause_about_a_noun_is_not_the_sentences_day():
    sent = next(get_nlp()("The two towns, parts of which were held by rebels before the war began in "
                          "March, form the north of the province.").sents)
    assert in_noun_clause(sent, 0, resolve_event_date(sent, 0, date(2022, 7, 10)))
    main = next(get_nlp()("Rebels took the two towns in March.").sents)
    assert not in_noun_clause(main, 0, resolve_event_date(main, 0, date(2022, 7, 10)))


def test_a_noun_clause_date_leaves_the_day_the_paragraph_reports():
    recs = _records("Officials reported heavy shelling on Saturday in both provinces. The two provinces, "
                    "parts of which were held by rebels before the war began in February, form the east "
                    "of the country. The governor said that a missile had struck Kramatorsk.", date(2022, 7, 10))
    struck = [r for r in recs if "missile" in " ".join(e.text for e in r.evidence if e.field == "event")]
    assert struck and struck[0].event_date == "2022-07-09"
