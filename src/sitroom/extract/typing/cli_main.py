"""`python -m sitroom.extract.typing.cli_main FILE.jsonl`: one label per {"id", "text"} line.

The same function (`classify_jsonl`) backs `sitroom classify`.
"""
from __future__ import annotations

import json
import sys
from typing import IO, Iterable

from sitroom.extract.typing import classify_many

BATCH = 256


def classify_jsonl(lines: Iterable[str], out: IO[str]) -> int:
    """Read {"id", "text"} JSON lines, write {"id", "event_type", "sub_event_type", "confidence"}."""
    rows = [json.loads(line) for line in lines if line.strip()]
    for i in range(0, len(rows), BATCH):
        chunk = rows[i : i + BATCH]
        for row, lab in zip(chunk, classify_many([str(r.get("text") or "") for r in chunk])):
            out.write(json.dumps({"id": row.get("id"), "event_type": lab.event_type,
                                  "sub_event_type": lab.sub_event_type,
                                  "confidence": lab.confidence}, ensure_ascii=False) + "\n")
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] == "-":
        classify_jsonl(sys.stdin, sys.stdout)
    else:
        with open(argv[0], encoding="utf-8") as f:
            classify_jsonl(f, sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
