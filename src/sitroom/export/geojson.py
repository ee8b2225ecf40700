"""GeoJSON export: a FeatureCollection of Points for maps (QGIS, Leaflet, geojson.io).

Records without coordinates stay in the collection with `geometry: null` (valid GeoJSON), so an
export never silently loses events that could not be placed. Properties are the contract fields,
evidence included; coordinates are [longitude, latitude] as GeoJSON requires.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from sitroom.model import EventRecord


def feature(rec: EventRecord) -> dict[str, Any]:
    geometry = None
    if rec.latitude is not None and rec.longitude is not None:
        geometry = {"type": "Point", "coordinates": [rec.longitude, rec.latitude]}
    return {"type": "Feature", "id": rec.event_id, "geometry": geometry, "properties": rec.to_dict()}


def write_geojson(records: Iterable[EventRecord], fh: TextIO) -> int:
    """Write one FeatureCollection; returns how many features it holds."""
    features = [feature(r) for r in records]
    json.dump({"type": "FeatureCollection", "features": features}, fh, ensure_ascii=False)
    fh.write("\n")
    return len(features)
