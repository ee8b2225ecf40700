"""Document domain: a text told only in disaster or crime words reports no conflict event.

Why: an earthquake toll, a factory fire or a drug seizure has victims, counts and arrests, so
the sentence-level typer, which has only conflict types to choose from once a sentence looks
like an event, files them as attacks or arrests. Read as a whole, such a text never uses the
words of armed conflict, protest or political violence; its records are then typed as the
non-conflict category its words tell (kept apart from conflict events downstream), not dropped,
so an analyst still sees them. More than a stray conflict word leaves the records alone.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from sitroom.extract.typing.taxonomy import NON_CONFLICT
from sitroom.model import EventRecord
from sitroom.yamlload import safe_load

_DATA = Path(__file__).resolve().parent.parent / "data" / "domain.yaml"


def _pattern(words: list[str]) -> re.Pattern[str]:
    alts = sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _raw() -> dict:
    return safe_load(_DATA.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _vocab() -> tuple[int, int, dict[str, re.Pattern[str]], re.Pattern[str]]:
    raw = _raw()
    domains = {name: _pattern(words) for name, words in raw["domains"].items()}
    return (int(raw["min_domain_hits"]), int(raw["domain_to_conflict_ratio"]), domains,
            _pattern(raw["conflict_cues"]))


# the month: capitalised inside a sentence "March" is a date, not the conflict cue "march"
_MONTH_MARCH = re.compile(r"(?<=[\w,;:] )March\b")


def _conflict_hits(conflict: re.Pattern[str], text: str) -> int:
    return len(conflict.findall(_MONTH_MARCH.sub("", text)))


def sentence_domain(sentence: str) -> str | None:
    """The non-conflict category one sentence is told in, or None.

    Why: a conflict report often adds a line about a disaster, an accident or an epidemic ("A bus
    crash on the highway killed 11 people", "A cholera outbreak has killed 300 since August"); the
    sentence typer, seeing victims, files it as an attack or a tally of the war. A sentence with a
    disaster, accident, disease or crime word and not one word of armed conflict or protest tells
    that non-conflict event, whatever the rest of its document is about.
    """
    _, _, domains, conflict = _vocab()
    if _conflict_hits(conflict, sentence):
        return None
    hits = {name: len(p.findall(sentence)) for name, p in domains.items()}
    name, count = max(hits.items(), key=lambda kv: kv[1])
    return name if count >= int(_raw().get("min_sentence_domain_hits", 1)) else None


def non_conflict_domain(text: str) -> str | None:
    """The non-conflict category a text is wholly about, or None when it may report conflict."""
    least, ratio, domains, conflict = _vocab()
    hits = {name: len(p.findall(text)) for name, p in domains.items()}
    name, count = max(hits.items(), key=lambda kv: kv[1])
    if count < least or count < ratio * _conflict_hits(conflict, text):
        return None
    return name


@lru_cache(maxsize=1)
def _no_event_vocab() -> dict[str, re.Pattern[str]]:
    return {name: _pattern(words) for name, words in (_raw().get("no_event_domains") or {}).items()}


def no_event_sentence(sentence: str) -> str | None:
    """The no-event domain (sport) a sentence is told in, or None.

    Why: a match report is full of conflict words used for play ("the striker fired home", "wave
    after wave of attacks", "a counter-attack"); such a sentence with a word of sport and no word of
    armed conflict founds no record at all.
    """
    _, _, _, conflict = _vocab()
    if _conflict_hits(conflict, sentence):
        return None
    return next((name for name, p in _no_event_vocab().items() if p.search(sentence)), None)


def drop_no_event_domain(records: list[EventRecord], text: str) -> list[EventRecord]:
    """No conflict records for a text wholly about sport (its sport words outnumber its conflict words
    by the domain ratio): a football report's "attack" and "shot" are no events."""
    least, ratio, _, conflict = _vocab()
    for pattern in _no_event_vocab().values():
        count = len(pattern.findall(text))
        if count >= least and count >= ratio * _conflict_hits(conflict, text):
            return [r for r in records if r.event_type == NON_CONFLICT]
    return records


def retype_off_domain(records: list[EventRecord], text: str) -> None:
    """Type every conflict record of a disaster- or crime-only text as that non-conflict category."""
    if not records:
        return
    domain = non_conflict_domain(text)
    if domain is None:
        return
    for record in records:
        if record.event_type == NON_CONFLICT:
            continue
        record.disorder_type, record.event_type, record.sub_event_type = "", NON_CONFLICT, domain
        record.civilian_targeting = ""
        record.extra["retyped_by"] = "document domain: " + domain


DISPLACEMENT_COUNTS = frozenset({"displaced", "evacuated"})


# types a displacement figure gets when no violence is told with it; a record typed as violence
# ("gunmen burned a shelter, killing five displaced people") is an event whatever its figures say
UNVIOLENT_EVENT_TYPES = frozenset({"Strategic developments", NON_CONFLICT})


def only_displacement(record: EventRecord) -> bool:
    """A record whose only figure is people displaced or evacuated, with no one hurt or held and
    no violence in its type."""
    keys = set((record.counts or {}).keys())
    return bool(keys) and keys <= DISPLACEMENT_COUNTS and not record.fatalities \
        and record.event_type in UNVIOLENT_EVENT_TYPES


def drop_displacement_only(records: list[EventRecord]) -> list[EventRecord]:
    """No records for a text whose every record is a displacement figure.

    Why: the codebook codes no event for people fleeing or being moved; a funding appeal or an aid
    story counts refugees and displaced people "from the fighting" without telling any incident.
    When such figures are all a text gives, its records are dropped; beside real incidents they
    stay (they may carry an incident's place or day that coreference folds in).
    """
    if records and all(only_displacement(r) for r in records):
        return []
    return records
