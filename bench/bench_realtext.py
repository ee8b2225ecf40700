"""Extraction on real reporting: the issue-11 table from the project's scorer.

Runs `sitroom extract --format jsonl` through `../shared/eval/sitroom_eval.py docs` on
  - the development set of hand-coded real texts (`../shared/data/realworld_dev/*.json`), when
    `../shared` is present next to the repository, and
  - the project's own held-out set (`bench/data/own_heldout_docs.json`), always when present:
    real-style texts written and coded by the project and never used for tuning, and
  - the second, third and fourth held-out sets (`bench/data/own_heldout_docs2/*.json`,
    `bench/data/own_heldout_docs3/*.json`, `bench/data/own_heldout_docs4/*.json`), each written by a
    separate hand.
and prints one column per set beside the issue's targets.

    .venv/bin/python bench/bench_realtext.py [--shared ../shared] [--cmd "sitroom extract --format jsonl"]
"""
from __future__ import annotations

import argparse
import glob
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OWN_HELDOUT = ROOT / "bench" / "data" / "own_heldout_docs.json"
# a second held-out set written by a separate hand that never saw the training data or dev errors
OWN_HELDOUT2 = ROOT / "bench" / "data" / "own_heldout_docs2"
# a third, by yet another hand, added later and scored only at the end of the session that added it
OWN_HELDOUT3 = ROOT / "bench" / "data" / "own_heldout_docs3"
# a fourth, by a fresh hand that saw none of the other sets, scored only at the end of its session
OWN_HELDOUT4 = ROOT / "bench" / "data" / "own_heldout_docs4"
# (figure key, label, target, higher is better)
ROWS = [
    ("must_recall", "must events found with an accepted type", 0.80, True),
    ("found_recall", "must events found at all", 0.90, True),
    ("precision", "records that are a coded event", 0.80, True),
    ("type_acc", "type right on found events", None, True),
    ("fatalities_acc", "fatalities right on found events", 0.80, True),
    ("country_acc", "country right on found events", None, True),
    ("actor1_acc", "actor1 right", 0.80, True),
    ("source_acc", "source right", 0.85, True),
    ("nonevent_fp", "records on texts with no conflict event", 2, False),
    ("offcountry", "records in a country no coded event is in", None, False),
]
GENRES = ("ngo", "liveblog", "wire")


def score(gold: list[str], cmd: str, scorer: Path) -> dict:
    """The scorer's figures (its last JSON line) for the given gold files."""
    out = subprocess.run([sys.executable, str(scorer), "docs", "--gold", *gold, "--errors", "0", "--cmd", cmd],
                         cwd=ROOT, capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"scorer failed on {gold[0]}: {out.stderr.strip()[-500:]}")
    line = out.stdout.strip().splitlines()[-1]
    if line.startswith("{"):
        return json.loads(line)
    figures = {}
    for part in line.split(" recall_by_genre=")[0].split():
        key, _, value = part.partition("=")
        figures[key] = float(value) if "." in value else int(value)
    if " recall_by_genre=" in line:
        genre = line.split(" recall_by_genre=")[1].split(" docs_per_s=")[0]
        figures["recall_by_genre"] = json.loads(genre.replace("'", '"').replace("None", "null"))
    return figures


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--cmd", default="sitroom extract --format jsonl")
    a = ap.parse_args()
    shared = Path(a.shared)
    scorer = shared / "eval" / "sitroom_eval.py"
    if not scorer.exists():
        raise SystemExit(f"{scorer}: scorer not found (pass --shared)")
    sets: dict[str, dict] = {}
    dev = sorted(glob.glob(str(shared / "data" / "realworld_dev" / "*.json")))
    if dev:
        sets["dev (88 real texts)"] = score(dev, a.cmd, scorer)
    if OWN_HELDOUT.exists():
        sets["own held-out"] = score([str(OWN_HELDOUT)], a.cmd, scorer)
    second = sorted(glob.glob(str(OWN_HELDOUT2 / "*.json")))
    if second:
        sets["own held-out 2 (separate hand)"] = score(second, a.cmd, scorer)
    third = sorted(glob.glob(str(OWN_HELDOUT3 / "*.json")))
    if third:
        sets["own held-out 3 (another hand)"] = score(third, a.cmd, scorer)
    fourth = sorted(glob.glob(str(OWN_HELDOUT4 / "*.json")))
    if fourth:
        sets["own held-out 4 (fresh hand)"] = score(fourth, a.cmd, scorer)
    if not sets:
        raise SystemExit("no gold set found: neither ../shared/data/realworld_dev nor bench/data/own_heldout_docs.json")
    names = list(sets)
    print(f"| figure | target | {' | '.join(names)} |")
    print("|---|---|" + "---|" * len(names))
    for key, label, target, higher in ROWS:
        goal = "" if target is None else (f">= {target}" if higher else f"<= {target}")
        print(f"| {label} (`{key}`) | {goal} | " + " | ".join(str(sets[n].get(key)) for n in names) + " |")
    for g in GENRES:
        print(f"| recall on {g} | >= 0.75 | "
              + " | ".join(str((sets[n].get("recall_by_genre") or {}).get(g)) for n in names) + " |")
    print("| documents / must events / records | | "
          + " | ".join(f"{sets[n].get('docs')} / {sets[n].get('must')} / {sets[n].get('predicted')}" for n in names)
          + " |")


if __name__ == "__main__":
    main()
