"""JSON Lines export: one EventRecord.to_dict() per line, the same shape the CLI prints."""
from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from sitroom.model import EventRecord


def write_jsonl(records: Iterable[EventRecord], fh: TextIO) -> int:
    """Write each record as one JSON object per line; returns how many were written."""
    n = 0
    for rec in records:
        fh.write(json.dumps(rec.to_dict(), ensure_ascii=False))
        fh.write("\n")
        n += 1
    return n
