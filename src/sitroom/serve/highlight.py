"""Document text cut into pieces at evidence span boundaries, for highlighting in a template.

The template escapes every piece (Jinja autoescape), so document text never reaches the page
as markup; this module only decides where the pieces start and end and which fields cover them.
"""
from __future__ import annotations

from dataclasses import dataclass

from sitroom.model import Evidence


@dataclass
class Piece:
    text: str
    fields: tuple[str, ...] = ()
    start: int = 0

    @property
    def marked(self) -> bool:
        return bool(self.fields)


def pieces(text: str, evidence: list[Evidence], window: tuple[int, int] | None = None) -> list[Piece]:
    """Split text[window] at every span boundary; each piece lists the fields whose spans cover it.
    Spans outside the text or the window are clipped; empty spans are ignored."""
    lo, hi = window if window else (0, len(text))
    lo, hi = max(0, lo), min(len(text), hi)
    spans = [(max(e.start, lo), min(e.end, hi), e.field) for e in evidence]
    spans = [s for s in spans if s[0] < s[1]]
    cuts = sorted({lo, hi, *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out: list[Piece] = []
    for a, b in zip(cuts, cuts[1:]):
        fields = tuple(sorted({f for s, e, f in spans if s <= a and b <= e}))
        out.append(Piece(text[a:b], fields, a))
    return out


def evidence_window(text: str, evidence: list[Evidence], entry_bounds: list[tuple[int, int]],
                    margin: int = 600) -> tuple[int, int]:
    """The part of a long document worth showing: the entries holding the evidence (or a margin
    around it when no entry does)."""
    if not evidence:
        return (0, min(len(text), 4000))
    lo = min(e.start for e in evidence)
    hi = max(e.end for e in evidence)
    for s, e in entry_bounds:
        if s <= lo < e:
            lo = s
        if s < hi <= e:
            hi = e
    if (lo, hi) == (min(e.start for e in evidence), max(e.end for e in evidence)):
        lo, hi = lo - margin, hi + margin
    return (max(0, lo), min(len(text), hi))
