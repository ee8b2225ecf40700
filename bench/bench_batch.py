"""Batch throughput on long, real-shaped documents: 1 and 2 Dask workers, scaling, memory per worker.

    python bench/bench_batch.py                        # 48 realistic documents (bench/realistic_corpus.py)
    python bench/bench_batch.py --docs 96 --workers 1 2
    python bench/bench_batch.py --corpus short --measure 8000   # the old short generated reports

Each run is the real `sitroom batch` path (JSONL reader, partitions cut into Dask tasks, the
extraction pipeline on Dask worker processes with one thread each, Parquet written per partition).
A cluster is started and its workers load the models (timed as start-up) before the clock starts,
so the rate is the steady state a long archive run sees. After each run every worker reports its
peak RSS (the model, gazetteer and typing model are loaded once per worker).

This machine may be shared with other work, so wall-clock rates move with its load (printed: the
1-minute load average before and after each run; 2.0 means both cores were already busy). The
worker CPU seconds per document do not depend on that load; the projection is given both ways.
"""
from __future__ import annotations

import argparse
import gzip
import json
import math
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_corpus import generate  # noqa: E402
from realistic_corpus import generate as generate_realistic  # noqa: E402
from realistic_corpus import write_jsonl  # noqa: E402

from sitroom.batch.engines import DEFAULT_TASK_SIZE, DaskEngine  # noqa: E402
from sitroom.batch.runner import run_batch  # noqa: E402
from sitroom.batch.work import DEFAULT_EXTRACTOR, DEFAULT_PARTITION_SIZE  # noqa: E402

DOCS_PER_DAY = 1_000_000
SECONDS_PER_DAY = 86_400


def peak_rss_mb() -> float:
    """This process's peak resident memory (run on each worker)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(corpus: Path, workers: int, n_docs: int, partition_size: int, task_size: int):
    """(start-up s, steady docs/s, documents, events, CPU s/doc, load before, load after, worker RSS MB,
    share of the run the workers were in a task, share they were computing)."""
    t0 = time.perf_counter()
    engine = DaskEngine(DEFAULT_EXTRACTOR, workers=workers, task_size=task_size)
    startup = time.perf_counter() - t0
    out = Path(tempfile.mkdtemp(prefix=f"sitroom-bench-{workers}w-"))
    load_before = os.getloadavg()[0]
    try:
        summary = run_batch([str(corpus)], engine=engine, out=out, partition_size=partition_size,
                            progress=False, limit=n_docs)
        rss = sorted(engine.client.run(peak_rss_mb).values())
    finally:
        engine.close()
        shutil.rmtree(out, ignore_errors=True)
    if summary.failed:
        print(f"  note: {summary.failed} document(s) failed", file=sys.stderr)
    # occupied: share of the run each worker spent inside a task (below 100%: it waited for work);
    # computing: share it spent on a CPU (below occupied: it waited for a core other processes held)
    occupied = summary.task_seconds / (summary.seconds * workers)
    computing = summary.cpu_seconds / (summary.seconds * workers)
    return (startup, summary.documents / summary.seconds, summary.documents, summary.events,
            summary.cpu_seconds / max(summary.documents, 1), load_before, os.getloadavg()[0], rss,
            occupied, computing)


def _first_lines(corpus: Path, n: int) -> list[str]:
    opener = gzip.open if corpus.suffix == ".gz" else open
    with opener(corpus, "rt", encoding="utf-8") as fh:
        return [line for _, line in zip(range(n), fh)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=["realistic", "short"], default="realistic",
                        help="realistic: bench/realistic_corpus.py (300-2,000 words); short: bench/make_corpus.py")
    parser.add_argument("--docs", type=int, default=48, help="size of the corpus to generate")
    parser.add_argument("--seed", type=int, default=16, help="seed of the realistic corpus")
    parser.add_argument("--measure", type=int, default=None, help="documents processed in each run (default all)")
    parser.add_argument("--partition-size", type=int, default=DEFAULT_PARTITION_SIZE)
    parser.add_argument("--task-size", type=int, default=DEFAULT_TASK_SIZE,
                        help="most documents per Dask task (a small partition is cut finer)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()

    out_dir = Path(__file__).parent / "out"
    if args.corpus == "realistic":
        corpus = write_jsonl(generate_realistic(args.docs, args.seed), out_dir / f"realistic-{args.docs}-{args.seed}.jsonl")
    else:
        corpus = out_dir / f"corpus-{args.docs}.jsonl.gz"
        if not corpus.exists():
            generate(args.docs, corpus)
    n_docs = args.measure or args.docs
    words = sum(len(json.loads(line)["text"].split()) for line in _first_lines(corpus, n_docs))
    print(f"corpus {corpus} ({args.corpus}, {n_docs:,} documents, {words / n_docs:.0f} words each on average); "
          f"partitions of {args.partition_size}, Dask tasks of at most {args.task_size} documents; "
          f"{os.cpu_count()} CPU cores")
    rates: dict[int, float] = {}
    cpu_per_doc: list[float] = []
    own_core: dict[int, float] = {}
    for workers in args.workers:
        startup, rate, docs, events, cpu, before, after, rss, occupied, computing = measure(
            corpus, workers, n_docs, args.partition_size, args.task_size)
        rates[workers] = rate
        # the rate if each worker had a core to itself: what the scheduling alone allows
        own_core[workers] = workers * occupied / cpu
        cpu_per_doc.append(cpu)
        print(f"{workers} worker(s): {rate:7.2f} docs/s, {rate * words / n_docs:6.0f} words/s  "
              f"({docs:,} docs -> {events:,} events; worker CPU {cpu * 1000:.0f} ms/doc; "
              f"cluster start + model load {startup:.1f}s; peak RSS per worker "
              f"{', '.join(f'{m:.0f}' for m in rss)} MB; workers in a task {occupied:.0%} and on a CPU "
              f"{computing:.0%} of the time; "
              f"load average {before:.1f} -> {after:.1f})")
    base = min(rates)
    best = max(rates)
    if len(rates) > 1:
        ratio = rates[best] / rates[base]
        print(f"scaling {base} -> {best} workers: x{ratio:.2f} ({ratio / (best / base):.0%} of linear; "
              f"target x1.8 for 1 -> 2: {'met' if ratio >= 1.8 * (best / base) / 2 else 'NOT met'})")
        in_tasks = {w: own_core[w] * cpu for w, cpu in zip(args.workers, cpu_per_doc)}  # workers x occupied
        print(f"scaling if each worker had a core of its own (independent of other load): "
              f"x{in_tasks[best] / in_tasks[base]:.2f} from the time workers spent in tasks (the scheduling "
              f"bound), x{own_core[best] / own_core[base]:.2f} with the CPU per document each run measured")
    per_machine = rates[best]
    per_day = per_machine * SECONDS_PER_DAY
    print(f"one machine like this ({best} workers): {per_day:,.0f} docs/day")
    machines = DOCS_PER_DAY / per_day
    print(f"1,000,000 docs/day needs {machines:.2f} such machine(s) at 100% utilisation -> "
          f"{math.ceil(machines)}; at 70% utilisation {math.ceil(machines / 0.7)}")
    per_worker = rates[best] / best
    cores = DOCS_PER_DAY / (per_worker * SECONDS_PER_DAY)
    print(f"per worker process (one core), wall clock: {per_worker:.1f} docs/s -> {cores:.2f} cores "
          f"for 1M docs/day")
    cpu = min(cpu_per_doc)
    cpu_cores = DOCS_PER_DAY * cpu / SECONDS_PER_DAY
    print(f"from CPU cost ({cpu * 1000:.1f} ms/doc, independent of other load): {1 / cpu:.1f} docs/s per core; "
          f"1M docs/day = {cpu_cores:.2f} busy cores -> {math.ceil(cpu_cores / 0.7 / 2)} machine(s) of 2 cores "
          f"at 70% utilisation")


if __name__ == "__main__":
    main()
