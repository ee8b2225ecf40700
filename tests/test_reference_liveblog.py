"""The reference input from DESIGN.md, scored against the project's own hand coding.

The live blog itself lives in ../shared (it is not copied into the repo); the test skips when that
folder is not beside the checkout.
"""
from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from sitroom.extract.pipeline import extract_document
from sitroom.ingest.readers import read_inputs

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT.parent / "shared" / "examples" / "aleppo-liveblog-2016-11-29.txt"
CODING = json.loads((Path(__file__).parent / "fixtures" / "aleppo_hand_coding.json").read_text())

pytestmark = pytest.mark.skipif(not EXAMPLE.exists(), reason=f"reference live blog not found at {EXAMPLE}")


@pytest.fixture(scope="module")
def extracted():
    (doc,) = list(read_inputs([str(EXAMPLE)], date(2016, 11, 29)))
    _, records = extract_document(doc)
    return doc, [r.to_dict() for r in records]


def _sentence_bounds(text: str, key: str) -> tuple[int, int]:
    pos = text.index(key)
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    ends = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i != -1]
    return start, (min(ends) if ends else len(text))


def _records_for(doc, records, key):
    start, end = _sentence_bounds(doc.text, key)
    return [r for r in records if any(start <= e["start"] < end for e in r["evidence"])]


def _check(rec: dict, expected: dict) -> list[str]:
    problems = []
    for name in ("report_kind", "event_type", "sub_event_type", "event_date", "date_start", "fatalities"):
        if name in expected and rec.get(name) != expected[name]:
            problems.append(f"{name}={rec.get(name)!r}, expected {expected[name]!r}")
    if "location_contains" in expected and expected["location_contains"] not in (rec.get("location") or ""):
        problems.append(f"location={rec.get('location')!r}, expected it to contain {expected['location_contains']!r}")
    for name in ("actor1", "actor2"):
        if name in expected and expected[name] not in (rec.get(name) or ""):
            problems.append(f"{name}={rec.get(name)!r}, expected {expected[name]!r}")
    if "source_contains" in expected and expected["source_contains"] not in rec.get("source", ""):
        problems.append(f"source={rec.get('source')!r}")
    if "hedged" in expected and rec["attribution"]["hedged"] != expected["hedged"]:
        problems.append(f"hedged={rec['attribution']['hedged']}")
    for key, value in expected.items():
        m = re.fullmatch(r"(killed|injured|detained|abducted|displaced|evacuated)_(low|high)", key)
        if m:
            got = (rec.get("counts", {}).get(m.group(1)) or {}).get(m.group(2))
            if got != value:
                problems.append(f"counts.{m.group(1)}.{m.group(2)}={got!r}, expected {value!r}")
    return problems


@pytest.mark.parametrize("expected", [e for e in CODING["events"] if e["required"]], ids=lambda e: e["key"])
def test_required_events(extracted, expected):
    doc, records = extracted
    found = _records_for(doc, records, expected["key"])
    if expected.get("or_absent") and not found:
        return
    assert found, f"no record for the sentence with {expected['key']!r}"
    best = min(found, key=lambda r: len(_check(r, expected)))
    assert _check(best, expected) == []


def test_tallies_never_add_to_incident_fatalities(extracted):
    _, records = extracted
    total = sum(
        r["fatalities"] for r in records
        if r["report_kind"] == "incident" and r["event_date"] and "2016-11-26" <= r["event_date"] <= "2016-11-29"
    )
    assert total == CODING["incident_fatalities_26_29_nov"]


def test_diplomatic_aside_is_not_a_conflict_event(extracted):
    doc, records = extracted
    for rec in _records_for(doc, records, "Security Council"):
        assert rec["event_type"] == "Non-conflict"
    for rec in _records_for(doc, records, "sidelines of a meeting"):
        assert "Minsk" not in (rec.get("location") or "")


def test_every_evidence_span_matches_the_text(extracted):
    doc, records = extracted
    for rec in records:
        for ev in rec["evidence"]:
            assert doc.text[ev["start"]:ev["end"]] == ev["text"]


def test_recall_of_the_hand_coding(extracted):
    """Optional rows are reported, and at least half must match fully."""
    doc, records = extracted
    optional = [e for e in CODING["events"] if not e["required"]]
    matched = 0
    for expected in optional:
        found = _records_for(doc, records, expected["key"])
        if found and any(not _check(r, expected) for r in found):
            matched += 1
    assert matched >= len(optional) // 2, f"only {matched} of {len(optional)} optional events coded right"


def test_sentences_that_report_nothing_found_no_record(extracted):
    """Scene-setting quotes, appeals, talk about fears and background found no conflict record."""
    doc, records = extracted
    for key in CODING["non_events"]:
        start, end = _sentence_bounds(doc.text, key)
        founded = [r for r in records if start <= r["evidence"][0]["start"] < end and r["event_type"] != "Non-conflict"]
        assert not founded, f"{key!r} founded {[r['sub_event_type'] for r in founded]}"
