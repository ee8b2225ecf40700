"""Within-document event coreference: the mentions of one event become one record.

A wire story tells its event several times: the headline and the lede often name only the
country ("gunmen kill 19 in Niger"), a later sentence the village and the day. Each may have
founded its own record, none of them complete. A record whose place is no finer than a country
(or that names none) is the same event as a record of the same document that names a finer place
inside that country when both are the same kind of report, of one type family, on compatible days
(overlapping, or the undated one reported at most a day after the dated one) and with actors that
do not contradict. Two records that each name a finer place are one event only at the same place
with the same sub-event type. The merged record takes each slot from the mention that tells it
best: the finest place and its sub-event type, the explicit event day over the reporting day, a
figure over a vague word, a named actor over an inferred one, every source.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from pathlib import Path

from sitroom.extract.notes import generate_notes
from sitroom.model import CountRange, EventRecord
from sitroom.yamlload import safe_load

# type families whose mentions may tell one event ("the attack" / "the clashes" / "the shelling")
VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
DEMONSTRATIONS = {"Protests", "Riots"}
# how many days before the reporting day an explicitly dated mention may lie and still be the
# event the undated mentions report ("said on Sunday" / "the attack on Saturday")
REPORTING_LAG_DAYS = 1
# ... and before the day a source is said to have spoken ("police said on Wednesday ... the attack
# on Monday"): a told day bounds the event from after, by a few days
SPOKEN_LAG_DAYS = 3
# how specific a place is, by the gazetteer kind the geocoder gave it (bigger is finer)
KIND_RANK = {"country": 1, "admin1": 2, "region": 3, "district": 3, "terrain": 3, "city": 4, "town": 5,
             "village": 5, "camp": 6, "airport": 6, "site": 6, "neighbourhood": 6}


# outcomes that are events of their own beside an attack at the same place and day
DISTINCT_SUBTYPES = {"Abduction/forced disappearance", "Sexual violence", "Arrests"}


def _family(record: EventRecord) -> str:
    if record.sub_event_type in DISTINCT_SUBTYPES:
        return record.sub_event_type
    if record.event_type in VIOLENT:
        return "violent"
    if record.event_type in DEMONSTRATIONS:
        return "demonstration"
    return f"{record.event_type}/{record.sub_event_type}"


def place_rank(record: EventRecord) -> int:
    """0 for no place, 1 for a country ... 7 for a neighbourhood of a city."""
    if not record.location:
        return 0
    if record.country and record.location == record.country:
        return 1
    if " - " in record.location:
        return 7
    kind = record.extra.get("place_kind", "")
    if kind in KIND_RANK:
        return KIND_RANK[kind]
    if record.extra.get("place_unresolved"):
        return 5  # an unknown name the text anchors ("the village of X"): finer than its area
    if record.admin1 and record.location == record.admin1:
        return 2
    return {1: 5, 2: 4, 3: 2}.get(record.geo_precision or 3, 2)


def _norm(name: str) -> str:
    return " ".join((name or "").lower().replace("-", " ").split())


def _contains(outer: EventRecord, inner: EventRecord) -> bool:
    """The outer record's place is an area the inner record's place lies in."""
    name = _norm(outer.location)
    if not name:
        return True
    if name == _norm(inner.location):
        return True
    if inner.location.startswith(outer.location + " - "):
        return True
    areas = {_norm(inner.admin1), _norm(inner.admin2), _norm(inner.country),
             _norm(inner.extra.get("placed_within", ""))}
    return name in areas - {""}


def places_compatible(a: EventRecord, b: EventRecord) -> bool:
    """The same place, or one an area the other lies in (only a coarser place can contain a finer
    one: "Marib" the city does not contain a village of Marib governorate)."""
    if not a.location or not b.location or _norm(a.location) == _norm(b.location):
        return True
    ra, rb = place_rank(a), place_rank(b)
    return (ra < rb and _contains(a, b)) or (rb < ra and _contains(b, a))


def _days(record: EventRecord) -> tuple[date, date] | None:
    first, last = record.date_start or record.event_date, record.date_end or record.event_date
    if not first or not last:
        return None
    return date.fromisoformat(first), date.fromisoformat(last)


def mark_reporting_days(records: list[EventRecord], spans: set[tuple[int, int]]) -> None:
    """Flag the records whose only day is the day a source spoke ("police said on Sunday")."""
    for record in records:
        days = [(e.start, e.end) for e in record.evidence if e.field == "event_date"]
        if days and all(day in spans for day in days):
            record.extra["reporting_day"] = True


def date_strength(record: EventRecord) -> int:
    """How well the text dated a mention: 2 its event's own day, 1 only the day a source spoke
    ("police said on Sunday": the event lies on or a few days before it), 0 no day of its own."""
    if "date_from" in record.extra or record.date_start is None:
        return 0
    return 1 if record.extra.get("reporting_day") else 2


def explicit_date(record: EventRecord) -> bool:
    """The text itself dated the event (not only the entry's or the document's day, nor the day
    a source spoke: "said on Sunday" bounds the event, the attack "on Saturday" dates it)."""
    return date_strength(record) == 2


def dates_compatible(a: EventRecord, b: EventRecord) -> bool:
    da, db = _days(a), _days(b)
    if da is None or db is None:
        return True
    sa, sb = date_strength(a), date_strength(b)
    if sa == sb:
        return da[0] <= db[1] and db[0] <= da[1]
    told, reported = (da, db) if sa > sb else (db, da)
    # an undated mention is as of its reporting day; the explicit day may precede it a little
    lag = SPOKEN_LAG_DAYS if min(sa, sb) == 1 else REPORTING_LAG_DAYS
    return told[1] <= reported[1] and (reported[0] - told[0]).days <= lag


def _named(actor: str) -> bool:
    return bool(actor) and not actor.startswith("Unidentified") and not actor.startswith("Civilians")


def actors_compatible(a: EventRecord, b: EventRecord) -> bool:
    """Named actors must not contradict: the same first actor, or the sides told the other way round."""
    if not (_named(a.actor1) and _named(b.actor1)) or a.actor1 == b.actor1:
        return True
    inferred_a = "actor1" in a.extra.get("inferred_fields", [])
    inferred_b = "actor1" in b.extra.get("inferred_fields", [])
    if inferred_a or inferred_b:
        return True
    return b.actor1 in (a.actor2, a.assoc_actor_1) or a.actor1 in (b.actor2, b.assoc_actor_1)


def _update_entry(record: EventRecord, kinds: dict[int, str]) -> bool:
    return kinds.get(record.extra.get("entry", -1)) == "update"


def corefer(a: EventRecord, b: EventRecord, entry_kinds: dict[int, str] | None = None) -> bool:
    """Whether two records of one document tell the same event (see the module docstring)."""
    entry_kinds = entry_kinds or {}
    if a.report_kind != b.report_kind:
        return False
    if a.report_kind == "aggregate" and (_norm(a.location) != _norm(b.location) or (
            a.sub_event_type != b.sub_event_type and a.counts != b.counts)):
        # a country's tally and its province's part, or a tally of killings and one of
        # disappearances, are two tallies, never one (tally.py)
        return False
    if _family(a) != _family(b):
        return False
    if a.extra.get("entry") != b.extra.get("entry") and (
            _update_entry(a, entry_kinds) or _update_entry(b, entry_kinds)):
        # live-blog updates each report their own moment: only the same named place joins them
        if not (a.location and _norm(a.location) == _norm(b.location) and place_rank(a) >= 4):
            return False
    if min(place_rank(a), place_rank(b)) > 1 and not _named_places_join(a, b):
        return False
    return places_compatible(a, b) and dates_compatible(a, b) and actors_compatible(a, b)


# the coarsest a named place may be to contain another mention's place: a province, a region, a district
AREA_RANK = 3


def _stated_killed(record: EventRecord) -> int | None:
    """The figure of dead a mention states as a number (not a vague "many", not none)."""
    killed = record.counts.get("killed")
    if killed is None or "killed" in record.extra.get("vague_counts", []):
        return None
    return killed.best if killed.best is not None else killed.low


def _named_places_join(a: EventRecord, b: EventRecord) -> bool:
    """Two mentions that each name a place finer than a country: one event at one place and of
    one sub-type, or when one names an area (a province, a district) the other's place lies in
    ("an attack in Borno state" / "the raid on a village of Borno") unless each states its own
    different toll (two incidents of one province)."""
    if _norm(a.location) == _norm(b.location):
        return a.sub_event_type == b.sub_event_type
    coarse, fine = (a, b) if place_rank(a) < place_rank(b) else (b, a)
    if place_rank(coarse) == place_rank(fine) or place_rank(coarse) > AREA_RANK or not _contains(coarse, fine):
        return False
    ka, kb = _stated_killed(a), _stated_killed(b)
    return ka is None or kb is None or ka == kb


def _take_place(target: EventRecord, other: EventRecord) -> None:
    for name in ("location", "country", "iso3", "admin1", "admin2", "latitude", "longitude", "geo_precision"):
        setattr(target, name, getattr(other, name))
    for key in ("place_kind", "place_unresolved", "placed_within"):
        if key in other.extra:
            target.extra[key] = other.extra[key]
        else:
            target.extra.pop(key, None)
    target.evidence = [e for e in target.evidence if e.field != "location"]
    target.evidence.extend(e for e in other.evidence if e.field == "location")


def _take_date(target: EventRecord, other: EventRecord) -> None:
    for name in ("event_date", "date_start", "date_end", "time_precision"):
        setattr(target, name, getattr(other, name))
    target.extra.pop("date_from", None)
    target.extra.pop("reporting_day", None)
    target.evidence = [e for e in target.evidence if e.field != "event_date"]
    target.evidence.extend(e for e in other.evidence if e.field == "event_date")


def _span(record: EventRecord) -> int:
    days = _days(record)
    return (days[1] - days[0]).days if days else 10_000


def _take_actors(target: EventRecord, other: EventRecord) -> None:
    for name in ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "inter1", "inter2", "civilian_targeting"):
        setattr(target, name, getattr(other, name))
    target.extra["inferred_fields"] = list(other.extra.get("inferred_fields", []))
    target.evidence = [e for e in target.evidence if not e.field.startswith(("actor", "assoc_actor"))]
    target.evidence.extend(e for e in other.evidence if e.field.startswith(("actor", "assoc_actor")))


def _actor_strength(record: EventRecord) -> int:
    if not record.actor1:
        return 0
    if "actor1" in record.extra.get("inferred_fields", []) or not _named(record.actor1):
        return 1
    return 2


def _merge_counts(target: EventRecord, other: EventRecord) -> None:
    """Two tellings of one figure: a figure beats a vague word; else the lowest credible figure."""
    vague_t = set(target.extra.get("vague_counts", []))
    vague_o = set(other.extra.get("vague_counts", []))
    for category, rng in other.counts.items():
        current = target.counts.get(category)
        if current is None or (category in vague_t and category not in vague_o):
            target.counts[category] = CountRange(rng.low, rng.best, rng.high)
            vague_t.discard(category) if category not in vague_o else vague_t.add(category)
        elif category in vague_o and category not in vague_t:
            continue
        else:
            lows = [v for v in (current.low, rng.low) if v is not None]
            bests = [v for v in (current.best, rng.best) if v is not None]
            highs = [v for v in (current.high, rng.high, current.best, rng.best) if v is not None]
            target.counts[category] = CountRange(min(lows) if lows else None, min(bests) if bests else None,
                                                 max(highs) if highs else None)
    target.extra["vague_counts"] = sorted(vague_t)
    killed = target.counts.get("killed")
    target.fatalities = 0
    if killed is not None:
        for value in (killed.low, killed.best, killed.high):
            if value is not None:
                target.fatalities = int(value)
                break


def _merge_sources(target: EventRecord, other: EventRecord) -> None:
    names = list(target.attribution.get("sources", []))
    for name in other.attribution.get("sources", []):
        if name not in names:
            names.append(name)
    publisher_t = [p for p in target.source.split("; ") if p and p not in names]
    publisher_o = [p for p in other.source.split("; ") if p and p not in names]
    target.attribution["sources"] = names
    target.attribution["hedged"] = bool(target.attribution.get("hedged")) and bool(other.attribution.get("hedged"))
    publishers = list(dict.fromkeys(publisher_t + publisher_o))
    target.source = "; ".join(names + publishers)


def _type_strength(record: EventRecord) -> tuple:
    """Which mention types the event: the one naming the finest place (it founded the cluster),
    except that a battle absorbs the strikes told within it (codebook)."""
    return (record.event_type == "Battles",)


def _evidence_key(e) -> tuple[str, int, int]:
    return (e.field, e.start, e.end)


def merge_coreferent(target: EventRecord, other: EventRecord,
                     evidence_keys: dict[int, set[tuple[str, int, int]]] | None = None) -> None:
    """Fold `other` (a later mention) into `target`, each slot from the mention that tells it best.

    `evidence_keys` (id of a target -> the keys of its evidence) lets a caller folding many
    mentions into one record skip rebuilding that set at every fold, which made a long report
    telling one event hundreds of times quadratic in its length."""
    reshaped = False  # a slot taken from `other` replaces part of the target's evidence
    if place_rank(other) > place_rank(target):
        _take_place(target, other)
        reshaped = True
    if date_strength(other) > date_strength(target) or (
            date_strength(other) == date_strength(target) > 0 and _span(other) < _span(target)):
        _take_date(target, other)
        reshaped = True
    if _actor_strength(other) > _actor_strength(target):
        _take_actors(target, other)
        reshaped = True
    if _type_strength(other) > _type_strength(target):
        target.event_type, target.sub_event_type = other.event_type, other.sub_event_type
        target.disorder_type = other.disorder_type
    target.confidence = max(target.confidence, other.confidence)
    _merge_counts(target, other)
    _merge_sources(target, other)
    seen = None if evidence_keys is None or reshaped else evidence_keys.get(id(target))
    if seen is None:
        seen = {_evidence_key(e) for e in target.evidence}
    added = [e for e in other.evidence if _evidence_key(e) not in seen]
    target.evidence.extend(added)
    seen.update(_evidence_key(e) for e in added)
    if evidence_keys is not None:
        evidence_keys[id(target)] = seen
    target.extra.setdefault("sentences", []).extend(other.extra.get("sentences", []))
    target.extra.setdefault("coreferent", []).append(other.event_id)
    target.notes = generate_notes(target)


def affinity(cluster: EventRecord, record: EventRecord) -> int:
    """How strongly a compatible record belongs to a cluster, to choose among several: the same
    sub-event type, the same figure of dead, the same named actor, the same place."""
    score = 3 * (cluster.sub_event_type == record.sub_event_type) + (cluster.event_type == record.event_type)
    if record.fatalities and record.fatalities == cluster.fatalities:
        score += 2
    if _named(record.actor1) and record.actor1 == cluster.actor1:
        score += 1
    if record.location and _norm(record.location) == _norm(cluster.location):
        score += 1
    return score


def resolve_coreference(records: list[EventRecord], entry_kinds: dict[int, str] | None = None) -> list[EventRecord]:
    """One record per event of the document. The most specific mentions found the clusters; each
    other record joins the compatible cluster it fits best, or founds its own."""
    order = sorted(range(len(records)), key=lambda i: (-place_rank(records[i]), i))
    clusters: list[tuple[int, EventRecord]] = []
    # corefer() needs the same report kind and type family, which folding never changes: a
    # record is compared only with the clusters of its own kind and family (their global order kept)
    by_family: dict[tuple[str, str], list[tuple[int, EventRecord]]] = {}
    evidence_keys: dict[int, set[tuple[str, int, int]]] = {}
    for i in order:
        record = records[i]
        family = by_family.setdefault((record.report_kind, _family(record)), [])
        fits = [(affinity(c, record), -n, c) for n, c in family if corefer(c, record, entry_kinds)]
        if not fits:
            family.append((len(clusters), record))
            clusters.append((i, record))
            continue
        home = max(fits, key=lambda f: (f[0], f[1]))[2]
        merge_coreferent(home, record, evidence_keys)
    return [c for _, c in sorted(clusters, key=lambda pair: pair[0])]


# the longest first line read as a headline (a title, not a paragraph)
HEADLINE_MAX_CHARS = 200
HEADLINE_MIN_WORDS = 3


def headline_span(text: str) -> tuple[int, int] | None:
    """The document's headline: its first non-empty line when short, of a few words and not
    ended as a sentence of prose (a title carries no final full stop)."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    line = text[start:end].strip()
    if not line or end == len(text) or len(line) > HEADLINE_MAX_CHARS or len(line.split()) < HEADLINE_MIN_WORDS \
            or line.endswith("."):
        return None
    return start, end


def _only_in(record: EventRecord, span: tuple[int, int]) -> bool:
    spans = record.extra.get("sentences", [])
    return bool(spans) and all(span[0] <= a and b <= span[1] + 1 for a, b in spans)


# how many days before an undated headline's publication day the body's event may lie (the news
# of the last week, as a lede's day: dates.LEDE_MAX_DAYS)
HEADLINE_LAG_DAYS = 7


def _headline_days_fit(head: EventRecord, body: EventRecord) -> bool:
    """An undated headline is the news of its publication: any body day of the week before it fits."""
    dh, db = _days(head), _days(body)
    if date_strength(head) > 0 or dh is None or db is None:
        return dates_compatible(head, body)
    return db[1] <= dh[1] and (dh[0] - db[0]).days <= HEADLINE_LAG_DAYS


def _headline_fits(head: EventRecord, body: EventRecord) -> bool:
    """The body mention may be the event the headline announces: same kind and type family, no
    contradicting days or actors, and a place that contains, lies in or refines the headline's
    (a headline's city is often the dateline's; the body's finer place in its country wins)."""
    if body.report_kind != head.report_kind or _family(body) != _family(head):
        return False
    if not (_headline_days_fit(head, body) and actors_compatible(head, body)):
        return False
    if places_compatible(head, body):
        return True
    return bool(head.country) and head.country == body.country and place_rank(body) > place_rank(head)


def fold_headline(records: list[EventRecord], text: str) -> list[EventRecord]:
    """A headline never founds a second record beside the event its body tells: a record told
    only in the headline folds into a later record it fits (the lede's event), which
    keeps its own place, day and figure (a headline's figure only fills a missing one); among
    several, the one it resembles most (sub-type, figure, actor, place), else the first."""
    span = headline_span(text)
    if span is None:
        return records
    out = list(records)
    for head in [r for r in records if r.report_kind == "incident" and _only_in(r, span)]:
        fits = [(affinity(r, head), -n, r) for n, r in enumerate(out)
                if r is not head and not _only_in(r, span) and _headline_fits(head, r)]
        if not fits:
            continue
        body = max(fits, key=lambda f: (f[0], f[1]))[2]
        _fold_head(body, head)
        out.remove(head)
    return out


def _fold_head(body: EventRecord, head: EventRecord) -> None:
    """Fold the headline's mention into the body's event: only slots the body lacks are filled."""
    for category in [c for c in head.counts if c in body.counts]:
        head.counts.pop(category)  # the body's own figure stands: never the headline's rounding
    vague = set(head.extra.get("vague_counts", [])) - set(head.counts)
    head.extra["vague_counts"] = sorted(vague)
    merge_coreferent(body, head)  # a place or day only when finer or firmer than the body's


DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "coref.yaml"


@lru_cache(maxsize=1)
def anaphora_pattern() -> re.Pattern[str]:
    """'<the|this ...> <attack|raid|blast|toll ...>' from data/coref.yaml: an event told before."""
    with open(DATA_FILE, encoding="utf-8") as f:
        data = safe_load(f) or {}
    dets = "|".join(re.escape(w) for w in data.get("anaphoric_determiners", []))
    nouns = "|".join(re.escape(w) for w in data.get("anaphoric_event_nouns", []))
    return re.compile(rf"\b(?:{dets})\s+(?:{nouns})\b", re.IGNORECASE)


def _anaphoric(record: EventRecord, text: str) -> bool:
    """Every sentence of the record points back to an event with a definite event noun."""
    spans = record.extra.get("sentences", [])
    return bool(spans) and all(anaphora_pattern().search(text[a:b]) for a, b in spans)


def _retells(antecedent: EventRecord, record: EventRecord) -> bool:
    """The anaphoric record may be the antecedent retold: the same kind and type family, days,
    places (the same, by containment, or none) and actors that do not contradict, and no second
    toll of its own (two stated, different tolls are two incidents)."""
    if antecedent.report_kind != record.report_kind or _family(antecedent) != _family(record):
        return False
    if not (places_compatible(antecedent, record) and dates_compatible(antecedent, record)
            and actors_compatible(antecedent, record)):
        return False
    ka, kb = _stated_killed(antecedent), _stated_killed(record)
    return ka is None or kb is None or ka == kb


def fold_anaphora(records: list[EventRecord], text: str) -> list[EventRecord]:
    """A record told only in sentences that point back ("the attack", "the raid", "the blast",
    "the toll") folds into the last event told before it that it may retell; with none, it stays."""
    out: list[EventRecord] = []
    for record in sorted(records, key=_first_offset):
        if record.report_kind == "incident" and _anaphoric(record, text):
            start = _first_offset(record)
            antecedent = next((t for t in reversed(out) if _first_offset(t) < start and _retells(t, record)), None)
            if antecedent is not None:
                merge_coreferent(antecedent, record)
                continue
            antecedent = next((t for t in reversed(out) if _first_offset(t) < start and _places_it(t, record)), None)
            if antecedent is not None:
                _take_told_place(antecedent, record)
                continue
        out.append(record)
    order = {id(r): n for n, r in enumerate(records)}
    return sorted(out, key=lambda r: order.get(id(r), len(order)))


def _places_it(antecedent: EventRecord, record: EventRecord) -> bool:
    """A sentence that only says where the event told before happened ("a resident told the paper
    that the attack occurred on Thursday in X"), typed as talk: it names a finer place inside the
    event's area (or an unknown name of the event's country that no container is given for), on a
    compatible day."""
    if record.event_type != "Non-conflict" or antecedent.event_type == "Non-conflict" \
            or antecedent.report_kind != "incident" or not record.location:
        return False
    if place_rank(record) <= place_rank(antecedent) or not dates_compatible(antecedent, record):
        return False
    if _contains(antecedent, record):
        return True
    bare_unknown = bool(record.extra.get("place_unresolved")) and not record.extra.get("placed_within") \
        and record.latitude is None
    return bare_unknown and bool(record.country) and record.country == antecedent.country


def _take_told_place(antecedent: EventRecord, record: EventRecord) -> None:
    """The event moves to the place the retelling names; an unknown name with no container of its
    own sits at the event's former area (its point, its coarser precision) and stays flagged."""
    area = antecedent.location
    point = (antecedent.latitude, antecedent.longitude, antecedent.geo_precision, antecedent.admin1)
    _take_place(antecedent, record)
    if antecedent.latitude is None and point[0] is not None:
        antecedent.latitude, antecedent.longitude = point[0], point[1]
        antecedent.geo_precision = max(point[2] or 3, 2)
        antecedent.admin1 = antecedent.admin1 or point[3]
        antecedent.extra["placed_within"] = area
    antecedent.extra.setdefault("sentences", []).extend(record.extra.get("sentences", []))
    antecedent.extra.setdefault("coreferent", []).append(record.event_id)
    antecedent.notes = generate_notes(antecedent)


def _first_offset(record: EventRecord) -> int:
    spans = record.extra.get("sentences", [])
    return min((a for a, _ in spans), default=0)


# a sentence that only tells the toll of an event ("the death toll rose to 12", "at least five
# people have been killed"): no event of its own
TOLL_SENTENCE = re.compile(
    r"\b(?:death\s+toll|toll|(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:confirmed\s+|reported\s+)?"
    r"(?:killed|dead)|died|bodies|lives)\b", re.IGNORECASE)
# a toll that updates the figure told before ("rose to", "now stands at"): the later figure wins
TOLL_UPDATE = re.compile(r"\b(?:rose|risen|climbed|increased|jumped|reached|now\s+stands?|has\s+risen)\b",
                         re.IGNORECASE)


def _toll_only(record: EventRecord, text: str) -> bool:
    spans = record.extra.get("sentences", [])
    return bool(spans) and "killed" in record.counts and all(
        TOLL_SENTENCE.search(text[a:b]) for a, b in spans)


def fold_toll_siblings(records: list[EventRecord], text: str) -> list[EventRecord]:
    """A record that only tells a toll ("At least five people have been killed", "the death toll
    rose to 12") folds into the violent incident before it that it updates, whatever type its own
    sentence was guessed: the same kind, compatible days, and the same place or none of its own (a
    coarser place is not enough: a toll for one town is not an attack in another of its country)."""
    out: list[EventRecord] = []
    for record in records:
        target = next((t for t in reversed(out) if t.report_kind == "incident" and _family(t) == "violent"), None)
        if target is not None and record.report_kind == "incident" and _family(record) != _family(target) \
                and _family(record) not in DISTINCT_SUBTYPES and _toll_only(record, text) \
                and (place_rank(record) == 0 or _norm(record.location) == _norm(target.location)
                     or (place_rank(record) == 1 and record.country == target.country)) \
                and dates_compatible(target, record):
            update = any(TOLL_UPDATE.search(text[a:b]) for a, b in record.extra.get("sentences", []))
            if update:
                target.counts.pop("killed", None)
            # the incident's type stands: the toll sentence's own type was a guess
            record.event_type, record.sub_event_type, record.disorder_type = (
                target.event_type, target.sub_event_type, target.disorder_type)
            merge_coreferent(target, record)
            continue
        out.append(record)
    return out
