"""Caches of slow-to-build data: corrupt files are rebuilt, writes are atomic, old versions go."""
from __future__ import annotations

from sitroom.cache import read_cached, write_cached


def test_round_trip_and_stale_versions_removed(tmp_path):
    old = tmp_path / "index-v1.pickle"
    assert write_cached(old, {"v": 1})
    new = tmp_path / "index-v2.pickle"
    assert write_cached(new, {"v": 2}, stale_glob="index-*.pickle")
    assert read_cached(new) == {"v": 2}
    assert not old.exists()
    assert not list(tmp_path.glob("*.tmp"))


def test_missing_or_corrupt_cache_reads_as_none(tmp_path):
    assert read_cached(tmp_path / "none.pickle") is None
    broken = tmp_path / "broken.pickle"
    broken.write_bytes(b"\x80\x05truncated")
    assert read_cached(broken) is None


def test_unwritable_folder_is_not_fatal(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert write_cached(blocker / "sub" / "c.pickle", {"v": 1}) is False
