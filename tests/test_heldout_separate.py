"""The held-out snippet files must never leak into training: bench_classify's held-out figures
(and the dev-minus-held-out gap) only mean something if no held-out text is a training row."""
from __future__ import annotations

from pathlib import Path

from sitroom.extract.typing.model import DATA_DIR, load_training, parse_snippets


def heldout_rows() -> list[tuple[str, str, str]]:
    """(file name, text, label) of every held-out snippet."""
    return [(p.name, t, lab) for p in sorted((DATA_DIR / "heldout").glob("*.txt")) for t, lab in parse_snippets(p)]


def norm(text: str) -> str:
    return " ".join(text.lower().split())


def test_no_heldout_snippet_is_a_training_row():
    train = {norm(t) for t in load_training()[0]}
    leaked = [(name, text) for name, text, _ in heldout_rows() if norm(text) in train]
    assert not leaked, f"held-out snippets also in training: {leaked[:5]}"


def test_heldout_files_parse_into_labelled_rows():
    rows = heldout_rows()
    assert rows, "no held-out snippets found"
    from sitroom.extract.typing.taxonomy import NO_EVENT, TAXONOMY

    bad = [(name, label) for name, _, label in rows if label not in TAXONOMY and label != NO_EVENT]
    assert not bad, f"held-out labels outside the taxonomy: {bad[:5]}"


def test_norm_catches_a_copied_row(tmp_path: Path):
    # the check compares case- and whitespace-folded text, so a re-pasted row still counts as a leak
    assert norm("Police  fired tear gas\tat the march.") == norm("police fired tear gas at the march.")
