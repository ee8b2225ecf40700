"""Measure source attribution alone: JSONL of {"id", "text"} in, one scorer-shaped line out per input.

Only `source` is filled; the other fields are placeholders so the shared scorer reads the line.
Usage: python -m sitroom.extract.sources_eval_main FILE.jsonl
"""
from __future__ import annotations

import json
import sys

from sitroom.extract.nlp import get_nlp
from sitroom.extract.sources import Attribution, find_attribution

MAX_SENTENCES = 3


def attribution_of(text: str) -> Attribution:
    """The first sentence's sources, else the next sentences' (up to MAX_SENTENCES)."""
    doc = get_nlp()(text)
    previous: Attribution | None = None
    for i, sent in enumerate(doc.sents):
        if i >= MAX_SENTENCES:
            break
        att = find_attribution(sent, 0, previous)
        if att.sources:
            return att
        previous = att
    return Attribution()


def main(argv: list[str]) -> int:
    with open(argv[1], encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            item = json.loads(line)
            att = attribution_of(item.get("text", ""))
            print(json.dumps({"doc_id": item.get("id"), "event_type": "x",
                              "source": "; ".join(s.name for s in att.sources),
                              "date_start": None, "latitude": None, "longitude": None}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
