"""The dashboard in a real headless Chromium (Debian's /usr/bin/chromium driven by Playwright):
load it, filter by type, open an event, check document text cannot run scripts, log in,
confirm, and export the filtered CSV; an analyst's correction shows on the map, the timeline,
the filters and the export; brushing the timeline filters table and map; a cluster click lists
its events; three events reviewed from the keyboard. Skips with the reason when Chromium or
Playwright is missing (scripts/setup-system.sh installs Chromium). Leaves screenshots in
test-artifacts/: dashboard.png, edited.png, brushed.png, cluster-list.png, review-queue.png,
activity.png."""
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

from web_fixtures import hand_coded, liveblog_doc, protest_records, protests_doc, records_for, xss_doc

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
    pdoc = protests_doc()
    store.save_document(pdoc, *protest_records(pdoc))
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


def _login(page, base: str) -> None:
    page.goto(base + "/login?next=/")
    page.fill("#username", "alice")
    page.fill("#password", PASSWORD)
    page.click("#login-submit")
    page.wait_for_url(base + "/")


def _dashboard(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("#map[data-ready]")
    page.wait_for_selector("#timeline[data-ready]")


def test_reviewed_values_brush_clusters_and_keyboard_review(server, page, tmp_path):
    base, store = server
    ARTIFACTS.mkdir(exist_ok=True)
    _login(page, base)

    # an analyst corrects the clash's type and death toll in the form
    page.goto(base + "/events/ev-test-clash")
    page.click("#edit-details summary")
    page.select_option("#edit-form select[name=sub_event_type]", "Air/drone strike")
    page.fill("#edit-form input[name=fatalities]", "12")
    page.click("#edit-form button[type=submit]")
    page.wait_for_selector("#flash")

    # the filters, the table, the map and the timeline show the corrected values
    _dashboard(page, base + "/?event_type=Battles")
    assert "ev-test-clash" not in page.locator("#events-table tbody tr").evaluate_all(
        "rows => rows.map(r => r.dataset.eventId).join(' ')")
    _dashboard(page, base + "/?event_type=Explosions%2FRemote+violence")
    row = page.locator("#events-table tr[data-event-id='ev-test-clash']")
    assert row.locator("td.etype").inner_text() == "Explosions/Remote violence"
    assert row.locator("td.num").inner_text() == "12"
    page.wait_for_selector(".ev-marker[title*='Explosions/Remote violence, 12 killed']")
    tips = page.locator("#timeline rect.bar[data-date='2016-11-28'] title").all_text_contents()
    assert tips and all("Explosions/Remote violence" in t for t in tips)
    page.screenshot(path=str(ARTIFACTS / "edited.png"), full_page=True)
    with page.expect_download() as dl:
        page.click("#export-csv")
    path = tmp_path / "edited.csv"
    dl.value.save_as(path)
    with open(path, newline="", encoding="utf-8") as fh:
        rows = {r["event_id_cnty"]: r for r in csv.DictReader(fh)}
    assert rows["ev-test-clash"]["fatalities"] == "12" and rows["ev-test-clash"]["fatalities_machine"] == "7"
    assert rows["ev-test-clash"]["sub_event_type"] == "Air/drone strike"
    assert rows["ev-test-clash"]["review_status"] == "edited"

    # events without coordinates are counted under the map
    _dashboard(page, base + "/")
    assert "1 event not on the map" in page.inner_text("#unplaced-count")
    on_map = int(page.get_attribute("#map", "data-events"))

    # brushing the second half of the timeline filters the table and the map to those dates
    page.wait_for_selector("#timeline rect.bar")
    box = page.locator("#timeline svg").bounding_box()
    y = box["y"] + box["height"] * 0.5
    page.mouse.move(box["x"] + box["width"] * 0.6, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.8, y, steps=5)
    page.mouse.move(box["x"] + box["width"] * 0.93, y, steps=5)
    page.mouse.up()
    page.wait_for_url("**date_from=**")
    page.wait_for_selector("#map[data-ready]")
    params = dict(p.split("=", 1) for p in page.url.split("?", 1)[1].split("&"))
    dates = [d for d in page.locator("#events-table tbody tr[data-event-id] td:first-child").all_text_contents()]
    assert dates and all(params["date_from"] <= d <= params["date_to"] for d in dates)
    assert int(page.get_attribute("#map", "data-events")) < on_map
    page.screenshot(path=str(ARTIFACTS / "brushed.png"), full_page=True)

    # a cluster of three markers at one town lists its events on click
    _dashboard(page, base + "/?event_type=Protests")
    page.click(".marker-cluster")
    page.wait_for_selector("#map-list a.map-list-event")
    assert page.locator("#map-list a.map-list-event").count() == 3
    page.screenshot(path=str(ARTIFACTS / "cluster-list.png"), full_page=True)
    page.click("#map-list a.map-list-event >> nth=0")
    page.wait_for_url("**/events/ev-test-protest-*")

    # timeline bars and map markers are reachable by keyboard
    _dashboard(page, base + "/")
    page.focus("#timeline .bar-group >> nth=0")
    page.keyboard.press("Enter")
    page.wait_for_url("**date_from=**")
    _dashboard(page, base + "/?place=Aleppo")
    page.focus(".ev-marker >> nth=0")
    page.keyboard.press("Enter")
    page.wait_for_selector(".leaflet-popup")

    # sortable columns
    _dashboard(page, base + "/")
    page.click("#events-table th a.sort[data-sort=fatalities]")
    page.wait_for_url("**sort=fatalities**")
    fat = [int(v) for v in page.locator("#events-table tbody td.num").all_text_contents()]
    assert fat == sorted(fat, reverse=True)

    # the review queue from the keyboard: confirm, reject, then edit and confirm a third event
    page.goto(base + "/review/next")
    seen = []
    for key in ("c", "r", "e"):
        page.wait_for_selector("#review[data-queue='1']")
        seen.append(page.get_attribute("#review", "data-event-id"))
        if key == "e":
            page.keyboard.press("e")
            assert page.locator("#edit-details[open]").count() == 1
            page.locator("#edit-form input[name=fatalities]").fill("2")
            page.click("#edit-form button[type=submit]")
            page.wait_for_selector("#flash")
            page.locator("h1").click()  # leave the form so the next key is a shortcut
            page.screenshot(path=str(ARTIFACTS / "review-queue.png"), full_page=True)
            page.keyboard.press("c")
            page.wait_for_url("**/events/**")
            page.wait_for_selector("#review")
        else:
            page.keyboard.press(key)
            page.wait_for_function("id => document.getElementById('review') === null || "
                                   "document.getElementById('review').dataset.eventId !== id", arg=seen[-1])
    assert len(set(seen)) == 3
    from sitroom.store.review import ReviewStore
    statuses = [ReviewStore(store).get(e).status for e in seen]
    assert statuses == ["confirmed", "rejected", "confirmed"]

    page.goto(base + "/activity?user=alice")
    assert page.locator("#activity-table tbody tr").count() >= 4
    page.screenshot(path=str(ARTIFACTS / "activity.png"), full_page=True)
    assert not page.js_errors, page.js_errors  # type: ignore[attr-defined]
