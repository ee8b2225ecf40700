"""Adapter for the Penn scorer: one JSON line per input document with the geocoder's first event place.

    python -m sitroom.resolve.geo_eval_main INPUT.jsonl   (lines of {"id", "text"})

Only the place fields are meaningful; the rest are placeholders the scorer requires.
"""
from __future__ import annotations

import json
import sys

from sitroom.extract.nlp import get_nlp
from sitroom.resolve.geocode import Geocoder


def main(path: str) -> None:
    geocoder = Geocoder.default()
    nlp = get_nlp()
    items = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    for item, doc in zip(items, nlp.pipe(i["text"] for i in items)):
        ctx = geocoder.context_for(item["text"])
        lat = lon = loc = None
        for sent in doc.sents:
            place = geocoder.locate(sent, 0, ctx, use_last=False)
            src = place if place is None or place.latitude is not None else place.within
            if src is not None and src.latitude is not None:
                lat, lon, loc = src.latitude, src.longitude, place.location
                break
        print(json.dumps({"doc_id": item["id"], "event_type": "x", "latitude": lat, "longitude": lon,
                          "location": loc, "date_start": None, "source": ""}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
