"""Exports: JSONL is the contract, ACLED CSV reads like ACLED's files, GeoJSON maps."""
from __future__ import annotations

import csv
import io
import json

from sitroom.export import ACLED_COLUMNS, write_acled_csv, write_geojson, write_jsonl
from sitroom.export.acled_csv import interaction, iso_numeric
from sitroom.model import CountRange, EventRecord

TEXT = "Gunmen stormed a checkpoint near Kirkuk at dawn, killing three police officers."


def incident() -> EventRecord:
    rec = EventRecord(
        event_id="ev-aaaa", doc_id="doc-1", event_date="2017-03-14", time_precision=1,
        disorder_type="Political violence", event_type="Battles", sub_event_type="Armed clash",
        actor1="Unidentified Armed Group (Iraq)", actor2="Police Forces of Iraq (2014-)",
        inter1="3", inter2="1", country="Iraq", iso3="IRQ", admin1="Kirkuk", location="Kirkuk",
        latitude=35.4681, longitude=44.3922, geo_precision=2, fatalities=3,
        counts={"killed": CountRange(3, 3, 3)}, source="Police; Example News",
        attribution={"sources": ["Police"], "hedged": False}, confidence=0.7,
        notes="Gunmen attacked a police checkpoint near Kirkuk; 3 police killed.",
        extra={"timestamp": 1489500000},
    )
    rec.add_evidence("location", TEXT, TEXT.index("Kirkuk"), TEXT.index("Kirkuk") + 6)
    return rec


def western_hemisphere() -> EventRecord:
    # negative coordinates and hostile text fields
    return EventRecord(
        event_id="ev-bbbb", doc_id="doc-2", event_date="2019-10-20", event_type="Riots",
        sub_event_type="Violent demonstration", actor1="=HYPERLINK(\"http://x\")",
        actor2="@SUM(A1:A9)", inter1="Rioters", country="Chile", iso3="CHL", location="Santiago",
        latitude=-33.4489, longitude=-70.6693, notes="-2+3 protesters", source="+cmd|' /C calc'!A0",
    )


def aggregate() -> EventRecord:
    return EventRecord(event_id="ev-cccc", doc_id="doc-1", report_kind="aggregate",
                       event_date="2017-03-14", country="Iraq", iso3="IRQ", fatalities=40)


def unplaced() -> EventRecord:
    return EventRecord(event_id="ev-dddd", doc_id="doc-3", event_date="2017-03-15", country="Iraq")


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_jsonl_is_one_contract_object_per_line():
    recs = [incident(), aggregate(), unplaced()]
    buf = io.StringIO()
    assert write_jsonl(recs, buf) == 3
    lines = buf.getvalue().splitlines()
    assert [json.loads(line) for line in lines] == [r.to_dict() for r in recs]
    assert EventRecord.from_dict(json.loads(lines[0])).to_dict() == recs[0].to_dict()


def test_acled_csv_header_is_acleds():
    buf = io.StringIO()
    write_acled_csv([], buf)
    assert buf.getvalue().strip().split(",") == list(ACLED_COLUMNS)
    assert len(ACLED_COLUMNS) == 31
    assert ACLED_COLUMNS[0] == "event_id_cnty" and ACLED_COLUMNS[-1] == "timestamp"


def test_acled_csv_values():
    buf = io.StringIO()
    assert write_acled_csv([incident()], buf) == 1
    [row] = read_csv(buf.getvalue())
    assert row["event_id_cnty"] == "ev-aaaa"
    assert (row["event_date"], row["year"], row["time_precision"]) == ("2017-03-14", "2017", "1")
    assert (row["iso"], row["region"], row["country"]) == ("368", "Middle East", "Iraq")
    assert row["interaction"] == "13"  # lower actor code first
    assert (row["latitude"], row["longitude"]) == ("35.4681", "44.3922")
    assert (row["fatalities"], row["timestamp"]) == ("3", "1489500000")
    assert row["admin3"] == "" and row["source"] == "Police; Example News"


def test_acled_csv_leaves_out_aggregates_unless_asked():
    recs = [incident(), aggregate()]
    buf = io.StringIO()
    assert write_acled_csv(recs, buf) == 1
    assert [r["event_id_cnty"] for r in read_csv(buf.getvalue())] == ["ev-aaaa"]
    buf = io.StringIO()
    assert write_acled_csv(recs, buf, include_aggregates=True) == 2
    assert [r["event_id_cnty"] for r in read_csv(buf.getvalue())] == ["ev-aaaa", "ev-cccc"]


def test_acled_csv_leaves_out_non_conflict_events_unless_asked():
    diplomacy = EventRecord(event_id="ev-eeee", event_date="2017-03-14", event_type="Non-conflict",
                            sub_event_type="Diplomatic event", country="France", iso3="FRA")
    buf = io.StringIO()
    assert write_acled_csv([diplomacy, incident()], buf) == 1
    assert [r["event_id_cnty"] for r in read_csv(buf.getvalue())] == ["ev-aaaa"]
    buf = io.StringIO()
    assert write_acled_csv([diplomacy], buf, include_non_conflict=True) == 1


def test_acled_csv_neutralises_formulas_but_not_numbers():
    buf = io.StringIO()
    write_acled_csv([western_hemisphere()], buf)
    [row] = read_csv(buf.getvalue())
    for col in ("actor1", "actor2", "notes", "source"):
        assert row[col].startswith("'"), col
    assert row["actor1"] == "'=HYPERLINK(\"http://x\")"
    assert float(row["latitude"]) == -33.4489 and float(row["longitude"]) == -70.6693
    assert row["iso"] == "152" and row["region"] == ""
    assert row["interaction"] == "Rioters only"


def test_interaction_codes():
    assert interaction("1", "7") == interaction("7", "1") == "17"
    assert interaction("6", "") == "60"
    assert interaction("Civilians", "State forces") == "State forces-Civilians"
    assert interaction("", "") == ""
    assert iso_numeric("syr") == 760 and iso_numeric("") is None and iso_numeric("XXX") is None


def test_geojson_points_and_unplaced_events():
    recs = [incident(), unplaced(), western_hemisphere()]
    buf = io.StringIO()
    assert write_geojson(recs, buf) == 3
    fc = json.loads(buf.getvalue())
    assert fc["type"] == "FeatureCollection"
    placed, none, west = fc["features"]
    assert placed["geometry"] == {"type": "Point", "coordinates": [44.3922, 35.4681]}
    assert placed["properties"] == incident().to_dict()
    assert placed["properties"]["evidence"][0]["text"] == "Kirkuk"
    assert none["geometry"] is None and none["properties"]["event_id"] == "ev-dddd"
    assert west["geometry"]["coordinates"] == [-70.6693, -33.4489]
