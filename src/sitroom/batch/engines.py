"""Where partitions are extracted: in this process (local) or on a Dask cluster (dask).

Both run `work.process_partition` and hand results back unordered as they finish. The Dask engine
cuts partitions into small tasks so that N workers share even a one-partition corpus; at most a
few tasks per worker are in flight, so a million-document corpus is never all in memory.
"""
from __future__ import annotations

import logging
import math
from collections.abc import Iterable, Iterator
from typing import Any

from sitroom.model import Document

from .corpus import Partition
from .work import Extractor, PartitionResult, process_partition, warm_up


class PartitionFailed(Exception):
    """A whole partition's task failed (a worker died, the cluster went away)."""

    def __init__(self, partition: Partition, reason: str) -> None:
        super().__init__(reason)
        self.partition = partition
        self.reason = reason


class LocalEngine:
    """Extraction in this process, one partition after another."""

    name = "local"

    def __init__(self, spec: str | Extractor) -> None:
        self.spec = spec
        self.workers = 1

    def run(self, parts: Iterable[Partition], **kwargs: Any) -> Iterator[tuple[Partition, PartitionResult]]:
        warm_up(self.spec)
        for part in parts:
            yield part, process_partition(part.index, part.docs, self.spec, **kwargs)

    def close(self) -> None:
        pass


# most documents per Dask task: a partition (one output file, often hundreds of documents) is cut
# into tasks this small so that every worker has work even when the corpus is one or two
# partitions long, and the last tasks of a run do not leave workers idle for long (a long report
# takes seconds); a small partition is cut finer, into at least TASKS_PER_WORKER tasks per worker
DEFAULT_TASK_SIZE = 8
TASKS_PER_WORKER = 4


def task_size_for(n_docs: int, workers: int, most: int = DEFAULT_TASK_SIZE) -> int:
    """Documents per task for a partition of n_docs: at most `most`, and small enough that each
    worker gets TASKS_PER_WORKER tasks of it."""
    return max(1, min(most, math.ceil(n_docs / (max(workers, 1) * TASKS_PER_WORKER))))


def split_partition(part: Partition, task_size: int) -> list[list[Document]]:
    """The partition's documents in consecutive chunks of at most task_size (one chunk if empty)."""
    docs = part.docs
    return [docs[i : i + task_size] for i in range(0, len(docs), task_size)] or [[]]


def combine_results(index: int, chunks: list[PartitionResult]) -> PartitionResult:
    """One partition's result from its chunks' results, in document order."""
    combined = PartitionResult(index)
    for chunk in chunks:
        combined.documents += chunk.documents
        combined.rows.extend(chunk.rows)
        combined.extracted.extend(chunk.extracted)
        combined.errors.extend(chunk.errors)
        combined.cpu_seconds += chunk.cpu_seconds
        combined.task_seconds += chunk.task_seconds
    return combined


class DaskEngine:
    """A distributed LocalCluster (N processes, one thread each) or an existing scheduler.

    Partitions are cut into tasks of task_size documents, at most in_flight_per_worker tasks per
    worker are submitted at a time, and a partition is handed back once all its tasks are done.
    """

    name = "dask"

    def __init__(self, spec: str | Extractor, workers: int = 2, scheduler: str | None = None,
                 in_flight_per_worker: int = 2, task_size: int = DEFAULT_TASK_SIZE) -> None:
        from distributed import Client, LocalCluster

        from .plugin import WarmExtractor

        self.spec = spec
        self.task_size = max(task_size, 1)
        self.cluster = None
        if scheduler:
            self.client = Client(scheduler)
        else:
            self.cluster = LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True,
                dashboard_address=None, silence_logs=logging.ERROR,
            )
            self.client = Client(self.cluster)
        self.client.register_plugin(WarmExtractor(spec))
        self.workers = max(len(self.client.nthreads()), 1) if scheduler else workers
        self.in_flight = max(self.workers * in_flight_per_worker, 2)

    def run(self, parts: Iterable[Partition], **kwargs: Any) -> Iterator[tuple[Partition, PartitionResult]]:
        from distributed import as_completed

        tasks = ((part, number, len(chunks), chunk) for part in parts
                 for chunks in [split_partition(part, task_size_for(len(part.docs), self.workers, self.task_size))]
                 for number, chunk in enumerate(chunks))
        pending: dict[str, tuple[Partition, int]] = {}
        results: dict[int, list[PartitionResult | None]] = {}  # id(partition) -> its chunks' results
        remaining: dict[int, int] = {}  # id(partition) -> chunks not finished yet
        failed: set[int] = set()
        queue = as_completed()

        def submit_next() -> bool:
            task = next(tasks, None)
            if task is None:
                return False
            part, number, n_chunks, chunk = task
            if id(part) not in results:
                results[id(part)] = [None] * n_chunks
                remaining[id(part)] = n_chunks
            fut = self.client.submit(process_partition, part.index, chunk, self.spec, pure=False,
                                     key=f"sitroom-partition-{part.index}-{number}-{id(part)}", **kwargs)
            pending[fut.key] = (part, number)
            queue.add(fut)
            return True

        for _ in range(self.in_flight):
            if not submit_next():
                break
        for fut in queue:
            part, number = pending.pop(fut.key)
            key = id(part)
            try:
                results[key][number] = fut.result()
            except Exception as exc:  # noqa: BLE001 - reported per partition by the runner
                if key not in failed:
                    failed.add(key)
                    yield part, PartitionFailed(part, f"{type(exc).__name__}: {exc}")  # type: ignore[misc]
            fut.release()
            remaining[key] -= 1
            if remaining[key] == 0:
                chunks = results.pop(key)
                del remaining[key]
                if key in failed:
                    failed.discard(key)
                else:
                    yield part, combine_results(part.index, chunks)  # type: ignore[arg-type]
            submit_next()

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
