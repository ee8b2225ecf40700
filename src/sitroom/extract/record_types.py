"""Type decisions that need a record's final actors, taken once the document is read.

The sentence classifier types a mention from its wording alone ("attack", "killed", "stormed"),
and a record keeps the type of the mention that founded it; who was on the other side is only
settled later, when the actors are read and filled from the record's other sentences. The
ACLED codebook separates the two by that other side: an Armed clash is fought between two armed,
organised sides, while an armed actor's violence against unarmed people, with no fighting told,
is Violence against civilians / Attack.
"""
from __future__ import annotations

from sitroom.extract.notes import generate_notes
from sitroom.extract.typing import TAXONOMY
from sitroom.extract.typing.rules import BATTLE_CUE
from sitroom.model import EventRecord

CIVILIANS = "7"
# ACLED actor codes of armed, organised actors: state forces, rebels, political and identity
# militias, external forces
ARMED = frozenset({"1", "2", "3", "4", "8"})


def _sentences(record: EventRecord) -> list[str]:
    return [e.text for e in record.evidence if e.field == "event"]


def clash_without_armed_opponent(record: EventRecord) -> bool:
    """An Armed clash whose only other side is civilians and whose sentences tell no fighting."""
    return (record.sub_event_type == "Armed clash" and record.inter2 == CIVILIANS
            and record.inter1 in ARMED and not any(BATTLE_CUE.search(s) for s in _sentences(record)))


def attacks_on_civilians(records: list[EventRecord]) -> None:
    """Retype as Attack each Armed clash that has no armed side to fight ("a revenge attack by
    herdsmen killed three farmers": the farmers did not fight back)."""
    for record in records:
        if not clash_without_armed_opponent(record):
            continue
        event_type, disorder = TAXONOMY["Attack"]
        record.event_type, record.sub_event_type, record.disorder_type = event_type, "Attack", disorder
        record.civilian_targeting = "Civilian targeting"
        record.extra["retyped_by"] = "no armed opponent: the other side is civilians"
        record.notes = generate_notes(record)
