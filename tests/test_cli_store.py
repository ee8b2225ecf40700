"""ingest -> events -> export through the command line, on SQLite and PostgreSQL."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from sitroom.cli import main

FIXTURES = Path(__file__).parent / "fixtures"


def _invoke(*args: str):
    return CliRunner().invoke(main, list(args))


def test_ingest_then_export_acled_csv(db_url, tmp_path):
    sample = str(FIXTURES / "liveblog_sample.txt")
    first = _invoke("ingest", sample, "--date", "2016-11-29", "--db", db_url)
    assert first.exit_code == 0, first.output
    assert "ingested 1 document(s), 0 failed" in first.stderr

    listed = _invoke("events", "--db", db_url)
    records = [json.loads(l) for l in listed.stdout.splitlines() if l.startswith("{")]
    assert records and all(r["doc_id"] == sample for r in records)

    out = tmp_path / "events.csv"
    exported = _invoke("export", "--format", "acled", "-o", str(out), "--db", db_url)
    assert exported.exit_code == 0, exported.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    header = out.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header[:3] == ["event_id_cnty", "event_date", "year"]
    incidents = [r for r in records if r["report_kind"] == "incident" and r["event_type"] != "Non-conflict"]
    assert len(rows) == len(incidents)
    strike = [r for r in rows if r["sub_event_type"] == "Air/drone strike"]
    assert strike and strike[0]["fatalities"] == "14"

    # the same document again changes nothing
    again = _invoke("ingest", sample, "--date", "2016-11-29", "--db", db_url)
    assert again.exit_code == 0
    assert "unchanged" in again.stderr
    listed_again = _invoke("events", "--db", db_url)
    assert listed_again.stdout == listed.stdout


def test_events_filters_and_geojson(db_url):
    _invoke("ingest", str(FIXTURES / "liveblog_sample.txt"), "--date", "2016-11-29", "--db", db_url)
    tallies = _invoke("events", "--kind", "aggregate", "--db", db_url)
    recs = [json.loads(l) for l in tallies.stdout.splitlines() if l.startswith("{")]
    assert recs and all(r["report_kind"] == "aggregate" for r in recs)
    geo = _invoke("export", "--format", "geojson", "--sub-type", "Air/drone strike", "--db", db_url)
    features = json.loads(geo.stdout)["features"]
    assert features and all(f["properties"]["sub_event_type"] == "Air/drone strike" for f in features)


def test_bad_filter_date_is_one_line(db_url):
    result = _invoke("events", "--from", "last week", "--db", db_url)
    assert result.exit_code != 0
    assert result.stderr.strip().count("\n") == 0 and "--from" in result.stderr


def test_unreachable_database_is_one_line():
    result = _invoke("events", "--db", "postgresql://nobody@127.0.0.1:1/none")
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1


def _stored(db_url) -> list[dict]:
    listed = _invoke("events", "--db", db_url)
    return [json.loads(l) for l in listed.stdout.splitlines() if l.startswith("{")]


def test_live_blog_copy_with_a_new_update_adds_only_that_update(db_url, tmp_path):
    """Ingested after the original, a copy with one update on top adds one event, not a second
    copy of the undated, unplaced events it shares sentence for sentence."""
    original = (
        "UPDATE 0930 GMT: Gunmen kidnapped three aid workers on the road at dawn, their agency said.\n\n"
        "UPDATE 1015 GMT: Soldiers arrested dozens of young men during raids on homes overnight, "
        "residents said.\n\n"
        "UPDATE 1120 GMT: Clashes between rival factions killed five fighters near the checkpoint, "
        "a monitor said.\n"
    )
    blog, mirror = tmp_path / "blog.txt", tmp_path / "mirror.txt"
    blog.write_text(original, encoding="utf-8")
    mirror.write_text("UPDATE 1300 GMT: A roadside bomb wounded four police officers on the main "
                      "highway, officials said.\n\n" + original, encoding="utf-8")
    assert _invoke("ingest", str(blog), "--db", db_url).exit_code == 0
    before = _stored(db_url)
    copied = _invoke("ingest", str(mirror), "--db", db_url)
    assert copied.exit_code == 0, copied.output
    assert "near-duplicate of" in copied.stderr
    after = _stored(db_url)
    assert len(before) >= 2 and len(after) == len(before) + 1
    assert {r["event_id"] for r in before} <= {r["event_id"] for r in after}


def test_implausible_count_no_longer_costs_the_whole_document(db_url, tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("Gunmen killed 98765432109876543210987654 people in a raid on a market in Maiduguri "
                 "on Tuesday.\n", encoding="utf-8")
    result = _invoke("ingest", str(p), "--date", "2019-03-07", "--db", db_url)
    assert result.exit_code == 0, result.output
    (rec,) = _stored(db_url)
    assert rec["fatalities"] == 0 and "above 50,000,000" in rec["notes"]


def test_cli_events_and_export_show_the_analysts_corrections(db_url, tmp_path):
    from sitroom.store import Store
    from sitroom.store.review import ReviewStore

    text = tmp_path / "clash.txt"
    text.write_text("Government troops and rebels clashed in Bambari on Monday, killing four fighters.\n",
                    encoding="utf-8")
    assert _invoke("ingest", str(text), "--date", "2021-03-10", "--db", db_url).exit_code == 0
    listed = [json.loads(l) for l in _invoke("events", "--db", db_url).stdout.splitlines() if l.startswith("{")]
    clash = [r for r in listed if r["event_type"] == "Battles"]
    assert clash, listed
    ReviewStore(Store.open(db_url)).edit(clash[0]["event_id"], {
        "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike", "fatalities": 12,
    }, user="alice")

    battles = _invoke("events", "--type", "Battles", "--db", db_url).stdout
    assert clash[0]["event_id"] not in battles  # filters read the corrected type
    out = tmp_path / "reviewed.csv"
    done = _invoke("export", "--format", "acled", "--type", "Explosions/Remote violence", "-o", str(out),
                   "--db", db_url)
    assert done.exit_code == 0, done.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 1
    assert rows[0]["sub_event_type"] == "Air/drone strike" and rows[0]["fatalities"] == "12"
    assert rows[0]["sub_event_type_machine"] == "Armed clash"
