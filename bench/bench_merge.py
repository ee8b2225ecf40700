"""Cross-document merging cost as the store grows.

Bulk-creates N synthetic stored reports (SQLite, Core executemany, one cluster each) spread over
five years and a few hundred places in Syria, then times Store.save_document for new documents
whose records are looked up against them (indexed candidate lookup + merge.same_event + cluster
assignment + near-duplicate band lookup). Half of the new records report an event already stored,
so they join its cluster. The per-record cost must stay roughly flat as N grows (no all-pairs).

    .venv/bin/python bench/bench_merge.py            # 10k and 100k
    .venv/bin/python bench/bench_merge.py 10000 50000 --docs 200
"""
from __future__ import annotations

import argparse
import hashlib
import random
import statistics
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import insert, select

from sitroom.model import CountRange, Document, EventRecord
from sitroom.store import EventFilter, Store, clusters
from sitroom.store.schema import DocumentBandRow, DocumentRow, EventRow

START = date(2014, 1, 1)
DAYS = 5 * 365
TYPES = [
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Battles", "Armed clash"),
    ("Violence against civilians", "Attack"),
    ("Protests", "Peaceful protest"),
]
EVENTS_PER_DOC = 5


def places(rng: random.Random, n: int = 400) -> list[tuple[str, float, float]]:
    return [(f"Place {i}", rng.uniform(32.5, 37.2), rng.uniform(35.8, 42.2)) for i in range(n)]


def synthetic(rng: random.Random, where: list[tuple[str, float, float]], doc_id: str, k: int) -> EventRecord:
    name, lat, lon = rng.choice(where)
    etype, sub = rng.choice(TYPES)
    day = (START + timedelta(days=rng.randrange(DAYS))).isoformat()
    killed = rng.randrange(0, 40)
    return EventRecord(
        event_id=f"ev-{doc_id}-{k}", doc_id=doc_id, event_date=day, date_start=day, date_end=day,
        time_precision=1, disorder_type="Political violence", event_type=etype, sub_event_type=sub,
        actor1=rng.choice(["Military Forces of Syria (2000-)", "Military Forces of Russia (2000-)",
                           "Unidentified Armed Group (Syria)"]),
        country="Syria", iso3="SYR", location=name, latitude=lat + rng.uniform(-0.01, 0.01),
        longitude=lon + rng.uniform(-0.01, 0.01), geo_precision=2, fatalities=killed,
        counts={"killed": CountRange(killed, killed, killed)}, source=f"Source {rng.randrange(50)}",
        attribution={"sources": [f"Source {rng.randrange(50)}"], "hedged": False}, confidence=0.7,
    )


def bulk_fill(store: Store, n: int, rng: random.Random, where) -> list[EventRecord]:
    """Insert n reports (n / EVENTS_PER_DOC documents) with executemany; returns a sample of them."""
    now = datetime.now(timezone.utc)
    n_docs = n // EVENTS_PER_DOC
    sample: list[EventRecord] = []
    with store.engine.begin() as conn:
        docs = [
            {"id": i + 1, "doc_id": f"bulk-{i}", "date_source": "input", "media_type": "text",
             "content_hash": hashlib.sha256(str(i).encode()).hexdigest(), "input_hash": "x",
             "text": f"synthetic document {i}", "ingested_at": now, "updated_at": now}
            for i in range(n_docs)
        ]
        conn.execute(insert(DocumentRow), docs)
        bands = [{"document_id": i + 1, "key": f"{b}:{rng.getrandbits(64):016x}"}
                 for i in range(n_docs) for b in range(16)]
        conn.execute(insert(DocumentBandRow), bands)
        rows = []
        for i in range(n_docs):
            for k in range(EVENTS_PER_DOC):
                rec = synthetic(rng, where, f"bulk-{i}", k)
                if len(sample) < 1000 and rng.random() < 0.05:
                    sample.append(rec)
                rows.append({
                    "event_id": rec.event_id, "cluster_id": rec.event_id, "document_id": i + 1,
                    "report_kind": "incident", "event_date": date.fromisoformat(rec.event_date),
                    "date_start": date.fromisoformat(rec.date_start), "date_end": date.fromisoformat(rec.date_end),
                    "time_precision": 1, "disorder_type": rec.disorder_type, "event_type": rec.event_type,
                    "sub_event_type": rec.sub_event_type, "actor1": rec.actor1, "assoc_actor_1": "",
                    "actor2": "", "assoc_actor_2": "", "inter1": "", "inter2": "", "civilian_targeting": "",
                    "country": "Syria", "iso3": "SYR", "admin1": "", "admin2": "", "location": rec.location,
                    "latitude": rec.latitude, "longitude": rec.longitude, "geo_precision": 2,
                    "fatalities": rec.fatalities, "counts": {"killed": rec.counts["killed"].to_dict()},
                    "source": rec.source, "attribution": rec.attribution, "corroboration": 1,
                    "reliability": "single source", "confidence": 0.7, "notes": "", "extra": {},
                    "created_at": now, "updated_at": now,
                })
            if len(rows) >= 20_000:
                conn.execute(insert(EventRow), rows)
                rows = []
        if rows:
            conn.execute(insert(EventRow), rows)
    return sample


def new_documents(rng: random.Random, where, sample: list[EventRecord], n_docs: int, tag: str):
    """Documents of 3 records each: one re-reports a stored event, the others are new."""
    out = []
    for i in range(n_docs):
        doc_id = f"new-{tag}-{i}"
        recs = []
        for k in range(3):
            if k == 0 and sample:
                base = rng.choice(sample)
                rec = synthetic(rng, where, doc_id, k)
                for name in ("event_date", "date_start", "date_end", "event_type", "sub_event_type",
                             "actor1", "location", "latitude", "longitude"):
                    setattr(rec, name, getattr(base, name))
            else:
                rec = synthetic(rng, where, doc_id, k)
            recs.append(rec)
        text = f"New report {doc_id}: " + " ".join(f"word{rng.randrange(10_000)}" for _ in range(120))
        out.append((Document(doc_id, text, publisher=f"Outlet {i % 30}"), recs))
    return out


class Timed:
    """Wraps clusters.assign_clusters to add up the time spent on cross-document merging alone
    (candidate lookup, same_event, cluster ids), apart from writing rows and committing."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.real = clusters.assign_clusters

    def __call__(self, *args, **kwargs):
        t = time.perf_counter()
        try:
            return self.real(*args, **kwargs)
        finally:
            self.seconds += time.perf_counter() - t


def run(n: int, n_docs: int, seed: int) -> dict[str, float]:
    rng = random.Random(seed)
    where = places(rng)
    with tempfile.TemporaryDirectory() as tmp:
        with Store.open(f"sqlite:///{Path(tmp) / 'bench.db'}") as store:
            t0 = time.perf_counter()
            sample = bulk_fill(store, n, rng, where)
            fill_s = time.perf_counter() - t0
            docs = new_documents(rng, where, sample, n_docs, str(n))
            per_doc = []
            joined = records = 0
            timed = Timed()
            clusters.assign_clusters = timed
            try:
                t0 = time.perf_counter()
                for doc, recs in docs:
                    t = time.perf_counter()
                    result = store.save_document(doc, [], recs)
                    per_doc.append(time.perf_counter() - t)
                    joined += result.events_joined
                    records += len(recs)
                save_s = time.perf_counter() - t0
            finally:
                clusters.assign_clusters = timed.real
            t = time.perf_counter()
            page = store.events(EventFilter(limit=100))
            read_ms = (time.perf_counter() - t) * 1000
            with store.engine.connect() as conn:
                total = conn.execute(select(EventRow.id).order_by(EventRow.id.desc()).limit(1)).scalar()
            n_events = store.count_events()
    return {
        "stored": n, "rows_after": total, "events_after": n_events, "fill_s": fill_s, "docs": n_docs,
        "records": records, "joined": joined, "save_s": save_s,
        "ms_per_record": save_s / records * 1000, "merge_ms_per_record": timed.seconds / records * 1000,
        "median_ms_per_doc": statistics.median(per_doc) * 1000, "read_100_ms": read_ms, "page": len(page),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sizes", nargs="*", type=int, default=[10_000, 100_000])
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    print("ms/record: whole save (rows, evidence, fingerprint, commit); merge ms/record: cluster "
          "assignment alone (candidate lookup + same_event)")
    print(f"{'stored':>8} {'fill s':>7} {'docs':>5} {'records':>7} {'joined':>6} {'save s':>7} "
          f"{'ms/record':>9} {'merge ms/record':>15} {'median ms/doc':>13} {'events() 100 ms':>15}")
    for n in args.sizes:
        r = run(n, args.docs, args.seed)
        print(f"{r['stored']:>8} {r['fill_s']:>7.1f} {r['docs']:>5} {r['records']:>7} {r['joined']:>6} "
              f"{r['save_s']:>7.2f} {r['ms_per_record']:>9.2f} {r['merge_ms_per_record']:>15.3f} "
              f"{r['median_ms_per_doc']:>13.2f} "
              f"{r['read_100_ms']:>15.1f}")


if __name__ == "__main__":
    main()
