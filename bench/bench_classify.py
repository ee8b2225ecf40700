"""Benchmark event typing: CASE 2021 dev, the project's held-out snippets, speed and load time.

Run from the project root:
    .venv/bin/python bench/bench_classify.py              # scores, gaps, speed, load time
    .venv/bin/python bench/bench_classify.py --ablation   # rules off/on, template weights, per-rule gain
    .venv/bin/python bench/bench_classify.py --ablation --encoder   # also refit TF-IDF + MiniLM (slow)
    .venv/bin/python bench/bench_classify.py --scorer     # also run the official scorer on the CLI
    SITROOM_TYPING_ENCODER=0 .venv/bin/python bench/bench_classify.py   # TF-IDF alone (default: cascade)
    SITROOM_TYPING_ENCODER=1 .venv/bin/python bench/bench_classify.py --ablation   # the full encoder model

Scores come from the official scorer's own weighted-F1 function (../shared/eval/sitroom_eval.py),
so the figures match `sitroom_eval.py case`. Held-out files (src/sitroom/data/typing/heldout/) are
never trained on; `independent.txt` there was written by a different hand that never saw the
training data or the dev errors, so dev-minus-independent is the honest generalisation gap.
"""
from __future__ import annotations

import argparse
import csv
import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "data" / "case2021_task2_dev.tsv"
SCORER = SHARED / "eval" / "sitroom_eval.py"
INDEPENDENT = "independent"


def load_scorer():
    """The official scorer module (labels, weighted F1), or None when shared/ is absent."""
    if not SCORER.exists():
        return None
    spec = importlib.util.spec_from_file_location("sitroom_eval", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def weighted_f1(gold: list[str], pred: list[str], labels: list[str] | None = None) -> float:
    """Support-weighted F1 over `labels` (default: every gold or predicted label)."""
    labels = labels or sorted(set(gold) | set(pred))
    total = sum(g in labels for g in gold) or 1
    score = 0.0
    for lab in labels:
        tp = sum(g == lab and p == lab for g, p in zip(gold, pred))
        fp = sum(g != lab and p == lab for g, p in zip(gold, pred))
        sup = sum(g == lab for g in gold)
        if not sup:
            continue
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / sup
        score += (2 * prec * rec / (prec + rec) if prec + rec else 0.0) * sup / total
    return score


def predict(model, texts: list[str], rules: bool = True) -> list[str]:
    from sitroom.extract.typing import _label

    probs = model.predict_proba(texts)
    return [_label(t, p, model.classes, allow_none=False, rules=rules).sub_event_type
            for t, p in zip(texts, probs)]


def dev_scores(sev, gold_path: Path, model, rules: bool = True) -> dict[str, float]:
    rows = list(csv.DictReader(open(gold_path, encoding="utf-8"), delimiter="\t"))
    texts = [r["EventSnippet"] for r in rows]
    gold = [sev.CASE_LABELS[r["SubType"]] for r in rows]
    pred = predict(model, texts, rules)
    acled = [r["SubType"] not in sev.NON_ACLED for r in rows]
    labels30 = list(sev.CASE_LABELS.values())
    labels25 = [sev.CASE_LABELS[k] for k in sev.CASE_LABELS if k not in sev.NON_ACLED]
    f30, _ = sev.weighted_f1(dict(enumerate(gold)), dict(enumerate(pred)), labels30)
    g25 = {i: g for i, (g, a) in enumerate(zip(gold, acled)) if a}
    f25, _ = sev.weighted_f1(g25, dict(enumerate(pred)), labels25)
    return {"dev30": f30, "dev25": f25}


def heldout_scores(model, rules: bool = True) -> dict[str, float]:
    """Weighted F1 per held-out file, 'own' over the project's own batches, 'independent' alone.
    Like CASE, F1 is over event snippets (classify_text always names an event); 'No event' rows
    are scored apart as 'no_event_ok', the share the sentence classifier turns away."""
    from sitroom.extract.typing import _label
    from sitroom.extract.typing.model import DATA_DIR, parse_snippets
    from sitroom.extract.typing.taxonomy import NO_EVENT

    out: dict[str, float] = {}
    own_g: list[str] = []
    own_p: list[str] = []
    quiet: list[str] = []
    for path in sorted((DATA_DIR / "heldout").glob("*.txt")):
        rows = parse_snippets(path)
        quiet += [t for t, lab in rows if lab == NO_EVENT]
        rows = [(t, lab) for t, lab in rows if lab != NO_EVENT]
        if not rows:
            continue
        gold = [lab for _, lab in rows]
        pred = predict(model, [t for t, _ in rows], rules)
        out[path.stem] = weighted_f1(gold, pred)
        if path.stem != INDEPENDENT:
            own_g += gold
            own_p += pred
    if own_g:
        out["own"] = weighted_f1(own_g, own_p)
    if quiet:
        probs = model.predict_proba(quiet)
        out["no_event_ok"] = sum(_label(t, p, model.classes, allow_none=True, rules=rules) is None
                                 for t, p in zip(quiet, probs)) / len(quiet)
    return out


def memoise_embeddings():
    """Remember each text's embedding across every model the bench fits and scores (the encoder
    is frozen, so a text's vector never changes); returns a function that restores the original."""
    from sitroom.extract.typing.encoder import SentenceEncoder

    plain = SentenceEncoder.embed
    memo: dict[str, object] = {}

    def embed(self, texts: list[str]):
        import numpy as np

        missing = [t for t in dict.fromkeys(texts) if t not in memo]
        if missing:
            memo.update(zip(missing, plain(self, missing)))
        return np.stack([memo[t] for t in texts]) if texts else plain(self, texts)

    SentenceEncoder.embed = embed

    def restore() -> None:
        SentenceEncoder.embed = plain

    return restore


def encoder_available() -> bool:
    return all(importlib.util.find_spec(m) is not None for m in ("onnxruntime", "tokenizers"))


def install_size(modules: tuple[str, ...] = ("onnxruntime", "tokenizers")) -> str:
    """Disk size of the encoder's extra packages (with their own dependencies that the default
    install lacks is not counted), as 'name=MB'."""
    out = []
    for name in modules:
        spec = importlib.util.find_spec(name)
        if spec is None or not spec.submodule_search_locations:
            continue
        root = Path(list(spec.submodule_search_locations)[0])
        size = sum(f.stat().st_size for f in root.rglob("*") if f.is_file())
        out.append(f"{name}={size / 1e6:.0f}MB")
    return " ".join(out)


def uses_encoder(model) -> bool:
    return getattr(model, "emb", None) is not None or hasattr(model, "fast")


def describe(model) -> str:
    if hasattr(model, "fast"):
        return f"cascade: TF-IDF, rows below {model.below:g} re-typed by TF-IDF + MiniLM encoder"
    return "TF-IDF + MiniLM encoder" if model.emb is not None else "TF-IDF"


def fmt(scores: dict[str, float]) -> str:
    return " ".join(f"{k}={v:.4f}" for k, v in scores.items())


def report(name: str, dev: dict[str, float], held: dict[str, float]) -> None:
    line = f"{name}: {fmt(dev)} {fmt(held)}"
    if dev and "own" in held:
        line += f" gap_dev30-own={dev['dev30'] - held['own']:+.4f} gap_dev25-own={dev['dev25'] - held['own']:+.4f}"
    if dev and INDEPENDENT in held:
        line += f" gap_dev30-independent={dev['dev30'] - held[INDEPENDENT]:+.4f}"
    print(line, flush=True)


def load_time() -> float:
    """Seconds for a fresh process to import typing, load the cached model and type one snippet."""
    code = ("import time; t=time.perf_counter(); from sitroom.extract.typing import classify_text; "
            "classify_text('Troops shelled the town.'); print(time.perf_counter()-t)")
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True)  # warm the cache
    out = subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True)
    return float(out.stdout.strip().splitlines()[-1])


def speed(texts: list[str]) -> None:
    from sitroom.extract.typing import classify_many

    for batch in (256, 1):
        t0 = time.perf_counter()
        for i in range(0, len(texts), batch):
            classify_many(texts[i : i + batch])
        secs = time.perf_counter() - t0
        print(f"classify_many batch={batch}: {len(texts) / secs:.0f} snippets/s")


def score(sev, gold: Path, has_dev: bool, model, rules: bool = True) -> tuple[dict, dict]:
    return (dev_scores(sev, gold, model, rules) if has_dev else {}), heldout_scores(model, rules)


def ablation(sev, gold: Path, has_dev: bool, shipped, with_encoder: bool = False) -> None:
    """Representation x rules, training-set composition, then each rule's gain (rule on minus off)."""
    from sitroom.extract.typing import rules as rule_mod
    from sitroom.extract.typing.model import TEMPLATE_WEIGHT, fit, load_training, row_weights

    texts, labels, source = load_training(with_source=True)
    weights = row_weights(source)
    # refitting with the encoder embeds every training row (minutes on 2 cores): only on request
    want = with_encoder or shipped.emb is not None
    reps = [("TF-IDF alone", False)] + ([("TF-IDF + MiniLM encoder", True)] if want and encoder_available() else [])
    for name, emb in reps:
        m = shipped if (shipped.emb is not None) == emb else fit(texts, labels, embeddings=emb, sample_weight=weights)
        for rules in (False, True):
            report(f"{name}{' + rules' if rules else ''} (templates x{TEMPLATE_WEIGHT:g})",
                   *score(sev, gold, has_dev, m, rules))
    for tw in (0.0, 0.25, 0.5, 1.0):
        if tw == TEMPLATE_WEIGHT:
            continue
        m = fit(texts, labels, embeddings=shipped.emb is not None, sample_weight=row_weights(source, tw))
        report(f"shipped representation + rules, templates x{tw:g}", *score(sev, gold, has_dev, m))
    base_dev, base_held = score(sev, gold, has_dev, shipped)
    names = ["battle_or_remote"] + [n for n, _ in rule_mod.PRECEDENCE]
    for name in names:
        rule_mod.DISABLED.add(name)
        try:
            dev, held = score(sev, gold, has_dev, shipped)
        finally:
            rule_mod.DISABLED.discard(name)
        gains = {k: base_dev[k] - dev[k] for k in dev}
        gains.update({k: base_held[k] - held[k] for k in ("own", INDEPENDENT, "no_event_ok") if k in held})
        print(f"rule {name} gain (on minus off): {fmt(gains)}", flush=True)


def training_with(extra: list[Path]) -> tuple[list[str], list[str], list[str]]:
    """The shipped training rows plus the snippets of `extra` files (to measure a batch before
    it is moved into snippets/)."""
    from sitroom.extract.typing.model import load_training, parse_snippets

    texts, labels, source = load_training(with_source=True)
    for path in extra:
        for text, label in parse_snippets(path):
            texts.append(text)
            labels.append(label)
            source.append("snippet")
    return texts, labels, source


def grid(sev, gold: Path, has_dev: bool, extra: list[Path]) -> None:
    """Refit TF-IDF variants (word n-grams, C, naive-Bayes share, template weight) and score each."""
    from sitroom.extract.typing.model import fit, row_weights

    texts, labels, source = training_with(extra)
    print(f"training rows: {len(texts)} (+{len(extra)} extra files)", flush=True)
    settings = [dict(word_ngrams=(1, 2), c=20.0, nb_weight=0.25, tw=0.25),
                dict(word_ngrams=(1, 3), c=20.0, nb_weight=0.25, tw=0.25),
                dict(word_ngrams=(1, 3), c=20.0, nb_weight=0.0, tw=0.25),
                dict(word_ngrams=(1, 3), c=10.0, nb_weight=0.25, tw=0.25),
                dict(word_ngrams=(1, 3), c=40.0, nb_weight=0.25, tw=0.25),
                dict(word_ngrams=(1, 3), c=20.0, nb_weight=0.25, tw=0.5)]
    for st in settings:
        t0 = time.perf_counter()
        m = fit(texts, labels, sample_weight=row_weights(source, st["tw"]), word_ngrams=st["word_ngrams"],
                c=st["c"], nb_weight=st["nb_weight"])
        secs = time.perf_counter() - t0
        report(f"grid {st} fit={secs:.0f}s", *score(sev, gold, has_dev, m))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=str(GOLD))
    ap.add_argument("--ablation", action="store_true",
                    help="also score TF-IDF alone / + encoder with rules off and on, template weights, "
                         "and each rule's gain")
    ap.add_argument("--encoder", action="store_true",
                    help="with --ablation, also refit and score the TF-IDF + MiniLM encoder variant (slow)")
    ap.add_argument("--grid", action="store_true", help="refit and score TF-IDF settings, then stop")
    ap.add_argument("--extra", nargs="*", default=[], help="with --grid: snippet files to add to training")
    ap.add_argument("--scorer", action="store_true", help="also run the official scorer on the typing CLI")
    a = ap.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from sitroom.extract.typing.model import get_model

    sev = load_scorer()
    gold = Path(a.gold)
    has_dev = sev is not None and gold.exists()
    if not has_dev:
        print(f"no gold file at {gold} (or no scorer): dev figures skipped")
    if a.grid:
        grid(sev, gold, has_dev, [Path(p) for p in a.extra])
        return 0
    restore = memoise_embeddings() if encoder_available() else None
    t0 = time.perf_counter()
    model = get_model()
    print(f"get_model (trains what the cache lacks): {time.perf_counter() - t0:.1f}s", flush=True)
    report(f"shipped model ({describe(model)} + rules)", *score(sev, gold, has_dev, model))
    if a.ablation:
        ablation(sev, gold, has_dev, getattr(model, "fast", model), a.encoder)
    if a.scorer and has_dev:
        cmd = f"{sys.executable} -m sitroom.extract.typing.cli_main"
        subprocess.run([sys.executable, str(SCORER), "case", "--gold", str(gold), "--cmd", cmd], cwd=ROOT, check=True)
    if restore is not None:
        restore()  # speed is measured without the memo
    print(f"model load (fresh process, cached model, first snippet typed): {load_time():.2f}s")
    if uses_encoder(model):
        print(f"install size of the encoder's packages: {install_size()}")
    from sitroom.extract.typing.model import DATA_DIR, parse_snippets

    texts = [t for p in sorted((DATA_DIR / "heldout").glob("*.txt")) for t, _ in parse_snippets(p)]
    if has_dev:
        texts += [r["EventSnippet"] for r in csv.DictReader(open(gold, encoding="utf-8"), delimiter="\t")]
    speed(texts[:400])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
