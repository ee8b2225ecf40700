"""Speed on long, real-shaped text: sitroom extract against spaCy en_core_web_sm alone, same texts, one run.

    python bench/bench_speed.py                      # realistic corpus (generated) + ../shared realworld_dev
    python bench/bench_speed.py --corpus realistic --docs 24

For each corpus two fresh processes run one after the other on the same texts:
- spaCy alone: load en_core_web_sm, then `nlp.pipe` over the document texts (spaCy's fastest path);
- sitroom: the real `sitroom extract --format jsonl FILE` command, run in-process by this script
  (output discarded) with a timer around each stage function, so the stage shares add up to the
  work time. The timers are installed from here; no pipeline code is changed.
Each prints documents/s and words/s, with the model load counted in (whole process, as a user
runs it) and without it (steady work), the sitroom/spaCy ratio of both, and the peak RSS of each
process (from the kernel's accounting of the child). Stage times are exclusive: a stage called
inside another is subtracted from the outer one; "pipeline glue" is what no timed stage covers.

The realistic corpus comes from bench/realistic_corpus.py (deterministic: live blogs with timestamped
updates, wire stories with datelines, NGO statements; 300-2,000 words). The real texts of
../shared/data/realworld_dev/*.json (key "docs", field "text") are used only when present; they are
measured, never copied. The machine may be shared: the 1-minute load average is printed.
"""
from __future__ import annotations

import argparse
import contextlib
import functools
import glob
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
REALWORLD = ROOT.parent / "shared" / "data" / "realworld_dev"
TARGET_RATIO = 0.5
TARGET_RSS_MB = 1500

# stage -> (module, names): every function object found there is timed wherever it was imported
STAGES = {
    "typing": ("sitroom.extract.typing", ["classify_sentence", "classify_sentences", "classify_text", "classify_many"]),
    "counts": ("sitroom.extract.counts", ["extract_counts"]),
    "tally": ("sitroom.extract.tally", ["is_aggregate"]),
    "dates": ("sitroom.extract.dates", ["resolve_event_date"]),
    "actors": ("sitroom.extract.actors", ["extract_actors"]),
    "sources": ("sitroom.extract.sources", ["find_attribution"]),
    "founding": ("sitroom.extract.founding", ["founds_record"]),
    "records": ("sitroom.extract.records", ["build_record", "merge_mention_into", "apply_place"]),
    "notes": ("sitroom.extract.notes", ["generate_notes"]),
    "merge": ("sitroom.resolve.merge", ["merge_records"]),
    "entries": ("sitroom.ingest.entries", ["split_entries", "caption_spans"]),
    "write output": ("sitroom.cli", ["_write_records"]),
}
GEOCODER_METHODS = ["locate", "context_for"]  # geocode stage: methods of resolve.geocode.Geocoder
STAGE_ORDER = ["spaCy parse", "typing", "counts", "tally", "dates", "actors", "sources", "founding", "geocode",
               "records", "notes", "merge", "entries", "write output", "pipeline glue"]


# ---------------------------------------------------------------- child processes

class StageClock:
    """Exclusive wall time per stage: time in a nested timed call is charged to the inner stage."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self._inner: list[float] = []

    def _enter(self) -> float:
        self._inner.append(0.0)
        return time.perf_counter()

    def _leave(self, stage: str, started: float) -> None:
        elapsed = time.perf_counter() - started
        inner = self._inner.pop()
        self.seconds[stage] += elapsed - inner
        self.calls[stage] += 1
        if self._inner:
            self._inner[-1] += elapsed

    def wrap(self, stage: str, fn):
        @functools.wraps(fn)
        def timed(*args, **kwargs):
            started = self._enter()
            try:
                return fn(*args, **kwargs)
            finally:
                self._leave(stage, started)
        return timed

    def wrap_iter(self, stage: str, iterator):
        """Each step of a lazy iterator (nlp.pipe) is a timed call."""
        iterator = iter(iterator)
        while True:
            started = self._enter()
            try:
                item = next(iterator)
            except StopIteration:
                self._leave(stage, started)
                return
            self._leave(stage, started)
            yield item


class TimedNLP:
    """The shared spaCy pipeline with its calls (and pipe batches) timed as "spaCy parse"."""

    def __init__(self, nlp, clock: StageClock) -> None:
        self._nlp = nlp
        self._clock = clock
        self._call = clock.wrap("spaCy parse", nlp.__call__)

    def __call__(self, *args, **kwargs):
        return self._call(*args, **kwargs)

    def pipe(self, *args, **kwargs):
        return self._clock.wrap_iter("spaCy parse", self._nlp.pipe(*args, **kwargs))

    def __getattr__(self, name):
        return getattr(self._nlp, name)


def _replace_everywhere(original, replacement) -> int:
    """Point every loaded sitroom module's reference to `original` at `replacement`."""
    n = 0
    for name, module in list(sys.modules.items()):
        if not name.startswith("sitroom") or module is None:
            continue
        for attr, value in list(vars(module).items()):
            if value is original:
                setattr(module, attr, replacement)
                n += 1
    return n


def install_timers(clock: StageClock) -> list[str]:
    """Time the stage functions; returns the names that were found (the pipeline may change)."""
    import importlib

    import sitroom.cli  # noqa: F401  (loads the modules whose references are replaced)
    import sitroom.extract.pipeline  # noqa: F401
    from sitroom.extract import nlp as nlp_module
    from sitroom.resolve.geocode import Geocoder

    found = []
    for stage, (module_name, names) in STAGES.items():
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        for name in names:
            fn = getattr(module, name, None)
            if callable(fn):
                _replace_everywhere(fn, clock.wrap(stage, fn))
                found.append(f"{module_name}.{name}")
    for name in GEOCODER_METHODS:
        if hasattr(Geocoder, name):
            setattr(Geocoder, name, clock.wrap("geocode", getattr(Geocoder, name)))
            found.append(f"Geocoder.{name}")
    timed_nlp = TimedNLP(nlp_module.get_nlp(), clock)
    original_get_nlp = nlp_module.get_nlp

    def get_timed_nlp():
        return timed_nlp

    _replace_everywhere(original_get_nlp, get_timed_nlp)
    found.append("get_nlp() -> timed spaCy")
    return found


class _LineCounter:
    """Stands in for stdout: counts the JSON Lines records written."""

    def __init__(self) -> None:
        self.lines = 0

    def write(self, text: str) -> int:
        self.lines += text.count("\n")
        return len(text)

    def flush(self) -> None:
        pass


def child_sitroom(path: str, result: str) -> None:
    t0 = time.perf_counter()
    from sitroom.cli import main
    from sitroom.extract.nlp import get_nlp
    from sitroom.extract.typing import classify_text
    from sitroom.resolve.geocode import Geocoder

    get_nlp()("Troops shelled the town.")  # the first parse pays a one-off cost: part of loading
    Geocoder.default()
    classify_text("Troops shelled the town.")  # the typing model loads (or trains) on first use
    clock = StageClock()
    timed = install_timers(clock)
    t1 = time.perf_counter()
    out = _LineCounter()
    code = 0
    with contextlib.redirect_stdout(out):
        try:
            main(["extract", "--format", "jsonl", path], prog_name="sitroom", standalone_mode=False)
        except SystemExit as exc:
            code = exc.code or 0
    t2 = time.perf_counter()
    Path(result).write_text(json.dumps({"load_s": t1 - t0, "work_s": t2 - t1, "records": out.lines, "exit": code,
                                        "stages": dict(clock.seconds), "calls": dict(clock.calls),
                                        "timed": timed}))


def child_spacy(path: str, result: str) -> None:
    t0 = time.perf_counter()
    import spacy

    from sitroom.extract.nlp import MODEL_PACKAGE

    nlp = spacy.load(MODEL_PACKAGE)
    nlp.max_length = 2_000_000
    nlp("Troops shelled the town.")  # the first parse pays a one-off cost: part of loading
    t1 = time.perf_counter()
    texts = [json.loads(line)["text"] for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    tokens = sum(len(doc) for doc in nlp.pipe(texts))
    t2 = time.perf_counter()
    for text in texts:  # one call per document, as the pipeline parses today: what batching buys
        nlp(text)
    t3 = time.perf_counter()
    Path(result).write_text(json.dumps({"load_s": t1 - t0, "work_s": t2 - t1, "tokens": tokens,
                                        "one_by_one_s": t3 - t2}))


# ---------------------------------------------------------------- parent

def run_child(kind: str, path: Path) -> dict:
    """One fresh process; wall time from its start to its exit, and its own peak RSS."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as fh:
        result = fh.name
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, __file__, "--child", kind, str(path), result],
                            stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"bench_speed: the {kind} process failed (exit {proc.returncode})")
    data = json.loads(Path(result).read_text())
    os.unlink(result)
    data["wall_s"] = wall
    data["rss_mb"] = usage.ru_maxrss / 1024  # kilobytes on Linux
    return data


def realistic_corpus(n_docs: int, seed: int) -> Path:
    sys.path.insert(0, str(BENCH))
    from realistic_corpus import generate, write_jsonl

    return write_jsonl(generate(n_docs, seed), BENCH / "out" / f"realistic-{n_docs}-{seed}.jsonl")


def realworld_corpus(folder: Path) -> Path | None:
    files = sorted(glob.glob(str(folder / "*.json")))
    if not files:
        return None
    out = BENCH / "out" / "realworld_dev.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for f in files:
            for i, doc in enumerate(json.loads(Path(f).read_text(encoding="utf-8"))["docs"]):
                line = {"id": str(doc.get("id") or f"{Path(f).stem}-{i}"), "text": doc["text"]}
                if doc.get("date"):
                    line["date"] = str(doc["date"])[:10]
                fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    return out


def _texts(path: Path) -> list[str]:
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def measure(name: str, path: Path) -> dict:
    texts = _texts(path)
    docs, words = len(texts), sum(len(t.split()) for t in texts)
    print(f"\n== {name}: {docs} documents, {words:,} words ({words / docs:.0f} per document); "
          f"load average {os.getloadavg()[0]:.1f}")
    spacy_run = run_child("spacy", path)
    spacy_run["wall_s"] -= spacy_run["one_by_one_s"]  # the whole-process figure: start, load and nlp.pipe only
    sitroom_run = run_child("sitroom", path)
    print(f"{'':14}{'docs/s':>9}{'words/s':>10}{'docs/s':>9}{'words/s':>10}{'load s':>8}{'peak RSS':>10}")
    print(f"{'':14}{'(whole process)':>19}{'(work only)':>19}")
    rows = {}
    for label, run in (("spaCy alone", spacy_run), ("sitroom", sitroom_run)):
        whole, work = run["wall_s"], run["work_s"]
        rows[label] = (docs / whole, docs / work)
        print(f"{label:14}{docs / whole:9.2f}{words / whole:10.0f}{docs / work:9.2f}{words / work:10.0f}"
              f"{run['load_s']:8.1f}{run['rss_mb']:8.0f} MB")
    one = spacy_run["one_by_one_s"]
    print(f"(spaCy one nlp(text) call per document, not counted above: {docs / one:.2f} docs/s, "
          f"{words / one:.0f} words/s; nlp.pipe runs at x{one / spacy_run['work_s']:.2f} that speed)")
    ratio_whole = rows["sitroom"][0] / rows["spaCy alone"][0]
    ratio_work = rows["sitroom"][1] / rows["spaCy alone"][1]
    met = "met" if ratio_whole >= TARGET_RATIO else "NOT met"
    print(f"ratio sitroom/spaCy: {ratio_whole:.2f} whole process, {ratio_work:.2f} work only "
          f"(target >= {TARGET_RATIO}: {met}); sitroom RSS {sitroom_run['rss_mb']:.0f} MB "
          f"(target < {TARGET_RSS_MB} MB: {'met' if sitroom_run['rss_mb'] < TARGET_RSS_MB else 'NOT met'}); "
          f"{sitroom_run['records']} records")
    stages = dict(sitroom_run["stages"])
    stages["pipeline glue"] = max(sitroom_run["work_s"] - sum(stages.values()), 0.0)
    total = sitroom_run["work_s"]
    print(f"sitroom stages (share of the {total:.1f} s of work):")
    for stage in STAGE_ORDER + sorted(set(stages) - set(STAGE_ORDER)):
        if stage in stages:
            calls = sitroom_run["calls"].get(stage)
            print(f"  {stage:15}{stages[stage]:8.2f} s {stages[stage] / total:6.1%}"
                  + (f"  ({calls:,} calls)" if calls else ""))
    return {"corpus": name, "docs": docs, "words": words, "ratio_whole": round(ratio_whole, 3),
            "ratio_work": round(ratio_work, 3), "spacy": spacy_run, "sitroom": sitroom_run}


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        kind, path, result = sys.argv[2:5]
        (child_sitroom if kind == "sitroom" else child_spacy)(path, result)
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=["realistic", "realworld", "both"], default="both")
    parser.add_argument("--docs", type=int, default=48, help="documents of the realistic corpus")
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--realworld", type=Path, default=REALWORLD)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    print(f"bench_speed: {os.cpu_count()} CPU cores; each measurement is a fresh process")
    results = []
    if args.corpus in ("realistic", "both"):
        results.append(measure(f"realistic corpus (bench/realistic_corpus.py, seed {args.seed})",
                               realistic_corpus(args.docs, args.seed)))
    if args.corpus in ("realworld", "both"):
        path = realworld_corpus(args.realworld)
        if path is None:
            print(f"\n(no {args.realworld}/*.json here: real-text run skipped)")
        else:
            results.append(measure(f"real texts ({args.realworld})", path))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
