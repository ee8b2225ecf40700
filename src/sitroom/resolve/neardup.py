"""Near-duplicate documents: the same wire story on two sites, with small edits.

A document's fingerprint is a MinHash signature over its word 3-shingles; two signatures agree
in about the share of positions equal to the Jaccard similarity of the two shingle sets. The
signature is cut into bands (locality-sensitive hashing): documents that share any band are the
only ones compared, so finding the near-duplicates of a new document is an indexed lookup of
its band keys, never a comparison with every stored document.

Hand-written (numpy only) because it is small; the hash seeds are fixed so a signature stored
today matches one computed next year.
"""
from __future__ import annotations

import hashlib
import re

import numpy as np

SHINGLE_WORDS = 3
NUM_PERM = 64
BAND_ROWS = 4  # 16 bands of 4: a pair with Jaccard 0.5 shares a band with p≈0.64, 0.7 with p≈0.99
# estimated Jaccard of the word shingles at or above which two texts are the same story
NEAR_DUPLICATE_JACCARD = 0.5
_PRIME = (1 << 61) - 1
_rng = np.random.default_rng(20161129)
_A = _rng.integers(1, _PRIME, size=NUM_PERM, dtype=np.uint64)
_B = _rng.integers(0, _PRIME, size=NUM_PERM, dtype=np.uint64)
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, k: int = SHINGLE_WORDS) -> set[int]:
    """Hashed k-word shingles of the lower-cased words (punctuation and spacing ignored)."""
    words = _WORD.findall(text.lower())
    if not words:
        return set()
    grams = [" ".join(words[i : i + k]) for i in range(max(1, len(words) - k + 1))]
    return {int.from_bytes(hashlib.blake2b(g.encode("utf-8"), digest_size=8).digest(), "big") >> 4 for g in grams}


def signature(text: str) -> list[int]:
    """MinHash signature (NUM_PERM ints below 2**32); empty for a text without words."""
    grams = shingles(text)
    if not grams:
        return []
    h = np.fromiter(grams, dtype=np.uint64, count=len(grams)) % np.uint64(_PRIME)
    # (a*h + b) mod p in 32-bit halves would be exact; a 64-bit wrap-around hash is as good for
    # MinHash, which only needs a fixed family of pseudo-random permutations
    mixed = (h[:, None] * _A[None, :] + _B[None, :]) >> np.uint64(32)
    return [int(v) for v in mixed.min(axis=0)]


def band_keys(sig: list[int]) -> list[str]:
    """One key per band ("<band>:<hash>"), stored in an indexed column for the lookup."""
    keys = []
    for band in range(0, len(sig), BAND_ROWS):
        chunk = ",".join(str(v) for v in sig[band : band + BAND_ROWS])
        keys.append(f"{band // BAND_ROWS}:{hashlib.blake2b(chunk.encode(), digest_size=8).hexdigest()}")
    return keys


def similarity(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard similarity of the two texts' shingle sets."""
    if not a or not b or len(a) != len(b):
        return 0.0
    return sum(x == y for x, y in zip(a, b)) / len(a)


def is_near_duplicate(a: list[int], b: list[int]) -> bool:
    return similarity(a, b) >= NEAR_DUPLICATE_JACCARD
