"""`sitroom evaluate`: analysts score extraction on their own hand-coded rows."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from sitroom.cli import main
from sitroom.evaluate import EvaluationReport, compare
from sitroom.model import EventRecord

FIXTURES = Path(__file__).parent / "fixtures"


def test_compare_counts_only_fields_the_row_fills():
    report = EvaluationReport()
    rec = EventRecord(event_type="Protests", sub_event_type="Peaceful protest", event_date="2019-03-04",
                      location="Khartoum", latitude=15.55, longitude=32.53, fatalities=0)
    row = {"event_type": "Protests", "sub_event_type": "Violent demonstration", "event_date": "04 March 2019",
           "location": "Khartoum City", "latitude": "15.5518", "longitude": "32.5324", "fatalities": "0"}
    compare(row, rec, report, "r1")
    acc = {k: (v.correct, v.total) for k, v in report.fields.items() if v.total}
    assert acc == {"event_type": (1, 1), "sub_event_type": (0, 1), "event_date": (1, 1),
                   "location": (1, 1), "fatalities": (1, 1)}
    assert report.mismatches == [("r1", "sub_event_type", "Violent demonstration", "Peaceful protest")]


def test_missing_event_counts_as_wrong():
    report = EvaluationReport()
    compare({"event_type": "Battles"}, None, report, "r2")
    assert report.fields["event_type"].correct == 0 and report.fields["event_type"].total == 1


def test_evaluate_command_prints_per_field_accuracy():
    result = CliRunner().invoke(main, ["evaluate", str(FIXTURES / "hand_coded.csv"), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures["rows"] == 3 and figures["with_event"] == 3
    assert figures["counted"]["event_date"] == 3
    assert figures["accuracy"]["event_date"] == 1.0
    assert figures["accuracy"]["fatalities"] >= 2 / 3


def test_csv_without_notes_is_refused(tmp_path):
    p = tmp_path / "x.csv"
    p.write_text("event_date,event_type\n2020-01-01,Battles\n")
    result = CliRunner().invoke(main, ["evaluate", str(p)])
    assert result.exit_code != 0 and "no 'notes' column" in result.stderr
