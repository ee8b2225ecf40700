"""Shared helpers for the fifth development set (own_dev5)'s generator scripts.

Documents are written by hand as Python literals so that each coded event sits next to the
text it codes. Before any JSON is written these helpers expand the short type codes and check
that every evidence quote is a substring of its document, that every date is ISO and ordered,
that the document length is in the 300-1,200-word band and that no event id repeats.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

GROUPS = {
    "B": "Battles",
    "ERV": "Explosions/Remote violence",
    "VAC": "Violence against civilians",
    "P": "Protests",
    "R": "Riots",
    "SD": "Strategic developments",
}
GENRES = {"wire", "liveblog", "ngo", "none"}


def accept(spec: str) -> list:
    """'ERV:Air/drone strike|B:Armed clash' -> [[group, sub], ...]; '*' accepts any type."""
    out = []
    for part in spec.split("|"):
        if part == "*":
            out.append(["*", None])
            continue
        g, sub = part.split(":", 1)
        if g not in GROUPS:
            raise SystemExit(f"unknown type group {g!r}")
        out.append([GROUPS[g], sub or None])
    return out


def ev(id: str, must: bool, kind: str, types: str, date: tuple, places: list, country: str,
       fat: int | None = None, actor1: list | None = None, source: list | None = None,
       evidence: str | None = None) -> dict:
    """One coded event in the scorer's gold format."""
    assert kind in ("incident", "aggregate"), kind
    d0, d1 = dt.date.fromisoformat(date[0]), dt.date.fromisoformat(date[-1])
    assert d0 <= d1, (id, date)
    e = {"id": id, "must": must, "kind": kind, "accept": accept(types),
         "date": [date[0], date[-1]], "places": places, "country": country}
    if fat is not None:
        e["fatalities"] = fat
    if actor1:
        e["actor1"] = actor1
    if source:
        e["source"] = source
    if evidence:
        e["evidence"] = evidence
    return e


def doc(id: str, date: str, genre: str, text: str, events: list) -> dict:
    text = text.strip("\n")
    assert genre in GENRES, genre
    dt.date.fromisoformat(date)
    words = len(text.split())
    if not 300 <= words <= 1200:
        raise SystemExit(f"{id}: {words} words, outside 300-1,200")
    ids = [e["id"] for e in events]
    assert len(ids) == len(set(ids)), f"{id}: duplicate event id"
    for e in events:
        if e.get("evidence") and e["evidence"] not in text:
            raise SystemExit(f"{id}/{e['id']}: evidence not in text: {e['evidence']!r}")
        # a live blog is dated by its first update; its later updates may cross midnight
        latest = dt.date.fromisoformat(date) + dt.timedelta(days=1 if genre == "liveblog" else 0)
        assert dt.date.fromisoformat(e["date"][0]) <= latest, f"{id}/{e['id']}: event after publication"
    return {"id": id, "url": "", "date": date, "genre": genre, "text": text, "events": events}


def write(name: str, docs: list) -> None:
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids)), "duplicate document id"
    path = Path(__file__).resolve().parent.parent / name
    path.write_text(json.dumps({"docs": docs}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{path.name}: {len(docs)} documents, {sum(len(d['events']) for d in docs)} events")
