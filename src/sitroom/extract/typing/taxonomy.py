"""ACLED sub-event types and the non-conflict categories a monitor must tell apart.

The names are the ACLED codebook's exact spelling, because every export and the scorer
compare strings. `PRECEDENCE` encodes the codebook rule that a more serious type absorbs
a lesser one reported in the same text.
"""
from __future__ import annotations

PV, DEMO, SD = "Political violence", "Demonstrations", "Strategic developments"
NON_CONFLICT = "Non-conflict"
NO_EVENT = "No event"  # training-only label: a sentence that reports no event at all

TAXONOMY: dict[str, tuple[str, str]] = {
    # Battles
    "Armed clash": ("Battles", PV),
    "Government regains territory": ("Battles", PV),
    "Non-state actor overtakes territory": ("Battles", PV),
    # Explosions/Remote violence
    "Chemical weapon": ("Explosions/Remote violence", PV),
    "Air/drone strike": ("Explosions/Remote violence", PV),
    "Suicide bomb": ("Explosions/Remote violence", PV),
    "Shelling/artillery/missile attack": ("Explosions/Remote violence", PV),
    "Remote explosive/landmine/IED": ("Explosions/Remote violence", PV),
    "Grenade": ("Explosions/Remote violence", PV),
    # Violence against civilians
    "Sexual violence": ("Violence against civilians", PV),
    "Attack": ("Violence against civilians", PV),
    "Abduction/forced disappearance": ("Violence against civilians", PV),
    # Protests
    "Peaceful protest": ("Protests", DEMO),
    "Protest with intervention": ("Protests", DEMO),
    "Excessive force against protesters": ("Protests", PV),
    # Riots
    "Violent demonstration": ("Riots", DEMO),
    "Mob violence": ("Riots", PV),
    # Strategic developments
    "Agreement": ("Strategic developments", SD),
    "Arrests": ("Strategic developments", SD),
    "Change to group/activity": ("Strategic developments", SD),
    "Disrupted weapons use": ("Strategic developments", SD),
    "Headquarters or base established": ("Strategic developments", SD),
    "Looting/property destruction": ("Strategic developments", SD),
    "Non-violent transfer of territory": ("Strategic developments", SD),
    "Other": ("Strategic developments", SD),
    # Not conflict events
    "Diplomatic event": (NON_CONFLICT, ""),
    "Natural disaster": (NON_CONFLICT, ""),
    "Man-made disaster": (NON_CONFLICT, ""),
    "Organized crime": (NON_CONFLICT, ""),
    "Attribution of responsibility": (NON_CONFLICT, ""),
}

ACLED_SUB_EVENT_TYPES = [k for k, v in TAXONOMY.items() if v[0] != NON_CONFLICT]
NON_CONFLICT_TYPES = [k for k, v in TAXONOMY.items() if v[0] == NON_CONFLICT]

# Event-type rank for the codebook's absorption rule: when two labels are both strongly
# supported, the higher rank wins (a battle absorbs the air strike inside it, an attack
# absorbs the abduction that preceded the killing).
EVENT_TYPE_RANK = {
    "Battles": 6,
    "Explosions/Remote violence": 5,
    "Violence against civilians": 4,
    "Riots": 3,
    "Protests": 2,
    "Strategic developments": 1,
    NON_CONFLICT: 0,
}

# Within Explosions/Remote violence: chemical weapons beat air strikes, a suicide bomb beats an IED.
SUB_RANK = {
    "Chemical weapon": 6,
    "Suicide bomb": 5,
    "Air/drone strike": 4,
    "Shelling/artillery/missile attack": 3,
    "Remote explosive/landmine/IED": 2,
    "Grenade": 1,
    "Attack": 3,
    "Sexual violence": 2,
    "Abduction/forced disappearance": 1,
}


def event_and_disorder(sub_event_type: str) -> tuple[str, str]:
    """(event_type, disorder_type) for a sub-event type; raises KeyError for unknown names."""
    return TAXONOMY[sub_event_type]
