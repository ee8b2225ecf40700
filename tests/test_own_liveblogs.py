"""Live blogs the project wrote (Yemen, Ukraine), each hand-coded by the ACLED codebook's rules.

They guard the pipeline against fitting the reference blog: every property the reference is scored
on (each incident's count, date, place and actor; the sum of incident fatalities over the days the
blog covers, tallies excluded; no record for sentences that report nothing) is checked on these too.
"""
from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from sitroom.extract.pipeline import extract_document
from sitroom.ingest.readers import read_inputs

FIXTURES = Path(__file__).parent / "fixtures"
BLOGS = sorted(p.name[: -len("_coding.json")] for p in FIXTURES.glob("liveblog_*_coding.json"))
_CACHE: dict[str, tuple] = {}


def _extract(name: str):
    if name not in _CACHE:
        coding = json.loads((FIXTURES / f"{name}_coding.json").read_text())
        (doc,) = list(read_inputs([str(FIXTURES / f"{name}.txt")], date.fromisoformat(coding["document_date"])))
        _, records = extract_document(doc)
        _CACHE[name] = (doc, [r.to_dict() for r in records], coding)
    return _CACHE[name]


def _sentence_bounds(text: str, key: str) -> tuple[int, int]:
    pos = text.index(key)
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    ends = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i != -1]
    return start, (min(ends) if ends else len(text))


def _records_for(text: str, records: list[dict], key: str) -> list[dict]:
    start, end = _sentence_bounds(text, key)
    return [r for r in records if any(start <= e["start"] < end for e in r["evidence"])]


def check(rec: dict, expected: dict) -> list[str]:
    """What differs between a record and a hand-coded row (empty when it matches)."""
    problems = []
    for name in ("report_kind", "event_type", "sub_event_type", "event_date", "date_start", "fatalities"):
        if name in expected and rec.get(name) != expected[name]:
            problems.append(f"{name}={rec.get(name)!r}, expected {expected[name]!r}")
    if "location_contains" in expected and expected["location_contains"] not in (rec.get("location") or ""):
        problems.append(f"location={rec.get('location')!r}, expected {expected['location_contains']!r}")
    for name in ("actor1", "actor2"):
        if name in expected and expected[name] not in (rec.get(name) or ""):
            problems.append(f"{name}={rec.get(name)!r}, expected {expected[name]!r}")
    if "source_contains" in expected and expected["source_contains"].lower() not in rec.get("source", "").lower():
        problems.append(f"source={rec.get('source')!r}")
    if "hedged" in expected and rec["attribution"]["hedged"] != expected["hedged"]:
        problems.append(f"hedged={rec['attribution']['hedged']}")
    counts = rec.get("counts", {})
    for key, value in expected.items():
        m = re.fullmatch(r"(killed|injured|detained|abducted|displaced|evacuated|taken)_(low|high)", key)
        if not m:
            continue
        cats = ("detained", "abducted") if m.group(1) == "taken" else (m.group(1),)
        got = [(counts.get(c) or {}).get(m.group(2)) for c in cats if c in counts]
        if value not in got:
            problems.append(f"counts.{m.group(1)}.{m.group(2)}={got!r}, expected {value!r}")
    return problems


def _rows(required: bool):
    return [pytest.param(name, row, id=f"{name}:{row['key']}")
            for name in BLOGS for row in json.loads((FIXTURES / f"{name}_coding.json").read_text())["events"]
            if row["required"] is required]


@pytest.mark.parametrize(("name", "expected"), _rows(True))
def test_required_rows(name, expected):
    doc, records, _ = _extract(name)
    found = _records_for(doc.text, records, expected["key"])
    if expected.get("or_absent") and not found:
        return
    assert found, f"no record for the sentence with {expected['key']!r}"
    assert min((check(r, expected) for r in found), key=len) == []


@pytest.mark.parametrize("name", BLOGS)
def test_incident_fatalities_in_the_window_add_up(name):
    _, records, coding = _extract(name)
    first, last = coding["window"]
    total = sum(r["fatalities"] for r in records
                if r["report_kind"] == "incident" and r["event_date"] and first <= r["event_date"] <= last)
    assert total == coding["incident_fatalities_in_window"]


@pytest.mark.parametrize("name", BLOGS)
def test_sentences_that_report_nothing_found_no_record(name):
    doc, records, coding = _extract(name)
    for key in coding["non_events"]:
        start, end = _sentence_bounds(doc.text, key)
        founded = [r for r in records if start <= r["evidence"][0]["start"] < end and r["event_type"] != "Non-conflict"]
        assert not founded, f"{key!r} founded {[r['sub_event_type'] for r in founded]}"


@pytest.mark.parametrize("name", BLOGS)
def test_recall_of_optional_rows(name):
    """Optional rows are reported, and at least half must match fully."""
    doc, records, coding = _extract(name)
    optional = [e for e in coding["events"] if not e["required"]]
    matched = [e["key"] for e in optional
               if any(not check(r, e) for r in _records_for(doc.text, records, e["key"]))]
    assert len(matched) >= len(optional) // 2, f"only {matched} of {len(optional)} optional rows coded right"
