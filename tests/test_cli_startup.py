"""Start-up of the command line: a command loads only the libraries it uses.

Each check runs in a fresh interpreter, since this test process has long imported everything.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
# the parser, the typing model's library and the cluster library: each costs a second or more
HEAVY = ("spacy", "sklearn", "distributed", "dask", "pyarrow", "sitroom.extract.typing", "sitroom.extract.pipeline")

PROBE = """
import json, sys
from sitroom.cli import main
try:
    main(sys.argv[1:], prog_name="sitroom")
except SystemExit as exc:
    code = exc.code
else:
    code = 0
print(json.dumps({"code": code, "heavy": [m for m in %r if m in sys.modules]}), file=sys.stderr)
""" % (HEAVY,)


def _run(args: list[str], tmp_path: Path) -> dict:
    env = {"PYTHONPATH": str(SRC), "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    proc = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=env,
                          timeout=120, cwd=tmp_path)
    return json.loads(proc.stderr.strip().splitlines()[-1])


@pytest.mark.parametrize("args", [
    ["--help"],
    ["events", "--help"],
    ["serve", "--help"],
    ["export", "--help"],
    ["batch", "--help"],
    ["extract", "--help"],
])
def test_help_loads_no_model_and_no_cluster_library(args, tmp_path):
    probe = _run(args, tmp_path)
    assert probe["code"] == 0
    assert probe["heavy"] == []


def test_reading_stored_events_loads_no_model(tmp_path):
    db = str(tmp_path / "empty.db")
    for args in (["events", "--db", db, "--from", "2020-01-01"], ["export", "--format", "acled", "--db", db]):
        probe = _run(args, tmp_path)
        assert probe["code"] == 0, args
        assert probe["heavy"] == [], args


def test_lazily_registered_groups_are_listed_and_run(tmp_path):
    from click.testing import CliRunner

    from sitroom.cli import LAZY_COMMANDS, main

    listing = CliRunner().invoke(main, ["--help"])
    assert listing.exit_code == 0
    for name in LAZY_COMMANDS:
        assert name in listing.output
        sub = CliRunner().invoke(main, [name, "--help"])
        assert sub.exit_code == 0, name
        assert "Usage:" in sub.output
    unknown = CliRunner().invoke(main, ["no-such-command"])
    assert unknown.exit_code != 0
