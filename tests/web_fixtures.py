"""Documents and event records for the web tests (texts written for these tests).

`records_for` runs the real extraction pipeline; while the extractor cannot run (components
still being written) or finds nothing, it falls back to records coded by hand from the same
text, with evidence spans computed from the text itself.
"""
from __future__ import annotations

import copy
from datetime import date

from sitroom.model import CountRange, Document, Entry, EventRecord

LIVEBLOG = """UPDATE 09:10 GMT: Government forces and rebel fighters clashed overnight in the Sheikh Saeed district of Aleppo, the Syrian Observatory for Human Rights said. At least 7 fighters were killed.

UPDATE 11:40 GMT: An air strike hit a bakery in Maarat al-Numan on Tuesday morning, killing 4 civilians, according to local rescue workers.

UPDATE 13:05 GMT: Monitors said 38 people had been killed across Idlib province since Sunday.

UPDATE 15:30 GMT: The French foreign minister called for an emergency meeting of the UN Security Council.
"""

XSS_TEXT = ('Residents said <script>window.__xss=1</script> an explosion hit the market '
            '<img src=x onerror="window.__xss=2"> in Saraqib on Monday, killing 3 people.')


def liveblog_doc(doc_id: str = "test/liveblog-idlib") -> Document:
    return Document(doc_id, LIVEBLOG, title="Idlib and Aleppo: live updates",
                    publisher="Test Wire", pub_date=date(2016, 11, 29), date_source="cli",
                    url="https://example.org/live")


def xss_doc() -> Document:
    return Document("test/xss", XSS_TEXT, title="<b>Market</b> blast", publisher="Test Wire",
                    pub_date=date(2016, 11, 28), date_source="cli", url="javascript:alert(1)")


def _ev(rec: EventRecord, text: str, field: str, phrase: str) -> None:
    start = text.index(phrase)
    rec.add_evidence(field, text, start, start + len(phrase))


def _entries(text: str) -> list[Entry]:
    out, pos = [], 0
    for i, block in enumerate(text.split("\n\n")):
        start = text.index(block, pos)
        out.append(Entry(i, start, start + len(block), kind="update"))
        pos = start + len(block)
    return out


def hand_coded(doc: Document) -> tuple[list[Entry], list[EventRecord]]:
    t = doc.text
    if doc.doc_id == "test/xss":
        rec = EventRecord(
            event_id="ev-test-xss", doc_id=doc.doc_id, event_date="2016-11-28", time_precision=1,
            disorder_type="Political violence", event_type="Explosions/Remote violence",
            sub_event_type="Remote explosive/landmine/IED", actor2="Civilians (Syria)",
            country="Syria", iso3="SYR", admin1="Idlib", location="Saraqib", latitude=35.86,
            longitude=36.8, geo_precision=1, fatalities=3, counts={"killed": CountRange(3, 3, 3)},
            source="Residents; Test Wire", notes="On 28 November 2016, an explosion hit the market in Saraqib.",
            confidence=0.7,
        )
        _ev(rec, t, "sub_event_type", "an explosion hit the market")
        _ev(rec, t, "location", "Saraqib")
        _ev(rec, t, "fatalities", "killing 3 people")
        return [Entry(0, 0, len(t))], [rec]
    clash = EventRecord(
        event_id="ev-test-clash", doc_id=doc.doc_id, event_date="2016-11-28", time_precision=1,
        disorder_type="Political violence", event_type="Battles", sub_event_type="Armed clash",
        actor1="Military Forces of Syria (2000-)", actor2="Opposition Rebels (Syria)",
        inter1="State forces", inter2="Rebel group", country="Syria", iso3="SYR", admin1="Aleppo",
        location="Aleppo - Sheikh Saeed", latitude=36.17, longitude=37.16, geo_precision=1,
        fatalities=7, counts={"killed": CountRange(7, 7, 7)},
        source="Syrian Observatory for Human Rights; Test Wire", reliability="single source",
        notes="Government forces and rebels clashed in Sheikh Saeed, Aleppo.", confidence=0.8,
    )
    _ev(clash, t, "sub_event_type", "clashed overnight")
    _ev(clash, t, "location", "Sheikh Saeed")
    _ev(clash, t, "fatalities", "At least 7 fighters were killed")
    _ev(clash, t, "source", "Syrian Observatory for Human Rights")
    strike = EventRecord(
        event_id="ev-test-strike", doc_id=doc.doc_id, event_date="2016-11-29", time_precision=1,
        disorder_type="Political violence", event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike", actor2="Civilians (Syria)", inter2="Civilians",
        civilian_targeting="Civilian targeting", country="Syria", iso3="SYR", admin1="Idlib",
        location="Maarat al-Numan", latitude=35.65, longitude=36.68, geo_precision=1, fatalities=4,
        counts={"killed": CountRange(4, 4, 4)}, source="local rescue workers; Test Wire",
        reliability="corroborated", corroboration=2,
        notes="An air strike hit a bakery in Maarat al-Numan, killing 4 civilians.", confidence=0.9,
    )
    _ev(strike, t, "sub_event_type", "An air strike hit a bakery")
    _ev(strike, t, "location", "Maarat al-Numan")
    _ev(strike, t, "fatalities", "killing 4 civilians")
    tally = EventRecord(
        event_id="ev-test-tally", doc_id=doc.doc_id, report_kind="aggregate", event_date="2016-11-29",
        date_start="2016-11-27", date_end="2016-11-29", time_precision=2,
        disorder_type="Political violence", event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack", country="Syria", iso3="SYR", admin1="Idlib",
        location="Idlib", latitude=35.9, longitude=36.6, geo_precision=3, fatalities=38,
        counts={"killed": CountRange(38, 38, 38)}, source="Monitors; Test Wire",
        notes="Monitors reported 38 killed across Idlib province since Sunday.", confidence=0.6,
    )
    _ev(tally, t, "fatalities", "38 people had been killed across Idlib province since Sunday")
    diplo = EventRecord(
        event_id="ev-test-diplo", doc_id=doc.doc_id, event_date="2016-11-29", time_precision=1,
        disorder_type="", event_type="Non-conflict", sub_event_type="Diplomatic event",
        actor1="Government of France", country="France", iso3="FRA", source="Test Wire",
        notes="France called for a UN Security Council meeting.", confidence=0.5,
    )
    _ev(diplo, t, "sub_event_type", "called for an emergency meeting")
    return _entries(t), [clash, strike, tally, diplo]


_CACHE: dict[tuple[str, str], tuple[list[Entry], list[EventRecord], str]] = {}


def records_for(doc: Document) -> tuple[list[Entry], list[EventRecord], str]:
    """(entries, records, how): how is "pipeline" or "hand-coded". Extracted once per test run."""
    key = (doc.doc_id, doc.text)
    if key not in _CACHE:
        _CACHE[key] = _extract(doc)
    return copy.deepcopy(_CACHE[key])


def _extract(doc: Document) -> tuple[list[Entry], list[EventRecord], str]:
    try:
        from sitroom.extract.pipeline import extract_document

        entries, records = extract_document(doc)
    except ImportError:
        return (*hand_coded(doc), "hand-coded")
    if not any(r.report_kind == "incident" for r in records):
        return (*hand_coded(doc), "hand-coded")
    return entries, records, "pipeline"


PROTESTS = """Hundreds of people protested peacefully in the old market of Homs on Sunday.

Protesters gathered again at the same market of Homs on Monday, residents said.

A third protest filled the Homs market on Tuesday, organisers said.
"""


def protests_doc() -> Document:
    """Three events at one place (one town's coordinates): markers the map must cluster."""
    return Document("test/protests", PROTESTS, title="Homs market protests", publisher="Test Wire",
                    pub_date=date(2016, 11, 22), date_source="cli")


def protest_records(doc: Document) -> tuple[list[Entry], list[EventRecord]]:
    out = []
    for i, (day, phrase) in enumerate((("2016-11-20", "protested peacefully"), ("2016-11-21", "gathered again"),
                                        ("2016-11-22", "A third protest"))):
        rec = EventRecord(
            event_id=f"ev-test-protest-{i}", doc_id=doc.doc_id, event_date=day, time_precision=1,
            disorder_type="Demonstrations", event_type="Protests", sub_event_type="Peaceful protest",
            actor1="Protesters (Syria)", country="Syria", iso3="SYR", admin1="Homs", location="Homs",
            latitude=34.73, longitude=36.71, geo_precision=1, source="Test Wire", confidence=0.7,
            notes=f"Protest in Homs on {day}.",
        )
        _ev(rec, doc.text, "sub_event_type", phrase)
        out.append(rec)
    return _entries(doc.text), out
