"""The Dask worker plugin that loads the extraction models when each worker process starts.

Kept apart from `work` because importing Dask costs about half a second: only the Dask engine
imports this module.
"""
from __future__ import annotations

from distributed.diagnostics.plugin import WorkerPlugin

from .work import Extractor, warm_up


class WarmExtractor(WorkerPlugin):
    """Resolve the extractor and load its models once per worker, before the first task, so the
    first partition is not slower than the rest."""

    name = "sitroom-warm-extractor"

    def __init__(self, spec: str | Extractor) -> None:
        self.spec = spec

    def setup(self, worker) -> None:  # noqa: ARG002 - Dask's signature
        warm_up(self.spec)
