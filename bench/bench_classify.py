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


def f1_scores(gold: list[str], pred: list[str]) -> tuple[float, float, dict[str, float]]:
    """(macro F1, support-weighted F1, per-label F1) over the gold labels."""
    per: dict[str, float] = {}
    for lab in sorted(set(gold)):
        tp = sum(g == lab and p == lab for g, p in zip(gold, pred))
        fp = sum(g != lab and p == lab for g, p in zip(gold, pred))
        fn = sum(g == lab and p != lab for g, p in zip(gold, pred))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        per[lab] = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    macro = sum(per.values()) / len(per)
    weighted = sum(per[lab] * gold.count(lab) for lab in per) / len(gold)
    return macro, weighted, per


def heldout_accuracy() -> None:
    """Accuracy and F1 on the project's own held-out snippets (never trained on), all files and
    each file alone: the proxy for the unseen half of the gold set (the newest batch, written
    before the changes it judges, is the honest one)."""
    from sitroom.extract.typing import classify_many
    from sitroom.extract.typing.model import DATA_DIR, parse_snippets
    files = sorted((DATA_DIR / "heldout").glob("*.txt"))
    groups = [("all", [r for p in files for r in parse_snippets(p)])]
    groups += [(p.stem, parse_snippets(p)) for p in files if len(files) > 1]
    for name, rows in groups:
        if not rows:
            continue
        pred = [p.sub_event_type for p in classify_many([t for t, _ in rows])]
        gold = [label for _, label in rows]
        ok = sum(p == g for p, g in zip(pred, gold))
        macro, weighted, per = f1_scores(gold, pred)
        print(f"held-out {name}: n={len(rows)} accuracy={ok / len(rows):.3f} "
              f"macro_f1={macro:.3f} weighted_f1={weighted:.3f}")
        worst = sorted(per.items(), key=lambda kv: kv[1])[:6]
        print(f"  weakest ({name}):", ", ".join(f"{k} {v:.2f}" for k, v in worst))


if __name__ == "__main__":
    raise SystemExit(main())
