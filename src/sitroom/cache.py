"""Pickled caches of things that are slow to build (the gazetteer index, the typing model).

Both are derived data keyed by a version hash in the file name: a missing, truncated or foreign
file is rebuilt, never fatal, and a read-only home just means working from memory.
"""
from __future__ import annotations

import os
import pickle
import tempfile
from pathlib import Path
from typing import Any


def read_cached(path: Path) -> Any | None:
    """The cached object, or None when there is none usable."""
    if not path.exists():
        return None
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except Exception:  # a truncated or incompatible cache file is rebuilt
        return None


def write_cached(path: Path, obj: Any, stale_glob: str | None = None, keep_stale: int = 0) -> bool:
    """Write atomically (temp file, then rename) so a crash never leaves half a cache; remove
    older versions matching `stale_glob`, all but the `keep_stale` most recently written.
    False when the folder is not writable."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        if stale_glob:
            others = [old for old in path.parent.glob(stale_glob) if old != path]
            others.sort(key=_mtime, reverse=True)
            for old in others[keep_stale:]:
                old.unlink(missing_ok=True)
    except OSError:
        return False
    return True


def _mtime(path: Path) -> float:
    """Modification time, or 0 for a file another process removed meanwhile."""
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
