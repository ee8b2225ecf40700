"""The linear text classifier behind event typing: train once, cache on disk, load fast.

TF-IDF word and character n-grams, plus (for the encoder model) a MiniLM sentence embedding
(semantic neighbours of the training wording; see encoder.py), feed a logistic regression blended
with a complement naive Bayes vote on the TF-IDF blocks (probabilities double as confidence).
By default (CascadeModel) the TF-IDF model types every text and the encoder model re-types only
the rows it is unsure of. Training takes about a minute on CPU (the training rows' embeddings ship
precomputed in data/typing/train_embeddings.npz); the fitted models are pickled under the user
cache directory keyed by a hash of the training data, the encoder files and this module's
MODEL_VERSION, so a CLI process only pays the unpickling cost.
"""
from __future__ import annotations

import hashlib
import json
import os
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.naive_bayes import ComplementNB

from sitroom.cache import read_cached, write_cached
from sitroom.extract.typing.encoder import EmbeddingStore, SentenceEncoder, embed_with_store, encoder_hash
from sitroom.extract.typing.taxonomy import NO_EVENT

MODEL_VERSION = "lr-cnb-minilm-5-slim"
NB_WEIGHT = 0.25  # share of the naive Bayes vote in the blended probabilities
# The full encoder model (SITROOM_TYPING_ENCODER=1) types every text ~10x slower on CPU than TF-IDF;
# SITROOM_TYPING_ENCODER=0 is TF-IDF alone, see bench/.
ENCODER_ENV = "SITROOM_TYPING_ENCODER"
# Cascade (the default; SITROOM_TYPING_ENCODER=cascade): the TF-IDF model types every text, and only texts whose
# top probability is below CASCADE_BELOW go again through the TF-IDF + encoder model, loaded on
# first need; confident rows keep TF-IDF speed.
CASCADE_BELOW = 0.3
# texts whose fast-model rows the cascade keeps in memory (a long entry's sentences, and the entry)
RECENT_ROWS = 512
EMB_WEIGHT = 0.5  # scale of the sentence-embedding block beside the (L2-normalised) TF-IDF blocks
DATA_DIR = Path(__file__).resolve().parents[2] / "data" / "typing"
SEED = 13
# Weight of one generated template row (train.jsonl) against one hand-written snippet (1.0):
# template rows repeat a few hundred frames, so at full weight they drown the snippets'
# real-reporting wording once snippets are plentiful (measured in bench_classify --ablation).
TEMPLATE_WEIGHT = 0.25
WORD_NGRAMS = (1, 3)  # word n-gram range of the TF-IDF word block (1-3 beat 1-2 on every held-out set)
LR_C = 20.0  # inverse regularisation of the logistic regression


def training_files() -> list[Path]:
    """Every JSONL file of {"text", "label"} rows in the data folder, then the snippet files."""
    return sorted(DATA_DIR.glob("*.jsonl")) + snippet_files()


def snippet_files() -> list[Path]:
    """Hand-written multi-sentence snippets: '## Label' headings, one snippet per line."""
    return sorted((DATA_DIR / "snippets").glob("*.txt"))


def parse_snippets(path: Path) -> list[tuple[str, str]]:
    """(text, label) pairs of one snippet file; '#' lines are comments."""
    out, label = [], None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("## "):
            label = line[3:].strip()
        elif line and not line.startswith("#") and label:
            out.append((line, label))
    return out


def load_training(with_source: bool = False):
    """(texts, labels) of all training rows; with_source adds a per-row 'template'/'snippet' tag."""
    texts, labels, source = [], [], []
    for path in sorted(DATA_DIR.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                texts.append(row["text"])
                labels.append(row["label"])
                source.append("template")
    for path in snippet_files():
        for text, label in parse_snippets(path):
            texts.append(text)
            labels.append(label)
            source.append("snippet")
    return (texts, labels, source) if with_source else (texts, labels)


def encoder_available() -> bool:
    """True when onnxruntime and tokenizers (default dependencies) can be imported."""
    import importlib.util

    return all(importlib.util.find_spec(m) is not None for m in ("onnxruntime", "tokenizers"))


def encoder_mode() -> str:
    """'none', 'cascade' or 'full' from SITROOM_TYPING_ENCODER. Unset: 'cascade' (TF-IDF with the
    encoder for the rows it is unsure of), or 'none' where the encoder packages are missing;
    '0'/'none'/'tfidf': TF-IDF alone; 'cascade'; any other yes ('1'): the full encoder model."""
    raw = os.environ.get(ENCODER_ENV, "").strip().lower()
    if raw == "":
        return "cascade" if encoder_available() else "none"
    if raw in ("0", "no", "false", "none", "tfidf"):
        return "none"
    return "cascade" if raw == "cascade" else "full"


def encoder_wanted() -> bool:
    """True when the user asked for the full sentence-encoder model (SITROOM_TYPING_ENCODER=1)."""
    return encoder_mode() == "full"


def data_hash(encoder: bool | None = None) -> str:
    import sklearn

    encoder = encoder_wanted() if encoder is None else encoder
    tag = f"encoder={encoder_hash()} w={EMB_WEIGHT}" if encoder else "encoder=none"
    tag += f" ngrams={WORD_NGRAMS} c={LR_C} nb={NB_WEIGHT}"
    h = hashlib.sha256(f"{MODEL_VERSION} sklearn={sklearn.__version__} {tag} tw={TEMPLATE_WEIGHT}".encode())
    for path in training_files():
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def cache_dir() -> Path:
    base = os.environ.get("SITROOM_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache"), "sitroom")
    return Path(base)


@dataclass
class TypingModel:
    """Fitted vectorisers + classifier; `predict_proba` returns (n, n_classes)."""

    word: TfidfVectorizer
    char: TfidfVectorizer
    clf: LogisticRegression
    nb: ComplementNB | None = None
    emb: SentenceEncoder | None = None
    emb_weight: float = EMB_WEIGHT
    nb_weight: float = NB_WEIGHT

    @property
    def classes(self) -> list[str]:
        return list(self.clf.classes_)

    def sparse_features(self, texts: list[str]):
        return hstack([self.word.transform(texts), self.char.transform(texts)]).tocsr()

    def features(self, texts: list[str], sparse=None, dense: np.ndarray | None = None):
        """TF-IDF blocks, then (when the model has one) the scaled sentence-embedding block;
        `dense` passes embeddings already at hand (training reads them from the shipped store)."""
        x = self.sparse_features(texts) if sparse is None else sparse
        if self.emb is None:
            return x
        dense = self.emb.embed(texts) if dense is None else dense
        return hstack([x, csr_matrix(self.emb_weight * dense)]).tocsr()

    def predict_proba(self, texts: list[str], sparse=None) -> np.ndarray:
        """`sparse`: the texts' TF-IDF rows when already at hand (the cascade passes its own)."""
        sparse = self.sparse_features(texts) if sparse is None else sparse
        p = self.clf.predict_proba(self.features(texts, sparse))
        if self.nb is not None:  # same class order; NB reads only the non-negative TF-IDF blocks
            p = (1.0 - self.nb_weight) * p + self.nb_weight * self.nb.predict_proba(sparse)
        return p

    def word_weights(self, label: str) -> dict[str, float]:
        """Word n-gram -> coefficient for one class; used to point at trigger words."""
        idx = self.classes.index(label)
        coef = self.clf.coef_[idx][: len(self.word.vocabulary_)]
        return {term: float(coef[col]) for term, col in self.word.vocabulary_.items()}


def row_weights(source: list[str], template_weight: float = TEMPLATE_WEIGHT) -> np.ndarray:
    """Per-row training weight: `template_weight` for generated rows, 1 for hand snippets."""
    return np.array([template_weight if s == "template" else 1.0 for s in source], dtype=float)


def fit(texts: list[str], labels: list[str], embeddings: bool = False,
        emb_weight: float = EMB_WEIGHT, sample_weight: np.ndarray | None = None,
        word_ngrams: tuple[int, int] = WORD_NGRAMS, c: float = LR_C, nb_weight: float = NB_WEIGHT,
        store: EmbeddingStore | None = None) -> TypingModel:
    """Fit the model; deterministic for the same data. `embeddings=False` is TF-IDF alone;
    rows of weight 0 are dropped (so the vocabularies do not see them either). With embeddings,
    training rows found in `store` (default: the shipped one) are not run through the encoder."""
    if sample_weight is not None:
        keep = [i for i, w in enumerate(sample_weight) if w > 0]
        texts, labels = [texts[i] for i in keep], [labels[i] for i in keep]
        sample_weight = np.asarray(sample_weight, dtype=float)[keep]
    word = TfidfVectorizer(ngram_range=word_ngrams, min_df=2, sublinear_tf=True, lowercase=True,
                           token_pattern=r"(?u)\b[\w'-]+\b", max_features=60000)
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=3, sublinear_tf=True,
                           max_features=80000)
    sparse = hstack([word.fit_transform(texts), char.fit_transform(texts)]).tocsr()
    model = TypingModel(word, char, None, None, SentenceEncoder() if embeddings else None, emb_weight, nb_weight)
    clf = LogisticRegression(C=c, max_iter=2000, random_state=SEED)
    dense = None
    if model.emb is not None:
        dense = embed_with_store(model.emb, texts, EmbeddingStore.load() if store is None else store)
    clf.fit(model.features(texts, sparse, dense), labels, sample_weight=sample_weight)
    # a complement naive Bayes vote steadies the regression on wording it saw only a few times
    model.clf = clf
    if nb_weight > 0:
        model.nb = ComplementNB(alpha=0.3).fit(sparse, labels, sample_weight=sample_weight)
    return slim(model)


def slim(model: TypingModel) -> TypingModel:
    """Drop what prediction never reads and keep weights as float32: the pickle shrinks by about
    two thirds, so a CLI process loads it faster (probabilities move by < 1e-5)."""
    # Fortran order: prediction multiplies by coef_.T, which is then C-contiguous (no copy per call)
    model.clf.coef_ = np.asfortranarray(model.clf.coef_, dtype=np.float32)
    model.clf.intercept_ = model.clf.intercept_.astype(np.float32)
    if model.nb is not None:  # ComplementNB predicts from feature_log_prob_ alone
        model.nb.feature_log_prob_ = np.asfortranarray(model.nb.feature_log_prob_, dtype=np.float32)
        for attr in ("feature_count_", "feature_all_"):
            if hasattr(model.nb, attr):
                delattr(model.nb, attr)
    for vec in (model.word, model.char):
        if hasattr(vec, "stop_words_"):
            delattr(vec, "stop_words_")
    return model


@dataclass
class CascadeModel:
    """TF-IDF first; rows it is unsure of (top probability < `below`) are re-typed by the
    TF-IDF + encoder model, which is loaded (or trained) only when such a row first appears."""

    fast: TypingModel
    below: float = CASCADE_BELOW
    _slow: TypingModel | None = None
    _shared: tuple[TypingModel, bool] | None = None  # (slow model, same TF-IDF vectorisers as the fast one)
    _recent: OrderedDict = field(default_factory=OrderedDict, repr=False)  # text -> fast model's row

    @property
    def classes(self) -> list[str]:
        return self.fast.classes

    @property
    def word(self) -> TfidfVectorizer:  # trigger spans read the TF-IDF word weights
        return self.fast.word

    @property
    def clf(self) -> LogisticRegression:
        return self.fast.clf

    def word_weights(self, label: str) -> dict[str, float]:
        return self.fast.word_weights(label)

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        sparse = self.fast.sparse_features(texts) if isinstance(self.fast, TypingModel) else None
        p = self.fast.predict_proba(texts) if sparse is None else self.fast.predict_proba(texts, sparse)
        # rows the fast model calls No event stay its own: the encoder model turns fewer quiet
        # sentences away (held-out No-event rows kept 0.52 -> 0.44 when they were routed too)
        self._remember(texts, p)  # the fast model's own rows, before the encoder's replace any
        quiet = self.classes.index(NO_EVENT) if NO_EVENT in self.classes else -1
        unsure = np.flatnonzero((p.max(axis=1) < self.below) & (p.argmax(axis=1) != quiet))
        if len(unsure):
            model, rows = self.slow(), [texts[i] for i in unsure]
            if sparse is not None and self._same_tfidf(model):
                slow = model.predict_proba(rows, sparse[unsure])  # the rows the fast model just made
            else:
                slow = model.predict_proba(rows)
            p[unsure] = keep_quiet_share(p[unsure], slow, quiet)
        return p

    def fast_proba(self, texts: list[str]) -> np.ndarray:
        """The fast model's probabilities alone (what `retype=False` asks for). Rows of texts typed
        lately come from memory: the pipeline types a victim-count or tally sentence again after
        typing its whole entry, and an entry's text once per tally sentence in it. A row depends on
        its text only (TF-IDF, regression and naive Bayes work row by row), so the memory gives the
        same bits as computing it again."""
        rows: list[np.ndarray | None] = [self._recent.get(t) for t in texts]
        missing = [i for i, row in enumerate(rows) if row is None]
        if missing:
            fresh = self.fast.predict_proba([texts[i] for i in missing])
            self._remember([texts[i] for i in missing], fresh)
            for i, row in zip(missing, fresh):
                rows[i] = row
        for t in texts:
            if t in self._recent:
                self._recent.move_to_end(t)
        return np.array([row.copy() for row in rows])

    def _remember(self, texts: list[str], p: np.ndarray) -> None:
        for t, row in zip(texts, p):
            self._recent[t] = row.copy()
            self._recent.move_to_end(t)
        while len(self._recent) > RECENT_ROWS:
            self._recent.popitem(last=False)

    def _same_tfidf(self, slow: TypingModel) -> bool:
        """Whether the slow model's TF-IDF blocks are the fast model's (both are fitted on the same
        rows with the same settings, so they are): then an unsure row's TF-IDF features, a third of
        its typing time, are not computed a second time. Checked once per model pair."""
        if self._shared is None or self._shared[0] is not slow:
            same = isinstance(slow, TypingModel) and all(
                _same_vectoriser(a, b) for a, b in ((self.fast.word, slow.word), (self.fast.char, slow.char)))
            self._shared = (slow, same)
        return self._shared[1]

    def slow(self) -> TypingModel:
        if self._slow is None:
            self._slow = load_or_train(True)
        return self._slow


def _same_vectoriser(a: TfidfVectorizer, b: TfidfVectorizer) -> bool:
    """Same settings, vocabulary and idf weights: the two transform any text to the same row."""
    return a.get_params() == b.get_params() and a.vocabulary_ == b.vocabulary_ \
        and np.array_equal(a.idf_, b.idf_)


def keep_quiet_share(fast: np.ndarray, slow: np.ndarray, quiet: int) -> np.ndarray:
    """The slow model's ranking of the event types, scaled into the share the fast model left to
    events: whether a sentence reports an event at all stays the fast model's call (the encoder
    model turns fewer quiet sentences away), only which event it reports moves."""
    if quiet < 0:
        return slow
    events = slow.copy()
    events[:, quiet] = 0.0
    events /= np.maximum(events.sum(axis=1, keepdims=True), 1e-12)
    events *= (1.0 - fast[:, quiet])[:, None]
    events[:, quiet] = fast[:, quiet]
    return events


@lru_cache(maxsize=1)
def get_model() -> TypingModel | CascadeModel:
    """The model SITROOM_TYPING_ENCODER asks for (cached on disk, trained when absent)."""
    mode = encoder_mode()
    if mode == "cascade":
        # the encoder model is loaded only when a row needs it, but trained now when it is missing
        # (never in the middle of a run); kept in memory if the cache folder is read-only
        slow = None if model_path(True).exists() else load_or_train(True)
        return CascadeModel(load_or_train(False), _slow=slow)
    return load_or_train(mode == "full")


def model_path(encoder: bool) -> Path:
    return cache_dir() / f"typing-{data_hash(encoder)}.pkl"


def load_or_train(encoder: bool) -> TypingModel:
    """The cached model, training it (once per training-data version) when absent."""
    path = model_path(encoder)
    cached = read_cached(path)
    if isinstance(cached, TypingModel):
        return for_prediction(cached)
    texts, labels, source = load_training(with_source=True)
    model = fit(texts, labels, embeddings=encoder, sample_weight=row_weights(source))
    write_cached(path, model)  # a read-only home keeps the in-memory model
    return for_prediction(model)


def for_prediction(model: TypingModel) -> TypingModel:
    """The weights as float64 in memory (the cache keeps float32). Why: TF-IDF rows are float64, so
    scipy converted the whole float32 weight matrix (features x classes) to float64 at every
    product, twice per call (regression and naive Bayes): most of a small batch's matrix time.
    float32 -> float64 is exact and the product was done in float64 before, so the probabilities
    are bit for bit the same."""
    model.clf.coef_ = np.asfortranarray(model.clf.coef_, dtype=np.float64)
    if model.nb is not None:
        model.nb.feature_log_prob_ = np.asfortranarray(model.nb.feature_log_prob_, dtype=np.float64)
    return model
