"""Content similarity of items and events.

Two signals decide that an item reports the same incident as an event:

* near-duplicate copies: the collectors' 64-bit SimHash within a small Hamming distance;
* similar content: cosine similarity of character-bigram weights of title and text, with the place
  names removed first (two incidents in the same town share the town's name, not the story).

Bigram fingerprints are capped (:data:`MAX_TERMS`) so an event's stored ``terms`` stay small.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from operator import itemgetter

MAX_TERMS = 120
_HAN_OR_WORD = re.compile(r"[\u4e00-\u9fff]+|[A-Za-z]+")
_TITLE_WEIGHT = 2


def simhash_to_int(value: str | None) -> int | None:
    """Parse the collectors' 16-hex-digit SimHash into a signed 64-bit integer (the DB's BigInteger)."""
    if not value:
        return None
    try:
        number = int(value, 16)
    except ValueError:
        return None
    number &= (1 << 64) - 1
    return number - (1 << 64) if number >= 1 << 63 else number


def hamming(a: int, b: int) -> int:
    """Bits that differ between two 64-bit SimHashes (signed or unsigned representations)."""
    return ((a ^ b) & ((1 << 64) - 1)).bit_count()


def _bigrams(text: str) -> Iterable[str]:
    for run in _HAN_OR_WORD.findall(text):
        if run.isascii():
            if len(run) > 1:
                yield run.lower()
            continue
        for i in range(len(run) - 1):
            yield run[i : i + 2]


def fingerprint(title: str, text: str, places: Iterable[str] = ()) -> dict[str, float]:
    """Bigram weights of an item (title counted twice), place names removed, capped at MAX_TERMS."""
    body = f"{title}\n" * _TITLE_WEIGHT + text[:2000]
    for place in sorted(set(places), key=len, reverse=True):
        if place:
            body = body.replace(place, " ")
    counts = Counter(_bigrams(body))
    return {term: float(n) for term, n in counts.most_common(MAX_TERMS)}


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Cosine similarity of two sparse weight vectors (0 when either is empty)."""
    if not a or not b:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    dot = sum(w * b.get(t, 0.0) for t, w in a.items())
    if dot == 0.0:
        return 0.0
    na = math.sqrt(sum(w * w for w in a.values()))
    nb = math.sqrt(sum(w * w for w in b.values()))
    return dot / (na * nb)


def absorb(event_terms: Mapping[str, float], item_terms: Mapping[str, float], items: int = 1) -> dict[str, float]:
    """The event's fingerprint after adding an item to an event of ``items`` items.

    Both sides are normalised; the event's side counts ``items`` times, so the fingerprint is the
    centroid of its items and a late, off-topic item cannot drag it away. Capped at MAX_TERMS.
    """
    event_scale = float(max(items, 1)) / (math.sqrt(sum(w * w for w in event_terms.values())) or 1.0)
    item_scale = 1.0 / (math.sqrt(sum(w * w for w in item_terms.values())) or 1.0)
    merged = {t: w * event_scale for t, w in event_terms.items()}
    for t, w in item_terms.items():
        merged[t] = merged.get(t, 0.0) + w * item_scale
    # Strongest first: the grouping index takes an event's first terms as its strongest.
    top = sorted(merged.items(), key=itemgetter(1), reverse=True)[:MAX_TERMS]
    return {t: round(w, 4) for t, w in top}
