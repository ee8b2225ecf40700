"""Country names in an event record as ACLED writes them ("Ivory Coast"; Hong Kong under China).

The geoparser keeps its boundary names (the `places` output is a geoparser's); event records and the
actor names built from them follow the codebook. Names written out in full ("South Sudan", not "S. Sudan")
come from the boundary data itself (geo_boundaries.country_info). The table is data:
data/geo/acled_country_names.tsv.
"""
from __future__ import annotations

from functools import lru_cache

from .geo_boundaries import GEO_DATA

NAMES_FILE = GEO_DATA / "acled_country_names.tsv"


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    out: dict[str, str] = {}
    with open(NAMES_FILE, encoding="utf-8") as fh:
        rows = [ln.rstrip("\n").split("\t") for ln in fh if ln.strip() and not ln.startswith("#")]
    for row in rows[1:]:  # header
        if len(row) >= 2:
            out[row[0].strip()] = row[1].strip()
    return out


def event_country(name: str | None) -> str:
    """The codebook's name for a country name from the boundary data ("" stays "")."""
    if not name:
        return ""
    return _table().get(name, name)
