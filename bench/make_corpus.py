"""Generate a synthetic corpus of short news reports (JSONL.gz) for the batch benchmark.

Every sentence comes from templates written for this project: many event types (air strikes,
shelling, clashes, IEDs, abductions, protests, riots, arrests, agreements, displacement, and
non-conflict items such as floods and diplomatic visits), many countries with their own places,
actors and sources, exact and vague numbers, explicit and relative dates, and background
sentences, so documents differ in length and content like a real news feed. Place names are
real towns (facts); no sentence is taken from any dataset.

    python bench/make_corpus.py --docs 20000 --out bench/out/corpus.jsonl.gz
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
from datetime import date, timedelta
from pathlib import Path

COUNTRIES = {
    "Syria": {
        "places": ["Aleppo", "Idlib", "Saraqib", "Maarat al-Numan", "Homs", "Hama", "Deir ez-Zor", "Raqqa",
                   "Daraa", "Douma", "Jisr al-Shughur", "Al-Bab", "Manbij", "Palmyra"],
        "state": ["Syrian government forces", "the Syrian army", "pro-government militias", "Russian warplanes"],
        "rebels": ["rebel fighters", "Hayat Tahrir al-Sham militants", "Islamic State fighters",
                   "the Syrian Democratic Forces", "opposition factions"],
        "sources": ["the Syrian Civil Defence", "a local activist network", "the Syrian Observatory for Human Rights",
                    "a doctor at a field hospital", "state news agency SANA", "residents"],
    },
    "Iraq": {
        "places": ["Mosul", "Kirkuk", "Fallujah", "Ramadi", "Tikrit", "Baqubah", "Samarra", "Tal Afar", "Basra"],
        "state": ["Iraqi security forces", "the Iraqi army", "federal police units", "Popular Mobilisation Forces"],
        "rebels": ["Islamic State militants", "unidentified gunmen", "an armed tribal group"],
        "sources": ["a police officer", "the provincial health directorate", "a security source",
                    "the Joint Operations Command", "local officials"],
    },
    "Yemen": {
        "places": ["Taiz", "Hodeidah", "Marib", "Sanaa", "Aden", "Saada", "Al Bayda", "Hajjah"],
        "state": ["government forces", "Saudi-led coalition aircraft", "the Southern Transitional Council"],
        "rebels": ["Houthi fighters", "Ansar Allah forces", "al-Qaeda militants"],
        "sources": ["medics", "a government spokesman", "the Houthi-run health ministry", "tribal sources",
                    "Doctors Without Borders"],
    },
    "Afghanistan": {
        "places": ["Kandahar", "Kunduz", "Herat", "Jalalabad", "Ghazni", "Lashkar Gah", "Mazar-i-Sharif", "Kabul"],
        "state": ["Afghan security forces", "the Afghan army", "police commandos"],
        "rebels": ["Taliban fighters", "Islamic State Khorasan militants", "insurgents"],
        "sources": ["a provincial spokesman", "the interior ministry", "hospital officials", "tribal elders"],
    },
    "Nigeria": {
        "places": ["Maiduguri", "Kano", "Gusau", "Damaturu", "Yola", "Jos", "Kaduna", "Bama", "Konduga"],
        "state": ["Nigerian troops", "the Nigerian army", "police officers", "the Civilian Joint Task Force"],
        "rebels": ["Boko Haram fighters", "ISWAP militants", "armed bandits", "suspected herders"],
        "sources": ["a local vigilante leader", "the state police command", "Amnesty International",
                    "a community leader", "residents"],
    },
    "Mali": {
        "places": ["Gao", "Mopti", "Timbuktu", "Kidal", "Menaka", "Segou", "Bandiagara", "Djenne"],
        "state": ["Malian soldiers", "the Malian armed forces", "Wagner Group personnel"],
        "rebels": ["JNIM militants", "Islamic State Sahel fighters", "a Dozo militia"],
        "sources": ["a local elected official", "the army general staff", "a UN mission statement", "villagers"],
    },
    "Somalia": {
        "places": ["Mogadishu", "Kismayo", "Baidoa", "Beledweyne", "Afgoye", "Marka", "Jowhar", "Galkayo"],
        "state": ["Somali National Army troops", "African Union peacekeepers", "Jubaland forces"],
        "rebels": ["al-Shabaab militants", "clan militiamen"],
        "sources": ["the Aamin ambulance service", "a police captain", "witnesses", "a district commissioner"],
    },
    "Ukraine": {
        "places": ["Kharkiv", "Donetsk", "Zaporizhzhia", "Kherson", "Mykolaiv", "Sumy", "Bakhmut", "Avdiivka",
                   "Kramatorsk", "Odesa"],
        "state": ["Ukrainian forces", "the Ukrainian armed forces", "Ukrainian border guards"],
        "rebels": ["Russian forces", "Russian troops", "separatist fighters"],
        "sources": ["the regional governor", "Ukraine's emergency service", "the general staff",
                    "the city's mayor", "prosecutors"],
    },
    "Sudan": {
        "places": ["El Fasher", "Khartoum", "Nyala", "Omdurman", "El Geneina", "Wad Madani", "Kadugli"],
        "state": ["the Sudanese Armed Forces", "army aircraft", "riot police"],
        "rebels": ["the Rapid Support Forces", "RSF fighters", "Arab militias"],
        "sources": ["a local resistance committee", "the Sudan Doctors Network", "an aid worker", "residents"],
    },
    "Democratic Republic of Congo": {
        "places": ["Goma", "Beni", "Bunia", "Butembo", "Rutshuru", "Uvira", "Djugu"],
        "state": ["Congolese soldiers", "the FARDC", "UN peacekeepers"],
        "rebels": ["ADF rebels", "M23 fighters", "CODECO militiamen", "Mai-Mai fighters"],
        "sources": ["a civil society coordinator", "the provincial governor's office", "the Kivu Security Tracker",
                    "a parish priest"],
    },
    "Myanmar": {
        "places": ["Sagaing", "Myitkyina", "Lashio", "Hpakant", "Mandalay", "Magway", "Loikaw", "Hakha"],
        "state": ["junta troops", "the Myanmar military", "military aircraft"],
        "rebels": ["People's Defence Force fighters", "the Kachin Independence Army", "the Arakan Army"],
        "sources": ["a local rescue team", "the National Unity Government", "villagers", "an exiled media outlet"],
    },
    "Ethiopia": {
        "places": ["Mekelle", "Gondar", "Bahir Dar", "Dessie", "Nekemte", "Shire", "Lalibela"],
        "state": ["federal troops", "the Ethiopian National Defence Force", "regional special forces"],
        "rebels": ["Fano militiamen", "Oromo Liberation Army fighters", "Tigrayan forces"],
        "sources": ["a health worker", "the Ethiopian Human Rights Commission", "residents", "a regional official"],
    },
}

PUBLISHERS = ["Daily Monitor Wire", "Frontline Dispatch", "Regional News Service", "The Morning Ledger",
              "Crisis Desk", "Global Report Agency", "Coastal Herald", "Evening Standard Post"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
VAGUE = ["dozens of", "several", "at least a dozen", "more than 20", "scores of", "a handful of", "many"]
NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]


def number(rng: random.Random, low: int = 1, high: int = 60) -> str:
    r = rng.random()
    n = rng.randint(low, high)
    if r < 0.45:
        return str(n)
    if r < 0.65 and n <= 12 and n >= 2:
        return NUMBER_WORDS[n - 2]
    if r < 0.8:
        return f"at least {n}"
    if r < 0.9:
        return f"{n} to {n + rng.randint(2, 15)}"
    return rng.choice(VAGUE)


def when(rng: random.Random, pub: date) -> str:
    r = rng.random()
    if r < 0.35:
        return "on " + WEEKDAYS[(pub - timedelta(days=rng.randint(0, 3))).weekday()]
    if r < 0.55:
        return rng.choice(["yesterday", "overnight", "early on Sunday morning", "late last night", "this morning"])
    if r < 0.8:
        d = pub - timedelta(days=rng.randint(0, 5))
        return f"on {d.day} {d.strftime('%B')}"
    return rng.choice(["on Thursday evening", "at dawn", "in the afternoon", "since Saturday"])


# each template: (main sentence, optional follow-ups); fields filled from the country profile
EVENTS = [
    ("An air strike hit a {site} in {place} {when}, killing {n} civilians, {source} said.",
     ["Rescue teams were still searching the rubble for survivors.", "{n2} people were wounded, some critically."]),
    ("{State} shelled residential areas of {place} {when}, killing {n} people and injuring {n2}, according to {source}.",
     ["The bombardment damaged a {site} and several homes."]),
    ("Heavy fighting broke out between {state} and {rebels} on the outskirts of {place} {when}.",
     ["{Source} said {n} fighters were killed on both sides.", "The clashes lasted for several hours."]),
    ("A roadside bomb struck a military vehicle near {place} {when}, killing {n} soldiers, {source} said.",
     ["No group immediately claimed responsibility."]),
    ("A suicide bomber blew himself up at a {site} in {place} {when}, killing {n} people.",
     ["{Source} said the death toll could rise.", "{Rebels} later claimed the attack in a statement."]),
    ("{Rebels} abducted {n} villagers from a farm near {place} {when}, {source} reported.",
     ["Relatives said the kidnappers had demanded a ransom."]),
    ("Gunmen believed to be {rebels} stormed a village near {place} {when} and killed {n} residents, {source} said.",
     ["Survivors said houses were set on fire before the attackers fled."]),
    ("Hundreds of people marched peacefully through {place} {when} to demand the release of detained relatives.",
     ["Organisers said the protest ended without incident."]),
    ("Security forces fired tear gas to disperse demonstrators in {place} {when}; {source} said {n} protesters were hurt.",
     ["Witnesses said some protesters threw stones at the police."]),
    ("Rioters torched shops and vehicles in {place} {when} after a dispute between two communities, {source} said.",
     ["{n} people were arrested during the unrest."]),
    ("{State} arrested {n} people suspected of links to {rebels} in raids across {place} {when}.",
     ["{Source} said weapons and explosives were seized."]),
    ("{State} and {rebels} agreed to a local ceasefire around {place} {when} after talks mediated by elders.",
     ["The truce is meant to allow aid convoys to reach the area."]),
    ("More than {big} families fled {place} {when} as fighting approached the town, {source} said.",
     ["Many of the displaced are sheltering in schools and mosques."]),
    ("{Rebels} seized control of {place} {when} after {state} withdrew from their positions, {source} said.",
     ["Residents reported that the flag of the group was raised over the main square."]),
    ("{State} recaptured {place} from {rebels} {when} following a week-long offensive, {source} announced.",
     ["Engineers began clearing mines from the main roads."]),
    ("Drones attacked a fuel depot in {place} {when}, starting a large fire but causing no casualties, {source} said.",
     []),
    ("Looters ransacked a warehouse belonging to an aid agency in {place} {when}, {source} said.",
     ["Food and medical supplies worth thousands of dollars were taken."]),
    ("Flash floods swept through {place} {when}, killing {n} people and destroying hundreds of homes, {source} said.",
     ["The rains were the heaviest recorded in the area in a decade."]),
    ("The foreign minister visited {place} {when} and called for a political solution to the crisis.",
     ["He met local leaders and representatives of aid groups."]),
    ("Police in {place} broke up a smuggling ring {when} and seized a large quantity of drugs, {source} said.",
     ["{n} suspects were detained."]),
    ("A fire at a crowded market in {place} {when} killed {n} people, {source} said, blaming an electrical fault.",
     []),
    ("Artillery fire from {rebels} hit a {site} in {place} {when}; {source} said {n} people died and {n2} were injured.",
     ["It was the third such attack on the area this month."]),
]
SITES = ["market", "hospital", "school", "bakery", "mosque", "bus station", "water plant", "camp for displaced people",
         "residential building", "checkpoint", "wedding party", "funeral gathering"]
BACKGROUND = [
    "The area has seen repeated violence in recent months.",
    "Access for journalists to the region is restricted, and casualty figures could not be independently verified.",
    "Aid agencies have warned of worsening humanitarian conditions.",
    "The government did not respond to a request for comment.",
    "Tensions have risen since talks between the parties collapsed earlier this year.",
    "Local hospitals said they were overwhelmed and short of supplies.",
    "",
    "",
]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def slot_fields(rng: random.Random, prof: dict, pub: date) -> dict:
    """Slot fillers for one generated report (place, forces, source, site, day, numbers), each also
    capitalised for the start of a sentence; shared with realistic_corpus.py."""
    fields = {
        "place": rng.choice(prof["places"]),
        "state": rng.choice(prof["state"]),
        "rebels": rng.choice(prof["rebels"]),
        "source": rng.choice(prof["sources"]),
        "site": rng.choice(SITES),
        "when": when(rng, pub),
        "n": number(rng),
        "n2": number(rng, 2, 90),
        "big": rng.choice(["200", "1,500", "3,000", "a thousand", "12,000"]),
    }
    fields.update({k.capitalize(): _cap(v) for k, v in list(fields.items())})
    return fields


def make_document(rng: random.Random, i: int, start: date, days: int) -> dict:
    country = rng.choice(list(COUNTRIES))
    prof = COUNTRIES[country]
    pub = start + timedelta(days=rng.randrange(days))
    main, follow = rng.choice(EVENTS)
    fields = slot_fields(rng, prof, pub)
    parts = [main.format(**fields)]
    parts += [s.format(**fields) for s in rng.sample(follow, k=rng.randint(0, len(follow)))]
    extra = rng.choice(BACKGROUND)
    if extra:
        parts.append(extra)
    text = " ".join(_cap(p) for p in parts)
    return {
        "id": f"synth-{i:07d}",
        "text": text,
        "date": pub.isoformat(),
        "publisher": rng.choice(PUBLISHERS),
        "url": f"https://news.example.org/{pub.year}/{i:07d}",
        "title": _cap(main.split(",")[0].format(**fields))[:90],
    }


def generate(n_docs: int, out: Path, seed: int = 8) -> Path:
    rng = random.Random(seed)
    out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(out, "wt", encoding="utf-8") as fh:
        for i in range(n_docs):
            fh.write(json.dumps(make_document(rng, i, date(2015, 1, 1), 9 * 365), ensure_ascii=False) + "\n")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "out" / "corpus.jsonl.gz")
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()
    path = generate(args.docs, args.out, args.seed)
    print(f"wrote {args.docs} documents to {path}")


if __name__ == "__main__":
    main()
