"""Finding place-name mentions in a sentence's text (no parsing needed, so it is fast).

A mention is a run of capitalised words (or Arabic-script words), possibly linked by Arabic
articles ("Bab al-Neyrab", "Deir ez-Zor", "al-Bab"), whose key is in the gazetteer (longest
match first), or, when nothing matches, a run that the text itself marks as a place ("Karki
village", "the district of X") so it can be reported as an unknown place instead of dropped.
A match never splits a name at an article: "Bab" inside "Bab al-Neyrab" is not the town al-Bab.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from .place_cues import after_pattern, before_pattern, cue_kind, generic_only, trailing_cue
from .placenames import ARTICLES, _ARABIC, name_key, token_key

_WORD = re.compile(r"[^\W\d_]+(?:['’‘ʿʾ`][^\W\d_]+)*|\d+", re.UNICODE)
_LINK = re.compile(r"^(?:[ \t]?-[ \t]?|[ \t]|\u00a0)$")
# lower-case words that are Arabic articles ("at-Tall") and English words ("at Edmonton")
ENGLISH_ARTICLE_HOMOGRAPHS = frozenset({"at", "an", "as", "ad", "ed", "en", "es", "et"})
INNER_CONNECTORS = frozenset({"de", "des", "du", "del", "la", "le", "da", "do", "dos", "das", "upon", "on", "sur",
                              "am", "im"})
# "Temple of Bel", "Castle of Ibn Maan": a building word, "of", then a name that is usually not a place
_SITE_OF_GAP = re.compile(r"^\s+of\s+(?:the\s+)?$")
# place cues ("X village", "the district of X", "X army camp") come from data/geo/place_cues.tsv
_PLACE_NOUN_AFTER = re.compile(r"\s+" + after_pattern() + r"\b", re.I)
_NAME_WORD = r"(?:(?:al|el|an|ar|as|ash|at|ad|az|ed|en|es)-)?[A-Z][\w'’-]+"
# "the district of X", "the villages of X, Y and Z", "two neighborhoods, X and Y"
_PLACE_NOUN_BEFORE = re.compile(r"\b(?:(" + before_pattern() + r"|outskirts)\s+of\s+(?:the\s+)?|"
                                r"(villages|towns|districts|neighbou?rhoods|suburbs|quarters|camps)\s*[,:]\s*)"
                                r"(?:" + _NAME_WORD + r",?\s+(?:and\s+)?)*$")
# "Democratic Republic of Congo", "Republic of the Congo": a name in two runs joined by "of"
_OF_GAP = re.compile(r"^\s+of\s+(the\s+)?$")
# Capitalised words that are common in news and also (obscure) place names somewhere.
COMMON_WORDS = frozenset("""
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday today update gmt utc original entry photo video
police union army state states islamic free white helmets local regime president minister foreign council
security united nations national news press agency media center centre human rights observatory coalition
forces democratic party kurdish government god allah mosque church school hospital university market
more most many some several one two three four five six seven eight nine ten north south east west
northern southern eastern western central old new great grand the a an and or but if in on at of for by
with from this that these those there here they we he she it his her their our you i me my no not
however meanwhile also after before during since until about reuters associated afp bbc cnn report reports
mr mrs ms dr general colonel sheikh imam prince king queen saint st said says tuesday's province city town
village district area camp region valley mount mountain river lake sea bay
""".split())
# Building-type words: a run ending in one of these names a site, which is placed by its town.
SITE_WORDS = frozenset("""mosque church cathedral monastery temple shrine tomb mausoleum citadel castle fortress
fort museum library school university hospital clinic bridge market souk souq bazaar bath baths hammam
gate palace theatre theater amphitheatre stadium square street road highway station factory prison
synagogue madrasa khan caravanserai cemetery statue monument park hotel building""".split())


# Generic first words of Arabic place names ("Tell Hermes", "Ain Issa", "Kafr Nabl"): alone they name some
# other place ("Al-Tall"), so a lone match on one that the rest of the name follows is not taken.
NAME_PREFIXES = frozenset("""tell tel tal tall ain ayn ein deir dayr kafr kfar jabal jebel jabel wadi bab khan ras
beit bayt bir qasr umm abu jisr qalaat qalat qala hayy maarat maarrat marj""".split())
# Words that make a capitalised run the name of an organisation or outlet ("Gulf News", "BBC Monitoring ...").
ORG_WORDS = frozenset("""news monitoring press agency times tribune post journal gazette star online daily network
newswires newswire radio tv television channel herald observer telegraph guardian independent chronicle
review magazine weekly broadcasting corporation company group committee committees council observatory
network media institute foundation university ministry bank airlines airways service services edition
newsroom bulletin report reporter international insider today presse agence agencia nachrichten
associated reuters xinhua stampa zeitung""".split())
ORG_ACRONYMS = frozenset("BBC CNN AFP AP NPR EFE ANSA DPA UPI ABC CBS NBC SANA IRNA ANI RT UN".split())


@lru_cache(maxsize=1)
def street_words() -> frozenset[str]:
    """Last words of street names (data/geo/street_words.txt), lower case."""
    from .geo_boundaries import GEO_DATA

    with open(GEO_DATA / "street_words.txt", encoding="utf-8") as fh:
        return frozenset(w.strip().lower() for w in fh if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def institution_words() -> frozenset[str]:
    """Public-service words before "Department" (data/geo/institution_words.txt), lower case."""
    from .geo_boundaries import GEO_DATA

    with open(GEO_DATA / "institution_words.txt", encoding="utf-8") as fh:
        return frozenset(w.strip().lower() for w in fh if w.strip() and not w.startswith("#"))


def is_street(name: str) -> bool:
    """"Church Street", "Felixstowe Road", "Colton Way": several words, the last a street word."""
    words = name.split()
    return len(words) > 1 and words[-1].rstrip(".").lower() in street_words() and words[-1][:1].isupper()


@dataclass
class Word:
    start: int  # offsets within the scanned text
    end: int
    text: str
    key: str
    cap: bool
    article: bool
    possessive: bool = False  # "Aleppo’s": the word is "Aleppo", the "’s" is left out



@dataclass
class RawMention:
    """A span of the scanned text: matched gazetteer key, or an unknown run (key=None)."""

    start: int
    end: int
    text: str
    key: str | None
    words: int
    sentence_initial: bool = False
    cue_after: str = ""     # "province", "city", "village", ... when the text names the kind
    extra: dict = field(default_factory=dict)


def words_of(text: str) -> list[Word]:
    out = []
    for m in _WORD.finditer(text):
        w = m.group()
        poss = len(w) > 3 and w[-2] in "'’" and w[-1] == "s"
        if poss:
            w = w[:-2]
        low = w.lower()
        is_ar = bool(_ARABIC.search(w))
        cap = is_ar or (w[0].isupper() and not w.isdigit())
        article = low in ARTICLES and not w.isupper()
        out.append(Word(m.start(), m.start() + len(w), w, token_key(w), cap, article and not (cap and len(w) > 3),
                        poss))
    return out


def _runs(text: str, ws: list[Word]) -> list[list[int]]:
    """Maximal runs of name words: capitalised words joined by space/hyphen, articles only inside."""
    runs: list[list[int]] = []
    cur: list[int] = []
    for i, w in enumerate(ws):
        linked = bool(cur) and bool(_LINK.match(text[ws[cur[-1]].end:w.start]))
        gap = text[w.end:ws[i + 1].start] if i + 1 < len(ws) else ""
        name_word = w.cap or ((w.article or w.text.lower() in INNER_CONNECTORS) and i + 1 < len(ws)
                              and ws[i + 1].cap and _LINK.match(gap)
                              # "at Edmonton", "an Ohio man": English words, articles only when hyphenated
                              and (w.text not in ENGLISH_ARTICLE_HOMOGRAPHS or "-" in gap))
        if name_word and (linked or not cur):
            cur.append(i)
        elif name_word:
            runs.append(cur)
            cur = [i]
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    # trim connectors at the end of a run
    out = []
    for r in runs:
        while r and not ws[r[-1]].cap:
            r = r[:-1]
        if r:
            out.append(r)
    return out


# what follows a dateline's place: ", <Region> —", " (AP) —", " —"
_DATELINE_AFTER = re.compile(r"(?:\s*,[^\n]{0,60}?)?\s*(?:\([A-Za-z .]{1,20}\)\s*)?[-–—]")


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# a mixed-case dateline needs the day or the agency after the place: "Kandi, Oct 3 (Agency).-"
_DATELINE_DATE_AFTER = re.compile(r"\s*,\s*(?:[A-Z][\w .'’-]{1,40},\s*)?(?:" + _MONTH + r"\s+\d{1,2}\b|\d{1,2}\s+" + _MONTH
                                  + r")|(?:\s*,[^\n,]{1,40})?\s*\((?:[A-Z][A-Za-z.]{1,12})\)\s*[-–—.:]")
_PAREN_DATELINE_AFTER = re.compile(r"(?:\s*,[^()\n]{1,30})?\)\s*[-–—]")  # "(City) –", "(City, May 4, 2024) –"


def is_dateline(text: str, start: int, end: int) -> bool:
    """A place that opens a line as a wire story's dateline ("Kandi, Oct 3 (Agency) -", "(Lagos) –")."""
    if start > 0 and text[start - 1] == "(" and _PAREN_DATELINE_AFTER.match(text, end):
        return _line_start(text, start - 1) or _PAREN_DATELINE_AFTER.match(text, end).group().count(",") > 0
    return bool(_DATELINE_DATE_AFTER.match(text, end)) and _line_start(text, start)


def _org_home(text: str, start: int, end: int, ws: list[Word]) -> bool:
    """"<Outlet or organisation> (<Place>)": the place in brackets is where the outlet is based."""
    if not (start > 0 and text[start - 1] == "(" and text[end:end + 1] == ")"):
        return False
    before = [w for w in ws if w.end <= start - 1 and w.end >= start - 60]
    lead = []
    for w in reversed(before):  # the capitalised run just before the bracket
        if not w.cap:
            break
        lead.append(w)
    return any(w.text.lower() in ORG_WORDS or w.text in ORG_ACRONYMS for w in lead)


def _line_start(text: str, pos: int) -> bool:
    """Nothing but white space between the previous line break (or the text's start) and pos."""
    lo = max(0, pos - 200)
    nl = text.rfind("\n", lo, pos)
    return not text[(nl + 1 if nl >= 0 else lo):pos].strip() and (nl >= 0 or lo == 0)


def _sentence_initial(text: str, pos: int) -> bool:
    before = text[max(0, pos - 200):pos].rstrip()  # bounded: a slice to the start made long texts quadratic
    return not before or before[-1] in ".!?:\"“”\n…" or before.endswith("GMT")


def scan(text: str, has_key, max_words: int = 6, ws: list[Word] | None = None) -> list[RawMention]:
    """Mentions in `text`: `has_key(key)` says whether the gazetteer knows a key.

    Flags in `extra`: "org" (inside an organisation or outlet name), "site_lead" (the leading
    name of a building, "Rawda Mosque"), "site_of" (the name after "Temple of"/"Castle of").
    """
    ws = ws if ws is not None else words_of(text)
    found: list[RawMention] = []
    runs = _runs(text, ws)
    k = 0
    while k < len(runs):
        run = runs[k]
        nxt = runs[k + 1] if k + 1 < len(runs) else None
        if ws[run[-1]].possessive:
            # "Aleppo’s Old City", "Aleppo's ancient city": the "<name> of Aleppo" the gazetteer may know
            hit = _possessive_match(text, ws, run, nxt, has_key)
            if hit is not None:
                found.append(hit)
                k += 2 if hit.end > ws[run[-1]].end + 2 and nxt is not None and hit.end == ws[nxt[-1]].end else 1
                continue
        if nxt is not None and ws[run[-1]].text.lower() in SITE_WORDS \
                and _SITE_OF_GAP.match(text[ws[run[-1]].end:ws[nxt[0]].start]):
            # "Temple of Bel": the whole name may be a known site; else each part on its own
            merged = run + list(range(run[-1] + 1, nxt[0])) + nxt
            whole = _match_from(text, ws, merged, 0, has_key, max_words + 3, min_end=len(run) + 1)
            if whole is not None:
                found.append(whole)
                k += 2
                continue
            found.extend(_match_run(text, ws, run, has_key, max_words))
            for m in _match_run(text, ws, nxt, has_key, max_words):
                m.extra["site_of"] = True
                found.append(m)
            k += 2
            continue
        if nxt is not None and _OF_GAP.match(text[ws[run[-1]].end:ws[nxt[0]].start]):
            whole = _of_name(text, ws, run, nxt, has_key)
            if whole is not None:  # "Democratic Republic of Congo" whole, never its "Republic"
                found.append(whole)
                rest = [q for q in nxt if ws[q].start >= whole.end]
                if rest:
                    found.extend(_match_run(text, ws, rest, has_key, max_words))
                k += 2
                continue
        cued = _cued_run(text, ws, run, has_key, max_words)
        found.extend(cued if cued is not None else _match_run(text, ws, run, has_key, max_words))
        k += 1
    _mark_unknown(text, ws, found, runs)
    found = [m for m in found if not generic_only(m.text)]  # "the Zone", "Kebele 12": no name at all
    abbrevs = _abbreviation_mentions(text, has_key)
    if abbrevs:
        found = [m for m in found if not any(a.start < m.end and m.start < a.end for a in abbrevs)] + abbrevs
    found.sort(key=lambda m: m.start)
    for i, m in enumerate(found):
        dl = _DATELINE_AFTER.match(text, m.end)
        if dl and _line_start(text, m.start) and m.text.isupper():
            m.extra["dateline"] = True  # "BENI, Democratic Republic of Congo —", "DETROIT (AP) —"
            for r in found[i + 1:]:
                if r.start >= dl.end():
                    break
                r.extra["dateline_region"] = True  # "Democratic Republic of Congo", "Ky.": the town's container
        elif is_dateline(text, m.start, m.end):
            m.extra["dateline"] = True  # "Kandi, Oct 3 (Agency) -", "(Lagos) -": where the reporter is
        if _org_home(text, m.start, m.end, ws):
            m.extra["org_home"] = True  # "Radio Nile (Juba)": the outlet's home, not an event's place
    _mark_street_towns(text, ws, runs, found)
    for m in found:
        after = _PLACE_NOUN_AFTER.match(text, m.end)
        if after and not m.cue_after and not m.extra.get("service"):  # "Police Department" is no area cue
            m.cue_after = _singular(after.group())
        if "cue" not in m.extra:
            before = _PLACE_NOUN_BEFORE.search(text[max(0, m.start - 80):m.start])
            if before:
                m.extra["cue"] = _singular((before.group(1) or before.group(2)).lower())
    found.sort(key=lambda m: m.start)
    return found


def _mark_street_towns(text: str, ws: list[Word], runs: list[list[int]], found: list[RawMention]) -> None:
    """"Dunnock Close, Edmonton", "Hertford Road, Enfield": the name after a street and a comma is the
    street's town (cue "street")."""
    streets = [ws[r[-1]].end for r in runs if len(r) > 1 and ws[r[-1]].text.lower() in street_words()
               and ws[r[-1]].cap]
    if not streets:
        return
    by_start = {m.start: m for m in found}
    for end in streets:
        gap = re.match(r"\.?,\s*", text[end:end + 4])
        m = by_start.get(end + gap.end()) if gap else None
        if m is not None and m.key is not None:
            m.extra.setdefault("cue", "street")


def _of_name(text: str, ws: list[Word], run: list[int], nxt: list[int], has_key) -> RawMention | None:
    """The name across "of" ("Republic of the Congo"), with or without the article the text left out."""
    head = "".join(ws[q].key for q in run)
    for n in range(len(nxt), 0, -1):  # "of Congo Nov 20": the name may end before the run does
        tail = "".join(ws[q].key for q in nxt[:n])
        for key in (head + "of" + tail, head + "of" + token_key("the") + tail, head + tail):
            if has_key(key):
                s, e = ws[run[0]].start, ws[nxt[n - 1]].end
                return RawMention(s, e, text[s:e], key, len(text[s:e].split()), _sentence_initial(text, s))
    return None


def _cued_run(text: str, ws: list[Word], run: list[int], has_key, max_words: int) -> list[RawMention] | None:
    """A run that ends in its own cue ("Yar Kaso Village", "Tsafe Local Government Area", "Wollo Zone"):
    the name is the run without the cue. A gazetteer match covering only part of the name ("Kaso"
    inside "Yar Kaso") is not the place: the whole name is reported, as unknown if need be.
    None when the run has no trailing cue or the gazetteer knows the whole run."""
    cut = next((i for i, q in enumerate(run) if not ws[q].cap and not ws[q].article), len(run))
    if cut < len(run):  # "Bungudu Local Government Area on Friday": the cue ends the name before "on"
        head = _cued_run(text, ws, run[:cut], has_key, max_words)
        if head is None or _match_from(text, ws, run, 0, has_key, max_words + len(run), min_end=len(run) - 1):
            return None
        rest = run[cut + 1:]
        return head + (_match_run(text, ws, rest, has_key, max_words) if rest else [])
    n = trailing_cue([ws[q].text for q in run])
    if not n or not ws[run[-n]].cap:
        return None
    name = run[:-n]
    service = next((i for i, q in enumerate(name) if i and ws[q].text.lower() in institution_words()), None)
    if service is not None:
        # "Glasgow Police Department": a service named after its home; the home is a place mention
        hits = _match_run(text, ws, name[:service], has_key, max_words)
        for h in hits:
            h.extra.update(org_home=True, service=True, cue="service")
        return hits
    if all(ws[q].text.lower() in COMMON_WORDS or ws[q].text.lower() in ORG_WORDS or not ws[q].cap for q in name):
        return None  # "Islamic State", "Free State": the cue word is part of a name that is no place
    if _match_from(text, ws, run, 0, has_key, max_words + n, min_end=len(run) - 1) is not None:
        return None  # "Central Province": the gazetteer knows the whole run
    cue = _singular(text[ws[run[-n]].start:ws[run[-1]].end])
    hits = _match_run(text, ws, name, has_key, max_words)
    covered = {q for q in name for h in hits if h.start <= ws[q].start and ws[q].end <= h.end}
    loose = [q for q in name if q not in covered and ws[q].text.lower() not in COMMON_WORDS and ws[q].cap]
    if len(hits) == 1 and not loose:  # one known name, perhaps after "South": that place, cued
        for h in hits:
            if h.end == ws[name[-1]].end:
                h.cue_after = cue
        return hits
    s, e = ws[name[0]].start, ws[name[-1]].end
    return [RawMention(s, e, text[s:e], None, len(name), _sentence_initial(text, s), cue_after=cue)]


@lru_cache(maxsize=1)
def _abbreviation_patterns() -> tuple[tuple[re.Pattern, str], ...]:
    """One regex per abbreviation: "Ky." only after "<Name>, ", "U.S." anywhere but not after a
    number ("300 B.C." is a year)."""
    from .world_admin import abbreviations

    out = []
    for ab in abbreviations():
        body = re.escape(ab.text)
        tail = r"(?![A-Za-z])" if ab.text.endswith(".") else r"\b"
        if ab.after_comma_only:
            pat = r"(?<=[A-Za-z\.],\s)" + body + tail
        else:
            pat = r"(?<![\w.])(?<!\d\s)" + body + tail
        out.append((re.compile(pat), name_key(ab.name)))
    return tuple(out)


def _abbreviation_mentions(text: str, has_key) -> list[RawMention]:
    """News-style abbreviations of places ("Glasgow, Ky.", "U.S.") as mentions of the full name."""
    if "." not in text and "Qld" not in text:
        return []
    out = []
    for pat, key in _abbreviation_patterns():
        if not has_key(key):
            continue
        for m in pat.finditer(text):
            hit = RawMention(m.start(), m.end(), m.group(), key, 1, _sentence_initial(text, m.start()))
            hit.extra["abbreviation"] = True
            out.append(hit)
    return out


_OLD_CITY_AFTER = re.compile(r"^['’]s\s+(old|ancient|historic)\s+(city|quarter|town)\b", re.I)


def _possessive_match(text: str, ws: list[Word], run: list[int], nxt: list[int] | None,
                      has_key) -> RawMention | None:
    """The whole "<Owner>’s <Thing>" as the gazetteer's "<Thing> of <Owner>" (or "Old City of <Owner>")."""
    owner = "".join(ws[q].key for q in run)
    a = ws[run[0]]
    end_owner = ws[run[-1]].end
    keys: list[tuple[str, int]] = []
    if nxt is not None and re.fullmatch(r"['’]s\s+", text[end_owner:ws[nxt[0]].start]):
        keys.append(("".join(ws[q].key for q in nxt) + "of" + owner, ws[nxt[-1]].end))
    lower = _OLD_CITY_AFTER.match(text[end_owner:])
    if lower:
        e = end_owner + lower.end()
        for adj in (lower.group(1).lower(), "old"):
            keys.append((token_key(adj) + token_key(lower.group(2)) + "of" + owner, e))
    for key, e in keys:
        if has_key(key):
            return RawMention(a.start, e, text[a.start:e], key, len(text[a.start:e].split()),
                              _sentence_initial(text, a.start))
    return None


def _match_from(text: str, ws: list[Word], run: list[int], i: int, has_key, max_words: int,
                min_end: int = 0) -> RawMention | None:
    """Longest gazetteer name starting at run[i] (ending at run index >= min_end), or None."""
    n = len(run)
    wi = ws[run[i]]
    for j in range(min(n, i + max_words) - 1, max(i, min_end) - 1, -1):
        wj = ws[run[j]]
        if not wj.cap:
            continue
        if j + 1 < n and ws[run[j + 1]].article:
            continue  # would split at an article
        if j == i and wi.text.lower() in SITE_WORDS:
            continue  # a bare "Temple" or "Mosque" is a building, not the town of that name
        key = "".join(ws[run[q]].key for q in range(i, j + 1))
        # two letters only as an upper-case acronym of the whole name ("US", "UK"), never "Al" or "On"
        if (len(key) >= 3 or (i == j and wi.text.isupper() and len(wi.text) == 2)) and has_key(key):
            s, e = wi.start, wj.end
            hit = RawMention(s, e, text[s:e], key, j - i + 1, _sentence_initial(text, s))
            if wj.possessive:
                hit.extra["possessive"] = True
            return hit
    return None


def _match_run(text: str, ws: list[Word], run: list[int], has_key, max_words: int) -> list[RawMention]:
    """Gazetteer names inside one run of name words, longest match first, left to right."""
    out: list[RawMention] = []
    n = len(run)
    last_word = ws[run[-1]].text.lower()
    if n > 1 and last_word in street_words() and ws[run[-1]].cap:
        return out  # a street named after a town ("Felixstowe Road") is no mention of the town
    # "Sheik Abd al-Aziz Mosque", "BBC Monitoring Middle East": names of things, not places;
    # only a leading place ("Hama Museum", "Aleppo Citadel") or the whole run may match
    site_run = n > 1 and last_word in SITE_WORDS
    after = ws[run[-1] + 1] if run[-1] + 1 < len(ws) else None
    if after is not None and not after.cap and after.text.lower() in SITE_WORDS \
            and text[ws[run[-1]].end:after.start] == " ":
        site_run = True  # "Al Rawda mosque": the building's name, written with a lower-case noun
    saint = ws[run[0]].text.lower() in ("saint", "st", "mar", "sainte") and n > 1
    org_run = any(ws[q].text.lower() in ORG_WORDS or ws[q].text in ORG_ACRONYMS for q in run)
    i = 0
    while i < n:
        if i > 0 and (site_run or org_run):
            break
        # a match may not start right after an article (would split "Bab al-Neyrab")
        if i > 0 and (ws[run[i - 1]].article or ws[run[i]].article):
            i += 1
            continue
        hit = _match_from(text, ws, run, i, has_key, max_words)
        if hit is None:
            i += 1
            continue
        if hit.words == 1 and ws[run[i]].text.lower() in NAME_PREFIXES and i + 1 < n and ws[run[i + 1]].cap:
            break  # "Tell Hermes": a name we do not know, not the town "Tell"
        if org_run:
            hit.extra["org"] = True
        if site_run and (hit.end < ws[run[-1]].end or not (n > 1 and last_word in SITE_WORDS)):
            hit.extra["site_lead"] = True
        if saint and i == 0:
            hit.extra["site_of"] = True  # "Saint Michael (Church)", "Mar Elias": a saint's name
        if i == 0 and hit.words < n and not (site_run or org_run or saint):
            q = hit.words
            while q < n and (ws[run[q]].cap or ws[run[q]].article) and ws[run[q]].text.lower() not in COMMON_WORDS:
                q += 1
            if q > hit.words and ws[run[q - 1]].cap:
                hit.extra["run_end"] = ws[run[q - 1]].end  # "Dier Ezzor": the whole run may be a misspelt name
        out.append(hit)
        i += hit.words
    return out


def _mark_unknown(text: str, ws: list[Word], found: list[RawMention], runs: list[list[int]] | None = None) -> None:
    """Add runs the gazetteer does not know but the text marks as places (cue word before or after).

    Overlap with the matched mentions is a binary search over their sorted spans (a linear scan per
    run made a 2.6 MB text take a quarter of an hour)."""
    spans = sorted((m.start, m.end) for m in found)
    starts = [a for a, _ in spans]
    reach: list[int] = []  # reach[i]: the furthest end among spans[0..i]
    for _, b in spans:
        reach.append(max(b, reach[-1]) if reach else b)
    for run in (runs if runs is not None else _runs(text, ws)):
        s, e = ws[run[0]].start, ws[run[-1]].end
        i = bisect_left(starts, e)
        if i and reach[i - 1] > s:
            continue
        last = ws[run[-1]].text.lower()
        if last in SITE_WORDS or last in COMMON_WORDS and len(run) == 1:
            continue
        cue_after = _PLACE_NOUN_AFTER.match(text, e)
        cue_before = _PLACE_NOUN_BEFORE.search(text[max(0, s - 80):s])
        if cue_after or cue_before:
            m = RawMention(s, e, text[s:e], None, len(run), _sentence_initial(text, s))
            cue = cue_after.group().strip() if cue_after else (cue_before.group(1) or cue_before.group(2))
            m.extra["cue"] = _singular(cue.lower())
            found.append(m)


def _singular(noun: str) -> str:
    """The cue as the data file spells it: "army camp" -> "camp", "villages" -> "village"."""
    noun = " ".join(noun.lower().replace("-", " ").split())
    words = noun.split()
    if len(words) > 1 and not cue_kind(noun) and cue_kind(" ".join(words[1:])):
        noun = " ".join(words[1:])  # a modifier ("army", "police") is not part of the cue
    if noun.endswith("s") and noun[:-1] in _cue_words() and noun not in _cue_words():
        return noun[:-1]
    return noun


@lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    from .place_cues import cue_kinds

    return frozenset(cue_kinds())


def unknown_runs(text: str, ws: list[Word] | None = None) -> list[tuple[int, int]]:
    """All name runs (start, end) in text: for callers that add NER-backed unknown places."""
    ws = ws if ws is not None else words_of(text)
    return [(ws[r[0]].start, ws[r[-1]].end) for r in _runs(text, ws)]
