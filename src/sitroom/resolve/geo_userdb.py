"""The user's own gazetteer additions: a SQLite index under $SITROOM_HOME (default ~/.local/share/sitroom).

`sitroom gazetteer add SY.zip` (or allCountries.zip, alternateNamesV2.zip, admin1CodesASCII.txt, or a
TSV in the bundled supplement's format) streams the file into `gazetteer.sqlite`. Lookups go to
SQLite by name key (indexed), so even a full allCountries import costs no load time; the
in-memory bundled index stays small and fast.
"""
from __future__ import annotations

import csv
import os
import sqlite3
from functools import lru_cache
from pathlib import Path

from . import geo_geonames as gn
from .placenames import name_key, skeleton

SCHEMA = """
CREATE TABLE IF NOT EXISTS places (
  geonameid INTEGER PRIMARY KEY, name TEXT, lat REAL, lon REAL, fclass TEXT, fcode TEXT,
  cc TEXT, admin1 TEXT, admin2 TEXT, population INTEGER, parent TEXT DEFAULT '', source TEXT);
CREATE TABLE IF NOT EXISTS names (key TEXT, skel TEXT, geonameid INTEGER, name TEXT,
  UNIQUE(key, geonameid));
CREATE INDEX IF NOT EXISTS names_key ON names(key);
CREATE INDEX IF NOT EXISTS names_skel ON names(skel);
CREATE TABLE IF NOT EXISTS admin (code TEXT PRIMARY KEY, name TEXT);
CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT);
"""
# Feature classes worth matching in news text: populated places, admin areas, sites, regions, terrain.
KEEP_CLASSES = frozenset("PASLT")
# Name-less ids for rows from supplement-format TSVs (never clash with GeoNames ids).
_SUPPLEMENT_ID_BASE = 4_000_000_000


def sitroom_home() -> Path:
    """Where sitroom keeps user data: $SITROOM_HOME, else $XDG_DATA_HOME/sitroom, else ~/.local/share/sitroom."""
    env = os.environ.get("SITROOM_HOME")
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_DATA_HOME")
    return (Path(xdg) if xdg else Path.home() / ".local" / "share") / "sitroom"


def user_db_path() -> Path:
    return sitroom_home() / "gazetteer.sqlite"


def _usable_name(name: str) -> bool:
    """Skip codes ("ALP"), numbered names and names too short to be matched safely."""
    if not name or any(c.isdigit() for c in name):
        return False
    if name.isupper() and len(name) <= 5:
        return False
    return len(name_key(name)) >= 3


class UserIndex:
    """Read/write access to the user's SQLite gazetteer."""

    def __init__(self, path: Path | None = None):
        self.path = path or user_db_path()
        self._conn: sqlite3.Connection | None = None

    @property
    def exists(self) -> bool:
        return self.path.exists()

    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(self.path, check_same_thread=False)
            self._conn.executescript(SCHEMA)
        return self._conn

    def version(self) -> str:
        """Changes whenever an import changes the data (used to invalidate caches)."""
        if not self.exists:
            return "none"
        row = self.conn().execute("SELECT v FROM meta WHERE k='version'").fetchone()
        return row[0] if row else "0"

    def _bump(self) -> None:
        c = self.conn()
        c.execute("INSERT INTO meta(k, v) VALUES('version', '1') ON CONFLICT(k) DO UPDATE SET v = v + 1")

    # -- imports ---------------------------------------------------------------------------
    def add_file(self, path: Path, countries: set[str] | None = None) -> dict[str, int]:
        """Import one file; returns counts. `countries` limits a geoname import to those ISO2 codes."""
        kind = gn.sniff(path)
        c = self.conn()
        n = 0
        if kind == "geoname":
            n = self._add_geonames(path, countries)
        elif kind == "alternate":
            n = self._add_alternates(path)
        elif kind == "admin":
            rows = list(gn.read_admin_codes(path))
            c.executemany("INSERT OR REPLACE INTO admin(code, name) VALUES(?, ?)", rows)
            n = len(rows)
        elif kind == "supplement":
            n = self._add_supplement(path)
        else:
            raise ValueError(f"{path}: not a GeoNames dump, alternateNames, admin codes or supplement TSV")
        self._bump()
        c.commit()
        self.lookup.cache_clear()
        self.lookup_skeleton.cache_clear()
        return {"kind": kind, "rows": n}  # type: ignore[dict-item]

    def _add_names(self, rows: list[tuple[int, str]]) -> None:
        data = []
        for gid, name in rows:
            if _usable_name(name):
                k = name_key(name)
                data.append((k, skeleton(k), gid, name))
        self.conn().executemany("INSERT OR IGNORE INTO names(key, skel, geonameid, name) VALUES(?,?,?,?)", data)

    def _add_geonames(self, path: Path, countries: set[str] | None) -> int:
        c = self.conn()
        n = 0
        places, names = [], []
        for r in gn.read_geonames(path):
            if r.feature_class not in KEEP_CLASSES or (countries and r.country_code not in countries):
                continue
            places.append((r.geonameid, r.name, r.latitude, r.longitude, r.feature_class, r.feature_code,
                           r.country_code, r.admin1_code, r.admin2_code, r.population, "", "geonames"))
            names.append((r.geonameid, r.name))
            names.append((r.geonameid, r.asciiname))
            names.extend((r.geonameid, a) for a in r.alternatenames)
            n += 1
            if len(places) >= 20000:
                c.executemany("INSERT OR REPLACE INTO places VALUES(?,?,?,?,?,?,?,?,?,?,?,?)", places)
                self._add_names(names)
                places, names = [], []
        c.executemany("INSERT OR REPLACE INTO places VALUES(?,?,?,?,?,?,?,?,?,?,?,?)", places)
        self._add_names(names)
        return n

    def _add_alternates(self, path: Path) -> int:
        """Alternate names are kept only for places already imported (they are the big file)."""
        c = self.conn()
        known = {row[0] for row in c.execute("SELECT geonameid FROM places")}
        batch, n = [], 0
        for gid, _lang, name in gn.read_alternate_names(path):
            if gid in known:
                batch.append((gid, name))
                n += 1
                if len(batch) >= 50000:
                    self._add_names(batch)
                    batch = []
        self._add_names(batch)
        return n

    def _add_supplement(self, path: Path) -> int:
        from .geo_boundaries import country_at

        c = self.conn()
        start = c.execute("SELECT COALESCE(MAX(geonameid), 0) FROM places WHERE geonameid >= ?",
                          (_SUPPLEMENT_ID_BASE,)).fetchone()[0]
        gid = max(start, _SUPPLEMENT_ID_BASE)
        n = 0
        with open(path, encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                gid += 1
                lat, lon = float(row["latitude"]), float(row["longitude"])
                cc = row.get("country") or country_at(lat, lon)
                c.execute("INSERT OR REPLACE INTO places VALUES(?,?,?,?,?,?,?,?,?,?,?,?)",
                          (gid, row["name"], lat, lon, "P", row.get("feature", ""), cc, row.get("admin1", ""),
                           "", 0, row.get("parent_city", ""), "user-supplement"))
                alts = [a for a in (row.get("alternate_names") or "").split("|") if a]
                self._add_names([(gid, row["name"])] + [(gid, a) for a in alts])
                n += 1
        return n

    # -- lookups ---------------------------------------------------------------------------
    _COLS = "p.geonameid, p.name, p.lat, p.lon, p.fclass, p.fcode, p.cc, p.admin1, p.admin2, p.population, p.parent, p.source"

    @lru_cache(maxsize=50_000)
    def lookup(self, key: str) -> tuple[tuple, ...]:
        if not self.exists:
            return ()
        q = f"SELECT {self._COLS} FROM names n JOIN places p ON p.geonameid = n.geonameid WHERE n.key = ?"
        return tuple(dict.fromkeys(self.conn().execute(q, (key,)).fetchall()))

    @lru_cache(maxsize=50_000)
    def lookup_skeleton(self, skel: str) -> tuple[tuple, ...]:
        if not self.exists or not skel:
            return ()
        q = f"SELECT {self._COLS} FROM names n JOIN places p ON p.geonameid = n.geonameid WHERE n.skel = ?"
        return tuple(dict.fromkeys(self.conn().execute(q, (skel,)).fetchall()))

    @lru_cache(maxsize=10_000)
    def admin_name(self, code: str) -> str:
        if not self.exists:
            return ""
        row = self.conn().execute("SELECT name FROM admin WHERE code = ?", (code,)).fetchone()
        return row[0] if row else ""

    def stats(self) -> dict[str, int | str]:
        if not self.exists:
            return {"path": str(self.path), "places": 0, "names": 0, "admin_codes": 0}
        c = self.conn()
        return {
            "path": str(self.path),
            "places": c.execute("SELECT COUNT(*) FROM places").fetchone()[0],
            "names": c.execute("SELECT COUNT(*) FROM names").fetchone()[0],
            "admin_codes": c.execute("SELECT COUNT(*) FROM admin").fetchone()[0],
            "version": self.version(),
        }
