"""JSON Lines export: one EventRecord.to_dict() per line, the same shape the CLI prints."""
from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from sitroom.model import EventRecord

from .review import Review, json_safe, review_of


def write_jsonl(records: Iterable[EventRecord], fh: TextIO, review: Review | None = None) -> int:
    """Write each record as one JSON object per line; returns how many were written. With
    `review`, each object also has "review": {status, by, machine_values}."""
    n = 0
    for rec in records:
        out = rec.to_dict()
        if review is not None:
            out["review"] = review_of(review, rec.event_id)
        fh.write(json.dumps(json_safe(out), ensure_ascii=False, allow_nan=False))
        fh.write("\n")
        n += 1
    return n
