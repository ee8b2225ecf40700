"""Score extraction against an analyst's own hand-coded rows (ACLED-format CSV).

Each row's `notes` column is taken as the text of a report; sitroom extracts it and its first
record is compared field by field with the row. This lets a team measure sitroom on their own
region and language before trusting it, without sharing their data with anyone.
"""
from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from sitroom.errors import InputError
from sitroom.model import Document, EventRecord

COMPARED_FIELDS = (
    "event_type", "sub_event_type", "event_date", "actor1", "actor2", "admin1", "location", "fatalities",
)
LOCATION_KM = 25.0


@dataclass
class FieldScore:
    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


@dataclass
class EvaluationReport:
    rows: int = 0
    with_event: int = 0
    fields: dict[str, FieldScore] = field(default_factory=lambda: {f: FieldScore() for f in COMPARED_FIELDS})
    mismatches: list[tuple[str, str, str, str]] = field(default_factory=list)  # row id, field, gold, got

    def as_dict(self) -> dict:
        return {
            "rows": self.rows,
            "with_event": self.with_event,
            "accuracy": {k: round(v.accuracy, 4) for k, v in self.fields.items()},
            "counted": {k: v.total for k, v in self.fields.items()},
        }


def _norm(text: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", " ", (text or "").lower()).strip()


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def read_gold(text: str, source: str) -> list[dict[str, str]]:
    """Rows of an ACLED-format CSV; `notes` is required, other columns are scored when present."""
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "notes" not in reader.fieldnames:
        raise InputError(source, "not an ACLED-format CSV: it has no 'notes' column")
    rows = [r for r in reader if (r.get("notes") or "").strip()]
    if not rows:
        raise InputError(source, "no rows with text in the 'notes' column")
    return rows


def _gold_date(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    for parse in (date.fromisoformat,):
        try:
            return parse(value[:10]).isoformat()
        except ValueError:
            pass
    from dateutil import parser as dateparser

    try:
        return dateparser.parse(value, dayfirst=True).date().isoformat()
    except (ValueError, OverflowError):
        return None


def compare(row: dict[str, str], rec: EventRecord | None, report: EvaluationReport, row_id: str) -> None:
    """Add one row's field comparisons to the report (only fields the gold row fills)."""
    for name in COMPARED_FIELDS:
        gold = (row.get(name) or "").strip()
        if name not in row or (not gold and name not in ("actor2",)):
            continue
        score = report.fields[name]
        score.total += 1
        got: str
        if rec is None:
            ok, got = False, "(no event)"
        elif name == "event_date":
            got = rec.event_date or ""
            ok = _gold_date(gold) == got
        elif name == "fatalities":
            got = str(rec.fatalities)
            ok = gold.isdigit() and int(gold) == rec.fatalities
        elif name == "location":
            got = rec.location
            glat, glon = _float(row.get("latitude")), _float(row.get("longitude"))
            if glat is not None and glon is not None and rec.latitude is not None and rec.longitude is not None:
                ok = _km(glat, glon, rec.latitude, rec.longitude) <= LOCATION_KM
            else:
                ok = _norm(gold) == _norm(rec.location)
        else:
            got = str(getattr(rec, name) or "")
            ok = _norm(gold) == _norm(got)
        if ok:
            score.correct += 1
        else:
            report.mismatches.append((row_id, name, gold, got))


def evaluate_rows(rows: Iterable[dict[str, str]]) -> EvaluationReport:
    """Extract each row's notes and compare the first conflict record with the row."""
    from sitroom.extract.pipeline import extract_document

    report = EvaluationReport()
    for n, row in enumerate(rows, start=1):
        row_id = row.get("event_id_cnty") or str(n)
        report.rows += 1
        doc = Document(doc_id=row_id, text=row["notes"].strip())
        _, records = extract_document(doc)
        incidents = [r for r in records if r.report_kind == "incident"]
        rec = incidents[0] if incidents else (records[0] if records else None)
        if rec is not None:
            report.with_event += 1
        compare(row, rec, report, row_id)
    return report


def format_report(report: EvaluationReport, show_errors: int = 0) -> str:
    lines = [f"rows: {report.rows}  with an event: {report.with_event}", "field            accuracy   n"]
    for name, score in report.fields.items():
        if score.total:
            lines.append(f"{name:<16} {score.accuracy:8.3f} {score.total:4d}")
    for row_id, name, gold, got in report.mismatches[:show_errors]:
        lines.append(f"- {row_id} {name}: gold {gold!r}, got {got!r}")
    return "\n".join(lines)
