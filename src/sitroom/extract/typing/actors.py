"""Which side an actor phrase is on: the state (army, police, government) or a non-state group.

Territory changes are told apart by who gains the ground, which word n-grams cannot see
("rebels took X from the army" vs "the army took X from rebels"). These lexicons let the
rules read the side of the subject, the 'from ...' loser and the 'by ...' agent.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from sitroom.yamlload import safe_load

STATE = re.compile(
    r"\b(army|armies|troops?|soldiers?|military|government(?:'s)? (?:forces|troops|soldiers)|"
    r"government|regime|loyalists?|pro-government|security forces|police|gendarmes?|marines?|"
    r"national guard|armed forces|defen[cs]e forces|(?:forces|troops|units|soldiers) loyal to (?:[\w'-]+ ){0,4}(?:government|president|state|interim authorities)|"
    r"state forces|federal (?:forces|troops|police)|peacekeepers|coalition forces|commandos|"
    r"tatmadaw|junta|popular mobili[sz]ation|hashd|"
    r"legion|brigades?|battalions?|division|units?|special forces)\b", re.I)
STATE_ACRONYMS = re.compile(r"\b(SAA|FARDC|FAMa|AMISOM|ATMIS|KDF|SNA|IDF|PMF|ISF|AFP|TSK)\b")
NON_STATE = re.compile(
    r"\b(rebels?|militants?|insurgents?|jihadists?|jihadis|guerrillas?|separatists?|militias?|"
    r"militiamen|fighters|terrorists?|extremists|gunmen|bandits|opposition|islamists?|"
    r"islamic state|Daesh|al-Qaeda|al-Shabaab|al-Shabab|Boko Haram|Taliban|"
    r"Houthis?|Huthis?|Hayat Tahrir al-Sham|Nusra|"
    r"Abu Sayyaf|Arakan Army|Rapid Support Forces|Wagner|mercenaries|factions?|"
    r"(?:\w+-)?backed (?:rebels|militants|fighters|factions|militias?|groups?)|armed groups?|"
    r"self-defen[cs]e|vigilantes?|resistance|liberation (?:army|front|movement)|"
    r"(?:Kurdish|tribal|clan|ethnic|rebel|opposition|Islamist) (?:forces|troops|units)|"
    r"(?:forces|troops|fighters|men|militias?) loyal to|warlords?|paramilitar(?:y|ies))\b", re.I)


NON_STATE_ACRONYMS = re.compile(
    r"\b(IS|ISIS|ISIL|ISWAP|HTS|SDF|YPG|PKK|M23|ADF|ELN|FARC|NPA|RSF|PDF|KIA|TTP|BIFF|LNA|JNIM|MNLA)\b")


def _first(patterns, text):
    hits = [m for p in patterns if (m := p.search(text))]
    return min(hits, key=lambda m: m.start()) if hits else None


def side(phrase: str) -> str | None:
    """'state', 'non-state' or None for a short actor phrase; the earliest cue wins (the head
    of 'the army and allied fighters' is the army)."""
    s = _first((STATE, STATE_ACRONYMS), phrase)
    n = _first((NON_STATE, NON_STATE_ACRONYMS), phrase)
    # "government-backed militia" and "pro-government militias" fight on the state side;
    # at the same start the longer, more specific phrase wins ("forces loyal to the government")
    if s and n and (s.start(), -s.end()) < (n.start(), -n.end()):
        return "state"
    if s and n:
        return "non-state"
    if s:
        return "state"
    if n:
        return "non-state"
    return _dictionary_side(phrase)


@lru_cache(maxsize=1)
def _dictionary_patterns() -> tuple[re.Pattern | None, re.Pattern | None]:
    """Named groups from the project's actor dictionary: inter code 1 is state, 2-4 non-state."""
    try:
        data = safe_load((Path(__file__).resolve().parents[2] / "data" / "actors.yaml").read_text("utf-8"))
    except (OSError, yaml.YAMLError):
        return None, None
    names: dict[str, list[str]] = {"state": [], "non-state": []}
    for g in data.get("groups") or []:
        kind = {"1": "state", "2": "non-state", "3": "non-state", "4": "non-state"}.get(str(g.get("inter")))
        if kind:
            names[kind] += [str(p) for p in g.get("patterns") or [] if len(str(p)) > 3]

    def build(words: list[str]) -> re.Pattern | None:
        words = sorted(set(words), key=len, reverse=True)
        return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b") if words else None
    return build(names["state"]), build(names["non-state"])


def _dictionary_side(phrase: str) -> str | None:
    st, ns = _dictionary_patterns()
    hits = [(m.start(), k) for k, p in (("state", st), ("non-state", ns)) if p and (m := p.search(phrase))]
    return min(hits)[1] if hits else None
