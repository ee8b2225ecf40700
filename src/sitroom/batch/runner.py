"""One batch run: stream partitions, skip finished ones, extract on an engine, write and load results.

Resuming: with --out, a partition whose Parquet file exists is skipped without extraction (the
file is renamed into place last, after the partition's documents are in the store when --db is
given too). With --db alone, documents the store already holds with the same text are skipped
before extraction. Either way a rerun after a crash redoes at most the partitions in flight.
"""
from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sitroom.errors import SitroomError
from sitroom.model import Document

from . import output
from .corpus import Partition, iter_documents, partitions
from .engines import DaskEngine, LocalEngine, PartitionFailed
from .work import DEFAULT_EXTRACTOR, DEFAULT_PARTITION_SIZE, DocError, Extractor, PartitionResult


@dataclass
class BatchSummary:
    documents: int = 0          # documents extracted in this run
    events: int = 0             # event records they produced
    failed: int = 0             # documents (or unreadable inputs) reported and skipped
    resumed_documents: int = 0  # documents of partitions finished by an earlier run
    already_stored: int = 0     # documents skipped because the store held them unchanged
    partitions_done: int = 0
    partitions_skipped: int = 0
    partitions_failed: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0    # extraction CPU time summed over workers
    task_seconds: float = 0.0   # wall time of the extraction tasks summed over workers
    errors: list[DocError] = field(default_factory=list)

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds > 0 else 0.0

    def line(self) -> str:
        return (
            f"batch: {self.documents} document(s) processed into {self.events} event(s) in {self.seconds:.1f}s "
            f"({self.docs_per_second:.1f} docs/s); {self.failed} failed; "
            f"{self.partitions_skipped} finished partition(s) ({self.resumed_documents} docs) skipped; "
            f"{self.already_stored} already stored; {self.partitions_failed} partition(s) failed"
        )


def make_engine(engine: str, spec: str | Extractor, workers: int, scheduler: str | None):
    if engine == "local":
        return LocalEngine(spec)
    if engine == "dask":
        return DaskEngine(spec, workers=workers, scheduler=scheduler)
    raise SitroomError(f"--engine: unknown engine {engine!r} (local or dask)")


def run_batch(
    inputs: list[str],
    engine: "str | LocalEngine | DaskEngine" = "local",
    workers: int = 2,
    scheduler: str | None = None,
    out: str | Path | None = None,
    db_url: str | None = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    extractor: str | Extractor = DEFAULT_EXTRACTOR,
    progress: bool = True,
    limit: int | None = None,
) -> BatchSummary:
    """Process every document of inputs; at least one of out and db_url must be given.

    engine is "local", "dask", or an engine already started (kept open, e.g. to reuse a warm
    cluster across runs in the benchmark).
    """
    if out is None and db_url is None:
        raise SitroomError("batch: give --out DIR (Parquet) and/or --db URL (store), or both")
    out_dir = Path(out) if out is not None else None
    if out_dir is not None:
        output.check_manifest(out_dir, inputs, partition_size)
    store = None
    if db_url is not None:
        from sitroom.store import Store

        store = Store.open(db_url)
    summary = BatchSummary()
    bar = _progress_bar(progress)
    started = time.perf_counter()
    runner = None
    try:
        runner = engine if not isinstance(engine, str) else make_engine(engine, extractor, workers, scheduler)
        todo = _pending_partitions(inputs, partition_size, out_dir, store, summary, bar, limit)
        for part, result in runner.run(todo, want_rows=out_dir is not None, want_records=store is not None):
            if isinstance(result, PartitionFailed):
                summary.partitions_failed += 1
                summary.failed += len(part.docs)
                bar.write(f"sitroom: error: partition {part.index} failed ({result.reason}); "
                          "its documents are retried on the next run", file=sys.stderr)
                continue
            _finish(part, result, out_dir, store, summary)
            bar.update(len(part.docs))
    finally:
        summary.seconds = time.perf_counter() - started
        bar.close()
        if runner is not None and isinstance(engine, str):
            runner.close()
        if store is not None:
            store.close()
    if out_dir is not None:
        output.merge_errors(out_dir)
    return summary


def _pending_partitions(inputs, size, out_dir, store, summary, bar, limit) -> Iterator[Partition]:
    items = iter_documents(inputs)
    if limit is not None:
        items = _take_docs(items, limit)
    for part in partitions(items, size):
        if out_dir is not None and output.is_complete(out_dir, part.index):
            docs, _events, _failed = output.completed_counts(out_dir, part.index)
            summary.partitions_skipped += 1
            summary.resumed_documents += docs
            bar.update(len(part.docs))
            continue
        if out_dir is None and store is not None:
            fresh = _not_stored(store, part.docs)
            summary.already_stored += len(part.docs) - len(fresh)
            bar.update(len(part.docs) - len(fresh))
            part.docs = fresh
        yield part


def _take_docs(items, limit: int):
    n = 0
    for item in items:
        if n >= limit:
            return
        if isinstance(item, Document):
            n += 1
        yield item


def _not_stored(store, docs: list[Document]) -> list[Document]:
    """Documents whose id is new, or whose stored text differs (one query per partition)."""
    from sqlalchemy import select

    from sitroom.store.schema import DocumentRow

    if not docs:
        return docs
    with store.engine.connect() as conn:
        stored = dict(conn.execute(
            select(DocumentRow.doc_id, DocumentRow.content_hash)
            .where(DocumentRow.doc_id.in_([d.doc_id for d in docs]))
        ).all())
    return [d for d in docs if stored.get(d.doc_id) != d.content_hash]


def _finish(part: Partition, result: PartitionResult, out_dir, store, summary: BatchSummary) -> None:
    errors = [DocError(e.source, e.reason) for e in part.errors] + list(result.errors)
    if store is not None:
        for doc, entries, records in result.extracted:
            try:
                store.save_document(doc, entries, records)
            except SitroomError as exc:
                errors.append(DocError(doc.doc_id, f"not stored: {exc}"))
    if out_dir is not None:
        output.write_partition(out_dir, part.index, result.rows, errors, len(part.docs))
    summary.partitions_done += 1
    summary.documents += result.documents
    summary.cpu_seconds += result.cpu_seconds
    summary.task_seconds += result.task_seconds
    summary.events += len(result.rows) if out_dir is not None else sum(len(r) for _, _, r in result.extracted)
    summary.failed += len(errors)
    summary.errors.extend(errors)


def _progress_bar(enabled: bool):
    from tqdm import tqdm

    return tqdm(unit="doc", desc="batch", file=sys.stderr, disable=not enabled, smoothing=0.1,
                mininterval=0.5, dynamic_ncols=True)
