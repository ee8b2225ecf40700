"""Place-name normalisation that survives transliteration.

Reports spell the same Arabic place many ways ("Bab al-Neyrab", "Bab al-Nayrab", "Bab an Nairab";
"Sheikh Maqsoud", "Shaykh Maqsud"). Instead of fuzzy-matching every pair, every name (gazetteer
side and text side) is reduced to a *key* that erases the usual variation: case, diacritics,
apostrophes and ayn marks, Arabic articles, vowel digraphs (ou/oo/ee/ey/ay/ai/ei/aw), q/k,
doubled letters, final -ah/-eh, hyphens and spaces. Keys are built token by token (cached), so
the text side costs one dict lookup per token.

A second, coarser *skeleton* key (first letter plus consonants) catches vowel variation
("Masakan"/"Masaken"/"Masakin"); it is only ever used within a focus country, where collisions are rare.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Arabic definite article as transliterated (assimilated forms included); dropped from keys.
ARTICLES = frozenset({"al", "el", "al", "ul", "ash", "esh", "an", "en", "ad", "ed", "as", "es", "at", "et",
                      "ar", "er", "az", "ez", "ath", "adh", "dh", "aḍ", "l"})
# Latin tokens of a name: letters (any script) with inner apostrophes; digits kept for "T4".
_WORD = re.compile(r"[^\W_]+(?:['’‘ʿʾ`][^\W_]+)*", re.UNICODE)
_MARKS = str.maketrans({c: None for c in "'’‘ʿʾ`ʻʼ´"})
_ARABIC = re.compile(r"[\u0600-\u06FF]")
_AR_DIACRITICS = re.compile(r"[\u064B-\u065F\u0670\u0640]")
_AR_MAP = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي"})
# Ordered rewrites applied to a folded Latin token.
_RULES = [
    (re.compile(r"dj"), "j"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"ou|oo|uu"), "u"),
    (re.compile(r"ee|ii|ie(?=[^aeiou]|$)"), "i"),
    (re.compile(r"ey|ay|ai|ei|ae"), "e"),
    (re.compile(r"aw|ow|au"), "o"),
    (re.compile(r"q"), "k"),
    (re.compile(r"ck"), "k"),
    (re.compile(r"(.)\1+"), r"\1"),
    (re.compile(r"(?<=[a-z]{2})[aeiy]?h$"), "a"),   # -ah / -eh / -ih -> a (Hasakah/Hasakeh)
    (re.compile(r"(?<=[a-z]{2})e$"), "a"),          # Hasake / Hasaka
    (re.compile(r"y(?=[^aeiou]|$)"), "i"),          # Suwayda ~ Suwaida handled by ey/ay; Idlyb -> idlib
]


def fold(text: str) -> str:
    """Lowercase, drop diacritics and apostrophe-like marks; Arabic script normalised, not romanised."""
    text = text.translate(_MARKS)
    if _ARABIC.search(text):
        text = _AR_DIACRITICS.sub("", text).translate(_AR_MAP)
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    out = "".join(c for c in decomposed if not unicodedata.combining(c))
    return out.replace("ı", "i").replace("ß", "ss").replace("ø", "o").replace("đ", "d").replace("ł", "l").lower()


@lru_cache(maxsize=200_000)
def token_key(token: str) -> str:
    """Key of one word; "" for an article (so "al-Bab" and "Bab" share a key)."""
    t = fold(token)
    if not t:
        return ""
    if _ARABIC.search(t):
        if t.startswith("ال") and len(t) > 3:
            t = t[2:]
        return t
    if t in ARTICLES:
        return ""
    for pat, rep in _RULES:
        t = pat.sub(rep, t)
    return t


def tokens(name: str) -> list[str]:
    """The words of a name (hyphens, spaces and punctuation separate words)."""
    return _WORD.findall(name)


def name_key(name: str) -> str:
    """Index key of a whole name: token keys joined without spaces ("Deir ez-Zor" -> "derzor")."""
    return "".join(token_key(t) for t in tokens(name))


_VOWELS = re.compile(r"[aeiouyw]")


def skeleton(key: str) -> str:
    """Coarse key: first letter plus consonants of a `name_key` ("masakanhanano" -> "msknhnn")."""
    if not key or _ARABIC.search(key):
        return ""
    return key[0] + _VOWELS.sub("", key[1:])
