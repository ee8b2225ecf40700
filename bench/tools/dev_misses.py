"""Why each missed must event of a hand-coded set was missed: the nearest record and the failing condition.

For error analysis on the development set only (never on held-out sets). Matches records to coded
events exactly as `../shared/eval/sitroom_eval.py docs` does (kind, date window, place; greedy, in
coded order), then for each missed must event finds the record of the same document nearest to its
evidence quote and says which condition fails:

  no-record-in-doc                   the document has no conflict record at all
  no-record-at-evidence(...)         no record's event evidence overlaps the quote; the nearest
                                     record's failing conditions in brackets
  at-evidence fails kind|date|place  a record reports the sentence but is coded wrong
  at-evidence fails taken            a record fits, but another coded event already matched it
                                     (two events merged into one record)

    python bench/tools/dev_misses.py --gold ../shared/data/realworld_dev/*.json [--records out.jsonl] [-v]

Without --records it runs `sitroom extract --format jsonl` on the documents (as the scorer does).
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

FAR = 10 ** 6


def _scorer(path: str):
    sys.path.insert(0, path)
    import sitroom_eval  # noqa: E402  (the project's scorer, kept outside the repository)
    return sitroom_eval


def _event_spans(record: dict) -> list[tuple[int, int]]:
    return [(e["start"], e["end"]) for e in record.get("evidence", []) if e.get("field") == "event"]


def _distance(spans: list[tuple[int, int]], start: int, end: int) -> int:
    if start < 0:
        return FAR
    return min((max(0, s - end, start - e) for s, e in spans), default=FAR)


def diagnose(se, docs: list[dict], by_doc: dict[str, list[dict]]):
    """(miss line, category, nearest record or None, distance) for each missed must event."""
    for d in docs:
        preds, used = by_doc.get(d["id"], []), set()
        for g in d["events"]:
            loose = [i for i, x in enumerate(preds) if i not in used and se.kind_ok(x, g)
                     and se.date_ok(x, g["date"]) and se.place_ok(x, g["places"])]
            strict = [i for i in loose if se.type_ok(preds[i], g["accept"])]
            pick = (strict or loose or [None])[0]
            if pick is not None:
                used.add(pick)
                continue
            if not g["must"]:
                continue
            quote = g.get("evidence") or ""
            start = d["text"].find(quote) if quote else -1
            end = start + len(quote)
            best = None
            for i, x in enumerate(preds):
                fails = [name for name, ok in (("kind", se.kind_ok(x, g)), ("date", se.date_ok(x, g["date"])),
                                               ("place", se.place_ok(x, g["places"]))) if not ok]
                if i in used and not fails:
                    fails = ["taken"]
                dist = _distance(_event_spans(x), start, end)
                key = (dist > 0, len(fails), dist)
                if best is None or key < best[0]:
                    best = (key, x, fails, dist)
            if best is None:
                category, record, dist = "no-record-in-doc", None, FAR
            else:
                _key, record, fails, dist = best
                category = (f"no-record-at-evidence({'+'.join(fails) or 'none'})" if dist > 0
                            else f"at-evidence fails {'+'.join(fails)}")
            line = (f"MISS {d['id']}/{g['id']} [{d.get('genre')}] {g['kind']} {g['accept'][0]} {g['date']} "
                    f"{g['places'][:3]}")
            yield line, category, record, dist, quote


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", nargs="+", required=True)
    ap.add_argument("--records", help="records already extracted (JSON Lines); default: run the command")
    ap.add_argument("--cmd", default="sitroom extract --format jsonl")
    ap.add_argument("--scorer", default=str(Path(__file__).resolve().parents[3] / "shared" / "eval"))
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    se = _scorer(a.scorer)
    docs = [d for g in a.gold for d in json.load(open(g, encoding="utf-8"))["docs"]]
    if a.records:
        out = [json.loads(line) for line in open(a.records, encoding="utf-8") if line.strip().startswith("{")]
    else:
        out, _secs = se.run_cmd(a.cmd, [{"id": d["id"], "text": d["text"], "date": d["date"]} for d in docs])
    by_doc: dict[str, list[dict]] = collections.defaultdict(list)
    for o in out:
        if o.get("event_type") and o.get("event_type") != "Non-conflict":
            by_doc[str(o.get("doc_id", o.get("id")))].append(o)
    tally: collections.Counter[str] = collections.Counter()
    for line, category, record, dist, quote in diagnose(se, docs, by_doc):
        tally[category] += 1
        print(f"{line} :: {category}")
        if a.verbose:
            print("   quote:", quote[:200])
            if record is not None:
                print(f"   nearest: {record.get('report_kind')} {record.get('date_start')}..{record.get('date_end')} "
                      f"{record.get('sub_event_type')} @ {record.get('location')}|{record.get('admin1')}|"
                      f"{record.get('country')} (distance {dist})")
                for s, e in _event_spans(record)[:4]:
                    print("      ", next((ev["text"][:150] for ev in record["evidence"]
                                          if ev.get("field") == "event" and ev["start"] == s), ""))
    print()
    for category, n in tally.most_common():
        print(n, category)


if __name__ == "__main__":
    main()
