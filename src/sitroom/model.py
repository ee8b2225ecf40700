"""The data that flows through sitroom: documents, entries, evidence and event records.

These dataclasses are the contract between stages (ingest -> extract -> resolve -> store ->
serve/export). `EventRecord.to_dict()` gives exactly the JSON shape DESIGN.md specifies, so the
CLI, the API and every export print the same thing.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

COUNT_CATEGORIES = ("killed", "injured", "detained", "abducted", "displaced", "evacuated")


@dataclass
class Document:
    """One input document after reading: plain text plus what is known about where it came from."""

    doc_id: str
    text: str
    url: str | None = None
    publisher: str | None = None
    title: str | None = None
    pub_date: date | None = None
    # where pub_date came from: "cli", "metadata", "input", or "unknown" when nothing said
    date_source: str = "unknown"
    media_type: str = "text"

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass
class Entry:
    """A live-blog update (or the whole article): a slice of the document text with its own time."""

    index: int
    start: int
    end: int
    heading: str | None = None
    timestamp: str | None = None  # e.g. "14:45 GMT" when the entry carried one
    entry_date: date | None = None
    kind: str = "article"  # "update", "original", "section" or "article"

    def text_of(self, doc: Document) -> str:
        return doc.text[self.start : self.end]


@dataclass
class Evidence:
    """The words of the document a field's value came from (character offsets into Document.text)."""

    field: str
    start: int
    end: int
    text: str

    @classmethod
    def from_doc(cls, field_name: str, doc_text: str, start: int, end: int) -> "Evidence":
        return cls(field_name, start, end, doc_text[start:end])


@dataclass
class CountRange:
    low: int | None
    best: int | None
    high: int | None

    def to_dict(self) -> dict[str, int | None]:
        return {"low": self.low, "best": self.best, "high": self.high}


@dataclass
class EventRecord:
    """One real-world event (or one tally when report_kind == "aggregate")."""

    event_id: str = ""
    doc_id: str = ""
    report_kind: str = "incident"
    event_date: str | None = None
    date_start: str | None = None
    date_end: str | None = None
    time_precision: int | None = None
    disorder_type: str = ""
    event_type: str = ""
    sub_event_type: str = ""
    actor1: str = ""
    assoc_actor_1: str = ""
    actor2: str = ""
    assoc_actor_2: str = ""
    inter1: str = ""
    inter2: str = ""
    civilian_targeting: str = ""
    country: str = ""
    iso3: str = ""
    admin1: str = ""
    admin2: str = ""
    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    fatalities: int = 0
    counts: dict[str, CountRange] = field(default_factory=dict)
    source: str = ""
    attribution: dict[str, Any] = field(default_factory=lambda: {"sources": [], "hedged": False})
    confidence: float = 0.0
    notes: str = ""
    evidence: list[Evidence] = field(default_factory=list)
    # how many independent sources report it, and a grade in the spirit of Airwars' grading
    corroboration: int = 1
    reliability: str = "single source"
    # not part of the printed contract, but kept for the store and merging
    extra: dict[str, Any] = field(default_factory=dict)

    CONTRACT_FIELDS = (
        "event_id", "doc_id", "report_kind", "event_date", "date_start", "date_end",
        "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1",
        "assoc_actor_1", "actor2", "assoc_actor_2", "inter1", "inter2", "civilian_targeting",
        "country", "iso3", "admin1", "admin2", "location", "latitude", "longitude",
        "geo_precision", "fatalities", "counts", "source", "attribution", "corroboration", "reliability",
        "confidence", "notes", "evidence",
    )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in self.CONTRACT_FIELDS:
            value = getattr(self, name)
            if name == "counts":
                value = {k: v.to_dict() for k, v in value.items()}
            elif name == "evidence":
                value = [asdict(e) for e in value]
            out[name] = value
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "EventRecord":
        kwargs = {k: data[k] for k in cls.CONTRACT_FIELDS if k in data}
        kwargs["counts"] = {k: CountRange(**v) for k, v in (data.get("counts") or {}).items()}
        kwargs["evidence"] = [Evidence(**e) for e in (data.get("evidence") or [])]
        kwargs["extra"] = dict(data.get("extra") or {})
        return cls(**kwargs)

    def add_evidence(self, field_name: str, doc_text: str, start: int, end: int) -> None:
        """Record a span once; the same field+span is never listed twice."""
        self.add_evidence_item(Evidence.from_doc(field_name, doc_text, start, end))

    def add_evidence_item(self, ev: Evidence) -> None:
        """Append `ev` unless the same field+span is listed; constant time through an index of the
        spans, so a record that gathers thousands of sentences does not cost their square."""
        keys = self._evidence_keys()
        key = (ev.field, ev.start, ev.end)
        if key not in keys:
            self.evidence.append(ev)
            keys.add(key)
            self.__dict__["_evidence_index"][1] += 1

    def _evidence_keys(self) -> set[tuple[str, int, int]]:
        # [the list indexed, how many items it had, their keys]; rebuilt when the list was replaced
        # or changed behind our back (it is a plain public list), so the index is never stale
        index = self.__dict__.get("_evidence_index")
        if index is None or index[0] is not self.evidence or index[1] != len(self.evidence):
            index = [self.evidence, len(self.evidence), {(e.field, e.start, e.end) for e in self.evidence}]
            self.__dict__["_evidence_index"] = index
        return index[2]


def stable_event_id(doc_id: str, *anchor_parts: str) -> str:
    """Same document and same evidence give the same id on every run.

    Anchors are texts (entry key, trigger sentence), not offsets, so the id survives a live blog
    growing new updates on top, which shifts every offset below them.
    """
    key = "\x1f".join((doc_id, *anchor_parts))
    return "ev-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
