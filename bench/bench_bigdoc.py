"""Cost of one large document: does time grow linearly with its length, and is memory bounded?

Each size runs in a fresh process (so peak RSS is that size's alone) on a synthetic report made by
repeating a few sentences of our own. Two stages are timed:

* `dates`: `dates.find_dates` over every sentence of the parsed text, without a document date
  (the case that used to rescan the whole text for a year at every date expression);
* `extract`: the whole `extract_document` of one document of that size.

Run: python bench/bench_bigdoc.py [--stage dates|extract|both] [--sizes 100000,200000,...] [--source FILE]
Prints one line per size: characters, wall and CPU seconds (CPU time is the steadier figure on a
shared machine), seconds per MB and peak RSS in MB. No assertions: a quadratic stage shows as
seconds per MB that grow with the size.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time

SENTENCES = [
    "Artillery fire hit the grain store in Idlib on 3 May 2015, killing four farmers.",
    "A local council said two schools were closed after the shelling on Tuesday.",
    "Government aircraft struck a bakery in Douma in early June 2015, witnesses said.",
    "Protesters gathered outside the town hall in Hama to demand the release of detainees.",
    "Rebels said they had repelled an advance near the bridge, with no casualties reported.",
]


def make_text(n_chars: int, paragraph_every: int = 6, source: str | None = None) -> str:
    """About n_chars of report prose: sentences in paragraphs, no live-blog markers; or the text
    of `source` repeated (a real live blog repeated is a long live blog)."""
    if source:
        with open(source, encoding="utf-8") as fh:
            unit = fh.read().rstrip("\n") + "\n\n"
        return (unit * (n_chars // len(unit) + 1))[:n_chars]
    parts: list[str] = []
    total = 0
    i = 0
    while total < n_chars:
        sentence = SENTENCES[i % len(SENTENCES)]
        sep = "\n\n" if (i + 1) % paragraph_every == 0 else " "
        parts.append(sentence + sep)
        total += len(sentence) + len(sep)
        i += 1
    return "".join(parts)[:n_chars]


def by_module(prof) -> dict[str, float]:
    """Own (not cumulative) seconds per sitroom module or per third-party package, largest
    first: which stage a big document's time goes to, with spaCy's parse apart."""
    import pstats

    out: dict[str, float] = {}
    for (path, _line, _name), (_cc, _nc, tottime, _ct, _callers) in pstats.Stats(prof).stats.items():
        if "/sitroom/" in path:
            key = "sitroom/" + path.split("/sitroom/", 1)[1]
        elif "site-packages/" in path:
            key = path.split("site-packages/", 1)[1].split("/", 1)[0]
        else:
            key = "python:" + path.rsplit("/", 1)[-1] if path != "~" else "builtins (C)"
        out[key] = out.get(key, 0.0) + tottime
    return {k: round(v, 2) for k, v in sorted(out.items(), key=lambda kv: -kv[1])[:15]}


def run_one(stage: str, n_chars: int, source: str | None = None, profile: bool = False) -> dict:
    """Time one stage on one document in this process; returns seconds and peak RSS (and, with
    profile, seconds per module under cProfile, whose overhead inflates Python-heavy code)."""
    from sitroom.extract.dates import find_dates
    from sitroom.extract.nlp import get_nlp
    from sitroom.extract.pipeline import extract_document
    from sitroom.model import Document

    text = make_text(n_chars, source=source)
    nlp = get_nlp()
    nlp("warm up the model.")
    if stage == "dates":
        parsed = nlp(text)
        t0, c0 = time.perf_counter(), time.process_time()
        found = sum(len(find_dates(sent, 0, None)) for sent in parsed.sents)
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
        detail = {"dates_found": found}
    else:
        extract_document(Document(doc_id="warm", text=SENTENCES[0]))
        prof = None
        if profile:
            import cProfile

            prof = cProfile.Profile(time.process_time)  # CPU, not wall: the machine is shared
            prof.enable()
        t0, c0 = time.perf_counter(), time.process_time()
        _, records = extract_document(Document(doc_id="big", text=text))
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
        detail = {"records": len(records)}
        if prof is not None:
            prof.disable()
            detail["profiled"] = True
            detail["own_seconds_by_module"] = by_module(prof)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"stage": stage, "chars": n_chars, "seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2),
            "s_per_mb": round(seconds / (n_chars / 1_000_000), 1), "peak_rss_mb": round(rss_mb), **detail}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stage", choices=["dates", "extract", "both"], default="both")
    ap.add_argument("--sizes", default="50000,100000,200000,400000", help="comma-separated character counts")
    ap.add_argument("--source", help="repeat this UTF-8 text file instead of the built-in sentences")
    ap.add_argument("--profile", action="store_true",
                    help="extract stage under cProfile: own seconds per module (slower; for where, not how long)")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    stages = ["dates", "extract"] if args.stage == "both" else [args.stage]
    if args.child:
        print(json.dumps(run_one(stages[0], sizes[0], args.source, args.profile)))
        return
    for stage in stages:
        for size in sizes:
            cmd = [sys.executable, __file__, "--child", "--stage", stage, "--sizes", str(size)]
            if args.source:
                cmd += ["--source", args.source]
            if args.profile:
                cmd.append("--profile")
            out = subprocess.run(cmd, capture_output=True, text=True, check=False)
            if out.returncode != 0:
                print(json.dumps({"stage": stage, "chars": size, "error": out.stderr.strip().splitlines()[-1:]}))
                continue
            print(out.stdout.strip().splitlines()[-1], flush=True)


if __name__ == "__main__":
    main()
