"""A small per-process cache of read responses, valid while the store's data version holds.

Dashboard readers ask the same few questions (the map, the timeline, the first table page of a
filter) far more often than the data changes; answering them again costs a grouped scan each
time. The version (store/review.py: ReviewStore.data_version) changes with every ingest, edit
and review action, so a cached answer is never older than the data it was built from.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any


class ResponseCache:
    """LRU of response bodies keyed by (path, query), each stored with the version it reflects."""

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self._items: OrderedDict[tuple[str, str], tuple[Any, bytes]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[str, str], version: Any) -> bytes | None:
        with self._lock:
            found = self._items.get(key)
            if found is None or found[0] != version:
                return None
            self._items.move_to_end(key)
            return found[1]

    def put(self, key: tuple[str, str], version: Any, body: bytes) -> None:
        with self._lock:
            self._items[key] = (version, body)
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)
