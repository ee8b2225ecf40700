"""A small per-process cache of read responses, valid while the store's data version holds.

Dashboard readers ask the same few questions (the map, the timeline, the first table page of a
filter) far more often than the data changes; answering them again costs a grouped scan each
time. The version (store/review.py: ReviewStore.data_version) changes with every ingest, edit
and review action, so a cached answer is never older than the data it was built from.

Each entry keeps the body gzipped as well: compressing a 100 KB map answer took 6 ms at the
middleware's level 9, on every request, cached or not, so it is done once, at level 6 (5% larger,
3x faster). Its ETag is a hash of the body, so a client holding it gets a 304 instead.
"""
from __future__ import annotations

import gzip
import hashlib
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

# below this the gzip header costs more than it saves (GZipMiddleware's own minimum)
GZIP_MIN_BYTES = 1000
GZIP_LEVEL = 6


@dataclass(frozen=True)
class CachedBody:
    body: bytes
    gzipped: bytes | None  # None when too small to be worth compressing
    etag: str

    @classmethod
    def of(cls, body: bytes) -> "CachedBody":
        gz = gzip.compress(body, GZIP_LEVEL, mtime=0) if len(body) >= GZIP_MIN_BYTES else None
        return cls(body, gz, '"' + hashlib.blake2b(body, digest_size=12).hexdigest() + '"')


class ResponseCache:
    """LRU of response bodies keyed by (path, query), each stored with the version it reflects."""

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self._items: OrderedDict[tuple[str, str], tuple[Any, CachedBody]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[str, str], version: Any) -> CachedBody | None:
        with self._lock:
            found = self._items.get(key)
            if found is None or found[0] != version:
                return None
            self._items.move_to_end(key)
            return found[1]

    def put(self, key: tuple[str, str], version: Any, body: CachedBody) -> None:
        with self._lock:
            self._items[key] = (version, body)
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)
