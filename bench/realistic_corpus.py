"""A deterministic corpus shaped like real crisis reporting, for the speed and batch benchmarks.

Short one-event reports (make_corpus.py) flatter the pipeline: real documents are long and mostly
prose that reports no event (quotes, background, analysis), and their cost grows with the
gazetteer lookups and the parse of every sentence. Three genres, 300-2,000 words each:

- live blogs: a headline, an introduction, then 8-30 timestamped updates ("UPDATE 0945 GMT: ...");
- wire stories: a dateline lead ("KHARKIV, March 3 (Regional News Service) - ..."), follow-ups,
  quotes, background and a round-up of other incidents in the country;
- NGO statements: a release heading, a condemnation, a dated list of incidents, testimony,
  demands and an "about us" paragraph.

Sentences are the project's own templates (the event templates and country profiles of
make_corpus.py, plus the prose lists below); place names are real towns (facts). No sentence
comes from any dataset.

    python bench/realistic_corpus.py --docs 48 --out bench/out/realistic.jsonl
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_corpus import BACKGROUND, COUNTRIES, EVENTS, PUBLISHERS, SITES, _cap, number, slot_fields, when  # noqa: E402

QUOTES = [
    "\"We heard a huge explosion and then the windows fell in,\" said a shopkeeper who asked not to be named.",
    "\"There is nowhere safe left for the children,\" a mother of four told reporters by telephone.",
    "\"We are doing everything we can, but the needs are enormous,\" {source} said.",
    "\"The situation is deteriorating by the hour,\" an official with {source} said.",
    "\"Nobody has told us when we can go home,\" said a farmer sheltering in a school.",
    "\"We call on all parties to respect international humanitarian law,\" the statement said.",
    "\"Our teams are working around the clock,\" a spokesperson for {source} added.",
    "\"I lost my brother and two cousins,\" one man said, standing outside the morgue.",
]
ANALYSIS = [
    "Analysts say the fighting reflects a wider struggle for control of the main supply routes.",
    "The conflict has displaced millions of people and left large parts of the country in ruins.",
    "Diplomats said talks on a broader agreement had stalled over the question of prisoner exchanges.",
    "Prices of bread and fuel have tripled since the start of the year, according to market surveys.",
    "Humanitarian groups say funding for the response covers less than a third of what is needed.",
    "The region has been largely cut off from the internet for several weeks.",
    "Both sides have accused each other of violating earlier commitments.",
    "The United Nations has repeatedly called for an independent investigation.",
    "Observers expect the rainy season to slow military operations in the coming weeks.",
    "The government says it is fighting terrorism; its critics accuse it of collective punishment.",
    "Schools in the district have been closed since the start of the month.",
    "A convoy of trucks carrying food and medicine was waiting at the crossing point.",
]
NGOS = ["Global Relief Alliance", "Medical Aid Without Borders Network", "Civilians First",
        "the Child Protection Coalition", "Rights Watch International", "the Humanitarian Monitoring Group"]
DEMANDS = [
    "We urge all parties to stop using explosive weapons in populated areas.",
    "We call for safe and unhindered access for humanitarian workers.",
    "Those responsible for attacks on civilians must be held to account.",
    "Donors must urgently increase funding for health and shelter services.",
    "Civilians who wish to leave must be allowed to do so safely.",
]
ABOUT = ("{ngo} is an independent humanitarian organisation working in more than 30 countries. It provides "
         "medical care, shelter and protection to people affected by conflict and disaster, and does not take "
         "sides. For media enquiries, contact the press office.")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def _fields(rng: random.Random, prof: dict, pub: date) -> dict:
    return slot_fields(rng, prof, pub)


def _event_paragraph(rng: random.Random, prof: dict, pub: date) -> str:
    """One event sentence, some of its follow-ups, and prose around it."""
    fields = _fields(rng, prof, pub)
    main, follow = rng.choice(EVENTS)
    parts = [main.format(**fields)]
    parts += [s.format(**fields) for s in rng.sample(follow, k=rng.randint(0, len(follow)))]
    if rng.random() < 0.5:
        parts.append(rng.choice(QUOTES).format(**fields))
    parts += [b for b in rng.sample(BACKGROUND, k=2) if b]
    return " ".join(_cap(p) for p in parts)


def _prose_paragraph(rng: random.Random, prof: dict, pub: date) -> str:
    fields = _fields(rng, prof, pub)
    parts = rng.sample(ANALYSIS, k=rng.randint(2, 4))
    if rng.random() < 0.6:
        parts.append(rng.choice(QUOTES).format(**fields))
    return " ".join(parts)


# sentence openings of the templates that are common words, lowercased after a lead-in
COMMON_OPENINGS = {"a", "an", "the", "heavy", "gunmen", "more", "hundreds", "security", "rioters", "drones",
                   "looters", "flash", "police", "artillery", "junta", "federal", "government", "regional", "riot",
                   "rebel", "opposition", "insurgents", "armed", "unidentified", "suspected", "clan", "separatist",
                   "pro-government", "villagers", "military", "army"}


def _lower_start(paragraph: str) -> str:
    """The paragraph continuing a lead-in ("Elsewhere in Mali, ..."); names keep their capital."""
    first = paragraph.split(" ", 1)[0]
    return paragraph[:1].lower() + paragraph[1:] if first.lower() in COMMON_OPENINGS else paragraph


def _words(paragraphs: list[str]) -> int:
    return sum(len(p.split()) for p in paragraphs)


def live_blog(rng: random.Random, country: str, prof: dict, pub: date, target: int) -> str:
    place = rng.choice(prof["places"])
    paras = [f"{country} live: fighting around {place}, aid agencies warn of worsening crisis",
             _prose_paragraph(rng, prof, pub)]
    hour, minute = rng.randint(5, 8), 0
    while _words(paras) < target and hour < 24:
        body = [_event_paragraph(rng, prof, pub) if rng.random() < 0.6 else _prose_paragraph(rng, prof, pub)
                for _ in range(rng.randint(1, 3))]
        paras.append(f"UPDATE {hour:02d}{minute:02d} GMT: " + body[0])
        paras.extend(body[1:])
        minute += rng.choice([10, 15, 20, 25, 35])
        hour, minute = hour + minute // 60, minute % 60
    return "\n\n".join(paras)


def wire_story(rng: random.Random, country: str, prof: dict, pub: date, target: int, publisher: str) -> str:
    dateline = f"{rng.choice(prof['places']).upper()}, {MONTHS[pub.month - 1]} {pub.day} ({publisher}) - "
    paras = [dateline + _event_paragraph(rng, prof, pub)]
    while _words(paras) < target:
        r = rng.random()
        if r < 0.45:
            paras.append(_event_paragraph(rng, prof, pub))
        elif r < 0.8:
            paras.append(_prose_paragraph(rng, prof, pub))
        else:
            paras.append(f"Elsewhere in {country}, " + _lower_start(_event_paragraph(rng, prof, pub)))
    paras.append(f"(Reporting by the {publisher} desk; editing by staff)")
    return "\n\n".join(paras)


def ngo_statement(rng: random.Random, country: str, prof: dict, pub: date, target: int) -> str:
    ngo = rng.choice(NGOS)
    place = rng.choice(prof["places"])
    paras = [f"PRESS RELEASE: {ngo} condemns attacks on civilians in {place}",
             f"{pub.day} {MONTHS[pub.month - 1]} {pub.year} - {_cap(ngo)} is deeply alarmed by the escalation of "
             f"violence in and around {place}, {country}, over the past week.",
             "Our teams have documented the following incidents:"]
    for _ in range(rng.randint(3, 8)):
        day = pub - timedelta(days=rng.randint(1, 7))
        paras.append(f"- On {day.day} {MONTHS[day.month - 1]}, " + _lower_start(_event_paragraph(rng, prof, day)))
    while _words(paras) < target - 80:
        paras.append(_prose_paragraph(rng, prof, pub) if rng.random() < 0.6 else _event_paragraph(rng, prof, pub))
    paras.append(" ".join(rng.sample(DEMANDS, k=3)))
    paras.append(ABOUT.format(ngo=_cap(ngo)))
    return "\n\n".join(paras)


def make_document(rng: random.Random, i: int) -> dict:
    country = rng.choice(list(COUNTRIES))
    prof = COUNTRIES[country]
    pub = date(2016, 1, 1) + timedelta(days=rng.randrange(8 * 365))
    publisher = rng.choice(PUBLISHERS)
    genre = ("live blog", "wire story", "NGO statement")[i % 3]
    # word counts spread over 300-2,000, more short documents than long ones, like a news feed
    target = int(300 + 1700 * rng.random() ** 1.6)
    if genre == "live blog":
        text = live_blog(rng, country, prof, pub, target)
    elif genre == "wire story":
        text = wire_story(rng, country, prof, pub, target, publisher)
    else:
        text = ngo_statement(rng, country, prof, pub, target)
    words = text.split()
    if len(words) > 2000:  # a last long paragraph can overshoot: cut at a paragraph break
        text = text[: text.rfind("\n\n", 0, len(" ".join(words[:2000])))]
    return {"id": f"realistic-{i:05d}", "genre": genre, "text": text, "date": pub.isoformat(),
            "publisher": publisher, "url": f"https://news.example.org/{pub.year}/r{i:05d}"}


def generate(n_docs: int, seed: int = 16) -> list[dict]:
    rng = random.Random(seed)
    return [make_document(rng, i) for i in range(n_docs)]


def write_jsonl(docs: list[dict], out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=48)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "out" / "realistic.jsonl")
    args = parser.parse_args()
    docs = generate(args.docs, args.seed)
    write_jsonl(docs, args.out)
    words = [len(d["text"].split()) for d in docs]
    print(f"wrote {len(docs)} documents ({min(words)}-{max(words)} words, mean {sum(words) / len(words):.0f}) "
          f"to {args.out}")


if __name__ == "__main__":
    main()
