"""The open events an alerting worker matches new items against, held in memory.

Each worker keeps a mirror of the open events of the grouping window (the ``CANDIDATE_LIMIT`` most
recently seen), their fingerprints as normalised sparse vectors over one vocabulary of terms, so a
whole batch is compared with every open event in one sparse product (:mod:`alerting.events.matcher`).

:meth:`OpenEvents.refresh` makes the mirror's set of events exact for what is committed at the
moment it runs: it reads the ids and item counts of the window's events in one small query, fetches
the events it does not know or whose count changed (another worker's or the desk's writes), and
drops those that left (merged, out of the window). It returns the ids it had not seen before, which
is what the reconciliation of concurrently created events needs (:mod:`alerting.events.reconcile`).
Events about to be updated are read again under their row lock, so a stale mirror only ever
affects which event an item is compared with, never the counts stored.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

import numpy as np
from scipy import sparse
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from alerting.events.similarity import bigram_code, rarity, term_of
from alerting.upsert import among
from models.db import Event

CANDIDATE_LIMIT = 2000
"""At most this many open events (the most recently seen) are candidates for a new item."""
REWEIGH_SHARE = 0.2
"""When the mirror has grown or shrunk by this share since its events were last all weighed, they
are weighed again (the rarity of a term changes with the events that hold it)."""
MAX_VOCABULARY = 2_000_000
"""Past this many distinct terms the mirror starts afresh (the next refresh reloads every event)."""


class Vocabulary:
    """Term keys (Han bigram codes, ASCII words) ↔ column numbers of the fingerprint vectors."""

    def __init__(self) -> None:
        self.columns: dict[int | str, int] = {}
        self.strings: list[str] = []
        """the stored form of each column's term"""

    def __len__(self) -> int:
        return len(self.strings)

    def ids(self, keys: Sequence[int | str]) -> np.ndarray:
        """Column numbers of ``keys`` (new keys get new columns)."""
        found = list(map(self.columns.get, keys))
        if None in found:
            for k, col in enumerate(found):
                if col is None:
                    key = keys[k]
                    col = self.columns.get(key)
                    if col is None:
                        col = self.columns[key] = len(self.strings)
                        self.strings.append(term_of(key))
                    found[k] = col
        return np.array(found, dtype=np.int32)

    def terms(self, cols: Iterable[int]) -> list[str]:
        strings = self.strings
        return [strings[c] for c in cols]


class TermRarity:
    """How many mirrored events hold each term (column), kept as events come and go, so weighting a
    batch's terms by rarity (:func:`alerting.events.similarity.rarity`) costs the batch's terms, not
    the mirror's."""

    def __init__(self) -> None:
        self.df = np.zeros(4096, np.int64)
        self.docs = 0

    def add(self, cols: np.ndarray, sign: int = 1) -> None:
        """Count (``sign`` -1: uncount) one event holding ``cols`` (each column once)."""
        if cols.size and int(cols.max()) >= self.df.size:
            grown = np.zeros(max(2 * self.df.size, int(cols.max()) + 1), np.int64)
            grown[: self.df.size] = self.df
            self.df = grown
        self.df[cols] += sign
        self.docs += sign

    def held(self, cols: np.ndarray) -> np.ndarray:
        """The events holding each of ``cols``."""
        out = np.zeros(cols.size, np.int64)
        inside = cols < self.df.size
        out[inside] = self.df[cols[inside]]
        return out

    def weighted(self, cols: np.ndarray, vals: np.ndarray) -> np.ndarray:
        """``vals`` weighted by the rarity of ``cols`` among the mirrored events, length 1."""
        if not vals.size:
            return vals
        out: np.ndarray = vals * rarity(self.held(cols), self.docs)
        norm = float(np.sqrt(out @ out))
        return out / norm if norm else out


def unit_vector(vocab: Vocabulary, keys: Sequence[int | str], weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``(columns, values)`` of the fingerprint scaled to length 1 (empty for an empty fingerprint)."""
    values = np.asarray(weights, dtype=np.float64)
    norm = float(np.sqrt(values @ values)) if values.size else 0.0
    if not norm:
        return np.empty(0, np.int32), np.empty(0, np.float64)
    return vocab.ids(keys), values / norm


def terms_vector(vocab: Vocabulary, terms: Mapping[str, float]) -> tuple[np.ndarray, np.ndarray]:
    """The unit vector of a stored fingerprint (``events.terms``)."""
    return unit_vector(vocab, [bigram_code(t) for t in terms], np.fromiter(terms.values(), np.float64, len(terms)))


def pool_vectors(events: Sequence[PoolEvent], weighting: str) -> list[tuple[np.ndarray, np.ndarray]]:
    """The events' fingerprints as grouping compares them: weighted by the rarity of their terms
    (``weighting`` ``idf``) or by counts alone."""
    if weighting == "idf":
        return [(e.cols, e.vals if e.weighted is None else e.weighted) for e in events]
    return [(e.cols, e.vals) for e in events]


def rows_matrix(rows: Sequence[tuple[np.ndarray, np.ndarray]], width: int) -> sparse.csr_matrix:
    """A CSR matrix with one row per ``(columns, values)`` vector."""
    lengths = np.fromiter((c.size for c, _ in rows), np.int64, len(rows))
    indptr = np.zeros(len(rows) + 1, dtype=np.int64)
    np.cumsum(lengths, out=indptr[1:])
    cols = np.concatenate([c for c, _ in rows]) if rows else np.empty(0, np.int32)
    vals = np.concatenate([v for _, v in rows]) if rows else np.empty(0, np.float64)
    return sparse.csr_matrix((vals, cols, indptr), shape=(len(rows), width))


@dataclass
class PoolEvent:
    """What matching needs of one open event."""

    id: int
    first: float
    """first seen (seconds since the epoch)"""
    last: float
    places: frozenset[str]
    """(a set: matching asks only whether two sides share one)"""
    simhash: int | None
    item_count: int
    marker: tuple[int, datetime]
    """(item count, updated at) when read: a different marker in the database means it changed"""
    cols: np.ndarray
    vals: np.ndarray
    title: str = ""
    """what a reply's subject is compared with (:func:`alerting.events.replies.answers`)"""
    graded: bool = False
    """an incident with casualties or a loss (a proposed grade): its follow-up reports join it at the
    lower ``incident_similarity``"""
    weighted: np.ndarray | None = None
    """``vals`` weighted by the rarity of the terms among the mirrored events (length 1), as last
    weighed (:meth:`OpenEvents.reweigh`)"""


_MATCH_COLUMNS = (
    Event.id,
    Event.title,
    Event.grade,
    Event.first_seen_at,
    Event.last_seen_at,
    Event.places,
    Event.simhash,
    Event.item_count,
    Event.updated_at,
    Event.terms,
)


def _open_counts(session: Session, since: datetime, limit: int) -> dict[int, int]:
    """Ids and item counts of the ``limit`` most recently seen open events since ``since``."""
    table = Event.__table__
    stmt = (
        select(table.c.id, table.c.item_count)
        .where(table.c.merged_into_id.is_(None), table.c.status != "merged", table.c.last_seen_at >= since)
        .order_by(table.c.last_seen_at.desc())
        .limit(limit)
    )
    connection = session.connection()
    if connection.dialect.name == "postgresql":  # two arrays in one row: no per-row work in Python
        inner = stmt.subquery()
        ids, counts = connection.execute(select(func.array_agg(inner.c.id), func.array_agg(inner.c.item_count))).one()
        return dict(zip(ids or [], counts or [], strict=True))
    return {i: n for i, n in connection.execute(stmt)}


class OpenEvents:
    """The in-memory mirror of the open events (see module docstring). One per worker."""

    def __init__(self, limit: int = CANDIDATE_LIMIT) -> None:
        self.limit = limit
        self.vocab = Vocabulary()
        self.events: dict[int, PoolEvent] = {}
        self.refreshed_at: float | None = None
        self.since: datetime | None = None
        self.fetched = 0
        """events read in full so far (for measurement)"""
        self.rarity = TermRarity()
        self.weighed_at = 0
        """mirrored events when every event was last weighed (:meth:`reweigh`)"""

    def refresh(self, session: Session, since: datetime, *, max_age_s: float | None = None) -> set[int]:
        """Make the mirror match the committed open events seen since ``since``; return new ids.

        With ``max_age_s``, a mirror refreshed that recently for a window reaching back as far is
        kept as it is (matching may use a mirror a moment old: twins are reconciled)."""
        now = time.monotonic()
        if (
            max_age_s is not None
            and self.refreshed_at is not None
            and now - self.refreshed_at < max_age_s
            and self.since is not None
            and since >= self.since
        ):
            return set()
        if len(self.vocab) > MAX_VOCABULARY:
            self.vocab = Vocabulary()
            self.events.clear()
            self.rarity, self.weighed_at = TermRarity(), 0
        counts = _open_counts(session, since, self.limit)
        self.refreshed_at, self.since = now, since
        self.discard([i for i in self.events if i not in counts])
        # The item count changes whenever an event gains items (or is merged into, or split):
        # enough to notice other workers' changes; the exact check is made under the row lock.
        stale = [i for i, n in counts.items() if i not in self.events or self.events[i].item_count != n]
        new = {i for i in stale if i not in self.events}
        self.load(session, stale)
        if abs(self.rarity.docs - self.weighed_at) > REWEIGH_SHARE * max(self.weighed_at, 1):
            self.reweigh()
        return new

    def reweigh(self) -> None:
        """Weigh every mirrored event's terms by their rarity now (an event is weighed when it is
        read; as the mirror grows or shrinks by :data:`REWEIGH_SHARE`, all are weighed again)."""
        for event in self.events.values():
            event.weighted = self.rarity.weighted(event.cols, event.vals)
        self.weighed_at = self.rarity.docs

    def load(self, session: Session, ids: Sequence[int]) -> None:
        """(Re)read ``ids`` in full."""
        for start in range(0, len(ids), 1000):
            part = ids[start : start + 1000]
            for row in session.execute(select(*_MATCH_COLUMNS).where(among(session, Event.id, part))):
                self.put(row.id, row.first_seen_at, row.last_seen_at, row.places, row.simhash, row.item_count,
                         row.updated_at, terms_vector(self.vocab, row.terms or {}), row.title,
                         graded=row.grade is not None)  # fmt: skip
            self.fetched += len(part)

    def put(
        self,
        event_id: int,
        first: datetime,
        last: datetime,
        places: Iterable[str] | None,
        simhash: int | None,
        item_count: int,
        updated_at: datetime,
        vector: tuple[np.ndarray, np.ndarray],
        title: str = "",
        *,
        graded: bool = False,
    ) -> None:
        """Record an event's state (read from the database, or just written by this worker)."""
        self.discard([event_id])
        self.rarity.add(vector[0])
        self.events[event_id] = PoolEvent(
            event_id, first.timestamp(), last.timestamp(), frozenset(places or ()), simhash, item_count,
            (item_count, updated_at), vector[0], vector[1], title, graded, self.rarity.weighted(*vector),
        )  # fmt: skip

    def discard(self, ids: Iterable[int]) -> None:
        """Forget ``ids`` (a transaction that wrote them rolled back, or they left the window): the
        next refresh rereads them."""
        for event_id in ids:
            gone = self.events.pop(event_id, None)
            if gone is not None:
                self.rarity.add(gone.cols, -1)

    def snapshot(self, since: datetime) -> list[PoolEvent]:
        """The mirrored events last seen at or after ``since`` (candidates for a batch)."""
        cutoff = since.timestamp()
        return [e for e in self.events.values() if e.last >= cutoff]
