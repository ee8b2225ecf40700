"""Score extraction of a live blog against a hand coding of it (a JSON file analysts write).

A hand coding lists the events a person coded by the ACLED codebook, each anchored by a few words
(`key`) of the sentence it comes from, plus the day window whose incident fatalities must add up
and sentences that must found no conflict record. The project keeps such codings of its own
live blogs as test fixtures; `bench/bench_liveblogs.py` prints the figures.

Coding format:
    {"document_date": "YYYY-MM-DD", "window": [first, last], "incident_fatalities_in_window": N,
     "non_events": ["words of a sentence", ...],
     "events": [{"key": "words", "required": bool, "or_absent"?: bool, "report_kind"?, "event_type"?,
                 "sub_event_type"?, "event_date"?, "date_start"?, "fatalities"?, "location_contains"?,
                 "actor1"?, "actor2"?, "source_contains"?, "hedged"?, "<category>_low|high"?}]}
`taken_low` accepts a detained or an abducted count.
"""
from __future__ import annotations

import re
from typing import Any

_COUNT_KEY = re.compile(r"(killed|injured|detained|abducted|displaced|evacuated|taken)_(low|high)")


def sentence_bounds(text: str, key: str) -> tuple[int, int]:
    """Offsets of the sentence holding `key` (from the previous '. ' or line break to the next)."""
    pos = text.index(key)
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    ends = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i != -1]
    return start, (min(ends) if ends else len(text))


def records_for(text: str, records: list[dict], key: str) -> list[dict]:
    """Records with any evidence inside the sentence that holds `key`."""
    start, end = sentence_bounds(text, key)
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
        m = _COUNT_KEY.fullmatch(key)
        if not m:
            continue
        cats = ("detained", "abducted") if m.group(1) == "taken" else (m.group(1),)
        got = [(counts.get(c) or {}).get(m.group(2)) for c in cats if c in counts]
        if value not in got:
            problems.append(f"counts.{m.group(1)}.{m.group(2)}={got!r}, expected {value!r}")
    return problems


def row_problems(text: str, records: list[dict], expected: dict) -> list[str] | None:
    """Problems of the best-matching record for a row; None when no record is needed and none exists."""
    found = records_for(text, records, expected["key"])
    if not found:
        return None if expected.get("or_absent") else [f"no record for the sentence with {expected['key']!r}"]
    return min((check(r, expected) for r in found), key=len)


def window_fatalities(records: list[dict], window: list[str]) -> int:
    """Incident fatalities dated inside the window; tallies never count."""
    first, last = window
    return sum(r["fatalities"] for r in records
               if r["report_kind"] == "incident" and r["event_date"] and first <= r["event_date"] <= last)


def founded_by(text: str, records: list[dict], key: str) -> list[dict]:
    """Conflict records whose first evidence (their founding sentence) holds `key`."""
    start, end = sentence_bounds(text, key)
    return [r for r in records if start <= r["evidence"][0]["start"] < end and r["event_type"] != "Non-conflict"]


def score(text: str, records: list[dict], coding: dict[str, Any]) -> dict[str, Any]:
    """Figures for one blog: rows right (required/optional), fatality sum, non-events kept out."""
    out: dict[str, Any] = {"records": len(records)}
    for required in (True, False):
        rows = [e for e in coding["events"] if e["required"] is required]
        right = sum(1 for e in rows if not row_problems(text, records, e))
        out["required" if required else "optional"] = f"{right}/{len(rows)}"
    out["fatalities_in_window"] = f"{window_fatalities(records, coding['window'])}/{coding['incident_fatalities_in_window']}"
    non_events = coding.get("non_events", [])
    clean = sum(1 for key in non_events if not founded_by(text, records, key))
    out["non_events_kept_out"] = f"{clean}/{len(non_events)}"
    return out
