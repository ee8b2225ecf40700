"""From a Document to event records: entries -> sentences -> mentions -> records.

Each stage lives in its own module (typing, counts, tally, dates, actors, sources, geocode);
this module only orders them and decides which sentences describe the same event within an
entry, so that "An air strike hit X. The report said 25 people were killed." is one event.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Span

from sitroom.extract.domain import (drop_displacement_only, drop_no_event_domain, no_event_sentence,
                                    retype_off_domain, sentence_domain)
from sitroom.extract.actors import (EventActors, extract_actors, fill_unidentified_actors,
                                    attribute_to_sole_named_group,
                                    attribute_unclaimed_strikes, resolve_bare_state_forces)
from sitroom.extract.coref import (anaphora_pattern, fold_anaphora, fold_headline, fold_toll_siblings, headline_span,
                                  mark_reporting_days, resolve_coreference)
from sitroom.extract.counts import CountMention, extract_counts, parts_of_total, taken_by
from sitroom.extract.dates import (DateResolution, before_the_story_day, in_noun_clause, is_lede_date,
                                   is_reporting_day, resolve_event_date)
from sitroom.extract.founding import (EVENT_NOUNS, adds_an_act, coordinated_places, founds_record, opens_another_incident,
                                      shows_an_event)
from sitroom.extract.founding import _inside as place_inside, _level as place_level
from sitroom.extract.headline_places import listed_places
from sitroom.extract.frame import background_tally, long_past_incident, out_of_frame, retells_the_past, vague_trend
from sitroom.extract.nlp import get_nlp
from sitroom.extract.notes import generate_notes
from sitroom.extract.record_types import attacks_on_civilians
from sitroom.extract.records import apply_place, build_record, entry_key, fill_focus_place, merge_mention_into
from sitroom.extract.sources import (Attribution, SourceMention, continues_into, fill_missing_sources,
                                    find_attribution)
from sitroom.extract.tally import (breakdown_parts, clause_groups, is_aggregate, tally_area, tally_period,
                                   tells_a_tally_member, toll_update)
from sitroom.extract.dateline import blank_dateline, dateline_day, is_dateline_fragment
from sitroom.extract.typing import TAXONOMY, EventLabel, classify_sentences, classify_text
from sitroom.ingest.entries import caption_spans, split_entries
from sitroom.model import CountRange, Document, Entry, EventRecord, stable_event_id
from sitroom.resolve.country_names import event_country
from sitroom.resolve.geo_boundaries import country_info
from sitroom.resolve.geocode import Geocoder, GeoContext, Place
from sitroom.resolve.placenames import name_key
from sitroom.resolve.merge import merge_records

# entries parsed together by spaCy (ingest/entries.py bounds each entry's length)
PARSE_BATCH = 8
# a sentence with casualty figures but no event word continues the previous event of its entry
# when it is at most this many sentences away
CONTINUATION_WINDOW = 2
# below this typing confidence a sentence that names no place of its own is read as a retelling
WEAK_LABEL = 0.5
# dates that set the time of the narrative for the sentences after them ("On March 3, troops
# shelled the town. The mosque was hit.")
# Only for undated documents: a dated entry's sentences default to the entry's date instead.
NARRATIVE_DATE_KINDS = {"explicit", "range", "relative"}
# a lede is the article's opening: a day named further down dates only its own part
LEDE_SENTENCES = 4
# a summary's bullet line ("- Army deployed in the capital"): it does not use up the lede's sentences
BULLET_LINE = re.compile(r"[ \t]*[-–•*·▪][ \t]+\S")  # matched at a line start
# entries that read as one report by one source ("X reported that ...", a live-blog update);
# a long original entry quotes many people, so its first source does not cover the rest
LEAD_ATTRIBUTION_KINDS = {"article", "update", "lead"}
# sentence openings that point back to an event already told ("The report said ...")
ANAPHORIC_OPENINGS = re.compile(
    r"^\W*(?:the|this|that|these|those)\s+(?:report|statement|attack|strike|strikes|raid|raids|bombing|blast|"
    r"explosion|shelling|assault|clashes|fighting|incident|toll|victims|dead|source|group|organi[sz]ation)\b"
    r"|^\W*(?:it|they|he|she)\s+(?:said|says|added|reported|stated)\b",
    re.IGNORECASE,
)
# a part of the victims just counted ("Most of the deaths ...", "Three of the wounded ...")
PARTITIVE_OPENING = re.compile(
    r"^\W*(?:most|many|some|all|half|none|several|one|two|three|the\s+rest)\s+of\s+(?:them\b|(?:the|these|those)\s+"
    r"(?:deaths|dead|victims|casualties|killed|wounded|injured|fatalities)\b)",
    re.IGNORECASE,
)


@dataclass
class Mention:
    """Everything one sentence says about one event, with document offsets."""

    doc: Document
    entry: Entry
    sentence_start: int
    sentence_end: int
    sentence_text: str
    label: EventLabel
    counts: list[CountMention] = field(default_factory=list)
    aggregate: bool = False
    aggregate_reason: str = ""
    date: DateResolution | None = None
    anchor: date | None = None
    place: Place | None = None
    actors: EventActors | None = None
    attribution: Attribution | None = None
    sentence_index: int = 0
    own_place: bool = False  # the sentence itself names the place (not inherited from the entry)
    tally_period: DateResolution | None = None  # the period a tally sentence names itself
    adds_act: bool = False  # the main verb says its actor *also* acted ("guards also shot at ...")


def extract_documents(docs: Iterable[Document]) -> Iterator[tuple[Document, list[Entry], list[EventRecord]]]:
    """Extract each document in turn (the shared models load once)."""
    for doc in docs:
        entries, records = extract_document(doc)
        yield doc, entries, records


def extract_document(doc: Document) -> tuple[list[Entry], list[EventRecord]]:
    """All event records of one document, in text order."""
    nlp = get_nlp()
    geocoder = Geocoder.default()
    context = geocoder.context_for(doc.text)
    entries = split_entries(doc)
    skipped = caption_spans(doc.text)
    records: list[EventRecord] = []
    cited: list[SourceMention] = []  # every source the text's sentences cite, in text order
    parsed_entries = [e for e in entries if doc.text[e.start : e.end].strip()]
    # parsed a few entries at a time (spaCy batches its matrix work), each Doc dropped once read:
    # a long document's memory stays that of a few bounded entries
    texts = (doc.text[e.start : e.end] for e in parsed_entries)
    for entry, parsed in zip(parsed_entries, nlp.pipe(texts, batch_size=PARSE_BATCH)):
        context.new_entry()
        records.extend(_extract_entry(doc, entry, parsed, geocoder, context, skipped, cited))
    if not records:
        fallback = _main_event_fallback(doc, entries, geocoder, context)
        if fallback is not None:
            records.append(fallback)
    records = resolve_coreference(records, {e.index: e.kind for e in entries})
    records = fold_headline(records, doc.text)
    records = fold_anaphora(records, doc.text)
    records = fold_toll_siblings(records, doc.text)
    fill_missing_sources(records, doc.text, cited)
    records = merge_records(records)
    # after merging, so that a guessed actor never makes two records look like one
    fill_unidentified_actors(records)
    resolve_bare_state_forces(records, doc.text)
    attribute_unclaimed_strikes(records, doc.text)
    attribute_to_sole_named_group(records, doc.text)
    # once every actor is read: a "clash" with only civilians on the other side is an attack
    attacks_on_civilians(records)
    retype_off_domain(records, doc.text)
    records = drop_no_event_domain(records, doc.text)
    records = drop_displacement_only(records)
    fill_focus_place(records, geocoder.focus_place(context))
    return entries, records


def _extract_entry(
    doc: Document,
    entry: Entry,
    parsed,
    geocoder: Geocoder,
    context: GeoContext,
    skipped: list[tuple[int, int]],
    cited: list[SourceMention] | None = None,
) -> list[EventRecord]:
    offset = entry.start
    # a plain article's day is the page's, unless its dateline says the story was filed earlier
    filed = dateline_day(doc.text, doc.pub_date) if entry.kind == "article" else None
    anchor = filed or entry.entry_date or doc.pub_date
    records: list[EventRecord] = []
    last_record: EventRecord | None = None
    last_index = -10
    previous_attr: Attribution | None = None
    lead_attr: Attribution | None = None  # who the entry as a whole is attributed to
    narrative: DateResolution | None = None  # the last date the entry's narrative named
    lede: DateResolution | None = None  # a dated entry's first recent day: what it is about
    told: tuple[int, DateResolution] | None = None  # (paragraph, past date) of the sentence before
    last_period: DateResolution | None = None  # the period of the entry's last tally
    reporting_days: set[tuple[int, int]] = set()  # dates that only tell when the news was told
    bullets = 0  # the summary's bullet lines read so far
    sentences = list(parsed.sents)
    entry_text = parsed.text  # once: spaCy rebuilds Doc.text from every token at each call
    # every sentence of the entry typed in one vectorised call (the same answers as one call per
    # sentence, at a fraction of the cost: typing was half of all extraction time)
    # each sentence's text read once (spaCy rebuilds Span.text from every token at each call), and
    # once with its dateline blanked, as typing reads it
    sent_texts = [sent.text for sent in sentences]
    typing_texts = [blank_dateline(text) for text in sent_texts]
    typed = classify_sentences(typing_texts)
    for index, sent in enumerate(sentences):
        sent_text, typing_text = sent_texts[index], typing_texts[index]
        start = offset + sent.start_char
        if not sent_text.strip() or any(a <= start < b for a, b in skipped):
            continue
        attribution = find_attribution(sent, offset, previous_attr)
        if cited is not None:
            cited.extend(attribution.sources)
        if not attribution.sources and index + 1 < len(sentences) \
                and continues_into(sent, sentences[index + 1]):
            # "Four officers were killed ... \n\n Three died instantly, according to a police report":
            # the sentence that goes on with the event says whose account it is
            following = find_attribution(sentences[index + 1], offset, None)
            if following.sources:
                attribution = replace(attribution, sources=list(following.sources))
        if attribution.sources:
            previous_attr = attribution
            lead_attr = lead_attr or attribution
        elif lead_attr is not None and entry.kind in LEAD_ATTRIBUTION_KINDS:
            attribution = Attribution(list(lead_attr.sources), attribution.hedged, attribution.hedge_start,
                                      attribution.hedge_end, attribution.hedge_text)
        own_date = resolve_event_date(sent, offset, anchor)
        if is_reporting_day(sent, offset, own_date):
            reporting_days.add((own_date.start, own_date.end))
        if anchor is None and own_date is not None and own_date.start is not None \
                and own_date.kind in NARRATIVE_DATE_KINDS:
            narrative = own_date
        if BULLET_LINE.match(entry_text, entry_text.rfind("\n", 0, sent.start_char) + 1):
            bullets += 1  # a sentence on a summary's bullet line (spaCy may cut one line in several)
        if lede is None and entry.kind == "article" and index - bullets < LEDE_SENTENCES \
                and is_lede_date(own_date, anchor):
            # a plain article tells one story; live-blog entries each report their own moment
            lede = own_date
        sentence_date = own_date if own_date is not None and own_date.start is not None \
            else (narrative or lede or own_date)
        if own_date is None or own_date.start is None:
            # "An earlier attack on ...": the days before the story's, not the story's own day
            sentence_date = before_the_story_day(sent, offset, sentence_date or _anchor_day(anchor),
                                                 EVENT_NOUNS) or sentence_date
        paragraph = entry_text.count("\n", 0, sent.start_char + len(sent_text) - len(sent_text.lstrip()))
        if own_date is not None and own_date.start is not None:
            if not (told is not None and told[0] == paragraph and in_noun_clause(sent, offset, own_date)):
                # a date describing a noun's past ("provinces occupied before the war began in
                # February") leaves the day the paragraph reports on as it was
                told = (paragraph, own_date) if own_date.kind in NARRATIVE_DATE_KINDS else None
        elif told is not None and told[0] == paragraph and anchor is not None \
                and told[1].date_end < anchor:
            # a sentence that goes on with a report about an earlier day ("X said on Monday that ...
            # In addition, the YPG took control of ...") is about that day, not the entry's
            sentence_date = told[1]
        else:
            told = None
        if (own_date is None or own_date.start is None) and last_period is not None \
                and tells_a_tally_member(sent_text):
            # "Following one of the strikes, ...": an incident of the tally just told, in its period
            sentence_date = last_period
            told = (paragraph, last_period)
        counts = extract_counts(sent, offset)
        label = None if not counts and reports_nothing(sent) else typed[index]
        label = taking_label(_counts_overrule_guess(label, counts), counts, sent, over_battles=False)
        tally_sentence = is_aggregate(sent, offset, counts)[0]  # read once: the checks below all ask it
        if tally_sentence and (label is None or label.event_type == "Non-conflict"):
            # a tally needs no event word of its own ("91 deaths were documented across Syria");
            # it counts what its entry is about, so the entry's main event types it
            label = _tally_label(typing_text, entry_text)
        if label is None and counts and not (last_record is not None and index - last_index <= CONTINUATION_WINDOW
                                             and not _elsewhere(sent, offset, last_record, geocoder, context)
                                             and not other_day(own_date, last_record)):
            # people killed, hurt, taken or seized are an event even when told in a witness's words
            label = _victim_count_label(typing_text, counts, sent)
        label = _retyped_by_sentence_domain(label, sent_text)
        if label is not None and no_event_sentence(typing_text):
            continue  # play in a sport report, not an event: no record, no figures
        if label is not None and label.event_type != "Non-conflict" and not tally_sentence \
                and retells_the_past(sent, anchor):
            continue  # a ceremony or a hearing about a past event: no record, no figures
        if label is not None and not tally_sentence \
                and out_of_frame(sent, bool(counts), own_date, anchor, EVENT_NOUNS):
            continue  # background, talk, a possibility or a caption: no record, no figures
        if label is not None and label.event_type != "Non-conflict" and vague_trend(sent, counts):
            continue  # "has carried out dozens of strikes in recent years": a trend, no record
        mention = None
        if label is not None:
            mention = _mention(doc, entry, sent, offset, label, counts, anchor, geocoder, context, attribution,
                               index, sentence_date)
            if not founds_record(sent, offset, label.event_type, counts, mention.own_place, mention.actors,
                                 own_date):
                label = mention = None
            elif not mention.aggregate and long_past_incident(own_date, anchor):
                continue  # an incident of long ago retold: history, no record
            elif mention.aggregate and background_tally(mention.date, anchor):
                # years of a conflict summed up, or the toll of a war long over ("since 2015, attacks
                # have killed 20,000"; "the 1994 genocide, in which 800,000 were killed"): backdrop
                continue
        if label is None:
            if counts and last_record is not None and index - last_index <= CONTINUATION_WINDOW \
                    and not opens_another_incident(sent_text) \
                    and not _elsewhere(sent, offset, last_record, geocoder, context) \
                    and not other_day(own_date, last_record):
                mention = _mention(doc, entry, sent, offset, last_label(last_record), counts, anchor,
                                   geocoder, context, attribution, index, sentence_date, locate=False)
                _merge_keeping_totals(last_record, mention)
                last_index = index
            continue
        if _updates_last_toll(last_record, mention, index - last_index):
            _merge_keeping_totals(last_record, replace(mention, aggregate=False, aggregate_reason=""))
            last_index = index
            continue
        if mention.aggregate:
            # a tally that names no period of its own sums the period of the tally before it
            # ("... 232 killed in June. By region, 71 were killed in X, 38 in Y")
            if mention.tally_period is not None:
                last_period = mention.tally_period
            elif last_period is not None:
                mention.date = last_period
        kinds = _split_by_kind(mention, sent, offset) if mention.aggregate else []
        if kinds:
            mention = kinds[0]
        if last_record is not None and _continues(last_record, mention, index - last_index):
            _merge_keeping_totals(last_record, mention)
        else:
            last_record = build_record(mention)
            records.append(last_record)
            records.extend(_coordinated_records(mention, sent, offset, geocoder, context))
        if mention.aggregate:
            records.extend(build_record(other) for other in kinds[1:])
            records.extend(_breakdown_records(mention, sent, offset, geocoder, context))
        last_index = index
    _place_from_later_sentences(records, sentences, offset, geocoder, context, doc.text)
    mark_reporting_days(records, reporting_days)
    return records


def _anchor_day(anchor: date | None) -> DateResolution | None:
    """The entry's or document's day as a date, for sentences that date themselves against it."""
    return None if anchor is None else DateResolution(anchor, anchor, anchor, 1, None, None, "", "anchor")


def _updates_last_toll(record: EventRecord | None, mention: Mention, distance: int) -> bool:
    """A sentence read as a tally only for its toll words ("The death toll rose to 20 on Saturday")
    right after an incident, at no other place: the update of that incident's toll."""
    if record is None or record.report_kind != "incident" or distance > CONTINUATION_WINDOW \
            or not mention.aggregate or mention.aggregate_reason != "running death toll":
        return False
    if mention.own_place and mention.place is not None and mention.place.location != record.location:
        return False
    period = mention.tally_period
    if period is not None and period.date_start != period.date_end:
        return False  # "the toll this year rose to 400": a tally over its own period
    lead = len(mention.sentence_text) - len(mention.sentence_text.lstrip())
    return toll_update(mention.sentence_text, mention.sentence_start - lead, mention.counts) is not None


def _merge_keeping_totals(record: EventRecord, mention: Mention) -> None:
    """Merge a later sentence into its event, less the figures that only break down the event's
    total ("... 10,000 killed. Among the victims are 500 children"): they must not lower it."""
    totals = {cat: rng.low if rng.low is not None else rng.best for cat, rng in record.counts.items()}
    begin = mention.sentence_start - (len(mention.sentence_text) - len(mention.sentence_text.lstrip()))
    parts = parts_of_total(totals, mention.counts, mention.sentence_text, begin)
    if parts:
        mention = replace(mention, counts=[c for c in mention.counts if c not in parts])
    update = toll_update(mention.sentence_text, begin, mention.counts)
    merge_mention_into(record, mention)
    killed = record.counts.get("killed")
    if update is not None and killed is not None and update.low is not None and update.low > (killed.low or 0):
        # "... killing five. The toll later rose to 14": the update replaces the first figure
        record.counts["killed"] = CountRange(update.low, max(update.best or 0, killed.best or 0) or None,
                                             max(v for v in (update.high, killed.high, update.low) if v is not None))
        record.fatalities = update.low


def _split_by_kind(mention: Mention, sent: Span, offset: int) -> list[Mention]:
    """A tally of two kinds of harm told under two verbs ("executed 9 men, and forcibly
    disappeared 18 others") is two tallies, each typed by its own clause; [] when its clauses
    are of one kind (or it has one clause)."""
    groups = clause_groups(sent, offset, mention.counts)
    if not groups:
        return []
    text = mention.doc.text
    labels = [classify_text(text[a:b], retype=False) for a, b, _counts in groups]
    if any(lab.event_type == "Non-conflict" for lab in labels) or len({lab.sub_event_type for lab in labels}) < 2:
        return []
    return [replace(mention, label=EventLabel(lab.event_type, lab.sub_event_type, lab.disorder_type,
                                              lab.confidence, None, None, ""), counts=counts,
                    sentence_start=mention.sentence_start if k == 0 else a,
                    sentence_text=mention.sentence_text if k == 0 else text[a:b])
            for k, (lab, (a, b, counts)) in enumerate(zip(labels, groups))]


def _coordinated_records(mention: Mention, sent: Span, offset: int, geocoder: Geocoder,
                         context: GeoContext) -> list[EventRecord]:
    """One record for each further place the mention lists beside its own ("shelled the towns of
    A and B"): same type, day and actors; the figures stay with the first record, since the text
    does not say which place they belong to (never duplicated)."""
    if mention.aggregate or not mention.own_place or mention.place is None:
        return []
    places = [p for p in geocoder.find_places(sent, offset, context) if is_event_place(sent, offset, p)]
    out = []
    listed = coordinated_places(sent, offset, mention.place, places, counted=bool(mention.counts))
    if not listed:
        listed = _headline_listed(mention, offset + sent.start_char, sent.text, places, geocoder)
    for place in listed:
        record = build_record(replace(mention, place=place, counts=[]))
        record.event_id = stable_event_id(mention.doc.doc_id, entry_key(mention), mention.sentence_text.strip(),
                                          place.text)
        record.extra["listed_with"] = mention.place.location
        out.append(record)
    return out


def _headline_listed(mention: Mention, start: int, text: str, places: list[Place], geocoder: Geocoder) -> list[Place]:
    """The further places a headline lists beside the mention's ("Drones hit Kharkiv, Odesa and Dnipro")."""
    span = headline_span(mention.doc.text)
    if span is None or not (span[0] <= start < span[1]):
        return []
    return listed_places(text, start, mention.place, places, place_level, place_inside,
                         lambda p: any(r.kind == "admin1" for r in geocoder.gaz.lookup(name_key(p.text))))


def _breakdown_records(mention: Mention, sent: Span, offset: int, geocoder: Geocoder,
                       context: GeoContext) -> list[EventRecord]:
    """A breakdown by place ("71 in X region, 38 in Y region", "X (64 deaths)") is a set of
    tallies: one aggregate record per part, on its own place, with the tally's period and type;
    the part the sentence's own record already covers is not repeated."""
    parts = breakdown_parts(sent.text)
    if not parts:
        return []
    base = offset + sent.start_char
    places = geocoder.find_places(sent, offset, context)
    main = mention.place if mention.own_place else None
    bare_killed = bool(mention.counts) and all(c.category == "killed" for c in mention.counts)
    out: list[EventRecord] = []
    for start, end, p_start, p_end, figure in parts:
        place = next((p for p in places if p.start < base + p_end and base + p_start < p.end), None)
        if place is None or (main is not None and (main.start < place.end and place.start < main.end
                                                   or main.location == place.location)):
            continue
        counts = [c for c in mention.counts if base + start <= c.start < base + end]
        if not counts and bare_killed:
            # "West Gojjam zone (58)": the bare figure counts what the sentence counts
            counts = [CountMention("killed", figure, figure, figure, base + start, base + end,
                                   sent.text[start:end], "exact")]
        if not counts:
            continue
        part = replace(mention, sentence_start=base + start, sentence_end=base + end,
                       sentence_text=sent.text[start:end], counts=counts, place=place, own_place=True,
                       aggregate_reason=f"part of a breakdown by place: '{sent.text[start:end]}'")
        out.append(build_record(part))
    return out


THE_CITY = re.compile(r"\b(?:the|this|that)\s+(?:besieged\s+|embattled\s+)?(?:city|town)\b(?!\s+of\b)", re.I)


def _the_city(sent: Span, offset: int, geocoder: Geocoder, context: GeoContext) -> Place | None:
    """"the western districts of the city": the city the document is about, with "the city" as evidence."""
    city = context.focus_city
    m = THE_CITY.search(sent.text)
    if city is None or m is None or city.kind not in ("city", "town"):
        return None
    before = context.last
    place = geocoder.locate(city.name, 0, context, use_last=False)
    context.last = before
    if place is None or not place.resolved:
        return None
    start = offset + sent.start_char + m.start()
    return replace(place, start=start, end=start + len(m.group(0)), text=m.group(0), note="focus city")


# a sentence that ends in one of these is complete; any other end, with more text on its line, was cut
COMPLETE_END = re.compile(r"[.!?;:\"”’')\]]\s*$")


def _place_of_the_line_rest(sent: Span, offset: int, geocoder: Geocoder, context: GeoContext) -> Place | None:
    """A line spaCy cut in two ("• Government air strikes hit | Idlib city"): the first part has no
    final punctuation and the rest of the line follows it, so the place the rest names is its own."""
    doc = sent.doc
    if sent.end >= len(doc) or COMPLETE_END.search(sent.text):
        return None
    rest = doc[sent.end].sent
    if "\n" in doc.text[sent.start_char + len(sent.text.rstrip()):rest.start_char]:
        return None
    before = context.last
    place = geocoder.locate(rest, offset, context, use_last=False)
    if place is None or not is_event_place(rest, offset, place):
        context.last = before
        return None
    return place


def other_day(own_date: DateResolution | None, record: EventRecord) -> bool:
    """The sentence names its own day and the record's days do not include it ("... on Monday.
    On Saturday, 40 people were taken ..."): its figures are another event's."""
    if own_date is None or own_date.start is None or own_date.kind not in NARRATIVE_DATE_KINDS \
            or not record.date_start:
        return False
    first = date.fromisoformat(record.date_start)
    last = date.fromisoformat(record.date_end or record.date_start)
    return own_date.date_end < first or own_date.date_start > last


def _elsewhere(sent: Span, offset: int, record: EventRecord, geocoder: Geocoder, context: GeoContext) -> bool:
    """The sentence's figures happened at another place than the record's ("... struck X. Authorities
    began evacuating 200 children from Y"): they are not that event's."""
    before = context.last
    place = geocoder.locate(sent, offset, context, use_last=False)
    context.last = before
    if place is None or not place.location or not record.location or not is_event_place(sent, offset, place):
        return False
    return place.location != record.location and not (
        record.location.startswith(place.location + " - ") or place.location.startswith(record.location + " - "))


def _place_from_later_sentences(records, sentences, offset, geocoder, context, text) -> None:
    """An event told before its place is named ("... bombed the old market. The market is in
    Idlib.") takes the first place a later sentence of the same entry names."""
    firsts = sorted(r.extra.get("sentences", [[0, 0]])[0][0] for r in records)
    for record in records:
        if record.location or record.latitude is not None:
            continue
        first = record.extra.get("sentences", [[0, 0]])[0][0]
        # a later sentence that founds its own event names that event's place, not this one's
        stop = next((f for f in firsts if f > first), None)
        for sent in sentences:
            start = offset + sent.start_char + len(sent.text) - len(sent.text.lstrip())
            if start <= first:
                continue
            if stop is not None and start >= stop:
                break
            place = geocoder.locate(sent, offset, context, use_last=False)
            if place is not None:
                apply_place(record, place, text)
                record.notes = generate_notes(record)
                break


LEAD_IN_VERBS = {"say", "post", "tweet", "write", "explain", "echo", "add", "warn", "report", "publish",
                 "share", "state", "tell"}


def reports_nothing(sent: Span) -> bool:
    """Sentences that cannot report an event themselves: a lead-in to a quote or an embedded post
    ("The monitors posted an update on today's attacks:") and commands ("Save yourselves.")."""
    root = sent.root
    text = sent.text.rstrip()
    if is_dateline_fragment(sent):
        return True
    if text.endswith(":") and root.lemma_.lower() in LEAD_IN_VERBS:
        # a lead-in to a post reports nothing, unless what it posts is a picture of an event
        return not shows_an_event(sent)
    has_subject = any(t.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for t in root.children)
    before_root = sent[: root.i - sent.start]
    opens_with_verb = all(t.pos_ in ("ADV", "PUNCT", "INTJ", "SPACE") for t in before_root)
    return root.tag_ == "VB" and opens_with_verb and not has_subject


def _first_date(sentences: list[Span], anchor: date | None) -> DateResolution | None:
    for sent in sentences:
        found = resolve_event_date(sent, 0, anchor)
        if found is not None and found.start is not None:
            return found
    return None


VICTIM_CATEGORIES = {"killed", "injured", "detained", "abducted", "displaced", "evacuated"}


TAKING_SUBTYPES = {"Arrests", "Abduction/forced disappearance"}
TAKEN_CATEGORIES = {"detained", "abducted"}
# non-conflict readings that never take people away (organised crime may: a trafficking ring)
DISASTER_SUBTYPES = {"Man-made disaster", "Natural disaster"}


def _retyped_by_sentence_domain(label: EventLabel | None, sentence: str) -> EventLabel | None:
    """A conflict label on a sentence told only in disaster, accident, disease or crime words
    becomes that non-conflict category (domain.sentence_domain says why). The category is read
    off the words, so the label is no weak guess that a retelling would fold into the event before."""
    if label is None or label.event_type == "Non-conflict":
        return label
    domain = sentence_domain(blank_dateline(sentence))
    if domain is None:
        return label
    return replace(label, event_type="Non-conflict", sub_event_type=domain, disorder_type="",
                   confidence=max(label.confidence, WEAK_LABEL))


def _victim_count_label(sentence: str, counts: list[CountMention], sent: Span | None = None) -> EventLabel | None:
    if not any(c.category in VICTIM_CATEGORIES for c in counts):
        return None
    label = classify_text(sentence, retype=False)
    categories = {c.category for c in counts}
    if label.event_type == "Non-conflict":
        if label.sub_event_type in DISASTER_SUBTYPES and categories <= TAKEN_CATEGORIES:
            # "25 people were taken at the airport": a disaster takes no one away, the figures say
            # what happened (who took them tells an arrest from an abduction)
            sub = (taken_by(sent) if sent is not None else None) or (
                "Arrests" if "detained" in categories else "Abduction/forced disappearance")
            event_type, disorder = TAXONOMY[sub]
            return EventLabel(event_type, sub, disorder, round(label.confidence * 0.8, 4), None, None, "")
        return None
    if categories <= {"displaced", "evacuated"}:
        # people moving with no one harmed or taken: the codebook files displacement under Other
        event_type, disorder = TAXONOMY["Other"]
        return EventLabel(event_type, "Other", disorder, round(label.confidence * 0.8, 4), None, None, "")
    return taking_label(label, counts, sent)


def taking_label(label: EventLabel | None, counts: list[CountMention], sent: Span | None,
                 over_battles: bool = True) -> EventLabel | None:
    """People taken away, and no one harmed, is what happened, whatever ground changed hands
    around it (`over_battles`: for a label read from the figures); who took them tells an arrest
    (state forces) from an abduction (anyone else)."""
    if label is None:
        return None
    categories = {c.category for c in counts}
    taken = categories & {"detained", "abducted"}
    if not taken or categories & {"killed", "injured"} or not (
            over_battles and label.event_type in ("Battles", "Strategic developments")
            or label.sub_event_type in TAKING_SUBTYPES):
        return label
    sub = (taken_by(sent) if sent is not None else None) or (
        "Arrests" if "detained" in categories else "Abduction/forced disappearance")
    if sub == label.sub_event_type:
        return label
    event_type, disorder = TAXONOMY[sub]
    return EventLabel(event_type, sub, disorder, round(label.confidence * 0.8, 4), None, None, "")


# below this typing confidence the classifier is guessing; what the figures say happened wins
GUESS_CONFIDENCE = 0.2
MOVEMENT_CATEGORIES = {"displaced", "evacuated"}


def _counts_overrule_guess(label: EventLabel | None, counts: list[CountMention]) -> EventLabel | None:
    """People fleeing or moved, and nothing else counted, is displacement (ACLED: Strategic
    developments / Other) when the classifier has no confident reading of its own."""
    if label is None or label.confidence >= GUESS_CONFIDENCE or not counts:
        return label
    if {c.category for c in counts} <= MOVEMENT_CATEGORIES:
        event_type, disorder = TAXONOMY["Other"]
        return EventLabel(event_type, "Other", disorder, label.confidence, None, None, "")
    return label


def _tally_label(sentence: str, entry_text: str) -> EventLabel:
    """A tally counts what its entry reports ("91 deaths ... Most were from bombing of ..."), so
    the entry's main event types it; the sentence's own type only when the entry has none."""
    around = classify_text(entry_text, retype=False)
    if around.event_type != "Non-conflict":
        return EventLabel(around.event_type, around.sub_event_type, around.disorder_type,
                          round(around.confidence * 0.8, 4), None, None, "")
    return classify_text(sentence, retype=False)


def last_label(record: EventRecord) -> EventLabel:
    """The label a continuation sentence inherits from the event it continues."""
    return EventLabel(
        event_type=record.event_type,
        sub_event_type=record.sub_event_type,
        disorder_type=record.disorder_type,
        confidence=record.confidence,
        trigger_start=None,
        trigger_end=None,
        trigger_text="",
    )


def _mention(
    doc: Document,
    entry: Entry,
    sent: Span,
    offset: int,
    label: EventLabel,
    counts: list[CountMention],
    anchor: date | None,
    geocoder: Geocoder,
    context: GeoContext,
    attribution: Attribution,
    index: int,
    date_found: DateResolution | None,
    locate: bool = True,
) -> Mention:
    aggregate, reason = is_aggregate(sent, offset, counts)
    before = context.last
    own_place = geocoder.locate(sent, offset, context, use_last=False) if locate else None
    if own_place is not None and not is_event_place(sent, offset, own_place):
        context.last, own_place = before, None
    if own_place is None and locate:
        own_place = _the_city(sent, offset, geocoder, context)
    if own_place is None and locate:
        own_place = _place_of_the_line_rest(sent, offset, geocoder, context)
    if aggregate:
        # a tally is coded on the area it covers and the period it sums, not on its dateline's
        # town nor the day it was issued ("KYIV, 10 July - ... 232 killed in Ukraine in June")
        area = tally_area(sent, offset, geocoder.find_places(sent, offset, context)) if locate else None
        if area is not None:
            own_place = area
        period = tally_period(sent, offset, anchor)
        if period is not None:
            date_found = period
    else:
        period = None
    place = own_place or (getattr(context, "last", None) if locate else None)
    country = event_country(place.country) if place is not None and place.country else focus_country_name(context)
    actors = extract_actors(sent, offset, country or None, label.sub_event_type, label.event_type)
    text = sent.text
    lead = len(text) - len(text.lstrip())
    return Mention(
        doc=doc,
        entry=entry,
        sentence_start=offset + sent.start_char + lead,
        sentence_end=offset + sent.start_char + len(text.rstrip()),
        sentence_text=text,
        label=label,
        counts=counts,
        aggregate=aggregate,
        aggregate_reason=reason,
        date=date_found,
        anchor=anchor,
        place=place,
        actors=actors,
        attribution=attribution,
        sentence_index=index,
        own_place=own_place is not None,
        tally_period=period,
        adds_act=adds_an_act(sent),
    )


# nouns for people whose home or origin a place names ("a fighter from X", "Germany's foreign minister")
PERSON_ROLE_NOUNS = {"minister", "president", "leader", "envoy", "ambassador", "official", "spokesman",
                     "spokeswoman", "spokesperson", "diplomat", "counterpart", "chancellor", "king",
                     "fighter", "resident", "volunteer", "native", "journalist", "activist", "man", "woman",
                     "doctor", "teacher", "commander", "refugee", "student", "worker", "member", "head"}


def is_event_place(sent: Span, offset: int, place: Place) -> bool:
    """A place named as someone's nationality, home or origin is not where the event happened:
    "Germany's Frank-Walter Steinmeier", "a fighter from X", "who lives in X"."""
    doc = sent.doc
    toks = [t for t in sent if offset + t.idx >= place.start and offset + t.idx < place.end]
    if not toks:
        return True
    last = toks[-1]
    nxt = doc[last.i + 1] if last.i + 1 < sent.end else None
    if nxt is not None and nxt.lower_ in ("'s", "’s"):
        # the first noun after the possessive is whose the place is
        j = nxt.i + 1
        while j < sent.end and doc[j].pos_ in ("ADJ", "PUNCT", "DET"):
            j += 1
        owner = doc[j] if j < sent.end else None
        if owner is not None and (owner.ent_type_ in ("PERSON", "ORG", "NORP")
                                  or owner.lemma_.lower() in PERSON_ROLE_NOUNS):
            return False
    head = toks[0].head
    while head.dep_ in ("compound",) and head.head is not head:
        head = head.head
    for tok in toks:
        if tok.dep_ == "pobj" and tok.head.lower_ == "from":
            person = tok.head.head
            if person.pos_ in ("NOUN", "PROPN") and (person.lemma_.lower() in PERSON_ROLE_NOUNS
                                                   or person.ent_type_ == "PERSON"):
                return False
        if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.lemma_.lower() in ("live", "reside"):
            return False
    return True


def focus_country_name(context: GeoContext) -> str | None:
    """The country the document is about, for naming actors when the sentence names no place."""
    if not context.focus_cc:
        return None
    return event_country(country_info(context.focus_cc)[0]) or None


def _continues(record: EventRecord, mention: Mention, distance: int) -> bool:
    """Same entry, adjacent, no new place or date, and either the same kind of event or a
    sentence that only retells ("The report said 25 people were killed"): the same event."""
    if distance > CONTINUATION_WINDOW or opens_another_incident(mention.sentence_text):
        return False
    if mention.date is None or mention.date.start is None or mention.date.date_start.isoformat() == record.date_start:
        # "Most of the deaths were from bombing of X": a detail of the event or tally just told
        if record.event_type != "Non-conflict" and PARTITIVE_OPENING.search(mention.sentence_text):
            return True
    if mention.aggregate != (record.report_kind == "aggregate"):
        return False
    if mention.own_place and mention.place is not None and mention.place.location and record.location \
            and mention.place.location != record.location:
        return False
    if mention.date is not None and mention.date.start is not None and record.date_start \
            and mention.date.date_start.isoformat() != record.date_start:
        return dates_the_undated(record, mention)
    if mention.label.event_type == record.event_type and mention.label.event_type != "Non-conflict":
        return True
    retelling = bool(ANAPHORIC_OPENINGS.search(mention.sentence_text)) or (
        mention.label.confidence < WEAK_LABEL and not mention.own_place and not _another_actor_adds(record, mention)
    )
    return retelling and record.event_type != "Non-conflict"


def dates_the_undated(record: EventRecord, mention: Mention) -> bool:
    """ "Insurgents attacked the town. The attacks started on 24 March ...": a sentence pointing
    back at the event just told, with a day of its own, dates an event that had only its report's
    day (never a day after it)."""
    if "date_from" not in record.extra or mention.date is None or mention.date.kind == "anchor" \
            or record.event_type == "Non-conflict" \
            or not anaphora_pattern().match(mention.sentence_text.lstrip(" \t\n\"'“‘")):
        return False
    return record.date_end is None or mention.date.date_end.isoformat() <= record.date_end


def _named_actor(name: str) -> bool:
    return bool(name) and not name.startswith(("Unidentified", "Civilians"))


def _another_actor_adds(record: EventRecord, mention: Mention) -> bool:
    """ "Jets bombed the prison. The rebel group's guards also shot at fleeing inmates": a weakly
    typed sentence in which a named actor, neither side of the event just told, *also* acts tells
    another event, not a retelling of the first."""
    actors = mention.actors
    if actors is None or "actor1" in actors.inferred or not _named_actor(actors.actor1):
        return False
    if actors.actor1 in (record.actor1, record.actor2, record.assoc_actor_1, record.assoc_actor_2):
        return False
    return mention.adds_act


# a text this short is one incident note: the whole text's type stands without a founding sentence
FALLBACK_SHORT_SENTENCES = 6
# a text of at most this many sentences is an incident note whatever its guessed type; a longer one guessed
# to be a quiet event (a strategic development, a peaceful protest: the typer's reading of a text with
# people and places but no violence) needs the chosen sentence to found the record
FALLBACK_NOTE_SENTENCES = 3
FALLBACK_QUIET_TYPES = ("Strategic developments", "Protests")
# guesses of violence need a founding sentence only in a text longer than FALLBACK_SHORT_SENTENCES
FALLBACK_VIOLENT_TYPES = ("Violence against civilians", "Explosions/Remote violence")


# the frame gate's reasons that tell history, which even a short report's fallback must not found
HISTORY_REASONS = ("history", "background history", "a situation going on")
# the frame gate's reasons that tell talk or a trend: no report, however short, is an event because of them
FALLBACK_NON_EVENT_REASONS = ("talk, law or diplomacy", "a trend, not an event")


def _main_event_fallback(
    doc: Document, entries: list[Entry], geocoder: Geocoder, context: GeoContext
) -> EventRecord | None:
    """A short report whose sentences each looked eventless still reports something: type the whole
    text and anchor the record on the sentence holding the trigger."""
    if not entries:
        return None
    label = classify_text(doc.text, retype=False)
    nlp = get_nlp()
    parsed = nlp(doc.text)
    sentences = list(parsed.sents)
    if not sentences:
        return None
    chosen = sentences[0]
    if label.trigger_start is not None:
        for sent in sentences:
            if sent.start_char <= label.trigger_start < sent.end_char:
                chosen = sent
                break
    entry = entries[0]
    attribution = find_attribution(sentences[0], 0, None)
    if not attribution.sources and chosen is not sentences[0]:
        attribution = find_attribution(chosen, 0, None)
    counts = extract_counts(chosen, 0)
    anchor = entry.entry_date or doc.pub_date
    own_date = resolve_event_date(chosen, 0, anchor)
    label = _retyped_by_sentence_domain(label, chosen.text)
    conflict = label.event_type != "Non-conflict"
    why = out_of_frame(chosen, bool(counts), own_date, anchor, EVENT_NOUNS) if conflict else ""
    if why.startswith(HISTORY_REASONS) or (conflict and (retells_the_past(chosen, anchor)
                                                         or long_past_incident(own_date, anchor))):
        return None  # the sentence the whole text's type points at is the story's history
    long_text = len(sentences) > FALLBACK_SHORT_SENTENCES
    if why and (long_text or why.startswith(FALLBACK_NON_EVENT_REASONS)):
        # a text whose every sentence was judged eventless, and whose chosen sentence is talk or a
        # trend (or, in a longer text, any background), is an explainer, an appeal or a court story
        return None
    mention = _mention(doc, entry, chosen, 0, label, counts, anchor, geocoder, context, attribution,
                       index=0, date_found=own_date or _first_date(sentences, anchor))
    needs_founding = (label.event_type in FALLBACK_QUIET_TYPES and len(sentences) > FALLBACK_NOTE_SENTENCES) or (
        label.event_type in FALLBACK_VIOLENT_TYPES and long_text)
    if needs_founding and not founds_record(chosen, 0, label.event_type, counts, mention.own_place,
                                            mention.actors, own_date):
        # a text longer than an incident note still needs a sentence that reports its guessed event:
        # an explainer, an appeal, a trial, a match report or a logistics note ("officials watched
        # the ballots being handed out") has none; a note of a few lines keeps the whole text's guess
        return None
    if mention.place is None:
        for sent in sentences:
            place = geocoder.locate(sent, 0, context)
            if place is not None:
                mention.place = place
                break
    return build_record(mention)
