"""What runs on a worker: extract one partition, flatten its records into rows.

The extractor is named by a "module:function" string (or given as a picklable callable) and
resolved once per process, so each worker process loads spaCy and the gazetteers once however
many partitions it processes (the Dask worker plugin that does that loading at worker start is
in `plugin`). This module imports neither Dask nor the models, so the command line that names its
defaults starts fast.
"""
from __future__ import annotations

import importlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sitroom.model import Document, Entry, EventRecord

DEFAULT_EXTRACTOR = "sitroom.extract.pipeline:extract_document"
# documents per task and per output file: enough to amortise a task's overhead, few enough to
# keep a partition's records in memory and lose little on a crash
DEFAULT_PARTITION_SIZE = 500
Extractor = Callable[[Document], tuple[list[Entry], list[EventRecord]]]

_resolved: dict[str, Extractor] = {}


def resolve_extractor(spec: str | Extractor) -> Extractor:
    """The extraction function for a spec; cached per process."""
    if callable(spec):
        return spec
    if spec not in _resolved:
        module_name, _, attr = spec.partition(":")
        _resolved[spec] = getattr(importlib.import_module(module_name), attr or "extract_document")
    return _resolved[spec]


WARM_UP_DOC = Document(
    doc_id="sitroom-warm-up",
    text="Shelling killed two people in a village near Aleppo on Monday, local activists said.",
    media_type="text",
)


def warm_up(spec: str | Extractor) -> None:
    """Load models now (one throwaway extraction) so the first real partition is not slower."""
    try:
        resolve_extractor(spec)(WARM_UP_DOC)
    except Exception:  # a broken extractor shows up, per document, in the real run
        pass


@dataclass
class DocError:
    where: str
    reason: str

    def to_dict(self) -> dict[str, str]:
        return {"where": self.where, "reason": self.reason}


@dataclass
class PartitionResult:
    index: int
    documents: int = 0
    rows: list[dict[str, Any]] = field(default_factory=list)
    extracted: list[tuple[Document, list[Entry], list[EventRecord]]] = field(default_factory=list)
    errors: list[DocError] = field(default_factory=list)
    cpu_seconds: float = 0.0  # CPU time of the worker process on this partition (not skewed by other load)
    task_seconds: float = 0.0  # wall time the task ran: cpu_seconds / task_seconds is the CPU share it got


def process_partition(
    index: int, docs: list[Document], spec: str | Extractor, want_rows: bool = True, want_records: bool = False
) -> PartitionResult:
    """Extract every document; one that raises is reported and skipped."""
    extract = resolve_extractor(spec)
    result = PartitionResult(index, documents=len(docs))
    cpu_start = time.process_time()
    wall_start = time.perf_counter()
    for doc in docs:
        try:
            entries, records = extract(doc)
        except Exception as exc:  # noqa: BLE001 - any failure of one document is that document's
            first = str(exc).splitlines()[0] if str(exc) else ""
            result.errors.append(DocError(doc.doc_id, f"{type(exc).__name__}: {first}".rstrip(": ")))
            continue
        if want_rows:
            result.rows.extend(flatten_record(r, doc) for r in records)
        if want_records:
            result.extracted.append((doc, entries, records))
    result.cpu_seconds = time.process_time() - cpu_start
    result.task_seconds = time.perf_counter() - wall_start
    return result


def flatten_record(record: EventRecord, doc: Document) -> dict[str, Any]:
    """One Parquet row: scalars as they are, nested fields (counts, attribution, evidence) as JSON."""
    row: dict[str, Any] = {}
    for name, value in record.to_dict().items():
        if isinstance(value, (dict, list)):
            value = json.dumps(value, ensure_ascii=False, sort_keys=True)
        row[name] = value
    row["doc_id"] = record.doc_id or doc.doc_id
    row["publisher"] = doc.publisher
    row["url"] = doc.url
    row["pub_date"] = doc.pub_date.isoformat() if doc.pub_date else None
    return row
