"""Which sentence founded each unsupported record (a false positive) of a hand-coded set.

For error analysis on development sets only (never on held-out sets). A record is unsupported when
no coded event of its document matches it on kind, date window and place, as in
`../shared/eval/sitroom_eval.py docs`. For each such record this prints its kind, date, type and
place, the nearest coded event it fails (and on which conditions), and its event evidence.

    python bench/tools/dev_fps.py --gold bench/data/own_dev5/own_dev5_*.json [--records out.jsonl]
"""
from __future__ import annotations

import argparse
import collections
import json
import subprocess
import sys
import tempfile
from pathlib import Path


def _scorer(path: str):
    sys.path.insert(0, path)
    import sitroom_eval  # noqa: E402  (the project's scorer, kept outside the repository)
    return sitroom_eval


def _records(docs: list[dict], path: str | None) -> list[dict]:
    if path:
        return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps({"id": d["id"], "text": d["text"], "date": d["date"]}) + "\n")
    out = subprocess.run(["sitroom", "extract", "--format", "jsonl", f.name], capture_output=True,
                         text=True, check=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def _fails(se, x: dict, g: dict) -> list[str]:
    return [name for name, ok in (("kind", se.kind_ok(x, g)), ("date", se.date_ok(x, g["date"])),
                                  ("place", se.place_ok(x, g["places"]))) if not ok]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", nargs="+", required=True)
    ap.add_argument("--records")
    ap.add_argument("--scorer", default=str(Path(__file__).resolve().parents[2] / ".." / "shared" / "eval"))
    a = ap.parse_args()
    se = _scorer(a.scorer)
    docs = [d for g in a.gold for d in json.load(open(g, encoding="utf-8"))["docs"]]
    by_doc = collections.defaultdict(list)
    for o in _records(docs, a.records):
        if o.get("event_type") and o.get("event_type") != "Non-conflict":
            by_doc[str(o.get("doc_id"))].append(o)
    for d in docs:
        for x in by_doc.get(d["id"], []):
            fails = [(_fails(se, x, g), g["id"]) for g in d["events"]]
            if fails and min(len(f) for f, _ in fails) == 0:
                continue
            near = min(fails, key=lambda t: len(t[0])) if fails else (["no-gold"], "-")
            ev = " | ".join(e["text"].replace("\n", " ") for e in x.get("evidence", []) if e["field"] == "event")
            print(f"FP {d['id']}: {x.get('report_kind')} {x.get('date_start')}..{x.get('date_end')} "
                  f"{x.get('sub_event_type')} @ {x.get('location')} fat={x.get('fatalities')} "
                  f"[near {near[1]} fails {'+'.join(near[0])}]\n   {ev[:300]}")


if __name__ == "__main__":
    main()
