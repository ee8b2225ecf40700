"""Load test of `sitroom serve --workers N`: concurrent readers against a filled store.

Fills a store (SQLite file, or a fresh schema of a PostgreSQL database) with N synthetic events
(bench_api.fill), starts `sitroom serve --workers W` on a free port of 127.0.0.1 only, then runs
C concurrent clients, each sending dashboard-like reads (filtered /api/events pages, map points,
daily aggregates, one event) for a fixed duration, and prints requests/s, p50, p95, errors and
the CPU the server's processes spent per request (steadier than the rest on a shared machine).
Bounded: the duration and a per-request timeout cap the run; the server is stopped at the end.
Target (issue 15): 20 concurrent readers, p95 < 500 ms at ~10k events on 2 cores.

    .venv/bin/python bench/bench_load.py [--events 10000] [--clients 20] [--workers 2] [--seconds 30]
        [--db sqlite|postgresql+psycopg://postgres@127.0.0.1:5432/test]
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx
from sqlalchemy import create_engine, make_url, text

from bench_api import PLACES, TYPES, fill, free_port, pct, random_query
from sitroom.store import Store

HOST = "127.0.0.1"  # never anything else: this tool must not load a server elsewhere


def make_store_url(db: str, tmp: Path) -> tuple[str, callable]:
    """A URL to an empty store and a cleanup function."""
    if db == "sqlite":
        return f"sqlite:///{tmp / 'load.db'}", lambda: None
    base = make_url(db)
    if base.get_backend_name() != "postgresql" or (base.host or HOST) not in (HOST, "localhost"):
        sys.exit(f"bench_load: --db {db}: only sqlite or a PostgreSQL on 127.0.0.1")
    schema = f"sitroom_load_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))

    def drop() -> None:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()
    url = base.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)
    return url, drop


def request_mix(rnd: random.Random, event_ids: list[str]) -> tuple[str, dict[str, str]]:
    """What a dashboard reader asks for, in rough proportion: pages of the table, map points and
    the timeline of a filtered view, and single events."""
    r = rnd.random()
    if r < 0.5:
        return "/api/events", random_query(rnd)
    q = {"event_type": rnd.choice(list(TYPES))}
    if rnd.random() < 0.5:
        q["place"] = rnd.choice(PLACES)[0]
    if r < 0.7:
        return "/api/map", q
    if r < 0.9:
        return "/api/aggregates/daily", q
    return f"/api/events/{rnd.choice(event_ids)}", {}


async def client_loop(base: str, seed: int, until: float, lat: list[float], errors: list[str],
                      event_ids: list[str]) -> None:
    rnd = random.Random(seed)
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        while time.perf_counter() < until:
            path, params = request_mix(rnd, event_ids)
            t0 = time.perf_counter()
            try:
                resp = await client.get(path, params=params)
                if resp.status_code != 200:
                    errors.append(f"{resp.status_code} {path}")
            except httpx.HTTPError as exc:
                errors.append(f"{type(exc).__name__} {path}")
            lat.append((time.perf_counter() - t0) * 1000)


def group_cpu_seconds(pgid: int) -> float:
    """CPU time (user + system) of the live processes of a process group: the server's workers.
    Unlike requests/s it hardly depends on what else the shared machine is running."""
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[2]) == pgid:  # fields after "pid (comm)": state ppid pgrp ... utime stime
            total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def wait_ready(base: str, proc: subprocess.Popen, limit: float = 90) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            sys.exit(f"bench_load: the server exited with {proc.returncode}")
        try:
            if httpx.get(base + "/api/events", params={"limit": "1"}, timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    sys.exit("bench_load: the server did not answer within 90 s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=10_000)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--seconds", type=float, default=30, help="how long the clients send requests (max 300)")
    ap.add_argument("--db", default="sqlite", help="sqlite, or a PostgreSQL URL on 127.0.0.1")
    args = ap.parse_args()
    seconds = min(max(args.seconds, 1), 300)

    with tempfile.TemporaryDirectory() as tmp:
        url, cleanup = make_store_url(args.db, Path(tmp))
        try:
            store = Store.open(url)
            fill(store, args.events)
            store.close()
            event_ids = [f"ev-bench-{i:07d}" for i in range(1, args.events + 1, max(1, args.events // 500))]
            port = free_port()
            env = dict(os.environ, SITROOM_DB=url, SITROOM_PUBLIC_READ="1")
            proc = subprocess.Popen(
                [sys.executable, "-m", "sitroom.cli", "serve", "--host", HOST, "--port", str(port),
                 "--workers", str(args.workers)],
                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
            base = f"http://{HOST}:{port}"
            try:
                wait_ready(base, proc)
                lat: list[float] = []
                errors: list[str] = []
                until = time.perf_counter() + seconds
                t0 = time.perf_counter()
                cpu0 = group_cpu_seconds(proc.pid)

                async def run_all() -> None:
                    await asyncio.gather(*(client_loop(base, 100 + i, until, lat, errors, event_ids)
                                           for i in range(args.clients)))
                asyncio.run(run_all())
                wall = time.perf_counter() - t0
                cpu = group_cpu_seconds(proc.pid) - cpu0
            finally:
                os.killpg(proc.pid, signal.SIGTERM)
                try:
                    proc.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, signal.SIGKILL)
        finally:
            cleanup()
    kind = "sqlite" if args.db == "sqlite" else "postgresql"
    print(f"{kind}: {args.events} events, {args.clients} clients, {args.workers} workers, {wall:.0f} s: "
          f"{len(lat) / wall:.1f} requests/s, p50 {statistics.median(lat):.0f} ms, p95 {pct(lat, 95):.0f} ms, "
          f"max {max(lat):.0f} ms, errors {len(errors)} (target p95 < 500 ms); "
          f"server CPU {cpu / max(1, len(lat)) * 1000:.1f} ms/request (database server's apart), "
          f"machine load {os.getloadavg()[0]:.1f}")
    if errors:
        print("  first errors:", errors[:5])


if __name__ == "__main__":
    main()
