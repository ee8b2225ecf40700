"""How a protest was met, read from who did what to whom on the dependency parse.

Word n-grams see "fired", "killed", "tear gas" but not whose act it was: a cue list fires on a
protest's topic ("against the killing of"), an earlier episode ("dispersed last week"), a
negation ("police did not intervene") and on violence by the protesters themselves. Here each
force word counts only with the right doer and target (data/protest_response.yaml):
protesters doing violence make a Violent demonstration; the state killing, shooting or beating
the crowd is Excessive force; the state breaking up, arresting or tear-gassing it is a Protest
with intervention (many or serious injuries make that excessive force). Nothing found leaves
the classifier's label.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from spacy.tokens import Doc, Token

DATA_FILE = Path(__file__).resolve().parents[2] / "data" / "protest_response.yaml"
VIOLENT, EXCESSIVE, INTERVENTION = ("Violent demonstration", "Excessive force against protesters",
                                    "Protest with intervention")
ARG_DEPS = {"dobj", "pobj", "ccomp", "xcomp", "pcomp", "acl", "nmod", "prep", "compound", "amod", "poss",
            "conj", "nsubjpass", "attr", "appos", "advcl"}
MOD_DEPS = {"amod", "advmod", "npadvmod", "prep", "nmod", "tmod"}


@dataclass
class Cue:
    """The span that justified a decision (the interface of re.Match that typing uses)."""

    begin: int
    stop: int
    text: str

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.stop

    def group(self, _: int = 0) -> str:
        return self.text


def _phrase(entry: str) -> tuple[str, ...]:
    return tuple(entry.lower().replace("-", " - ").split())


@dataclass
class _Lex:
    security: set[str]
    security_heads: set[str]
    security_mods: set[str]
    state_unless_named: set[str]
    non_state: set[str]
    crowd: set[str]
    attack: list[tuple[str, ...]]
    rough: list[tuple[str, ...]]
    riot: list[tuple[tuple[str, ...], set[str]]]
    riot_nouns: list[tuple[str, ...]]
    weak_riot_nouns: list[tuple[str, ...]]
    riot_adj: set[str]
    severe_mods: set[str]
    severe_heads: set[str]
    mutual: set[str]
    aims: set[str]
    lethal_nouns: list[tuple[str, ...]]
    lethal_intr: set[str]
    intervention: list[tuple[str, ...]]
    intervention_nouns: list[tuple[str, ...]]
    fire: list[tuple[str, ...]]
    fire_soft: set[str]
    fire_air: set[str]
    injury: set[str]
    serious: set[str]
    serious_injuries: list[tuple[str, ...]]
    many_from: int
    many_words: set[str]
    negators: set[str]
    negating_prefixes: set[str]
    topic_preps: set[str]
    topic_heads: set[str]
    past: set[str]
    past_last: set[str]
    span_before: set[str]
    span_marks: set[str]
    irregular: set[str]


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    with open(DATA_FILE, encoding="utf-8") as f:
        d = yaml.safe_load(f)
    riot = []
    for e in d["riot_verbs"]:
        if isinstance(e, dict):
            (verb, objs), = e.items()
            riot.append((_phrase(verb), {str(o).lower() for o in objs}))
        else:
            riot.append((_phrase(e), set()))
    d = {**d, **(d.get("actors") or {})}
    low = lambda key: {str(w).lower() for w in d.get(key, [])}  # noqa: E731
    return _Lex(low("security"), low("security_heads"), low("security_modifiers"),
                low("state_unless_named"), low("non_state"), low("crowd"),
                [_phrase(w) for w in d["attack_verbs"]], [_phrase(w) for w in d["rough_verbs"]], riot, [_phrase(w) for w in d["riot_nouns"]], [_phrase(w) for w in d["weak_riot_nouns"]],
                low("riot_adjectives"), low("severe_modifiers"), low("severe_heads"), low("mutual_verbs"), low("aims"),
                [_phrase(w) for w in d["lethal_nouns"]], low("lethal_intransitive"),
                [_phrase(w) for w in d["intervention_verbs"]], [_phrase(w) for w in d["intervention_nouns"]],
                [_phrase(w) for w in d["fire_verbs"]], low("fire_soft_objects"), low("fire_air"),
                low("injury_words"), low("serious"), [_phrase(w) for w in d["serious_injuries"]], int(d.get("many_from", 10)), low("many_words"),
                low("negators"), low("negating_prefixes"), low("topic_preps"), low("topic_heads"), low("past_markers"), low("past_last"),
                low("span_before"), low("span_marks"), low("irregular_forms"))


_PARSED: dict[str, Doc] = {}
_PARSED_MAX = 4096


def prepare(texts: list[str]) -> None:
    """Parse many texts in one batch (several times faster than one at a time) for the
    read_response calls that follow; the entity recogniser is skipped (names are not used)."""
    todo = [t for t in dict.fromkeys(texts) if t and t not in _PARSED]
    if not todo:
        return
    from sitroom.extract.nlp import get_nlp  # loaded only when a protest label needs it

    if len(_PARSED) + len(todo) > _PARSED_MAX:
        _PARSED.clear()
    for text, doc in zip(todo, get_nlp().pipe(todo, batch_size=64, disable=["ner"])):
        _PARSED[text] = doc


def _parse(text: str) -> Doc:
    if text not in _PARSED:
        prepare([text])
    return _PARSED[text]


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """Every word a reading can start from: tokens with none of these are skipped unread."""
    lx = _lex()
    entries = [*lx.attack, *lx.rough, *(r for r, _ in lx.riot), *lx.riot_nouns, *lx.lethal_nouns, *lx.intervention,
               *lx.intervention_nouns, *lx.fire, *lx.serious_injuries]
    words = {e[0] for e in entries} | {e[0] for e in lx.weak_riot_nouns} | lx.riot_adj | lx.lethal_intr | lx.injury | lx.severe_heads
    return frozenset(words)


def _w(t: Token) -> set[str]:
    """The token's lower form and lemma, plus a singular for capitalised plurals the
    lemmatiser leaves alone (a headline's "Protesters")."""
    low = t.lower_
    out = {low, t.lemma_.lower()}
    if low.endswith("ies"):
        out.add(low[:-3] + "y")
    elif low.endswith("men"):
        out.add(low[:-3] + "man")
    elif low.endswith("s"):
        out.add(low[:-1])
    return out


def _kind(t: Token | None) -> str | None:
    """'security', 'crowd', 'other' (a named doer or target of another kind) or None (unknown)."""
    if t is None:
        return None
    lx = _lex()
    if t.pos_ == "PRON" or t.lower_ in {"who", "that", "which"}:
        return None
    words = _w(t)
    mods = set().union(*(_w(c) for c in t.children if c.dep_ in {"compound", "amod", "nmod", "poss"})) \
        if any(c.dep_ in {"compound", "amod", "nmod", "poss"} for c in t.children) else set()
    if words & lx.security or (words & lx.security_heads and mods & (lx.security_mods | lx.security)):
        return "security"
    if words & lx.state_unless_named and not mods & lx.non_state:
        return "security"
    if words & lx.crowd or mods & lx.crowd:
        return "crowd"
    return "other"


def _verb_match(t: Token, entries: list[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The entry whose first word is `t`'s lemma and whose further words are among its children."""
    if t.pos_ not in {"VERB", "AUX"}:
        return None
    lem = t.lemma_.lower()
    kids: set[str] = set()
    for c in t.children:
        kids |= _w(c)
    for e in entries:
        if e[0] == lem and all(w in kids for w in e[1:] if w != "-"):
            return e
    return None


def _noun_match(doc: Doc, i: int, entries: list[tuple[str, ...]]) -> int:
    """Length in tokens of the first entry that starts at token `i` (0 when none)."""
    for e in entries:
        n = len(e)
        if i + n <= len(doc) and all(w in _w(doc[i + k]) for k, w in enumerate(e)):
            return n
    return 0


def _subject(v: Token) -> tuple[Token | None, Token | None, bool]:
    """(doer, target, passive) of verb `v`, inherited through coordination and open clauses."""
    lx_agent = lx_target = None
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in v.children)
    for c in v.children:
        if c.dep_ == "nsubj":
            lx_agent = c
        elif c.dep_ == "nsubjpass":
            lx_target = c
        elif c.dep_ == "agent":
            lx_agent = next((g for g in c.children if g.dep_ == "pobj"), None)
        elif c.dep_ == "dobj" and lx_target is None:
            lx_target = c
        elif c.dep_ == "prep" and c.lower_ in {"at", "on", "into", "upon", "against", "towards", "toward"} \
                and lx_target is None:
            lx_target = next((g for g in c.children if g.dep_ == "pobj"), None)
    if lx_agent is not None and lx_agent.lower_ in {"who", "that", "which"} and v.dep_ == "relcl":
        lx_agent = v.head
    if lx_target is not None and lx_target.lower_ in {"who", "that", "which"} and v.dep_ == "relcl":
        lx_target = v.head
    if v.dep_ == "acl":
        if v.tag_ == "VBN" and lx_target is None:
            lx_target, passive = v.head, True
        elif v.tag_ == "VBG" and lx_agent is None:
            lx_agent = v.head
    pron = lx_agent is not None and lx_agent.pos_ == "PRON" and lx_agent.lower_ in {"they", "he", "she", "we"}
    if (lx_agent is None or pron) and not passive and v.dep_ in {"conj", "xcomp", "advcl"} \
            and v.head.pos_ in {"VERB", "AUX"}:
        if v.dep_ != "advcl" or v.tag_ == "VBG" or pron:
            head = v.head
            if v.tag_ == "VBG" and v.dep_ == "advcl":
                # "..., killing four" tells what the main clause's doer did, even when the parser
                # hangs it on a relative clause ("a crowd who had marched ..., killing four")
                while head.dep_ == "relcl" and head.head.head.i != head.head.i:
                    head = head.head.head
                while head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
                    head = head.head
            head_agent, _, head_passive = _subject(head)
            lx_agent = None if head_passive else head_agent
    return lx_agent, lx_target, passive


def _negated(t: Token, depth: int = 0) -> bool:
    lx = _lex()
    if t.i >= 2 and t.doc[t.i - 1].text == "-" and t.doc[t.i - 2].lower_ in lx.negating_prefixes:
        return True     # "non-violent"
    if any(c.dep_ == "neg" or c.lower_ in lx.negators for c in t.children):
        return True
    if t.lower_ in lx.negators or t.lemma_.lower() in lx.negators:
        return True
    if depth < 2 and t.dep_ in {"dobj", "pobj", "xcomp", "nsubjpass", "attr", "compound", "prep", "amod"}:
        return _negated(t.head, depth + 1)
    return False


def _topic(t: Token) -> bool:
    """The cue is what the protest is about ("against the arrests", "demanding justice for those killed")."""
    lx = _lex()
    cur = t
    crossed = False     # a relative clause tells what its noun did: "the incident where police fired"
    while cur.head.i != cur.i:
        crossed = crossed or cur.dep_ == "relcl"
        h = cur.head
        if h.dep_ == "prep" and h.lower_ in lx.topic_preps and cur.dep_ in {"pobj", "pcomp"}:
            return True
        if h.lemma_.lower() in lx.topic_heads and not crossed:
            # a verb's argument ("protesting the arrests"); a noun's complement ("release of", "anger at")
            deps = ARG_DEPS - {"advcl", "conj", "nsubjpass", "appos"} if h.pos_ in {"VERB", "AUX"} \
                else {"prep", "acl", "compound", "poss"}
            if cur.dep_ in deps:
                return True
        cur = h
    return False


def _past(t: Token) -> bool:
    """The cue is marked as an earlier episode ("last week", "a similar protest ... was dispersed",
    "who had blocked")."""
    lx = _lex()
    if t.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in t.children):
        return True
    chain = [t]
    cur = t
    while cur.head.i != cur.i and cur.pos_ not in {"VERB", "AUX"}:
        cur = cur.head
        chain.append(cur)
    if cur.dep_ in {"relcl", "advcl", "acl"} and cur.head.i != cur.i:
        chain.append(cur.head)
    for c in t.children:
        if c.dep_ == "mark" and c.lower_ in lx.span_marks and any(
                g.lemma_.lower() in lx.span_before for g in c.children if g.dep_ in {"npadvmod", "nmod"}):
            return True
    for node in chain:
        for c in node.children:
            if c.dep_ not in MOD_DEPS | {"nsubj", "nsubjpass", "det", "npadvmod"}:
                continue
            for x in [c, *c.children, *(g for k in c.children for g in k.children if g.dep_ == "amod")]:
                if x.lower_ in lx.past:
                    return True
                if x.lemma_.lower() in lx.past_last and any(g.lower_ in {"last", "previous", "past", "earlier"} for g in x.children):
                    return True
            if c.lower_ == "earlier" and c.dep_ in {"amod", "advmod"}:
                return True
            if c.lower_ == "ago" or any(g.lower_ == "ago" for g in c.children):
                return True
    return False


def _aim(t: Token) -> bool:
    """The act was only tried, planned or threatened ("tried to storm the building")."""
    cur, aims = t, _lex().aims
    for _ in range(3):
        if cur.dep_ not in {"xcomp", "conj"} or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lemma_.lower() in aims:
            return True
    return False


def _live(t: Token) -> bool:
    """A cue that reports something done at this protest."""
    return not (_negated(t) or _topic(t) or _past(t) or _aim(t))


def _many(t: Token) -> bool:
    """Serious or many injuries around injury word `t`."""
    lx = _lex()
    near = list(t.subtree) + [t.head] + list(t.head.children)
    for x in near:
        for y in [x, *x.children]:
            if y.lower_ in lx.serious or y.lower_ in lx.many_words:
                return True
            if y.like_num and y.text.replace(",", "").isdigit() and int(y.text.replace(",", "")) >= lx.many_from:
                return True
    return False


def _cue(doc: Doc, i: int, n: int = 1) -> Cue:
    span = doc[i:i + n]
    return Cue(span.start_char, span.end_char, span.text)


def _roles(t: Token, headline: bool) -> tuple[Token | None, Token | None, bool]:
    """Doer and target of `t`; in a headline the parser leaves verbless, the nouns either side."""
    if headline and t.pos_ not in {"VERB", "AUX"}:
        doc = t.doc
        before = next((x for x in reversed(doc[t.sent.start:t.i]) if x.pos_ in {"NOUN", "PROPN"}), None)
        after = next((x for x in doc[t.i + 1:t.sent.end] if x.pos_ in {"NOUN", "PROPN"}), None)
        return before, after, False
    return _subject(t)


def _force_word(t: Token, lx: _Lex, headline: bool, entries: list[tuple[str, ...]]) -> tuple[str, ...] | None:
    if headline and t.pos_ not in {"VERB", "AUX"}:
        if t.dep_ == "compound":    # "riot police" names no riot
            return None
        return next((e for e in entries if len(e) == 1 and e[0] in _w(t) and t.lower_ != e[0] + "s"), None)
    return _verb_match(t, entries)


def _severe_mod(t: Token, lx: _Lex) -> bool:
    return any(c.dep_ in {"amod", "advmod"} and c.lower_ in lx.severe_mods for c in t.children)


def _token_reading(t: Token, lx: _Lex, headline: bool) -> tuple[str, int] | None:
    """What token `t` tells about the protest's response, with its length in tokens: 'riot' (the
    crowd's violence), 'severe' (lethal force on the crowd), 'rough' (beating), 'inter' (breaking
    the protest up) or 'injured' (serious or many injuries)."""
    doc, i = t.doc, t.i
    e = _force_word(t, lx, headline, [r for r, _ in lx.riot])
    if e is not None:
        objs = dict(lx.riot)[e]
        agent, target, _ = _roles(t, headline)
        ka, kt = _kind(agent), _kind(target)
        ok_obj = not objs or (target is not None and not _negated(target) and bool(_w(target) & objs))
        if e[0] in lx.mutual and _live(t):
            return "riot", 1
        if ok_obj and ka != "security" and kt != "crowd" and _live(t):
            return "riot", 1
    e = _force_word(t, lx, headline, lx.attack)
    if e is not None and _live(t):
        agent, target, _ = _roles(t, headline)
        ka, kt = _kind(agent), _kind(target)
        if ka == "crowd" and kt != "crowd":
            return "riot", 1
        if ka == "security" and kt != "security":
            return "severe", 1
        if ka is None and kt == "security":
            return "riot", 1
        if ka is None and kt in {"crowd", "other"}:
            return "severe", 1
    e = _force_word(t, lx, headline, lx.rough)
    if e is not None and _live(t):
        agent, target, _ = _roles(t, headline)
        ka, kt = _kind(agent), _kind(target)
        if (ka == "crowd" and kt != "crowd") or (ka is None and kt == "security"):
            return "riot", 1
        if ka == "security" and kt != "security" or (ka is None and kt == "crowd"):
            return ("severe" if _severe_mod(t, lx) else "rough"), 1   # "brutally beaten"
    if t.lemma_.lower() in lx.lethal_intr and t.pos_ == "VERB" and _live(t):
        agent, _, _ = _subject(t)
        if _kind(agent) in {"crowd", "other"}:
            return "severe", 1
    e = _verb_match(t, lx.fire)
    if e is not None and _live(t):
        agent, target, _ = _subject(t)
        ka, kt = _kind(agent), _kind(target)
        words: set[str] = set()
        for x in t.subtree:
            if x.i != t.i:
                words |= _w(x)
        if ka == "crowd":
            return "riot", 1
        if words & (lx.fire_soft | lx.fire_air):
            return "inter", 1
        if ka == "security" or (ka is None and kt == "crowd"):
            return "severe", 1
    if t.pos_ == "ADJ" and t.lemma_.lower() in lx.riot_adj and _live(t):
        holder = t.head if t.dep_ == "amod" else next((c for c in t.head.children if c.dep_ == "nsubj"), None)
        if t.dep_ in {"amod", "acomp", "oprd", "attr"} and _kind(holder) == "crowd":
            return "riot", 1
    n = _noun_match(doc, i, lx.riot_nouns) or _noun_match(doc, i, lx.weak_riot_nouns)
    weak = bool(n) and not _noun_match(doc, i, lx.riot_nouns)
    if n and t.pos_ in {"NOUN", "PROPN", "VERB"} and t.dep_ not in {"compound", "amod"} and _live(t):
        mods = [c for c in t.children if c.dep_ in {"compound", "amod", "nmod", "poss"}]
        aimed = [g for c in t.children if c.dep_ == "prep" and c.lower_ in {"against", "on"}
                 for g in c.children if g.dep_ == "pobj"]
        if any(_kind(m) == "security" for m in mods) or any(_kind(g) == "crowd" for g in aimed):
            return "severe", n      # "police violence", "violence against protesters"
        return ("disorder" if weak else "riot"), n
    n = _noun_match(doc, i, lx.lethal_nouns)
    if n and not any(c.lower_ in {"rubber", "plastic", "rubber-coated"} for c in t.children) and _live(t):
        return "severe", n
    if t.pos_ == "NOUN" and t.lemma_.lower() in lx.severe_heads and _severe_mod(t, lx) and _live(t):
        return "severe", 1
    e = _force_word(t, lx, headline, lx.intervention)
    if e is not None and _live(t):
        agent, target, _ = _roles(t, headline)
        ka, kt = _kind(agent), _kind(target)
        if ka == "security" or (ka in {None, "other"} and kt == "crowd"):
            return "inter", 1
    n = _noun_match(doc, i, lx.intervention_nouns)
    if n and _live(t):
        return ("severe" if _severe_mod(t, lx) else "inter"), n
    if t.lemma_.lower() in lx.injury and _live(t) and _many(t):
        return "injured", 1
    n = _noun_match(doc, i, lx.serious_injuries)
    if n and _live(t):
        return "injured", n
    return None


def read_response(text: str) -> tuple[str, Cue] | None:
    """Violent demonstration / Excessive force / Protest with intervention, by the codebook's
    precedence (the crowd's own violence first), with the word that decided it; None when the
    text tells no response at all."""
    if not text or not text.strip():
        return None
    lx = _lex()
    doc = _parse(text)
    found: dict[str, Cue] = {}
    first = _first_words()
    for sent in doc.sents:
        headline = sent.root.pos_ not in {"VERB", "AUX"}
        for t in sent:
            if not _w(t) & first:
                continue
            got = _token_reading(t, lx, headline)
            if got is not None and got[0] not in found:
                found[got[0]] = _cue(doc, t.i, got[1])
    if "riot" in found:
        return VIOLENT, found["riot"]
    if "severe" in found:
        return EXCESSIVE, found["severe"]
    if "disorder" in found:
        return VIOLENT, found["disorder"]
    if "rough" in found and "injured" in found:
        return EXCESSIVE, found["rough"]
    if "inter" in found or "rough" in found:
        return (EXCESSIVE, found["injured"]) if "injured" in found else \
            (INTERVENTION, found.get("inter") or found["rough"])
    return None
