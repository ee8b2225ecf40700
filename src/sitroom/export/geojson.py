"""GeoJSON export: a FeatureCollection of Points for maps (QGIS, Leaflet, geojson.io).

Records without coordinates stay in the collection with `geometry: null` (valid GeoJSON), so an
export never silently loses events that could not be placed. Properties are the contract fields,
evidence included; coordinates are [longitude, latitude] as GeoJSON requires.
"""
from __future__ import annotations

import json
import math
from collections.abc import Iterable
from typing import Any, TextIO

from sitroom.model import EventRecord

from .review import Review, json_safe, review_of


def feature(rec: EventRecord, review: Review | None = None) -> dict[str, Any]:
    geometry = None
    if rec.latitude is not None and rec.longitude is not None \
            and math.isfinite(rec.latitude) and math.isfinite(rec.longitude):
        geometry = {"type": "Point", "coordinates": [rec.longitude, rec.latitude]}
    properties = rec.to_dict()
    if review is not None:
        properties["review"] = review_of(review, rec.event_id)
    return {"type": "Feature", "id": rec.event_id, "geometry": geometry, "properties": json_safe(properties)}


def write_geojson(records: Iterable[EventRecord], fh: TextIO, review: Review | None = None) -> int:
    """Write one FeatureCollection (strict JSON: no Infinity or NaN); returns how many features
    it holds. With `review`, properties also have "review": {status, by, machine_values}."""
    features = [feature(r, review) for r in records]
    json.dump({"type": "FeatureCollection", "features": features}, fh, ensure_ascii=False, allow_nan=False)
    fh.write("\n")
    return len(features)
