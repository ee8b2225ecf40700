"""Who did it and to whom: ACLED-style actor names, actor types and roles for one event sentence.

Names come from the data file data/actors.yaml (named groups, country forces built from templates,
generic "rebels", "protesters", "civilians"), so analysts extend coverage by editing data, not code.
Roles come from the dependency parse (subject, object, passive "by" agent), with word order as the
fallback because parses of news prose are often imperfect.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz
from spacy.matcher import PhraseMatcher
from spacy.tokens import Span, Token

from sitroom.extract.nlp import get_nlp
from sitroom.extract.sources import attribution_token_ids
from sitroom.spans import span_ents
from sitroom.yamlload import safe_load

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "actors.yaml"

ROLE_FIELDS = ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")
VIOLENT_EVENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
CIVILIAN_TARGETING = "Civilian targeting"

# Predicates whose subject does the event and whose object suffers it.
EVENT_VERBS = {
    "kill", "attack", "strike", "bomb", "shell", "target", "hit", "raid", "kidnap", "abduct",
    "seize", "capture", "arrest", "detain", "execute", "shoot", "fire", "clash", "fight", "storm",
    "ambush", "besiege", "retake", "take", "recapture", "advance", "loot", "burn", "destroy",
    "wound", "injure", "behead", "assassinate", "massacre", "murder", "torture", "rape",
    "assault", "beat", "bombard", "pound", "blow", "detonate", "launch", "drop", "overrun",
    "repel", "push", "enter", "encircle", "surround", "siege", "expel", "protest", "demonstrate",
    "rally", "riot", "march", "disperse", "open", "battle", "engage", "confront", "pummel", "raze",
    "demolish", "bulldoze", "ransack", "plunder", "steal", "smash", "torch", "set", "throw",
    "hurl", "stab", "lynch", "hang", "slaughter", "gun", "snipe", "intercept", "down", "control",
    "occupy", "liberate", "free", "release", "hold", "lose", "mortar", "rocket", "displace",
    "evict", "round", "sweep", "break", "tear", "use", "deploy", "carry", "claim", "stone",
    "harass", "threaten", "target", "die", "flee", "force", "cut", "block", "lay", "plant",
    "explode", "crash", "infiltrate", "assail", "counter", "recapture", "sack", "round-up",
}
AIR_HEADS = {"airstrikes", "airstrike", "air strikes", "air strike", "air raids", "air raid",
             "warplanes", "warplane", "jets", "jet", "fighter jets", "aircraft", "planes", "plane",
             "helicopters", "helicopter", "gunships", "drones", "drone", "air force", "strikes",
             "strike", "bombing", "bombings", "barrel bombs", "raids", "raid"}
# heads that name an attack by its weapon or act: after a passive verb they still tell the doer
WEAPON_HEADS = AIR_HEADS | {"attack", "attacks", "shelling", "missile", "missiles", "rocket", "rockets",
                            "bombardment", "offensive", "operation", "gunfire", "fire", "artillery",
                            "mortar", "mortars", "shell", "shells", "bomb", "bombs", "assault", "ambush"}
SUPPORT_VERBS = {"support", "back", "assist", "aid", "help", "accompany", "join", "reinforce",
                 "cover", "escort", "arm", "fund", "train", "ally"}
TARGET_PREPS = {"on", "against", "at", "targeting", "upon", "into"}
NOT_QUALIFIER_AFTER = {"backed", "supported", "allied", "aligned", "trained", "funded", "held",
                       "controlled", "run", "affiliated", "linked", "sponsored", "armed",
                       "friendly", "leaning"}
VICTIM_KINDS = {"civilians", "journalists", "aid_workers", "health_workers", "refugees", "prisoners"}


@dataclass
class ActorMention:
    name: str
    inter: str
    start: int  # document offsets, end exclusive
    end: int
    text: str


@dataclass
class EventActors:
    actor1: str = ""
    assoc_actor_1: str = ""
    actor2: str = ""
    assoc_actor_2: str = ""
    inter1: str = ""
    inter2: str = ""
    civilian_targeting: str = ""
    mentions: dict[str, list[ActorMention]] = field(default_factory=dict)
    # fields filled by a coding rule, not by words ("Unidentified Armed Group" for an unnamed
    # attacker): a later sentence that names the actor should replace them when records merge
    inferred: list[str] = field(default_factory=list)


@dataclass
class ActorEntry:
    """One actor the dictionary knows: its printed name, ACLED type code and home country."""

    name: str
    inter: str
    country: str | None = None
    kind: str = "group"  # "group" or a template kind ("military", "civilians", ...)
    victim_only: bool = False
    assoc: str | None = None  # for victim identities: the label printed as associated actor
    where: tuple[str, ...] = ()


@dataclass
class _Found:
    """An actor found in a sentence, before roles: tokens [i, j) of the doc, the head word."""

    entry: ActorEntry
    i: int
    j: int
    head: Token
    role: str = ""


class ActorDictionary:
    """The actor data (data/actors.yaml) with phrase matchers built over it."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.templates: dict[str, str] = data.get("templates", {})
        self.templates_nc: dict[str, str] = data.get("templates_no_country", {})
        self.template_inter: dict[str, str] = {k: str(v) for k, v in data.get("template_inter", {}).items()}
        self.countries: dict[str, dict[str, Any]] = {}
        self.adjective_of: dict[str, str] = {}
        self.regime_word_of: dict[str, str] = {}
        for c in data.get("countries", []):
            self.countries[c["country"]] = c
            for w in [*(c.get("adjectives") or []), *(c.get("names") or [])]:
                self.adjective_of[w.lower()] = c["country"]
            for w in c.get("regime_words") or []:
                self.regime_word_of[w.lower()] = c["country"]
        self.heads: dict[str, list[str]] = data.get("heads", {})
        self.state_attack_verbs: tuple[str, ...] = tuple(data.get("state_attack_verbs") or ())
        self.protest_words: tuple[str, ...] = tuple(w.lower() for w in data.get("protest_words") or ())
        self.claim_frames: dict[str, set[str]] = {
            k: {w.lower() for w in data.get("claim_frames", {}).get(k) or []} for k in ("verbs", "objects", "acts")}
        self.patient_frames: dict[str, set[str]] = {
            k: {w.lower() for w in data.get("patient_frames", {}).get(k) or []}
            for k in ("copula_patient", "under_verbs", "under_nouns")}
        self.alone: dict[str, set[str]] = {k: {w.lower() for w in v} for k, v in data.get("alone", {}).items()}
        q = data.get("qualifiers", {})
        self.qualifier_kind: dict[str, str] = {}
        for kind, words in q.items():
            for w in words:
                self.qualifier_kind.setdefault(w.lower(), kind)
        self.groups: list[tuple[ActorEntry, list[str], list[str]]] = []
        for g in data.get("groups", []):
            if g.get("state_of"):
                entry = ActorEntry("", "1", g["state_of"], kind="military")
            else:
                entry = ActorEntry(g["name"], str(g.get("inter", "3")), g.get("country"),
                                   victim_only=bool(g.get("victim_only")),
                                   where=tuple(g.get("where") or ()))
                if g.get("assoc_of"):
                    entry.assoc = g["name"]
                    entry.kind = g["assoc_of"]
            self.groups.append((entry, list(g.get("patterns") or []), list(g.get("fuzzy") or [])))
        self._matchers: tuple[PhraseMatcher, PhraseMatcher, PhraseMatcher] | None = None
        self._keys: dict[str, tuple[str, Any]] = {}

    @classmethod
    def load(cls, path: str | Path | None = None) -> "ActorDictionary":
        with open(path or DATA_FILE, encoding="utf-8") as f:
            return cls(safe_load(f) or {})

    # names -------------------------------------------------------------------------------
    def the_country(self, country: str) -> str:
        info = self.countries.get(country, {})
        return f"the {country}" if info.get("the") else country

    def templated(self, kind: str, country: str | None, adjective: str | None = None) -> ActorEntry | None:
        """The entry for a kind of actor of a country, e.g. ("military", "Syria")."""
        inter = self.template_inter.get(kind, "3")
        if kind in ("military", "police"):
            if not country:
                return None
            period = str(self.countries.get(country, {}).get("period", "2000-"))
            name = self.templates[kind].format(the_country=self.the_country(country), country=country,
                                               period=period)
            return ActorEntry(name, inter, country, kind=kind)
        if kind == "militia":
            if not adjective:
                return None
            return ActorEntry(self.templates["militia"].format(adjective=adjective), inter, country, kind=kind)
        if country:
            tpl = self.templates.get(kind)
        else:
            tpl = self.templates_nc.get(kind)
        if not tpl:
            return None
        name = tpl.format(country=country or "", the_country=self.the_country(country) if country else "")
        entry = ActorEntry(name, inter, country, kind=kind)
        if kind in VICTIM_KINDS and kind != "civilians":  # victims are civilians; identity is associated
            civ = self.templated("civilians", country)
            assert civ is not None
            civ.assoc = name
            civ.kind = kind
            return civ
        return entry

    def resolve_group(self, entry: ActorEntry) -> ActorEntry:
        if entry.kind == "military" and not entry.name:
            resolved = self.templated("military", entry.country)
            return resolved or entry
        return entry

    # matching ----------------------------------------------------------------------------
    def matchers(self) -> tuple[PhraseMatcher, PhraseMatcher, PhraseMatcher]:
        """(case-insensitive group names, case-sensitive acronyms, head nouns)."""
        if self._matchers is None:
            nlp = get_nlp()
            lower = PhraseMatcher(nlp.vocab, attr="LOWER")
            exact = PhraseMatcher(nlp.vocab, attr="ORTH")
            heads = PhraseMatcher(nlp.vocab, attr="LOWER")
            for n, (entry, patterns, _) in enumerate(self.groups):
                key = f"G{n}"
                self._keys[key] = ("group", n)
                for p in patterns:
                    if _is_acronym(p):
                        exact.add(key, [nlp.make_doc(p)])
                    else:
                        lower.add(key, [nlp.make_doc(p)])
            for kind, words in self.heads.items():
                key = f"H_{kind}"
                self._keys[key] = ("head", kind)
                heads.add(key, [nlp.make_doc(w) for w in words])
            self._matchers = (lower, exact, heads)
        return self._matchers

    def key(self, match_id: int) -> tuple[str, Any]:
        return self._keys[get_nlp().vocab.strings[match_id]]


def _is_acronym(p: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", p)
    return bool(letters) and letters.isupper() and len(letters) <= 5 and " " not in p


@lru_cache(maxsize=1)
def default_dictionary() -> ActorDictionary:
    return ActorDictionary.load()


# finding actors in a sentence ---------------------------------------------------------------
def _group_mentions(sent: Span, d: ActorDictionary, country: str | None) -> list[_Found]:
    lower, exact, _ = d.matchers()
    doc = sent.doc
    spans: list[tuple[int, int, int]] = []
    for matcher in (lower, exact):
        for mid, s, e in matcher(sent):  # positions are doc positions
            spans.append((mid, s, e))
    def local_first(x: tuple[int, int, int]) -> int:
        """Of groups sharing words, the one the data places in this country wins."""
        entry = d.groups[d.key(x[0])[1]][0]
        return 0 if entry.where and country in entry.where else 1

    spans.sort(key=lambda x: (local_first(x), -(x[2] - x[1]), x[1]))
    taken: set[int] = set()
    found: list[_Found] = []
    for mid, s, e in spans:
        if taken & set(range(s, e)):
            continue
        _, n = d.key(mid)
        entry = d.groups[n][0]
        if entry.where and country and country not in entry.where:
            continue
        if entry.where and not country and any(
                f.entry.name == entry.name for f in found):
            continue
        taken.update(range(s, e))
        found.append(_Found(d.resolve_group(entry), s, e, doc[e - 1]))
    found.extend(_fuzzy_mentions(sent, d, taken))
    return found


def _fuzzy_mentions(sent: Span, d: ActorDictionary, taken: set[int]) -> list[_Found]:
    """Misspelt names ("Islmaic State") for the groups that ask for it in the data."""
    out: list[_Found] = []
    doc = sent.doc
    for entry, _, fuzzy_names in d.groups:
        for fname in fuzzy_names:
            n = len(get_nlp().make_doc(fname))
            target = fname.lower()
            for s in range(sent.start, sent.end - n + 1):
                e = s + n
                if taken & set(range(s, e)) or not doc[s].text[:1].isupper():
                    continue
                window = doc[s:e].text.lower()
                if window != target and fuzz.ratio(window, target) >= 85:
                    taken.update(range(s, e))
                    out.append(_Found(d.resolve_group(entry), s, e, doc[e - 1]))
    return out


def _qualifiers(doc, head_start: int, floor: int, stop: set[int], soft: set[str]) -> list[Token]:
    """Words left of a head noun that may say whose it is ("Russian-regime", "Iraqi and Palestinian").
    Other actor words stop the walk, except qualifier words such as "regime" in "regime airstrikes"."""
    out: list[Token] = []
    k = head_start - 1
    steps = 0
    while k >= floor and steps < 7:
        t = doc[k]
        if k in stop:
            # "regime" may qualify the head right after it ("Russian-regime airstrikes"), but a
            # word heading its own phrase ("Syrian army and paramilitary units") ends the walk
            between = doc[k + 1: head_start]
            if t.lower_ not in soft or any(x.text not in ("-", "–") for x in between):
                break
        if t.text in ("-", "–", ",", "and", "'s", "’s", "&") or t.pos_ in ("ADJ", "PROPN", "NOUN", "VERB", "NUM") \
                or t.lower_ in ("pro",):
            if t.pos_ == "NUM" or t.like_num:
                break
            out.insert(0, t)
            k -= 1
            steps += 1
            continue
        break
    return out


def _qualifier_entry(d: ActorDictionary, tokens: list[Token], idx: int, kind: str,
                     country: str | None) -> ActorEntry | None:
    t = tokens[idx]
    nxt = tokens[idx + 1] if idx + 1 < len(tokens) else None
    nxt2 = tokens[idx + 2] if idx + 2 < len(tokens) else None
    if nxt is not None and nxt.text in ("-", "–") and nxt2 is not None and nxt2.lower_ in NOT_QUALIFIER_AFTER:
        return None
    if nxt is not None and nxt.lower_ in NOT_QUALIFIER_AFTER:
        return None
    word = t.text
    low = word.lower()
    if t.pos_ == "PROPN" or word[:1].isupper() or low in d.adjective_of:
        c = d.adjective_of.get(low)
        if c is None and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text in ("'s", "’s"):
            c = d.adjective_of.get(low)
        if c:
            if kind in ("military", "police", "rebels", "unidentified"):
                k = kind if kind in ("military", "police") else None
                if k is None:
                    return d.templated("rebels", c) if kind == "rebels" else None
                return d.templated(k, c)
            if kind == "militia":
                adjectives = d.countries[c].get("adjectives") or [word]
                return d.templated("militia", c, adjective=word if word in adjectives else adjectives[0])
            return d.templated(kind, c)
    rc = d.regime_word_of.get(low)
    if rc:
        if kind in ("military", "police"):
            return d.templated(kind, rc)
        if kind == "militia":
            return d.templated("progov_militia", rc)
        return None
    q = d.qualifier_kind.get(low)
    if q == "government" and country:
        if kind in ("military", "police"):
            return d.templated(kind, country)
        if kind == "militia":
            return d.templated("progov_militia", country)
    if q == "opposition" and kind in ("military", "militia", "rebels", "unidentified"):
        return d.templated("rebels", country)
    if q == "unidentified" and kind in ("military", "militia", "unidentified"):
        return d.templated("unidentified", country)
    return None


def _head_mentions(sent: Span, d: ActorDictionary, country: str | None,
                   groups: list[_Found]) -> list[_Found]:
    _, _, heads = d.matchers()
    doc = sent.doc
    group_tokens = {k for g in groups for k in range(g.i, g.j)}
    raw = [(d.key(mid)[1], s, e) for mid, s, e in heads(sent)]
    raw.sort(key=lambda x: (-(x[2] - x[1]), x[1]))
    used: set[int] = set()
    chosen: list[tuple[str, int, int]] = []
    for kind, s, e in raw:
        if used & set(range(s, e)):
            # the same words under another class ("gunmen" is militia and unidentified): keep both
            if not any(cs == s and ce == e for _, cs, ce in chosen):
                continue
        used.update(range(s, e))
        chosen.append((kind, s, e))
    head_tokens = {k for _, s, e in chosen for k in range(s, e)}
    head_starts = {s for _, s, _ in chosen}
    soft = {w for w, k in d.qualifier_kind.items() if k == "government"}
    out: list[_Found] = []
    seen: set[tuple[str, int]] = set()
    for kind, s, e in sorted(chosen, key=lambda x: x[1]):
        if group_tokens & set(range(s, e)):
            continue
        # "regime" in "regime airstrikes" qualifies the next head rather than standing alone
        if e - s == 1 and doc[s].lower_ in soft and e in head_starts:
            continue
        # a named group right before the head: "Hezbollah fighters" is Hezbollah
        if s - 1 in group_tokens and kind not in VICTIM_KINDS:
            for g in groups:
                if g.i <= s - 1 < g.j:
                    g.j = max(g.j, e)
                    g.head = doc[e - 1]
            continue
        quals = _qualifiers(doc, s, sent.start, head_tokens | group_tokens, soft)
        # "an Israeli army force": the country word says whose; "army" there is no second actor
        # (a hyphen joins two: "Russian-regime warplanes" are both forces)
        made = False
        for n, q in enumerate(quals):
            if n > 0 and d.qualifier_kind.get(q.lower_) == "government" and \
                    quals[n - 1].lower_ in d.adjective_of and quals[n - 1].i == q.i - 1:
                continue
            entry = _qualifier_entry(d, quals, n, kind, country)
            if entry is None or (entry.name, s) in seen:
                continue
            seen.add((entry.name, s))
            out.append(_Found(entry, q.i, e, doc[e - 1]))
            made = True
        if made:
            continue
        text = doc[s:e].text.lower()
        entry = None
        if kind in d.alone and text in d.alone[kind]:
            if kind in ("military", "police"):
                entry = d.templated(kind, country)
            else:
                entry = d.templated(kind, country)
        elif kind in VICTIM_KINDS | {"protesters", "rioters"}:
            entry = d.templated(kind, country)
        if entry is not None and (entry.name, s) not in seen:
            seen.add((entry.name, s))
            out.append(_Found(entry, s, e, doc[e - 1]))
    return out


def _person_victims(sent: Span, d: ActorDictionary, country: str | None, taken: set[int]) -> list[_Found]:
    """Named people are not actors, but a named victim is a civilian."""
    out: list[_Found] = []
    for ent in span_ents(sent):
        if ent.label_ != "PERSON" or taken & set(range(ent.start, ent.end)):
            continue
        root = _first_conjunct(ent.root)
        if root.dep_ not in ("dobj", "nsubjpass") or root.head.lemma_.lower() not in EVENT_VERBS:
            continue  # "near al-Bab" is a place the tagger took for a person
        entry = d.templated("civilians", country)
        if entry is not None:
            entry.victim_only = True
            out.append(_Found(entry, ent.start, ent.end, ent.root))
    return out


# roles ----------------------------------------------------------------------------------------
def _same(a: Token | None, b: Token | None) -> bool:
    """spaCy makes a new Token object on each access, so identity says nothing; compare positions."""
    return a is not None and b is not None and a.i == b.i


def _first_conjunct(t: Token) -> Token:
    while t.dep_ in ("conj", "appos") and t.head.i != t.i:
        t = t.head
    return t


def _is_passive(v: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children) or \
        (v.tag_ == "VBN" and any(c.dep_ == "agent" for c in v.children))


# verbs that introduce a claim ("X claims that police kidnapped Y"): the event verb is the one
# they report, so they are tried last
REPORTING_VERBS = {"claim", "say", "report", "document", "state", "allege", "announce", "confirm",
                   "add", "tell", "accuse", "deny", "insist"}


def _predicate(sent: Span, found: list[_Found]) -> Token | None:
    cands = [t for t in sent if t.lemma_.lower() in EVENT_VERBS and t.pos_ in ("VERB", "AUX")]
    cands.sort(key=lambda t: t.lemma_.lower() in REPORTING_VERBS)
    if not cands:
        cands = [t for t in sent if t.pos_ == "VERB" and t.dep_ in ("ROOT", "ccomp")]
    if not cands:
        return None
    chosen = cands[0]
    for v in cands:  # prefer the predicate that governs the actors
        if any(any(_same(v, a) for a in f.head.ancestors) for f in found):
            if v.lemma_.lower() in SUPPORT_VERBS:
                continue
            chosen = v
            break
    if _acting_subject(chosen, found) is None:
        # "Four people died when a Russian missile hit the market": the main verb tells what was
        # suffered, the clause whose subject is an armed actor tells who did it
        for v in cands:
            if not _same(v, chosen) and v.lemma_.lower() not in REPORTING_VERBS | SUPPORT_VERBS | SUFFER_VERBS \
                    and _acting_subject(v, found) is not None:
                return v
    return chosen


# verbs whose subject undergoes the event ("nine police died"): never the attacker's clause
SUFFER_VERBS = {"die", "flee", "lose", "displace", "suffer"}


def _acting_subject(v: Token, found: list[_Found]) -> _Found | None:
    """The armed actor that is the active subject of verb v, if any."""
    if _is_passive(v):
        return None
    for f in found:
        t = _first_conjunct(f.head)
        if t.dep_ == "nsubj" and _same(t.head, v) and f.entry.inter != "7" and not f.entry.victim_only:
            return f
    return None


def _role(f: _Found, pred: Token | None) -> str:
    """agent, patient or support, from the parse; '' when the parse says nothing useful."""
    t = _first_conjunct(f.head)
    hops = 0
    while hops < 8:
        hops += 1
        if t.dep_ == "pobj" and t.head.lower_ == "by":
            gov = t.head.head
            if gov.lemma_.lower() in SUPPORT_VERBS and not _same(gov, pred):
                return "support"
            return "agent"
        if t.dep_ == "pobj" and t.head.lower_ in ("with", "alongside") and t.head.head.lemma_.lower() in (
                "clash", "fight", "battle", "engage", "exchange", "skirmish"):
            return "patient"
        if t.dep_ == "pobj" and t.head.lower_ == "between":
            return "agent" if t.i == _first_conjunct(t).i and f.head.i == t.i else "patient"
        if t.dep_ == "pobj" and t.head.lower_ in TARGET_PREPS and t.head.head.pos_ in ("NOUN", "VERB"):
            return "patient"
        if t.dep_ == "pobj" and t.head.lower_ in ("alongside", "with") and t.head.head.pos_ == "VERB":
            return "support"
        if t.dep_ == "nsubj" and _undergoes(t.head):
            return "patient"
        if t.dep_ in ("nsubj",) and t.head.pos_ in ("VERB", "AUX", "NOUN"):
            if t.head.lemma_.lower() in SUPPORT_VERBS and not _same(t.head, pred):
                return "support"
            return "agent"
        if t.dep_ in ("nsubjpass", "dobj", "dative", "attr", "oprd"):
            return "patient"
        if t.head.i == t.i:
            return ""
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in ("NOUN", "PROPN") \
                and t.head.head.i != t.i:
            t = t.head.head  # "a convoy of troops" takes the convoy's role
            continue
        if t.dep_ in ("compound", "amod", "nmod", "poss", "appos", "conj"):
            t = _first_conjunct(t.head) if t.dep_ != "conj" else _first_conjunct(t)
            continue
        return ""
    return ""


def _undergoes(v: Token) -> bool:
    """Whether verb v's subject suffers the event: "the detachment was the target of an attack",
    "the convoy came under fire" (frames in data/actors.yaml, `patient_frames`)."""
    frames = default_dictionary().patient_frames
    lemma = v.lemma_.lower()
    if lemma == "be" and any(c.dep_ == "attr" and c.lemma_.lower() in frames["copula_patient"] for c in v.children):
        return True
    if lemma in frames["under_verbs"]:
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ == "under" and any(
                    o.dep_ == "pobj" and o.lemma_.lower() in frames["under_nouns"] for o in c.children):
                return True
    return False


def _linear_role(f: _Found, pred: Token | None) -> str:
    if pred is None:
        return ""
    before = f.head.i < pred.i
    if _is_passive(pred):
        if not before and not any(c.dep_ == "agent" for c in pred.children) \
                and f.head.lower_ not in WEAPON_HEADS:
            # "a mine went off under a column of soldiers": no "by", no doer; but "killed in a
            # Russian drone attack" names the doer by its weapon
            return "patient"
        return "patient" if before else "agent"
    return "agent" if before else "patient"


def _clause_verb(t: Token) -> Token | None:
    for a in t.ancestors:
        if a.pos_ in ("VERB", "AUX"):
            return a
    return None


def _in_other_clause(f: _Found, pred: Token | None) -> bool:
    """An actor in a separate finite clause ("... as rebels withdrew") is not a party to the event."""
    if pred is None:
        return False
    v = _clause_verb(_first_conjunct(f.head))
    if v is None or _same(v, pred) or any(_same(v, c) for c in pred.conjuncts):
        return False
    if any(_same(pred, a) for a in v.ancestors) and v.tag_ in ("VBG", "VBN") and v.dep_ in ("advcl", "xcomp", "conj", "acl"):
        return False  # "..., killing five people"
    if pred.dep_ == "advcl" and _same(pred.head, v):
        return False  # "Four people died when a missile hit ...": the victims' clause holds the event's
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
    return has_subject and v.dep_ in ("advcl", "relcl", "ccomp", "csubj", "parataxis")


def _assign_roles(found: list[_Found], pred: Token | None) -> None:
    for f in found:
        if _in_other_clause(f, pred):
            f.role = "aside"
            continue
        f.role = _role(f, pred) or _linear_role(f, pred)
    # coordinated actors share a side even when the parse attached them oddly
    for f in found:
        root = _first_conjunct(f.head)
        for g in found:
            if g is not f and _same(g.head, root) and g.role and f.role not in ("support", "aside"):
                f.role = g.role


# choosing actor1/actor2 ----------------------------------------------------------------------
def _inter(entry: ActorEntry, country: str | None) -> str:
    """ACLED codes state forces acting outside their own country as External/Other forces (8)."""
    if entry.inter == "1" and entry.country and country and entry.country != country:
        return "8"
    return entry.inter


def _rank(f: _Found, country: str | None, sub_event_type: str | None) -> tuple:
    air_first = 0
    if sub_event_type == "Air/drone strike":
        air_first = 0 if f.head.lower_ in AIR_HEADS or f.head.text.lower() in AIR_HEADS else 1
    inter = _inter(f.entry, country)
    if f.entry.inter == "1" and (country is None or f.entry.country == country):
        cls = 0
    elif inter in ("1", "8") and f.entry.kind in ("military", "police"):
        cls = 1
    else:
        cls = {"2": 2, "3": 3, "4": 4, "8": 2, "5": 5, "6": 6, "7": 7}.get(inter, 8)
    if sub_event_type == "Air/drone strike" and air_first == 0:
        return (0, 0, f.i)  # joint air strikes: the air force named first leads ("Russian-regime")
    return (air_first, cls, f.i)


def _mention(f: _Found, offset: int, country: str | None) -> ActorMention:
    doc = f.head.doc
    start = doc[f.i].idx
    last = doc[f.j - 1]
    end = last.idx + len(last.text)
    return ActorMention(f.entry.name, _inter(f.entry, country), offset + start, offset + end, doc[f.i : f.j].text)


def _side(found: list[_Found], country: str | None, sub_event_type: str | None, offset: int
          ) -> tuple[ActorEntry | None, list[ActorMention], list[str], list[ActorMention]]:
    """Primary actor, its evidence, associated names and their evidence for one side."""
    if not found:
        return None, [], [], []
    ordered = sorted(found, key=lambda f: _rank(f, country, sub_event_type))
    primary = ordered[0].entry
    prim_ev = [_mention(f, offset, country) for f in found if f.entry.name == primary.name]
    assoc: list[str] = []
    assoc_ev: list[ActorMention] = []
    for f in sorted(found, key=lambda f: f.i):
        names = []
        if f.entry.name != primary.name:
            names.append(f.entry.name)
        if f.entry.assoc:
            names.append(f.entry.assoc)
        for n in names:
            if n not in assoc:
                assoc.append(n)
            m = _mention(f, offset, country)
            m.name = n
            assoc_ev.append(m)
    return primary, prim_ev, assoc, assoc_ev


def _tells_a_protest(text: str, d: "ActorDictionary") -> bool:
    """Whether the sentence names a protest itself (data/actors.yaml `protest_words`, word starts):
    a crowd met by force at "a rally" is the protesters' event, even with no word for protesters."""
    low = text.lower()
    return any(re.search(rf"(?<![\w-]){re.escape(w)}", low) for w in d.protest_words)


def extract_actors(sent: Span, offset: int, country: str | None, sub_event_type: str | None,
                   event_type: str | None, dictionary: ActorDictionary | None = None) -> EventActors:
    """Actors of the event a sentence reports, with document-offset evidence for each name."""
    d = dictionary or default_dictionary()
    country = country or None
    groups = _group_mentions(sent, d, country)
    found = groups + _head_mentions(sent, d, country, groups)
    taken = {k for f in found for k in range(f.i, f.j)}
    found += _person_victims(sent, d, country, taken)
    sources = attribution_token_ids(sent)
    found += _state_subjects(sent, d, taken, sources)
    speakers = [f for f in found if f.head.i in sources or f.i in sources]
    found = [f for f in found if f not in speakers]
    # the same words should give one actor: drop generic duplicates inside named spans
    found = _dedupe(found)
    pred = _predicate(sent, found)
    _assign_roles(found, pred)

    agents = [f for f in found if f.role == "agent" and not f.entry.victim_only]
    if not agents and _pronoun_subject(pred):
        # "The army said it / its warplanes struck ...": the speaker is the one acting
        agents = [f for f in speakers if f.entry.inter != "7" and not f.entry.victim_only][:1]
        for f in agents:
            f.role = "agent"
    claimants = _claimants(speakers, d)
    if claimants and all(f.entry.kind in GENERIC_ATTACKER_KINDS for f in agents):
        # "Al-Shabaab claimed responsibility for the bombing", "Rebels say they retook the town":
        # the one who claims the act is its first actor, the unnamed "gunmen" are theirs
        agents = claimants
        for f in agents:
            f.role = "agent"
        found = [f for f in found if f.entry.kind not in GENERIC_ATTACKER_KINDS or f in agents]
    patients = [f for f in found if f.role == "patient"]
    support = [f for f in found if f.role == "support"]
    if event_type in VIOLENT_EVENT_TYPES:
        # civilians do not carry out attacks; a civilian "subject" is a victim of a passive-ish report
        moved = [f for f in agents if f.entry.inter == "7"]
        agents = [f for f in agents if f.entry.inter != "7"]
        patients += [f for f in moved if f not in patients]
    else:
        agents = [f for f in agents if f.entry.inter != "7" or event_type in (None, "", "Protests", "Riots")]
    patients = [f for f in patients if f.entry.inter == "7" or not f.entry.victim_only]

    if event_type == "Protests":
        # ACLED: a protest event is the protesters' (actor1) whatever is done to them; an
        # intervening force, even one using excessive force, is actor2
        prot = [f for f in found if f.entry.kind == "protesters" and f.role != "aside"]
        others = [f for f in found if f.entry.inter in ("1", "2", "3", "4", "8") and f not in prot]
        if sub_event_type == "Peaceful protest":
            agents, patients = prot, []
        elif sub_event_type == "Excessive force against protesters" and not prot and others \
                and not _tells_a_protest(sent.text, d):
            # no protester and no protest words at all ("soldiers fired on a crowd at the water
            # point"): the named force stays first rather than invented protesters
            agents, patients = others, []
        else:
            agents, patients = prot, others
    elif event_type == "Riots":
        rio = [f for f in found if f.entry.kind == "rioters"]
        if not rio:
            # ACLED: demonstrators who turn violent are Rioters, whoever else the sentence names
            mob = d.templated("rioters", country)
            prot = [f for f in found if f.entry.kind == "protesters" and f.role != "aside"]
            if mob is not None and prot:
                rio = [_Found(mob, f.i, f.j, f.head, f.role) for f in prot]
                found = [f for f in found if f not in prot] + rio
                agents = [f for f in agents if f not in prot]
                patients = [f for f in patients if f not in prot]
        if rio:
            patients = [f for f in agents + patients if f not in rio]
            agents = rio
        elif any(f.entry.inter == "7" for f in agents):
            # "beaten to death by a group of villagers": people who riot are Rioters (ACLED), not
            # the civilians they were before
            mob = d.templated("rioters", country)
            if mob is not None:
                agents = [_Found(mob, f.i, f.j, f.head, f.role) if f.entry.inter == "7" else f for f in agents]

    a1, a1_ev, as1, as1_ev = _side(agents + support if agents else support, country, sub_event_type, offset)
    a2, a2_ev, as2, as2_ev = _side(patients, country, sub_event_type, offset)
    if a1 is not None and a2 is not None and a1.name == a2.name:
        # the same actor on both sides is a parse slip unless it is an internal clash; keep actor1
        rest = [f for f in patients if f.entry.name != a1.name]
        a2, a2_ev, as2, as2_ev = _side(rest, country, sub_event_type, offset)

    out = EventActors()
    if a1 is None:
        if event_type == "Protests":
            a1 = d.templated("protesters", country)
        elif event_type == "Riots":
            a1 = d.templated("rioters", country)
        elif event_type in VIOLENT_EVENT_TYPES:
            a1 = d.templated("unidentified", country)
        elif sub_event_type == "Arrests":
            # ACLED codes an arrest by no named force to the country's police
            a1 = d.templated("police", country)
            if a1 is not None and a2 is not None and a2.name == a1.name:
                a1_ev, a2, a2_ev = a2_ev, None, []  # "taken to a police station": the police's words
    if a2 is None and event_type == "Violence against civilians":
        a2 = d.templated("civilians", country)
    if a2 is None and sub_event_type == "Excessive force against protesters" and a1 is not None \
            and a1.kind != "protesters":
        a2 = d.templated("protesters", country)
    if a1 is not None:
        out.actor1, out.inter1 = a1.name, _inter(a1, country)
        if not a1_ev:
            out.inferred.append("actor1")
    if a2 is not None:
        out.actor2, out.inter2 = a2.name, _inter(a2, country)
        if not a2_ev:
            out.inferred.append("actor2")
    out.assoc_actor_1 = "; ".join(n for n in as1 if n != out.actor1)
    out.assoc_actor_2 = "; ".join(n for n in as2 if n != out.actor2)
    if event_type == "Violence against civilians" or sub_event_type == "Excessive force against protesters" or (
            event_type == "Explosions/Remote violence" and out.inter2 == "7"):
        out.civilian_targeting = CIVILIAN_TARGETING
    mentions = {"actor1": a1_ev, "assoc_actor_1": as1_ev, "actor2": a2_ev, "assoc_actor_2": as2_ev}
    out.mentions = {k: v for k, v in mentions.items() if v}
    return out


def _claimants(speakers: list[_Found], d: ActorDictionary) -> list[_Found]:
    """Armed actors who claim the act themselves: the subject of "claim responsibility / credit"
    (frames in data/actors.yaml, `claim_frames`), or a speaker whose reported clause has "it",
    "they" or "we" do the event ("the group said it carried out the attack")."""
    frames = d.claim_frames
    out: list[_Found] = []
    for f in speakers:
        if f.entry.inter in ("6", "7") or f.entry.victim_only:
            continue
        t = _first_conjunct(f.head)
        verb = t.head if t.dep_ == "nsubj" else None
        if verb is None:
            continue
        lemma = verb.lemma_.lower()
        if lemma in frames["verbs"] and any(c.dep_ == "dobj" and c.lemma_.lower() in frames["objects"]
                                            for c in verb.children):
            out.append(f)
            continue
        for c in verb.children:
            if c.dep_ != "ccomp" or c.lemma_.lower() not in EVENT_VERBS | frames["acts"] \
                    or c.lemma_.lower() in REPORTING_VERBS | SUFFER_VERBS:
                continue
            if any(x.dep_ == "nsubj" and x.lower_ in ("it", "they", "we") for x in c.children):
                out.append(f)
                break
    return out[:1]


def _pronoun_subject(pred: Token | None) -> bool:
    if pred is None:
        return False
    for c in pred.children:
        if c.dep_ == "nsubj":
            if c.pos_ == "PRON" and c.lower_ in ("it", "they", "we"):
                return True
            if any(p.dep_ == "poss" and p.lower_ in ("its", "their", "our") for p in c.children):
                return True
    return False


def _dedupe(found: list[_Found]) -> list[_Found]:
    out: list[_Found] = []
    for f in sorted(found, key=lambda f: (f.i, -(f.j - f.i))):
        if any(g.entry.name == f.entry.name and g.i <= f.i and f.j <= g.j for g in out):
            continue
        out.append(f)
    return out


# event types whose first actor is the one who used force
FORCE_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
UNNAMED_PREFIXES = ("Unidentified", "Civilians", "Protesters", "Rioters")


def fill_unidentified_actors(records) -> None:
    """A story that names one perpetrator ("al-Shabaab fighters stormed the base") goes on calling
    them "the militants" or "gunmen": when every named first actor of a document's violent records
    is the same group, its records with an unidentified first actor are that group's (kept as
    inferred, with the naming words as evidence). Two or more named groups: nothing is guessed."""
    named = [r for r in records if r.event_type in FORCE_TYPES and r.actor1
             and not r.actor1.startswith(UNNAMED_PREFIXES)]
    names = {r.actor1 for r in named}
    # one family under two names ("Islamic State" and its province) is one group: the specific one
    specific = {n for n in names if not any(o != n and o.startswith(n + " ") for o in names)}
    if len(specific) != 1:
        return
    source = next(r for r in named if r.actor1 in specific)
    spans = [e for e in source.evidence if e.field == "actor1"]
    for record in records:
        if record.event_type not in FORCE_TYPES or not record.actor1.startswith("Unidentified"):
            continue
        record.actor1, record.inter1 = source.actor1, source.inter1
        record.assoc_actor_1 = record.assoc_actor_1 or source.assoc_actor_1
        inferred = record.extra.setdefault("inferred_fields", [])
        if "actor1" not in inferred:
            inferred.append("actor1")
        record.extra["actor1_from"] = "document"
        record.evidence = [e for e in record.evidence if e.field != "actor1"] + spans


def _infer_actor1(record, entry: ActorEntry) -> None:
    """Set a first actor read from the rest of the story, marked as inferred (no words of its own)."""
    record.actor1, record.inter1 = entry.name, _inter(entry, record.country or None)
    inferred = record.extra.setdefault("inferred_fields", [])
    if "actor1" not in inferred:
        inferred.append("actor1")
    record.extra["actor1_from"] = "document"
    record.evidence = [e for e in record.evidence if e.field != "actor1"]


# first actors that only say "someone armed did it": a group the story names may replace them
GENERIC_ATTACKER_KINDS = ("unidentified", "rebels")
NAMED_GROUP_INTERS = {"2", "3", "4"}


@lru_cache(maxsize=4)
def _group_name_patterns(d: "ActorDictionary") -> list[tuple[ActorEntry, re.Pattern[str]]]:
    """One pattern per non-state armed group of the dictionary (acronyms case-sensitive)."""
    out = []
    for entry, patterns, _ in d.groups:
        if entry.kind != "group" or entry.victim_only or entry.inter not in NAMED_GROUP_INTERS or not patterns:
            continue
        exact = [re.escape(p) for p in patterns if _is_acronym(p)]
        loose = [re.escape(p) for p in patterns if not _is_acronym(p)]
        parts = []
        if exact:
            parts.append("(?-i:" + "|".join(sorted(exact, key=len, reverse=True)) + ")")
        if loose:
            parts.append("|".join(sorted(loose, key=len, reverse=True)))
        out.append((entry, re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.I)))
    return out


def _named_groups(text: str, d: "ActorDictionary", country: str | None) -> set[str]:
    """The non-state armed groups a text names, as the dictionary prints them, that can act in
    `country` (a group tied to other countries is another story's)."""
    names = set()
    for entry, pattern in _group_name_patterns(d):
        if entry.where and country not in entry.where:
            continue
        if pattern.search(text):
            names.add(entry.name)
    # one family under two names ("Islamic State" and its province) is one group: the specific one
    return {n for n in names if not any(o != n and o.startswith(n + " ") for o in names)}


def _generic_attacker(record, d: "ActorDictionary") -> bool:
    if not record.actor1:
        return True
    return any((t := d.templated(kind, record.country or None)) is not None and record.actor1 == t.name
               for kind in GENERIC_ATTACKER_KINDS)


def attribute_to_sole_named_group(records, text: str, dictionary: "ActorDictionary | None" = None) -> None:
    """A story about one armed group names it once ("M23 rebels took the town", "the attack was
    claimed by JNIM") and then writes "the rebels", "gunmen" or nothing: when the text names
    exactly one non-state armed group that can act in the record's country, a violent record whose
    first actor is unnamed or a bare "rebels" is that group's (kept as inferred). A group that is
    the record's other side, two named groups, an air strike (aircraft are rarely a militia's), or shelling in a
    story that names another state's forces leave the record as it is."""
    d = dictionary or default_dictionary()
    cache: dict[str | None, set[str]] = {}
    foreign_forces: set[str] | None = None
    for record in records:
        if record.event_type not in FORCE_TYPES or not _generic_attacker(record, d):
            continue
        if record.sub_event_type == "Air/drone strike":
            continue  # aircraft are rarely a militia's: attribute_unclaimed_strikes decides
        if record.sub_event_type in STRIKE_TYPES and foreign_forces is None:
            foreign_forces = set(_national_force_counts(text, d)) | set(_air_force_counts(text, d))
        if record.sub_event_type in STRIKE_TYPES and foreign_forces - {record.country}:
            continue  # shells in a story about another state's army may be that army's
        if record.country not in cache:
            cache[record.country] = _named_groups(text, d, record.country or None)
        groups = cache[record.country]
        if len(groups) != 1:
            continue
        name = next(iter(groups))
        if record.actor2 == name:
            continue
        entry = next(e for e, _, _ in d.groups if e.name == name)
        _infer_actor1(record, entry)


# words that make a state force whose nationality the sentence does not say ("the army arrested")
BARE_FORCE_KINDS = ("military", "police")


@lru_cache(maxsize=16)
def _adjective_head_pattern(adjectives: tuple[str, ...], heads: tuple[str, ...]) -> re.Pattern[str]:
    """'<country adjective> [word] <head>', longest alternatives first (compiled once per vocabulary)."""
    adj = sorted(adjectives, key=len, reverse=True)
    hd = sorted(heads, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(a) for a in adj) + r")(?:['’]s)?(?:\s+|-)(?:[a-z]+\s+)?("
                      + "|".join(re.escape(h) for h in hd) + r")(?![\w-])", re.I)


def _adjective_head_counts(text: str, d: ActorDictionary, heads: list[str]) -> dict[str, int]:
    """How often the text names each country by its adjective before one of `heads` ("Israeli
    troops", "Russian jets"): whose forces or aircraft a sentence that names none belongs to."""
    pattern = _adjective_head_pattern(tuple(sorted(d.adjective_of)), tuple(sorted(set(heads))))
    counts: dict[str, int] = {}
    for m in pattern.finditer(text):
        c = d.adjective_of[m.group(1).lower()]
        counts[c] = counts.get(c, 0) + 1
    return counts


def _national_force_counts(text: str, d: ActorDictionary) -> dict[str, int]:
    """Who "the army" of this story is when a sentence does not say."""
    return _adjective_head_counts(text, d, list({w for k in BARE_FORCE_KINDS for w in d.heads.get(k, [])}))


def resolve_bare_state_forces(records, text: str, dictionary: ActorDictionary | None = None) -> None:
    """A bare "the army" or "soldiers" was read as the forces of the country where the event is.
    When the story names only another country's forces by nationality (a West Bank report on
    "Israeli troops", then "the army arrested ..."), the bare word means that country's forces."""
    d = dictionary or default_dictionary()
    counts = _national_force_counts(text, d)
    if len(counts) != 1:
        return
    (foreign, _), = counts.items()
    for record in records:
        if not record.country or record.country == foreign or record.country in counts:
            continue
        for field_name, inter_name in (("actor1", "inter1"), ("actor2", "inter2")):
            for kind in BARE_FORCE_KINDS:
                local = d.templated(kind, record.country)
                if local is None or getattr(record, field_name) != local.name:
                    continue
                spans = [e.text.lower() for e in record.evidence if e.field == field_name]
                if any(w in d.adjective_of for s in spans for w in re.findall(r"[\w.-]+", s)):
                    continue  # the sentence said whose forces these are
                other = d.templated(kind, foreign)
                if other is None:
                    continue
                setattr(record, field_name, other.name)
                setattr(record, inter_name, _inter(other, record.country))
                record.extra[f"{field_name}_from"] = "document"


def _air_force_counts(text: str, d: ActorDictionary) -> dict[str, int]:
    """How often the text names each country's air power by nationality ("Israeli jets"), or the
    country itself as the one who strikes ("Israel targets Hamas leader", "Russia pounds Kharkiv")."""
    counts = _adjective_head_counts(text, d, list(AIR_HEADS))
    for c, n in _state_subject_counts(text, d).items():
        counts[c] = counts.get(c, 0) + n
    return counts


@lru_cache(maxsize=4)
def _state_subject_pattern(d: ActorDictionary) -> re.Pattern[str]:
    """'<country name> <striking verb>', case-sensitive on the name (a name, not a word)."""
    names = sorted({w for c in d.countries.values() for w in c.get("names") or []}, key=len, reverse=True)
    verbs = sorted(d.state_attack_verbs, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in names) + r")\s+(?i:"
                      + "|".join(re.escape(v) for v in verbs) + r")(?![\w-])")


def _state_subject_counts(text: str, d: ActorDictionary) -> dict[str, int]:
    """How often the text names a country as the subject of a striking verb (data/actors.yaml
    `state_attack_verbs`): headlines and ledes say "Israel strikes ..." for its air force."""
    if not d.state_attack_verbs:
        return {}
    counts: dict[str, int] = {}
    for m in _state_subject_pattern(d).finditer(text):
        c = d.adjective_of.get(m.group(1).lower())
        if c:
            counts[c] = counts.get(c, 0) + 1
    return counts


def _state_subjects(sent: Span, d: ActorDictionary, taken: set[int], skip: set[int]) -> list[_Found]:
    """A country named as the one who acts ("Turkey shelled the villages", "Russia launched
    missiles at Odesa"): its armed forces (ACLED codes state action to the state's military)."""
    out: list[_Found] = []
    for ent in span_ents(sent):
        if ent.label_ != "GPE" or taken & set(range(ent.start, ent.end)) or skip & set(range(ent.start, ent.end)):
            continue
        country = d.adjective_of.get(ent.text.lower())
        root = ent.root
        if country is None or root.dep_ != "nsubj" or root.head.pos_ != "VERB":
            continue
        lemma = root.head.lemma_.lower()
        if lemma not in EVENT_VERBS or lemma in REPORTING_VERBS | SUFFER_VERBS | {"hold", "control", "use"}:
            continue
        entry = d.templated("military", country)
        if entry is not None:
            out.append(_Found(entry, ent.start, ent.end, root))
    return out


# strikes from afar whose sentence often names no one
STRIKE_TYPES = {"Air/drone strike", "Shelling/artillery/missile attack"}


def attribute_unclaimed_strikes(records, text: str, dictionary: ActorDictionary | None = None) -> None:
    """An air strike whose sentence names no one ("an airstrike on the camp killed eight") is the
    air power the story names: when it names exactly one country's aircraft, strikes or forces,
    ACLED codes the strike to that country's military (kept as inferred)."""
    d = dictionary or default_dictionary()
    unclaimed = [r for r in records if r.sub_event_type in STRIKE_TYPES
                 and (not r.actor1 or r.actor1.startswith("Unidentified"))]
    if not unclaimed:
        return
    air = _air_force_counts(text, d)
    forces = _national_force_counts(text, d)
    if len(air) == 1:
        (country, _), = air.items()
    elif not air and len(forces) == 1:
        (country, _), = forces.items()
    else:
        return
    # shells and rockets are fired by armed groups too: only where the story names none
    armed_groups = any(r.actor1 and r.inter1 in ("2", "3", "4") and not r.actor1.startswith("Unidentified")
                       for r in records)
    pending = [r for r in unclaimed if r.sub_event_type == "Air/drone strike"
               or (not armed_groups and len(forces) <= 1 and set(forces) <= {country})]
    entry = d.templated("military", country)
    if entry is None:
        return
    for record in pending:
        _infer_actor1(record, entry)
