"""Static sentence embeddings: the mean of per-token vectors distilled from all-MiniLM-L6-v2.

Why: TF-IDF only knows the exact words of the training data; a sentence-encoder space puts
"stormed" near "overran" and "tear gas" near "water cannon", which is what generalises to
wording the project never wrote. A static (model2vec-distilled) table keeps run time to a
tokenizer plus a numpy mean: no torch, no download, a 15 MB file in the package
(src/sitroom/data/typing/static_minilm/, made by scripts/distill_static_minilm.py).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix

STATIC_DIR = Path(__file__).resolve().parents[2] / "data" / "typing" / "static_minilm"
MAX_TOKENS = 256  # long articles: the lead carries the event; keeps the mean cheap


def static_files() -> list[Path]:
    """The files whose bytes define the embedding (part of the typing model's cache key)."""
    return [STATIC_DIR / "embeddings.npy", STATIC_DIR / "tokenizer.json"]


def static_hash() -> str:
    h = hashlib.sha256()
    for path in static_files():
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


@dataclass
class StaticEmbedder:
    """Tokenizer + token table; `embed` gives one L2-normalised row per text."""

    dims: int = 256
    _tok: object = field(default=None, repr=False)
    _table: np.ndarray | None = field(default=None, repr=False)

    def _load(self) -> None:
        from tokenizers import Tokenizer

        tok = Tokenizer.from_file(str(STATIC_DIR / "tokenizer.json"))
        tok.no_padding()
        tok.enable_truncation(MAX_TOKENS)
        self._tok = tok
        self._table = np.load(STATIC_DIR / "embeddings.npy")[:, : self.dims].astype(np.float32)

    def __getstate__(self) -> dict:  # pickle only the settings: the table is reloaded from the package
        return {"dims": self.dims}

    def __setstate__(self, state: dict) -> None:
        self.dims, self._tok, self._table = state["dims"], None, None

    def embed(self, texts: list[str]) -> np.ndarray:
        if self._table is None:
            self._load()
        encs = self._tok.encode_batch([t or "" for t in texts], add_special_tokens=False)
        ids = [e.ids for e in encs]
        lens = np.array([len(i) for i in ids], dtype=np.int64)
        flat = np.fromiter((t for i in ids for t in i), dtype=np.int64, count=int(lens.sum()))
        rows = np.repeat(np.arange(len(ids)), lens)
        # a (texts x vocabulary) count matrix times the table: the per-text token sum in one product
        counts = csr_matrix((np.ones(len(flat), dtype=np.float32), (rows, flat)),
                            shape=(len(ids), self._table.shape[0]))
        out = np.asarray(counts @ self._table, dtype=np.float32)
        norms = np.linalg.norm(out, axis=1, keepdims=True)  # L2 norm: the mean's 1/n cancels
        return out / np.maximum(norms, 1e-9)
