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
