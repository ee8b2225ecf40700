"""YAML data files read with libyaml's C parser when PyYAML was built with it.

Why: the vocabularies under data/ are read once per process, but the pure-Python parser made
those reads about 6% of a `sitroom extract` run on long texts (actors.yaml alone is read by
three modules). The C parser builds the same Python objects (checked over every data file in
tests/test_yamlload.py); without libyaml the pure-Python SafeLoader is used, as before.
"""
from __future__ import annotations

from typing import IO, Any

import yaml

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # PyYAML without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


def safe_load(stream: str | bytes | IO[str] | IO[bytes]) -> Any:
    """`yaml.safe_load` (plain data types only: no object construction), with the fast parser."""
    return yaml.load(stream, Loader=_Loader)  # noqa: S506  (a safe loader)
