"""Shared helpers for the fifth development set (own_dev5)'s generator scripts.

The set is written and checked exactly as the third held-out set is (its src/common.py: short type
codes expanded, every evidence quote a substring of its document, ISO ordered dates, 300-1,200
words, no repeated id); only where the JSON goes differs: this set's folder.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location(
    "heldout3_common", Path(__file__).resolve().parents[2] / "own_heldout_docs3" / "src" / "common.py")
_BASE = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_BASE)

GROUPS, GENRES, ev, doc = _BASE.GROUPS, _BASE.GENRES, _BASE.ev, _BASE.doc


def write(name: str, docs: list) -> None:
    """Write the documents as the scorer's gold JSON into this set's folder (an absolute path
    given to the held-out set's writer puts them here, not there)."""
    _BASE.write(str(Path(__file__).resolve().parent.parent / name), docs)
