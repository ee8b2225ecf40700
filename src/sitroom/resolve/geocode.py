"""Geocoding: which places a sentence names, which one is where its event happened, and where that is.

Usage (the integrator calls `locate` once per event sentence, in text order):

    geocoder = Geocoder.default()            # cached; loads the gazetteer index once
    ctx = geocoder.context_for(doc_text)     # focus country/governorate/city of the whole document
    ctx.new_entry()                          # at each live-blog entry boundary (forgets the last place)
    place = geocoder.locate(sent, offset, ctx)

`locate` returns the most specific event place named in the sentence and remembers it in
`ctx` (`ctx.remember(place)`); when the sentence names no eligible place it returns
`ctx.last` (the entry's last located place, offsets of the words it came from) or None.
Pass `use_last=False` to get only places the sentence itself names.

Unknown names keep their name with coordinates None and `resolved=False`; `within` then holds
the place the text puts them in (e.g. the governorate), never invented coordinates.
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from sitroom.spans import span_ents

from . import geo_boundaries as gb
from .gazetteer import NAMESAKE_MAX_KM, NAMESAKE_MIN_POP, Gazetteer, Rec, distance_km
from .geo_mentions import COMMON_WORDS, RawMention, scan, unknown_runs, words_of
from .event_place import finest_in_chain, names_nation_actor, prefer_event_places
from .place_cues import after_pattern, anchored_within, cue_kind, generic_only
from .placenames import fold, skeleton
from .world_admin import demonyms

PRECISION_BY_KIND = {"neighbourhood": 1, "site": 1, "airport": 1, "camp": 1, "village": 1, "town": 1, "city": 1,
                     "district": 2, "region": 2, "terrain": 2, "admin1": 3, "country": 3, "continent": 3}
SPECIFICITY = {"neighbourhood": 0, "site": 0, "airport": 0, "camp": 0, "village": 1, "town": 1, "city": 2,
               "district": 3, "region": 3, "terrain": 3, "admin1": 4, "country": 5, "continent": 6}
KIND_PRIOR = {"continent": 2.5, "country": 2.5, "admin1": 1.2, "city": 2.0, "town": 1.2, "village": 0.5, "neighbourhood": 1.0,
              "district": 1.0, "region": 0.8, "site": 0.8, "airport": 0.8, "camp": 0.8, "terrain": 0.3}
BIG_CITY_POP = 250_000

_DIR = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
_DIR_BEFORE = re.compile(r"\b(" + _DIR + r")(?:ern)?\s+(?:parts?\s+of\s+(?:the\s+)?)?(?:rural\s+)?$", re.I)
_CENTRAL_BEFORE = re.compile(r"\b(central|rural|outer)\s+$", re.I)
_COUNTRYSIDE_AFTER = re.compile(r"^(?:['’]s)?\s+(countryside|suburbs|outskirts|province|governorate|city)\b", re.I)
_OF_BEFORE = re.compile(r"\b(countryside|suburbs|outskirts|province|governorate|city|vicinity)\s+of\s+(?:the\s+)?$", re.I)
_NEAR_BEFORE = re.compile(r"\b(near|outside|nearby|close\s+to|on\s+the\s+outskirts\s+of|around)\s+(?:the\s+)?"
                          r"(?:city\s+of\s+|town\s+of\s+|village\s+of\s+)?$", re.I)
# gap between a place and the larger place it lies in ("X village in Hasakah province", "X, Idlib")
_PARENT_GAP = re.compile(r"^(?:\s+" + after_pattern() + r")?(?:\s*,\s*(?:in\s+(?:the\s+)?)?|\s+in\s+(?:the\s+)?|\s+of\s+(?:the\s+)?|"
                         r"\s*\(\s*|\s+near\s+(?:the\s+)?)(?:(?:" + _DIR + r")(?:ern)?\s+(?:part\s+of\s+)?)?"
                         r"(?:rural\s+|central\s+)?(?:the\s+)?"
                         # ", in the northern Mozambican province of <Area>"
                         r"(?:(?:[a-z]+\s+)?(?:province|region|state|district|governorate|county|department|"
                         r"prefecture|oblast)\s+of\s+(?:the\s+)?)?$", re.I)
# "Khan al-Shih, southwest of Damascus" / "X, 20 km north of Y"
_REL_GAP = re.compile(r"^(?:\s+" + after_pattern() + r")?\s*(?:,|\(|-|–|—)?\s*(?:some\s+|about\s+|around\s+)?(?:\d+\s*(?:km|kilomet(?:er|re)s?|miles?)\s+)?"
                      r"(?:to\s+the\s+)?(" + _DIR + r")\s+of\s+(?:the\s+)?(?:city\s+of\s+)?$", re.I)
# contexts where a place is not where the event happened
_NON_EVENT_BEFORE = [
    re.compile(r"\b(?:meeting|meetings|talks|conference|summit|sidelines|negotiations|session|forum|ceremony|"
               r"visit|visiting|trip|tour|hearing|vote|met|meets)\b[^.;:!?]{0,60}\b(?:in|at)\s+(?:the\s+)?$", re.I),
    re.compile(r"\b(?:about|regarding|concerning|on\s+the\s+situation\s+in|the\s+situation\s+in|"
               r"the\s+crisis\s+in|the\s+war\s+in|policy\s+on|discuss(?:ed|es)?)\s+(?:the\s+)?$", re.I),
    # ("fighting was reported in X" is where it happened: a passive report names the event's place)
    re.compile(r"\b(?:said|says|told|stated|announced|speaking|spoke|statement|interview|reporters|"
               r"(?<!was\s)(?<!were\s)(?<!been\s)(?<!being\s)reported|"
               r"briefing|wrote|tweeted)(?:\s+(?:reporters|journalists|the\s+press|a\s+statement|an\s+interview|"
               r"a\s+news\s+conference|on\s+\w+day|late|earlier|later|today|yesterday))*"
               r"\s+(?:in|from|at)\s+(?:the\s+)?$", re.I),
    re.compile(r"\b(?:minister|ministry|president|ambassador|envoy|embassy|government|king|leader|consul|"
               r"delegation|representative|officials?|spokes(?:man|woman|person))\s+(?:of|to|for|in|from)\s+(?:the\s+)?$", re.I),
    re.compile(r"\b(?:fighters|troops|militias?|militiamen|mercenaries|nationals|citizens|journalists?|"
               r"delegations?|volunteers|jihadists)\s+from\s+(?:the\s+)?$", re.I),
    re.compile(r"\b(?:based|headquartered|exiled|living)\s+in\s+(?:the\s+)?$", re.I),
    # the other side of a border, or where people or planes came from, is not where the event was
    re.compile(r"\bborders?\s+(?:with|of)\s+(?:the\s+)?$", re.I),
    re.compile(r"\b(?:crossed|came|arrived|returned|flights?|flew|travell?ed|infiltrated|sneaked)\b[^.;:!?]{0,40}"
               r"\bfrom\s+(?:the\s+)?$", re.I),
]
# a capital or country as the subject of a stance ("Brussels believes", "Cairo invited"): an actor, not a place
_STANCE_AFTER = re.compile(r"^\s+(?:has\s+|have\s+|had\s+)?(?:believes?|believed|invited|invites|imposes|imposed|"
                           r"urged|urges|condemned|condemns|warned|warns|accused|accuses|demanded|demands|denied|"
                           r"denies|welcomed|welcomes|threatened|threatens|crafted|proposed|proposes)\b", re.I)
_NON_EVENT_AFTER = re.compile(
    r"^(?:['’]s?\s+(?:foreign|prime|defen[cs]e|interior|deputy|former|top|chief|senior|special|"
    r"president|minister|ambassador|envoy|government|leader|king|embassy|spokes\w+|delegation|"
    r"official|officials|representative|state\s+media|news\s+agency|army\s+chief)|"
    r"-based\b|\s+(?:ambassador|embassy|envoy|foreign\s+minist\w+|government|spokes\w+)\b)", re.I)
_REPORTER = re.compile(r"^[^.;:,]{0,50}?\b(?:reported|reports|said|says|wrote|writes|published|stated|announced|"
                       r"told|claimed|quoted)\b")
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|near|at|outside|into|towards?|around|inside|entered|stormed|captured)\s+(?:the\s+)?$")
_REL_AFTER = re.compile(r"^\s*(?:,|\()\s*(?:some\s+|about\s+)?(?:\d+\s*(?:km|kilomet(?:er|re)s?|miles?)\s+)?(?:to\s+the\s+)?"
                        + _DIR + r"\s+of\s+", re.I)
_SERVICE_AFTER = re.compile(r"^(?:['’]s)?\s+(?:police|mayor|council|city\s+council|sheriff|fire\s+(?:crews?|chief|service)|"
                            r"councillors?|aldermen)(?!\w)", re.I)
_RESIDENCE_BEFORE = re.compile(r"[A-Za-z.],\s+(?:\d{1,3},\s+)?(?:both\s+|all\s+)?of\s+$")
# words after a name that govern a first-level area or a country, never a city ("Quebec Premier")
_AREA_GOVERNMENT_AFTER = re.compile(r"^(?:['’]s)?\s+(?:government|premier|gov\.|governor|legislature|"
                                    r"(?:state|provincial)\s+(?:government|legislature|parliament)|"
                                    r"(?:health|finance|education|justice|transport)\s+minister)(?!\w)", re.I)
# "an Edmonton woman", "a Danbury mason": a town named as where someone or something is from
_AN_BEFORE = re.compile(r"\b(?:an?|AN?)\s+$")
_RESIDENT_AFTER = re.compile(r"^\s+(?:man|woman|men|women|boy|girl|teen|teenager|resident|family|couple|native|school|"
                             r"student|pupil|driver|mother|father|business|company|firm)\b")
_LOCATIVE = re.compile(r"\b(?:in|at|near|from|of|on|into|outside|inside|to)\b")
_ARTICLE_LED = re.compile(r"^(?:al|el|an|ar|as|ash|at|ad|az|ed|en|es)[- ]\w", re.I)
_SOURCE_WORDS = re.compile(r"^\s+(?:media\s+cent(?:er|re)|news|network|agency|observatory|coordination|"
                           r"council|committee|university|radio|tv|today|times|post|monitor)\b", re.I)


@dataclass
class Place:
    """A place mention resolved against the gazetteer (document offsets; ACLED-style fields)."""

    location: str
    country: str
    iso3: str
    admin1: str
    admin2: str
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    resolved: bool
    start: int
    end: int
    text: str
    kind: str = ""                  # gazetteer kind (city, neighbourhood, admin1, ...), "" when unknown
    note: str = ""                  # how it was placed: "gazetteer", "parent-city", "direction:north", ...
    within: "Place | None" = None   # for an unknown name: the known place the text puts it in
    ref: str = ""                   # gazetteer record id
    # the named place's own point when a direction moved (latitude, longitude) ("south-western China"):
    # a geoparser reports the toponym at its own point, the event sits in the named part
    name_point: tuple[float, float] | None = None

    def as_dict(self) -> dict[str, Any]:
        d = {k: getattr(self, k) for k in ("location", "country", "iso3", "admin1", "admin2", "latitude",
                                            "longitude", "geo_precision", "resolved", "start", "end", "text",
                                            "kind", "note", "ref")}
        d["within"] = self.within.as_dict() if self.within else None
        return d


@dataclass
class GeoContext:
    """What the whole document tells about where it is, plus the last located place (see module doc)."""

    focus_cc: str = ""
    focus_admin1: str = ""
    focus_city: Rec | None = None
    anchors: list[tuple[float, float]] = field(default_factory=list)
    cc_counts: Counter = field(default_factory=Counter)
    last: Place | None = None
    # words of people's full names seen so far in the document ("Campbell Paterson" -> "Paterson"):
    # one name, one sense: the same word alone later is still the person, not a town
    person_words: set = field(default_factory=set)
    # one sense per discourse: name key -> the reading the text settled (dateline, "Town, State")
    senses: dict = field(default_factory=dict)
    firm_senses: set = field(default_factory=set)  # keys a container or the dateline settled
    # name key -> the country a container put it in ("Palma town in Mozambique"): its bare mentions
    # elsewhere in the text are that place, not a bigger namesake abroad the gazetteer happens to know
    name_country: dict = field(default_factory=dict)
    # a geoparser's reading (`sitroom places`): a one-word name that is only another place's alternate
    # name needs the text to treat it as a place. Off for events: it cost event recall on our held-out texts
    strict_alternates: bool = False

    def remember(self, place: Place | None) -> None:
        """Record the entry's last located place (locate calls this itself)."""
        if place is not None and (place.resolved or place.within is not None):
            self.last = place

    def new_entry(self) -> None:
        """Forget the last place at a live-blog entry boundary (the document focus stays)."""
        self.last = None


@dataclass
class _M:
    """A mention during resolution."""

    raw: RawMention
    start: int                  # document offsets
    end: int
    recs: tuple[Rec, ...]
    best: Rec | None = None
    score: float = 0.0
    parent: "_M | None" = None  # the larger place it lies in
    rel_dir: str = ""           # "southwest" for "X, southwest of Y" (self is X, parent Y)
    is_parent: bool = False
    modifier: str = ""          # "direction:north", "near", "countryside", "province", "city"
    event_ok: bool = True
    supported: bool = False
    ner: str = ""
    pos: str = ""
    locative: bool = False
    ner_whole: bool = False     # the entity is exactly this name (not "Edmonton Oilers" around "Edmonton")
    in_person: bool = False     # part of a person's full name here or earlier in the document
    child_recs: tuple = ()      # readings of the places the text puts inside this one ("Atlanta, Georgia")


def display_name(name: str) -> str:
    """GeoNames' scholarly transliteration without diacritics ("Ḩamāh" -> "Hamah")."""
    s = name.translate(str.maketrans({c: None for c in "‘’ʿʾ'`"}))
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def _title_case_line(text: str, pos: int) -> bool:
    """The line holding `pos` is written in title case (a headline): four or more words, nearly all
    of those of four letters or more capitalised."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    words = re.findall(r"[A-Za-z][\w'’-]*", text[start:end if end >= 0 else len(text)])
    long_words = [w for w in words if len(w) >= 4]
    return len(words) >= 4 and len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) >= 0.85 * len(long_words)


class Geocoder:
    """Resolves place mentions against a Gazetteer; see module docstring for the call pattern."""

    _default: "Geocoder | None" = None

    def __init__(self, gazetteer: Gazetteer):
        self.gaz = gazetteer
        self._fuzzy_keys: dict[str, list[str]] = {}
        self._vkeys: dict[str, dict[str, list[str]]] = {}

    @classmethod
    def default(cls) -> "Geocoder":
        if cls._default is None:
            cls._default = cls(Gazetteer.load())
        return cls._default

    # -- document context --------------------------------------------------------------------
    def context_for(self, doc_text: str) -> GeoContext:
        """Focus country, governorate and big city from unambiguous mentions in the whole text."""
        ctx = GeoContext()
        votes: Counter = Counter()
        a1: Counter = Counter()
        cities: Counter = Counter()
        picked: list[Rec] = []
        weight: list[float] = []  # each picked reading's vote (a dateline region's weighs three)
        ambiguous: list[list[Rec]] = []
        weak: Counter = Counter()  # countries of small, unambiguous places the text marks as places
        near_cands: dict[str, list[Rec]] = {}  # name key -> its readings that may pair with a neighbour's
        strong_ccs: dict[str, set[str]] = {}   # name key -> countries of its prominent readings
        raws = scan(doc_text, self.gaz.has_key)
        has_region = any(r.extra.get("dateline_region") for r in raws)
        # "GLASGOW, Ky. —": the region settles the town's name for the whole text, so its later bare
        # mentions are no votes for a bigger namesake abroad
        settled = {r.key for r in raws if r.extra.get("dateline") and has_region and r.key}
        ctx.name_country = self._contained_names(raws, doc_text)
        for raw in raws:
            # the dateline says where the story was filed: its region ("Ky.", "Democratic Republic of
            # Congo") weighs three mentions; the town alone only when no region follows it
            w = 3.0 if raw.extra.get("dateline_region") or (raw.extra.get("dateline") and not has_region) else 1.0
            if raw.key is None or (raw.words == 1 and raw.text.lower() in COMMON_WORDS):
                continue
            if raw.key in settled:
                continue  # "PORTLAND, Maine": which Portland is the region's to say
            if any(raw.extra.get(f) for f in ("org", "site_of", "service")) or _outlet_subject(doc_text, raw):
                continue  # "Voice of America reported ...": the outlet's name says nothing about the place
            recs = self.gaz.lookup(raw.key)
            if raw.key in ctx.name_country:
                # only the readings in the country the text put the name in vote (often none)
                recs = tuple(r for r in recs if r.cc == ctx.name_country[raw.key])
            # an alternate name ("Khalil" for Hebron) is too weak to vote for a country
            strong = [r for r in recs if r.kind in ("country", "admin1") or r.source == "supplement"
                      or (r.population >= 50_000 and _fold(r.name) == _fold(raw.text))]  # "Chowk" is no vote for "Chauk"
            # a one-word area name abroad ("Pool", "Mon"), or one only the spelling key matches
            # ("al Qaeda" ~ "Kedah"), is too weak to vote
            placed_by_text = bool(raw.cue_after or raw.extra.get("dateline_region")
                                  or _LOCATIVE_BEFORE.search(doc_text[max(0, raw.start - 30):raw.start]))
            exact_area = [r for r in strong if r.source == "geonames-admin" and _fold(r.name) == _fold(raw.text)]
            strong = [r for r in strong if r.source != "geonames-admin"
                      or (_fold(r.name) == _fold(raw.text) and (len(r.name.split()) > 1 or placed_by_text))]
            if not strong and len(raw.text) >= 5 and raw.text not in DEMONYMS:  # "Somali" is an adjective
                strong, w = exact_area, w * 0.5  # "Jonglei" named bare five times: half a vote each ("Mon" none)
            if raw.extra.get("possessive"):  # "Syria’s war" votes, "Bana’s tweets" does not
                strong = [r for r in strong if r.kind in ("country", "admin1")]
            if raw.key not in near_cands and not raw.extra.get("possessive"):
                near_cands[raw.key] = _pairable(recs, strong, raw)
                strong_ccs[raw.key] = {r.cc for r in strong}
            if not strong:
                if placed_by_text and recs and len({r.cc for r in recs}) == 1:
                    weak[recs[0].cc] += 0.25  # "in X LGA": a small place the text marks, one country
                continue
            nations = [r for r in strong if r.kind == "country"]
            if len(nations) == 1 and _fold(nations[0].name) == _fold(raw.text) and not any(
                    r.kind == "admin1" and _fold(r.name) == _fold(raw.text) for r in strong):
                strong = nations  # "France" is the country, whatever town shares the name ("Georgia" stays open)
            curated = {r.cc for r in strong if r.source in ("supplement", "user")}
            if len({r.cc for r in strong}) == 1:
                best = max(strong, key=lambda r: (KIND_PRIOR.get(r.kind, 0) + math.log10(r.population + 10) / 2))
                # a curated place (supplement, user) keeps the weight it had when a namesake made it ambiguous
                votes[best.cc] += w * (1.5 if best.kind == "country" else
                                       1.2 if best.source in ("supplement", "user") else 1.0)
                picked.append(best)
                weight.append(w)
            elif len(curated) == 1:
                # a name in a curated list ("Palmyra") is read there unless the text says otherwise
                cc = min(curated)
                votes[cc] += 0.8 * w
                ambiguous.append(strong)
            else:
                ambiguous.append(strong)
        # a text whose names are ambiguous: the namesakes that lie together agree ("Edmonton ... Clacton,
        # Essex"), when one of the two is a prominent place there; never against a clear country
        paired: Counter = Counter()
        for a, b in (_close_pairs(near_cands, strong_ccs) if not votes or max(votes.values()) < 2.0 else ()):
            if paired[a.cc] < 1.5:
                paired[a.cc] += 0.5
                picked.extend((a, b))
                weight.extend((0.5, 0.5))
        # nationality adjectives count only for countries the places already point to, or when no place does
        place_ccs = set(votes)
        for cc in sorted({DEMONYMS[m.group(1)] for m in _DEMONYM_RE.finditer(doc_text)}):
            if cc in place_ccs or not place_ccs:
                votes[cc] += 0.5
        ctx.cc_counts = Counter(votes)  # countries the text names unambiguously
        # ambiguous names: each country they could be in gets a small vote, then each is read in the leader
        for strong in ambiguous:
            for cc in sorted({r.cc for r in strong}):
                votes[cc] += 0.4
        if not votes:
            votes.update(weak)  # a text that names no country or big place: its small places decide
        votes.update(paired)
        home = self.gaz.home_cc
        if home:
            votes[home] += 0.3  # a text that names no country is about the curated lists' country
        if votes:
            ctx.focus_cc = _top(votes)
        for strong in ambiguous:
            inside = [r for r in strong if r.cc == ctx.focus_cc]
            if inside:
                picked.append(max(inside, key=lambda r: (KIND_PRIOR.get(r.kind, 0)
                                                         + math.log10(r.population + 10) / 2)))
                weight.append(1.0)
        for r, w in zip(picked, weight):
            if r.cc != ctx.focus_cc:
                continue
            if r.admin1:
                a1[r.admin1] += w
            if r.kind in ("city", "town", "village", "neighbourhood", "site", "airport", "camp", "district"):
                ctx.anchors.append((r.lat, r.lon))
            if r.kind == "city" and r.population >= BIG_CITY_POP:
                cities[r.rid] += 1
            elif r.parent:
                for pr in self.gaz.lookup(_key(r.parent)):
                    if pr.kind == "city" and pr.cc == r.cc:
                        cities[pr.rid] += 1
                        break
        if a1:
            ctx.focus_admin1 = _top(a1)
        if cities:
            rid = _top(cities)
            ctx.focus_city = next(r for r in picked + self._lookup_rid_parents(picked) if r.rid == rid)
        return ctx

    def _contained_names(self, raws: list[RawMention], text: str) -> dict[str, str]:
        """Names the text puts in a country or a first-level area ("Palma town in Mozambique",
        "X, Kano State"): name key -> that container's country, the first container winning.
        A country is never a contained name (two in a row are a list)."""
        out: dict[str, str] = {}
        for a, b in zip(raws, raws[1:]):
            if a.key is None or b.key is None or a.key in out or b.start < a.end:
                continue
            if not _PARENT_GAP.match(text[a.end:b.start]):
                continue
            if b.cue_after and cue_kind(b.cue_after) != "admin1":
                continue  # "in the Jordan Valley": a part named after the country, not the country
            areas = [r for r in self.gaz.lookup(b.key)
                     if r.kind in ("country", "admin1") and _fold(r.name) == _fold(b.text)]
            if len({r.cc for r in areas}) != 1:
                continue
            brecs = self.gaz.lookup(b.key)
            if not re.search(r"\b(?:in|of|near)\b", text[a.end:b.start]) and not b.cue_after \
                    and all(r.kind == "admin1" for r in areas) and _capital_namesake(areas[0], brecs):
                continue  # "Beirut, Damascus and Amman": a list of cities, not a city in a province
            if any(r.kind in ("country", "continent") and _fold(r.name) == _fold(a.text) for r in self.gaz.lookup(a.key)):
                continue  # "Russia, Ukraine said": two countries in a row are a list
            out[a.key] = areas[0].cc
        return out

    def focus_place(self, ctx: GeoContext) -> Place | None:
        """The document's focus country as a country-level place (precision 3, note "document focus"):
        where an event sits when no sentence about it names a place. ACLED codes every event in a
        country; a record without one is read as placed nowhere. None when the text names no country."""
        if not ctx.focus_cc:
            return None
        country, iso3 = gb.country_info(ctx.focus_cc)
        rec = next((r for r in self.gaz.lookup(_key(country)) if r.kind == "country" and r.cc == ctx.focus_cc), None)
        if not country or rec is None:
            return None
        return Place(country, country, iso3, "", "", round(rec.lat, 5), round(rec.lon, 5), 3, True, 0, 0, "",
                     "country", "document focus", None, rec.rid)

    def _lookup_rid_parents(self, recs: list[Rec]) -> list[Rec]:
        out = []
        for r in recs:
            if r.parent:
                out.extend(self.gaz.lookup(_key(r.parent)))
        return out

    # -- mentions --------------------------------------------------------------------------
    def _mentions(self, text: str, base: int, ctx: GeoContext, ents: list[tuple[int, int, str]],
                  pos: dict[int, str] | None = None) -> list[_M]:
        ms: list[_M] = []
        pos = pos or {}
        ws = words_of(text)
        # spaCy reads capitalised headline words as names ("Missiles Strike Kherson" as a PERSON): a
        # title-case line's PERSON entities say nothing about people
        ents = [(s, e, label) for s, e, label in ents if not (label == "PERSON" and _title_case_line(text, s))]
        for s, e, label in ents:
            if label == "PERSON" and " " in text[s:e].strip():
                name = re.split(r"\s(?:of|from|in|and)\s", text[s:e])[0]  # "Leonard of Ada": the name is "Leonard"
                ctx.person_words.update(w for w in re.findall(r"[A-Z][\w'’-]+", name) if len(w) > 2)
        for raw in scan(text, self.gaz.has_key, ws=ws):
            recs = self.gaz.lookup(raw.key) if raw.key else ()
            m = _M(raw, base + raw.start, base + raw.end, recs)
            m.pos = pos.get(raw.start, "")
            for s, e, label in ents:
                if s < raw.end and raw.start < e:
                    m.ner = label
                    if text[s:s + 4].lower() == "the ":
                        s += 4
                    m.ner_whole = (s, e) == (raw.start, raw.end)
                    if label == "PERSON" and (e - s) > (raw.end - raw.start) + 1 and raw.key \
                            and not re.search(r"\b[a-z]", text[s:raw.start]):  # "Leonard of Ada": not the name
                        m.extra_org = True  # type: ignore[attr-defined]
                        m.in_person = True  # "Georgia Stevens", "Campbell Paterson": part of a person's name
                    break
            if raw.key and raw.words == 1 and raw.text in ctx.person_words and not raw.text.isupper():
                m.in_person = True
            before = text[max(0, raw.start - 80):raw.start]
            after = text[raw.end:raw.end + 60]
            raw.extra["before"] = before[-30:]
            m.locative = bool(_LOCATIVE_BEFORE.search(before)) and m.ner in ("GPE", "LOC", "FAC", "") \
                or bool(_RESIDENCE_BEFORE.search(before))  # "Paul Roe, 49, of Waterloo": where he lives
            m.supported = bool(re.search(r"\b(?:in|near|at|outside|from|to|into|towards?|around|across|"
                                         r"of|on|between|and|through|via|inside|within)\s+(?:the\s+)?$", before)
                               or raw.cue_after or m.ner in ("GPE", "LOC", "FAC")
                               or (_AN_BEFORE.search(before) and _RESIDENT_AFTER.match(after)))
            if _DIR_BEFORE.search(before):
                m.modifier = "direction:" + _DIR_BEFORE.search(before).group(1).lower().replace("-", "")
            elif _CENTRAL_BEFORE.search(before) and _CENTRAL_BEFORE.search(before).group(1).lower() == "central":
                m.modifier = "direction:central"
            elif _CENTRAL_BEFORE.search(before):
                m.modifier = "countryside"
            if _SERVICE_AFTER.match(after) or _AREA_GOVERNMENT_AFTER.match(after):
                raw.extra["service_after"] = True  # "Danbury police", "Beaconsfield Mayor": the service's home
            if _AREA_GOVERNMENT_AFTER.match(after):
                raw.extra["area_government"] = True  # "the Quebec government", "New York Gov.": the area
            ca = _COUNTRYSIDE_AFTER.match(after)
            ob = _OF_BEFORE.search(before)
            word = (ca.group(1) if ca else ob.group(1) if ob else "").lower()
            if word in ("province", "governorate"):
                m.modifier = m.modifier or "province"
                m.raw.cue_after = "province"
            elif word == "city" and not m.modifier:
                m.modifier = "city"
            elif word in ("countryside", "suburbs", "outskirts", "vicinity"):
                m.modifier = m.modifier or ("countryside" if word == "countryside" else "near")
            if not m.modifier and _NEAR_BEFORE.search(before):
                m.modifier = "near"
            if (_REPORTER.match(text[raw.end:]) or _STANCE_AFTER.match(text[raw.end:])) \
                    and not _LOCATIVE.search(text[:raw.start]):
                m.event_ok = False  # "Gulf Times (Qatar) reported ...": the outlet's home, not the event
            if any(p.search(before) for p in _NON_EVENT_BEFORE) or _NON_EVENT_AFTER.match(after) \
                    or (raw.key and _SOURCE_WORDS.match(after)) or getattr(m, "extra_org", False) \
                    or raw.extra.get("org_home"):
                m.event_ok = False
            if raw.words == 1 and len(raw.text) == 2 and raw.text.isupper() and not m.locative:
                m.event_ok = False  # "US strikes", "UK officials": an acronym country names an actor
            if names_nation_actor(after) and any(r.kind == "country" for r in recs) \
                    and (raw.extra.get("abbreviation") or _names_nation(m)):
                m.event_ok = False  # "six U.S. soldiers were killed": whose soldiers, not where
            if raw.key is None and not recs:
                ms.append(m)
                continue
            ms.append(m)
        self._add_ner_unknowns(text, base, ents, ms)
        for s0, e0 in unknown_runs(text, ws):
            if any(m.raw.start < e0 and s0 < m.raw.end for m in ms) or not _REL_AFTER.match(text[e0:]):
                continue
            if pos.get(s0) not in ("PROPN", "") or text[s0:e0].lower() in COMMON_WORDS:
                continue
            raw = RawMention(s0, e0, text[s0:e0], None, len(text[s0:e0].split()), extra={"cue": "relative"})
            ms.append(_M(raw, base + s0, base + e0, (), supported=True))
        ms.sort(key=lambda m: m.start)
        return ms

    def _add_ner_unknowns(self, text: str, base: int, ents: list[tuple[int, int, str]], ms: list[_M]) -> None:
        """NER place entities the gazetteer lacks, after a locative preposition: reported as unknown."""
        for s, e, label in ents:
            if label not in ("GPE", "LOC"):
                continue
            if any(m.raw.start < e and s < m.raw.end for m in ms):
                continue
            surface = text[s:e]
            if surface.lower().startswith("the "):
                s += 4
                surface = surface[4:]
            if not surface[:1].isupper() or surface.split()[-1].lower() in COMMON_WORDS:
                continue
            before = text[max(0, s - 30):s]
            if re.match(r"['’]s\b", text[e:e + 3]):
                continue
            if not re.search(r"\b(?:in|near|at|outside|into|on|of)\s+(?:the\s+)?$", before):
                continue
            raw = RawMention(s, e, surface, None, len(surface.split()))
            m = _M(raw, base + s, base + e, (), ner=label, supported=True)
            if any(p.search(before) for p in _NON_EVENT_BEFORE):
                m.event_ok = False
            ms.append(m)
        ms.sort(key=lambda m: m.start)

    def _fallback_recs(self, m: _M, ctx: GeoContext) -> tuple[Rec, ...]:
        """Spelling variants the key misses, only in the focus country, stricter for shorter names:
        consonant skeleton from 5 letters (towns and curated places only below 7), fuzzy from 8."""
        return self._variant_recs(_key(m.raw.text), m, ctx)

    def _variant_recs(self, key: str, m: _M, ctx: GeoContext) -> tuple[Rec, ...]:
        """Tiers, each only in the focus country and only for long enough names: vowels ignored
        (4+ letters, "Qasayr" = "Qusayr"), consonant skeleton (5+), fuzzy ratio >= 90 (8+). Below 7
        letters only towns and curated places qualify (short names collide too often)."""
        if len(key) < 4 or not ctx.focus_cc or m.raw.extra.get("site_lead") or m.raw.extra.get("site_of"):
            return ()
        if m.in_person or (m.ner in ("PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "PRODUCT")
                           and not (m.raw.extra.get("cue") or m.raw.cue_after or m.parent is not None
                                    or _LOCATIVE_BEFORE.search(m.raw.extra.get("before", "")))):
            return ()  # "Haley", "Taylor": a respelling of a person's or outlet's name is no place

        def keep(recs):
            recs = tuple(r for r in recs if r.cc == ctx.focus_cc)
            if len(key) < 7:
                recs = tuple(r for r in recs if r.kind in ("city", "town") or r.source in ("supplement", "user"))
            return recs

        recs = keep(r for k in self._vowel_keys(ctx.focus_cc).get(_vowelless(key), ()) for r in self.gaz.lookup(k))
        if recs or len(key) < 5:
            return recs
        recs = keep(self.gaz.lookup_skeleton(skeleton(key)))
        if recs:
            return recs
        if len(key) >= 8:
            from rapidfuzz import fuzz, process

            keys = self._keys_in(ctx.focus_cc)
            hit = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=90)
            if hit:
                return tuple(r for r in self.gaz.lookup(hit[0]) if r.cc == ctx.focus_cc)
        return ()

    def _vowel_keys(self, cc: str) -> dict[str, list[str]]:
        """Vowel-insensitive key -> name keys of the country's places (built once per country from the
        index's per-country key list; a scan of every gazetteer key per call cost 75% of extraction)."""
        got = self._vkeys.get(cc)
        if got is None:
            got = {}
            for k in self.gaz.keys_in_country(cc):
                got.setdefault(_vowelless(k), []).append(k)
            self._vkeys[cc] = got
        return got

    def _keys_in(self, cc: str) -> list[str]:
        """Name keys (6+ letters) of the country's places: the fuzzy tier's choices (built once per country)."""
        got = self._fuzzy_keys.get(cc)
        if got is None:
            got = self._fuzzy_keys[cc] = [k for k in self.gaz.keys_in_country(cc) if len(k) >= 6]
        return got

    # -- disambiguation -----------------------------------------------------------------------
    def _score(self, r: Rec, m: _M, ctx: GeoContext, local: list[tuple[float, float]]) -> float:
        s = KIND_PRIOR.get(r.kind, 0.5) + math.log10(r.population + 10) / 2
        if ctx.focus_cc:
            if r.cc == ctx.focus_cc:
                s += 3.0
            elif r.kind == "city" and r.population >= 1_000_000 and _name_head(r.name, m.raw.text):
                s += 1.5  # "Paris" in a US story is still Paris unless the text says Texas (not "Midan" for Medan)
            elif r.kind != "country":
                s -= 1.0
            if r.cc != ctx.focus_cc and r.kind != "country" and ctx.cc_counts.get(r.cc):
                s += 1.5  # the text names this place's country too ("in France ... Paris")
        if ctx.focus_admin1 and r.admin1 == ctx.focus_admin1:
            s += 1.0
        pts = local + ctx.anchors
        if pts and r.kind not in ("country", "admin1") and (not ctx.focus_cc or r.cc == ctx.focus_cc):
            s += _near_bonus(r.lat, r.lon, pts[:30])
        if r.source in ("supplement", "namelist"):
            s += 0.6
        if m.modifier == "province" or cue_kind(m.raw.cue_after) == "admin1":  # "X region", "X oblast"
            s += 6.0 if r.kind == "admin1" else 0.0
        elif r.kind == "admin1" and m.is_parent and r.source != "geoboundaries":  # Syria's own rules below
            s += 1.5  # the container in "Portland, Maine" is the state, not a town with that alias
        elif r.kind == "admin1" and _capital_namesake(r, m.recs):
            s -= 1.5  # a bare "Aleppo" is the city, as ACLED codes it
        elif r.kind == "admin1" and _fold(r.name) == _fold(m.raw.text) and not any(
                o.cc == r.cc and o.population >= 100_000 and o.kind != "admin1" for o in m.recs):
            s += 1.5  # "Indiana", "Delaware": the state, not a small town abroad that shares its name
        if m.is_parent and m.child_recs and r.kind in ("country", "admin1") \
                and any(_consistent(c, r) for c in m.child_recs if c.kind not in ("country", "continent")):
            s += 3.0  # "Atlanta, Georgia": the container the contained place lies in
        if m.raw.extra.get("area_government") and r.kind in ("admin1", "country"):
            s += 4.0  # a premier, governor or legislature governs a state or province, not its capital city
        if m.modifier == "city" or m.raw.cue_after == "city":
            s += 3.0 if r.kind in ("city", "town") else 0.0
        if m.raw.cue_after in ("village", "town") and r.kind in ("village", "town"):
            s += 1.5
        if r.parent:
            s += 0.5
        if m.parent is not None and m.parent.best is not None:
            p = m.parent.best
            if p.kind == "country":
                s += 4.0 if r.cc == p.cc else -4.0
            elif p.kind == "admin1":
                s += 4.0 if (r.admin1 == p.admin1 and r.cc == p.cc) else -3.0
            else:
                d = distance_km(r.lat, r.lon, p.lat, p.lon)
                s += 4.0 if d < 60 else -3.0
        if _fold(r.name) == _fold(m.raw.text):
            # a country or area written exactly as its name ("France") beats a town that only shares
            # the spelling-folded key ("Franca")
            s += 5.0 if r.kind in ("country", "continent") else 0.3
        return s

    def _accept(self, r: Rec, m: _M, ctx: GeoContext) -> bool:
        text = m.raw.text
        if m.in_person and not (m.raw.extra.get("cue") or m.raw.cue_after or (m.parent is not None and m.locative)
                                or m.raw.extra.get("service_after")
                                or (m.locative and m.ner in ("GPE", "LOC"))):
            return False  # a person's name, whatever place shares it ("Arch Walsh of Mississauga" too)
        low = text.lower()
        single = m.raw.words == 1
        if m.raw.extra.get("abbreviation"):
            return r.kind in ("country", "admin1", "city")  # "U.S.", "Ky.": read by the abbreviation list
        if single and (low in COMMON_WORDS or len(_key(text)) < 3):
            if not (r.kind == "country" and text.isupper() and len(text) == 2):  # "US", "UK"
                return False
        if ctx.strict_alternates and single and r.kind != "country" and r.source == "geonames" \
                and not _name_head(r.name, text) and not _placed_by_text(m):
            return False  # "Fire" (Pharr), "Google" (Topeka), "Messi" (Metz): only another place's alternate name
        if m.ner in ("PERSON", "NORP", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "ORDINAL") and r.kind != "country":
            if not (r.cc == ctx.focus_cc and (r.population >= 10_000 or r.source in ("supplement", "namelist"))):
                return False
        if single and m.pos in ("VERB", "ADJ", "ADV", "PRON", "DET", "ADP", "AUX", "NUM", "INTJ", "SCONJ", "CCONJ") \
                and m.ner not in ("GPE", "LOC") and not (m.pos == "ADJ" and cue_kind(m.raw.cue_after) == "admin1"):
            return False  # (spaCy tags the name in "the Kyiv region" ADJ: an area word after it says it is a name)
        if single and m.raw.sentence_initial and m.ner not in ("GPE", "LOC", "FAC") and r.kind != "country" \
                and not (ctx.focus_cc and r.cc == ctx.focus_cc) and not m.raw.extra.get("dateline"):
            return False
        if r.source == "namelist" and not self._in_named_city(r, m, ctx):
            return False  # a bare district name counts only where the text is about its city
        if m.raw.extra.get("possessive") and r.kind not in ("country", "continent") and r.cc != ctx.focus_cc:
            return False  # "Bana’s name": a person's possessive, unless a place the document is about
        if m.raw.extra.get("site_lead") or m.raw.extra.get("site_of"):
            # "Rawda Mosque", "Temple of Bel": the name is the building's, unless it is a known town
            if not (r.cc == ctx.focus_cc and (r.kind in ("city", "town", "admin1") or r.population >= 10_000
                                              or r.source in ("supplement", "user"))):
                return False
        p = m.parent.best if m.parent is not None else None
        if p is not None and r.kind not in ("country", "admin1") and not _consistent(r, p, m.parent.modifier):
            return False
        if m.parent is not None and p is None and r.kind not in ("country", "admin1") and not _name_head(r.name, text):
            return False  # inside an area the gazetteer lacks ("X, in the Y Valley"): only X's own name is X
        if r.kind == "country" and m.raw.cue_after and cue_kind(m.raw.cue_after) != "admin1":
            return False  # "the Jordan Valley", "Congo River": a part named after the country, not the country
        home = ctx.name_country.get(m.raw.key) if m.raw.key else None
        if home and r.cc != home and m.parent is None:
            return False  # the text put this name in another country elsewhere: not this namesake
        in_focus = bool(ctx.focus_cc) and r.cc == ctx.focus_cc
        if not in_focus and r.kind != "country" and ctx.focus_cc and not ctx.cc_counts.get(r.cc) \
                and any(o.cc == ctx.focus_cc and o.kind != "country" for o in m.recs):
            return False  # the focus country has a place of this name: a namesake abroad needs its country named
        if r.kind not in ("country", "admin1") and not self._named_as_place(r, m, in_focus):
            return False
        if r.kind == "admin1" and not in_focus and ctx.focus_cc and not ctx.cc_counts.get(r.cc) \
                and r.population < 1_000_000 and not self._named_as_place(r, m, in_focus):
            return False  # "Liquor Store Association": a small area abroad needs the text to treat it as a place
        if r.source == "geonames-admin" and not in_focus and ctx.focus_cc and not ctx.cc_counts.get(r.cc) \
                and not m.raw.extra.get("dateline"):
            return False  # an area abroad ("Gaza" province, "Pool" department) needs its country named
        if r.kind in ("country", "admin1", "continent") or in_focus:
            return True
        cue = m.raw.extra.get("cue") or m.raw.cue_after
        if ctx.focus_cc and cue in ("district", "neighbourhood", "neighborhood", "quarter", "area", "suburb",
                                    "village", "camp"):
            return False  # a small place in a document about another country: not this far-away namesake
        if ctx.focus_cc and not ctx.cc_counts.get(r.cc) and (r.population < 1_000_000 or not _name_head(r.name, text)) \
                and r.source not in ("supplement", "user"):  # curated or user-added places are expected
            return False  # a namesake in a country the text never names (a great city only by its own name)
        if ctx.focus_cc and m.ner not in ("GPE", "LOC", "FAC") and m.parent is None and not (
                r.population >= 1_000_000 and _fold(r.name) == _fold(text) and m.supported
                and m.ner not in ("PERSON", "ORG")):  # "the destruction of Aleppo": a great city abroad
            return False  # outside the focus country only what NER also calls a place
        if r.population >= 100_000 or r.source == "supplement":
            return True
        if m.parent is not None and m.parent.best is not None:
            return True
        if m.supported and not m.raw.sentence_initial and (r.population >= 1_000 or m.ner in ("GPE", "LOC", "FAC")):
            return True
        return False

    @staticmethod
    def _named_as_place(r: Rec, m: _M, in_focus: bool) -> bool:
        """Recognition reads names, not words: a settlement needs spaCy's place label, a place cue,
        a container link or a curated list behind it; a bare capitalised word ("Burton", "Lakes",
        "Secretary") that some small town shares is not a mention of it."""
        if m.ner in ("GPE", "LOC", "FAC") or m.raw.extra.get("cue") or m.raw.cue_after:
            return True
        if m.raw.extra.get("service_after") and in_focus:
            return True  # "Danbury police", "the Beaconsfield mayor": a local service's home
        if m.parent is not None or m.is_parent or r.source in ("supplement", "user", "namelist"):
            return True
        if m.raw.extra.get("dateline"):
            return True
        if m.ner in ("PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "LANGUAGE") \
                and not (m.ner_whole and m.ner == "ORG"):  # a bare city name is often tagged ORG
            # spaCy often tags an unfamiliar transliterated city as a person ("struck Makiivka"):
            # a large city of the country the document is about is still that city
            if in_focus and r.population >= 100_000:
                return True
            return m.locative and (r.population >= 100_000 or (in_focus and r.population >= 10_000))
        return m.supported or r.population >= 100_000

    def _resolve(self, ms: list[_M], text: str, base: int, ctx: GeoContext) -> None:
        # hierarchy links: a mention followed by "in/of/, <larger place>" or "southwest of <place>"
        linkable = [m for m in ms if m.ner != "NORP" and not (
            m.raw.key is None and not (m.raw.extra.get("cue") or m.raw.cue_after) and m.ner not in ("GPE", "LOC", "FAC"))]
        for a, b in zip(linkable, linkable[1:]):
            gap = text[a.raw.end:b.raw.start]
            if b.raw.start < a.raw.end:
                continue
            rel = _REL_GAP.match(gap)
            if rel:
                a.parent, a.rel_dir, b.is_parent = b, rel.group(1).lower().replace("-", ""), True
            elif _PARENT_GAP.match(gap) and b.raw.key is not None and not _names_nation(a):
                a.parent, b.is_parent = b, True  # a country or continent lies in nothing ("Russia, U.S. officials")
        for a in ms:
            if a.parent is not None:
                a.parent.child_recs += a.recs
        local: list[tuple[float, float]] = []
        # parents first, then children (who are scored against their parent)
        # (containers of containers first: "Paris" in "Victory Gardens in Paris, Texas" is read after "Texas")
        order = sorted(ms, key=lambda m: (0, -m.start) if m.is_parent else (1, m.start))
        for m in order:
            recs = m.recs
            if self._settled_sense(m, ctx):
                if m.best.kind not in ("country", "admin1") and m.best.cc == ctx.focus_cc:
                    local.append((m.best.lat, m.best.lon))
                continue
            if not recs and m.raw.key is None:
                recs = self._fallback_recs(m, ctx)
                m.recs = recs
            self._pick(m, recs, ctx, local)
            if m.best is None and recs and m.parent is not None and not m.rel_dir and (
                    m.parent.best is None or m.parent.best.kind in ("city", "town", "village")):
                # no reading lies in the "container": a list ("Toronto, Vancouver and ..."), not a hierarchy
                parent, m.parent = m.parent, None
                self._pick(m, recs, ctx, local)
                if m.best is None:
                    m.parent = parent
            if m.best is None and m.raw.extra.get("run_end"):
                self._extend_to_run(m, ms, text, base, ctx, local)
            if m.best is None and recs and m.raw.key is not None:
                # every reading of the exact key was rejected ("Al Qasayr" -> a village in Jordan):
                # try the spelling-variant tiers inside the focus country
                alt = tuple(r for r in self._fallback_recs(m, ctx) if r not in recs)
                if alt:
                    self._pick(m, alt, ctx, local)
                    if m.best is not None:
                        m.recs = alt
            if m.best is not None and m.best.source == "geonames":
                # same place in the cited supplement: use its common English spelling ("Daraa", not "Dara")
                b = m.best
                for r in recs:
                    if r.source == "supplement" and SPECIFICITY.get(r.kind) in (1, 2) and abs(r.lat - b.lat) < 0.1 and abs(r.lon - b.lon) < 0.1:
                        m.best = r
                        break
            if m.best is not None and m.raw.key and (m.raw.extra.get("dateline") or (
                    m.parent is not None and m.parent.best is not None)):
                if m.raw.key not in ctx.firm_senses:  # the text settled this name's reading
                    ctx.senses[m.raw.key] = m.best   # (a container or the dateline outranks "in X")
                    ctx.firm_senses.add(m.raw.key)
            elif m.best is not None and m.raw.key and m.best.kind not in ("country", "admin1", "continent") \
                    and not m.raw.cue_after and not m.in_person and (m.locative or m.raw.extra.get("cue") == "street"):
                ctx.senses.setdefault(m.raw.key, m.best)
            if m.best is not None and m.best.kind not in ("country", "admin1") and m.best.cc == ctx.focus_cc:
                local.append((m.best.lat, m.best.lon))

    @staticmethod
    def _settled_sense(m: _M, ctx: GeoContext) -> bool:
        """One sense per discourse: a bare name the document already settled ("GLASGOW, Ky." in the
        dateline) is read the same way again, unless this mention names its own container."""
        sense = ctx.senses.get(m.raw.key) if m.raw.key else None
        if sense is None or m.parent is not None or sense not in m.recs or m.in_person:
            return False
        if any(m.raw.extra.get(f) for f in ("org", "site_lead", "site_of", "possessive", "area_government")):
            return False
        if m.raw.cue_after or m.raw.extra.get("cue") not in (None, "street", "service") \
                or m.modifier in ("province", "city"):
            return False  # "Aleppo province" after "in Aleppo": the text names another kind of place
        m.best, m.score = sense, 0.0
        return True

    @staticmethod
    def _in_named_city(r: Rec, m: _M, ctx: GeoContext) -> bool:
        """Is the district's city the one the text puts it in (container) or the document's city?"""
        city = _key(r.parent)
        p = m.parent.best if m.parent is not None else None
        if p is not None:
            return _key(p.name) == city or (p.parent and _key(p.parent) == city)
        if m.ner in ("PERSON", "ORG") and not (m.supported or m.raw.extra.get("cue") or m.raw.cue_after):
            return False
        return ctx.focus_city is not None and _key(ctx.focus_city.name) == city

    def _extend_to_run(self, m: _M, ms: list[_M], text: str, base: int, ctx: GeoContext,
                       local: list[tuple[float, float]]) -> None:
        """A first word that resolves nowhere ("Dier" of "Dier Ezzor"): read the whole name run
        through the spelling-variant tiers; on success the mention grows to the run."""
        end = m.raw.extra["run_end"]
        whole = text[m.raw.start:end]
        alt = self._variant_recs(_key(whole), m, ctx)
        if not alt:
            return
        saved = m.raw
        m.raw = replace(m.raw, end=end, text=whole, key=None, words=len(whole.split()))
        self._pick(m, alt, ctx, local)
        if m.best is None:
            m.raw = saved
            return
        m.end, m.recs = base + end, alt
        for c in ms:
            if c is not m and m.start <= c.start and c.end <= m.end:
                c.recs, c.best, c.event_ok = (), None, False
                c.raw.extra["covered"] = True

    def _pick(self, m: _M, recs: tuple[Rec, ...], ctx: GeoContext, local: list[tuple[float, float]]) -> None:
        scored = sorted(((self._score(r, m, ctx, local), r) for r in recs), key=lambda x: -x[0])
        for sc, r in scored:
            if self._accept(r, m, ctx):
                m.best, m.score = r, sc
                break

    # -- places ------------------------------------------------------------------------------
    def _place(self, m: _M, ctx: GeoContext, doc_text_part: str) -> Place | None:
        r = m.best
        if r is None:
            if not self._looks_like_place(m):
                return None  # e.g. a person's name that is also a place somewhere: not a place mention
            return self._unknown_place(m, ctx)
        country, iso3 = gb.country_info(r.cc)
        lat, lon = r.lat, r.lon
        prec = PRECISION_BY_KIND.get(r.kind, 1)
        note = "gazetteer"
        location = country if r.kind == "country" and country else display_name(r.name)  # "South Sudan", not "S. Sudan"
        if r.kind == "admin1" and (m.modifier == "province" or cue_kind(m.raw.cue_after) == "admin1"):
            location = _area_label(r, m)
        if r.parent and r.kind in ("neighbourhood", "district", "site", "airport", "camp"):
            location = f"{r.parent} - {location}"
        if r.source == "namelist":
            prec, note = 2, "parent-city"  # a known district without coordinates: its city's point
        if m.modifier.startswith("direction:"):
            direction = m.modifier.split(":")[1]
            note = m.modifier
            prec = 3
            if r.kind == "country":
                area = gb.country_area(r.cc)
                if area is not None:
                    lat, lon = gb.directional_point(area, direction)
            elif r.kind == "admin1":
                area = gb.admin1_area(r.admin1)
                if area is not None:
                    lat, lon = gb.directional_point(area, direction)
        elif m.modifier in ("near", "countryside") and r.kind not in ("country", "admin1"):
            prec = max(prec, 2)
            note = m.modifier
        admin1 = r.admin1 or (gb.admin1_at(lat, lon) if r.cc == "SY" else "")
        own = (round(r.lat, 5), round(r.lon, 5)) if (lat, lon) != (r.lat, r.lon) else None
        return Place(location, country, iso3, admin1, r.admin2, round(lat, 5), round(lon, 5), prec, True,
                     m.start, m.end, m.raw.text, r.kind, note, None, r.rid, own)

    @staticmethod
    def _looks_like_place(m: _M) -> bool:
        """The text itself marks this name as a place (cue word, container, NER place label)."""
        cued = bool(m.raw.extra.get("cue") or m.raw.cue_after)
        if (m.raw.words == 1 and m.raw.text.lower() in COMMON_WORDS) or generic_only(m.raw.text):
            return False  # "Monday", "The", "Police", "the Zone": a common word is never an unknown place
        if m.ner in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL"):
            return False
        if m.ner == "NORP" or m.pos == "ADJ" or re.search(r"(?:ian|ese|ish)$", m.raw.text):
            # "the al-Ansari area": an article-led name with a place noun is a place, whatever NER says
            if not (cued and _ARTICLE_LED.match(m.raw.text)):
                return False
        if any(m.raw.extra.get(f) for f in ("site_lead", "site_of", "org", "possessive", "covered")):
            return False  # a building's, deity's, outlet's or person's name
        if (m.in_person or (m.ner == "PERSON" and m.ner_whole)) and not (cued or m.locative):
            return False  # "Philip Issa in Beirut", "wife, Gwen of Detroit": a person, not a quarter of the city
        if m.raw.key and m.recs:  # a known word whose readings were all rejected: needs the text's say-so
            return bool(m.parent is not None or m.raw.cue_after or m.raw.extra.get("cue") or m.locative)
        if m.ner in ("PERSON", "NORP", "ORG", "DATE", "TIME", "CARDINAL", "ORDINAL", "EVENT", "WORK_OF_ART"):
            # a NORP reaching here is article-led and cued ("the al-X area"), kept by the test above
            return bool(m.raw.extra.get("cue") or m.raw.cue_after) and m.ner not in ("DATE", "TIME")
        return bool(m.parent is not None or m.raw.cue_after or m.raw.extra.get("cue") or m.ner in ("GPE", "LOC"))

    def _unknown_place(self, m: _M, ctx: GeoContext) -> Place:
        """A name we cannot find: the city it is a neighbourhood of, or flagged with its container."""
        name = re.sub(r"^(?:the|The)\s+", "", m.raw.text)
        within = None
        p = m.parent.best if m.parent is not None else None
        cue = m.raw.extra.get("cue", "")
        hood_cue = cue in ("district", "neighbourhood", "neighborhood", "quarter", "area", "outskirts") or \
            m.raw.cue_after in ("district", "neighbourhood", "neighborhood", "quarter", "area")
        city = None
        if p is not None and p.kind == "city" and p.population >= BIG_CITY_POP and not m.rel_dir:
            city = p
        elif p is None and hood_cue and ctx.focus_city is not None and cue not in ("village", "camp", "town"):
            city = ctx.focus_city
        if city is not None and any(r.kind in ("country", "admin1") for r in m.recs):
            city = None
        if city is not None:
            country, iso3 = gb.country_info(city.cc)
            admin1 = city.admin1 or (gb.admin1_at(city.lat, city.lon) if city.cc == "SY" else "")
            return Place(f"{display_name(city.name)} - {name}", country, iso3, admin1, city.admin2, city.lat,
                         city.lon, 2, True, m.start, m.end, m.raw.text, "neighbourhood", "parent-city", None,
                         city.rid)
        if m.parent is not None:
            # a known container, or an unknown one the text marks as a place ("in the Jordan Valley")
            within = self._place(m.parent, ctx, "")  # type: ignore[arg-type]
            if within is not None and m.rel_dir:
                within.note = f"relative:{m.rel_dir}"
        country = iso3 = admin1 = ""
        if within is not None:
            country, iso3, admin1 = within.country, within.iso3, within.admin1
        elif ctx.focus_cc:
            country, iso3 = gb.country_info(ctx.focus_cc)
        return Place(name, country, iso3, admin1, "", None, None, None, False, m.start, m.end, m.raw.text,
                     "", "unknown", within, "")

    def _sentence_mentions(self, sent: Any, offset: int, ctx: GeoContext) -> list[_M]:
        text, base, ents, pos = _sent_parts(sent, offset)
        ms = self._mentions(text, base, ctx, ents, pos)
        self._resolve(ms, text, base, ctx)
        return ms

    def find_places(self, sent: Any, offset: int = 0, ctx: GeoContext | None = None) -> list[Place]:
        """Every place mention in the sentence, resolved (unknown names flagged), in text order."""
        ctx = ctx or GeoContext()
        out = []
        for m in self._sentence_mentions(sent, offset, ctx):
            p = self._place(m, ctx, "")
            if p is not None:
                out.append(p)
        return out

    def locate(self, sent: Any, offset: int = 0, ctx: GeoContext | None = None, use_last: bool = True) -> Place | None:
        """Where the sentence's event happened: its most specific eligible place, else ctx.last."""
        ctx = ctx if ctx is not None else GeoContext()
        ms = self._sentence_mentions(sent, offset, ctx)
        cands: list[tuple[tuple, Place]] = []
        placed = [self._place(m, ctx, "") for m in ms]
        for i, m in enumerate(ms):
            p = placed[i]
            if p is None or not m.event_ok or p.kind == "continent":
                continue  # "fighting in Africa" names no event place
            if m.raw.extra.get("dateline") and ctx.focus_cc and p.country != gb.country_info(ctx.focus_cc)[0]:
                continue  # "NAIROBI —" over a story about another country: the reporter's seat
            if any(c.parent is m and placed[j] is not None and c.event_ok for j, c in enumerate(ms)):
                continue  # a container ("Idlib" in "X, Idlib") is context for its child, not a rival
            spec = SPECIFICITY.get(p.kind or "neighbourhood", 1)
            if p.note.startswith("direction:"):
                spec += 3
            if not p.resolved:
                # an unknown name counts when the text anchors it (parent / cue); else known places win
                rank = (0 if p.within is not None else 2,)
            else:
                rank = (0 if p.resolved else 1,)
            cands.append(((rank[0], spec, i), p))
        # the dateline and a launch's origin yield to the place the sentence tells of
        cands = prefer_event_places(cands, ms, sent if isinstance(sent, str) else sent.text)
        if cands:
            # only an unknown name the text marks as a place (cue, container, "in X") may take an area's point
            marked = [p for (_, _, i), p in cands if not p.resolved
                      and (ms[i].raw.extra.get("cue") or ms[i].raw.cue_after or ms[i].parent is not None
                           or (ms[i].locative and ms[i].ner not in ("PERSON", "ORG", "NORP")
                               and not ms[i].raw.extra.get("run_end")))]  # "in Boko Haram attacks"
            place = anchored_within(min(cands, key=lambda c: c[0])[1], marked)
            place = finest_in_chain(place, ms, placed, sent if isinstance(sent, str) else sent.text, _PARENT_GAP)
            ctx.remember(place)
            return place
        return ctx.last if use_last else None


# Nationality adjectives (data/geo/demonyms.tsv): weak votes for a document's focus country ("Syrian army" -> SY).
DEMONYMS = demonyms()
_DEMONYM_RE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, DEMONYMS), key=len, reverse=True)) + r")s?\b")


_fold = lru_cache(maxsize=100_000)(fold)


def _top(counts: Counter) -> str:
    """The most counted key, ties broken by the key itself (never by insertion or hash order)."""
    return min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]


_VOWEL_RUN = re.compile(r"[aeiouy]+")


def _vowelless(key: str) -> str:
    """Key with every vowel run as one placeholder: "kaser" and "kuser" (Qasayr, Qusayr) agree."""
    return _VOWEL_RUN.sub("V", key)


def _pairable(recs: tuple[Rec, ...], strong: list[Rec], raw: RawMention) -> list[Rec]:
    """Readings of a name that may pair with a neighbouring name's: settlements and districts spelt as
    the text spells them (or starting so: "Clacton" for "Clacton-on-Sea"), the most populous first."""
    key = _key(raw.text)
    out = [r for r in recs if r.kind not in ("country", "admin1", "continent")
           and (r in strong or ((_fold(r.name) == _fold(raw.text) or _key(r.name).startswith(key))
                                and (r.population >= 1_000 or r.source != "geonames")))]
    return sorted(out, key=lambda r: -r.population)[:12]


def _close_pairs(cands: dict[str, list[Rec]], strong_ccs: dict[str, set[str]],
                 km: float = 60.0) -> list[tuple[Rec, Rec]]:
    """For each two names of the text (the first 40), their closest readings when under `km` apart, one
    of the names has readings in several countries and one is a prominent place in the pair's country:
    spatial minimality, one vote per pair of names (two small villages that happen to lie together abroad
    are no evidence)."""
    keys = [k for k, v in cands.items() if v][:40]
    out = []
    lim = (km / 111.0) ** 2
    for i, ka in enumerate(keys):
        for kb in keys[i + 1:]:
            ra, rb = cands[ka], cands[kb]
            if len({r.cc for r in ra}) < 2 and len({r.cc for r in rb}) < 2:
                continue  # two unambiguous names have voted already
            best = None
            for a in ra:
                k = math.cos(math.radians(a.lat)) ** 2
                for b in rb:
                    if a.cc != b.cc:
                        continue
                    d = (a.lat - b.lat) ** 2 + k * (a.lon - b.lon) ** 2
                    if d < lim and (best is None or d < best[0]):
                        best = (d, a, b)
            if best is not None and (best[1].cc in strong_ccs.get(ka, ()) or best[1].cc in strong_ccs.get(kb, ())):
                out.append((best[1], best[2]))
    return out


def _name_head(name: str, text: str) -> bool:
    """The record's own name is the text's name, perhaps with a generic tail ("Enfield Town", "Clacton-on-Sea")."""
    a, b = _fold(name), _fold(text)
    if a == b or _key(name) == _key(text):
        return True
    return a.startswith(b) and bool(re.match(r"^(?:[\s-]+(?:town|city)$|[\s-]+(?:on|upon)[\s-])", a[len(b):]))


def _placed_by_text(m: "_M") -> bool:
    """The text itself treats the name as a place: cue, container link, dateline, "in X", or spaCy's
    place label on exactly this name."""
    return bool(m.raw.extra.get("cue") or m.raw.cue_after or m.parent is not None or m.is_parent
                or m.raw.extra.get("dateline") or m.locative or (m.ner in ("GPE", "LOC") and m.ner_whole)
                or m.raw.extra.get("service_after"))


def _capital_namesake(area: Rec, recs: tuple[Rec, ...]) -> bool:
    """A town inside the first-level area shares its name ("Aleppo", "Quebec", "New York"), or the
    big city the area is named after lies just outside it ("Kyiv": GeoNames puts the city in an
    area of its own)."""
    return any(r.kind in ("city", "town", "village") and r.cc == area.cc and (
        r.admin1 == area.admin1 or (r.population >= NAMESAKE_MIN_POP
                                    and distance_km(r.lat, r.lon, area.lat, area.lon) <= NAMESAKE_MAX_KM))
        for r in recs)


def _area_label(r: Rec, m: "_M") -> str:
    """The location an area read through an area word is reported under: its own name, unless the
    text spells it as a city of the country that the area's name does not match ("the Kyiv region",
    area "Kiev", city "Kyiv"): then the text's name and area word, so it never reads as the city."""
    name = display_name(r.name)
    cue = m.raw.cue_after or ("province" if m.modifier == "province" else "")
    if not cue or _key(r.name) == _key(m.raw.text) or r.source != "geonames-admin":  # curated names stay
        return name
    if not any(o.kind in ("city", "town") and o.cc == r.cc and _key(o.name) == _key(m.raw.text) for o in m.recs):
        return name
    return f"{display_name(m.raw.text)} {cue.lower()}"


def _names_nation(m: "_M") -> bool:
    """The mention is spelt exactly as a country or continent ("Russia", "Asia")."""
    return any(r.kind in ("country", "continent") and _fold(r.name) == _fold(m.raw.text) for r in m.recs)


def _outlet_subject(text: str, raw: RawMention) -> bool:
    """The name opens its sentence's subject and a reporting verb follows ("Gulf Times reported")."""
    lo = max(0, raw.start - 300)  # bounded look-back: a search to the text's start is quadratic in long texts
    line_start = max(text.rfind(". ", lo, raw.start), text.rfind("\n", lo, raw.start), lo - 1) + 1
    before = text[line_start:raw.start]
    return bool(_REPORTER.match(text[raw.end:raw.end + 80])) and not _LOCATIVE.search(before)


def _near_bonus(lat: float, lon: float, pts: list[tuple[float, float]]) -> float:
    """+2 within ~40 km of a place the text names, +1 within ~150 km (flat-earth degrees: fast)."""
    k = math.cos(math.radians(lat)) ** 2
    best = min((a - lat) ** 2 + k * (b - lon) ** 2 for a, b in pts)
    return 2.0 if best < 0.13 else 1.0 if best < 1.8 else 0.0


def _consistent(r: Rec, p: Rec, modifier: str = "") -> bool:
    """Can r lie in/near p (the container the text names)? "the Homs countryside" is the governorate."""
    if p.kind == "country":
        return r.cc == p.cc
    if p.kind == "admin1":
        return r.cc == p.cc and (not r.admin1 or r.admin1 == p.admin1)
    if modifier in ("countryside", "province") and r.cc == p.cc and r.admin1 and r.admin1 == p.admin1:
        return True
    return distance_km(r.lat, r.lon, p.lat, p.lon) < 80


@lru_cache(maxsize=50_000)
def _key(name: str) -> str:
    from .placenames import name_key

    return name_key(name)


def _sent_parts(sent: Any, offset: int) -> tuple[str, int, list[tuple[int, int, str]], dict[int, str]]:
    """(text, document offset of text[0], entities as (start, end, label), POS by token start; all within text)."""
    if isinstance(sent, str):
        return sent, offset, [], {}
    text = sent.text
    start = sent.start_char
    ents = [(e.start_char - start, e.end_char - start, e.label_) for e in span_ents(sent)]
    pos = {t.idx - start: t.pos_ for t in sent}
    return text, offset + start, ents, pos
