"""Walk a corpus (files, directories, JSON Lines, gzip) as a stream of documents, then partitions.

Large archives are streamed: a .jsonl or .jsonl.gz file is read line by line, never whole, so a
multi-gigabyte dump needs only one partition in memory. Other files (text, HTML, feeds, .txt.gz)
go through the ordinary readers. The order is deterministic (directories sorted), so partition
k of a rerun holds the same documents as partition k of the first run: that is what lets a
rerun resume.
"""
from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sitroom.errors import InputError
from sitroom.ingest.decode import max_input_bytes
from sitroom.ingest.readers import (JSONL_SUFFIXES, document_from_json_line, documents_from_bytes,
                                    refuse_repeated_id)
from sitroom.model import Document


@dataclass
class Partition:
    """A slice of the corpus processed as one task and written as one output file."""

    index: int
    docs: list[Document] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)


def list_files(inputs: Iterable[str]) -> Iterator[Path | InputError]:
    """Every file named or under a named directory (sorted, hidden files skipped)."""
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*")
                           if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not files:
                yield InputError(raw, "directory holds no files")
            yield from files
        elif path.is_file():
            yield path
        else:
            yield InputError(raw, "no such file or directory")


def iter_documents(inputs: Iterable[str]) -> Iterator[Document | InputError]:
    """All documents of all inputs, in a stable order; unreadable ones as InputError."""
    for item in list_files(inputs):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            yield from read_file(item)
        except InputError as exc:
            yield exc


def _inner_suffix(path: Path) -> tuple[str, bool]:
    name = path.name.lower()
    if name.endswith(".gz"):
        return Path(name[:-3]).suffix, True
    return path.suffix.lower(), False


def read_file(path: Path) -> Iterator[Document | InputError]:
    suffix, gzipped = _inner_suffix(path)
    source = str(path)
    try:
        if suffix in JSONL_SUFFIXES:
            opener = gzip.open if gzipped else open
            with opener(path, "rb") as fh:
                yield from documents_from_jsonl_stream(source, fh)
            return
        if gzipped:
            limit = max_input_bytes()
            with gzip.open(path, "rb") as fh:
                data = fh.read(limit + 1)
            if len(data) > limit:
                raise InputError(source, f"too large uncompressed (over {limit:,} bytes; set SITROOM_MAX_BYTES)")
            if not data.strip():
                raise InputError(source, "empty input")
        else:
            from sitroom.ingest.decode import read_bytes

            data = read_bytes(path)
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        raise InputError(source, f"broken gzip data ({exc or type(exc).__name__})") from None
    except OSError as exc:
        raise InputError(source, f"cannot read ({exc.strerror or exc})") from None
    yield from documents_from_bytes(source, data, None, suffix=suffix)


def documents_from_jsonl_stream(source: str, fh: io.BufferedIOBase) -> Iterator[Document | InputError]:
    """One document per line, same fields and rules as sitroom.ingest.readers.documents_from_jsonl.

    Streams (that reader takes the whole text); a truncated gzip ends with one error after the
    documents read so far. As there, an id seen on an earlier line of the file is an error for
    the later line, which is skipped (it would silently replace the first document's output).
    """
    lineno = 0
    first_line: dict[str, int] = {}  # only ids are kept: a line's text is dropped once read
    try:
        for lineno, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            where = f"{source}:{lineno}"
            try:
                line = raw.decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                yield InputError(where, f"not valid UTF-8 (byte {exc.start})")
                continue
            yield refuse_repeated_id(document_from_json_line(where, line), where, lineno, first_line)
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        yield InputError(f"{source}:{lineno + 1}", f"broken gzip data ({exc or type(exc).__name__})")


def partitions(items: Iterable[Document | InputError], size: int) -> Iterator[Partition]:
    """Consecutive partitions of `size` documents; input errors ride with the partition they fall in."""
    if size < 1:
        raise ValueError("partition size must be at least 1")
    current = Partition(0)
    for item in items:
        if isinstance(item, InputError):
            current.errors.append(item)
            continue
        current.docs.append(item)
        if len(current.docs) >= size:
            yield current
            current = Partition(current.index + 1)
    if current.docs or current.errors:
        yield current
