"""Time-frame and assertion gate: does a sentence tell a concrete event of the text's own time?

The founding gate (founding.py) asks whether a sentence has an event word told as fact. Much
that passes it is still no event a coder would record: possibilities ("aid could grind to a
halt"), talk, law and diplomacy ("the court upheld the sentences", "the ministry banned
rallies"), trends ("violence has intensified"), habits and general truths ("the group often
raids villages", "the force fights the insurgents"), photo captions and credit lines. History
told with its own date (even a year) stays when it tells an incident (an event verb, a victim
count): analysts may code it as what it is; a month or a year long past that only sets the scene
("after the 2014 elections the country was split") is background. This gate
reads the sentence's main predicate from spaCy's parse (through a reporting verb to the clause
it reports: "X said gunmen killed 5" is judged on "killed"), its tense, aspect, modality and
adverbs, with the cue words of data/frame.yaml. Tallies are not judged here (tally.py).
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span, Token

from sitroom.yamlload import safe_load

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "frame.yaml"
# clausal dependents of a reporting verb that hold what was reported
REPORTED_CLAUSES = ("ccomp", "xcomp", "advcl")
PRESENT_SIMPLE = ("VBZ", "VBP")


@lru_cache(maxsize=1)
def _data() -> dict:
    with open(DATA_FILE, encoding="utf-8") as f:
        return safe_load(f) or {}


@lru_cache(maxsize=1)
def _cues() -> dict[str, frozenset[str]]:
    return {k: frozenset(str(w).lower() for w in v or []) for k, v in _data().items()}


@lru_cache(maxsize=1)
def _commemoration_phrases() -> re.Pattern[str]:
    return re.compile("|".join(_data().get("commemoration_phrases") or ["(?!)"]), re.IGNORECASE)


@lru_cache(maxsize=1)
def _vague_span_phrases() -> re.Pattern[str]:
    return re.compile("|".join(_data().get("vague_span_phrases") or ["(?!)"]), re.IGNORECASE)


def vague_trend(sent: Span, counts: list) -> bool:
    """A perfect-tense sentence over a span of months or years with no edge ("in recent years",
    "since the coup", data/frame.yaml `vague_span_phrases`) and no stated figure, only a vague word
    or none ("has carried out dozens of strikes", "has killed thousands"): a trend an analyst
    cannot code as an event or as a tally. A stated figure makes it a tally and keeps it."""
    if any(getattr(c, "qualifier", "vague") != "vague" for c in counts):
        return False
    if not _vague_span_phrases().search(sent.text):
        return False
    return any(_perfect(p) for p in main_predicates(sent))


def main_predicates(sent: Span) -> list[Token]:
    """The verbs that carry what the sentence asserts: the root and its conjoined verbs, or, under
    a reporting verb ("police said ..."), the clause it reports."""
    cues = _cues()
    root = sent.root
    heads = [root] + [c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    out: list[Token] = []
    for head in heads:
        reported = [c for c in head.children if c.dep_ in REPORTED_CLAUSES and c.pos_ in ("VERB", "AUX")]
        if head.lemma_.lower() in cues["reporting_verbs"] and reported:
            for clause in reported:
                out.append(clause)
                out.extend(c for c in clause.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
        else:
            out.append(head)
    return out


def _modal(tok: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _cues()["modals"] for c in tok.children)


def _perfect(tok: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for c in tok.children)


def _long_ongoing(tok: Token) -> bool:
    """ "have been fighting ... since last year", "has been besieging ... for months": a perfect
    progressive whose "since"/"for" span names a year, months or a war (data/frame.yaml)."""
    if tok.tag_ != "VBG" or not _perfect(tok) or not any(c.lower_ == "been" for c in tok.children):
        return False
    long_words = _cues()["long_span_words"]
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("since", "for"):
            words = {t.lower_ for t in prep.subtree} | {t.lemma_.lower() for t in prep.subtree}
            if words & long_words or any(t.like_num and len(t.text) == 4 for t in prep.subtree):
                return True
    return False


def _present_simple(tok: Token) -> bool:
    """"fights", "include", "stands guard": no auxiliary, present-tense form."""
    return tok.tag_ in PRESENT_SIMPLE and tok.lemma_ != "be" and \
        not any(c.dep_ in ("aux", "auxpass") for c in tok.children)


def _has_verb(sent: Span) -> bool:
    return any(t.pos_ in ("VERB", "AUX") for t in sent)


# a period (a month, a year) that ended this long before the report is the story's background
HISTORY_DAYS = 365


def _distant_history(own_date, anchor: date | None) -> bool:
    """The sentence's date is a month or a year long before the report ("following elections in
    2014" in a 2024 explainer); a day written out in full ("on 3 May 2014") is not."""
    return anchor is not None and own_date.time_precision == 3 \
        and (anchor - own_date.date_end).days > HISTORY_DAYS


# a tally whose period opened this long before the report sums years of a conflict ("since 2015,
# attacks have killed 20,000 people in the country"): the backdrop of the story, like a whole war's toll
TALLY_BACKGROUND_DAYS = 3 * 365


def background_tally(period, anchor: date | None) -> bool:
    """A tally over a period that began years before the report ("since 2015", "since 1979", "the 1994
    genocide, in which 800,000 were killed") is the story's background: no analyst codes a decade's
    total or a long-past war's toll as an event of its own; a tally of this year or the last two
    ("since January", "in 2025", "since the invasion two years ago") stays."""
    return anchor is not None and period is not None and period.date_start is not None \
        and (anchor - period.date_start).days > TALLY_BACKGROUND_DAYS


# an incident whose own date lies this long before the report is the story's history: no monitor codes it
# as news, and a retelling ("forces killed 8,000 men after they overran the town in July 1995") is no event
LONG_PAST_DAYS = 5 * 365


def long_past_incident(own_date, anchor: date | None) -> bool:
    """The sentence's own date ended more than five years before the report (a massacre in 1995 told in
    an anniversary story, a 2016 attack in an explainer); history of the last few years stays."""
    return anchor is not None and own_date is not None and own_date.start is not None \
        and (anchor - own_date.date_end).days > LONG_PAST_DAYS


def _year_named_past_event(sent: Span, anchor: date | None, event_nouns) -> Token | None:
    """ "The 2005 agreement ended the war", "the 2014 massacre killed 300": the subject or object of the
    main predicate is an event named by a year at least two years before the report."""
    if anchor is None:
        return None
    nouns = set(event_nouns) | _cues()["named_past_event_nouns"]
    for tok in sent:
        if tok.text.isdigit() and len(tok.text) == 4 and tok.dep_ in ("nummod", "compound", "amod") \
                and tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() in nouns \
                and tok.head.dep_ in ("nsubj", "nsubjpass", "dobj") and 1900 < int(tok.text) <= anchor.year - 2:
            return tok
    return None


def _judicial_dependent(pred: Token, nouns: frozenset[str]) -> Token | None:
    """A court, trial or verdict among the predicate's dependents, directly or through a preposition
    ("the court sentenced", "opened the trial of", "described in court")."""
    for child in pred.children:
        if child.lemma_.lower() in nouns or child.lower_ in nouns:
            return child
        if child.dep_ in ("prep", "agent"):
            for grand in child.children:
                if grand.dep_ == "pobj" and (grand.lemma_.lower() in nouns or grand.lower_ in nouns):
                    return grand
    return None


def retells_the_past(sent: Span, anchor: date | None) -> str:
    """Why a sentence tells a commemoration or a court proceeding rather than an event ("" if not).

    Why: "thousands gathered at the memorial to mark the anniversary of the massacre", "the court
    convicted five men of the 2022 bombings that killed 120", "prosecutors told the judges that
    fighters attacked the town": each has an event word, often a victim count, sometimes a date of
    the text's own week, yet what happened that day is a ceremony or a hearing; the killing is the
    past event it is about. Unlike the talk predicates this holds with counts, and for tallies,
    since the counts are the past event's. Military exercises and parades are displays, no event
    either ("began joint exercises with live-fire drills"). A main predicate that is itself an incident ("police
    fired tear gas at protesters marking the anniversary", "gunmen attacked the court") keeps the
    sentence an event.
    """
    cues = _cues()
    predicates = main_predicates(sent)
    if not predicates or any(p.lemma_.lower() in cues["incident_verbs"] for p in predicates):
        # under a reporting verb the reported clause is judged; a testimony in court is judged below
        reporting = sent.root.lemma_.lower() in cues["reporting_verbs"]
        court = _judicial_dependent(sent.root, cues["judicial_nouns"]) if reporting else None
        return f"testimony in court: '{court.text}'" if court is not None else ""
    words = {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}
    marking = sorted(words & cues["anniversary_words"])
    phrase = _commemoration_phrases().search(sent.text)
    if marking or phrase:
        return f"a commemoration of a past event: '{marking[0] if marking else phrase.group(0)}'"
    remembrance = sorted(words & cues["remembrance_words"])
    if remembrance and anchor is not None and any(
            t.like_num and len(t.text) == 4 and t.text.isdigit() and 1800 < int(t.text) < anchor.year for t in sent):
        return f"a commemoration of a past event: '{remembrance[0]}'"
    if all(p.lemma_.lower() in cues["judicial_predicates"] for p in predicates):
        return f"a court proceeding: '{predicates[0].text}'"
    for pred in predicates:
        court = _judicial_dependent(pred, cues["judicial_nouns"])
        if court is not None:
            return f"a court proceeding: '{court.text}'"
        drill = _judicial_dependent(pred, cues["exercise_nouns"])
        if drill is not None:
            return f"a military exercise or parade: '{drill.text}'"
    return ""


def out_of_frame(sent: Span, has_counts: bool, own_date, anchor: date | None,
                 event_nouns: frozenset[str] | set[str] = frozenset()) -> str:
    """Why the sentence tells no event of the text's own time ("" when it may found a record)."""
    cues = _cues()
    text = sent.text.strip()
    low = text.lower()
    if "\n" not in text and any(cue in low for cue in cues["caption_cues"]):
        return "photo caption or credit line"
    words = [t for t in sent if t.is_alpha]
    if not has_counts and (len(words) <= 2 or not _has_verb(sent)
                           and not any(t.lemma_.lower() in event_nouns for t in sent)):
        return "a heading or fragment with no event"
    dated = own_date is not None and own_date.start is not None
    year = _year_named_past_event(sent, anchor, event_nouns)
    if year is not None and not (dated and own_date.time_precision == 1 and own_date.date_end.year > int(year.text)):
        return f"background history: the {year.text} {year.head.text}"
    if (not dated or own_date.time_precision != 1) and any(
            low.startswith(opener) for opener in cues["history_openers"]):
        return "history: the sentence opens in earlier times"
    predicates = main_predicates(sent)
    if dated and not has_counts and _distant_history(own_date, anchor) \
            and not any(p.lemma_.lower() in cues["incident_verbs"] for p in predicates):
        # "following elections in 2014, the country was split": the backdrop of the story; an
        # incident told with its year ("my brother was wounded in 2024") is still history to code
        return f"background history: '{own_date.text}'"
    root = sent.root
    for pred in predicates:
        lemma = pred.lemma_.lower()
        if _modal(pred):
            return f"possibility or plan: '{pred.text}'"
        if any(c.dep_ == "advmod" and c.lower_ in cues["habitual_adverbs"] for c in pred.children):
            return f"habit: '{pred.text}'"
        if has_counts:
            continue
        if lemma in cues["talk_predicates"]:
            return f"talk, law or diplomacy: '{pred.text}'"
        if lemma in cues["trend_predicates"] and (_perfect(pred) or not dated):
            return f"a trend, not an event: '{pred.text}'"
    hostile = [t for t in sent if t.pos_ == "VERB"
               and t.lemma_.lower() in cues["incident_verbs"] | cues["situation_verbs"]]
    if not has_counts and hostile and all(_long_ongoing(t) for t in hostile):
        # "... where federal forces have been fighting the militias since last year"
        return f"a situation going on for long: '{hostile[0].text}'"
    # a present-tense sentence of running text with no past in it and no date is a general truth
    # ("the force fights the insurgents"); a dated one may be a caption of the day's event
    if not has_counts and not dated and text.endswith(".") and len(words) >= 5 and predicates \
            and not any(t.tag_ == "VBD" for t in sent) \
            and all(_present_simple(p) for p in predicates) \
            and root.lemma_.lower() not in cues["reporting_verbs"]:
        return "a general truth or caption in the present tense"
    return ""
