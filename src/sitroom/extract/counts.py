"""Casualty and victim counts in a sentence: how many were killed, injured, detained, abducted,
displaced or evacuated, with the words each figure came from.

A number is only a count when it counts people (or deaths/injuries themselves) *and* a verb or
noun in the sentence says what happened to them. numbers.py finds the quantity phrases; this
module attaches each to its victims through the dependency parse ("25 people were killed",
"killed 25 and wounded 40", "dozens injured", "left 12 dead") and drops everything else
("10 buses left", "2000 air raids", "four centers", "270,000 civilians were in the area").

Civilians reported killed without a figure ("airstrikes have killed civilians") give no count:
ACLED records 0 fatalities when no number is reported, so `fatalities_from` returns 0 then.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span, Token

from sitroom.extract.numbers import find_quantities
from sitroom.yamlload import safe_load

CATEGORIES = ("killed", "injured", "detained", "abducted", "displaced", "evacuated")

# verbs whose object (or passive subject) is the victim
VERB_CATEGORY = {
    "kill": "killed", "execute": "killed", "massacre": "killed", "slaughter": "killed",
    "murder": "killed", "behead": "killed", "slay": "killed", "assassinate": "killed",
    "martyr": "killed", "claim": "killed", "lose": "killed", "die": "killed", "perish": "killed",
    "injure": "injured", "wound": "injured", "hurt": "injured", "maim": "injured",
    "arrest": "detained", "detain": "detained", "seize": "detained", "capture": "detained",
    "jail": "detained", "imprison": "detained", "apprehend": "detained", "round": "detained",
    "take": "detained", "hold": "detained",
    "abduct": "abducted", "kidnap": "abducted", "snatch": "abducted",
    "displace": "displaced", "flee": "displaced", "uproot": "displaced", "leave": "displaced",
    "evacuate": "evacuated", "remove": "evacuated", "relocate": "evacuated", "transfer": "evacuated",
    "bus": "evacuated", "expel": "displaced", "deport": "displaced", "evict": "displaced",
}
# verbs whose *subject* is the victim in the active voice
INTRANSITIVE = {"die": "killed", "perish": "killed", "flee": "displaced", "leave": "displaced"}
# verbs that need a confirming context (a person as object) before they mean detention etc.
WEAK_VERBS = {"take", "hold", "claim", "lose", "leave", "round", "seize", "capture", "remove", "transfer"}
# words right after a figure that name the outcome ("12 dead", "40 wounded")
OUTCOME_WORDS = {
    "dead": "killed", "killed": "killed", "slain": "killed", "died": "killed",
    "wounded": "injured", "injured": "injured", "hurt": "injured",
    "arrested": "detained", "detained": "detained", "abducted": "abducted",
    "kidnapped": "abducted", "displaced": "displaced", "evacuated": "evacuated",
}
# nouns that are themselves the counted outcome
CATEGORY_NOUNS = {
    "death": "killed", "dead": "killed", "fatality": "killed", "body": "killed",
    "corpse": "killed", "life": "killed", "martyr": "killed", "killing": "killed",
    "injury": "injured", "wounded": "injured", "injured": "injured",
    "arrest": "detained", "detainee": "detained", "detention": "detained",
    "abduction": "abducted", "kidnapping": "abducted", "hostage": "abducted",
    "evacuee": "evacuated", "displaced": "displaced",
}
# nouns naming a victim's status, which a verb in the clause can override ("detainees were executed")
STATUS_NOUNS = {"hostage", "detainee", "evacuee", "displaced", "martyr", "wounded", "injured"}
PERSON_NOUNS = {
    "people", "person", "civilian", "child", "kid", "woman", "man", "men", "women", "children",
    "soldier", "fighter", "militant", "rebel", "troop", "member", "resident", "protester",
    "protestor", "demonstrator", "student", "worker", "doctor", "journalist", "policeman",
    "police", "officer", "guard", "villager", "worshipper", "worshiper", "refugee", "migrant",
    "family", "individual", "detainee", "prisoner", "hostage", "infant", "baby", "boy", "girl",
    "staff", "volunteer", "personnel", "combatant", "jihadist", "insurgent", "gunman", "attacker",
    "militiaman", "paramedic", "nurse", "patient", "passenger", "farmer", "shepherd", "teacher",
    "citizen", "inhabitant", "elder", "youth", "teenager", "minor", "pupil", "activist",
    "supporter", "opponent", "employee", "volunteer", "aid", "rescuer", "medic", "pilgrim",
    "other", "victim", "casualty", "relative", "sibling", "brother", "sister", "son",
    "daughter", "guerrilla", "recruit", "conscript", "defector", "officer", "commander",
    "leader", "official", "mercenary", "extremist", "terrorist", "loyalist", "policemen",
    "gunmen", "tribesman", "tribesmen", "villagers", "displaced", "evacuee", "wounded", "dead",
    "engineer", "priest", "nun", "monk", "imam", "cleric", "sheikh", "driver", "photographer",
    "reporter", "cameraman", "lawyer", "judge", "politician", "mayor", "governor", "pilot",
    "sniper", "bomber", "smuggler", "trader", "merchant", "shopkeeper", "father", "mother",
    "husband", "wife", "cousin", "uncle", "nephew", "niece", "survivor", "defender", "resident",
}
PRONOUNS = {"them", "they", "others", "those", "whom", "we", "us"}
# words between a figure and its noun that do not change what is counted
SKIPPABLE = {"more", "other", "others", "additional", "further", "innocent", "unarmed",
             "armed", "young", "old", "elderly", "local", "more", "of", "the", "their", "his",
             "her", "its", "these", "those"}
SUBSET_CUES = {"including", "among", "includes", "include"}

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "counts.yaml"


@lru_cache(maxsize=1)
def vocab() -> dict:
    """The count vocabulary of data/counts.yaml (manner verbs, act nouns, more person nouns)."""
    with open(DATA_FILE, encoding="utf-8") as f:
        data = safe_load(f) or {}
    out: dict = {}
    for key, value in data.items():
        if isinstance(value, dict):
            out[key] = {str(k).lower(): str(v) for k, v in value.items()}
        else:
            out[key] = frozenset(str(w).lower() for w in value or [])
    return out


# No report of one event or one tally counts more people than this in one category (the largest
# displacement figures of a whole war are in the tens of millions); a larger figure is a misreading
# or a typo, and is dropped with a note rather than stored.
MAX_PLAUSIBLE_COUNT = 50_000_000


@dataclass
class CountMention:
    """One figure for one category of victims, with the document words it came from."""

    category: str  # killed|injured|detained|abducted|displaced|evacuated
    low: int | None
    best: int | None
    high: int | None
    start: int
    end: int
    text: str
    qualifier: str  # exact|at_least|more_than|about|range|vague
    victim: str = ""  # lemma of the counted noun ("people", "soldier"), "" when bare


def _tokens_in(sent: Span, start: int, end: int) -> list[Token]:
    return [t for t in sent if t.idx < end and t.idx + len(t.text) > start]


def _phrase_head(toks: list[Token]) -> Token:
    """The token of the quantity phrase whose head lies outside it (its syntactic head)."""
    ids = {t.i for t in toks}
    for t in reversed(toks):
        if t.head.i not in ids or t.head.i == t.i:
            if t.lower_ not in ("of",):
                return t
    return toks[-1]


def _is_person(tok: Token) -> bool:
    lem = tok.lemma_.lower()
    low = tok.lower_
    if lem in PERSON_NOUNS or low in PERSON_NOUNS or low in PRONOUNS:
        return True
    extra = vocab()["person_nouns"]
    if lem in extra or low in extra:
        return True
    # plural nationality/group nouns: "Syrians", "Kurds", "Palestinians"
    return tok.ent_type_ == "NORP" and low.endswith("s")


def _counted_noun(qtoks: list[Token], sent: Span) -> tuple[Token | None, Token]:
    """(the counted noun or None when the figure stands alone, the token carrying the role)."""
    head = _phrase_head(qtoks)
    if head.dep_ in ("nummod", "quantmod", "amod", "compound", "nmod") and head.head.pos_ in (
        "NOUN", "PROPN", "PRON", "ADJ"
    ) and head.head.i > head.i:
        return head.head, head.head
    # "dozens of protesters", "25 of them"
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    if pobj.pos_ == "NUM":  # "one of the four": the part is counted
                        return None, head
                    return pobj, head
    # linear fallback: the first noun right after the phrase, past modifiers
    j = qtoks[-1].i + 1
    while j < sent.end and j - qtoks[-1].i <= 4:
        t = sent.doc[j]
        if t.lower_ in SKIPPABLE or t.pos_ in ("ADJ", "DET") and t.lower_ not in OUTCOME_WORDS:
            j += 1
            continue
        if t.pos_ in ("NOUN", "PROPN") and t.lower_ not in OUTCOME_WORDS:
            return t, head
        break
    return None, head


def _has_object(verb: Token) -> bool:
    return any(c.dep_ in ("dobj", "obj") for c in verb.children)


MODALS = {"would", "could", "will", "may", "might", "should", "can", "must", "shall", "'d", "'ll"}


def _irrealis(verb: Token) -> bool:
    """Threats, wishes and hypotheticals ("would rather die", "will kill 30") are not events."""
    for c in verb.children:
        if c.dep_ == "aux" and c.lower_ in MODALS:
            return True
        if c.dep_ == "advmod" and c.lower_ == "rather":
            return True
        if c.dep_ == "neg":
            return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in (
        "threaten", "vow", "want", "plan", "prefer", "try", "hope", "intend", "promise"
    )


def kills_by_manner(verb: Token) -> bool:
    """A violent act told with its deadly result: "shot dead", "beaten to death", "gunned down"."""
    lem = verb.lemma_.lower()
    words = vocab()
    if lem not in words["manner_verbs"] and lem not in words["down_verbs"]:
        return False
    for c in verb.children:
        if c.dep_ in ("oprd", "acomp", "advmod", "xcomp", "ccomp", "dobj") and c.lower_ in words["death_results"]:
            return True
        if c.dep_ == "prep" and c.lower_ == "to" and any(
                g.dep_ == "pobj" and g.lemma_.lower() == "death" for g in c.children):
            return True
        if c.dep_ == "prt" and c.lower_ == "down" and lem in words["down_verbs"]:
            return True
    return False


def _subjectless_conjuncts(verb: Token) -> list[Token]:
    """Verbs coordinated with `verb` that share its subject ("were dragged out and beaten to death")."""
    return [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]


def _list_outcome(obj: Token) -> str | None:
    """"left three of the attackers and a policeman dead": the parse hangs the outcome on the last
    person of the list; it is the predicate of the whole list."""
    conjuncts = [c for c in obj.subtree if c.dep_ == "conj" and c.head.i == obj.i]
    for person in conjuncts:
        for c in person.children:
            if c.dep_ in ("amod", "oprd", "acomp", "acl") and c.i > person.i and c.lower_ in OUTCOME_WORDS:
                return OUTCOME_WORDS[c.lower_]
    return None


def _category_from_verb(role: Token, noun: Token | None, depth: int = 0) -> str | None:
    cat = _category_from_head(role, noun, depth)
    if cat is None and role.dep_ in ("nsubjpass", "nsubj") and role.head.pos_ == "VERB":
        for verb in _subjectless_conjuncts(role.head):
            if _irrealis(verb):
                continue
            if kills_by_manner(verb):
                return "killed"
            lem = verb.lemma_.lower()
            passive = any(g.dep_ == "auxpass" for g in role.head.children) or verb.tag_ == "VBN"
            if lem in VERB_CATEGORY and lem not in WEAK_VERBS and (passive or lem in INTRANSITIVE):
                return VERB_CATEGORY[lem]
    return cat


def _category_from_head(role: Token, noun: Token | None, depth: int = 0) -> str | None:
    h, dep = role.head, role.dep_
    lem = h.lemma_.lower()
    if h.pos_ in ("VERB", "AUX") and _irrealis(h):
        return None
    if dep in ("dobj", "obj", "nsubjpass", "oprd", "nsubj") and h.pos_ == "VERB" and kills_by_manner(h) \
            and (dep != "nsubj" or any(c.dep_ == "auxpass" for c in h.children)):
        return "killed"
    if dep == "nsubjpass" and lem in vocab()["outcome_report_verbs"]:
        # "were reported killed", "had been confirmed killed", "are feared dead"
        for c in h.children:
            if c.dep_ in ("xcomp", "oprd", "acomp", "ccomp") and not _irrealis(c):
                if c.lower_ in OUTCOME_WORDS:
                    return OUTCOME_WORDS[c.lower_]
                if c.lemma_.lower() in VERB_CATEGORY and c.lemma_.lower() not in WEAK_VERBS and c.tag_ == "VBN":
                    return VERB_CATEGORY[c.lemma_.lower()]
    if dep == "pobj" and h.lower_ == "of" and h.head.lower_ in vocab()["act_nouns_of"]:
        # "the killing of five fighters", "the abduction of 20 pupils"
        return vocab()["act_nouns_of"][h.head.lower_]
    if dep == "conj" and depth < 3 and h.pos_ == "VERB" and lem in VERB_CATEGORY and lem not in WEAK_VERBS \
            and _has_object(h) and not _irrealis(h):
        # "killing a driver and at least four others", parsed with the others on the verb
        return VERB_CATEGORY[lem]
    if dep in ("dobj", "obj", "nsubjpass", "oprd") and lem in VERB_CATEGORY:
        if lem == "leave":
            # "left 12 people dead": the outcome is the predicate, not displacement
            for c in h.children:
                if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.lower_ in OUTCOME_WORDS:
                    return OUTCOME_WORDS[c.lower_]
            outcome = _list_outcome(role) if dep == "dobj" else None
            if outcome:
                return outcome
            return None if dep == "dobj" else "displaced"
        if lem in ("claim", "lose"):
            return "killed" if noun is not None and noun.lemma_.lower() == "life" else None
        if lem in WEAK_VERBS and noun is not None and (
            not _is_person(noun) or noun.lemma_.lower() in STATUS_NOUNS
        ):
            return None
        return VERB_CATEGORY[lem]
    if dep in ("nsubj",) and lem in INTRANSITIVE:
        return INTRANSITIVE[lem]
    if dep == "nsubj" and lem in VERB_CATEGORY and lem not in WEAK_VERBS and not _has_object(h):
        return VERB_CATEGORY[lem]  # elliptical passive: "and dozens injured"
    if dep == "nsubj" and h.lemma_ == "be":
        for c in h.children:
            if c.dep_ in ("acomp", "attr") and c.lower_ in OUTCOME_WORDS:
                return OUTCOME_WORDS[c.lower_]
    if dep == "conj" and depth < 3 and role.head.pos_ in ("NOUN", "NUM", "PROPN", "PRON"):
        return _category_from_verb(role.head, role.head, depth + 1)
    if dep == "appos" and h.lower_ in vocab()["act_nouns_of"]:
        # "summary executions (around 70 people in one day)", "a massacre (at least 30 villagers)"
        return vocab()["act_nouns_of"][h.lower_]
    if dep == "appos" and depth < 3:
        return _category_from_verb(role.head, role.head, depth + 1)
    if dep == "pobj" and h.lower_ == "to" and h.head.lemma_.lower() in (
        "rise", "climb", "reach", "increase", "jump", "mount", "soar", "bring", "raise"
    ):
        return "killed" if any(t.lower_ in ("toll", "death") for t in role.sent) else None
    return None


def _category(qtoks: list[Token], noun: Token | None, role: Token, sent: Span) -> str | None:
    noun_cat = None
    if noun is not None:
        noun_cat = CATEGORY_NOUNS.get(noun.lemma_.lower()) or CATEGORY_NOUNS.get(noun.lower_)
        if noun_cat and noun.lemma_.lower() not in STATUS_NOUNS and noun.lower_ not in STATUS_NOUNS:
            return noun_cat
        for c in noun.children:  # "people killed in the strike", "civilians who were killed"
            if c.dep_ == "amod" and c.i < noun.i and c.lower_ in OUTCOME_WORDS:
                return OUTCOME_WORDS[c.lower_]  # "14 wounded people"
            if c.dep_ in ("acl", "relcl", "amod") and c.i > noun.i:
                lem = c.lemma_.lower()
                if c.lower_ in OUTCOME_WORDS:
                    return OUTCOME_WORDS[c.lower_]
                if lem in VERB_CATEGORY and lem not in WEAK_VERBS:
                    return VERB_CATEGORY[lem]
    cat = _category_from_verb(role, noun)
    if cat:
        return cat
    if noun_cat:  # "12 hostages", "300 detainees" with no other outcome in the clause
        return noun_cat
    # the word right after the figure (or its noun) names the outcome: "40 wounded", "25 dead"
    last = noun if noun is not None and noun.i > qtoks[-1].i else qtoks[-1]
    j = last.i + 1
    steps = 0
    while j < sent.end and steps < 4:
        t = sent.doc[j]
        if t.pos_ in ("AUX", "ADV", "PART") or t.lower_ in ("more", "also", "reportedly"):
            j += 1
            steps += 1
            continue
        if t.lower_ in OUTCOME_WORDS:
            return OUTCOME_WORDS[t.lower_]
        lem = t.lemma_.lower()
        if t.pos_ == "VERB" and lem in VERB_CATEGORY and lem not in WEAK_VERBS and steps > 0 \
                and not _irrealis(t):
            if lem in INTRANSITIVE or not _has_object(t):
                return VERB_CATEGORY[lem]
        break
    # the verb right before the figure ("... killed at least 20 people, residents said"), when the
    # parse hung the figure elsewhere (on a later reporting verb, as an apposition)
    prev = sent.doc[qtoks[0].i - 1] if qtoks[0].i > sent.start else None
    if prev is not None and prev.pos_ == "VERB" and (prev.tag_ in ("VBD", "VBZ", "VBG", "VBP") or (
            prev.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in prev.children))) \
            and prev.lemma_.lower() in VERB_CATEGORY and prev.lemma_.lower() not in WEAK_VERBS \
            and prev.lemma_.lower() not in INTRANSITIVE and not _irrealis(prev) \
            and (noun is None or _is_person(noun)):
        return VERB_CATEGORY[prev.lemma_.lower()]
    # "the death toll stood at 25", "a toll of 25"
    window = sent.doc[max(sent.start, qtoks[0].i - 6) : qtoks[0].i]
    if any(t.lower_ == "toll" for t in window) and noun is None or (
        noun is not None and _is_person(noun) and any(t.lower_ == "toll" for t in window)
    ):
        return "killed"
    return None


def _is_partitive_whole(qtoks: list[Token], sent: Span) -> bool:
    """The N in "one of the N", "two of their four": the whole, not the count."""
    i = qtoks[0].i - 1
    if i >= sent.start and sent.doc[i].pos_ in ("DET", "PRON") and sent.doc[i].lower_ != "of":
        i -= 1
    return i >= sent.start and sent.doc[i].lower_ == "of" and i - 1 >= sent.start and (
        sent.doc[i - 1].pos_ == "NUM" or sent.doc[i - 1].lower_ in (
            "one", "some", "most", "all", "none", "many", "several", "dozens", "hundreds")
    )


POSSESSIVES = {"my", "his", "her", "their", "our", "your"}
# determiners of one person ("a soldier", "another police officer was shot dead")
SINGULAR_DETERMINERS = {"a", "an", "another"}


def _victim_outcome(noun: Token) -> str | None:
    """What happened to a lone victim: through its verb, or a participle beside it ("Her husband,
    injured in an air strike, ...")."""
    cat = _category_from_verb(noun, noun)
    if cat:
        return cat
    for c in noun.children:
        if c.dep_ in ("acl", "relcl") and c.i > noun.i and not _irrealis(c):
            if c.lower_ in OUTCOME_WORDS:
                return OUTCOME_WORDS[c.lower_]
            lem = c.lemma_.lower()
            if lem in VERB_CATEGORY and lem not in WEAK_VERBS and c.tag_ == "VBN":
                return VERB_CATEGORY[lem]
    return None


def _singular_victims(sent: Span, offset: int) -> list[CountMention]:
    """'a soldier was killed', 'my brother and uncle were killed', 'her husband, injured in ...':
    each named person is one victim; coordinated persons ("brother and uncle") count together."""
    out = []
    for det in sent:
        article = det.lower_ in SINGULAR_DETERMINERS and det.dep_ == "det"
        possessive = det.lower_ in POSSESSIVES and det.dep_ == "poss"
        if not (article or possessive):
            continue
        noun = det.head
        if noun.pos_ != "NOUN" or noun.tag_ != "NN" or not _is_person(noun) or noun.i < det.i:
            continue
        if noun.dep_ not in ("nsubjpass", "dobj", "nsubj", "conj"):
            continue
        if noun.dep_ == "conj" and any(o.start <= offset + noun.idx < o.end for o in out):
            continue  # already counted with the person it is coordinated with
        cat = _victim_outcome(noun)
        if cat is None:
            continue
        persons = [noun] + [c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN"
                            and c.tag_ == "NN" and _is_person(c)]
        last = persons[-1]
        start, end = det.idx, last.idx + len(last.text)
        n = len(persons)
        out.append(CountMention(cat, n, n, n, offset + start, offset + end,
                                sent.doc[det.i : last.i + 1].text, "exact", noun.lemma_.lower()))
    return out


def _person_name_head(tok: Token) -> bool:
    """The last word of a person's name (the token the parse hangs the name on)."""
    return tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON" and not (
        tok.head.i != tok.i and tok.head.ent_type_ == "PERSON" and tok.dep_ in ("compound", "flat"))


def _named_victims(sent: Span, offset: int) -> list[CountMention]:
    """Victims named one by one ("Corporal X was killed", "X, Y and Z died instantly"): one each,
    coordinated names counted together. Victim "named": they add to a count of "others"."""
    out: list[CountMention] = []
    seen: set[int] = set()
    allowed = vocab()["named_victim_categories"]
    for tok in sent:
        if tok.i in seen or not _person_name_head(tok) or tok.dep_ not in ("nsubjpass", "nsubj", "dobj", "pobj"):
            continue
        cat = _victim_outcome(tok)
        if cat is None or cat not in allowed:
            continue
        names = [tok]
        stack = [tok]
        while stack:
            cur = stack.pop()
            for c in cur.children:
                if c.dep_ == "conj" and _person_name_head(c) and c.i not in seen:
                    names.append(c)
                    stack.append(c)
        seen.update(n.i for n in names)
        first = min(min(t.i for t in n.subtree if t.ent_type_ == "PERSON" or t is n) for n in names)
        out.append(_named_count(sent, offset, cat, first, names))
    return out


def _named_count(sent: Span, offset: int, cat: str, first: int, names: list[Token]) -> CountMention:
    """One victim per name, the evidence running from token `first` to the last name."""
    last = max(names, key=lambda t: t.i)
    start, end = sent.doc[first].idx, last.idx + len(last.text)
    n = len(names)
    return CountMention(cat, n, n, n, offset + start, offset + end, sent.doc[first: last.i + 1].text,
                        "exact", "named")


def _list_subject_outcome(subject: Token) -> str | None:
    """What happened to the people a naming sentence lists, read off its subject: "the dead",
    "the victims", "those killed", "the wounded"."""
    lem, low = subject.lemma_.lower(), subject.lower_
    if lem in vocab()["killed_list_subjects"] or low in vocab()["killed_list_subjects"]:
        return "killed"
    if low in OUTCOME_WORDS:
        return OUTCOME_WORDS[low]
    for c in subject.children:  # "those killed", "the people wounded"
        if c.dep_ in ("acl", "amod", "relcl") and c.lower_ in OUTCOME_WORDS:
            return OUTCOME_WORDS[c.lower_]
    return None


def _listed_victims(sent: Span, offset: int) -> list[CountMention]:
    """Victims listed by name after a subject that says what happened to them ("The dead were
    identified as A, B and C", "Those killed included A and B"): one each. Names are read off the
    parse (proper-noun heads coordinated), since the tagger often misses unfamiliar names."""
    out: list[CountMention] = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in vocab()["naming_verbs"]:
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        cat = _list_subject_outcome(subject) if subject is not None else None
        if cat is None:
            continue
        objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        objs += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
                 if g.dep_ == "pobj"]
        for first in objs:
            if first.pos_ != "PROPN":
                continue
            names, stack = [first], [first]
            while stack:
                for c in stack.pop().children:
                    if c.dep_ == "conj" and c.pos_ == "PROPN":
                        names.append(c)
                        stack.append(c)
            out.append(_named_count(sent, offset, cat, min(t.i for t in first.subtree), names))
    return out


def _is_age_apposition(qtoks: list[Token], sent: Span) -> bool:
    """"X Y, 52, was shot dead": a bare figure set off by commas after a name is the person's age."""
    if len(qtoks) != 1 or not qtoks[0].like_num:
        return False
    i, j = qtoks[0].i - 1, qtoks[0].i + 1
    doc = sent.doc
    if i - 1 < sent.start or doc[i].text != ",":
        return False
    name = doc[i - 1]
    after = doc[j].text if j < sent.end else ","
    return name.pos_ == "PROPN" and name.ent_type_ in ("PERSON", "") and after in (",", ")", ";", ".")


def _is_subset(qtoks: list[Token], sent: Span) -> bool:
    window = sent.doc[max(sent.start, qtoks[0].i - 3) : qtoks[0].i]
    return any(t.lower_ in SUBSET_CUES for t in window) or (
        qtoks[0].i > sent.start and sent.doc[qtoks[0].i - 1].lower_ in ("whom", "them")
    )


def extract_counts(sent: Span, offset: int) -> list[CountMention]:
    """Every victim count in the sentence, in text order, with document offsets."""
    out: list[CountMention] = []
    base = sent.start_char
    for q in find_quantities(sent.text):
        qtoks = _tokens_in(sent, base + q.start, base + q.end)
        qtoks = [t for t in qtoks if t.lower_ != "of" or t is not qtoks[-1]]
        if not qtoks:
            continue
        if _is_partitive_whole(qtoks, sent) or _is_age_apposition(qtoks, sent):
            continue
        noun, role = _counted_noun(qtoks, sent)
        if noun is not None and noun.i < qtoks[0].i:
            noun = None
        if noun is not None and not (
            _is_person(noun)
            or noun.lemma_.lower() in CATEGORY_NOUNS
            or noun.lower_ in CATEGORY_NOUNS
        ):
            continue
        cat = _category(qtoks, noun, role, sent)
        if cat is None:
            continue
        if _is_subset(qtoks, sent) and any(m.category == cat and m.qualifier != "vague" for m in out):
            continue  # a part of a figure just given; a figure beside a vague word is kept
        start = base + q.start
        end_char = base + q.end
        if noun is not None and noun.i > qtoks[-1].i:
            end_char = max(end_char, noun.idx + len(noun.text))
        # a slice of the sentence, not of Doc.text: spaCy rebuilds that from every token of the entry
        # at each call, which made counting cost the square of the entry's length
        text = sent.text[start - base : end_char - base].rstrip()
        end_char = start + len(text)
        victim = noun.lemma_.lower() if noun is not None else ""
        out.append(
            CountMention(cat, q.low, q.best, q.high, offset + start, offset + end_char, text,
                         q.qualifier, victim)
        )
    taken = [(m.start, m.end) for m in out]
    for m in _singular_victims(sent, offset) + _named_victims(sent, offset) + _listed_victims(sent, offset):
        if not any(a < m.end and m.start < b for a, b in taken) and not any(
            o.category == m.category and o.victim == m.victim for o in out
        ):
            out.append(m)
    out.sort(key=lambda m: m.start)
    return out


# "others" is not here: "a driver and four others" is five ("other" adds to the groups beside it)
GENERIC_VICTIMS = {"", "people", "person", "death", "dead", "fatality",
                   "body", "life", "victim", "casualty", "individual", "they", "them"}


def figures_over_vague(mentions: list[CountMention]) -> list[CountMention]:
    """A number beats a vague word for one category in one sentence ("dozens were killed, 31
    according to a medic" is 31): vague figures at or below a stated number are dropped."""
    stated = [m.best for m in mentions if m.qualifier != "vague" and m.best is not None]
    if not stated:
        return mentions
    top = max(stated)
    return [m for m in mentions if m.qualifier != "vague" or (m.low or 0) > top]


def is_plausible(m: CountMention) -> bool:
    """A figure within MAX_PLAUSIBLE_COUNT (every bound of its range)."""
    return all(v is None or 0 <= v <= MAX_PLAUSIBLE_COUNT for v in (m.low, m.best, m.high))


def _conservative(m: CountMention) -> int:
    return m.low if m.low is not None else (m.best or 0)


def fatalities_from(counts: list[CountMention]) -> int:
    """ACLED's conservative fatality figure: the lowest credible killed count, 0 when none.

    Figures for the same group are alternatives (take the lowest); figures for distinct groups
    ("5 soldiers and 3 civilians") add up. A general total ("25 people") and group figures are
    reconciled by taking the larger of the two, so a breakdown never lowers a stated total.
    """
    killed = figures_over_vague([m for m in counts if m.category == "killed"])
    if not killed:
        return 0
    generic = [_conservative(m) for m in killed if m.victim in GENERIC_VICTIMS]
    groups: dict[str, int] = {}
    for m in killed:
        if m.victim not in GENERIC_VICTIMS:
            v = _conservative(m)
            groups[m.victim] = min(v, groups.get(m.victim, v))
    general = min(generic) if generic else 0
    return max(general, sum(groups.values()))


def taken_by(sent: Span) -> str | None:
    """What taking people in this sentence was, by its verb or else by who took them:
    "Arrests" (state forces, or an arrest verb), "Abduction/forced disappearance" (anyone else, or
    a kidnapping verb), None when the sentence says neither."""
    words = vocab()
    for verb in sent:
        if verb.pos_ != "VERB":
            continue
        lem = verb.lemma_.lower()
        if lem in words["abduction_verbs"]:
            return "Abduction/forced disappearance"
        if lem in words["arrest_verbs"]:
            return "Arrests"
        if VERB_CATEGORY.get(lem) != "detained":
            continue
        takers = [c for c in verb.children if c.dep_ == "nsubj"]
        takers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        for taker in takers:
            names = {t.lemma_.lower() for t in taker.subtree} | {t.lower_ for t in taker.subtree}
            if names & words["state_takers"]:
                return "Arrests"
            if names & words["nonstate_takers"]:
                return "Abduction/forced disappearance"
    return None


# words before a figure that make it a part of a total already told ("Among the victims are 58
# children", "including 12 women", "of whom 4 were soldiers")
ADDED_CUES = re.compile(r"(?i)\b(?:additional|further|another|more|other)\b\s*$|^(?:an?\s+)?(?:additional|further)\b")
PART_CUES = re.compile(r"(?i)\b(?:among|including|includ(?:es|ed)|of\s+(?:whom|them|those|these|which))\b")


def parts_of_total(totals: dict[str, int | None], counts: list[CountMention], sentence: str,
                   sentence_start: int) -> list[CountMention]:
    """The figures of a later sentence that only break down the total its event already has: a
    figure below the total, for a named group ("587 children", "two policemen", a named victim) or
    after a word of inclusion ("among them ..."). ACLED keeps the total; such a part is no
    lower report of the same victims, so it must not lower the event's fatalities.
    `totals` maps a category to the event's lowest figure so far; `sentence_start` is the
    document offset of `sentence`."""
    parts = []
    for c in counts:
        total = totals.get(c.category)
        low = c.low if c.low is not None else c.best
        if total is None or low is None or low >= total or c.qualifier == "vague":
            continue
        before = sentence[: max(0, c.start - sentence_start)]
        if ADDED_CUES.search(before[-20:]) or ADDED_CUES.match(c.text):
            continue  # "an additional 18", "a further 7 soldiers": more victims, not a part
        if c.victim not in GENERIC_VICTIMS or PART_CUES.search(before):
            parts.append(c)
    return parts
