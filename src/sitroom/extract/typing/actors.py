"""Which side an actor phrase is on: the state (army, police, government) or a non-state group.

Territory changes are told apart by who gains the ground, which word n-grams cannot see
("rebels took X from the army" vs "the army took X from rebels"). These lexicons let the
rules read the side of the subject, the 'from ...' loser and the 'by ...' agent.
"""
from __future__ import annotations

import re

STATE = re.compile(
    r"\b(army|armies|troops?|soldiers?|military|government(?:'s)? (?:forces|troops|soldiers)|"
    r"government|regime|loyalists?|pro-government|security forces|police|gendarmes?|marines?|"
    r"national guard|armed forces|defen[cs]e forces|forces loyal to (?:the )?(?:government|president)|"
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
    r"self-defen[cs]e|vigilantes?|resistance|liberation (?:army|front|movement))\b", re.I)


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
    # "government-backed militia" and "pro-government militias" fight on the state side
    if s and n and s.start() < n.start():
        return "state"
    if s and n:
        return "non-state"
    if s:
        return "state"
    if n:
        return "non-state"
    return None
