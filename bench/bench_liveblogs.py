"""Accuracy on hand-coded live blogs: the reference blog (../shared) and the project's own.

Usage: .venv/bin/python bench/bench_liveblogs.py
Prints, per blog: records, required and optional coded rows right, incident fatalities in the
blog's window against the hand coding (tallies excluded), and non-event sentences kept out.
"""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from sitroom.extract.pipeline import extract_document
from sitroom.handcoding import score
from sitroom.ingest.readers import read_inputs

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
REFERENCE = ROOT.parent / "shared" / "examples" / "aleppo-liveblog-2016-11-29.txt"


def blogs() -> dict[str, tuple[Path, Path]]:
    found = {p.name[: -len("_coding.json")]: (FIXTURES / (p.name[: -len("_coding.json")] + ".txt"), p)
             for p in sorted(FIXTURES.glob("liveblog_*_coding.json"))}
    if REFERENCE.exists():
        found["aleppo-reference"] = (REFERENCE, FIXTURES / "aleppo_hand_coding.json")
    return found


def main() -> None:
    for name, (text_path, coding_path) in blogs().items():
        coding = json.loads(coding_path.read_text())
        (doc,) = list(read_inputs([str(text_path)], date.fromisoformat(coding["document_date"])))
        _, records = extract_document(doc)
        figures = score(doc.text, [r.to_dict() for r in records], coding)
        print(f"{name}: " + " ".join(f"{k}={v}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
