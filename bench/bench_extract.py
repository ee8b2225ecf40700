"""Extraction speed: the reference live blog and a batch of short reports, in one process.

Usage: .venv/bin/python bench/bench_extract.py [--example PATH] [--jsonl PATH]
Prints load time (spaCy, gazetteer, typing model), seconds per live blog and documents per second.
"""
from __future__ import annotations

import argparse
import json
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EXAMPLE = ROOT.parent / "shared" / "examples" / "aleppo-liveblog-2016-11-29.txt"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--example", default=str(DEFAULT_EXAMPLE))
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    t0 = time.perf_counter()
    from sitroom.extract.nlp import get_nlp
    from sitroom.extract.pipeline import extract_document
    from sitroom.extract.typing import classify_text
    from sitroom.ingest.readers import read_inputs
    from sitroom.model import Document
    from sitroom.resolve.geocode import Geocoder

    get_nlp()
    Geocoder.default()
    classify_text("warm up")
    load = time.perf_counter() - t0
    print(f"load (spaCy model, gazetteer, typing model): {load:.2f} s")

    example = Path(args.example)
    if example.exists():
        (doc,) = list(read_inputs([str(example)], date(2016, 11, 29)))
        times = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            _, records = extract_document(doc)
            times.append(time.perf_counter() - t)
        incidents = sum(r.report_kind == "incident" for r in records)
        print(f"reference live blog ({len(doc.text):,} chars): {min(times):.3f} s best of {args.repeat}, "
              f"{len(records)} records ({incidents} incidents, {len(records) - incidents} tallies)")

    templates = [
        "Gunmen killed {n} villagers in an attack on a market in northern Nigeria on Tuesday, police said.",
        "Government air strikes hit a hospital in Idlib province on Monday, killing {n} people, rescuers said.",
        "Police fired tear gas to disperse hundreds of protesters in Nairobi on Friday; {n} were arrested.",
        "A roadside bomb killed {n} soldiers near Mogadishu on Sunday, the army said in a statement.",
    ]
    docs = [Document(doc_id=f"b{i}", text=templates[i % 4].format(n=i % 17 + 2), pub_date=date(2021, 3, 1))
            for i in range(400)]
    t = time.perf_counter()
    n_records = sum(len(extract_document(d)[1]) for d in docs)
    secs = time.perf_counter() - t
    print(f"short reports: {len(docs)} docs in {secs:.2f} s = {len(docs) / secs:.1f} docs/s ({n_records} records)")
    print(json.dumps({"load_s": round(load, 2), "short_docs_per_s": round(len(docs) / secs, 1)}))


if __name__ == "__main__":
    main()
