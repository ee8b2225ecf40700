"""The place recogniser's shortcuts give the answers of the plain loops they replaced."""
import random

from sitroom.resolve import geo_mentions, place_cues
from sitroom.resolve.place_cues import after_cue_words, trailing_cue


def _trailing_cue_one_by_one(words):
    """The cue comparison spelled out: every cue against the run's tail, the longest match kept."""
    low = [w.lower() for w in words]
    several = any(w in ("and", "&") for w in low)
    best = 0
    for cue in after_cue_words():
        cue = cue.replace("-", " ")
        n = len(cue.split())
        tail = " ".join(low[-n:])
        if n < len(low) and (tail == cue or (several and tail == cue + "s")):
            best = max(best, n)
    return best


def test_trailing_cue_plural_needs_several_names_and_longest_cue_wins():
    assert trailing_cue(["Tsafe", "and", "Gusau", "Local", "Government", "Areas"]) == 3
    assert trailing_cue(["Ancient", "Villages"]) == 0  # one name before a plural: a heritage name
    assert trailing_cue(["Dan", "Tokoro", "Village"]) == 1
    assert trailing_cue([]) == 0


def test_trailing_cue_agrees_with_comparing_every_cue():
    words = sorted({w for c in after_cue_words() for w in c.replace("-", " ").split()}) + ["and", "&", "Kumbo"]
    rnd = random.Random(7)
    for _ in range(20000):
        run = [rnd.choice(words) for _ in range(rnd.randint(0, 6))]
        run = [(w.title() if rnd.random() < 0.5 else w) + ("s" if rnd.random() < 0.2 else "") for w in run]
        assert trailing_cue(run) == _trailing_cue_one_by_one(run), run


def test_cue_groups_cover_every_cue_once():
    groups = place_cues._after_cues_by_length()
    assert [n for n, _, _ in groups] == sorted({n for n, _, _ in groups}, reverse=True)
    assert sorted(c for _, cues, _ in groups for c in cues) == sorted({c.replace("-", " ") for c in after_cue_words()})


def test_abbreviations_absent_from_the_text_are_not_looked_up():
    asked = []

    def has_key(key):
        asked.append(key)
        return True

    text = "Police in Glasgow, Ky. said two people were shot near the U.S. border crossing."
    hits = geo_mentions._abbreviation_mentions(text, has_key)
    assert {h.text for h in hits} >= {"Ky.", "U.S."}
    present = {key for _, key, ab in geo_mentions._abbreviation_patterns() if ab in text}
    assert asked and set(asked) <= present
    # the same hits as every pattern run over the text
    every = [(m.start(), m.group()) for pat, _, _ in geo_mentions._abbreviation_patterns() for m in pat.finditer(text)]
    assert sorted((h.start, h.text) for h in hits) == sorted(every)
