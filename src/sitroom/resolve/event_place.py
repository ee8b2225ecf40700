"""Which of a sentence's place mentions is where its event happened.

The geocoder ranks a sentence's places by how specific they are; two kinds of mention are places
the text names but the event did not happen at, whenever the sentence names another place:

- the dateline ("MOGADISHU (HOL) - militants attacked a base in the Lower Shabelle region"): where
  the story was filed; the place the sentence itself names wins, unless it is only a country (the
  filing city is then the finer reading the text gives);
- the origin of a launch ("a rocket was fired from X into Y"): remote violence is coded where it
  lands, so Y.

A place named as who speaks or leads ("according to Kyiv", "a coalition led by Riyadh"), or made
to act ("forced Moscow to halt its offensive"), is never the event's place, even when it is the
sentence's only one.

And an unknown name with its own chain of containers ("in X district, Y Zone, Z region", only Z
known) is the event's place, at Z's point: the chain's first name is its finest, not the middle one
the gazetteer happened to link to Z.

Vocabulary in data/geo/event_place.yaml. Works on geocode's candidates, duck-typed (this module
sits below the geocoder): (sort key, Place) pairs with the mention behind each.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .geo_boundaries import GEO_DATA

from sitroom.yamlload import safe_load

DATA_FILE = GEO_DATA / "event_place.yaml"


@lru_cache(maxsize=1)
def _data() -> dict:
    with open(DATA_FILE, encoding="utf-8") as fh:
        return safe_load(fh) or {}


@lru_cache(maxsize=1)
def _origin_pattern() -> re.Pattern[str]:
    data = _data()
    words = "|".join(sorted((re.escape(w) for w in data.get("launch_words", [])), key=len, reverse=True))
    gap = int(data.get("launch_gap", 60))
    filler = int(data.get("origin_filler_words", 3))
    return re.compile(rf"\b(?:{words})\b[^.;:!?]{{0,{gap}}}?\bfrom\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,{filler}}}$",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _actor_pattern() -> re.Pattern[str]:
    words = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in _data().get("actor_before", [])),
                            key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\s+(?:the\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _causative_pattern() -> re.Pattern[str]:
    words = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in _data().get("causative_before", [])),
                            key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\s+(?:the\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _nation_actor_pattern() -> re.Pattern[str]:
    words = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in _data().get("nation_actor_nouns", [])),
                            key=len, reverse=True))
    return re.compile(rf"^\s+(?:{words})\b", re.IGNORECASE)


def made_to_act(before: str, after: str) -> bool:
    """The place is the object of a causative verb and then acts ("forced Moscow to halt"): a
    government named by its seat, not a place."""
    return bool(re.match(r"\s+to\s+[a-z]", after[:20])) and bool(_causative_pattern().search(before[-30:]))


def names_nation_actor(after: str) -> bool:
    """A country's name is followed by people or arms of that country ("U.S. soldiers")."""
    return bool(_nation_actor_pattern().match(after[:40]))


def names_an_actor(before: str) -> bool:
    """The place is named as who speaks or leads ("according to ", "a coalition led by ")."""
    return bool(_actor_pattern().search(before[-40:]))


def launch_origin(before: str) -> bool:
    """The text just before a place says it is where something was launched from
    ("rockets were fired from ", "a drone launched from the northern ")."""
    return bool(_origin_pattern().search(before[-160:]))


def _origin_words_start(before: str) -> int:
    """Where the words between "from" and the place begin, as an offset into `before` (-1 when the
    place is no launch origin)."""
    tail = before[-160:]
    m = _origin_pattern().search(tail)
    if not m:
        return -1
    k = tail.lower().rfind("from", m.start(), m.end())
    return len(before) - len(tail) + k + 4


def _origin_of(i: int, ms: list, text: str, placed: set[int]) -> bool:
    """Mention i is a launch origin, and no other placed mention (`placed`: the candidates' indices)
    stands between "from" and it: in "rockets fired from Gaza hit Israel" Gaza is the origin and
    Israel, after it, where they hit."""
    start = ms[i].raw.start
    k = _origin_words_start(text[:start])
    return k >= 0 and not any(j != i and k <= ms[j].raw.start < start for j in placed)


def _is_dateline(m) -> bool:
    extra = m.raw.extra
    return bool(extra.get("dateline") or extra.get("dateline_region"))


def _informative(p, filed) -> bool:
    """A place that says more than the filing place: a resolved place below country level, an
    unknown name the text puts inside a known area, or a part of a country told by a direction
    ("southern Lebanon") when the filing place is not in that part ("NARATHIWAT — a bomb in
    southern Thailand": the town is the finer reading of the same words)."""
    if not p.resolved:
        return p.within is not None
    if p.kind != "country":
        return True
    if not p.note.startswith("direction:"):
        return False
    return not any(_in_part(p, d) for d in filed)


def _in_part(part, place) -> bool:
    """Does `place` lie in the part of the country `part` names: nearer the part's point than the
    country's own point (flat degrees are enough to tell a half of a country)."""
    if place.country != part.country or place.latitude is None or part.name_point is None \
            or part.latitude is None:
        return False
    near = (place.latitude - part.latitude) ** 2 + (place.longitude - part.longitude) ** 2
    middle = (place.latitude - part.name_point[0]) ** 2 + (place.longitude - part.name_point[1]) ** 2
    return near < middle


def prefer_event_places(cands: list, ms: list, text: str) -> list:
    """Drop the candidates that name an actor, and those that only name where the story was filed
    or where a strike came from when the sentence names another place; `cands` are ((rank, spec, index), Place) with `index`
    into `ms`, `text` the sentence text the mentions' raw offsets point into."""
    cands = [c for c in cands if not names_an_actor(text[:ms[c[0][2]].raw.start])
             and not made_to_act(text[max(0, ms[c[0][2]].raw.start - 40):ms[c[0][2]].raw.start],
                                 text[ms[c[0][2]].raw.end:])]
    if len(cands) < 2:
        return cands
    placed = {i for (_, _, i), _p in cands}
    origins = {i for i in placed if _origin_of(i, ms, text, placed)}
    if origins and len(origins) < len(cands):
        cands = [c for c in cands if c[0][2] not in origins]
    datelines = {i for (_, _, i), _p in cands if _is_dateline(ms[i])}
    filed = [p for (_, _, i), p in cands if i in datelines]
    if datelines and any(_informative(p, filed) for (_, _, i), p in cands if i not in datelines):
        cands = [c for c in cands if c[0][2] not in datelines]
    return cands


def finest_in_chain(place, ms: list, placed: list, text: str, parent_gap: re.Pattern[str]):
    """`place` is an unknown name the text puts in a known area (Y in "X district, Y Zone, Z
    region"); when the mention just before it is an unknown name the text marks as a place (a cue
    word) and joined to it as to its container, that name is where the event is, in the same known
    area. Repeats down the chain; anything else is returned as it is."""
    while place is not None and not place.resolved and place.within is not None:
        j = next((k for k, m in enumerate(ms) if m.start == place.start and m.end == place.end), None)
        if j is None or j == 0:
            return place
        prev, child = ms[j - 1], placed[j - 1]
        cued = bool(prev.raw.extra.get("cue") or prev.raw.cue_after)
        if child is None or child.resolved or child.within is not None or not cued or not prev.event_ok \
                or prev.raw.end > ms[j].raw.start or not parent_gap.match(text[prev.raw.end:ms[j].raw.start]):
            return place
        place = replace(child, within=place.within, country=place.country, iso3=place.iso3,
                        admin1=child.admin1 or place.admin1)
    return place
