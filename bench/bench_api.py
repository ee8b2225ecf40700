"""Benchmark of the web layer on a large SQLite store.

Fills a SQLite store with N synthetic events (bulk insert, default 100k), serves it with uvicorn
on a free local port, then measures
  - latency of filtered /api/events pages (limit 100) over ~200 requests (p50, p95, max),
  - latency of the dashboard HTML and of its data calls (map points, daily aggregates),
  - the bytes of the dashboard's first load: HTML + CSS + JS + Leaflet + basemap, as sent
    (gzip) and uncompressed, with the data calls listed apart.
Targets (issue 7, 14): p95 < 300 ms, first load < 300 KB gzipped (with the map's and timeline's
data at 2,600 events: --events 2600).

    .venv/bin/python bench/bench_api.py [--events 100000] [--requests 200] [--db PATH]
"""
from __future__ import annotations

import argparse
import json
import random
import socket
import statistics
import tempfile
import threading
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import httpx
from sqlalchemy import insert

from sitroom.serve.app import create_app
from sitroom.serve.settings import Settings
from sitroom.store import Store
from sitroom.store.schema import DocumentRow, EventRow, EvidenceRow

TYPES = {
    "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
    "Explosions/Remote violence": ["Air/drone strike", "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Suicide bomb"],
    "Violence against civilians": ["Attack", "Abduction/forced disappearance"],
    "Protests": ["Peaceful protest", "Protest with intervention"],
    "Strategic developments": ["Arrests", "Looting/property destruction", "Other"],
}
PLACES = [("Aleppo", 36.20, 37.16), ("Idlib", 35.93, 36.63), ("Homs", 34.73, 36.71), ("Hama", 35.13, 36.75),
          ("Daraa", 32.62, 36.10), ("Raqqa", 35.95, 39.01), ("Deir ez-Zor", 35.34, 40.14),
          ("Douma", 33.57, 36.40), ("Saraqib", 35.86, 36.80), ("Maarat al-Numan", 35.65, 36.68)]
ACTORS = ["Military Forces of Syria (2000-)", "Opposition Rebels (Syria)", "Civilians (Syria)",
          "Military Forces of Russia (2000-)", "Islamic State (Syria)", "SDF: Syrian Democratic Forces"]
RELIABILITY = ["single source", "corroborated", "disputed"]
START = date(2015, 1, 1)


def fill(store: Store, n: int, seed: int = 7) -> float:
    """Bulk-insert n events (one evidence span each) under 100 documents; returns seconds."""
    rnd = random.Random(seed)
    t0 = time.perf_counter()
    now = datetime.now(timezone.utc)
    text = "Synthetic benchmark document. " * 20
    with store.engine.begin() as conn:
        conn.execute(insert(DocumentRow), [
            {"id": d + 1, "doc_id": f"bench/doc-{d}", "date_source": "cli", "media_type": "text",
             "content_hash": f"h{d}", "input_hash": f"i{d}", "text": text, "ingested_at": now, "updated_at": now}
            for d in range(100)])
        batch, ev_batch = [], []
        for i in range(1, n + 1):
            etype = rnd.choice(list(TYPES))
            place, lat, lon = rnd.choice(PLACES)
            kind = "aggregate" if rnd.random() < 0.05 else "incident"
            batch.append({
                "id": i, "event_id": f"ev-bench-{i:07d}", "cluster_id": f"ev-bench-{i:07d}", "document_id": 1 + i % 100, "report_kind": kind,
                "event_date": START + timedelta(days=rnd.randrange(3 * 365)), "date_start": None,
                "date_end": None, "time_precision": 1, "disorder_type": "Political violence",
                "event_type": etype, "sub_event_type": rnd.choice(TYPES[etype]),
                "actor1": rnd.choice(ACTORS), "assoc_actor_1": "", "actor2": rnd.choice(ACTORS),
                "assoc_actor_2": "", "inter1": "", "inter2": "", "civilian_targeting": "",
                "country": "Syria", "iso3": "SYR", "admin1": place, "admin2": "", "location": place,
                "latitude": lat + rnd.uniform(-0.05, 0.05), "longitude": lon + rnd.uniform(-0.05, 0.05),
                "geo_precision": 1, "fatalities": rnd.choice([0, 0, 1, 2, 3, 5, 12]),
                "counts": {}, "source": rnd.choice(["SOHR", "White Helmets", "SANA", "LCC"]) + "; Bench Wire",
                "attribution": {"sources": [], "hedged": False}, "corroboration": 1,
                "reliability": rnd.choice(RELIABILITY), "confidence": rnd.random(),
                "notes": f"Synthetic {etype.lower()} event in {place}.", "extra": {},
                "created_at": now, "updated_at": now, "withdrawn_at": None,
            })
            ev_batch.append({"event_id": i, "position": 0, "field": "location", "start": 0, "end": 9,
                             "text": "Synthetic"})
            if len(batch) == 10_000:
                conn.execute(insert(EventRow), batch)
                conn.execute(insert(EvidenceRow), ev_batch)
                batch, ev_batch = [], []
        if batch:
            conn.execute(insert(EventRow), batch)
            conn.execute(insert(EvidenceRow), ev_batch)
    return time.perf_counter() - t0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def random_query(rnd: random.Random) -> dict[str, str]:
    """A filtered page as an analyst would ask for it: a type, often a date window, a page."""
    q: dict[str, str] = {"limit": "100"}
    etype = rnd.choice(list(TYPES))
    q["event_type"] = etype
    if rnd.random() < 0.6:
        start = START + timedelta(days=rnd.randrange(3 * 365 - 90))
        q["date_from"] = start.isoformat()
        q["date_to"] = (start + timedelta(days=rnd.choice([7, 30, 90]))).isoformat()
    if rnd.random() < 0.3:
        q["place"] = rnd.choice(PLACES)[0]
    if rnd.random() < 0.2:
        q["reliability"] = rnd.choice(RELIABILITY)
    q["offset"] = str(rnd.choice([0, 0, 100, 500]))
    return q


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--db", help="SQLite file to create (default: a temporary one)")
    args = ap.parse_args()

    import uvicorn

    tmp = tempfile.TemporaryDirectory()
    db_path = Path(args.db) if args.db else Path(tmp.name) / "bench.db"
    if db_path.exists():
        db_path.unlink()
    store = Store.open(f"sqlite:///{db_path}")
    secs = fill(store, args.events)
    print(f"filled {args.events} events in {secs:.1f} s ({db_path.stat().st_size / 1e6:.0f} MB SQLite)")

    app = create_app(store, settings=Settings(public_read=True))
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    rnd = random.Random(11)
    try:
        with httpx.Client(base_url=base, timeout=60) as client:
            client.get("/api/events", params={"limit": "1"})  # warm up
            lat = []
            for _ in range(args.requests):
                q = random_query(rnd)
                t0 = time.perf_counter()
                r = client.get("/api/events", params=q)
                lat.append((time.perf_counter() - t0) * 1000)
                r.raise_for_status()
            print(f"/api/events filtered, limit 100, {len(lat)} requests: "
                  f"p50 {statistics.median(lat):.0f} ms, p95 {pct(lat, 95):.0f} ms, max {max(lat):.0f} ms "
                  f"(target p95 < 300 ms)")
            unf = []
            for i in range(20):
                t0 = time.perf_counter()
                client.get("/api/events", params={"limit": "100", "offset": str(i * 1000)}).raise_for_status()
                unf.append((time.perf_counter() - t0) * 1000)
            print(f"/api/events unfiltered pages: p50 {statistics.median(unf):.0f} ms, max {max(unf):.0f} ms")

            first_load = ["/", "/static/style.css", "/vendor/leaflet/leaflet.css", "/vendor/leaflet/leaflet.js",
                          "/vendor/markercluster/MarkerCluster.css", "/vendor/markercluster/MarkerCluster.Default.css",
                          "/vendor/markercluster/leaflet.markercluster.js", "/static/dashboard.js", "/basemap.geojson"]
            data_calls = ["/api/map?", "/api/aggregates/daily?"]
            headers = {"Accept-Encoding": "gzip", "Accept": "text/html,*/*"}
            wire = raw = 0
            print("dashboard first load (bytes sent gzip / uncompressed, ms):")
            for path in first_load + data_calls:
                t0 = time.perf_counter()
                with client.stream("GET", path, headers=headers) as r:
                    body = r.read()
                    sent = r.num_bytes_downloaded
                ms = (time.perf_counter() - t0) * 1000
                r.raise_for_status()
                print(f"  {path:32s} {sent:>9,d} / {len(body):>9,d}  {ms:6.0f} ms")
                wire += sent
                raw += len(body)
            print(f"first load (HTML+CSS+JS+Leaflet+markercluster+basemap+map points+timeline): {wire:,d} bytes "
                  f"sent, {raw:,d} uncompressed (target < 300 KB gzipped = 300,000)")
            filt = []
            for etype in TYPES:  # a Filter click: the page and its two data calls, each first asked
                t0 = time.perf_counter()
                for path in ("/", "/api/map", "/api/aggregates/daily"):
                    client.get(path, params={"event_type": etype, "place": "Aleppo"},
                               headers={"Accept": "text/html,*/*"}).raise_for_status()
                filt.append((time.perf_counter() - t0) * 1000)
            print(f"filter click (page + map + timeline, uncached): p50 {statistics.median(filt):.0f} ms, "
                  f"max {max(filt):.0f} ms over {len(filt)} filters")
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        store.close()
        tmp.cleanup()


if __name__ == "__main__":
    main()
