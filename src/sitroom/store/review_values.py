"""The record contract applied to an analyst's value: each edited field is turned into the type
the contract gives it and checked against the contract's range, so no correction can store a
value a map, a chart or an export could not hold (a latitude of 500, -5 dead, Infinity).

A refused value raises FieldError naming the field and the reason (the API answers 422).
"""
from __future__ import annotations

import math
from datetime import date, datetime, timedelta, timezone
from typing import Any

from sitroom.model import CountRange, EventRecord
from sitroom.resolve.merge import GRADES

from .convert import StoreError

EDITABLE_FIELDS = tuple(
    f for f in EventRecord.CONTRACT_FIELDS if f not in ("event_id", "doc_id", "evidence", "attribution")
)
PRECISION_FIELDS = ("time_precision", "geo_precision")  # ACLED: 1, 2 or 3
DATE_FIELDS = ("event_date", "date_start", "date_end")
COUNT_CATEGORIES = ("killed", "injured", "abducted", "detained", "displaced", "evacuated")
EARLIEST_DATE = date(1900, 1, 1)  # older dates are typing slips, not events of a crisis monitor
MAX_COUNT = 1_000_000  # beyond any single reported event; larger figures are slips
MAX_TEXT = 10_000


class FieldError(StoreError):
    """An edited value the record contract does not allow."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field, self.reason = field, reason


def _number(name: str, value: Any) -> float:
    if isinstance(value, bool):
        raise FieldError(name, "expected a number, not true/false")
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise FieldError(name, f"not a number: {value!r}") from None
    if not math.isfinite(number):
        raise FieldError(name, "must be a finite number")
    return number


def _whole(name: str, value: Any, low: int, high: int) -> int:
    number = _number(name, value)
    if not number.is_integer():
        raise FieldError(name, f"must be a whole number, not {value!r}")
    if not low <= number <= high:
        raise FieldError(name, f"must be between {low} and {high}, not {int(number)}")
    return int(number)


def _in_range(name: str, value: Any, low: float, high: float) -> float:
    number = _number(name, value)
    if not low <= number <= high:
        raise FieldError(name, f"must be between {low:g} and {high:g}, not {number:g}")
    return number


def _date(name: str, value: Any) -> str | None:
    if value in ("", None):
        return None
    if not isinstance(value, str):
        raise FieldError(name, "expected a date YYYY-MM-DD")
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise FieldError(name, f"not a date YYYY-MM-DD: {value!r}") from None
    latest = (datetime.now(timezone.utc) + timedelta(days=1)).date()
    if not EARLIEST_DATE <= day <= latest:
        raise FieldError(name, f"must be between {EARLIEST_DATE.isoformat()} and today, not {value}")
    return day.isoformat()


def _counts(value: Any) -> dict[str, dict[str, int | None]]:
    if not isinstance(value, dict):
        raise FieldError("counts", "expected {category: {low, best, high}}")
    out = {}
    for category, rng in value.items():
        if category not in COUNT_CATEGORIES:
            raise FieldError("counts", f"unknown category {category!r} (one of {', '.join(COUNT_CATEGORIES)})")
        if not isinstance(rng, dict) or set(rng) - {"low", "best", "high"}:
            raise FieldError("counts", f"{category}: expected {{low, best, high}}")
        figures = {k: None if rng.get(k) in (None, "") else _whole(f"counts.{category}.{k}", rng[k], 0, MAX_COUNT)
                   for k in ("low", "best", "high")}
        given = [figures[k] for k in ("low", "best", "high") if figures[k] is not None]
        if given != sorted(given):
            raise FieldError("counts", f"{category}: low <= best <= high does not hold")
        out[category] = CountRange(**figures).to_dict()
    return out


def _text(name: str, value: Any) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise FieldError(name, "expected text")
    if "\x00" in value:
        raise FieldError(name, "contains a NUL character")
    if len(value) > MAX_TEXT:
        raise FieldError(name, f"longer than {MAX_TEXT} characters")
    return value


def coerce_value(name: str, value: Any) -> Any:
    """The analyst's value (form text or JSON) as the contract's type; FieldError when the
    contract does not allow it. Empty form fields clear optional values."""
    if name not in EDITABLE_FIELDS:
        raise FieldError(name, "cannot be edited")
    if isinstance(value, str):
        value = value.strip()
    blank = value in ("", None)
    if name in PRECISION_FIELDS:
        return None if blank else _whole(name, value, 1, 3)
    if name == "fatalities":
        return 0 if blank else _whole(name, value, 0, MAX_COUNT)
    if name == "corroboration":
        return 1 if blank else _whole(name, value, 1, 10_000)
    if name == "latitude":
        return None if blank else _in_range(name, value, -90, 90)
    if name == "longitude":
        return None if blank else _in_range(name, value, -180, 180)
    if name == "confidence":
        return 0.0 if blank else _in_range(name, value, 0, 1)
    if name in DATE_FIELDS:
        return _date(name, value)
    if name == "counts":
        return _counts(value)
    if name == "report_kind" and value not in ("incident", "aggregate"):
        raise FieldError(name, "must be incident or aggregate")
    if name == "reliability" and value not in GRADES:
        raise FieldError(name, f"must be one of {', '.join(GRADES)}")
    return _text(name, value)


def check_changes(changes: dict[str, Any]) -> dict[str, Any]:
    """Every change coerced, plus the checks across fields: a date range that runs forwards and
    coordinates given in pairs."""
    values = {name: coerce_value(name, value) for name, value in changes.items()}
    start, end = values.get("date_start"), values.get("date_end")
    if start and end and start > end:
        raise FieldError("date_end", "is before date_start")
    if ("latitude" in values) != ("longitude" in values) and None in (values.get("latitude", 0),
                                                                      values.get("longitude", 0)):
        raise FieldError("latitude" if "latitude" in values else "longitude",
                         "clear latitude and longitude together")
    return values
