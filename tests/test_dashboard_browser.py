"""The dashboard in a real headless Chromium (Debian's /usr/bin/chromium driven by Playwright):
load it, filter by type, open an event, check document text cannot run scripts, log in,
confirm, and export the filtered CSV. Skips with the reason when Chromium or Playwright is
missing (scripts/setup-system.sh installs Chromium). Leaves test-artifacts/dashboard.png."""
from __future__ import annotations

import csv
import os
import socket
import threading
import time
from pathlib import Path

import pytest

from sitroom.serve.app import create_app
from sitroom.serve.settings import Settings
from sitroom.store import Store
from sitroom.store.users import UserStore

from web_fixtures import hand_coded, liveblog_doc, records_for, xss_doc

CHROMIUM = os.environ.get("SITROOM_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
PASSWORD = "correct horse battery"

sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright Python package is not installed")
if not Path(CHROMIUM).exists():
    pytest.skip(f"Chromium not found at {CHROMIUM} (run scripts/setup-system.sh)", allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    import uvicorn

    store = Store.open(f"sqlite:///{tmp_path / 'browser.db'}")
    hand = liveblog_doc("test/handcoded")
    store.save_document(hand, *hand_coded(hand))
    xdoc = xss_doc()
    entries, records, _ = records_for(xdoc)
    store.save_document(xdoc, entries, records)
    UserStore(store).add_user("alice", PASSWORD)
    app = create_app(store, settings=Settings(public_read=True, secret="b" * 32))
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", store
    srv.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture
def page():
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        context = browser.new_context(accept_downloads=True, viewport={"width": 1400, "height": 1000})
        pg = context.new_page()
        pg.set_default_timeout(15000)
        errors: list[str] = []
        pg.on("pageerror", lambda exc: errors.append(str(exc)))
        # the Content-Security-Policy must not be blocking any of the dashboard's own resources
        pg.on("console", lambda msg: errors.append(msg.text)
              if msg.type == "error" and "Content Security Policy" in msg.text else None)
        pg.js_errors = errors  # type: ignore[attr-defined]
        yield pg
        context.close()
        browser.close()


def test_dashboard_review_and_export(server, page, tmp_path):
    base, store = server
    external: list[str] = []
    page.on("request", lambda req: None if req.url.startswith(base) else external.append(req.url))

    # 1. the dashboard: map with basemap and markers, timeline bars, table
    page.goto(base + "/")
    page.wait_for_selector("#map[data-basemap='ready'][data-events]")
    assert int(page.get_attribute("#map", "data-events")) >= 2
    page.wait_for_selector("#timeline svg rect")
    assert page.locator("#events-table tbody tr[data-event-id]").count() >= 2
    ARTIFACTS.mkdir(exist_ok=True)
    page.wait_for_timeout(300)
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)

    # 2. filter by type
    page.select_option("#f-event-type", "Battles")
    page.click("#apply-filters")
    page.wait_for_url("**event_type=Battles**")
    types = page.locator("#events-table tbody td.etype").all_text_contents()
    assert types and set(types) == {"Battles"}

    # the map's area filter keeps the type filter and adds a bounding box
    page.click("#filter-map-view")
    page.wait_for_url("**bbox=**")
    assert "event_type=Battles" in page.url
    assert set(page.locator("#events-table tbody td.etype").all_text_contents()) == {"Battles"}

    # 3. export the filtered CSV
    with page.expect_download() as dl:
        page.click("#export-csv")
    path = tmp_path / "export.csv"
    dl.value.save_as(path)
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and {r["event_type"] for r in rows} == {"Battles"}

    # 4. open an event: the evidence is highlighted
    page.click("#events-table a.open-event >> nth=0")
    page.wait_for_selector("#doctext mark.ev")
    event_url = page.url
    assert "/events/" in event_url

    # 5. log in (comes back to the event) and confirm it
    page.click("#login-link")
    page.fill("#username", "alice")
    page.fill("#password", PASSWORD)
    page.click("#login-submit")
    page.wait_for_url(event_url)
    assert page.text_content("#current-user") == "alice"
    page.click("#confirm-btn")
    page.wait_for_selector("#flash")
    assert page.text_content("#review-status") == "confirmed"
    event_id = event_url.rsplit("/", 1)[-1]
    assert page.locator("#history-table").inner_text().count("alice") >= 1
    assert store.event(event_id) is not None

    assert not page.js_errors, page.js_errors  # type: ignore[attr-defined]
    assert not external, f"requests left the server: {external}"


def test_document_text_cannot_run_scripts(server, page):
    base, store = server
    xss_events = store.events(__import__("sitroom.store", fromlist=["EventFilter"]).EventFilter(doc_id="test/xss"))
    assert xss_events
    for path in (f"/events/{xss_events[0].event_id}", "/documents/test/xss"):
        page.goto(base + path)
        page.wait_for_selector("#doctext")
        assert page.evaluate("typeof window.__xss") == "undefined"
        text = page.text_content("#doctext")
        assert "<script>window.__xss=1</script>" in text and 'onerror="window.__xss=2"' in text
        assert page.locator("#doctext script, #doctext img").count() == 0
        assert page.locator("h1").inner_text().startswith("<b>") or path.startswith("/events/")
