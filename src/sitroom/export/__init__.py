"""Exports of event records: JSON Lines, ACLED-style CSV and GeoJSON."""
from .acled_csv import ACLED_COLUMNS, write_acled_csv
from .geojson import write_geojson
from .jsonl import write_jsonl

__all__ = ["ACLED_COLUMNS", "write_acled_csv", "write_geojson", "write_jsonl"]
