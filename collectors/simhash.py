"""64-bit SimHash over character shingles, for near-duplicate (转载) detection.

Character 3-grams need no segmenter and work the same for simplified and traditional text.
Two texts with Hamming distance ≤ :data:`NEAR_DISTANCE` are the same story. For indexed lookup the
hash is cut into four 16-bit bands: any two hashes within distance 3 share at least one band.
"""

from __future__ import annotations

import hashlib

NEAR_DISTANCE = 3
MIN_NEAR_CHARS = 60
"""Texts shorter than this are only matched exactly: short texts collide too easily."""
_MASK = (1 << 64) - 1


def _hash64(token: str) -> int:
    return int.from_bytes(hashlib.blake2b(token.encode("utf-8"), digest_size=8).digest(), "big")


def simhash(text: str, n: int = 3) -> int:
    """The SimHash of ``text`` (already a fingerprint: no spaces or punctuation) as an unsigned int."""
    if not text:
        return 0
    grams = [text[i : i + n] for i in range(max(1, len(text) - n + 1))]
    weights = [0] * 64
    for gram in grams:
        h = _hash64(gram)
        for bit in range(64):
            weights[bit] += 1 if (h >> bit) & 1 else -1
    value = 0
    for bit, weight in enumerate(weights):
        if weight > 0:
            value |= 1 << bit
    return value & _MASK


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
