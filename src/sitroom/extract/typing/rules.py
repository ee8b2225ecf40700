"""Codebook precedence applied on top of the classifier's ranking.

The classifier reads wording; these rules carry the ACLED rules that wording alone does not
settle: a chemical agent makes an aerial or artillery attack a Chemical weapon event, a
suicide bomber makes an explosion a Suicide bomb rather than an IED.
"""
from __future__ import annotations

import re

CHEMICAL = re.compile(
    r"\b(chlorine|sarin|mustard (?:gas|agent)|nerve (?:agent|gas)|toxic (?:gas|chemicals?)|"
    r"poison(?:ous)? gas|chemical (?:weapons?|attacks?|agents?|munitions?|bombs?|shells?)|"
    r"gas attack)\b", re.I)
SUICIDE = re.compile(r"\bsuicide[- ](?:bomb(?:er|ers|ing|ings)?|attack(?:er|ers|s)?|car[- ]bomb(?:er|ers)?|"
                     r"vest|blast|truck|bomb)s?\b|\bblew (?:himself|herself|themselves) up\b|"
                     r"\bexplosive (?:vest|belt)s?\b", re.I)

EXPLOSIVE_OR_ATTACK = {"Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                       "Grenade", "Attack"}


def apply_precedence(text: str, label: str) -> tuple[str, re.Match | None]:
    """Return the label after precedence rules, and the cue match that justified a change."""
    if label in EXPLOSIVE_OR_ATTACK | {"Suicide bomb"}:
        m = CHEMICAL.search(text)
        if m:
            return "Chemical weapon", m
    if label in EXPLOSIVE_OR_ATTACK:
        m = SUICIDE.search(text)
        if m:
            return "Suicide bomb", m
    return label, None
