"""Batch throughput: documents per second with 1 and 2 Dask workers, scaling, machines for 1M docs/day.

    .venv/bin/python bench/bench_batch.py                 # 20,000-document corpus, 8,000 measured per run (about 5 minutes here)
    .venv/bin/python bench/bench_batch.py --measure 20000 # the whole corpus (about 15 minutes here)

The corpus is made by bench/make_corpus.py (project templates) when missing. Each run is the
real `sitroom batch` path (streaming JSONL.gz reader, partitions, the extraction pipeline on
Dask worker processes with one thread each, Parquet written per partition). A cluster is
started and its workers load the models (timed as start-up) before the clock starts, so the rate is
the steady state a long archive run sees; the start-up is printed separately.

This machine is shared with other work, so wall-clock rates move with its load (printed: the
1-minute load average before and after each run; 2.0 means both cores were already busy). The
worker CPU seconds per document do not depend on that load; the projection is given both ways.
"""
from __future__ import annotations

import argparse
import math
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_corpus import generate  # noqa: E402

from sitroom.batch.engines import DaskEngine  # noqa: E402
from sitroom.batch.runner import run_batch  # noqa: E402
from sitroom.batch.work import DEFAULT_EXTRACTOR  # noqa: E402

DOCS_PER_DAY = 1_000_000
SECONDS_PER_DAY = 86_400


def measure(corpus: Path, workers: int, n_docs: int, partition_size: int):
    """(start-up seconds, steady docs/s, documents, events, CPU s/doc, load before, load after)."""
    t0 = time.perf_counter()
    engine = DaskEngine(DEFAULT_EXTRACTOR, workers=workers)
    startup = time.perf_counter() - t0
    out = Path(tempfile.mkdtemp(prefix=f"sitroom-bench-{workers}w-"))
    load_before = os.getloadavg()[0]
    try:
        summary = run_batch([str(corpus)], engine=engine, out=out, partition_size=partition_size,
                            progress=False, limit=n_docs)
    finally:
        engine.close()
        shutil.rmtree(out, ignore_errors=True)
    if summary.failed:
        print(f"  note: {summary.failed} document(s) failed", file=sys.stderr)
    return (startup, summary.documents / summary.seconds, summary.documents, summary.events,
            summary.cpu_seconds / max(summary.documents, 1), load_before, os.getloadavg()[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path(__file__).parent / "out" / "corpus.jsonl.gz")
    parser.add_argument("--corpus-docs", type=int, default=20_000, help="size of the corpus to generate")
    parser.add_argument("--measure", type=int, default=8_000, help="documents processed in each run")
    parser.add_argument("--partition-size", type=int, default=250)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()

    if not args.corpus.exists():
        generate(args.corpus_docs, args.corpus)
        print(f"generated {args.corpus_docs:,} documents into {args.corpus}")
    print(f"corpus {args.corpus} ({args.corpus.stat().st_size / 1e6:.1f} MB gz); "
          f"{args.measure:,} documents per run, partitions of {args.partition_size}; "
          f"{os.cpu_count()} CPU cores")
    rates: dict[int, float] = {}
    cpu_per_doc: list[float] = []
    for workers in args.workers:
        startup, rate, docs, events, cpu, before, after = measure(args.corpus, workers, args.measure,
                                                                 args.partition_size)
        rates[workers] = rate
        cpu_per_doc.append(cpu)
        print(f"{workers} worker(s): {rate:7.1f} docs/s  ({docs:,} docs -> {events:,} events; "
              f"worker CPU {cpu * 1000:.1f} ms/doc; cluster start + model load {startup:.1f}s; "
              f"load average {before:.1f} -> {after:.1f})")
    base = min(rates)
    best = max(rates)
    if len(rates) > 1:
        ratio = rates[best] / rates[base]
        print(f"scaling {base} -> {best} workers: x{ratio:.2f} ({ratio / (best / base):.0%} of linear)")
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
