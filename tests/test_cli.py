"""The command line as users run it: outputs, formats, exit codes and one-line errors."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitroom.cli import main

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def _records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


@pytest.mark.parametrize("command", [[], ["extract"], ["classify"], ["ingest"], ["events"], ["export"]])
def test_every_command_has_help(runner, command):
    result = runner.invoke(main, command + ["--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output


def test_extract_prints_contract_records_with_evidence(runner):
    result = runner.invoke(main, ["extract", str(FIXTURES / "liveblog_sample.txt"), "--date", "2016-11-29"])
    assert result.exit_code == 0, result.output
    records = _records(result.stdout)
    assert records
    text = (FIXTURES / "liveblog_sample.txt").read_text(encoding="utf-8")
    for rec in records:
        assert rec["doc_id"].endswith("liveblog_sample.txt")
        assert rec["report_kind"] in ("incident", "aggregate")
        for ev in rec["evidence"]:
            assert text[ev["start"]:ev["end"]] == ev["text"]
    bakery = [r for r in records if any("bakery" in e["text"] for e in r["evidence"])]
    assert bakery and bakery[0]["sub_event_type"] == "Air/drone strike"
    assert bakery[0]["fatalities"] == 14
    tally = [r for r in records if any("63 deaths" in e["text"] for e in r["evidence"])]
    assert tally and all(r["report_kind"] == "aggregate" for r in tally)


def test_extract_is_deterministic(runner):
    args = ["extract", str(FIXTURES / "liveblog_sample.txt"), "--date", "2016-11-29"]
    first = runner.invoke(main, args).stdout
    second = runner.invoke(main, args).stdout
    assert first == second


def test_extract_csv_and_geojson(runner):
    path = str(FIXTURES / "liveblog_sample.txt")
    csv_out = runner.invoke(main, ["extract", path, "--date", "2016-11-29", "--format", "csv"])
    assert csv_out.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(csv_out.stdout)))
    assert rows and "event_date" in rows[0] and "sub_event_type" in rows[0]
    geo = runner.invoke(main, ["extract", path, "--date", "2016-11-29", "--format", "geojson"])
    assert json.loads(geo.stdout)["type"] == "FeatureCollection"


def test_jsonl_input_uses_ids(runner, tmp_path):
    p = tmp_path / "docs.jsonl"
    p.write_text(json.dumps({"id": "n1", "text": "Gunmen killed three villagers in Zamfara State, Nigeria, on 4 May 2021, police said."}) + "\n")
    result = runner.invoke(main, ["extract", str(p)])
    assert result.exit_code == 0
    records = _records(result.stdout)
    assert records and {r["doc_id"] for r in records} == {"n1"}
    assert records[0]["event_date"] == "2021-05-04"


def test_bad_date_is_one_line_and_nonzero(runner):
    result = runner.invoke(main, ["extract", str(FIXTURES / "liveblog_sample.txt"), "--date", "29/11/2016"])
    assert result.exit_code != 0
    lines = [l for l in result.stderr.splitlines() if l.strip()]
    assert len(lines) == 1 and "--date" in lines[0] and "Traceback" not in result.output


def test_batch_with_one_bad_file_processes_the_others(runner, tmp_path):
    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"\x00\x01\x02binary")
    result = runner.invoke(main, ["extract", str(bad), str(FIXTURES / "liveblog_sample.txt"), "--date", "2016-11-29"])
    assert result.exit_code != 0
    assert "bad.bin: binary data" in result.stderr
    assert _records(result.stdout)


def test_classify_prints_one_line_per_input(runner, tmp_path):
    p = tmp_path / "snips.jsonl"
    p.write_text(
        json.dumps({"id": "1", "text": "Police fired tear gas at thousands of protesters in the capital."}) + "\n"
        + json.dumps({"id": "2", "text": "The foreign minister met his counterpart to discuss trade ties."}) + "\n"
    )
    result = runner.invoke(main, ["classify", str(p)])
    assert result.exit_code == 0
    out = _records(result.stdout)
    assert [o["id"] for o in out] == ["1", "2"]
    assert set(out[0]) == {"id", "event_type", "sub_event_type", "confidence"}
    assert out[1]["event_type"] == "Non-conflict"


def test_undated_input_is_said_not_guessed(runner):
    result = runner.invoke(main, ["extract", str(FIXTURES / "liveblog_sample.txt")])
    assert result.exit_code == 0
    assert "no publication date known" in result.stderr
    import datetime

    today = datetime.date.today().isoformat()
    assert all(r["event_date"] != today for r in _records(result.stdout))


# -- reliability under bad input (issue 15) --------------------------------------------------

def _one_line_errors(result) -> list[str]:
    assert "Traceback" not in result.output
    return [l for l in result.stderr.splitlines() if l.startswith("sitroom: error:")]


def test_bad_jsonl_lines_are_one_line_each_and_the_good_ones_still_extracted(runner, tmp_path):
    p = tmp_path / "mixed.jsonl"
    p.write_text("\n".join([
        json.dumps({"id": "n", "text": "Shelling killed 2 villagers in Idlib on 3 May 2016.", "publisher": 7}),
        '{"id": "s", "text": "Air strikes killed 12 people in Raqqa \\ud800 on 3 May 2016."}',
        json.dumps({"id": "ok", "text": "Air strikes killed 12 people in Raqqa on 3 May 2016."}),
        json.dumps({"id": "ok", "text": "Air strikes killed 14 people in Raqqa on 3 May 2016."}),
    ]) + "\n", encoding="utf-8")
    result = runner.invoke(main, ["extract", str(p)])
    assert result.exit_code == 1
    errors = _one_line_errors(result)
    assert len(errors) == 3
    assert "mixed.jsonl:1" in errors[0] and '"publisher"' in errors[0]
    assert "mixed.jsonl:2" in errors[1] and "surrogate" in errors[1]
    assert "mixed.jsonl:4" in errors[2] and "duplicate id 'ok'" in errors[2]
    records = _records(result.stdout)
    assert records and {r["doc_id"] for r in records} == {"ok"}
    assert {r["fatalities"] for r in records} == {12}  # the first "ok" line, not the later one


@pytest.mark.parametrize("value", ["0001-01-01", "9999-12-31", "1899-12-31"])
def test_date_no_report_can_have_is_refused_in_one_line(runner, tmp_path, value):
    p = tmp_path / "r.txt"
    p.write_text("Clashes killed 3 fighters in Homs yesterday.\n", encoding="utf-8")
    result = runner.invoke(main, ["extract", str(p), "--date", value])
    assert result.exit_code == 1
    (error,) = _one_line_errors(result)
    assert "--date" in error and value in error
    assert not _records(result.stdout)


def test_date_after_the_document_date_is_dropped_with_a_note(runner, tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("Militants shelled a police post in Arish on 14 August 2087, killing two officers.\n",
                 encoding="utf-8")
    result = runner.invoke(main, ["extract", str(p), "--date", "2015-08-20"])
    assert result.exit_code == 0, result.output
    (rec,) = _records(result.stdout)
    assert rec["event_date"] == "2015-08-20" and "2087" not in (rec["date_start"] + rec["date_end"])
    assert not [e for e in rec["evidence"] if e["field"] == "event_date"]
    assert "14 August 2087" in rec["notes"] and "after the document date 2015-08-20" in rec["notes"]


@pytest.mark.parametrize("figure", ["1,000,000,000", "12345678901234567890123456"])
def test_implausible_count_is_dropped_with_a_note_and_the_event_kept(runner, tmp_path, figure):
    p = tmp_path / "r.txt"
    p.write_text(f"Gunmen killed {figure} people in a raid on a market in Maiduguri on Tuesday.\n",
                 encoding="utf-8")
    result = runner.invoke(main, ["extract", str(p), "--date", "2019-03-07"])
    assert result.exit_code == 0, result.output
    (rec,) = _records(result.stdout)
    assert rec["fatalities"] == 0 and "killed" not in rec["counts"]
    assert figure in rec["notes"] and "above 50,000,000" in rec["notes"]


def test_utf16_file_is_extracted_like_its_utf8_twin(runner, tmp_path):
    text = "Gunmen killed three villagers in Zamfara State, Nigeria, on 4 May 2021, police said.\n"
    utf8, utf16 = tmp_path / "a.txt", tmp_path / "b.txt"
    utf8.write_bytes(text.encode("utf-8"))
    utf16.write_bytes(text.encode("utf-16"))
    first = _records(runner.invoke(main, ["extract", str(utf8)]).stdout)
    second = _records(runner.invoke(main, ["extract", str(utf16)]).stdout)
    assert first and [r["event_date"] for r in first] == [r["event_date"] for r in second]
    assert [r["evidence"] for r in first] == [r["evidence"] for r in second]
