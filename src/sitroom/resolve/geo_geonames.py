"""Readers for GeoNames dump files, streamed so that allCountries (12M rows) never sits in memory.

Formats (tab-separated, UTF-8, https://download.geonames.org/export/dump/readme.txt):
- geoname table (allCountries.txt, SY.txt, cities500.txt, or the same inside a .zip): 19 columns
- alternateNames(V2).txt: alternateNameId, geonameid, isolanguage, name, isPreferred, isShort,
  isColloquial, isHistoric[, from, to]
- admin1CodesASCII.txt / admin2Codes.txt: code ("SY.09" / "SY.09.1234"), name, asciiname, geonameid
"""
from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass
class GeoNameRow:
    geonameid: int
    name: str
    asciiname: str
    alternatenames: list[str]
    latitude: float
    longitude: float
    feature_class: str
    feature_code: str
    country_code: str
    admin1_code: str
    admin2_code: str
    population: int


def open_lines(path: Path) -> Iterator[str]:
    """Lines of a text file or of the main .txt member of a .zip (readme files skipped)."""
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as zf:
            members = [n for n in zf.namelist() if n.endswith(".txt") and "readme" not in n.lower()]
            for member in members:
                with zf.open(member) as raw:
                    yield from io.TextIOWrapper(raw, encoding="utf-8")
    else:
        with open(path, encoding="utf-8") as fh:
            yield from fh


def sniff(path: Path) -> str:
    """Which GeoNames file this is: "geoname", "alternate", "admin", "supplement" or "unknown"."""
    for line in open_lines(path):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if cols[0] == "name" and "latitude" in cols:
            return "supplement"
        if len(cols) == 19 and cols[0].isdigit():
            return "geoname"
        if len(cols) in (8, 10) and cols[0].isdigit() and cols[1].isdigit():
            return "alternate"
        if len(cols) == 4 and "." in cols[0] and cols[3].strip().isdigit():
            return "admin"
        return "unknown"
    return "unknown"


def read_geonames(path: Path) -> Iterator[GeoNameRow]:
    for line in open_lines(path):
        cols = line.rstrip("\n").split("\t")
        if len(cols) != 19 or not cols[0].isdigit():
            continue
        try:
            yield GeoNameRow(
                int(cols[0]), cols[1], cols[2], [a for a in cols[3].split(",") if a],
                float(cols[4]), float(cols[5]), cols[6], cols[7], cols[8], cols[10], cols[11],
                int(cols[14] or 0),
            )
        except ValueError:
            continue


def read_alternate_names(path: Path) -> Iterator[tuple[int, str, str]]:
    """(geonameid, language, name); links, postcodes and airport codes are skipped."""
    for line in open_lines(path):
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 4 or not cols[1].isdigit():
            continue
        lang = cols[2]
        if lang in ("link", "post", "iata", "icao", "faac", "tcid", "unlc", "abbr", "wkdt", "fr_1793"):
            continue
        yield int(cols[1]), lang, cols[3]


def read_admin_codes(path: Path) -> Iterator[tuple[str, str]]:
    """(code, name) for admin1CodesASCII.txt / admin2Codes.txt."""
    for line in open_lines(path):
        cols = line.rstrip("\n").split("\t")
        if len(cols) >= 2 and "." in cols[0]:
            yield cols[0], cols[1]
