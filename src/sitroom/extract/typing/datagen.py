"""Expand the hand-written templates into the training set (data/typing/train.jsonl).

Why templates: each sentence is written by hand, then filled with the places, forces and
numbers of many countries (settings.yaml), so the classifier learns the event wording and
not a country. Fixed seed: the same templates always give the same file.

    python -m sitroom.extract.typing.datagen   # rewrites data/typing/train.jsonl
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

import yaml

DATA_DIR = Path(__file__).resolve().parents[2] / "data" / "typing"
TEMPLATES = DATA_DIR / "templates.txt"
SETTINGS = DATA_DIR / "settings.yaml"
OUTPUT = DATA_DIR / "train.jsonl"
SEED = 20240601
PER_LABEL = 300
NO_EVENT_N = 600

NUMBERS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "10", "11", "12", "13",
           "14", "15", "17", "19", "21", "23", "26", "31", "35", "42", "more than 50", "dozens of"]
NUMBERS2 = ["two", "three", "four", "six", "nine", "12", "18", "dozens of", "several", "many"]
BIG = ["10,000", "25,000", "60,000", "120,000", "300,000", "a million", "2,500", "8,000"]
DAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday",
        "on Sunday", "on Sunday night", "early on Friday", "late on Wednesday", "overnight",
        "on Thursday morning", "on March 3", "on 14 July", "last week", "yesterday", "", "", "",
        "this morning", "on Tuesday evening", "at dawn on Saturday"]
SOURCES = ["officials said", "police said", "a military spokesman said", "according to local media",
           "residents told AFP", "a local official told Reuters", "the army said in a statement",
           "according to a monitoring group", "witnesses said", "state media reported",
           "a security source said", "hospital sources said", "the interior ministry said",
           "local activists reported", "a provincial spokesman said", "the news agency reported",
           "according to a statement", "a rights group said", "sources told the newspaper"]
AGENCIES = ["AFP", "Reuters", "AP", "Xinhua", "dpa", "Anadolu"]
CONTEXT = ["The area has seen repeated violence in recent months.",
           "It was not immediately possible to verify the reports independently.",
           "The region has been under a state of emergency since last year.",
           "Further details were not immediately available.",
           "The incident comes amid rising tensions in the region.",
           "The toll is expected to rise, officials warned.",
           "This breaking news story is being updated.",
           "Photo: file image.",
           "The government has faced growing criticism over security in the area.",
           "Residents said the situation remained tense."]


def _parse_templates(path: Path) -> dict[str, list[str]]:
    """'## Label' headed sections of one template per line; '#' lines are comments."""
    out: dict[str, list[str]] = {}
    label = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("## "):
            label = line[3:].strip()
            out.setdefault(label, [])
        elif line and not line.startswith("#") and label:
            out[label].append(line)
    return out


def _fill(template: str, setting: dict, rng: random.Random) -> str:
    """Fill every {SLOT} with a value of one setting (so the places and actors agree)."""
    towns = list(setting["town"])
    rng.shuffle(towns)
    values = {
        "COUNTRY": setting["country"], "ADJ": setting["adj"], "CAPITAL": setting["capital"],
        "REGION": rng.choice(setting["region"]), "TOWN": towns[0], "TOWN2": towns[1],
        "CITY": rng.choice(setting["city"]), "GOV": rng.choice(setting["gov"]),
        "POLICE": rng.choice(setting["police"]), "REBEL": rng.choice(setting["rebel"]),
        "MILITIA": rng.choice(setting["militia"]), "PERSON": rng.choice(setting["person"]),
        "N": rng.choice(NUMBERS), "N2": rng.choice(NUMBERS2), "NBIG": rng.choice(BIG),
        "DAY": rng.choice(DAYS), "SRC": rng.choice(SOURCES),
    }
    text = re.sub(r"\{([A-Z0-9]+)\}", lambda m: values[m.group(1)], template)
    text = re.sub(r"\s+", " ", text).replace(" ,", ",").replace(" .", ".").replace(" ;", ";")
    text = text.replace("dozens of of", "dozens of")
    # sentence-initial capitals after filling a lower-case slot
    text = re.sub(r"(^|[.!?]\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)
    return text


def _vary(text: str, setting: dict, rng: random.Random, context: list[str]) -> str:
    """News-like noise: datelines, trailing context sentences, fragments."""
    r = rng.random()
    if r < 0.10:
        text = f"{rng.choice(setting['city']).upper()} ({rng.choice(AGENCIES)}) - {text}"
    elif r < 0.14:
        text = text[0].lower() + text[1:]
    if rng.random() < 0.30:
        text = f"{text} {rng.choice(context)}"
    return text


def generate() -> list[dict]:
    """The full training set as [{"text", "label"}], deterministic."""
    rng = random.Random(SEED)
    templates = _parse_templates(TEMPLATES)
    settings = yaml.safe_load(SETTINGS.read_text(encoding="utf-8"))
    no_event = templates.get("No event", [])
    rows: list[dict] = []
    seen: set[str] = set()
    for label, temps in templates.items():
        target = NO_EVENT_N if label == "No event" else PER_LABEL
        tries = 0
        count = 0
        while count < target and tries < target * 6:
            tries += 1
            t = temps[tries % len(temps)]
            setting = rng.choice(settings)
            text = _fill(t, setting, rng)
            if label != "No event":
                context = CONTEXT + [_fill(rng.choice(no_event), setting, rng) for _ in range(2)]
                text = _vary(text, setting, rng, context)
            if text in seen:
                continue
            seen.add(text)
            rows.append({"text": text, "label": label})
            count += 1
    return rows


def main() -> None:
    rows = generate()
    with OUTPUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUTPUT}")


if __name__ == "__main__":
    main()
