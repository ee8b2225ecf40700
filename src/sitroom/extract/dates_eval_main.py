"""Measure the date resolver alone: read {"id","text"} JSONL, print one record per line.

Usage: python -m sitroom.extract.dates_eval_main FILE.jsonl   (no anchor date: only what the
text itself says can be resolved). Only the date fields are meaningful.
"""
from __future__ import annotations

import json
import sys

from sitroom.extract.dates import resolve_event_date
from sitroom.extract.nlp import get_nlp


def main(path: str) -> None:
    nlp = get_nlp()
    with open(path, encoding="utf-8") as fh:
        items = [json.loads(line) for line in fh if line.strip()]
    for item, doc in zip(items, nlp.pipe(item["text"] for item in items)):
        res = None
        for sent in doc.sents:
            res = resolve_event_date(sent, 0, None)
            if res is not None:
                break
        rec = {"doc_id": item["id"], "event_type": "x", "source": "", "latitude": None,
               "longitude": None, "date_start": None, "date_end": None, "event_date": None}
        if res is not None:
            rec.update(date_start=res.date_start.isoformat(), date_end=res.date_end.isoformat(),
                       event_date=res.event_date.isoformat())
        print(json.dumps(rec))


if __name__ == "__main__":
    main(sys.argv[1])
