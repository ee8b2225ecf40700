"""A headline that lists places ("Missiles strike Kharkiv, Odesa and Dnipro") tells one event at each.

Headlines are written without the grammar spaCy's parser was trained on (no articles, verbs in
title case), so the dependency test founding.coordinated_places uses for body sentences misses
their lists. Here the list is read from the text: place mentions of one level next to each other,
with only list separators between them (", ", " and ", " & "). "Town, Region" is a place and its
container, not a list: two names joined by a bare comma are a list only when the second is no
area's name (the caller's `names_area` says so), and never when one lies inside the other.
"""
from __future__ import annotations

import re
from collections.abc import Callable

# what may stand between two listed places
LIST_SEPARATOR = re.compile(r"^\s*(?:,\s*(?:and\s+|&\s+)?|and\s+|&\s+)$", re.IGNORECASE)
BARE_COMMA = re.compile(r"^\s*,\s*$")


def listed_places(sentence: str, sentence_start: int, chosen, places: list, level: Callable,
                  inside: Callable, names_area: Callable) -> list:
    """The places listed beside `chosen` in a headline (Place values with document offsets), in
    text order, each of `chosen`'s level and none inside another; [] when `chosen` is in no list."""
    ordered = sorted((p for p in places if p.end > p.start), key=lambda p: p.start)
    runs: list[list] = []
    for p in ordered:
        if runs:
            last = runs[-1][-1]
            gap = sentence[last.end - sentence_start:p.start - sentence_start]
            if p.start >= last.end and LIST_SEPARATOR.match(gap):
                runs[-1].append(p)
                continue
        runs.append([p])
    run = next((r for r in runs if any(p.start < chosen.end and chosen.start < p.end for p in r)), None)
    if run is None or len(run) < 2:
        return []
    if len(run) == 2:
        gap = sentence[run[0].end - sentence_start:run[1].start - sentence_start]
        if BARE_COMMA.match(gap) and names_area(run[1]):
            return []  # "Kramatorsk, Donetsk": a town and its region
    if any(level(p) != level(chosen) for p in run):
        return []
    if any(a is not b and inside(a, b) for a in run for b in run):
        return []
    out: list = []
    for p in run:
        if p.start < chosen.end and chosen.start < p.end:
            continue
        if p.location == chosen.location or any(p.location == q.location for q in out):
            continue
        out.append(p)
    return out
