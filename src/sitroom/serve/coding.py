"""Keep an analyst's type corrections inside the ACLED taxonomy: a sub-event type decides its
event type and disorder type, so an edit of one never leaves the other two contradicting it."""
from __future__ import annotations

from typing import Any

from sitroom.errors import SitroomError
from sitroom.extract.typing.taxonomy import TAXONOMY

EVENT_TYPES = sorted({et for et, _ in TAXONOMY.values()})
SUB_EVENT_TYPES = list(TAXONOMY)


class CodingError(SitroomError):
    """A correction that names a type outside the taxonomy, or types that contradict each other."""


def complete_type_changes(changes: dict[str, Any]) -> dict[str, Any]:
    """The changes with event_type and disorder_type derived from a new sub_event_type."""
    out = dict(changes)
    sub = str(out.get("sub_event_type") or "").strip()
    etype = str(out.get("event_type") or "").strip()
    if "sub_event_type" in out and sub:
        if sub not in TAXONOMY:
            raise CodingError(f"unknown sub_event_type {sub!r}")
        want, disorder = TAXONOMY[sub]
        if etype and etype != want:
            raise CodingError(f"sub_event_type {sub!r} belongs to event_type {want!r}, not {etype!r}")
        out["sub_event_type"], out["event_type"] = sub, want
        out.setdefault("disorder_type", disorder)
    elif "event_type" in out and etype and etype not in EVENT_TYPES:
        raise CodingError(f"unknown event_type {etype!r}")
    return out
