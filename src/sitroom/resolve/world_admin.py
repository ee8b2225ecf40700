"""World administrative areas, country points and place abbreviations from the bundled data files.

The gazetteer's settlements (GeoNames cities500) carry only admin1 CODES; reports name the areas
("Borno State", "Mopti region", "Metcalfe County", "Glasgow, Ky."). These readers give the index
the areas' names and points (see scripts/build_world_admin.py for how the files were derived).
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from .geo_boundaries import GEO_DATA

ADMIN_FILE = GEO_DATA / "world_admin_areas.tsv"
COUNTRY_POINTS_FILE = GEO_DATA / "country_points.tsv"
GEONAMES_COUNTRY_POINTS_FILE = GEO_DATA / "country_points_geonames.tsv"
ABBREVIATIONS_FILE = GEO_DATA / "place_abbreviations.tsv"
ADMIN_WORDS_FILE = GEO_DATA / "admin_words.txt"
DEMONYM_FILE = GEO_DATA / "demonyms.tsv"
CONTINENT_ADJECTIVES_FILE = GEO_DATA / "continent_adjectives.tsv"
GENERIC_AREA_WORDS_FILE = GEO_DATA / "generic_area_words.txt"


@dataclass(frozen=True, slots=True)
class AdminArea:
    level: int          # 1 (state, province, region) or 2 (county, district, LGA)
    cc: str
    admin1: str         # GeoNames admin1 code ("KY", "27")
    name: str
    ascii_name: str
    geonameid: str
    lat: float
    lon: float
    population: int
    places: int


def _rows(path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8") as fh:
        return list(csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"))


@lru_cache(maxsize=1)
def admin_areas() -> tuple[AdminArea, ...]:
    return tuple(AdminArea(int(r["level"]), r["cc"], r["admin1"], r["name"], r["ascii_name"], r["geonameid"],
                           float(r["latitude"]), float(r["longitude"]), int(r["population"] or 0),
                           int(r["places"] or 0)) for r in _rows(ADMIN_FILE))


@lru_cache(maxsize=1)
def admin1_names() -> dict[str, str]:
    """"CC.code" -> admin1 name (ASCII spelling), for labelling every settlement with its area."""
    return {f"{a.cc}.{a.admin1}": a.ascii_name for a in admin_areas() if a.level == 1}


@lru_cache(maxsize=1)
def country_points() -> dict[str, tuple[float, float]]:
    """ISO2 -> (lat, lon): GeoNames' country point where we hold it, else the Factbook-style point."""
    out = {r["iso2"]: (float(r["latitude"]), float(r["longitude"])) for r in _rows(COUNTRY_POINTS_FILE)}
    out.update({r["iso2"]: (float(r["latitude"]), float(r["longitude"]))
                for r in _rows(GEONAMES_COUNTRY_POINTS_FILE)})
    return out


@lru_cache(maxsize=1)
def admin_words() -> frozenset[str]:
    """Generic words of area names ("State", "Province", "Region", "County"), lower case."""
    with open(ADMIN_WORDS_FILE, encoding="utf-8") as fh:
        return frozenset(w.strip().lower() for w in fh if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def generic_area_names() -> frozenset[str]:
    """Area names that are ordinary words ("Central", "Lakes"): never indexed alone."""
    with open(GENERIC_AREA_WORDS_FILE, encoding="utf-8") as fh:
        return frozenset(w.strip().lower() for w in fh if w.strip() and not w.startswith("#"))


def bare_name(name: str) -> str:
    """The area's name without its generic words ("Province of Kandahar" -> "Kandahar"); the
    name itself when nothing is left."""
    words = admin_words()
    toks = [t for t in re.split(r"\s+", name) if t]
    # drop leading "<word> of (the)" and trailing generic words
    while len(toks) > 2 and toks[0].lower() in words and toks[1].lower() in ("of", "de", "du", "di", "do", "da"):
        toks = toks[2:]
        if toks and toks[0].lower() in ("the", "la", "el"):
            toks = toks[1:]
    while len(toks) > 1 and toks[-1].lower() in words:
        toks = toks[:-1]
    return " ".join(toks) or name


@dataclass(frozen=True, slots=True)
class Abbreviation:
    text: str           # as written, dots included ("Ky.", "U.S.")
    name: str           # the full name the gazetteer knows ("Kentucky", "United States")
    after_comma_only: bool  # "Ky." is a state only in "Glasgow, Ky."; "U.S." anywhere


@lru_cache(maxsize=1)
def abbreviations() -> tuple[Abbreviation, ...]:
    return tuple(Abbreviation(r["abbreviation"], r["name"], r["where"] == "after-comma")
                 for r in _rows(ABBREVIATIONS_FILE))


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Nationality adjective -> ISO2 ("Mozambican" -> "MZ")."""
    return {r["adjective"]: r["iso2"] for r in _rows(DEMONYM_FILE)}


@lru_cache(maxsize=1)
def continent_adjectives() -> dict[str, str]:
    """Continent adjective -> continent name ("European" -> "Europe")."""
    return {r["adjective"]: r["continent"] for r in _rows(CONTINENT_ADJECTIVES_FILE)}
