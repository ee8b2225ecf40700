"""Watching live sources: only new or changed documents are saved, and failures are survived.

Pages and feeds are served by a local HTTP server on 127.0.0.1 whose content the tests change
between polls. Extraction is a small deterministic stand-in (one event per line reporting
deaths), so these tests check the watcher and the store, not the NLP; one test at the end runs
the real pipeline when it is importable.
"""
from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner

from sitroom.errors import InputError
from sitroom.model import Document, Entry, EventRecord, stable_event_id
from sitroom.store import Store
from sitroom.watch.cli import watch, watch_status
from sitroom.watch.poller import Poller, backoff_delay
from sitroom.watch.sources import Source, load_sources, parse_duration
from sitroom.watch.state import StateStore


# -- a deterministic stand-in for the extraction pipeline -------------------------------------

def line_extractor(doc: Document) -> tuple[list[Entry], list[EventRecord]]:
    """One entry per non-empty line; one event per line that says people were killed."""
    entries, records = [], []
    pos = 0
    for line in doc.text.splitlines(keepends=True):
        if line.strip():
            entries.append(Entry(index=len(entries), start=pos, end=pos + len(line.rstrip("\n")), kind="update"))
            match = re.search(r"(\d+) (?:people|civilians) were killed", line)
            if match:
                rec = EventRecord(
                    event_id=stable_event_id(doc.doc_id, line.strip()), doc_id=doc.doc_id,
                    event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
                    disorder_type="Political violence", fatalities=int(match.group(1)), confidence=0.5,
                )
                rec.add_evidence("fatalities", doc.text, pos + match.start(), pos + match.end())
                records.append(rec)
        pos += len(line)
    return entries, records


# -- a local server whose content changes between polls ---------------------------------------

@dataclass
class Route:
    body: bytes = b""
    content_type: str = "text/plain; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None
    status: int = 200
    delay: float = 0.0
    requests: list[dict] = field(default_factory=list)


class Site:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                route = site.routes.get(self.path)
                if route is None:
                    self.send_error(404)
                    return
                route.requests.append(dict(self.headers))
                if route.delay:
                    time.sleep(route.delay)
                if route.status != 200:
                    self.send_error(route.status)
                    return
                inm = self.headers.get("If-None-Match")
                ims = self.headers.get("If-Modified-Since")
                if (route.etag and inm == route.etag) or (not route.etag and route.last_modified and ims == route.last_modified):
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", route.content_type)
                self.send_header("Content-Length", str(len(route.body)))
                if route.etag:
                    self.send_header("ETag", route.etag)
                if route.last_modified:
                    self.send_header("Last-Modified", route.last_modified)
                self.end_headers()
                try:
                    self.wfile.write(route.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def site():
    s = Site()
    yield s
    s.close()


@pytest.fixture
def env(tmp_path):
    store = Store.open(f"sqlite:///{tmp_path / 'events.db'}")
    states = StateStore(f"sqlite:///{tmp_path / 'events.watch.db'}")
    yield store, states
    states.close()
    store.close()


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


BLOG_V1 = (
    "UPDATE 0930 GMT: Shelling hit a market in the east of the town; 6 people were killed.\n"
    "UPDATE 0815 GMT: Residents reported heavy gunfire near the northern checkpoint overnight.\n"
)
BLOG_V2 = "UPDATE 1210 GMT: An air strike on a school annex; 3 civilians were killed, medics said.\n" + BLOG_V1


def feed(items: list[tuple[str, str, str]]) -> bytes:
    body = "".join(
        f"<item><guid>{guid}</guid><title>{title}</title><description>{text}</description>"
        f"<pubDate>Tue, 29 Nov 2016 10:00:00 GMT</pubDate></item>"
        for guid, title, text in items
    )
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
            f"{body}</channel></rss>").encode()


ITEM_A = ("wire-1", "Market shelled", "Shelling struck the central market and 4 people were killed.")
ITEM_B = ("wire-2", "Talks resume", "Negotiators met again in the capital on Tuesday without result.")
ITEM_C = ("wire-3", "Convoy hit", "A roadside bomb hit an aid convoy and 2 people were killed.")


# -- pages ----------------------------------------------------------------------------------

def test_page_etag_304_and_growing_live_blog(site, env):
    store, states = env
    site.routes["/live"] = Route(body=BLOG_V1.encode(), etag='"v1"')
    src = Source("live", site.url("/live"), "page", interval=300)
    clock = Clock()
    poller = Poller(store, states, line_extractor, clock=clock)

    first = poller.poll(src)
    assert first.status == "changed" and first.saved[0].status == "inserted"
    assert store.count_events() == 1

    clock.now += 300
    second = poller.poll(src)
    assert second.status == "not-modified"
    assert site.routes["/live"].requests[-1].get("If-None-Match") == '"v1"'

    site.routes["/live"] = Route(body=BLOG_V2.encode(), etag='"v2"')
    clock.now += 300
    third = poller.poll(src)
    assert third.status == "changed"
    assert third.saved[0].status == "updated"
    assert third.saved[0].events_added == 1 and third.saved[0].events_removed == 0
    assert store.count_events() == 2

    st = states.load("live")
    assert (st.polls, st.changes, st.not_modified, st.errors) == (3, 2, 1, 0)
    assert st.etag == '"v2"' and st.next_poll_at == clock.now + 300


def test_last_modified_is_sent_back(site, env):
    store, states = env
    stamp = formatdate(1_480_000_000, usegmt=True)
    site.routes["/lm"] = Route(body=BLOG_V1.encode(), last_modified=stamp)
    src = Source("lm", site.url("/lm"), "page")
    poller = Poller(store, states, line_extractor)
    assert poller.poll(src).status == "changed"
    assert poller.poll(src).status == "not-modified"
    assert site.routes["/lm"].requests[-1].get("If-Modified-Since") == stamp


def test_same_body_without_validators_is_not_reprocessed(site, env):
    store, states = env
    site.routes["/plain"] = Route(body=BLOG_V1.encode())
    calls = []

    def counting(doc):
        calls.append(doc.doc_id)
        return line_extractor(doc)

    poller = Poller(store, states, counting)
    src = Source("plain", site.url("/plain"), "page")
    assert poller.poll(src).status == "changed"
    assert poller.poll(src).status == "unchanged"
    assert len(calls) == 1


def test_html_live_page(site, env):
    store, states = env
    paras = [
        "Shelling hit the old market district this morning and 6 people were killed, rescuers said.",
        "Residents described heavy gunfire near the northern checkpoint through the night and into dawn.",
        "Aid groups said they could not reach the eastern neighbourhoods because roads remained closed.",
    ]
    html = "<html><head><title>Live</title></head><body><article>" + "".join(
        f"<p>{p}</p>" for p in paras) + "</article></body></html>"
    site.routes["/live.html"] = Route(body=html.encode(), content_type="text/html; charset=utf-8", etag='"h1"')
    out = Poller(store, states, line_extractor).poll(Source("html", site.url("/live.html"), "page"))
    assert out.status == "changed"
    stored = store.document(site.url("/live.html"))
    assert stored is not None and "6 people were killed" in stored[0].text


# -- feeds ----------------------------------------------------------------------------------

def test_feed_only_new_or_changed_items_are_processed(site, env):
    store, states = env
    site.routes["/feed"] = Route(body=feed([ITEM_A, ITEM_B]), content_type="application/rss+xml")
    seen = []

    def recording(doc):
        seen.append(doc.doc_id)
        return line_extractor(doc)

    poller = Poller(store, states, recording)
    src = Source("wire", site.url("/feed"), "feed")
    first = poller.poll(src)
    assert first.status == "changed" and sorted(seen) == ["wire-1", "wire-2"]

    seen.clear()
    site.routes["/feed"].body = feed([ITEM_C, ITEM_A, ITEM_B])
    second = poller.poll(src)
    assert second.status == "changed" and seen == ["wire-3"] and second.skipped == 2

    seen.clear()
    corrected = ("wire-1", "Market shelled", "Shelling struck the central market and 5 people were killed.")
    site.routes["/feed"].body = feed([ITEM_C, corrected, ITEM_B])
    third = poller.poll(src)
    assert seen == ["wire-1"]
    assert third.saved[0].status == "updated"
    assert store.count_events() == 2  # corrected figure replaced, not added
    assert {e.fatalities for e in store.events()} == {5, 2}


# -- failures -------------------------------------------------------------------------------

def test_server_error_backs_off_and_recovers(site, env):
    store, states = env
    site.routes["/down"] = Route(status=500)
    src = Source("down", site.url("/down"), "page", interval=600, max_backoff=200)
    clock = Clock()
    poller = Poller(store, states, line_extractor, clock=clock)
    delays = []
    for _ in range(4):
        out = poller.poll(src)
        assert out.status == "error" and "HTTP 500" in out.error
        st = states.load("down")
        delays.append(st.next_poll_at - clock.now)
        clock.now = st.next_poll_at
    assert delays == [60, 120, 200, 200]
    assert st.consecutive_errors == 4 and st.last_success_at is None

    site.routes["/down"] = Route(body=BLOG_V1.encode())
    assert poller.poll(src).status == "changed"
    st = states.load("down")
    assert st.consecutive_errors == 0 and st.next_poll_at == clock.now + 600
    assert "HTTP 500" in st.last_error  # the last error stays visible in the status


def test_garbage_and_timeout_do_not_stop_other_sources(site, env):
    store, states = env
    site.routes["/garbage"] = Route(body=bytes(range(256)) * 40, content_type="application/octet-stream")
    site.routes["/badfeed"] = Route(body=b"<rss><channel><item><title>", content_type="application/rss+xml")
    site.routes["/slow"] = Route(body=BLOG_V1.encode(), delay=3.0)
    site.routes["/ok"] = Route(body=BLOG_V2.encode())
    sources = [
        Source("garbage", site.url("/garbage"), "page"),
        Source("badfeed", site.url("/badfeed"), "feed"),
        Source("slow", site.url("/slow"), "page", timeout=0.5),
        Source("ok", site.url("/ok"), "page"),
    ]
    outcomes = {o.source: o for o in Poller(store, states, line_extractor).run(sources, once=True)}
    assert outcomes["garbage"].status == "error" and "binary" in outcomes["garbage"].error
    assert outcomes["badfeed"].status == "error" and "feed" in outcomes["badfeed"].error
    assert outcomes["slow"].status == "error" and "timed out" in outcomes["slow"].error
    assert outcomes["ok"].status == "changed"
    assert store.count_events() == 2
    assert [d.doc_id for d in store.documents()] == [site.url("/ok")]


def test_unreachable_source(env):
    store, states = env
    out = Poller(store, states, line_extractor).poll(Source("gone", "http://127.0.0.1:9/x", "page", timeout=2))
    assert out.status == "error" and "cannot fetch" in out.error


# -- restarts -------------------------------------------------------------------------------

class Crash(BaseException):
    """Stands for the process being killed: not caught by the poller's error handling."""


def test_restart_mid_poll_loses_and_duplicates_nothing(site, env):
    store, states = env
    site.routes["/feed"] = Route(body=feed([ITEM_A, ITEM_B, ITEM_C]), etag='"f1"')
    calls = []

    def crashing(doc):
        calls.append(doc.doc_id)
        if doc.doc_id == "wire-3":
            raise Crash()
        return line_extractor(doc)

    src = Source("wire", site.url("/feed"), "feed")
    with pytest.raises(Crash):
        Poller(store, states, crashing).poll(src)
    assert store.count_events() == 1  # wire-1 saved before the crash
    assert states.load("wire") is None  # state not committed: the poll will be redone

    calls.clear()
    restarted = Poller(store, states, lambda d: (calls.append(d.doc_id), line_extractor(d))[1])
    out = restarted.poll(src)
    assert out.status == "changed" and calls == ["wire-3"] and out.skipped == 2
    assert store.count_events() == 2
    assert len(store.documents()) == 3
    assert site.routes["/feed"].requests[-1].get("If-None-Match") is None


def test_crash_after_save_before_state_commit(site, env, monkeypatch):
    store, states = env
    site.routes["/live"] = Route(body=BLOG_V1.encode(), etag='"v1"')
    src = Source("live", site.url("/live"), "page")

    def dying_save(_state):
        raise Crash()

    monkeypatch.setattr(states, "save", dying_save)
    with pytest.raises(Crash):
        Poller(store, states, line_extractor).poll(src)
    monkeypatch.undo()
    out = Poller(store, states, line_extractor).poll(src)
    assert out.status == "unchanged" and out.skipped == 1
    assert store.count_events() == 1
    assert states.load("live").etag == '"v1"'


def test_failed_document_is_retried_next_poll(site, env):
    store, states = env
    site.routes["/feed"] = Route(body=feed([ITEM_A, ITEM_C]), etag='"f1"')
    broken = {"wire-3"}

    def flaky(doc):
        if doc.doc_id in broken:
            raise ValueError("parser exploded")
        return line_extractor(doc)

    poller = Poller(store, states, flaky)
    src = Source("wire", site.url("/feed"), "feed")
    out = poller.poll(src)
    assert out.status == "error" and "wire-3" in out.error and len(out.saved) == 1
    assert states.load("wire").etag is None  # validators not advanced

    broken.clear()
    again = poller.poll(src)
    assert again.status == "changed" and again.skipped == 1
    assert store.count_events() == 2


# -- sources file and commands ---------------------------------------------------------------

def test_sources_file(tmp_path):
    path = tmp_path / "sources.yaml"
    path.write_text(
        "defaults: {interval: 10m, timeout: 20}\n"
        "sources:\n"
        "  - {name: blog, url: 'https://example.org/live', kind: page, interval: 90s}\n"
        "  - {url: 'https://example.org/rss', kind: feed}\n"
    )
    blog, rss = load_sources(path)
    assert (blog.interval, blog.timeout, blog.kind) == (90, 20, "page")
    assert (rss.name, rss.interval, rss.kind) == ("https://example.org/rss", 600, "feed")
    assert parse_duration("2h", "x") == 7200
    for bad, message in [
        ("sources: [{url: 'https://a.org', kind: video}]", "kind"),
        ("sources: [{url: 'ftp://a.org'}]", "url"),
        ("sources: [{name: a, url: 'https://a.org'}, {name: a, url: 'https://b.org'}]", "duplicate"),
        ("sources: [{url: 'https://a.org', interval: soon}]", "duration"),
        ("sources: [{url: 'https://a.org', every: 5m}]", "unknown"),
        ("sources: []", "sources"),
    ]:
        path.write_text(bad)
        with pytest.raises(InputError, match=message):
            load_sources(path)


def test_backoff_is_capped():
    src = Source("s", "https://x.org", interval=900, max_backoff=3600)
    assert [backoff_delay(src, n) for n in (1, 2, 3, 7, 20)] == [60, 120, 240, 3600, 3600]


def test_watch_once_and_status_commands(site, tmp_path, monkeypatch):
    import sitroom.watch.poller as poller_mod

    monkeypatch.setattr(poller_mod, "default_extractor", line_extractor)
    site.routes["/live"] = Route(body=BLOG_V1.encode(), etag='"v1"')
    site.routes["/down"] = Route(status=503)
    sources = tmp_path / "sources.yaml"
    sources.write_text(
        f"sources:\n  - {{name: live, url: '{site.url('/live')}', kind: page, interval: 15m}}\n"
        f"  - {{name: down, url: '{site.url('/down')}', kind: feed}}\n"
    )
    db = str(tmp_path / "sitroom.db")
    runner = CliRunner()
    result = runner.invoke(watch, [str(sources), "--db", db, "--once"])
    assert result.exit_code == 1, result.output  # one source failed
    assert "live:" in result.output and "inserted" in result.output
    assert "down: HTTP 503" in result.output
    assert (tmp_path / "sitroom.watch.db").exists()

    # not due yet: a second --once polls nothing; --force polls anyway (and gets a 304)
    result = runner.invoke(watch, [str(sources), "--db", db, "--once"])
    assert result.exit_code == 0 and "polled 0 source(s)" in result.output
    result = runner.invoke(watch, [str(sources), "--db", db, "--once", "--force"])
    assert "polled 2 source(s): 0 changed, 1 failed" in result.output

    status = runner.invoke(watch_status, [str(sources), "--db", db])
    assert status.exit_code == 0, status.output
    live, down = status.output.split("\ndown ")
    assert "last error:   none" in live and "polls 2: 1 changed, 1 not modified (304)" in live
    assert "last success: never" in down and "HTTP 503" in down and "(2 in a row)" in down

    as_json = runner.invoke(watch_status, ["--db", db, "--format", "json"])
    assert '"name": "down"' in as_json.output and '"docs_saved": 1' in as_json.output


def test_real_pipeline_on_a_served_page(site, env):
    pytest.importorskip("sitroom.extract.pipeline", reason="extraction pipeline not importable yet")
    store, states = env
    text = ("UPDATE 1445 GMT: An air strike hit a bakery in the town of Maarat al-Numan in Idlib province, "
            "killing 9 civilians, a local rescue group said.\n")
    site.routes["/live"] = Route(body=text.encode(), etag='"r1"')
    poller = Poller(store, states)
    src = Source("real", site.url("/live"), "page")
    assert poller.poll(src).status == "changed"
    before = store.count_events()
    assert before >= 1
    site.routes["/live"] = Route(body=text.encode(), etag='"r2"')  # new ETag, same content
    assert poller.poll(src).status == "unchanged"
    assert store.count_events() == before
