"""Split a drafted snippet file: every fifth snippet per label goes to heldout/, the rest to snippets/.

    python scripts/split_heldout.py DRAFT.txt NAME   # writes snippets/NAME.txt and heldout/NAME.txt

Why: a batch's held-out fifth is written in the same session but never trained on, so
bench_classify.py can show whether a change helps text the model has not seen.
"""
from __future__ import annotations

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "src" / "sitroom" / "data" / "typing"


def split(lines: list[str]) -> tuple[list[str], list[str]]:
    """(train, heldout) lines; headings and comments go to both, snippet 5, 10, ... of a label to heldout."""
    train: list[str] = []
    held: list[str] = []
    n = 0
    for raw in lines:
        line = raw.rstrip("\n")
        if line.startswith("#") or not line.strip():
            n = 0 if line.startswith("## ") else n
            train.append(line)
            held.append(line)
            continue
        n += 1
        (held if n % 5 == 0 else train).append(line)
    return train, held


def main() -> int:
    draft, name = Path(sys.argv[1]), sys.argv[2]
    train, held = split(draft.read_text(encoding="utf-8").splitlines())
    (DATA / "snippets" / f"{name}.txt").write_text("\n".join(train) + "\n", encoding="utf-8")
    (DATA / "heldout" / f"{name}.txt").write_text("\n".join(held) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
