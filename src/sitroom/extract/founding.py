"""Which sentences may found an event record of their own.

A typing model says what kind of event a sentence *would* report; a coder also asks whether it
reports one at all. Background ("the offensive follows months of bombing"), feelings and appeals
("we are afraid", "we need to end the hostilities"), talk about talk ("witnesses spoke of fears
that ...") and scene-setting quotes ("they were directly destroyed") are not events. A record
needs a factual trigger (a concrete event verb or noun, not under a modal, a negation or a verb of
fearing, wanting or talking-about) plus something to code it by: a place the sentence names, a
victim count, a named actor, or a date of its own. Reported speech of an event ("X said the
strikes killed 25") still founds one: saying is not a non-factual governor.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span, Token

from sitroom.yamlload import safe_load

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "founding.yaml"


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, frozenset[str]]:
    """Talk verbs, talk nouns and generic nouns of data/founding.yaml, lower-cased."""
    with open(DATA_FILE, encoding="utf-8") as f:
        data = safe_load(f) or {}
    return {key: frozenset(str(w).lower() for w in data.get(key) or []) for key in
            ("talk_verbs", "talk_nouns", "generic_nouns", "whole_conflict_nouns", "media_nouns", "long_ago_units",
             "event_verbs", "event_nouns", "occurrence_verbs", "span_prepositions", "place_list_roles",
             "area_list_nouns", "listed_prepositions", "relative_nouns", "additive_adverbs")}


@lru_cache(maxsize=1)
def _told_incident_types() -> tuple[dict[str, str], dict[str, str]]:
    """(event noun -> sub-event type, modifying word -> sub-event type) of data/founding.yaml."""
    with open(DATA_FILE, encoding="utf-8") as f:
        data = safe_load(f) or {}
    return ({str(k).lower(): str(v) for k, v in (data.get("told_incident_nouns") or {}).items()},
            {str(k).lower(): str(v) for k, v in (data.get("told_incident_modifiers") or {}).items()})


@lru_cache(maxsize=1)
def _place_levels() -> dict[str, str]:
    """Gazetteer kind -> its level (data/founding.yaml `place_levels`)."""
    with open(DATA_FILE, encoding="utf-8") as f:
        data = safe_load(f) or {}
    return {str(kind): level for level, kinds in (data.get("place_levels") or {}).items() for kind in kinds}

# lemmas of verbs that report a conflict event happening
EVENT_VERBS = {
    "kill", "die", "wound", "injure", "strike", "hit", "bomb", "shell", "attack", "fire", "shoot",
    "clash", "fight", "battle", "capture", "seize", "take", "recapture", "retake", "overrun", "storm",
    "occupy", "raid", "explode", "detonate", "destroy", "damage", "burn", "loot", "kidnap", "abduct",
    "detain", "arrest", "execute", "massacre", "flee", "displace", "evacuate", "remove", "bus",
    "protest", "rally", "demonstrate", "march", "riot", "ambush", "assassinate", "behead", "torture",
    "rape", "land", "target", "pound", "bombard", "drop", "launch", "intercept", "down", "transfer",
    "deport", "expel", "surrender", "withdraw", "cede", "advance", "besiege", "encircle", "repel",
    "repulse", "control", "liberate", "murder", "slaughter", "blow",
    "storm", "move", }
# nouns that name a conflict event
EVENT_NOUNS = {
    "strike", "airstrike", "raid", "bombing", "bombardment", "shelling", "attack", "assault",
    "offensive", "clash", "fighting", "battle", "explosion", "blast", "bomb", "shell", "rocket",
    "missile", "mortar", "landmine", "mine", "ied", "ambush", "massacre", "killing", "execution",
    "kidnapping", "abduction", "arrest", "detention", "protest", "rally", "demonstration", "march",
    "riot", "evacuation", "displacement", "siege", "capture", "takeover", "advance", "gunfire",
    "shooting", "incursion", "drone", "sniper", "fire", "airstrikes", "raids", "violence",
}
EVENT_NOUNS |= _vocabulary()["event_nouns"]
# triggers of the non-conflict categories (diplomacy, disasters, crime, claims)
NON_CONFLICT_TRIGGERS = {
    "meet", "meeting", "talk", "talks", "discuss", "call", "urge", "visit", "sign", "agree",
    "negotiate", "summit", "ceasefire", "truce", "agreement", "deal", "conference", "announce",
    "earthquake", "flood", "storm", "drought", "landslide", "cyclone", "hurricane", "collapse",
    "crash", "accident", "fire", "smuggle", "traffic", "rob", "robbery", "claim", "responsibility",
    "condemn", "resolution", "vote", "sanction",
}
# verbs and adjectives under which an event is feared, wished, demanded or only talked about
NON_FACTUAL_GOVERNORS = {
    "fear", "worry", "afraid", "scared", "hope", "want", "wish", "need", "appeal", "urge", "demand",
    "threaten", "vow", "plan", "intend", "prefer", "try", "speak", "testify", "talk", "pray",
    "expect", "promise", "ask", "beg", "imagine", "dream", "seek", "aim", "prepare", "allow", "let",
}
# dates that place an event in time (not "since August", which opens a period)
POINT_DATE_KINDS = {"explicit", "range", "relative"}
MODALS = {"would", "could", "will", "may", "might", "should", "can", "must", "shall", "'d", "'ll", "wo", "ca"}


# adverbs that make a verb habitual background ("have long fought", "have always held")
HABITUAL_ADVERBS = {"long", "always", "often", "usually", "traditionally", "historically", "repeatedly", "frequently"}


def _negated_or_modal(tok: Token) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODALS)
               or (c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS) for c in tok.children)


# clauses that set the scene for the main clause ("When the militias advanced, there was ...")
SUBORDINATORS = {"when", "as", "while", "because", "since", "if", "after", "before", "until", "although",
                 "though", "whenever", "unless", "once"}


def _frames_as_talk_or_generic(node: Token) -> bool:
    """A word above the trigger that makes it feared, wished, called for or warned of ("calls for
    an end to the bombing", "reports of killings"), or a general phenomenon rather than one
    instance ("the scourge of kidnapping")."""
    vocab = _vocabulary()
    lemma, word = node.lemma_.lower(), node.lower_
    if node.pos_ in ("VERB", "AUX", "ADJ") and lemma in vocab["talk_verbs"]:
        return True
    if lemma in NON_FACTUAL_GOVERNORS:
        return True
    return node.pos_ in ("NOUN", "PROPN") and bool({lemma, word} & (vocab["talk_nouns"] | vocab["generic_nouns"]))


def _long_after(node: Token) -> bool:
    """ "twenty years after ...", "a decade since ...": the phrase or clause under `node` tells an
    event long before the story (its span's unit is in data/founding.yaml `long_ago_units`)."""
    units = _vocabulary()["long_ago_units"]

    def span_unit(t: Token) -> bool:
        return any(c.dep_ == "npadvmod" and c.lemma_.lower() in units for c in t.children)

    if node.lower_ in ("after", "since") and (span_unit(node) or node.head.lemma_.lower() in units):
        return True  # "years after X" parses either way round
    return any(c.dep_ == "mark" and c.lower_ in ("after", "since") for c in node.children) and span_unit(node)


def is_factual(tok: Token, sent: Span) -> bool:
    """The trigger is told as having happened, in a main clause: no modal, negation or
    non-factual verb above it, not an adjective ("opposition-held") nor inside a scene-setting
    subordinate clause."""
    if tok.dep_ in ("amod", "compound") and tok.pos_ in ("VERB", "ADJ"):
        return False
    node = tok
    for _ in range(12):
        if node.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in SUBORDINATORS
                                        for c in node.children) and not _tells_occurrence(node, tok):
            return False
        if node.pos_ in ("VERB", "AUX", "ADJ") and _negated_or_modal(node):
            return False
        if node is not tok and _frames_as_talk_or_generic(node):
            return False
        if _long_after(node):
            return False
        if node.head is node or not (sent.start <= node.head.i < sent.end):
            break
        node = node.head
    return True


# subordinators of a clause told as having happened (not "if", "unless", "until", "before")
TEMPORAL_SUBORDINATORS = {"when", "as", "while", "after", "once", "whenever"}


def _tells_occurrence(clause: Token, trigger: Token) -> bool:
    """A scene-setting clause whose subject is the event noun and whose verb is one of taking
    place ("when the attack began", "as the raid took place"): the clause tells the event."""
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in TEMPORAL_SUBORDINATORS for c in clause.children):
        return False  # "if the offensive begins" is a condition, not a report
    return trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.i == clause.i \
        and clause.lemma_.lower() in _vocabulary()["occurrence_verbs"]


MONTH_WORDS = {"march", "may"}  # the months that are also event or modal words


def is_month(tok: Token) -> bool:
    """ "March" or "May" used as a month: capitalised inside the sentence, or beside a day number."""
    if tok.lower_ not in MONTH_WORDS:
        return False
    beside_number = any(0 <= tok.i + k < len(tok.doc) and tok.doc[tok.i + k].like_num for k in (-1, 1))
    return beside_number or (tok.text[0].isupper() and not tok.is_sent_start)


def event_triggers(sent: Span, non_conflict: bool = False) -> list[Token]:
    """Tokens of the sentence that name an event told as fact."""
    found = []
    for tok in sent:
        if is_month(tok):
            continue  # the month in "March 3" or "since March" is a date, not a protest march
        lemma = tok.lemma_.lower()
        if non_conflict:
            hit = lemma in NON_CONFLICT_TRIGGERS or tok.lower_ in NON_CONFLICT_TRIGGERS
        elif tok.pos_ in ("VERB", "AUX"):
            hit = lemma in EVENT_VERBS or lemma in _vocabulary()["event_verbs"]
        elif tok.pos_ in ("NOUN", "PROPN"):
            hit = lemma in EVENT_NOUNS or tok.lower_ in EVENT_NOUNS
        else:
            hit = False
        if hit and is_factual(tok, sent):
            found.append(tok)
    return found


def shows_an_event(sent: Span) -> bool:
    """The sentence posts a picture or recording of an event ("posted this video of a protest in
    X", "shared footage, reportedly showing shelling"): its verb's object is a media noun and the
    sentence names an event."""
    media = _vocabulary()["media_nouns"]
    if not any(c.dep_ in ("dobj", "obj", "nsubjpass") and ({c.lemma_.lower(), c.lower_} & media)
               for c in sent.root.children):
        return False
    # the word itself as an event noun also catches gerunds parsed as verbs ("showing shelling")
    return any(tok.lower_ in EVENT_NOUNS or (tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in EVENT_NOUNS)
               for tok in sent)


def named_actor(actors, sent_start: int) -> bool:
    if actors is None:
        return False
    inferred = set(getattr(actors, "inferred", []) or [])
    for name in ("actor1", "actor2"):
        if name in inferred or not getattr(actors, name):
            continue
        for m in (actors.mentions or {}).get(name, []):
            words = m.text.split()
            if not words:
                continue
            # a capital at the very start of the sentence says nothing about the word
            if m.start <= sent_start + 1 and len(words) == 1 and not m.text.isupper():
                continue
            if any(w[:1].isupper() for w in words):
                return True
    return False


def _date_dates_a_fact(sent: Span, offset: int, own_date) -> bool:
    """The verb the sentence's date hangs from is told as fact: "on Monday gunmen stormed" dates an
    event, "they must honour the accord of 11 May" only names an accord under a modal."""
    at = own_date.start - offset
    tok = next((t for t in sent if t.idx <= at < t.idx + max(len(t), 1)), None)
    node = tok
    for _ in range(12):
        if node is None or node.head is node or not (sent.start <= node.head.i < sent.end):
            return True  # no verb above the date (a headline fragment): keep the date's word
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return is_factual(node, sent)
    return True


def _whole_war_toll(sent: Span) -> bool:
    """A count told as the running toll of a whole war ("the air campaign and the battles have
    killed thousands"): a perfect-tense verb whose subject is the conflict itself."""
    nouns = _vocabulary()["whole_conflict_nouns"]
    for tok in sent:
        if tok.dep_ in ("nsubj", "conj") and tok.lemma_.lower() in nouns:
            verb = tok.head
            while verb.dep_ == "conj" and verb.head is not verb and verb.pos_ not in ("VERB", "AUX"):
                verb = verb.head
            if verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
                return True
    return False


def founds_record(sent: Span, offset: int, event_type: str, counts, own_place: bool, actors, own_date) -> bool:
    """Whether the sentence reports an event of its own (see the module docstring)."""
    has_date = own_date is not None and own_date.start is not None
    if counts and not has_date and _whole_war_toll(sent):
        return False  # a war's running total with no period: not a tally anyone can code
    if counts:
        return True  # counts.py already requires an outcome verb or noun told as fact
    triggers = event_triggers(sent)
    if has_date and own_place and own_date.kind in POINT_DATE_KINDS and _date_dates_a_fact(sent, offset, own_date) \
            and (event_type != "Strategic developments" or triggers or event_triggers(sent, non_conflict=True)):
        # dated and placed: a report of something that happened there, whatever its verb; a
        # strategic development still needs an event word (distributing ballots is no event)
        return True
    if event_type == "Non-conflict":
        # a conflict trigger still founds a record the typing model filed as non-conflict
        triggers += event_triggers(sent, non_conflict=True)
    if not triggers:
        return False
    return own_place or has_date or named_actor(actors, offset + sent.start_char)


def _place_head(sent: Span, offset: int, place) -> Token | None:
    """The token of the place's words whose head lies outside them (the name's syntactic head)."""
    toks = [t for t in sent if place.start <= offset + t.idx < place.end]
    inside = {t.i for t in toks}
    return next((t for t in toks if t.head.i not in inside or t.head is t), None)


def _coordination_root(tok: Token) -> Token:
    """The first conjunct of the list the token is in ("A, B and C": A for each of them)."""
    for _ in range(20):
        if tok.dep_ != "conj" or tok.head is tok:
            break
        tok = tok.head
    return tok


def _listed_by_preposition(sent: Span, offset: int, head: Token, chosen, places: list, counted: bool) -> list:
    """The places told under coordinated prepositions ("clashes in A, in the city of B, and in the
    port of C"): each prepositional phrase names a place of its own, one event each, of the chosen
    place's level and none inside another; not a figure told over areas."""
    prep = _locative_preposition(head)
    if prep is None or (counted and _level(chosen) in ("country", "area")):
        return []
    def listed(tok: Token) -> bool:
        other = _locative_preposition(tok)
        return other is not None and other.i != prep.i and _prepositions_listed(prep, other)

    return _peer_places(sent, offset, chosen, places, listed)


def _peer_places(sent: Span, offset: int, chosen, places: list, listed) -> list:
    """The other places whose head token `listed` accepts, of the chosen place's level, none inside
    another and each name once: the places a list tells beside the chosen one."""
    out = []
    for place in places:
        if place is chosen or (place.start < chosen.end and chosen.start < place.end):
            continue
        tok = _place_head(sent, offset, place)
        if tok is None or not listed(tok):
            continue
        if _level(place) != _level(chosen) or _inside(place, chosen) or _inside(chosen, place) \
                or any(place.location == p.location for p in out):
            continue
        out.append(place)
    return out


def _locative_preposition(tok: Token) -> Token | None:
    """The preposition a place is told under: "in" of "in A", of "in A province", of "in the city of A"."""
    vocab = _vocabulary()
    for _ in range(6):
        if tok.dep_ in ("compound", "amod", "appos") and tok.head is not tok:
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
            if tok.head.head.lower_ in vocab["relative_nouns"]:
                return None  # "east of A": A only tells where the place is
            tok = tok.head.head  # "the city of A": the noun the name is of
        elif tok.dep_ == "pobj" and tok.head.lower_ in vocab["listed_prepositions"]:
            return tok.head
        else:
            return None
    return None


def _prepositions_listed(a: Token, b: Token) -> bool:
    """Two prepositions in one list: coordinated ("in A and in B"), or the same preposition twice on
    one head with only a comma or "and" between the phrases ("in A, in B", "in A, and in B"; the
    parser sometimes hangs the last one on the verb as a conjunct)."""
    ra, rb = _prep_root(a), _prep_root(b)
    if ra.i == rb.i:
        return True
    if ra.head.i != rb.head.i or ra.lower_ != rb.lower_:
        return False
    first, second = (ra, rb) if ra.i < rb.i else (rb, ra)
    between = [t.lower_ for t in first.doc[first.right_edge.i + 1:second.i]]
    return between in ([","], [",", "and"], ["and"])


def _prep_root(prep: Token) -> Token:
    """The first preposition of a coordination of prepositions ("in A and in B": the first "in")."""
    for _ in range(20):
        if prep.dep_ != "conj" or prep.head.pos_ != "ADP":
            break
        prep = prep.head
    return prep


def _level(place) -> str:
    if not place.resolved:
        return "unresolved"
    return _place_levels().get(place.kind or "", place.kind or "")


def _inside(a, b) -> bool:
    """Place a is an area place b lies in (or they are one place)."""
    name = (a.location or "").lower()
    return bool(name) and name in {(b.location or "").lower(), (b.admin1 or "").lower(),
                                   (b.admin2 or "").lower(), (b.country or "").lower()}


def _lists_areas(root: Token, chosen) -> bool:
    """The list names areas: area-level places, or "the districts of A, B and C"."""
    if _level(chosen) in ("country", "area"):
        return True
    noun = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
    return noun is not None and noun.lower_ in _vocabulary()["area_list_nouns"]


def coordinated_places(sent: Span, offset: int, chosen, places: list, counted: bool = False) -> list:
    """The other places coordinated with the event's place in one list, each an event of its own
    (ACLED codes one event per location: "shelled the towns of A and B", "rallies in A, B and C").
    Only places of the chosen place's level, none inside another, in a list that names where the
    event happened: not a stretch ("between A and B", "from A to B") nor the sides as subject, and
    not areas a figure is told over (`counted`: "six were arrested in the districts of A and B" is
    a total over them, which the text does not split)."""
    head = _place_head(sent, offset, chosen)
    if head is None:
        return []
    return _listed_by_noun(sent, offset, head, chosen, places, counted) or \
        _listed_by_preposition(sent, offset, head, chosen, places, counted)


def _listed_by_noun(sent: Span, offset: int, head: Token, chosen, places: list, counted: bool) -> list:
    """The places coordinated with the chosen one as nouns ("the towns of A and B", "hit A, B and C")."""
    vocab = _vocabulary()
    root = _coordination_root(head)
    if root.dep_ not in vocab["place_list_roles"] and not (
            root.dep_ == "compound" and root.head.dep_ in vocab["place_list_roles"]):
        return []
    anchor = root.head if root.dep_ == "compound" else root
    if anchor.dep_ == "pobj" and anchor.head.lower_ in vocab["span_prepositions"]:
        return []
    if counted and _lists_areas(root, chosen):
        return []
    return _peer_places(sent, offset, chosen, places,
                        lambda tok: tok.i != head.i and _coordination_root(tok).i == root.i)


# a type read off one noun is a guess the typing model has not confirmed
TOLD_INCIDENT_CONFIDENCE = 0.35
# what may stand between an incident's phrase and its day when the parse hangs the day on the verb
_DATE_LINK = re.compile(r"\s*(?:,\s*)?(?:on|in|at|last|this|early|late)?\s*")
# entity labels of a place named with a told incident ("the attack in X", "the bombing of Y")
PLACE_LABELS = {"GPE", "LOC", "FAC"}
PLACE_PREPOSITIONS = {"in", "near", "at", "outside", "around", "inside"}


def _names_a_place(tok: Token) -> bool:
    """A place name: tagged as one, or a proper noun after "in", "near", "at" (the tagger often
    misses an unfamiliar town)."""
    return tok.ent_type_ in PLACE_LABELS or (
        tok.pos_ == "PROPN" and tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPOSITIONS)


def told_incident(sent: Span, offset: int, own_date) -> tuple[Token, str] | None:
    """An incident named, with its own day and place, inside a statement about it: "UNAMA condemns
    ... the 8 May attack in X", "the ministry denounced Tuesday's bombing of the market in Y".
    A definite description of a dated, placed event presupposes that it happened, whatever the
    verb of talk above it. (event noun, its sub-event type) or None; the date the sentence resolved
    must lie inside the noun's phrase, and so must a place name.

    Not wired into the pipeline (issue 11): on the real dev set it found one more NGO incident, but
    on the project's second own held-out set it added one record that is no coded event, so by the
    project's rule it stays off until a held-out set supports it."""
    if own_date is None or own_date.start is None or own_date.kind not in POINT_DATE_KINDS:
        return None
    nouns, modifiers = _told_incident_types()
    found: list[tuple[int, Token, str]] = []
    for tok in sent:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.lower_ not in nouns and tok.lemma_.lower() not in nouns:
            continue
        if not is_factual(tok, sent) or any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "no", "every")
                                            for c in tok.children):
            continue  # "any attack", "no attack": not one incident
        phrase = list(tok.subtree)
        first, last = phrase[0], phrase[-1]
        start, end = offset + first.idx, offset + last.idx + len(last.text)
        gap = sent.doc.text[end - offset: max(end, own_date.start) - offset] if own_date.start >= end else ""
        if not (start <= own_date.start < end or own_date.start >= end and _DATE_LINK.fullmatch(gap)):
            continue  # the day must be the incident's: in its phrase or right after it ("... in X on 3 May")
        if not any(_names_a_place(t) for t in phrase if t.i != tok.i):
            continue
        sub = nouns.get(tok.lower_) or nouns[tok.lemma_.lower()]
        for c in tok.children:
            if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i and c.lower_ in modifiers:
                sub = modifiers[c.lower_]
        found.append((len(phrase), tok, sub))
    if not found:
        return None
    # the innermost phrase is the incident's ("raids on aid workers, such as the 4 May attack in X")
    _size, tok, sub = min(found, key=lambda f: f[0])
    return tok, sub


def told_incident_label(sent: Span, offset: int, own_date):
    """The label of the incident `told_incident` finds (typed by its noun), or None."""
    from sitroom.extract.typing import EventLabel
    from sitroom.extract.typing.taxonomy import TAXONOMY

    found = told_incident(sent, offset, own_date)
    if found is None or found[1] not in TAXONOMY:
        return None
    tok, sub = found
    event_type, disorder = TAXONOMY[sub]
    # like a typing label's, the trigger is told within the sentence's stripped text
    start = tok.idx - sent.start_char - (len(sent.text) - len(sent.text.lstrip()))
    return EventLabel(event_type, sub, disorder, TOLD_INCIDENT_CONFIDENCE, start, start + len(tok.text), tok.text)


@lru_cache(maxsize=1)
def _another_incident_opening() -> re.Pattern:
    with open(DATA_FILE, encoding="utf-8") as f:
        data = safe_load(f) or {}
    alternatives = "|".join(f"(?:{p})" for p in data.get("another_incident_openings") or [])
    return re.compile(rf"^\W*(?:{alternatives})\b", re.IGNORECASE)


def adds_an_act(sent: Span) -> bool:
    """The sentence's main verb carries an additive adverb ("Guards also shot at ...", data/founding.yaml
    `additive_adverbs`): it tells one more act beside the one before it."""
    words = _vocabulary()["additive_adverbs"]
    # the reported clause under "witnesses said" is the sentence's main act
    verbs = [sent.root] + [c for c in sent.root.children if c.dep_ == "ccomp"]
    return any(c.dep_ == "advmod" and c.lower_ in words for v in verbs for c in v.children)


def opens_another_incident(text: str) -> bool:
    """The sentence announces an incident of its own ("Separately, ...", "In another attack, ...",
    "Elsewhere, ..."): it does not go on with the event told before it."""
    return bool(_another_incident_opening().search(text))
