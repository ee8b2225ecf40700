"""Place cues: the words a text uses to say that a name is a place ("the village of X", "X district").

Kept in data/geo/place_cues.tsv so that a new kind of area ("X woreda", "X payam") is a line of
data, not code. The recogniser (geo_mentions) builds its cue patterns from here, and generic_only()
says when a candidate is made of cue words alone ("the village", "Kebele 12"): no place at all.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .geo_boundaries import GEO_DATA

CUES_FILE = GEO_DATA / "place_cues.tsv"
# words that never make a name on their own beside cue words ("the", numbers, directions)
_FILLER = frozenset("the a an of this that its their his her in at near north south east west northern southern "
                    "eastern western central upper lower greater".split())


@dataclass(frozen=True)
class Cue:
    text: str   # lower case, may be several words
    where: str  # before / after / both / - (modifier)
    kind: str   # village, town, camp, district, admin1, ... or "modifier"


@lru_cache(maxsize=1)
def cues() -> tuple[Cue, ...]:
    out = []
    with open(CUES_FILE, encoding="utf-8") as fh:
        lines = [ln.rstrip("\n") for ln in fh if ln.strip() and not ln.startswith("#")]
    for ln in lines[1:]:  # header
        text, where, kind = ln.split("\t")[:3]
        out.append(Cue(text.strip().lower(), where.strip(), kind.strip()))
    return tuple(out)


def _alternation(words: list[str]) -> str:
    """Longest first, each word's spaces/hyphens matching a space or a hyphen."""
    parts = [re.escape(w).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]?") for w in
             sorted(set(words), key=len, reverse=True)]
    return "(?:" + "|".join(parts) + ")"


@lru_cache(maxsize=1)
def after_cue_words() -> tuple[str, ...]:
    return tuple(c.text for c in cues() if c.where in ("after", "both"))


@lru_cache(maxsize=1)
def before_cue_words() -> tuple[str, ...]:
    return tuple(c.text for c in cues() if c.where in ("before", "both"))


@lru_cache(maxsize=1)
def modifier_words() -> tuple[str, ...]:
    return tuple(c.text for c in cues() if c.kind == "modifier")


@lru_cache(maxsize=1)
def cue_kinds() -> dict[str, str]:
    return {c.text: c.kind for c in cues() if c.kind != "modifier"}


def after_pattern() -> str:
    """Regex body for a cue after a name, with an optional modifier ("X army camp"); plural allowed."""
    return r"(?:" + _alternation(list(modifier_words())) + r"\s+)?" + _alternation(list(after_cue_words())) + r"s?"


def before_pattern() -> str:
    """Regex body for a cue before "of" ("the villages of"); plural allowed."""
    return _alternation(list(before_cue_words())) + r"s?"


def cue_kind(cue: str) -> str:
    """The kind a cue names ("district" for "LGA"); "" for an unknown cue."""
    cue = " ".join(cue.lower().replace("-", " ").split())
    words = cue.split()
    kinds = cue_kinds()
    for k in (cue, " ".join(words[1:]), words[-1] if words else ""):
        if k in kinds:
            return kinds[k]
        if k.endswith("s") and k[:-1] in kinds:
            return kinds[k[:-1]]
    return ""


@lru_cache(maxsize=1)
def _cue_vocabulary() -> frozenset[str]:
    words = set(_FILLER)
    for c in cues():
        words.update(c.text.replace("-", " ").split())
    return frozenset(words)


def generic_only(text: str) -> bool:
    """Cue words, fillers and numbers only ("the village", "Kebele 022", "the Zone"): no place name."""
    words = re.findall(r"[^\W\d_]+|\d+", text.lower())
    vocab = _cue_vocabulary()
    plural = lambda w: w.endswith("s") and w[:-1] in vocab  # noqa: E731
    return bool(words) and all(w.isdigit() or w in vocab or plural(w) for w in words)


def trailing_cue(words: list[str]) -> int:
    """How many of the last words of a capitalised run are a cue ("Tsafe Local Government Area" -> 3,
    "Yar Katsina Village" -> 1), 0 when none; at least one name word is always left. A plural cue
    counts only after several names."""
    low = [w.lower() for w in words]
    # a plural cue names several places ("Tsafe and Gusau Local Government Areas"); after one name it is
    # a collective or heritage name ("the Ancient Villages"), not a place
    several = any(w in ("and", "&") for w in low)
    for n, singular, plural in _after_cues_by_length():  # longest first: the first hit is the answer
        if n >= len(low):
            continue
        tail = " ".join(low[-n:])
        if tail in singular or (several and tail in plural):
            return n
    return 0


@lru_cache(maxsize=1)
def _after_cues_by_length() -> tuple[tuple[int, frozenset[str], frozenset[str]], ...]:
    """(word count, cues of that many words, their plurals), longest first. Why: trailing_cue runs
    for every capitalised run of every sentence, and comparing the run's tail with each cue in turn
    was most of the place recogniser's own time; one set lookup per cue length gives the same answer."""
    groups: dict[int, set[str]] = {}
    for cue in after_cue_words():
        cue = cue.replace("-", " ")
        groups.setdefault(len(cue.split()), set()).add(cue)
    return tuple((n, frozenset(c), frozenset(x + "s" for x in c))
                 for n, c in sorted(groups.items(), reverse=True))


# gazetteer kinds that are areas: a place the text names inside one is finer than the area itself
AREA_KINDS = frozenset({"country", "admin1", "region", "district", "terrain"})


def anchored_within(best, candidates: list):
    """The sentence's finest known place is an area ("in the Tillaberi region", "Chad") and it also
    names a place the gazetteer lacks ("the village of X", "X kebele", "in X"): the event is at that
    place, which sits at the area's point with the area's precision and is flagged unresolved.
    Works on geocode.Place values (duck-typed: this module sits below the geocoder)."""
    if best is None or not best.resolved or best.kind not in AREA_KINDS:
        return best
    for p in candidates:
        if p.resolved or p.within is not None or generic_only(p.text):
            continue
        if p.country and best.country and p.country != best.country:
            continue
        return replace(p, within=best, country=best.country, iso3=best.iso3, admin1=p.admin1 or best.admin1)
    return best
