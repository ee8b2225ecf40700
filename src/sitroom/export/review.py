"""What an export says about analysts' review: the status of each event and the machine's
value beside every corrected one, so a reader of the file can tell reviewed from raw output.

`review` maps event_id -> {"status", "by", "machine_values": {field: machine value}}, as the
web layer's reviewed reads give it; exports written without it are unchanged.
"""
from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

Review = Mapping[str, Mapping[str, Any]]

# ACLED columns that carry one contract field as it is (the ones an analyst can correct)
MACHINE_COLUMNS = (
    "event_date", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1",
    "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "civilian_targeting", "country",
    "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "source", "notes",
    "fatalities",
)
REVIEW_CSV_COLUMNS = ("review_status", "reviewed_by", *(f"{c}_machine" for c in MACHINE_COLUMNS))


def review_of(review: Review | None, event_id: str) -> dict[str, Any]:
    found = (review or {}).get(event_id) or {}
    return {"status": found.get("status", "unreviewed"), "by": found.get("by"),
            "machine_values": dict(found.get("machine_values") or {})}


def json_safe(value: Any) -> Any:
    """The value with non-finite floats as null: JSON has no Infinity or NaN, and a file holding
    them is not JSON any reader must accept."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: json_safe(v) for k, v in value.items()}
    if isinstance(value, list):
        return [json_safe(v) for v in value]
    return value
