"""Where partitions are extracted: in this process (local) or on a Dask cluster (dask).

Both run `work.process_partition` and hand results back unordered as they finish; at most a few
partitions per worker are in flight, so a million-document corpus is never all in memory.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import Any

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


class DaskEngine:
    """A distributed LocalCluster (N processes, one thread each) or an existing scheduler."""

    name = "dask"

    def __init__(self, spec: str | Extractor, workers: int = 2, scheduler: str | None = None,
                 in_flight_per_worker: int = 2) -> None:
        from distributed import Client, LocalCluster

        from .plugin import WarmExtractor

        self.spec = spec
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

        parts_iter = iter(parts)
        pending = {}
        queue = as_completed()

        def submit_next() -> bool:
            part = next(parts_iter, None)
            if part is None:
                return False
            fut = self.client.submit(process_partition, part.index, part.docs, self.spec, pure=False,
                                     key=f"sitroom-partition-{part.index}-{id(part)}", **kwargs)
            pending[fut.key] = part
            queue.add(fut)
            return True

        for _ in range(self.in_flight):
            if not submit_next():
                break
        for fut in queue:
            part = pending.pop(fut.key)
            try:
                result = fut.result()
            except Exception as exc:  # noqa: BLE001 - reported per partition by the runner
                yield part, PartitionFailed(part, f"{type(exc).__name__}: {exc}")  # type: ignore[misc]
            else:
                yield part, result
            fut.release()
            submit_next()

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
