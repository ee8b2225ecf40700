"""The named entities of a sentence, found without rescanning the whole parsed entry.

spaCy's `Span.ents` rebuilds the Doc's full entity list at every call and walks it from the
start, so asking it for each sentence of an entry costs time in proportion to the square of the
entry's length (a quarter of all extraction time on a long, event-dense report). The Doc's
entities are listed once here, kept in the Doc's own `user_data`, and a sentence's are found by
bisection. The answer is the same as `Span.ents`: the entities lying wholly inside the span.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Any

_INDEX_KEY = "sitroom.entity_index"


def span_ents(span: Any) -> list[Any]:
    """Entities wholly inside `span` (a spaCy Span, or a Doc for all of them), in text order."""
    doc = getattr(span, "doc", None)
    if doc is None or doc is span:
        return list(getattr(span, "ents", ()))
    index = doc.user_data.get(_INDEX_KEY)
    if index is None:
        ents = tuple(doc.ents)
        index = (ents, [e.start for e in ents])
        doc.user_data[_INDEX_KEY] = index
    ents, starts = index
    out = []
    # spaCy's rule: from the first entity starting in the span, up to the first that ends past it
    i = bisect_left(starts, span.start)
    while i < len(ents) and ents[i].end <= span.end:
        out.append(ents[i])
        i += 1
    return out
