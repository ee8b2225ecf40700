"""Sentence embeddings from all-MiniLM-L6-v2 run by onnxruntime (int8, CPU, no torch).

Why: TF-IDF only knows the exact words of the training data; a sentence encoder puts
"stormed" near "overran" and "tear gas" near "water cannon", which is what carries the model to
wording the project never wrote. The encoder ships in the package as a 23 MB int8 ONNX file
(src/sitroom/data/typing/minilm_onnx/, made by scripts/export_minilm_onnx.py), so nothing is
downloaded and torch is never needed. Only the lead of each text is read (MAX_TOKENS): the
event is reported there, and attention cost grows with length. Each text runs alone: int8
dynamic quantisation scales activations per call, so a batch would make one text's vector
depend on its batch mates (and classify_text disagree with classify_many). The training rows'
embeddings ship precomputed (EmbeddingStore, train_embeddings.npz): encoding them one by one is
the ~10-minute part of training the encoder model.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

ENCODER_DIR = Path(__file__).resolve().parents[2] / "data" / "typing" / "minilm_onnx"
# The training rows' embeddings, computed once (scripts/embed_training.py) and shipped, so training
# the encoder model is a TF-IDF + regression fit of seconds, not ~10 minutes of encoding.
STORE_PATH = ENCODER_DIR.parent / "train_embeddings.npz"
MAX_TOKENS = 64


def encoder_files() -> list[Path]:
    """The files whose bytes define the embedding (part of the typing model's cache key)."""
    return [ENCODER_DIR / "minilm_int8.onnx", ENCODER_DIR / "tokenizer.json"]


@lru_cache(maxsize=1)
def encoder_hash() -> str:
    """Hash of the encoder's files and settings (read once per process: the ONNX file is 23 MB)."""
    h = hashlib.sha256(f"max_tokens={MAX_TOKENS} one-text-per-run".encode())
    for path in encoder_files():
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


@dataclass
class SentenceEncoder:
    """Tokenizer + ONNX session; `embed` gives one L2-normalised mean-pooled row per text."""

    dims: int = 384
    _tok: object = field(default=None, repr=False)
    _session: object = field(default=None, repr=False)

    def _load(self) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        tok = Tokenizer.from_file(str(ENCODER_DIR / "tokenizer.json"))
        tok.enable_truncation(MAX_TOKENS)
        opts = ort.SessionOptions()
        # one thread, no spin-waiting: texts run one at a time and are short, and on a busy 2-core
        # machine two spinning threads took 45-55 ms a text against 25 ms for one (same vectors)
        opts.intra_op_num_threads = 1
        opts.inter_op_num_threads = 1
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self._session = ort.InferenceSession(str(ENCODER_DIR / "minilm_int8.onnx"), opts,
                                             providers=["CPUExecutionProvider"])
        self._tok = tok

    def __getstate__(self) -> dict:  # pickle only the settings: the session is rebuilt from the package
        return {"dims": self.dims}

    def __setstate__(self, state: dict) -> None:
        self.dims, self._tok, self._session = state["dims"], None, None

    def embed(self, texts: list[str]) -> np.ndarray:
        if self._session is None:
            self._load()
        out = np.zeros((len(texts), self.dims), dtype=np.float32)
        for i, enc in enumerate(self._tok.encode_batch([t or "" for t in texts])):
            ids = np.array([enc.ids], dtype=np.int64)  # one text per run: no padding, no batch effects
            hidden = self._session.run(None, {"input_ids": ids, "attention_mask": np.ones_like(ids),
                                              "token_type_ids": np.zeros_like(ids)})[0]
            out[i] = hidden[0].mean(axis=0)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-9)


def text_key(text: str) -> int:
    """64-bit key of one text's exact bytes (a changed row gets a new key and is embedded afresh)."""
    return int.from_bytes(hashlib.sha256((text or "").encode("utf-8")).digest()[:8], "little")


@dataclass
class EmbeddingStore:
    """Precomputed embeddings keyed by text_key; valid only for the encoder that made them."""

    keys: np.ndarray  # uint64, sorted
    vectors: np.ndarray  # float16 (n, dims), row i belongs to keys[i]

    @classmethod
    def load(cls, path: Path = STORE_PATH) -> "EmbeddingStore":
        """The shipped store, or an empty one when the file is absent, unreadable or was made by
        another encoder (its rows are then simply embedded again)."""
        try:
            with np.load(path, allow_pickle=False) as data:
                if str(data["encoder"]) != encoder_hash():
                    return cls.empty()
                return cls(data["keys"].astype(np.uint64), data["vectors"])
        except (OSError, KeyError, ValueError):
            return cls.empty()

    @classmethod
    def empty(cls, dims: int = 384) -> "EmbeddingStore":
        return cls(np.zeros(0, dtype=np.uint64), np.zeros((0, dims), dtype=np.float16))

    def lookup(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(vectors as float32, found mask); rows not in the store are zero and found=False."""
        want = np.array([text_key(t) for t in texts], dtype=np.uint64)
        out = np.zeros((len(texts), self.vectors.shape[1]), dtype=np.float32)
        if not len(self.keys) or not len(texts):
            return out, np.zeros(len(texts), dtype=bool)
        pos = np.clip(np.searchsorted(self.keys, want), 0, len(self.keys) - 1)
        found = self.keys[pos] == want
        out[found] = self.vectors[pos[found]].astype(np.float32)
        return out, found

    def save(self, path: Path = STORE_PATH) -> None:
        order = np.argsort(self.keys)
        np.savez_compressed(path, keys=self.keys[order], vectors=self.vectors[order].astype(np.float16),
                            encoder=np.array(encoder_hash()))

    @classmethod
    def build(cls, texts: list[str], encoder: "SentenceEncoder") -> "EmbeddingStore":
        uniq = list(dict.fromkeys(texts))
        return cls(np.array([text_key(t) for t in uniq], dtype=np.uint64),
                   encoder.embed(uniq).astype(np.float16))


def embed_with_store(encoder: SentenceEncoder, texts: list[str], store: EmbeddingStore) -> np.ndarray:
    """Embeddings of `texts`: the stored ones read back, only the missing ones run the encoder."""
    out, found = store.lookup(texts)
    missing = np.flatnonzero(~found)
    if len(missing):
        out[missing] = encoder.embed([texts[i] for i in missing])
    return out
