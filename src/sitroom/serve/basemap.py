"""The offline basemap: Natural Earth countries and geoBoundaries Syrian governorates, simplified
and rounded once so the dashboard's first load stays small (a few hundred kB, not 5 MB)."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from shapely.geometry import mapping, shape

# (file, name property, simplification tolerance in degrees, decimals kept, layer name)
LAYERS = (
    ("ne_50m_admin_0_countries.json", "NAME", 0.08, 2, "country"),
    ("geoBoundaries-SYR-ADM1_simplified.geojson", "shapeName", 0.01, 3, "admin1"),
)


def _round(coords: Any, nd: int) -> Any:
    if isinstance(coords, (list, tuple)) and coords and isinstance(coords[0], (int, float)):
        return [round(c, nd) for c in coords[:2]]
    return [_round(c, nd) for c in coords]


def _features(filename: str, name_key: str, tolerance: float, nd: int, layer: str) -> list[dict[str, Any]]:
    raw = (resources.files("sitroom") / "data" / "geo" / filename).read_text(encoding="utf-8")
    out = []
    for feat in json.loads(raw)["features"]:
        if not feat.get("geometry"):
            continue
        geom = shape(feat["geometry"]).simplify(tolerance, preserve_topology=True)
        if geom.is_empty:
            continue
        g = mapping(geom)
        label = geom.representative_point()  # inside the shape, where its name label goes
        out.append({"type": "Feature", "properties": {"name": (feat.get("properties") or {}).get(name_key, ""),
                                                      "layer": layer,
                                                      "label": [round(label.y, 2), round(label.x, 2)]},
                    "geometry": {"type": g["type"], "coordinates": _round(g["coordinates"], nd)}})
    return out


@lru_cache(maxsize=1)
def basemap_bytes() -> bytes:
    """The basemap as compact GeoJSON bytes, built on first use and cached for the process."""
    features: list[dict[str, Any]] = []
    for spec in LAYERS:
        features.extend(_features(*spec))
    return json.dumps({"type": "FeatureCollection", "features": features},
                      separators=(",", ":"), ensure_ascii=False).encode("utf-8")
