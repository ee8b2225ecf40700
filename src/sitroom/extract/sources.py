"""Who a claim comes from ("according to X", "X said", "X reported that ...") and whether it is hedged.

Analysts weigh a report by its source, so each sentence's attribution is kept with the exact
words it came from. Names are normalised (leading "The", descriptors such as "civil defense
organization" dropped) and well-known organisations map to one canonical name listed in the
`sources` section of data/actors.yaml; any other outlet keeps its name as written.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span, Token

from sitroom.yamlload import safe_load


@dataclass
class SourceMention:
    name: str
    start: int  # document offsets, end exclusive
    end: int
    text: str


@dataclass
class Attribution:
    sources: list[SourceMention] = field(default_factory=list)
    hedged: bool = False
    hedge_start: int | None = None
    hedge_end: int | None = None
    hedge_text: str = ""


# Verbs that introduce reported information when their subject is the source.
REPORT_VERBS = {
    "say", "report", "state", "write", "publish", "claim", "document", "announce", "confirm",
    "tell", "add", "note", "post", "tweet", "allege", "reveal", "warn", "estimate", "record",
    "deny", "release", "issue", "air", "broadcast", "describe", "quote", "cite", "speak",
    "testify", "explain", "echo", "insist", "assert", "accuse", "indicate", "show", "count",
    "put", "update", "share", "carry", "relay", "stress", "declare", "acknowledge", "admit",
    "inform", "mention", "verify", "film", "photograph", "monitor", "observe", "log",
}
# Subjects of these verbs only count when they look like a source, not an event participant.
WEAK_VERBS = {"show", "indicate", "put", "count", "carry", "share", "film", "photograph",
              "monitor", "observe", "log", "update", "add", "speak"}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "who", "which", "that"}
# "The report said ..." refers back to the source of an earlier sentence.
ANAPHORIC_HEADS = {"report", "statement", "group", "organisation", "organization", "agency",
                   "monitor", "observatory", "update", "tally", "ministry", "network", "outlet",
                   "channel", "post", "release", "communique", "bulletin", "document", "list",
                   "toll", "account", "video", "footage", "message", "spokesman", "spokeswoman",
                   "spokesperson", "official", "source", "team", "service", "committee"}
# Common nouns that make a good (anonymous) source on their own.
GENERIC_SOURCES = {"witness", "resident", "activist", "source", "official", "medic", "doctor",
                   "journalist", "reporter", "correspondent", "spokesman", "spokeswoman",
                   "spokesperson", "fighter", "rebel", "survivor", "monitor", "media",
                   "television", "tv", "radio", "agency", "observer", "volunteer", "paramedic",
                   "commander", "officer", "minister", "ministry", "army", "military", "police",
                   "hospital", "council", "committee", "opposition", "government", "regime",
                   "villager", "local", "people", "man", "woman", "father", "mother", "rescuer",
                   "worker", "group", "organisation", "organization", "network", "newspaper",
                   "outlet", "channel", "website", "daily", "analyst", "expert", "diplomat",
                   "authorities", "authority", "coalition", "spokesmen", "leader", "head",
                   "chief", "governor", "mayor", "director", "representative", "envoy", "state",
                   "nurse", "surgeon", "teacher", "student", "refugee", "one", "administration",
                   "office", "department", "service", "prosecutor", "mission"}
# Words that describe an organisation rather than name it; dropped around a known name.
DESCRIPTOR_WORDS = {
    "civil", "defense", "defence", "organization", "organisation", "group", "monitor", "war",
    "watchdog", "news", "agency", "rights", "human", "team", "volunteers", "rescue", "rescuers",
    "the", "britain", "based", "uk", "-", "state", "run", "official", "media", "outlet",
    "website", "broadcaster", "pro", "opposition", "government", "syrian", "activist",
    "activists", "ngo", "charity", "humanitarian", "london", "its", "their", "service",
    "services", "organisation's", "workers",
    # an outlet's own staff report for it: "a Reuters journalist counted 10 bodies" is Reuters
    "journalist", "journalists", "reporter", "reporters", "correspondent", "correspondents",
    "photographer", "photographers", "cameraman", "crew", "stringer",
}
LEADING_DROP = {"the", "a", "an", "this", "that", "these", "those", "another", "other", "some"}
STANCE_PREFIX = re.compile(r"^(?:pro|anti)\s*-\s*\w+\s*", re.I)

HEDGE_RE = re.compile(
    r"\b(?:claim(?:s|ed|ing)?|reportedly|reports?\s+(?:indicate|suggest)d?s?|allegedly|alleged|"
    r"(?:is|are|was|were)\s+said\s+to|unconfirmed|unverified|could\s+not\s+(?:be\s+)?"
    r"(?:independently\s+)?(?:verif|confirm)\w*|purported(?:ly)?|rumou?r(?:s|ed)?|"
    r"it\s+(?:is|was)\s+(?:reported|believed|thought)|apparently)\b",
    re.I,
)
# A sentence opening "<Outlet> reports that ..." the parser sometimes reads as one noun phrase.
OPENING_RE = re.compile(
    r"^\s*(?P<who>[A-Z0-9][^.;:!?]{1,90}?)\s+(?:reports|reported|says|said|states|stated|writes|"
    r"wrote|publishes|published|claims|claimed|announced|documented|notes|noted)\b"
    r"(?=\s+(?:that|on|in|between|:|,|how|from|\d))"
)
# how many words after a piece of media its outlet may be named ("footage broadcast live on X")
MEDIUM_WINDOW = 6
DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "actors.yaml"
CUES_FILE = Path(__file__).resolve().parent.parent / "data" / "sources.yaml"


@lru_cache(maxsize=1)
def _cues() -> dict[str, frozenset[str]]:
    """The word lists of data/sources.yaml, lower-cased."""
    with CUES_FILE.open(encoding="utf-8") as f:
        data = safe_load(f) or {}
    return {k: frozenset(w.lower() for w in v or []) for k, v in data.items()}


@lru_cache(maxsize=1)
def _known_sources() -> list[tuple[str, str]]:
    """(normalised alias, canonical name) pairs, longest alias first."""
    text = DATA_FILE.read_text(encoding="utf-8")
    data = safe_load(text) or {}
    pairs: list[tuple[str, str]] = []
    for entry in data.get("sources", []) or []:
        name = entry["name"]
        for alias in [name, *(entry.get("aliases") or [])]:
            pairs.append((_norm(alias), name))
    pairs.sort(key=lambda p: -len(p[0]))
    return pairs


@lru_cache(maxsize=1)
def _known_aliases() -> frozenset[str]:
    """The normalised aliases of _known_sources, for membership tests (one set lookup instead of a
    normalisation and a comparison per alias: _fuller_name asks for each source of each record)."""
    return frozenset(alias for alias, _ in _known_sources())


def _norm(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", s.lower().replace("’", "'").replace("'s", "")).strip()


@lru_cache(maxsize=8192)  # a long report names the same few sources again and again
def canonical_source(phrase: str) -> str:
    """A known organisation's canonical name when the phrase is that name plus descriptors, else the
    phrase itself tidied (leading article dropped, first letter capitalised)."""
    words = phrase.split()
    while words and words[0].lower() in LEADING_DROP:
        words = words[1:]
    tidy = STANCE_PREFIX.sub("", " ".join(words)).strip(" ,-–—")
    n = _norm(tidy)
    for alias, name in _known_sources():
        if not alias:
            continue
        if n == alias:
            return name
        m = re.search(rf"(?:^| ){re.escape(alias)}(?: |$)", n)
        if m:
            rest = (n[: m.start()] + " " + n[m.end():]).split()
            if all(w in DESCRIPTOR_WORDS for w in rest):
                return name
    if tidy and tidy[0].islower():
        tidy = tidy[0].upper() + tidy[1:]
    return tidy


def _hedge(sent: Span, offset: int, att: Attribution) -> None:
    m = HEDGE_RE.search(sent.text)
    if m:
        base = offset + sent.start_char
        att.hedged = True
        att.hedge_start = base + m.start()
        att.hedge_end = base + m.end()
        att.hedge_text = m.group(0)


def _name_tokens(head: Token) -> list[Token]:
    """The words naming a source: the head with its left modifiers and name-internal 'of'/'for' phrases,
    without relative clauses, appositions or trailing punctuation."""
    keep = {head.i}
    for t in head.lefts:
        if t.dep_ in ("det", "predet", "punct", "cc", "preconj", "nummod", "quantmod"):
            if t.dep_ == "punct" and t.text in "-–":
                keep.update(x.i for x in t.subtree)
            continue
        keep.update(x.i for x in t.subtree)
    for t in head.rights:
        if t.dep_ in ("compound", "flat", "nmod", "npadvmod") and t.i == max(keep) + 1:
            keep.update(x.i for x in t.subtree)
        elif t.dep_ == "prep" and t.lower_ in ("of", "for", "in", "on") and t.i == max(keep) + 1:
            objs = [c for c in t.children if c.dep_ == "pobj"]
            if objs and (objs[0].pos_ == "PROPN" or objs[0].ent_type_ in ("ORG", "GPE", "NORP")) \
                    and (head.pos_ == "PROPN" or head.ent_type_ == "ORG"):
                keep.update(x.i for x in t.subtree if x.dep_ not in ("relcl", "acl", "appos"))
    toks = [head.doc[i] for i in sorted(keep)]
    # keep one contiguous run around the head
    run = [head]
    idx = {t.i for t in toks}
    i = head.i - 1
    while i in idx:
        run.insert(0, head.doc[i])
        i -= 1
    i = head.i + 1
    while i in idx:
        run.append(head.doc[i])
        i += 1
    while run and (run[0].is_punct or run[0].lower_ in LEADING_DROP) and run[0].i != head.i:
        run.pop(0)
    while run and run[-1].is_punct and run[-1].i != head.i:
        run.pop()
    return run


def _group(head: Token) -> list[Token]:
    """The head and its coordinated partners ("AFP and Reuters reported")."""
    out = [head]
    for c in head.conjuncts:
        if c.i > head.i or c not in out:
            out.append(c)
    return sorted(set(out), key=lambda t: t.i)


def _appos_name(head: Token) -> Token | None:
    for c in head.children:
        if c.dep_ == "appos" and (c.pos_ == "PROPN" or c.ent_type_ in ("PERSON", "ORG")):
            return c
    return None


def _issuer(head: Token) -> Token | None:
    """Who issued a document named as a source: "a statement by the army", "a report on state
    television", "the ministry's communique". None when the document names no issuer."""
    cues = _cues()
    if head.lemma_.lower() not in cues["document_nouns"] and head.lower_ not in cues["document_nouns"]:
        docnoun = [c for c in head.lefts if c.dep_ == "compound" and c.lemma_.lower() in cues["document_nouns"]]
        # "footage broadcast live on Facebook": the parser may take the participle for the head
        return _medium_after(docnoun[0]) if docnoun else None
    medium = _medium_after(head)
    if medium is not None:
        return medium
    for c in head.lefts:
        # "health ministry figures", "police records": the body whose document it is
        if head.pos_ == "NOUN" and c.dep_ in ("compound", "nmod") and c.i == head.i - 1 and c.pos_ in ("NOUN", "PROPN") \
                and (c.lemma_.lower() in GENERIC_SOURCES or c.pos_ == "PROPN" or c.ent_type_ == "ORG"):
            return c
    for c in head.children:
        if c.dep_ == "poss" and c.pos_ != "PRON" and _source_like(c):
            return c
    for c in head.rights:
        if c.dep_ == "prep" and c.lower_ in cues["document_owner_preps"]:
            for o in c.children:
                if o.dep_ != "pobj" or o.pos_ == "PRON" or o.ent_type_ in ("GPE", "LOC", "DATE"):
                    continue  # "a statement in Kyiv", "a report on Monday": where or when, not who
                if c.lower_ in cues["document_medium_preps"] and not (o.pos_ == "PROPN" or o.ent_type_ == "ORG"):
                    continue  # "a report on the fighting": the medium must be named
                if _source_like(o):
                    return o
    return None


def _speaker_for(head: Token) -> Token | None:
    """The organisation a speaker noun speaks for: "a spokesman for the M23 rebel group", "an
    official of the interior ministry" are the group's and the ministry's word."""
    cues = _cues()
    if head.lemma_.lower() not in cues["speaker_nouns"] and head.lower_ not in cues["speaker_nouns"]:
        return None
    for c in head.rights:
        if c.dep_ != "prep" or c.lower_ not in cues["speaker_preps"]:
            continue
        for o in c.children:
            if o.dep_ != "pobj" or o.pos_ == "PRON" or o.ent_type_ in ("GPE", "LOC", "DATE"):
                continue
            named = o.pos_ == "PROPN" or o.ent_type_ in ("ORG", "NORP") or any(
                x.pos_ == "PROPN" or x.ent_type_ in ("ORG", "NORP") for x in o.lefts if x.dep_ in ("compound", "amod", "nmod"))
            if named:
                return o
    return None


def _medium_after(noun: Token) -> Token | None:
    """Where a piece of media was put out, from the words right after it: "a video posted on
    Telegram", "footage broadcast live on state TV", "a statement published by the ministry"."""
    cues = _cues()
    doc = noun.doc
    end = min(len(doc), noun.i + 1 + MEDIUM_WINDOW)
    k = noun.i + 1
    if k >= end or doc[k].lower_ not in cues["publishing_verbs"]:
        return None
    for j in range(k + 1, end):
        t = doc[j]
        if t.is_punct or t.dep_ == "ROOT":
            return None
        if t.lower_ in cues["document_owner_preps"]:
            objs = [x for x in doc[j + 1:end] if x.pos_ in ("PROPN", "NOUN")]
            for o in objs[:1]:
                if o.ent_type_ in ("GPE", "LOC", "DATE"):
                    return None
                while o.dep_ == "compound" and o.head.i > o.i and o.head.i < end:
                    o = o.head  # "state television": the phrase's head
                if _source_like(o):
                    return o
            return None
    return None


def _medium_before(verb: Token) -> Token | None:
    """ "..., footage broadcast live on Facebook showed": a reporting verb the parser left without a
    subject, after a clause that names a piece of media and where it was put out."""
    cues = _cues()
    k = verb.i - 1
    while k >= 0 and k >= verb.i - MEDIUM_WINDOW - 2 and not verb.doc[k].is_punct:
        t = verb.doc[k]
        if t.lemma_.lower() in cues["document_nouns"] or t.lower_ in cues["document_nouns"]:
            medium = _medium_after(t)
            if medium is not None:
                return medium
        k -= 1
    return None


def _mention_for(head: Token, offset: int) -> SourceMention | None:
    if head.lower_ in PRONOUNS or head.pos_ == "PRON":
        return None
    head = _issuer(head) or _speaker_for(head) or head
    if head.pos_ not in ("PROPN",) and not head.ent_type_ in ("ORG", "PERSON", "NORP", "GPE"):
        named = _appos_name(head)
        if named is not None and head.lemma_.lower() in GENERIC_SOURCES | {"resident", "fighter"}:
            head = named
    toks = _name_tokens(head)
    if not toks:
        return None
    doc = head.doc
    start_char, end_char = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    text = doc[toks[0].i : toks[-1].i + 1].text  # not doc.text: spaCy rebuilds that from every token
    name = canonical_source(text)
    if not name or not re.search(r"[A-Za-z]", name):
        return None
    return SourceMention(name, offset + start_char, offset + end_char, text)


def _is_anaphoric(head: Token) -> bool:
    """'the report', 'the statement', 'the group': a reference back to an earlier source."""
    if head.pos_ == "PRON" or head.lower_ in PRONOUNS:
        return True
    if head.lemma_.lower() not in ANAPHORIC_HEADS or head.pos_ == "PROPN":
        return False
    dets = [c.lower_ for c in head.lefts if c.dep_ in ("det", "poss")]
    others = [c for c in head.lefts if c.dep_ not in ("det", "poss", "punct", "amod")]
    return bool(dets) and dets[0] in ("the", "this", "that", "its", "their") and not others


def _source_like(head: Token) -> bool:
    if head.pos_ == "PROPN" or head.ent_type_ in ("ORG", "PERSON", "NORP", "GPE"):
        return True
    if head.lemma_.lower() in GENERIC_SOURCES or head.lower_ in GENERIC_SOURCES:
        return True
    if any(c.pos_ == "PROPN" for c in head.lefts if c.dep_ in ("compound", "nmod", "amod")):
        return True  # "the White Helmets rescue service"
    if any(c.dep_ == "poss" and c.pos_ != "PRON" and (c.pos_ == "PROPN" or c.lemma_.lower() in GENERIC_SOURCES)
           for c in head.lefts):
        return True  # "the military's media wing", "Kenya's interior ministry"
    return _appos_name(head) is not None


def _according_to(sent: Span) -> list[Token]:
    heads: list[Token] = []
    cues = _cues()
    for t in sent:
        if t.lower_ in cues["source_preps"] and t.dep_ == "prep":
            # "twenty were hurt, per the health ministry"
            for o in t.children:
                if o.dep_ == "pobj" and _source_like(o):
                    heads.extend(_group(o))
        if t.lemma_.lower() in cues["passive_report_verbs"] and t.pos_ == "VERB" and t.tag_ == "VBN":
            # "as reported by Al Jazeera", "a police officer quoted by AFP", "confirmed by the Red Crescent"
            for a in t.children:
                if a.dep_ == "agent":
                    for o in a.children:
                        if o.dep_ == "pobj" and o.pos_ != "PRON" and _source_like(o):
                            heads.extend(_group(o))
        if t.lower_ == "according" and t.i + 1 < sent.end and t.doc[t.i + 1].lower_ == "to":
            to = t.doc[t.i + 1]
            objs = [c for c in to.children if c.dep_ == "pobj"]
            if not objs:  # parser slip: take the next noun
                objs = [x for x in t.doc[to.i + 1: sent.end] if x.pos_ in ("PROPN", "NOUN")][:1]
            for o in objs:
                heads.extend(_group(o))
    return heads


def _crosses_boundary(a: Token, b: Token) -> bool:
    """A heading ("UPDATE 1445 GMT:") or paragraph break between a subject and its verb means the
    parser joined two pieces of text that do not belong together."""
    lo, hi = sorted((a.i, b.i))
    for t in a.doc[lo:hi]:
        if t.text in (":", "|") or t.text.count("\n") >= 2:
            return True
        if "\n" in t.text and _line_ends_part(t):
            return True
    return False


def _line_ends_part(t: Token) -> bool:
    """A single line break inside a sentence is a hard wrap ("a spokesman for\nthe group said")
    unless the line before it is finished (sentence punctuation) or the line after it opens like a
    heading: the parser then joined two text parts."""
    before = t.doc[t.i - 1] if t.i > 0 else None
    after = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    if before is not None and before.text in (".", "!", "?", ";"):
        return True
    return after is not None and after.is_digit


def _phrasal_act(verb: Token) -> bool:
    """ "The coalition carried out airstrikes": a reporting verb with one of these particles does
    the act, it does not report it (data/sources.yaml `acting_particles`)."""
    parts = _cues()["acting_particles"]
    return any(c.dep_ == "prt" and f"{verb.lemma_.lower()} {c.lower_}" in parts for c in verb.children)


def _report_subjects(sent: Span) -> tuple[list[Token], bool]:
    """Subjects of reporting verbs, and whether one of them refers back to an earlier source."""
    heads: list[Token] = []
    refers_back = False
    for t in sent:
        if t.lemma_.lower() not in REPORT_VERBS or t.pos_ not in ("VERB", "AUX") or _phrasal_act(t):
            continue
        subj = [c for c in t.children if c.dep_ == "nsubj"]
        if not subj and t.dep_ == "conj" and t.head.lemma_.lower() in REPORT_VERBS:
            subj = [c for c in t.head.children if c.dep_ == "nsubj"]
        if not subj:
            medium = _medium_before(t)
            if medium is not None:
                heads.extend(_group(medium))
        for s in subj:
            if _crosses_boundary(s, t):
                continue
            if _is_anaphoric(s):
                refers_back = True
                continue
            if t.lemma_.lower() in WEAK_VERBS and not (s.pos_ == "PROPN" or s.ent_type_ == "ORG" or any(
                    c.dep_ == "compound" and (c.pos_ == "PROPN" or c.ent_type_ == "ORG") for c in s.lefts)) \
                    and _issuer(s) is None:
                continue
            if not _source_like(s) and _issuer(s) is None:
                continue
            heads.extend(_group(s))
        cues = _cues()
        if t.lemma_.lower() in cues["citing_verbs"] and not subj:
            # "..., Dawn reported, citing hospital officials": whom the report relies on
            for c in t.children:
                if c.dep_ == "dobj" and _source_like(c) and not _crosses_boundary(c, t):
                    heads.extend(_group(c))
        if t.lemma_.lower() in cues["speaking_verbs"]:
            # "Speaking to the BBC, a resident said ...": the outlet spoken to
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in ("to", "with"):
                    for o in c.children:
                        if o.dep_ == "pobj" and (o.ent_type_ == "ORG" or o.pos_ == "PROPN"):
                            heads.extend(_group(o))
        if t.lemma_.lower() == "tell":  # "a spokesman told Reuters": the outlet too
            for c in t.children:
                if c.dep_ in ("dobj", "dative") and (c.ent_type_ == "ORG" or c.pos_ == "PROPN"):
                    heads.extend(_group(c))
    return heads, refers_back


def _opening(sent: Span, offset: int) -> list[SourceMention]:
    """Fallback for '<Outlet> reports that ...' openings the parser misreads."""
    m = OPENING_RE.match(sent.text)
    if not m:
        return []
    who = m.group("who")
    if re.search(r"\b(?:that|which|who|was|were|is|are|has|have|had)\b", who):
        return []
    out: list[SourceMention] = []
    base = offset + sent.start_char
    for part in re.finditer(r"[^,;]+", who):
        for piece in re.finditer(r"(?:(?!\band\b).)+", part.group(0)):
            raw = piece.group(0)
            stripped = raw.strip()
            if len(stripped) < 2 or stripped.lower() in ("among others", "and"):
                continue
            s = part.start() + piece.start() + raw.index(stripped)
            name = canonical_source(stripped)
            if name and name.lower() not in ANAPHORIC_HEADS | PRONOUNS:
                out.append(SourceMention(name, base + m.start("who") + s,
                                         base + m.start("who") + s + len(stripped), stripped))
    return out


def find_attribution(sent: Span, offset: int, previous: Attribution | None = None) -> Attribution:
    """The sources a sentence cites (document offsets), inheriting `previous` when it refers back."""
    att = Attribution()
    _hedge(sent, offset, att)
    heads = _according_to(sent)
    subj_heads, refers_back = _report_subjects(sent)
    heads.extend(subj_heads)
    seen: set[str] = set()
    for h in sorted(set(heads), key=lambda t: t.i):
        m = _mention_for(h, offset)
        if m is None or m.name.lower() in seen:
            continue
        seen.add(m.name.lower())
        att.sources.append(m)
    if not att.sources and not refers_back:
        for m in _opening(sent, offset):
            if m.name.lower() not in seen:
                seen.add(m.name.lower())
                att.sources.append(m)
    if not att.sources and refers_back and previous is not None:
        att.sources = list(previous.sources)
    if not att.sources and refers_back:
        # "..., the ministry said" with no ministry named before: the words themselves
        for h in _unresolved_speakers(sent):
            m = _mention_for(h, offset)
            if m is not None and m.name.lower() not in seen:
                seen.add(m.name.lower())
                att.sources.append(m)
    return att


def _unresolved_speakers(sent: Span) -> list[Token]:
    """Definite bodies that speak ("the ministry said", "the army said") where nothing earlier
    tells which: a common noun that names a source, never a pronoun or a document ("the report")."""
    cues = _cues()
    out: list[Token] = []
    for t in sent:
        if t.lemma_.lower() not in REPORT_VERBS or t.pos_ not in ("VERB", "AUX") or _phrasal_act(t):
            continue
        for c in t.children:
            if c.dep_ != "nsubj" or c.pos_ == "PRON" or c.lower_ in PRONOUNS or _crosses_boundary(c, t):
                continue
            lemma = c.lemma_.lower()
            if lemma in GENERIC_SOURCES and lemma not in cues["document_nouns"] and _is_anaphoric(c):
                out.append(c)
    return out


def continues_into(sent: Span, nxt: Span) -> bool:
    """Whether the next sentence goes on with this one's event: it opens on a count of the same
    victims ("Three were killed instantly, ...") or names again, with a definite article, a thing
    or people this sentence named ("... the bomb exploded near their vehicle"). Wire copy states the
    fact first and says whose account it is one sentence later."""
    cues = _cues()
    words = [t for t in nxt if not t.is_space and not t.is_punct]
    if len(words) >= 2 and words[0].like_num and words[1].pos_ in ("VERB", "AUX"):
        return True
    nouns = {t.lemma_.lower() for t in sent if t.pos_ == "NOUN"} - cues["vague_nouns"]
    for t in nxt:
        if t.pos_ == "NOUN" and t.lemma_.lower() in nouns and any(
                c.dep_ == "det" and c.lower_ in cues["definite_determiners"] for c in t.children):
            return True
    return False


def attribution_token_ids(sent: Span) -> set[int]:
    """Token indices (doc positions) of the words naming a source, so that other extractors do not
    mistake "The army said" or "according to the SDF" for a participant in the event."""
    ids: set[int] = set()
    heads = _according_to(sent)
    subj, _ = _report_subjects(sent)
    for h in heads + subj:
        for c in _group(h):
            ids.update(t.i for t in c.subtree if t.dep_ not in ("relcl", "acl"))
    for t in sent:  # pronoun / anaphoric subjects of reporting verbs are sources too
        if t.lemma_.lower() in REPORT_VERBS and t.pos_ in ("VERB", "AUX") and not _phrasal_act(t):
            for c in t.children:
                if c.dep_ == "nsubj" and not _crosses_boundary(c, t):
                    ids.update(x.i for x in c.subtree if x.dep_ not in ("relcl", "acl"))
    return ids


# a wire dateline: "PLACE, Country (Agency) —" at the start of a line
DATELINE_AGENCY = re.compile(
    r"^[ \t]*[A-Z][\w .,'’-]{1,60}?\((?P<agency>[A-Z][\w&.]{1,15}(?:\s[A-Z][\w.]{1,15}){0,2})\)\s*[-—–:]",
    re.MULTILINE,
)


# "(CNN) — Gunmen ...", "Beirut, Lebanon (CNN)Israeli strikes ...": the outlet in brackets with no
# place before it or no dash after it; only a known outlet, since "(Beirut) –" opens NGO releases
LOOSE_DATELINE_AGENCY = re.compile(
    r"^[ \t]*(?:[A-Z][\w .,'’-]{1,60}?)?\((?P<agency>[A-Z][\w&.]{1,15}(?:\s[A-Z][\w.]{1,15}){0,2})\)"
    r"\s*(?:[-—–:]|(?=[A-Z]))",
    re.MULTILINE,
)


def dateline_agency(text: str) -> tuple[str, int, int] | None:
    """The news agency a wire story's dateline names ("BEIRUT (AP) —"), with its offsets."""
    m = DATELINE_AGENCY.search(text[:3000])
    if m is None:
        m = LOOSE_DATELINE_AGENCY.search(text[:3000])
        if m is None or _norm(m.group("agency")) not in _known_aliases():
            return None
    return m.group("agency"), m.start("agency"), m.end("agency")


# how far into a text its issuer is named (title, header, first lines of an NGO or UN statement)
ISSUER_OPENING = 600
# bare organisation nouns a sentence cites ("according to the NGO"): they mean the document's issuer
GENERIC_ORG_NAMES = {"ngo", "organisation", "organization", "group", "agency", "charity", "watchdog",
                     "mission", "report", "monitor", "rights group", "the ngo", "casualty figures",
                     "figures", "data", "statement", "the mission", "un mission", "office"}
# "(Beirut) – The coalition ...": the place an NGO release is datelined at, never its source
PLACE_DATELINE = re.compile(r"^[ \t]*\((?P<place>[A-Z][\w .'’-]{1,40})\)\s*[-–—]", re.MULTILINE)


@lru_cache(maxsize=1)
def _issuer_patterns() -> list[tuple[re.Pattern[str], str]]:
    """Regexes for the aliases of organisations that publish their own reports (`issuer: true`)."""
    data = safe_load(DATA_FILE.read_text(encoding="utf-8")) or {}
    out: list[tuple[re.Pattern[str], str]] = []
    for entry in data.get("sources", []) or []:
        if not entry.get("issuer"):
            continue
        for alias in [entry["name"], *(entry.get("aliases") or [])]:
            letters = re.sub(r"[^A-Za-z]", "", alias)
            flags = 0 if letters.isupper() and len(letters) <= 6 else re.I  # "ECHO", never "echo"
            out.append((re.compile(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", flags), entry["name"]))
    return out


def document_issuer(text: str) -> tuple[str, int, int] | None:
    """The organisation a statement or report is issued by: a known reporting organisation named in
    its opening, else the one it names most often (at least twice). Why: NGO and UN texts state
    their events on their own authority and seldom write "according to us"."""
    hits: list[tuple[int, int, str]] = []
    for pat, name in _issuer_patterns():
        for m in pat.finditer(text):
            hits.append((m.start(), m.end(), name))
    if not hits:
        return None
    hits.sort()
    s, e, name = hits[0]
    if s < ISSUER_OPENING:
        return name, s, e
    counts: dict[str, int] = {}
    for _, _, n in hits:
        counts[n] = counts.get(n, 0) + 1
    best = max(counts, key=lambda n: counts[n])
    if counts[best] < 2:
        return None
    s, e, _ = next(h for h in hits if h[2] == best)
    return best, s, e


def _resolve_generic_names(record, issuer: tuple[str, int, int] | None) -> None:
    """ "According to the NGO": a bare organisation noun stands for the document's issuer."""
    if issuer is None:
        return
    names = record.attribution.get("sources") or []
    if not any(n.lower() in GENERIC_ORG_NAMES for n in names):
        return
    fixed: list[str] = []
    for n in names:
        n = issuer[0] if n.lower() in GENERIC_ORG_NAMES else n
        if n not in fixed:
            fixed.append(n)
    record.attribution["sources"] = fixed
    rest = [p for p in record.source.split("; ") if p and p.lower() not in GENERIC_ORG_NAMES and p not in fixed]
    record.source = "; ".join(fixed + rest)


def _drop_dateline_places(record, places: set[str]) -> None:
    """A place read from a "(Place) –" dateline is where the release was issued, not who says so."""
    names = record.attribution.get("sources") or []
    if not places or not any(n.lower() in places for n in names):
        return
    record.attribution["sources"] = [n for n in names if n.lower() not in places]
    record.source = "; ".join(p for p in record.source.split("; ") if p and p.lower() not in places)
    record.evidence = [e for e in record.evidence if not (e.field == "source" and e.text.lower() in places)]


def _fuller_name(name: str, cited: list[str]) -> str:
    """The fullest form the text gives of a person or body cited later by part of its name
    ("tribal leader Sheikh Hamad al-Saadi told reporters ... Sheikh Hamad said"): a name of
    capitalised words that is a run of the words of a longer cited name. Known organisations
    keep their own name ("UN" is not "UN OCHA")."""
    words = name.split()
    if not words or not all(w[:1].isupper() for w in words) or _norm(name) in _known_aliases():
        return name
    if len(words) == 1 and (len(name) < 4 or name.lower() in GENERIC_SOURCES):
        return name
    best = name
    for other in cited:
        ow = other.split()
        if len(ow) <= len(words) or len(other) <= len(best):
            continue
        if any(ow[i:i + len(words)] == words for i in range(len(ow) - len(words) + 1)):
            best = other
    return best


def _expand_names(record, cited: list[str]) -> None:
    names = record.attribution.get("sources") or []
    fuller = [_fuller_name(n, cited) for n in names]
    if fuller == names:
        return
    record.attribution["sources"] = list(dict.fromkeys(fuller))
    swap = dict(zip(names, fuller))
    record.source = "; ".join(dict.fromkeys(swap.get(p, p) for p in record.source.split("; ") if p))


def fill_missing_sources(records, doc_text: str, cited: list[SourceMention] | None = None) -> None:
    """A record whose sentences cite no one is reported on the authority of the story itself: the
    issuer of a statement named in its opening, the source its text cites first (a report is
    usually told on one main source), then the agency of its dateline. Records that cite someone
    keep exactly that, a bare "the NGO" read as the issuer, a part of a name given in full
    elsewhere as the full name, with the dateline's agency after it as the publisher (the record
    contract: who is cited, then the publisher). `cited`: every source the text's sentences cite,
    in text order (records keep only those of their own sentences)."""
    places = {m.group("place").strip().lower() for m in PLACE_DATELINE.finditer(doc_text[:3000])}
    for record in records:
        _drop_dateline_places(record, places)
    # who the text cites first, whether or not that sentence made a record of its own
    cited_names = [m.name for m in cited or [] if m.name.lower() not in places]
    for record in records:
        _expand_names(record, cited_names)
    first = next((r.attribution["sources"][0] for r in records if r.attribution.get("sources")), None)
    if cited_names:
        first = _fuller_name(cited_names[0], cited_names)
    agency = dateline_agency(doc_text)
    if agency is not None:
        agency = (canonical_source(agency[0]) or agency[0], agency[1], agency[2])
    issuer = document_issuer(doc_text)
    # a release datelined "(Place) –" with its issuer named in its opening (or in the paragraph the
    # dateline opens, after a title and a photo caption) is that issuer's own
    # publication: the witnesses and officials it quotes are reported by it
    release = PLACE_DATELINE.search(doc_text[:3000])
    releaser = issuer if release is not None and issuer is not None \
        and (issuer[1] < ISSUER_OPENING or 0 <= issuer[1] - release.start() < ISSUER_OPENING) else None
    for record in records:
        _resolve_generic_names(record, issuer)
        if record.attribution.get("sources"):
            parts = [p for p in record.source.split("; ") if p]
            if agency is not None and agency[0] not in parts:
                record.source = "; ".join(parts + [agency[0]])  # the wire that published it
                record.add_evidence("source", doc_text, agency[1], agency[2])
            elif releaser is not None and releaser[0] not in parts:
                record.source = "; ".join(parts + [releaser[0]])
                record.add_evidence("source", doc_text, releaser[1], releaser[2])
            continue
        names = []
        if issuer is not None:
            names.append(issuer[0])
            record.add_evidence("source", doc_text, issuer[1], issuer[2])
        if first and first not in names:
            names.append(first)
        if agency is not None and agency[0] not in names:
            names.append(agency[0])
            record.add_evidence("source", doc_text, agency[1], agency[2])
        if not names:
            continue
        record.attribution["sources"] = names
        record.extra["source_from"] = "document"
        rest = [p for p in record.source.split("; ") if p and p not in names]
        record.source = "; ".join(names + rest)
