"""Text fingerprints for near-duplicate detection: shingles, MinHash, LSH band keys.

Pure functions. The MinHash signature is computed here, in a few lines of NumPy, to
the letter of datasketch 2.0's default ("affine32": SHA-1's first 32 bits, the
MurmurHash3 finalizer, then ``a * h + b`` modulo 2^32 with odd ``a``, the
permutations drawn from a fixed seed); tests/test_stories.py checks it against
datasketch value for value. Our own, not datasketch's, because signatures are stored
in the archive and must mean the same for ever: datasketch 2.0 changed its default
scheme, and with it every value, under a ``>=1.6`` requirement; and datasketch
imports SciPy, 0.6 s of CPU in every crawl's worker start for a dozen lines of
arithmetic. We cut the signature into LSH bands and hash each band to an integer
bucket that SQLite can index.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import numpy as np

NUM_PERM = 128
SEED = 20231112  # fixed forever: stored signatures must stay comparable
_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def shingles(text: str, size: int = 5) -> set[str]:
    """Overlapping ``size``-word sequences: robust to a changed headline or caption."""
    tokens = words(text)
    if len(tokens) <= size:
        return {" ".join(tokens)} if tokens else set()
    return set(map(" ".join, zip(*(tokens[i:] for i in range(size)))))


def signature(items: set[str]) -> np.ndarray:
    """The MinHash signature (``NUM_PERM`` uint32 values) of a shingle set."""
    return _signature([item.encode("utf-8") for item in items])


def _signature(encoded: list[bytes]) -> np.ndarray:
    """``signature`` of the shingles encoded in UTF-8."""
    a, b = _permutations()
    if not encoded:
        return np.full(NUM_PERM, _MAX_HASH, dtype=np.uint32)
    # Each SHA-1's first 32 bits, little-endian: every fifth uint32 of the 20-byte
    # digests laid end to end (read by NumPy, not one int.from_bytes a shingle).
    digests = b"".join([hashlib.sha1(item).digest() for item in encoded])
    hashes = np.frombuffer(digests, dtype="<u4")[::5].astype(np.uint32).reshape(-1, 1)
    # The MurmurHash3 finalizer (uint32 arithmetic wraps: that is the modulo 2^32).
    hashes ^= hashes >> np.uint32(16)
    hashes *= np.uint32(0x85EBCA6B)
    hashes ^= hashes >> np.uint32(13)
    hashes *= np.uint32(0xC2B2AE35)
    hashes ^= hashes >> np.uint32(16)
    return (hashes * a + b).min(axis=0)


_MAX_HASH = np.uint32(0xFFFFFFFF)  # an empty set's value, as datasketch's


@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The ``NUM_PERM`` affine permutations, drawn from ``SEED`` as datasketch 2.0 draws
    them (NumPy's legacy ``RandomState``, whose stream never changes)."""
    rng = np.random.RandomState(SEED)
    a = rng.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = rng.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def to_blob(sig: np.ndarray) -> bytes:
    return sig.astype("<u4").tobytes()


def from_blob(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u4")


def estimated_jaccards(sig: np.ndarray, blobs: list[bytes]) -> np.ndarray:
    """The MinHash estimate of the Jaccard similarity (the share of equal values) of
    ``sig`` and each stored signature, in one pass."""
    matrix = np.frombuffer(b"".join(blobs), dtype="<u4").reshape(len(blobs), len(sig))
    return np.count_nonzero(matrix == sig, axis=1) / len(sig)


def jaccard(a: set[str], b: set[str]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def band_buckets(sig: np.ndarray, bands: int, rows: int) -> list[tuple[int, int]]:
    """(band number, bucket) pairs: two texts that share any pair are candidates.

    A band's bucket is the 8-byte BLAKE2b of its ``rows`` values as little-endian
    uint32 (stored in the archive: never to change), cut from one conversion of the
    whole signature."""
    raw = sig.astype("<u4").tobytes()
    step = rows * 4
    return [
        (
            band,
            int.from_bytes(
                hashlib.blake2b(raw[band * step : (band + 1) * step], digest_size=8).digest(),
                "little",
                signed=True,
            ),
        )
        for band in range(bands)
    ]


@dataclass(frozen=True)
class TextSketch:
    """What story matching needs of one text, computed once (in an extraction worker).

    ``shingle_hashes`` are the sorted 64-bit hashes of the text's shingles: exact
    Jaccard similarity between two stored texts is then a merge of two arrays, not a
    re-tokenisation of both texts.
    """

    shingle_count: int
    signature: bytes
    shingle_hashes: bytes


def sketch_text(text: str) -> TextSketch:
    own = shingles(text)
    encoded = [item.encode("utf-8") for item in own]  # once, for both hashes
    return TextSketch(len(own), to_blob(_signature(encoded)), _hash_shingles(encoded))


def hash_shingles(items: set[str]) -> bytes:
    return _hash_shingles([item.encode("utf-8") for item in items])


def _hash_shingles(encoded: list[bytes]) -> bytes:
    """The sorted, distinct 8-byte BLAKE2b values (little-endian uint64) of the shingles
    encoded in UTF-8: the digests laid end to end are read by NumPy."""
    digests = b"".join([hashlib.blake2b(item, digest_size=8).digest() for item in encoded])
    return np.unique(np.frombuffer(digests, dtype="<u8")).astype("<u8").tobytes()


def hashed_jaccard(a: bytes, b: bytes) -> float:
    """Jaccard similarity of two ``shingle_hashes`` blobs (sorted, unique)."""
    left, right = np.frombuffer(a, dtype="<u8"), np.frombuffer(b, dtype="<u8")
    if not len(left) and not len(right):
        return 1.0
    common = len(np.intersect1d(left, right, assume_unique=True))
    return common / (len(left) + len(right) - common)


def hashed_jaccards(own: bytes, others: list[bytes]) -> np.ndarray:
    """``hashed_jaccard`` of ``own`` against each of ``others``, in one numpy pass."""
    mine = np.frombuffer(own, dtype="<u8")
    lengths = np.array([len(b) // 8 for b in others], dtype=np.int64)
    if not len(others):
        return np.zeros(0)
    values = np.frombuffer(b"".join(others), dtype="<u8")
    if len(mine) and len(values):
        at = np.searchsorted(mine, values)
        at[at == len(mine)] = 0
        hits = mine[at] == values
        common = np.bincount(
            np.repeat(np.arange(len(others)), lengths), weights=hits, minlength=len(others)
        )
    else:
        common = np.zeros(len(others))
    union = len(mine) + lengths - common
    return np.where(union > 0, common / np.maximum(union, 1), 1.0)
