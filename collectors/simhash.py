"""64-bit SimHash over character shingles, for near-duplicate (转载) detection.

Character 3-grams need no segmenter and work the same for simplified and traditional text.
Two texts with Hamming distance ≤ :data:`NEAR_DISTANCE` are the same story. For indexed lookup the
hash is cut into four 16-bit bands: any two hashes within distance 3 share at least one band.
"""

from __future__ import annotations

import numpy as np

NEAR_DISTANCE = 3
MIN_NEAR_CHARS = 60
"""Texts shorter than this are only matched exactly: short texts collide too easily."""
_MASK = (1 << 64) - 1


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: spreads the bits of each uint64 (wrapping arithmetic)."""
    x = (x ^ (x >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    x = (x ^ (x >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    mixed: np.ndarray = x ^ (x >> np.uint64(31))
    return mixed


def simhash(text: str, n: int = 3) -> int:
    """The SimHash of ``text`` (already a fingerprint: no spaces or punctuation) as an unsigned int.

    Each distinct character ``n``-gram is hashed to 64 bits from its code points (a fixed mixing
    function, identical in every process); every bit of the result is the majority vote.
    """
    if not text:
        return 0
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    if len(codes) < n:
        codes = np.concatenate([codes, np.zeros(n - len(codes), dtype=np.uint64)])
    with np.errstate(over="ignore"):
        h = np.zeros(len(codes) - n + 1, dtype=np.uint64)
        for k in range(n):
            h = _mix(h ^ codes[k : len(codes) - n + 1 + k] ^ np.uint64(0x9E3779B97F4A7C15 * (k + 1) & _MASK))
    h = np.unique(h)
    bits = np.unpackbits(h.astype(">u8").view(np.uint8).reshape(len(h), 8), axis=1)
    votes = bits.sum(axis=0, dtype=np.int64) * 2 - len(h)
    value = 0
    for position, vote in enumerate(votes.tolist()):
        if vote > 0:
            value |= 1 << (63 - position)
    return value


def to_hex(value: int) -> str:
    """16 lower-case hex digits."""
    return f"{value & _MASK:016x}"


def from_hex(value: str) -> int:
    return int(value, 16)


def distance(a: int, b: int) -> int:
    """Hamming distance between two 64-bit hashes."""
    return ((a ^ b) & _MASK).bit_count()


def bands(value: int) -> tuple[int, int, int, int]:
    """The four 16-bit bands of a hash, low to high."""
    return tuple((value >> (16 * i)) & 0xFFFF for i in range(4))  # type: ignore[return-value]
