"""Geocoder speed: gazetteer load time (cached index) and place matching throughput (sentences/s),
then mentions/s on real documents (every lookup tier exercised, fresh geocoder, index build timed apart).

    .venv/bin/python bench/bench_geo.py [N_SENTENCES] [DOCS.json ...]

Sentences are parsed by spaCy first; only the geocoder (find_places + locate) is timed. The real-text
part reads JSON files of {"docs": [{"text"}, ...]} (default: ../shared/data/realworld_dev/*.json when
that folder is there) and times `context_for` plus `find_places` over every sentence.
"""
from __future__ import annotations

import glob
import json
import subprocess
import sys
import time
from pathlib import Path

SENTENCES = [
    "Government warplanes struck the town of Saraqib in Idlib province on Tuesday, killing four civilians.",
    "Rebels said they had shelled positions near Hama military airport overnight.",
    "Clashes erupted in the Jobar district of Damascus as pro-government forces pushed east.",
    "The minister spoke to reporters in Geneva about the humanitarian situation.",
    "A car bomb exploded at a checkpoint outside Azaz, near the Turkish border, residents said.",
    "Protesters gathered in central Homs and in several villages of the Houla plain.",
    "Kurdish fighters took control of two villages south of Qamishli after heavy fighting.",
    "Displaced families arrived at camps around Atmeh, according to the aid group.",
    "Aid convoys reached Madaya and Zabadani under a UN-brokered deal.",
    "There was no word on casualties from the latest raids.",
]


def main(n: int = 5000) -> None:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", "from sitroom.resolve.gazetteer import Gazetteer; Gazetteer.load()"], check=True)
    t_first = time.perf_counter() - t0
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", "from sitroom.resolve.gazetteer import Gazetteer; Gazetteer.load()"], check=True)
    t_cold = time.perf_counter() - t0
    from sitroom.resolve.gazetteer import Gazetteer

    t0 = time.perf_counter()
    Gazetteer.load()
    t_load = time.perf_counter() - t0
    from sitroom.extract.nlp import get_nlp
    from sitroom.resolve.geocode import Geocoder

    geocoder = Geocoder.default()
    nlp = get_nlp()
    docs = list(nlp.pipe(SENTENCES))
    sents = [next(iter(d.sents)) for d in docs]
    ctx = geocoder.context_for(" ".join(SENTENCES))
    for s in sents:  # warm caches once
        geocoder.find_places(s, 0, ctx)
    t0 = time.perf_counter()
    done = 0
    while done < n:
        for s in sents:
            geocoder.locate(s, 0, ctx)
            done += 1
    dt = time.perf_counter() - t0
    print(f"first process (builds cache if missing): {t_first:.2f} s")
    print(f"new process, import + load from cache: {t_cold:.2f} s")
    print(f"load in this process (from cache): {t_load:.2f} s")
    print(f"locate: {done} sentences in {dt:.2f} s = {done / dt:,.0f} sentences/s")


def real_text(paths: list[str]) -> None:
    """Mentions/s of context_for + find_places over real documents, on a geocoder with cold indexes."""
    from sitroom.extract.nlp import get_nlp
    from sitroom.resolve.geocode import Geocoder

    texts = [d["text"] for p in paths for d in json.loads(Path(p).read_text(encoding="utf-8"))["docs"]]
    if not texts:
        return
    parsed = list(get_nlp().pipe(texts))
    geocoder = Geocoder(Geocoder.default().gaz)  # same gazetteer, fresh per-country indexes
    t0 = time.perf_counter()
    for cc in ("SY", "US", "NG", "UA"):
        geocoder._vowel_keys(cc)
        geocoder._keys_in(cc)
    t_index = (time.perf_counter() - t0) / 4
    t0 = time.perf_counter()
    mentions = 0
    for text, doc in zip(texts, parsed):
        ctx = geocoder.context_for(text)
        for sent in doc.sents:
            mentions += len(geocoder.find_places(sent, 0, ctx))
    dt = time.perf_counter() - t0
    print(f"fallback-tier indexes, one country (once per process): {t_index:.3f} s")
    print(f"real text: {len(texts)} documents, {mentions} place mentions in {dt:.2f} s = "
          f"{mentions / dt:,.0f} mentions/s, {len(texts) / dt:.1f} documents/s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
    real_text(sys.argv[2:] or sorted(glob.glob(str(Path(__file__).resolve().parents[1].parent / "shared" / "data"
                                                  / "realworld_dev" / "*.json"))))
