"""Typing's speed-ups must not move a single probability: float64 weights in memory, and the
cascade handing its TF-IDF rows to the slow model instead of computing them again."""
import copy

import numpy as np

from sitroom.extract.typing import model as M

TEXTS = ["Troops shelled the hill village.", "Artillery pounded the outskirts overnight.",
         "Students marched peacefully to the ministry.", "Hundreds rallied in the square with banners.",
         "Gunmen ambushed a patrol on the road.", "Rebels and soldiers fought for the bridge."] * 3
LABELS = ["Shelling/artillery/missile attack"] * 2 + ["Peaceful protest"] * 2 + ["Armed clash"] * 2
PROBE = ["Mortars hit the village.", "A rally was held in the square.", "Fighting near the bridge.",
         "Something else entirely happened today."]


def test_float64_weights_give_bit_identical_probabilities():
    small = M.fit(TEXTS, LABELS * 3)
    assert small.clf.coef_.dtype == np.float32  # what the cache stores
    before = small.predict_proba(PROBE)
    fast = M.for_prediction(copy.deepcopy(small))
    assert fast.clf.coef_.dtype == np.float64 and fast.nb.feature_log_prob_.dtype == np.float64
    assert fast.clf.coef_.flags["F_CONTIGUOUS"]
    assert np.array_equal(fast.predict_proba(PROBE), before)


class _Counting(M.TypingModel):
    """A TypingModel that counts how often it builds TF-IDF rows itself."""

    def sparse_features(self, texts):
        self.built = getattr(self, "built", 0) + len(texts)
        return super().sparse_features(texts)


def _counting(model: M.TypingModel) -> _Counting:
    return _Counting(model.word, model.char, model.clf, model.nb, model.emb, model.emb_weight, model.nb_weight)


def _separately(fast, slow, texts, below):
    """The cascade's answer computed the long way: each model builds its own features."""
    p = M.TypingModel.predict_proba(fast, texts)
    unsure = np.flatnonzero(p.max(axis=1) < below)
    if len(unsure):
        p[unsure] = M.keep_quiet_share(p[unsure], M.TypingModel.predict_proba(slow, [texts[i] for i in unsure]), -1)
    return p, len(unsure)


def test_cascade_reuses_the_fast_models_tfidf_rows_when_the_vectorisers_match():
    fast = M.for_prediction(M.fit(TEXTS, LABELS * 3))
    slow = _counting(M.for_prediction(M.fit(TEXTS, LABELS * 3, c=0.5)))  # same vectorisers, other weights
    below = 0.99  # every row is unsure
    expected, n_unsure = _separately(fast, slow, PROBE, below)
    assert n_unsure == len(PROBE)
    slow.built = 0
    got = M.CascadeModel(fast, below=below, _slow=slow).predict_proba(PROBE)
    assert np.array_equal(got, expected)
    assert slow.built == 0  # the slow model never rebuilt the rows


def test_cascade_builds_its_own_rows_when_the_slow_vectorisers_differ():
    fast = M.for_prediction(M.fit(TEXTS, LABELS * 3))
    extra = ["Howitzers hit the market twice.", "A sit-in filled the campus lawn.", "Militias traded fire at dawn."]
    slow = _counting(M.for_prediction(M.fit(TEXTS + extra * 3, LABELS * 3 + [LABELS[0], LABELS[2], LABELS[4]] * 3)))
    assert slow.word.vocabulary_ != fast.word.vocabulary_
    below = 0.99
    expected, _ = _separately(fast, slow, PROBE, below)
    slow.built = 0
    got = M.CascadeModel(fast, below=below, _slow=slow).predict_proba(PROBE)
    assert np.array_equal(got, expected)
    assert slow.built == len(PROBE)


class _Rows:
    """A fake fast model: a fixed row per text, and a record of the texts it computed."""

    classes = ["A", "B"]

    def __init__(self):
        self.asked: list[str] = []

    def predict_proba(self, texts):
        self.asked.extend(texts)
        return np.array([[0.9, 0.1] if t.startswith("sure") else [0.45, 0.55] for t in texts])


def test_retype_false_rows_of_texts_typed_lately_come_from_memory(monkeypatch):
    fast = _Rows()
    cascade = M.CascadeModel(fast, below=0.0)  # nothing goes to the encoder model
    cascade.predict_proba(["sure one", "unsure two"])
    got = cascade.fast_proba(["unsure two", "sure three"])
    assert fast.asked == ["sure one", "unsure two", "sure three"]  # "unsure two" was not computed again
    assert got.tolist() == [[0.45, 0.55], [0.9, 0.1]]
    got[0, 0] = 7.0  # callers get copies: the memory cannot be changed through them
    assert cascade.fast_proba(["unsure two"]).tolist() == [[0.45, 0.55]]
    monkeypatch.setattr(M, "RECENT_ROWS", 3)
    cascade.fast_proba(["a", "b", "c", "d"])
    assert len(cascade._recent) == 3 and "d" in cascade._recent


def test_memory_rows_match_computed_rows_bit_for_bit():
    fast = M.for_prediction(M.fit(TEXTS, LABELS * 3))
    cascade = M.CascadeModel(fast, below=0.0)
    cascade.predict_proba(PROBE)
    assert np.array_equal(cascade.fast_proba(PROBE[::-1]), fast.predict_proba(PROBE[::-1]))
    assert np.array_equal(cascade.fast_proba([PROBE[1]]), fast.predict_proba([PROBE[1]]))
