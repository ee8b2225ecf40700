"""Throughput of the date, count and tally extractors on synthetic report sentences.

Run: .venv/bin/python bench/bench_dates.py [N]   (prints sentences per second; no assertions)
"""
from __future__ import annotations

import datetime as dt
import sys
import time

from sitroom.extract.counts import extract_counts
from sitroom.extract.dates import resolve_event_date
from sitroom.extract.nlp import get_nlp
from sitroom.extract.tally import is_aggregate

TEMPLATES = [
    "Activists said on {wd} that {n} people were killed and dozens injured in air strikes.",
    "Between March {d} and {d2}, 2015, rebels shelled the old market, killing {n} civilians.",
    "Since {wd}, troops have detained more than {n} men in the eastern districts.",
    "The monitor documented {n} deaths across the country in {month} 2014.",
    "Gunmen kidnapped {n} aid workers near the crossing yesterday.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "April", "July", "October"]


def main(n: int = 2000) -> None:
    sentences = [
        TEMPLATES[i % len(TEMPLATES)].format(
            wd=WEEKDAYS[i % 7], n=i % 90 + 2, d=i % 10 + 1, d2=i % 10 + 12, month=MONTHS[i % 4]
        )
        for i in range(n)
    ]
    nlp = get_nlp()
    anchor = dt.date(2016, 11, 29)
    docs = list(nlp.pipe(sentences))
    t0 = time.perf_counter()
    for doc in docs:
        for sent in doc.sents:
            counts = extract_counts(sent, 0)
            is_aggregate(sent, 0, counts)
            resolve_event_date(sent, 0, anchor)
    secs = time.perf_counter() - t0
    print(f"{n} sentences in {secs:.2f}s: {n / secs:.0f} sentences/s (parsing excluded)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
