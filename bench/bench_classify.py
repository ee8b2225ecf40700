"""Benchmark event typing: the CASE 2021 dev scorer plus single-core throughput.

Run from the project root:
    .venv/bin/python bench/bench_classify.py            # scorer + throughput
    .venv/bin/python bench/bench_classify.py --errors 30
    .venv/bin/python bench/bench_classify.py --halves    # also score the two hash halves A/B

It calls the official scorer (../shared/eval/sitroom_eval.py) with the typing CLI entry
(`python -m sitroom.extract.typing.cli_main`), then times classify_many in-process on
the same snippets with one thread, after the model is loaded.
"""
from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "data" / "case2021_task2_dev.tsv"
SCORER = SHARED / "eval" / "sitroom_eval.py"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=str(GOLD))
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--halves", action="store_true",
                    help="also score halves A/B of the gold file (md5 of the id, even = A): tune on A, confirm on B")
    a = ap.parse_args()
    if not Path(a.gold).exists():
        print(f"no gold file at {a.gold}; nothing to score")
        return 0
    cmd = f"{sys.executable} -m sitroom.extract.typing.cli_main"
    t0 = time.perf_counter()
    subprocess.run([sys.executable, str(SCORER), "case", "--gold", a.gold, "--cmd", cmd,
                    "--errors", str(a.errors)], cwd=ROOT, check=True)
    print(f"scorer wall time (process start + model load + classify): {time.perf_counter() - t0:.2f}s")
    if a.halves:
        score_halves(a.gold, cmd)

    t0 = time.perf_counter()
    from sitroom.extract.typing import classify_many
    from sitroom.extract.typing.model import get_model
    get_model()
    print(f"import + model load: {time.perf_counter() - t0:.2f}s")
    rows = list(csv.DictReader(open(a.gold, encoding="utf-8"), delimiter="\t"))
    texts = [r["EventSnippet"] for r in rows]
    for batch in (len(texts), 1):
        t0 = time.perf_counter()
        if batch == 1:
            for t in texts:
                classify_many([t])
        else:
            classify_many(texts)
        secs = time.perf_counter() - t0
        print(f"classify_many batch={batch}: {len(texts) / secs:.0f} snippets/s on one thread")
    heldout_accuracy()
    return 0


def score_halves(gold: str, cmd: str) -> None:
    """Score each half of the gold file separately: a change that helps only one half overfits."""
    import hashlib
    import tempfile
    with open(gold, encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    with tempfile.TemporaryDirectory() as tmp:
        for half in ("A", "B"):
            path = Path(tmp) / f"half_{half}.tsv"
            with path.open("w", encoding="utf-8", newline="") as f:
                w = csv.DictWriter(f, fieldnames=list(rows[0]), delimiter="\t")
                w.writeheader()
                for r in rows:
                    if (int(hashlib.md5(r["id"].encode()).hexdigest(), 16) % 2 == 0) == (half == "A"):
                        w.writerow(r)
            print(f"half {half}: ", end="", flush=True)
            subprocess.run([sys.executable, str(SCORER), "case", "--gold", str(path), "--cmd", cmd],
                           cwd=ROOT, check=True)


def heldout_accuracy() -> None:
    """Accuracy on the project's own held-out snippets (never trained on)."""
    from sitroom.extract.typing import classify_many
    from sitroom.extract.typing.model import DATA_DIR, parse_snippets
    rows = [r for p in sorted((DATA_DIR / "heldout").glob("*.txt")) for r in parse_snippets(p)]
    if rows:
        pred = classify_many([t for t, _ in rows])
        ok = sum(p.sub_event_type == label for p, (_, label) in zip(pred, rows))
        print(f"held-out project snippets: {ok}/{len(rows)} = {ok / len(rows):.3f}")


if __name__ == "__main__":
    raise SystemExit(main())
