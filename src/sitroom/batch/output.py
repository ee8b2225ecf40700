"""Parquet output: one file per partition, written to a temp name then renamed.

A partition's file exists only when it is complete, so a rerun skips exactly the partitions that
finished. Everything else in the folder starts with "_" or "." (manifest, error lists, temp files),
so `pyarrow.parquet.read_table(DIR)`, pandas and `dask.dataframe.read_parquet(DIR)` read it as one
dataset. `_batch.json` records what the folder was made from; a rerun with other inputs or another
partition size is refused instead of mixing two corpora.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from sitroom.errors import SitroomError
from sitroom.model import EventRecord

from .work import DocError

MANIFEST = "_batch.json"
ERRORS = "_errors.jsonl"
ERRORS_DIR = "_errors"
_INT = {"time_precision", "geo_precision", "fatalities", "corroboration"}
_FLOAT = {"latitude", "longitude", "confidence"}
EXTRA_COLUMNS = ("publisher", "url", "pub_date")


def event_schema() -> pa.Schema:
    """Contract fields in contract order (nested ones as JSON strings), then document columns."""
    cols = []
    for name in EventRecord.CONTRACT_FIELDS:
        kind = pa.int64() if name in _INT else pa.float64() if name in _FLOAT else pa.string()
        cols.append(pa.field(name, kind))
    cols.extend(pa.field(name, pa.string()) for name in EXTRA_COLUMNS)
    return pa.schema(cols)


class OutputError(SitroomError):
    """The output folder cannot be used for this batch."""


def part_path(out: Path, index: int) -> Path:
    return out / f"part-{index:06d}.parquet"


def errors_path(out: Path, index: int) -> Path:
    return out / ERRORS_DIR / f"part-{index:06d}.jsonl"


def check_manifest(out: Path, inputs: list[str], partition_size: int) -> None:
    """Create the folder's manifest, or make sure a resumed run has the same inputs and size."""
    out.mkdir(parents=True, exist_ok=True)
    wanted = {"inputs": [str(Path(i).resolve()) for i in inputs], "partition_size": partition_size}
    path = out / MANIFEST
    if path.exists():
        try:
            found = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            found = None
        if found != wanted:
            raise OutputError(
                f"{out}: holds a batch of other inputs or another --partition-size; "
                "use a new --out folder (or delete this one) to start afresh"
            )
        return
    _atomic_write(path, json.dumps(wanted, indent=1).encode("utf-8"))


def is_complete(out: Path, index: int) -> bool:
    return part_path(out, index).exists()


def completed_counts(out: Path, index: int) -> tuple[int, int, int]:
    """(documents, events, failed) of a finished partition, from its file's metadata."""
    meta = pq.read_metadata(part_path(out, index))
    kv = meta.metadata or {}
    docs = int(kv.get(b"sitroom.documents", b"0"))
    failed = int(kv.get(b"sitroom.failed", b"0"))
    return docs, meta.num_rows, failed


def write_partition(out: Path, index: int, rows: list[dict[str, Any]], errors: list[DocError],
                    documents: int) -> None:
    """The errors file first, then the Parquet file (its rename marks the partition complete)."""
    schema = event_schema()
    names = set(schema.names)
    clean = [{k: v for k, v in row.items() if k in names} for row in rows]
    table = pa.Table.from_pylist(clean, schema=schema).replace_schema_metadata({
        "sitroom.documents": str(documents),
        "sitroom.failed": str(len(errors)),
    })
    lines = "".join(json.dumps({"partition": index, **e.to_dict()}, ensure_ascii=False) + "\n" for e in errors)
    errors_path(out, index).parent.mkdir(exist_ok=True)
    _atomic_write(errors_path(out, index), lines.encode("utf-8"))
    tmp = out / f".{part_path(out, index).name}.tmp"
    pq.write_table(table, tmp)
    os.replace(tmp, part_path(out, index))


def merge_errors(out: Path) -> int:
    """Rewrite errors.jsonl from every partition's error file; returns the number of errors."""
    lines: list[str] = []
    for path in sorted((out / ERRORS_DIR).glob("part-*.jsonl")):
        if part_path(out, int(path.stem[5:])).exists():
            lines.extend(line for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    _atomic_write(out / ERRORS, "".join(line + "\n" for line in lines).encode("utf-8"))
    return len(lines)


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name("." + path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
