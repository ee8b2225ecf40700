"""Embed every typing training row once with the shipped MiniLM ONNX encoder and store the vectors.

Why: embedding ~11,500 rows one at a time takes about 10 minutes on 2 CPU cores; shipping the result
(src/sitroom/data/typing/train_embeddings.npz, float16, keyed per row by a hash of its text and
tagged with the encoder's hash) makes the encoder model's training a fit of seconds. Rows added or
changed later are embedded at training time; rerun this script after editing the training data so
the shipped file covers them again:
    .venv/bin/python scripts/embed_training.py
"""
from __future__ import annotations

import sys
import time

import numpy as np

from sitroom.extract.typing.encoder import STORE_PATH, EmbeddingStore, SentenceEncoder, embed_with_store, text_key
from sitroom.extract.typing.model import load_training


def main() -> int:
    texts, _ = load_training()
    uniq = list(dict.fromkeys(texts))
    old = EmbeddingStore.load()
    t0 = time.perf_counter()
    vectors = embed_with_store(SentenceEncoder(), uniq, old)  # rows already stored are reused
    store = EmbeddingStore(np.array([text_key(t) for t in uniq], dtype=np.uint64), vectors.astype(np.float16))
    store.save()
    print(f"{len(uniq)} rows -> {STORE_PATH} ({STORE_PATH.stat().st_size / 1e6:.1f} MB) "
          f"in {time.perf_counter() - t0:.0f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
